/**
 * spelling: misspelt words ("recieved", "goverment"), names written in lower
 * case ("venezuela", "on monday"), and — when the config picks a dialect —
 * words spelt the other side's way ("color" in en-GB copy).
 *
 * Why not retext-spell itself (v6.1, read in node_modules/retext-spell):
 * - it builds nspell from the dictionary when the plugin is *attached*
 *   (`onload` runs `nspell(dictionary)` at once), so every processor pays
 *   ≈ 210–250 ms even for a file whose words are all known;
 * - it calls `suggest()` eagerly for every unknown word (90–1,000 ms per
 *   unknown capitalised name; 3.7–3.9 s for one article full of names), and
 *   its `max` counter lives in the attacher, not the file: after 30 unknown
 *   words in a long-running process it never suggests again (`max: 0` is
 *   not possible either: `settings.max || 30`);
 * - it has no way to skip capitalised words or acronyms (only an exact
 *   `ignore` list, literals and digits), accepts one dictionary (one
 *   dialect), and walks the tree with unist-util-visit;
 * - its messages carry `ruleId` = the word itself and source 'retext-spell'.
 * So this rule uses the lexicon (plugins/support/lexicon.ts: both Hunspell
 * dictionaries and the word list, no nspell) to answer almost every word,
 * and nspell — the engine retext-spell wraps — only to suggest corrections
 * for words it flags: built lazily, once per process and dialect, with
 * suggestions capped per file and cached per process.  Messages keep
 * retext-spell's wording ("Unexpected unknown word `x`, expected for example
 * `y`") and shape (`actual`, `expected` best first).
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
 *   dictionary word ("spokeman", "untill", "truely", "occured") or the
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
 * and words already flagged by merged-words, encoding or markup (they run
 * before this rule).
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {FUNCTION_WORDS} from './data/english-words.js'
import {
  APOSTROPHE_FORMS,
  COMPOUND_PARTS,
  DRUG_STEMS,
  FOREIGN_PHRASES,
  HYPHEN_ONLY_PREFIXES,
  LISTED_MISSPELLINGS,
  NAME_PARTICLES,
  NEWS_ABBREVIATIONS,
  NEWS_VOCABULARY,
  PREFIXES
} from './data/spelling-words.js'
import {cached, getIndex, MASK, type DocumentIndex, type ParagraphInfo, type SentenceInfo, type WordInfo} from './support/document.js'
import {FLAG, lookup} from './support/lexicon.js'
import {
  acceptedWords,
  reportText,
  ruleUrl,
  severityOf,
  type RuleMeta,
  type RuleOptions,
  type Severity
} from './support/rule.js'

export type Dialect = 'en' | 'en-US' | 'en-GB'

export interface SpellingOptions extends RuleOptions {
  /** 'en' (default): British and American spellings both accepted; or one of them. */
  dialect?: Dialect
}

export const meta: RuleMeta = {
  id: 'spelling',
  description: 'Misspelt words and lower-case names (British and American spellings accepted unless a dialect is set).',
  severity: 'warn',
  fixable: false,
  url: ruleUrl('spelling'),
  options: {dialect: {enum: ['en', 'en-US', 'en-GB']}},
  examples: {
    ok: [
      'Araghchi met Netanyahu envoys in Tal Rifat after the all-out assault by pro-Turkish forces.',
      'The U.S. and NATO urged de-escalation; #MeToo campaigners and @newsdesk weren’t convinced.',
      'The organisation said the colour of the programme was a de facto rebrand of the gameshow.',
      'Turnover rose 5.5% to £10bn in the 1990s, and the 20km race ended 7-6, 6-4 on the 3rd day.',
      'Mid-table Hull drew 2-2: the co-ordinator said the lineout and the roadmap were unaffected.',
      'Profits rose to 120 mln dlrs, or 45 cts a shr, the company said.'
    ],
    notOk: [
      {text: 'The minister recieved the report on Sunday.', line: 1, column: 14, actual: 'recieved', fix: 'received'},
      {text: 'The goverment denied the claims.', line: 1, column: 5, actual: 'goverment', fix: 'government'},
      {text: 'Talks resumed on monday in Madrid.', line: 1, column: 18, actual: 'monday', fix: 'Monday'},
      {text: 'The spanish government was not consulted.', line: 1, column: 5, actual: 'spanish', fix: 'Spanish'},
      {text: 'Nobody knew wich way the vote would go.', line: 1, column: 13, actual: 'wich', fix: 'which'},
      {text: 'A spokeman for the ministry declined to comment.', line: 1, column: 3, actual: 'spokeman', fix: 'spokesman'}
    ]
  }
}

/** At most this many distinct words per file get nspell suggestions. */
const MAX_SUGGESTED_WORDS = 10
/** Suggestions kept per word (best first). */
const MAX_SUGGESTIONS = 4
/** Longer words are not prose (or not worth a suggestion). */
const MAX_WORD_LENGTH = 40
const MAX_SUGGEST_LENGTH = 24
/** Verdicts remembered per configuration. */
const MAX_CACHED_VERDICTS = 50_000
/** An unknown word used this often in one document is the document's own term. */
const DOCUMENT_TERM_COUNT = 3
/** This many unknown words within FOREIGN_WINDOW checked words on either side of each other are foreign text. */
const FOREIGN_MIN_UNKNOWN = 3
const FOREIGN_WINDOW = 4
const NO_WORDS: ReadonlySet<string> = new Set()
/** Rules whose findings on a word make a spelling finding redundant. */
const EARLIER_RULES: ReadonlySet<string> = new Set(['merged-words', 'encoding', 'markup'])

type Kind = 'unknown' | 'typo' | 'dialect' | 'case'

interface Issue {
  kind: Kind
  /** The checked word (lower case, accents folded). */
  word: string
  /** As written in the text. */
  written: string
  paragraph: ParagraphInfo
  start: number
  end: number
  token: WordInfo
  expected?: string[]
  /** Position among the sentence's checked words. */
  at: number
  /** In a cluster of unknown words (foreign text). */
  foreign: boolean
}

interface Context {
  dialect: Dialect
  accepted: ReadonlySet<string>
  /** Verdicts of this configuration, by word (shared by every file it checks). */
  verdicts: Map<string, Verdict>
}

// ---------------------------------------------------------------------------
// nspell: built lazily, once per process and dialect, for suggestions only.

interface Speller {
  suggest(word: string): string[]
}

const spellers = new Map<'en-US' | 'en-GB', Speller>()
const suggestions = new Map<string, string[]>()
const requireHere = createRequire(import.meta.url)

/** How often nspell was built and asked in this process (for tests and timing). */
export const engineStats = {builds: 0, suggests: 0, ms: 0}

function speller(dialect: 'en-US' | 'en-GB'): Speller {
  let s = spellers.get(dialect)
  if (!s) {
    const pkg = dialect === 'en-US' ? 'dictionary-en' : 'dictionary-en-gb'
    // The dictionary packages read their files with top-level await; read
    // them synchronously instead (a transformer here is synchronous).
    const dir = path.dirname(requireHere.resolve(pkg))
    const nspell = requireHere('nspell') as (d: {aff: Buffer; dic: Buffer}) => Speller
    s = nspell({aff: fs.readFileSync(path.join(dir, 'index.aff')), dic: fs.readFileSync(path.join(dir, 'index.dic'))})
    spellers.set(dialect, s)
    engineStats.builds++
  }
  return s
}

function suggest(word: string, dialect: 'en-US' | 'en-GB'): string[] {
  const key = dialect + '\0' + word
  let list = suggestions.get(key)
  if (!list) {
    engineStats.suggests++
    const t0 = performance.now()
    const raw = speller(dialect).suggest(word)
    engineStats.ms += performance.now() - t0
    // Lower-case words first (the flagged words are lower case), keep order otherwise.
    const lower = raw.filter((s) => s === s.toLowerCase())
    const other = raw.filter((s) => s !== s.toLowerCase())
    list = [...lower, ...other].slice(0, MAX_SUGGESTIONS)
    if (suggestions.size > 10_000) suggestions.clear()
    suggestions.set(key, list)
  }
  return list
}

// ---------------------------------------------------------------------------
// Word look-ups.

type Status = 'ok' | 'other' | 'list' | 'name' | 'caps' | 'none'

function status(word: string, ctx: Context): Status {
  const f = lookup(word)
  if (f & FLAG.LOWER) {
    if (ctx.dialect === 'en') return 'ok'
    return f & (ctx.dialect === 'en-US' ? FLAG.US : FLAG.GB) ? 'ok' : 'other'
  }
  if (f & FLAG.LIST) return 'list'
  if (f & FLAG.NAME) return 'name'
  if (f & FLAG.CAPS) return 'caps'
  return 'none'
}

/** Known as a base for derivation: a dictionary word (or list word), listed vocabulary or accepted. */
function baseKnown(word: string, ctx: Context, allowList: boolean): boolean {
  if (word.length < 2) return false
  if (ctx.accepted.has(word) || NEWS_VOCABULARY.has(word)) return true
  if (LISTED_MISSPELLINGS.has(word)) return false
  const s = status(word, ctx)
  return s === 'ok' || (allowList && s === 'list')
}

/** A common dictionary word (any dialect) in lower case. */
function isCommon(word: string): boolean {
  return (lookup(word) & FLAG.LOWER) !== 0
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Is the word one edit away from a common dictionary word other than
 * `except`?  A derived word that is also a near miss of a real word is more
 * likely a typo ("spokeman", "untill", "truely", "occured", "goverment").
 * Deletions, insertions and transpositions only: substitutions turn too many
 * real compounds into near misses ("paycuts"/"payouts",
 * "deathmatch"/"deathwatch", "jailings"/"sailings").  Dropping a final s
 * never counts (plurals are derivations, not typos).  Runs only for words not
 * known outright (a few per document).
 */
function nearMiss(word: string, except: ReadonlySet<string>, substitutions = false): boolean {
  const n = word.length
  const hit = (v: string): boolean => v.length >= 3 && v !== word && !except.has(v) && isCommon(v)
  for (let i = 0; i < n; i++) {
    if (i === n - 1 && word[i] === 's') continue
    if (hit(word.slice(0, i) + word.slice(i + 1))) return true
  }
  for (let i = 0; i < n - 1; i++) {
    if (word[i] !== word[i + 1] && hit(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true
  }
  for (let i = 0; i <= n; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    for (const c of ALPHABET) {
      if (hit(head + c + tail)) return true
      if (substitutions && i < n && c !== word[i] && hit(head + c + word.slice(i + 1))) return true
    }
  }
  return false
}

/**
 * Productive suffixes (Cambridge Grammar of the English Language, ch. 19):
 * longest first.  Stems are tried as is, with a final e restored
 * ("templating"), y restored ("clunkiness") and a doubled consonant undone.
 */
const SUFFIXES: readonly string[] = [
  'isations', 'izations', 'isation', 'ization', 'abilities', 'lessness', 'nesses', 'ability', 'fulness',
  'lessly', 'ically', 'ities', 'ments', 'ships', 'hoods', 'esque', 'ness', 'less', 'ment', 'ship', 'hood',
  'wise', 'like', 'isms', 'ists', 'ians', 'ably', 'able', 'ings', 'ises', 'ised', 'ising', 'izes', 'ized',
  'izing', 'iser', 'izer', 'ity', 'ism', 'ist', 'ian', 'ful', 'dom', 'ing', 'ers', 'ies', 'ise', 'ize',
  'ly', 'er', 'ed', 'es', 's'
]

interface Derivation {
  /** Known words it was derived from (excluded from the near-miss check). */
  bases: string[]
}

function stemsOf(word: string, suffix: string): string[] {
  const stem = word.slice(0, word.length - suffix.length)
  if (stem.length < 3) return []
  const out = [stem]
  const last = stem[stem.length - 1]
  if (suffix === 'ly' || suffix === 'lessly') {
    // "-icly" is always a typo of "-ically" ("basicly").
    if (stem.endsWith('ic')) return []
    if (suffix === 'ly') out.push(word.slice(0, -1) + 'e') // "unfeasibly" → "unfeasible"
  }
  if (last === 'i') out.push(stem.slice(0, -1) + 'y')
  if (/^[aeiouyls]/.test(suffix) && !/[aeiouy]$/.test(stem)) out.push(stem + 'e')
  if (stem.length >= 4 && last === stem[stem.length - 2] && !/[aeiouy]/.test(last)) out.push(stem.slice(0, -1))
  if (suffix === 'ies') out.push(stem + 'y')
  return out
}

/** Can the word be built from known words?  `depth` bounds the recursion (two steps at most). */
function derive(word: string, ctx: Context, depth = 0): Derivation | undefined {
  const n = word.length
  if (n < 5) return undefined

  // A prefix on a known word: "renationalisation", "unshredded".
  for (const prefix of PREFIXES) {
    if (HYPHEN_ONLY_PREFIXES.has(prefix) || !word.startsWith(prefix)) continue
    const rest = word.slice(prefix.length)
    if (rest.length < 4 || FUNCTION_WORDS.has(rest)) continue
    if (baseKnown(rest, ctx, true)) return {bases: [rest]}
    if (depth === 0) {
      const inner = derive(rest, ctx, 1)
      if (inner) return {bases: [rest, ...inner.bases]}
    }
  }

  // A suffix on a known stem: "clunkiness", "wirelessly", "jailings".
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue
    for (const stem of stemsOf(word, suffix)) {
      if (FUNCTION_WORDS.has(stem)) continue
      if (baseKnown(stem, ctx, true)) return {bases: [stem]}
      if (depth === 0) {
        const inner = derive(stem, ctx, 1)
        if (inner) return {bases: [stem, ...inner.bases]}
      }
    }
  }

  // Two known words: "gameshow", "roadmap", "chipmakers".  Not with a function
  // word or an -ly adverb (those are joins merged-words looks at: "thefirst",
  // "deadmostly").
  for (let i = 3; i <= n - 3; i++) {
    const left = word.slice(0, i)
    const right = word.slice(i)
    if (FUNCTION_WORDS.has(left) || FUNCTION_WORDS.has(right)) continue
    if ((left.endsWith('ly') && left.length > 4) || (right.endsWith('ly') && right.length > 4)) continue
    if (baseKnown(left, ctx, false) && baseKnown(right, ctx, false)) return {bases: [left, right]}
  }
  return undefined
}

/**
 * Suffixes spelt alike, confused by writers ("investers", "accessable",
 * "independance" when derived): if the other spelling is a word, the
 * derived one is a typo.
 */
const SUFFIX_ALTERNATIVES: ReadonlyArray<readonly [string, string]> = [
  ['er', 'or'], ['ers', 'ors'], ['or', 'er'], ['ors', 'ers'], ['able', 'ible'], ['ible', 'able'],
  ['ance', 'ence'], ['ence', 'ance'], ['ant', 'ent'], ['ent', 'ant'], ['ary', 'ery'], ['ery', 'ary'],
  ['ably', 'ibly'], ['ibly', 'ably'], ['ability', 'ibility'], ['ibility', 'ability']
]

function otherSuffixSpelling(word: string): boolean {
  for (const [from, to] of SUFFIX_ALTERNATIVES) {
    if (word.length > from.length + 2 && word.endsWith(from) && isCommon(word.slice(0, -from.length) + to)) return true
  }
  return false
}

/** Known through derivation, and not a near miss of another word. */
function derivable(word: string, ctx: Context): boolean {
  if (word.length > MAX_WORD_LENGTH) return false
  const d = derive(word, ctx)
  return d !== undefined && !nearMiss(word, new Set(d.bases)) && !otherSuffixSpelling(word)
}

// ---------------------------------------------------------------------------
// Dialect forms.

/** Pairs of British → American spelling patterns (Wikipedia, "American and British English spelling differences"). */
const GB_US: ReadonlyArray<readonly [string, string]> = [
  ['our', 'or'], ['isation', 'ization'], ['ise', 'ize'], ['ising', 'izing'], ['ised', 'ized'], ['iser', 'izer'],
  ['yse', 'yze'], ['ysing', 'yzing'], ['ysed', 'yzed'], ['tre', 'ter'], ['tres', 'ters'], ['tred', 'tered'],
  ['bre', 'ber'], ['vre', 'ver'], ['vres', 'vers'], ['vred', 'vered'], ['gre', 'ger'], ['cre', 'cer'],
  ['ogue', 'og'], ['ence', 'ense'], ['lled', 'led'], ['lling', 'ling'], ['ller', 'ler'], ['ae', 'e'],
  ['oe', 'e'], ['mme', 'm'], ['gement', 'gment'], ['eing', 'ing'], ['sc', 'sk'], ['ould', 'old'],
  ['oul', 'ol'], ['grey', 'gray'], ['yre', 'ire'], ['ough', 'ow'], ['que', 'ck'], ['kerb', 'curb'],
  ['inium', 'inum'], ['pyj', 'paj'], ['aught', 'aft'], ['ll', 'l'], ['l', 'll']
]

/** The target dialect's form of a word spelt the other way, if the lexicon knows one. */
function dialectForm(word: string, target: 'en-US' | 'en-GB'): string | undefined {
  const own = target === 'en-US' ? FLAG.US : FLAG.GB
  const pairs = target === 'en-US' ? GB_US : GB_US.map(([a, b]) => [b, a] as const)
  const ok = (w: string): boolean => {
    const f = lookup(w)
    return (f & FLAG.LOWER) !== 0 && (f & own) !== 0
  }
  const seen = new Set<string>([word])
  let frontier = [word]
  for (let step = 0; step < 2; step++) {
    const next: string[] = []
    for (const w of frontier) {
      for (const [from, to] of pairs) {
        let at = w.indexOf(from)
        while (at !== -1) {
          const v = w.slice(0, at) + to + w.slice(at + from.length)
          if (!seen.has(v)) {
            if (ok(v)) return v
            seen.add(v)
            next.push(v)
          }
          at = w.indexOf(from, at + 1)
        }
      }
    }
    frontier = next
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Judging one lower-case word.

type Verdict = {kind: Kind; expected?: string[]} | undefined

const DIALECT_BITS = FLAG.US | FLAG.GB

/** Most verdicts are asked again and again (per process): remember them. */
function judge(word: string, ctx: Context): Verdict {
  const hit = ctx.verdicts.get(word)
  if (hit !== undefined || ctx.verdicts.has(word)) return hit
  const verdict = judgeWord(word, ctx)
  if (ctx.verdicts.size >= MAX_CACHED_VERDICTS) ctx.verdicts.clear()
  ctx.verdicts.set(word, verdict)
  return verdict
}

function judgeWord(word: string, ctx: Context): Verdict {
  if (ctx.accepted.has(word)) return undefined
  const miss = LISTED_MISSPELLINGS.get(word)
  if (miss) return {kind: 'typo', expected: [miss]}
  const s = status(word, ctx)
  if (s === 'ok') return undefined
  if (s === 'list') return undefined
  if (NEWS_VOCABULARY.has(word) || NEWS_ABBREVIATIONS.has(word) || APOSTROPHE_FORMS.has(word)) return undefined
  if (s === 'other') {
    const target = ctx.dialect === 'en-US' ? 'en-US' : 'en-GB'
    const form = dialectForm(word, target)
    return {kind: 'dialect', expected: form ? [form] : undefined}
  }
  if (word.includes("'")) return {kind: 'unknown'}
  if (s === 'name' || s === 'caps') return {kind: 'case', expected: [s === 'caps' ? word.toUpperCase() : capitalise(word)]}
  if (derivable(word, ctx) || isDrugName(word) || expressive(word)) return undefined
  return {kind: 'unknown'}
}

interface PartVerdict {
  verdict: Verdict
  /** Length of the reported span from the start of the part. */
  length: number
}

/**
 * Judge a lower-case part, with contractions and possessives: "there'll",
 * "eurozone's", "countries'", "weren't", "i'm".  A possessive or contraction
 * ending is left out of the reported span.
 */
function judgePart(word: string, ctx: Context): PartVerdict {
  if (!word.includes("'")) return {verdict: judge(word, ctx), length: word.length}
  const whole = status(word, ctx)
  if (whole === 'ok' || whole === 'list' || ctx.accepted.has(word) || APOSTROPHE_FORMS.has(word)) {
    return {verdict: undefined, length: word.length}
  }
  if (whole === 'other') return {verdict: judge(word, ctx), length: word.length}
  // "i'm", "i'd": a lower-case I.
  if (/^i'[a-z]+$/.test(word)) return {verdict: {kind: 'case', expected: ['I' + word.slice(1)]}, length: word.length}
  const m = /^([a-z]+)(n't|'ll|'ve|'re|'d|'m|'s|')$/.exec(word)
  if (m && m[1].length >= 2) {
    const stem = m[1]
    const verdict = judge(stem, ctx)
    // "children't": not a contraction of a known word; report it whole.
    if (m[2] === "n't" && verdict) return {verdict: {kind: 'unknown'}, length: word.length}
    return {verdict, length: stem.length}
  }
  return {verdict: {kind: 'unknown'}, length: word.length}
}

const TRIPLED = /([a-z])\1\1+/g

/**
 * Expressive lengthening of a short word: "ummm", "ahhhh", "pleeease",
 * "hisss".  A letter written three times or more never occurs in English
 * words; collapsed to one or two, it gives a short known word.  Longer words
 * stay typos ("noteboook", "folllowing").
 */
function expressive(word: string): boolean {
  if (!/([a-z])\1\1/.test(word)) return false
  for (const collapsed of [word.replace(TRIPLED, '$1'), word.replace(TRIPLED, '$1$1')]) {
    if (collapsed.length <= 6 && isCommon(collapsed)) return true
  }
  return false
}

/** A medicine's international name ("lopinavir"): a WHO stem after three letters or more. */
function isDrugName(word: string): boolean {
  if (word.length < 7) return false
  for (const stem of DRUG_STEMS) if (word.length >= stem.length + 3 && word.endsWith(stem)) return true
  return false
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

// ---------------------------------------------------------------------------
// Tokens.

const PREFIX_SET: ReadonlySet<string> = new Set(PREFIXES)
const APOSTROPHES = /[’‘ʼ′`]/g
const HYPHENS = /[‐‑]/g
const LATIN = /^[a-zA-Z'.-]+$/
const PLAIN_WORD = /^[a-z]+$/
const HAS_UPPER = /[A-Z]/
const UPPER_START = /^\p{Lu}/u
const HAS_LOWER = /\p{Ll}/u
const DIGIT = /\p{N}/u
const WORDISH = /[\p{L}\p{N}#@_&\uE000]/u
const GLUE: ReadonlySet<string> = new Set(['&', ';', ':', '/', '\\', '.', '_', '@', '=', '+', '*', '^', '~', '|', '<', '>', '#', '%', '$', '€', '£', '¥', '?', '!'])

/** Fold accents and apostrophe and hyphen variants, keeping one character per character. */
function fold(value: string): string {
  let out = ''
  for (const c of value) {
    const base = c.charCodeAt(0) < 128 ? c : c.normalize('NFD').replace(/\p{M}/gu, '')
    // Keep the length: one UTF-16 unit per input unit (astral characters make the word non-Latin).
    out += base.length === c.length ? base : base.length === 0 ? '' : c
  }
  return out.replace(APOSTROPHES, "'").replace(HYPHENS, '-')
}

/** Is the word glued to other material by a symbol or syntax ("SM:tv", "blinkx.tv", "caf&#233;")? */
function glued(text: string, start: number, end: number): boolean {
  const before = text[start - 1]
  const after = text[end]
  if (before === MASK || after === MASK || before === '\uFFFD' || after === '\uFFFD') return true
  // ".png", ".uk": a file extension or domain (not after an ellipsis "...and").
  if (before === '.' && text[start - 2] !== '.') return true
  if (before !== undefined && GLUE.has(before) && start >= 2 && WORDISH.test(text[start - 2])) return true
  if (after !== undefined && GLUE.has(after) && end + 1 < text.length && WORDISH.test(text[end + 1])) return true
  if (before !== undefined && WORDISH.test(before)) return true
  if (after !== undefined && WORDISH.test(after)) return true
  return false
}

interface Part {
  word: string
  /** Offsets in the paragraph text. */
  start: number
  end: number
}

/** Split a folded token into its checkable parts, with paragraph offsets. */
function partsOf(folded: string, offset: number): Part[] {
  const parts: Part[] = []
  let i = 0
  while (i < folded.length) {
    while (i < folded.length && (folded[i] === '-' || folded[i] === '.')) i++
    const s = i
    while (i < folded.length && folded[i] !== '-' && folded[i] !== '.') i++
    if (i > s) parts.push({word: folded.slice(s, i), start: offset + s, end: offset + i})
  }
  return parts
}

/** Trim quote-like apostrophes at the edges of a part unless they belong to a known form. */
function trimApostrophes(part: Part): Part {
  let {word, start, end} = part
  const lower = word.toLowerCase()
  if (APOSTROPHE_FORMS.has(lower)) return part
  while (word.startsWith("'")) {
    word = word.slice(1)
    start++
    if (APOSTROPHE_FORMS.has(word.toLowerCase())) break
  }
  return {word, start, end}
}

/** Two halves of a rhyming or ablaut compound ("willy-nilly", "criss-cross")? */
function similarPair(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3 || Math.abs(a.length - b.length) > 1) return false
  if (a.length === b.length) {
    let diff = 0
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++
    if (diff === 1) return true
  }
  // Rhyme: the same last three letters ("willy-nilly", "hanky-panky").
  return a.slice(-3) === b.slice(-3)
}

// ---------------------------------------------------------------------------
// Document helpers.

/** Capitalised words used inside sentences (names): lower case → as written. */
function documentNames(index: DocumentIndex): Map<string, string> {
  return cached(index, 'spelling:names', () => {
    const names = new Map<string, string>()
    for (const p of index.paragraphs) {
      for (const s of p.sentences) {
        // Not the first word: sentence case says nothing ("Glyphosate is …").
        for (let i = 1; i < s.words.length; i++) {
          const v = s.words[i].value
          if (v.length < 2 || !UPPER_START.test(v) || !HAS_LOWER.test(v)) continue
          const lower = v.toLowerCase()
          if (names.has(lower)) continue
          // Not a capitalised typo ("the Goverment said").
          if (lookup(lower) === 0 && nearMiss(lower, NO_WORDS, true)) continue
          names.set(lower, v)
        }
      }
    }
    return names
  })
}

const PHRASES_BY_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>()
  for (const phrase of FOREIGN_PHRASES) {
    for (const w of phrase.split(/[\s']+/)) {
      if (!w) continue
      const list = map.get(w) ?? []
      list.push(phrase)
      map.set(w, list)
    }
    // Elided forms are tokens of their own: "d'etat", "l'oeil".
    for (const w of phrase.split(' ')) {
      if (!w.includes("'")) continue
      const list = map.get(w) ?? []
      list.push(phrase)
      map.set(w, list)
    }
  }
  return map
})()

/** Does an established foreign phrase containing `word` stand around this place? */
function inForeignPhrase(word: string, text: string, start: number, end: number): boolean {
  const phrases = PHRASES_BY_WORD.get(word)
  if (!phrases) return false
  const window = ' ' + fold(text.slice(Math.max(0, start - 60), Math.min(text.length, end + 60)))
    .toLowerCase()
    .replace(/[^a-z']+/g, ' ')
    .replace(/(^| )'+|'+(?= |$)/g, ' ') + ' '
  for (const phrase of phrases) if (window.includes(' ' + phrase + ' ')) return true
  return false
}

const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '«', '„', '‹', '‚', '('])
const CLOSE_PARENTHESIS: ReadonlySet<string> = new Set([')'])
const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', '”', '’', "'", '»', '“', '›', '‘'])
const STOPS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', ',', '[', ']'])
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** Longest quoted term (characters on each side of the word) taken as a citation. */
const CITATION_REACH = 40

/**
 * A word cited in quotes or brackets with at most three others: a term,
 * nickname, title or original-language gloss the writer quotes on purpose
 * ("wereng", 'le cost killer', "(droit commun)").
 */
function citedTerm(text: string, start: number, end: number): boolean {
  let spaces = 0
  let i = start - 1
  while (i >= 0 && start - i <= CITATION_REACH && !OPEN_QUOTES.has(text[i])) {
    if (STOPS.has(text[i])) return false
    if (text[i] === ' ') spaces++
    i--
  }
  if (i < 0 || !OPEN_QUOTES.has(text[i]) || (i > 0 && LETTER_OR_DIGIT.test(text[i - 1]))) return false
  const close = text[i] === '(' ? CLOSE_PARENTHESIS : CLOSE_QUOTES
  let j = end
  while (j < text.length && j - end <= CITATION_REACH && !close.has(text[j])) {
    // Punctuation is allowed just inside the closing quote ("killer.'").
    if (STOPS.has(text[j]) && !close.has(text[j + 1] ?? '')) return false
    if (text[j] === ' ') spaces++
    j++
  }
  if (j >= text.length || !close.has(text[j]) || LETTER_OR_DIGIT.test(text[j + 1] ?? '')) return false
  return spaces <= (close === CLOSE_PARENTHESIS ? 1 : 3)
}

/** A name particle followed by a name ("von der Leyen", "du Plessis"). */
function beforeName(token: WordInfo): boolean {
  const words = token.sentence.words
  let i = words.indexOf(token) + 1
  while (i < words.length && NAME_PARTICLES.has(words[i].value.toLowerCase()) && !UPPER_START.test(words[i].value)) i++
  return i < words.length && UPPER_START.test(words[i].value)
}

function overlapsEarlier(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [s, e] of spans) if (s < end && start < Math.max(e, s + 1)) return true
  return false
}

// ---------------------------------------------------------------------------

export default function spelling(options: SpellingOptions = {}) {
  const severity = severityOf(meta, options)
  const accepted = new Set<string>()
  for (const w of acceptedWords(options)) {
    accepted.add(fold(w))
    for (const part of fold(w).split(/[\s\-.]+/)) if (part) accepted.add(part)
  }
  const dialect: Dialect = options.dialect === 'en-US' || options.dialect === 'en-GB' ? options.dialect : 'en'
  const ctx: Context = {dialect, accepted, verdicts: new Map()}

  return (tree: Root, file: VFile): void => {
    const index = getIndex(tree, file)
    const counts: DialectCounts = {gb: 0, us: 0}
    const found: Issue[] = []
    for (const paragraph of index.paragraphs) {
      for (const sentence of paragraph.sentences) checkSentence(sentence, ctx, counts, found)
    }
    if (found.length === 0) return

    const earlier = earlierSpans(file)
    const repeats = new Map<string, number>()
    for (const issue of found) if (issue.kind === 'unknown') repeats.set(issue.word, (repeats.get(issue.word) ?? 0) + 1)
    const suggestedWords = new Set<string>()
    const suggestDialect: 'en-US' | 'en-GB' =
      dialect === 'en-US' ? 'en-US' : dialect === 'en-GB' ? 'en-GB' : counts.gb > counts.us ? 'en-GB' : 'en-US'
    /** May this word have nspell suggestions (at most MAX_SUGGESTED_WORDS distinct words per file)? */
    const mayAsk = (word: string): boolean => {
      if (word.length > MAX_SUGGEST_LENGTH || word.includes("'")) return false
      if (suggestedWords.has(word)) return true
      if (suggestedWords.size >= MAX_SUGGESTED_WORDS) return false
      suggestedWords.add(word)
      return true
    }

    /** Words already reported as warnings in this document. */
    const warned = new Set<string>()
    for (const issue of found) {
      const {word, paragraph} = issue
      if (issue.kind === 'unknown' || issue.kind === 'case') {
        if (issue.foreign) continue
        const bare = word.replace(/'.*$/, '')
        if (NAME_PARTICLES.has(bare) && beforeName(issue.token)) continue
        if (inForeignPhrase(word, paragraph.text, issue.start, issue.end)) continue
        if (citedTerm(paragraph.text, issue.start, issue.end)) continue
        // A name the document writes with a capital elsewhere.
        const name = documentNames(index).get(bare)
        if (name && name.toLowerCase() === bare) {
          issue.kind = 'case'
          issue.expected = [name + issue.written.slice(bare.length)]
        } else if (issue.kind === 'unknown') {
          // The document's own term ("glyphosate" three times).
          const count = (repeats.get(word) ?? 0) + (index.counts.get(capitalise(bare)) ?? 0)
          if (count >= DOCUMENT_TERM_COUNT) continue
        }
      }
      const [s, e] = index.range(paragraph, issue.start, issue.end)
      if (overlapsEarlier(earlier, s, e)) continue

      // An unknown word that is not one edit from a dictionary word is rarely a
      // typo: a foreign word, a lower-case name, jargon or a coinage.  Reported
      // for information only, without suggestions.
      let level: Severity | undefined
      if (issue.kind === 'unknown') {
        if (!nearMiss(word, NO_WORDS, true)) level = 'info'
        else if (mayAsk(word)) {
          issue.expected = [...new Set([...apostropheForms(word), ...suggest(word, suggestDialect)])].slice(0, MAX_SUGGESTIONS)
        }
      } else if (issue.kind === 'dialect' && !issue.expected && mayAsk(word)) {
        const own = dialect === 'en-US' ? FLAG.US : FLAG.GB
        issue.expected = suggest(word, suggestDialect).filter((w) => (lookup(w.toLowerCase()) & own) !== 0)
      } else if (issue.kind === 'case') {
        // Names are not misspellings: a name written in lower case is reported
        // for information, with the capitalised form.
        level = 'info'
      }
      // The same misspelling again in one document: one warning is enough.
      if (level === undefined) {
        if (warned.has(word)) level = 'info'
        else warned.add(word)
      }

      reportText(file, index, meta, severity, paragraph, issue.start, issue.end, {
        reason: reason(issue, dialect, level === 'info'),
        expected: issue.expected && issue.expected.length > 0 ? issue.expected : undefined,
        severity: level
      })
    }
  }
}

interface DialectCounts {
  /** GB-only and US-only dictionary words seen (to pick the suggestion dictionary in 'en'). */
  gb: number
  us: number
}

function countDialect(word: string, counts: DialectCounts): void {
  const f = lookup(word)
  if ((f & FLAG.LOWER) !== 0 && (f & DIALECT_BITS) !== DIALECT_BITS) {
    if (f & FLAG.GB) counts.gb++
    else counts.us++
  }
}

/** Is a known word also evidence of foreign text: only in the big word list (rare), or accented? */
function foreignLooking(word: string, accented: boolean): boolean {
  if (accented) return true
  const f = lookup(word)
  return (f & DIALECT_BITS) === 0 && (f & FLAG.LIST) !== 0
}

/** Check the words of one sentence; push its issues onto `found`. */
function checkSentence(sentence: SentenceInfo, ctx: Context, counts: DialectCounts, found: Issue[]): void {
  const paragraph = sentence.paragraph
  const text = paragraph.text
  /** Per checked word: evidence of foreign text (unknown, a lower-case name, rare or accented)? */
  const evidence: boolean[] = []
  const issues: Issue[] = []
  for (const token of sentence.words) {
    const raw = token.value
    if (raw.length < 2 || raw.length > MAX_WORD_LENGTH) continue
    // Fast path: a plain lower-case word the dictionaries know (most words).
    if (PLAIN_WORD.test(raw) && judge(raw, ctx) === undefined) {
      evidence.push(foreignLooking(raw, false))
      countDialect(raw, counts)
      continue
    }
    if (UPPER_START.test(raw) || !HAS_LOWER.test(raw) || DIGIT.test(raw)) continue
    if (glued(text, token.start, token.end)) continue
    const folded = fold(raw)
    if (folded.length !== raw.length || !LATIN.test(folded)) continue
    // ".png", "x.com's", "a.m.", "said.The": file names, domains, initials, lost spaces.
    if (folded.includes('.')) continue
    const accented = folded !== raw.replace(APOSTROPHES, "'").replace(HYPHENS, '-')
    const lowerToken = folded.toLowerCase()
    if (ctx.accepted.has(lowerToken) || APOSTROPHE_FORMS.has(lowerToken)) continue

    // A hyphenated compound known as a whole or joined ("e-mail", "co-ordinator").
    if (lowerToken.includes('-') && !HAS_UPPER.test(folded)) {
      const joined = lowerToken.replace(/(?:'s|')$/, '').replace(/-/g, '')
      if ((lookup(joined) & (FLAG.LOWER | FLAG.LIST | FLAG.NAME)) !== 0 || NEWS_VOCABULARY.has(joined)) continue
    }

    const parts = partsOf(folded, token.start)
    for (let j = 0; j < parts.length; j++) {
      const part = trimApostrophes(parts[j])
      let word = part.word
      if (word.length < 2 || HAS_UPPER.test(word)) continue
      // "'orrible", "'ere": a dropped h marked by the apostrophe.
      const elided = part.start > parts[j].start || (j === 0 && /['’]/.test(text[token.start - 1] ?? ''))
      if (elided && isCommon('h' + word.replace(/'.*$/, ''))) continue
      // A closing quote, or the apostrophe of a plural possessive ("countries'").
      while (word.endsWith("'") && !APOSTROPHE_FORMS.has(word)) {
        // "lovin'": a dropped g.
        if (word.endsWith("in'") && isCommon(word.slice(0, -1) + 'g')) break
        word = word.slice(0, -1)
      }
      if (word.length < 2 || word.endsWith("in'")) continue
      // "lovin" followed by an apostrophe the tokenizer kept apart.
      const after = part.start + word.length
      if (word.endsWith('in') && /['’]/.test(text[after] ?? '') && isCommon(word + 'g')) continue
      evidence.push(false)
      const at = evidence.length - 1
      // A prefix before a suspended hyphen: "nano- and micro-engineering".
      const suspended = /^[-‐‑]/.test(text[token.end] ?? '') || folded.endsWith('-')
      if (j === parts.length - 1 && suspended && PREFIX_SET.has(word)) continue
      if (parts.length > 1) {
        if (j < parts.length - 1 && PREFIX_SET.has(word)) continue
        if (COMPOUND_PARTS.has(word)) continue
        // Rhyming and ablaut pairs: "willy-nilly", "criss-cross".
        if (parts.length === 2) {
          const other = parts[1 - j].word.toLowerCase()
          if (similarPair(word, other) && isCommon(other)) continue
        }
      }
      const {verdict, length} = judgePart(word, ctx)
      if (!verdict) {
        evidence[at] = foreignLooking(word, accented)
        countDialect(word, counts)
        continue
      }
      if (verdict.kind === 'unknown' || verdict.kind === 'case') evidence[at] = true
      issues.push({
        kind: verdict.kind,
        word: word.slice(0, length),
        written: text.slice(part.start, part.start + length),
        paragraph,
        start: part.start,
        end: part.start + length,
        token,
        expected: verdict.expected,
        at,
        foreign: false
      })
    }
  }
  // A cluster of unknown, rare or accented words is foreign text (a quote, a
  // title, lyrics), not typos: the untranslated rule's business.
  for (const issue of issues) {
    let near = 0
    const from = Math.max(0, issue.at - FOREIGN_WINDOW)
    const to = Math.min(evidence.length - 1, issue.at + FOREIGN_WINDOW)
    for (let k = from; k <= to; k++) if (evidence[k]) near++
    issue.foreign = near >= FOREIGN_MIN_UNKNOWN
    found.push(issue)
  }
}

/** Spans (file offsets) of findings of earlier rules that make a spelling finding redundant. */
function earlierSpans(file: VFile): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = []
  for (const m of file.messages) {
    if (!m.ruleId || !EARLIER_RULES.has(m.ruleId)) continue
    const place = m.place
    if (place && 'start' in place && place.start.offset !== undefined && place.end.offset !== undefined) {
      spans.push([place.start.offset, place.end.offset])
    }
  }
  return spans
}

/** "dont" → "don't", "isnt" → "isn't": a dictionary word with the apostrophe restored. */
function apostropheForms(word: string): string[] {
  const out: string[] = []
  for (let i = word.length - 1; i >= 1; i--) {
    const v = word.slice(0, i) + "'" + word.slice(i)
    if (isCommon(v)) out.push(v)
  }
  return out
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
