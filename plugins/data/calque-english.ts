/**
 * English word classes the `calque` rule reads a clause with: which words
 * mark past time, which mark future (or unreal) time, and which words can
 * start a "that"-clause.
 *
 * Sources: the irregular verbs of English as listed in Quirk et al., "A
 * Comprehensive Grammar of the English Language" (1985, Appendix I, "Irregular
 * verbs") and Wikipedia's "List of English irregular verbs", trimmed to the
 * forms news copy uses; the modal and semi-modal auxiliaries and future
 * expressions of the same grammar (§4.41–4.50, "Future time"); determiners and
 * pronouns from its closed classes.
 */

/** Weekday names as English writes them. */
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** Month names as English writes them ("May" needs a day number next to it). */
export const MONTHS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'
])

/**
 * Simple-past forms that are not also base forms or common nouns (so "put",
 * "set", "cut", "hit", "read", "left", "fell", "saw", "found" as a past is
 * fine but "lead", "lay" are left out).  "was"/"were"/"had"/"did" included.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'went', 'came', 'took', 'gave', 'made', 'met', 'held',
  'left', 'won', 'lost', 'fell', 'rose', 'began', 'brought', 'bought', 'thought', 'sought', 'fought',
  'caught', 'taught', 'sent', 'spent', 'built', 'kept', 'slept', 'felt', 'knew', 'grew', 'threw',
  'flew', 'drew', 'withdrew', 'saw', 'found', 'stood', 'understood', 'spoke', 'broke', 'chose', 'froze',
  'woke', 'wrote', 'drove', 'rode', 'struck', 'stuck', 'hung', 'sang', 'rang', 'sank', 'swam', 'ran',
  'led', 'fled', 'fed', 'bled', 'sped', 'shot', 'got', 'forgot', 'sat', 'paid', 'laid', 'became',
  'overcame', 'undertook', 'overtook', 'mistook', 'forgave', 'forbade', 'wore', 'tore', 'swore', 'bore',
  'beat', 'bit', 'hid', 'slid', 'lit', 'dealt', 'meant', 'heard', 'sold', 'stole', 'arose', 'awoke',
  'shook', 'sprang', 'blew', 'dug', 'swung', 'spun', 'wept', 'swept', 'crept', 'leapt', 'knelt',
  'lent', 'bent', 'overthrew', 'upheld', 'withheld', 'beheld', 'foresaw', 'oversaw', 'underwent',
  'befell', 'outran', 'rebuilt', 'resold', 'retook'
])

/**
 * Regular "-ed" words that are (almost) always adjectives in news copy, or
 * that point to the future rather than the past ("expected", "scheduled").
 */
export const ED_NOT_PAST: ReadonlySet<string> = new Set([
  'aged', 'based', 'so-called', 'alleged', 'supposed', 'concerned', 'related', 'united', 'detailed',
  'advanced', 'experienced', 'talented', 'skilled', 'armed', 'limited', 'interested', 'tired',
  'need', 'feed', 'seed', 'bed', 'shed', 'red', 'wed', 'embed', 'speed', 'proceed', 'exceed',
  'succeed', 'hundred', 'indeed', 'breed', 'greed', 'creed', 'steed', 'weed', 'heed', 'reed', 'deed',
  'bleed', 'sacred', 'kindred', 'naked', 'wicked', 'wretched', 'rugged', 'crooked', 'beloved',
  'ragged', 'jagged', 'learned', 'blessed', 'deceased', 'wounded', 'injured', 'disabled', 'retired',
  'married', 'unmarried', 'divorced', 'accused', 'detained', 'displaced', 'missing', 'televised'
])

/**
 * Words that put the clause in future or unreal time: modals, future
 * expressions, scheduling words.  A "this Sunday" after one of these is the
 * coming Sunday, good English.
 */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'will', "won't", 'wont', 'shall', "shan't", 'would', "wouldn't", 'could', "couldn't", 'can', "can't",
  'cannot', 'may', 'might', 'must', 'should', "shouldn't", 'ought', 'gonna', 'going', 'expected',
  'expects', 'expect', 'scheduled', 'schedule', 'planned', 'plans', 'plan', 'planning', 'due', 'slated',
  'set', 'upcoming', 'next', 'coming', 'tomorrow', 'intends', 'intend', 'intended', 'hopes', 'hope',
  'hoped', 'wants', 'want', 'wanted', 'aims', 'aim', 'aimed', 'proposed', 'proposes', 'propose',
  'prepares', 'prepare', 'preparing', 'ahead', 'promised', 'promises', 'vowed', 'vows', 'pledged',
  'pledges', 'agreed', 'called', 'urged', 'asked', 'invited', 'summoned', 'convened', 'announces',
  'awaits', 'await', 'awaited', 'postponed', 'rescheduled', 'moved', 'brought'
])

/**
 * Of FUTURE_MARKERS, the ones that only mark the future when followed by
 * "to", "for", "on" or "until" ("called for a strike this Sunday", "set to
 * vote this Sunday"); bare, they are ordinary past verbs ("called this Sunday
 * for calm", "agreed this Sunday").
 */
export const FUTURE_IF_FOLLOWED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['set', new Set(['to', 'for'])],
  ['agreed', new Set(['to', 'on'])],
  ['called', new Set(['for', 'on'])],
  ['urged', new Set(['to'])],
  ['asked', new Set(['to'])],
  ['invited', new Set(['to'])],
  ['summoned', new Set(['to', 'for'])],
  ['convened', new Set(['for'])],
  ['promised', new Set(['to'])],
  ['vowed', new Set(['to'])],
  ['pledged', new Set(['to'])],
  ['hoped', new Set(['to'])],
  ['wanted', new Set(['to'])],
  ['aimed', new Set(['to', 'at'])],
  ['intended', new Set(['to'])],
  ['postponed', new Set(['to', 'until', 'till'])],
  ['rescheduled', new Set(['to', 'for'])],
  ['moved', new Set(['to'])],
  ['brought', new Set(['forward'])],
  ['going', new Set(['to'])],
  ['due', new Set(['to', 'on', 'for'])]
])

/** Forms of "be" and "get" before a participle: "is held", "are expected". */
export const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", 'be', 'being', 'get', 'gets', "isn't", "aren't"])

/** Auxiliaries before a participle that make it past: "was held", "has said". */
export const PAST_AUX: ReadonlySet<string> = new Set([
  'was', 'were', 'been', 'had', 'has', 'have', "wasn't", "weren't", "hasn't", "haven't", "hadn't", 'got', 'did'
])

/** Words that put an adjectival "-ed" word inside a noun phrase: "the planned vote". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'no', 'any', 'some', 'each', 'every', 'another', 'newly', 'recently', 'widely', 'much', 'long', 'well'
])

/**
 * Prepositions that make "this Sunday" the coming Sunday ("scheduled for this
 * Sunday", "until this Sunday", "by this Sunday").  "since" and "of" are
 * handled apart: "since this Monday" and "the vote of this Sunday" are calques.
 */
export const FUTURE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'for', 'until', 'till', 'til', 'to', 'by', 'before', 'after', 'from', 'than', 'like', 'as', 'about',
  'around', 'through', 'into', 'ahead', 'next', 'on', 'at', 'past', 'every', 'each'
])

/**
 * Words that can start a "that"-clause (the subject of a clause or a
 * subordinator): "considered that the law …", "assured that he …".  A "that"
 * followed by something else is a demonstrative ("considered that option").
 */
export const CLAUSE_STARTERS: ReadonlySet<string> = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'there', 'the', 'a', 'an', 'this', 'these', 'those',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'no', 'not', 'all', 'some', 'any', 'many', 'most',
  'several', 'each', 'every', 'both', 'neither', 'either', 'if', 'in', 'since', 'after', 'before',
  'while', 'although', 'though', 'despite', 'during', 'only', 'more', 'less', 'fewer', 'such', 'one',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'none', 'nothing', 'nobody',
  'everything', 'everyone', 'everybody', 'anyone', 'someone', 'somebody', 'what', 'whoever', 'whatever',
  'as', 'once', 'when', 'until', 'unless', 'because', 'so', 'even', 'at', 'for', 'with', 'without',
  'under', 'thanks', 'instead', 'rather', 'perhaps', 'maybe', 'also', 'too', 'now', 'today', 'yesterday',
  "it's", "he's", "she's", "they're", "we're", "there's", "i'm", "it’s", "he’s", "she’s", "they’re",
  "we’re", "there’s", "i’m", "that's", "that’s", 'half', 'about', 'around', 'nearly', 'almost',
  'approximately', 'roughly', 'some', 'just', 'over', 'up', 'dozens', 'hundreds', 'thousands', 'millions',
  'people', 'men', 'women', 'children'
])

/**
 * Words before a reporting verb that make it passive or adjectival ("it is
 * considered that", "rest assured that", "I feel assured that"), possibly
 * with an adverb between (see AUX_ADVERBS).
 */
export const NOT_ACTIVE_BEFORE: ReadonlySet<string> = new Set([
  'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', "'s", "’s", "isn't", "aren't", "wasn't",
  "weren't", "isn’t", "aren’t", "wasn’t", "weren’t", 'rest', 'rests', 'feel', 'feels', 'felt',
  'feeling', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'get', 'gets', 'got',
  'become', 'becomes', 'became', 'keep', 'kept', 'stay', 'stayed'
])

/** Adverbs that may stand between an auxiliary and a participle ("was not", "has already", "be fully"). */
export const AUX_ADVERBS: ReadonlySet<string> = new Set([
  'not', 'never', 'also', 'already', 'still', 'just', 'reportedly', 'allegedly', 'apparently',
  'officially', 'finally', 'initially', 'originally', 'previously', 'recently', 'once', 'then', 'later',
  'first', 'again', 'only', 'even', 'now', 'since', 'fully', 'well', 'generally', 'widely', 'commonly',
  'often', 'sometimes', 'always', 'usually', 'therefore', 'thus', 'further', 'hardly', 'rightly',
  'wrongly', 'long', 'duly', 'repeatedly', 'publicly', 'privately', 'personally', 'formally'
])

/**
 * Present-tense verbs of schedules ("the team plays this Sunday", "the
 * museum closes this Friday", "the talks take place this Monday"): the
 * present for a timetabled future, good English before "this Sunday".
 */
export const SCHEDULE_PRESENT: ReadonlySet<string> = new Set([
  'plays', 'opens', 'closes', 'ends', 'starts', 'begins', 'kicks', 'returns', 'resumes', 'meets', 'travels',
  'arrives', 'leaves', 'departs', 'visits', 'hosts', 'faces', 'takes', 'goes', 'comes', 'launches',
  'premieres', 'airs', 'debuts', 'expires', 'runs', 'finishes', 'votes', 'holds', 'celebrates', 'marks',
  'turns', 'heads', 'flies', 'sails', 'opens', 'reopens', 'concludes', 'continues', 'wraps', 'hits', 'lands',
  'meet', 'arrive', 'begin', 'resume', 'depart', 'travel', 'reopen', 'conclude', 'go', 'take', 'head', 'fly',
  'play', 'vote', 'face', 'return', 'gather', 'gathers', 'march', 'marches', 'rally', 'rallies', 'compete',
  'competes', 'race', 'races', 'perform', 'performs', 'sing', 'sings', 'speak', 'speaks', 'testify',
  'testifies', 'appear', 'appears', 'close', 'open', 'end', 'start', 'expire', 'run', 'finish', 'host',
  'hold', 'take', 'mark', 'celebrate'
])
