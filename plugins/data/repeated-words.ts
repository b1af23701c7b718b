/**
 * Word lists of the `repeated-words` rule: words that may legitimately occur
 * twice in a row, and the context words that decide the doubtful cases.
 * All lower case.
 */

/**
 * Words retext-repeated-words itself never reports twice in a row.
 *
 * Source: retext-repeated-words 5.0.0, lib/index.js (`list`): "had had",
 * "that that", "can can", "blah blah", "beep beep", "yadda yadda",
 * "Homo sapiens sapiens", "tse tse", "Mau Mau".
 */
export const RETEXT_ALLOWED: readonly string[] = ['had', 'that', 'can', 'blah', 'beep', 'yadda', 'sapiens', 'tse', 'mau']

/**
 * English reduplications and deliberate emphatic repeats ("bye bye",
 * "no no", "very very", "so so", "knock knock", "there there").
 *
 * Source: Wikipedia, "Reduplication" § English (exact reduplication:
 * "bye-bye", "night-night", "choo-choo", "pom-pom", "tom-tom", "no-no",
 * "so-so", "goody-goody"…), and the Cambridge Grammar of the English Language
 * (Huddleston & Pullum 2002), repetition of intensifiers ("very very",
 * "really really", "many many", "far far") and of interjections in speech.
 * "her her" is an object pronoun then a possessive ("gave her her medal").
 */
export const REDUPLICATIONS: readonly string[] = [
  // Exact reduplicatives and interjections.
  'bye', 'no', 'yes', 'yeah', 'so', 'ha', 'haha', 'hee', 'ho', 'la', 'ta', 'tut', 'tsk', 'knock', 'chop',
  'night', 'bang', 'boo', 'choo', 'tom', 'pom', 'dum', 'bling', 'hush', 'pooh', 'hubba', 'goody', 'chin',
  'cha', 'ding', 'yum', 'rah', 'hip', 'hey', 'oh', 'ah', 'aye', 'beri', 'mahi', 'ylang', 'bora', 'boom',
  'bam', 'now', 'there', 'well', 'yada', 'bla', 'meow', 'woof', 'baa', 'moo', 'quack', 'tick', 'wow', 'hmm',
  'mm', 'er', 'um', 'uh',
  // Intensifiers repeated for emphasis (in quoted speech).
  'very', 'really', 'much', 'many', 'far', 'long',
  // Object pronoun + possessive.
  'her'
]

/**
 * Forms of "be" and "do" that legitimately double after a free relative:
 * "What it is is a loan", "All he did did harm".
 *
 * Source: Massam 1999, "Thing is constructions" (double copula), and the
 * pseudo-cleft patterns of Quirk et al. 1985, §18.29.
 */
export const DOUBLING_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'do', 'does', 'did'])

/** Words that open such a free relative ("what", "all", "whatever"). */
export const FREE_RELATIVE_STARTERS: ReadonlySet<string> = new Set([
  'what', 'whatever', 'where', 'why', 'how', 'who', 'whoever', 'all', 'everything', 'thing'
])

/**
 * Particles and prepositions that end a phrasal verb and may then start the
 * next phrase: "placed in in the past", "waiting for for years", "taken on on
 * Monday".  After a verb these repeats are reported as information only.
 *
 * Source: the particles of English phrasal verbs (Quirk et al. 1985, §16.3);
 * "about", "by", "of" and "to" are left out: doubled, they are almost always
 * mistakes.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'in', 'on', 'for', 'up', 'out', 'off', 'over', 'down', 'around', 'through', 'along', 'back', 'with'
])

/**
 * Common verbs (base and irregular past forms) that take those particles;
 * regular "-ed", "-ing", "-s" forms are recognised by their endings.
 *
 * Source: the most frequent phrasal-verb heads of the Longman Grammar of
 * Spoken and Written English (Biber et al. 1999, §5.3), news-relevant forms.
 */
export const PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'is', 'are', 'was', 'were', 'believe', 'live', 'come', 'came', 'go', 'went', 'gone',
  'pay', 'paid', 'look', 'ask', 'wait', 'call', 'stand', 'stood', 'rely', 'depend', 'count', 'hope', 'care',
  'vote', 'fight', 'fought', 'work', 'stay', 'turn', 'give', 'gave', 'given', 'take', 'took', 'taken', 'put',
  'set', 'get', 'got', 'gotten', 'keep', 'kept', 'bring', 'brought', 'move', 'step', 'sign', 'log', 'check',
  'fill', 'hand', 'pass', 'fall', 'fell', 'fallen', 'sit', 'sat', 'run', 'ran', 'hold', 'held', 'let', 'cash',
  'join', 'plug', 'shut', 'lock', 'fit', 'dig', 'dug', 'break', 'broke', 'broken', 'sell', 'sold', 'buy',
  'bought', 'send', 'sent', 'win', 'won', 'lose', 'lost', 'play', 'hit', 'see', 'saw', 'seen', 'make', 'made',
  'find', 'found', 'lead', 'led', 'leave', 'left', 'carry', 'head', 'end', 'settle', 'deal', 'dealt', 'live',
  'grow', 'grew', 'grown', 'sleep', 'slept', 'speak', 'spoke', 'spoken', 'think', 'thought', 'write', 'wrote',
  'written', 'blow', 'blew', 'blown', 'throw', 'threw', 'thrown', 'catch', 'caught', 'drop', 'back', 'weigh',
  'gear', 'sum', 'tune', 'pull', 'push', 'cut', 'shot', 'shoot', 'account', 'apply', 'argue', 'wound', 'born',
  'interested', 'involved', 'engaged', 'due', 'responsible', 'famous', 'known', 'ready', 'eligible'
])

/** Prepositions before a doubled demonstrative: "Add to this this new law". */
export const DEMONSTRATIVE_LEADS: ReadonlySet<string> = new Set([
  'to', 'of', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'about', 'into', 'like', 'after', 'before',
  'than', 'against', 'over', 'under', 'do', 'does', 'did', 'said', 'says', 'say'
])

/** Demonstratives that double legitimately after those ("that that" is always allowed). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'these', 'those'])

/**
 * Function words that are reported even when both copies are capitalised
 * ("The The government", a headline); other capitalised repeats are names or
 * titles ("Duran Duran", "Walla Walla", "Bafana Bafana", "Sirhan Sirhan").
 *
 * Source: the articles, commonest prepositions and conjunctions of English
 * (Quirk et al. 1985).
 */
export const CAPITALISED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'and', 'to', 'in', 'for', 'on', 'at', 'by', 'with', 'from', 'is', 'was', 'are'
])

/**
 * Words English repeats around "and" to intensify or to say "continuously":
 * "again and again", "over and over", "on and on", "round and round", "time
 * and time again", "through and through", "by and by", "ever and ever".
 * Comparatives ("more and more", "better and better"), progressive forms
 * ("growing and growing") and plurals ("years and years") are recognised by
 * their endings.
 *
 * Source: the Cambridge Grammar of the English Language (Huddleston &
 * Pullum 2002), ch. 15 (coordination of identical words for emphasis and
 * iteration); Quirk et al. 1985, §13.35.
 */
export const INTENSIFYING_REPEATS: ReadonlySet<string> = new Set([
  'again', 'over', 'round', 'around', 'through', 'ever', 'time', 'more', 'less', 'much', 'many', 'far', 'away',
  'back', 'forth', 'down', 'up', 'out', 'off', 'on', 'by', 'neck', 'lots'
])

/** Forms of "be" (and "seem", "become") before an adjective: "we are ready and ready to …". */
export const COPULAS: ReadonlySet<string> = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'re", 'seem', 'seems', 'seemed', 'become', 'became', 'remain', 'remains', 'remained', 'very', 'so', 'too'
])

/** Articles and demonstratives before a noun: "in the manner and manner of". */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our'])
