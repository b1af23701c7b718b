/**
 * spelling: misspelt words ("recieved", "goverment"), names written in lower
 * case ("venezuela", "on monday"), and — when the config picks a dialect —
 * words spelt the other side's way ("color" in en-GB copy).
 *
 * The lexicon decides; retext-spell suggests.  Which words are unknown is
 * answered by the lexicon (plugins/support/lexicon.ts: both Hunspell
 * dictionaries and the word list), not by retext-spell (v6.1, read in
 * node_modules/retext-spell), because as a detector it
 * - builds nspell when the plugin is *attached* (`onload` runs
 *   `nspell(dictionary)` at once), so every processor would pay ≈ 210–250 ms
 *   even for a file whose words are all known;
 * - calls `suggest()` eagerly for every unknown word (90–1,000 ms per unknown
 *   capitalised name; 3.7–3.9 s for one article full of names);
 * - has no way to skip capitalised words or acronyms (only an exact `ignore`
 *   list, literals and digits), accepts one dictionary (one dialect), and
 *   walks the tree with unist-util-visit;
 * - gives its messages `ruleId` = the word itself and source 'retext-spell'.
 * retext-spell is this rule's suggestion engine instead (spelling/suggest.ts):
 * built lazily, once per process and dictionary, only when a reported word
 * needs suggestions, with its per-attacher cap lifted (`max: Infinity`) and
 * suggestions capped per file here.  Messages keep retext-spell's wording
 * ("Unexpected unknown word `x`, expected for example `y`") and shape
 * (`actual`, `expected` best first).
 *
 * The parts, in plugins/spelling/: known.ts (what the lexicon knows, word
 * folding), derivation.ts (words built from known words; near misses),
 * dialect.ts (British and American spellings), verdict.ts (the verdict on one
 * word), scan.ts (the candidates of a sentence; foreign clusters),
 * evidence.ts (the document around a candidate), suggest.ts (retext-spell).
 *
 * What counts as known:
 * - a Hunspell form in lower case (en-US or en-GB; one of them only when the
 *   `dialect` option says so), or a word of the big word list.  The list
 *   holds rare and Scrabble words that may hide typos; measured on the clean
 *   news corpus, it rescues ≈ 1,300 legitimate words (gamers, lockdown,
 *   telecoms, backbenchers …) against a handful of typos, and only ≈ 6% of a
 *   300-entry sample of common misspellings is in it: those are listed in
 *   data and flagged;
 * - config `words` (case-insensitive, also the words of multi-word entries),
 *   lower-case wire abbreviations and units ("dlrs", "mln", "bn", "og"), a
 *   short news vocabulary, medicine names by their WHO stems ("remdesivir");
 * - words derived from known words: two known words ("gameshow",
 *   "roadmap"), a prefix ("renationalise", "unshredded") or a suffix
 *   ("clunkiness", "wirelessly", "jailings") — unless one edit away from a
 *   dictionary word ("spokeman", "untill", "truely", "occured"; not "un"
 *   on a common participle of six letters or more: "unblighted") or the
 *   other spelling of a look-alike suffix is a word ("investers");
 * - hyphenated compounds whose parts are known, or whose joined form is
 *   ("co-ordinator", "e-mail"), prefixes before a hyphen ("neo-", "nano- and
 *   micro-"), rhyming pairs ("willy-nilly", "criss-cross");
 * - contractions and possessives (straight and curly apostrophes), dropped
 *   letters ("lovin'", "'orrible"), expressive lengthening ("pleeease");
 * - in context: established foreign phrases where the whole phrase stands
 *   ("de facto", "joie de vivre"), name particles before a name ("von der
 *   Leyen"), a term cited in quotes or a short gloss in brackets
 *   ("wereng", "(droit commun)"), an unknown word used three times in the
 *   document (its own term), and clusters of unknown, rare or accented words
 *   (foreign text: the `untranslated` rule's business).
 * Checked against the story itself (spelling/capitalised.ts, phrases.ts):
 * a name one letter off the story's own spelling ("Allepo" beside
 * "Aleppo"), a real word where the story has its near twin after the same
 * word ("Prime Minster"), a misspelt month ("Septemper"), a stray letter
 * ("the e same"), "covid 19", "Te PM", "his aid, who" (aide), "telling yo
 * to" (you), a name with "s" before a noun
 * ("Erdogans arrival"), capitalised words near a common word ("Commision",
 * information).
 * What is reported: unknown words one edit from a dictionary word (typos,
 * warning, with suggestions); other unknown words (foreign words, jargon,
 * lower-case names, two-edit typos) at info severity without suggestions; a
 * lower-case name or acronym ("monday", "gdp"), using the document's own
 * capitalised form when it has one; common misspellings the word list
 * accepts ("wich"); and with a dialect set, the other dialect's spellings.
 * Not checked at all: capitalised words and ALL-CAPS (names are not
 * misspellings), syntax (URLs, hashtags, mentions), words with digits
 * ("20km", "1990s", "£10bn"), single letters, words glued to symbols or
 * dots ("SM:tv", "blinkx.tv", ".png", "communiqu&#233;"), non-Latin scripts,
 * and words already flagged by merged-words, encoding or markup: the rule
 * reads their findings, so it declares them in `meta.after` and the registry
 * runs it after them.
 */
import {NAME_PARTICLES} from './data/spelling-words.js'
import {FLAG, lookup} from './support/lexicon.js'
import {defineRule, ruleUrl, type RuleContext, type RuleMeta, type RuleOptions, type Severity} from './support/rule.js'
import {judgeWithEvidence, NON_ASCII} from './support/text.js'
import {nearMissOfWord} from './spelling/derivation.js'
import type {DialectCounts} from './spelling/dialect.js'
import {capitalisedTypos, type Spotted} from './spelling/capitalised.js'
import {beforeName, citedTerm, documentName, earlierSpans, inForeignPhrase, overlapsEarlier} from './spelling/evidence.js'
import {capitalise, fold, type Context, type Dialect} from './spelling/known.js'
import {phraseTypos} from './spelling/phrases.js'
import {checkSentence, type Issue} from './spelling/scan.js'
import {apostropheForms, MAX_SUGGESTIONS, suggest, type SuggestDialect} from './spelling/suggest.js'

export type {Dialect} from './spelling/known.js'
export {engineStats} from './spelling/suggest.js'

export interface SpellingOptions extends RuleOptions {
  /** 'en' (default): British and American spellings both accepted; or one of them. */
  dialect?: Dialect
}

export const meta: RuleMeta = {
  id: 'spelling',
  after: ['encoding', 'markup', 'merged-words'],
  description: 'Misspelt words and lower-case names (British and American spellings accepted unless a dialect is set).',
  severity: 'warning',
  fixable: false,
  url: ruleUrl('spelling'),
  options: {dialect: {enum: ['en', 'en-US', 'en-GB']}},
  docs: {
    decides:
      'The lexicon (both Hunspell dictionaries and a large English word list) decides which lower-case words are ' +
      'unknown; capitalised words, ALL-CAPS, syntax, words with digits, words glued to symbols and non-Latin ' +
      'scripts are not checked. Known besides: configured `words`, wire abbreviations and units, a short news ' +
      'vocabulary, medicine names by their WHO stems, words derived from known words by a prefix, a suffix or ' +
      'compounding (unless one edit from a dictionary word, "spokeman"; "un" on a common participle of six letters or ' +
      'more is English whatever its neighbours, "unblighted"), hyphenated compounds, contractions, ' +
      'dropped letters and expressive lengthening. The document is evidence too: an established foreign phrase ' +
      'around the word, a term cited in quotes or brackets, a name particle before a name, a word used three times ' +
      '(the document\'s own term), a cluster of unknown or accented words or one accented unknown word (foreign text: ' +
      'untranslated\'s business), ' +
      'and a finding of encoding, markup or merged-words on the same span (it runs after them). Reported: an ' +
      'unknown word one edit from a dictionary word as a warning, with suggestions from retext-spell (lower-case ' +
      'ones first, at most four, for at most ten distinct words per file); other unknown words for information, ' +
      'without suggestions; a name or acronym in lower case for information, with the document\'s own capitalised ' +
      'form; listed common misspellings the word list accepts ("wich"); one warning per misspelt word per ' +
      'document (repeats are information). Capitalised words and words that are words are checked against the ' +
      'story itself: a name one letter off the story\'s own spelling of it (a dictionary name, or written three times: ' +
      '"Allepo" beside "Aleppo"; not an accent or a transliteration, which is name-variants\' business), a real word ' +
      'where the story has its near twin after the same word ("Prime Minster" beside "Prime Minister"), a month or ' +
      'weekday one letter off ("Septemper"), a stray letter ("the e same"), "covid 19", "Te" for "The" before an ' +
      'acronym or a word, "aid" for "aide" between a possessive and a person ("his aid, who"; "her aid said"), "yo" for ' +
      '"you" between a word and a function word ("telling yo to"), and a name with "s" and no apostrophe before a noun in a story that writes the name often ' +
      '("Erdogans arrival"). A capitalised word one letter from a common word inside the word ("Commision"; not at ' +
      'its last letter, an ending that marks a name or title: "The Incredibles", "Meloni"), or a possessive ' +
      'without its apostrophe otherwise, is information (it may be a name). Nothing is fixed automatically.',
    options: {
      dialect: {
        default: 'en',
        description:
          '"en" accepts British and American spellings alike; "en-GB" or "en-US" also reports the other side\'s spelling ' +
          '("color" in en-GB copy) with this dialect\'s form.'
      }
    }
  },
  examples: {
    ok: [
      'Araghchi met Netanyahu envoys in Tal Rifat after the all-out assault by pro-Turkish forces.',
      'The U.S. and NATO urged de-escalation; #MeToo campaigners and @newsdesk weren’t convinced.',
      'The organisation said the colour of the programme was a de facto rebrand of the gameshow.',
      'Turnover rose 5.5% to £10bn in the 1990s, and the 20km race ended 7-6, 6-4 on the 3rd day.',
      'Mid-table Hull drew 2-2: the co-ordinator said the lineout and the roadmap were unaffected.',
      'Profits rose to 120 mln dlrs, or 45 cts a shr, the company said.',
      'Erdogan and Erdoğan met Charlie Brooker; the two Koreas, the Lib Dems and Lloyds Bank; plan B, 5 x 5.'
    ],
    notOk: [
      {text: 'The minister recieved the report on Sunday.', line: 1, column: 14, actual: 'recieved', fix: 'received'},
      {text: 'The goverment denied the claims.', line: 1, column: 5, actual: 'goverment', fix: 'government'},
      {text: 'Talks resumed on monday in Madrid.', line: 1, column: 18, actual: 'monday', fix: 'Monday'},
      {text: 'The spanish government was not consulted.', line: 1, column: 5, actual: 'spanish', fix: 'Spanish'},
      {text: 'Nobody knew wich way the vote would go.', line: 1, column: 13, actual: 'wich', fix: 'which'},
      {text: 'A spokeman for the ministry declined to comment.', line: 1, column: 3, actual: 'spokeman', fix: 'spokesman'},
      {text: 'The Aleppo offensive resumed.\nAllepo, the city, was shelled.\nAleppo fell.', line: 2, column: 1, actual: 'Allepo', fix: 'Aleppo'},
      {text: 'Inflation eased in Septemper.', line: 1, column: 20, actual: 'Septemper', fix: 'September'},
      {text: 'It was the e same amount.', line: 1, column: 8, actual: 'the e same', fix: 'the same'},
      {text: 'Her aid said the senator would not run again.', line: 1, column: 5, actual: 'aid', fix: 'aide'}
    ]
  }
}

/** At most this many distinct words per file get suggestions. */
const MAX_SUGGESTED_WORDS = 10
const MAX_SUGGEST_LENGTH = 24
/** An unknown word used this often in one document is the document's own term. */
const DOCUMENT_TERM_COUNT = 3
/** Rules whose findings on a word make a spelling finding redundant (so they run first). */
const AFTER: ReadonlySet<string> = new Set(meta.after)

/** What the document says about its candidates, worked out once they are known. */
interface Evidence {
  /** Spans of the findings of the rules in AFTER. */
  earlier: Array<readonly [number, number]>
  /** Occurrences of each unknown word among the candidates. */
  repeats: Map<string, number>
  /** The dictionary suggestions come from. */
  suggestDialect: SuggestDialect
  /** Words given suggestions in this document (at most MAX_SUGGESTED_WORDS). */
  asked: Set<string>
  /** Words already reported as warnings in this document. */
  warned: Set<string>
}

/** The rule's state per attacher: its dialect, and the context its parts share (made on the first document). */
interface State {
  dialect: Dialect
  ctx: Context | undefined
}

export default defineRule<SpellingOptions, State>({
  meta,
  setup(options) {
    return {dialect: options.dialect === 'en-US' || options.dialect === 'en-GB' ? options.dialect : 'en', ctx: undefined}
  },
  check(rule, state) {
    // The accepted words (one set per attacher) folded, with the words of multi-word entries.
    const ctx = (state.ctx ??= {dialect: state.dialect, accepted: foldAccepted(rule.accepted), verdicts: new Map()})
    const counts: DialectCounts = {gb: 0, us: 0}
    const found: Issue[] = []
    for (const paragraph of rule.index.paragraphs) {
      for (const sentence of paragraph.sentences) checkSentence(sentence, ctx, counts, found)
    }
    const reported: Array<readonly [number, number]> = []
    judgeWithEvidence(
      found,
      (all) => evidenceOf(all, rule, ctx.dialect, counts),
      (issue, evidence) => judgeIssue(issue, evidence, rule, ctx.dialect, reported)
    )
    // Typos the word scan does not see: capitalised words, words in place of
    // the story's own word, stray letters, "covid 19".
    const spotted: Spotted[] = []
    capitalisedTypos(rule.index, spotted)
    phraseTypos(rule.index, spotted)
    if (spotted.length === 0) return
    const earlier = earlierSpans(rule.file, AFTER)
    spotted.sort((a, b) => a.paragraph.index - b.paragraph.index || a.start - b.start)
    for (const f of spotted) {
      const [s, e] = rule.index.range(f.paragraph, f.start, f.end)
      if (overlapsEarlier(earlier, s, e) || overlapsEarlier(reported, s, e)) continue
      reported.push([s, e])
      rule.reportText(f.paragraph, f.start, f.end, {reason: f.reason, expected: f.expected, severity: f.severity})
    }
  }
})

function foldAccepted(words: ReadonlySet<string>): Set<string> {
  const accepted = new Set<string>()
  for (const w of words) {
    accepted.add(fold(w))
    for (const part of fold(w).split(/[\s\-.]+/)) if (part) accepted.add(part)
  }
  return accepted
}

function evidenceOf(found: readonly Issue[], rule: RuleContext<SpellingOptions>, dialect: Dialect, counts: DialectCounts): Evidence {
  const repeats = new Map<string, number>()
  for (const issue of found) if (issue.kind === 'unknown') repeats.set(issue.word, (repeats.get(issue.word) ?? 0) + 1)
  const suggestDialect: SuggestDialect =
    dialect === 'en-US' ? 'en-US' : dialect === 'en-GB' ? 'en-GB' : counts.gb > counts.us ? 'en-GB' : 'en-US'
  return {earlier: earlierSpans(rule.file, AFTER), repeats, suggestDialect, asked: new Set(), warned: new Set()}
}

/** May this word have suggestions (at most MAX_SUGGESTED_WORDS distinct words per file)? */
function mayAsk(word: string, evidence: Evidence): boolean {
  if (word.length > MAX_SUGGEST_LENGTH || word.includes("'")) return false
  if (evidence.asked.has(word)) return true
  if (evidence.asked.size >= MAX_SUGGESTED_WORDS) return false
  evidence.asked.add(word)
  return true
}

/** Judge one candidate with the document's evidence, and report it unless the evidence clears it. */
function judgeIssue(issue: Issue, evidence: Evidence, rule: RuleContext<SpellingOptions>, dialect: Dialect, reported: Array<readonly [number, number]>): void {
  const {index} = rule
  const {word, paragraph} = issue
  if (issue.kind === 'unknown' || issue.kind === 'case') {
    if (issue.foreign) return
    // An accented word the lexicon does not know is a foreign word ("rentrée", "lèse"), never an English
    // typo: the untranslated rule's business (one finding per problem).
    if (issue.kind === 'unknown' && issue.word !== issue.written.toLowerCase() && NON_ASCII.test(issue.written)) return
    const bare = word.replace(/'.*$/, '')
    if (NAME_PARTICLES.has(bare) && beforeName(issue.token)) return
    if (inForeignPhrase(word, paragraph.text, issue.start, issue.end)) return
    if (citedTerm(paragraph.text, issue.start, issue.end)) return
    // A name the document writes with a capital elsewhere.
    const name = documentName(index, bare)
    if (name && name.toLowerCase() === bare) {
      issue.kind = 'case'
      issue.expected = [name + issue.written.slice(bare.length)]
    } else if (issue.kind === 'unknown') {
      // The document's own term ("glyphosate" three times).
      const count = (evidence.repeats.get(word) ?? 0) + (index.counts.get(capitalise(bare)) ?? 0)
      if (count >= DOCUMENT_TERM_COUNT) return
    }
  }
  const [s, e] = index.range(paragraph, issue.start, issue.end)
  if (overlapsEarlier(evidence.earlier, s, e)) return
  reported.push([s, e])

  // An unknown word that is not one edit from a dictionary word is rarely a
  // typo: a foreign word, a lower-case name, jargon or a coinage.  Reported
  // for information only, without suggestions.
  let level: Severity | undefined
  if (issue.kind === 'unknown') {
    if (!nearMissOfWord(word)) level = 'info'
    else if (mayAsk(word, evidence)) {
      issue.expected = [...new Set([...apostropheForms(word), ...suggest(word, evidence.suggestDialect)])].slice(0, MAX_SUGGESTIONS)
    }
  } else if (issue.kind === 'dialect' && !issue.expected && mayAsk(word, evidence)) {
    const own = dialect === 'en-US' ? FLAG.US : FLAG.GB
    issue.expected = suggest(word, evidence.suggestDialect).filter((w) => (lookup(w.toLowerCase()) & own) !== 0)
  } else if (issue.kind === 'case') {
    // Names are not misspellings: a name written in lower case is reported
    // for information, with the capitalised form.
    level = 'info'
  }
  // The same misspelling again in one document: one warning is enough.
  if (level === undefined) {
    if (evidence.warned.has(word)) level = 'info'
    else evidence.warned.add(word)
  }

  rule.reportText(paragraph, issue.start, issue.end, {
    reason: reason(issue, dialect, level === 'info'),
    expected: issue.expected && issue.expected.length > 0 ? issue.expected : undefined,
    severity: level
  })
}

const quote = (s: string): string => '`' + s + '`'

function reason(issue: Issue, dialect: Dialect, far: boolean): string {
  const w = issue.written
  const expected = issue.expected ?? []
  switch (issue.kind) {
    case 'typo':
      return `Unexpected misspelling ${quote(w)}, expected ${quote(expected[0])}`
    case 'dialect': {
      const mine = dialect === 'en-US' ? 'American' : 'British'
      const other = dialect === 'en-US' ? 'British' : 'American'
      return `${quote(w)} is the ${other} spelling; this copy is set to ${mine} English (${dialect})` +
        (expected.length ? `, expected ${expected.map(quote).join(', ')}` : '')
    }
    case 'case':
      return `Unexpected lower case in ${quote(w)} (a name, acronym or “I”), expected ${quote(expected[0] ?? capitalise(w))}`
    default:
      if (far) return `Unexpected unknown word ${quote(w)} (not close to a dictionary word: a foreign word, name or jargon?)`
      return `Unexpected unknown word ${quote(w)}` + (expected.length ? `, expected for example ${expected.map(quote).join(', ')}` : '')
  }
}
