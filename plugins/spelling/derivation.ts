/**
 * spelling, part: words known through derivation, and near misses.
 *
 * What it finds: words the dictionaries lack but English builds from known
 * words — a prefix ("renationalise", "unshredded"), a productive suffix
 * ("clunkiness", "wirelessly", "jailings"), two known words ("gameshow",
 * "roadmap") — and, against them, near misses: a word one edit (deletion,
 * insertion, transposition; substitution where asked) from a common
 * dictionary word is more likely a typo ("spokeman", "untill", "truely",
 * "occured"), as is a derived word whose look-alike suffix spelt the other
 * way is a word ("investers").  How: plain look-ups in the lexicon over the
 * word's prefixes, suffixes and split points, two derivation steps at most;
 * no nspell.
 */
import {FUNCTION_WORDS} from '../data/english-words.js'
import {HYPHEN_ONLY_PREFIXES, NEWS_VOCABULARY, PREFIXES} from '../data/spelling-words.js'
import {FLAG, lookup, probe} from '../support/lexicon.js'
import {perWord} from '../support/text.js'
import {baseKnown, isCommon, MAX_WORD_LENGTH, NO_WORDS, type Context} from './known.js'

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
export function nearMiss(word: string, except: ReadonlySet<string>, substitutions = false): boolean {
  const n = word.length
  // probe, not isCommon: the made-up candidates (some 250 a word) stay out of the look-up cache.
  const hit = (v: string): boolean => v.length >= 3 && v !== word && !except.has(v) && (probe(v) & FLAG.LOWER) !== 0
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

/** `nearMiss` of a word on its own (no exceptions, substitutions too), remembered per process. */
export const nearMissOfWord = perWord((word) => nearMiss(word, NO_WORDS, true))

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

/** Suffixes that make a word of a person or doctrine from a name ("chavist", "chavism"): a rare base with them is no English word. */
const SUFFIX_ONLY = /^(?:ist|ists|ism|isms|ista|istas)$/

/** Known through derivation, and not a near miss of another word. */
export function derivable(word: string, ctx: Context): boolean {
  if (word.length > MAX_WORD_LENGTH) return false
  const d = derive(word, ctx)
  if (d === undefined) return false
  // Built on a rare word of the big list only ("equipe" + "ed"): a changed
  // letter from a common word is the likelier reading ("equipeed").
  // Bases only the big word list knows (rare words, slang), not bases derived themselves ("paycut").
  const rare = d.bases.filter((b) => (lookup(b) & FLAG.LIST) !== 0 && !isCommon(b) && !ctx.accepted.has(b) && !NEWS_VOCABULARY.has(b))
  // A suffix on a rare word alone ("chav" + "ist"): no evidence it is English.
  if (d.bases.length === 1 && rare.length === 1 && word.startsWith(d.bases[0]) && SUFFIX_ONLY.test(word.slice(d.bases[0].length))) return false
  // "un-" on a common participle of six letters or more ("unblighted", "unshredded") is the most
  // productive negation of English: a near miss through it ("unlighted") is no evidence of a typo.
  // Other prefixes stay checked ("outweight" for "outweigh", "relasing" for "releasing"), and so do
  // short bases ("untill": un + till).
  const base = d.bases[0]
  if (d.bases.length === 1 && base.length >= PREFIXED_BASE && base.endsWith('ed') && word === 'un' + base && isCommon(base)) {
    return !otherSuffixSpelling(word)
  }
  return !nearMiss(word, new Set(d.bases), rare.length > 0) && !otherSuffixSpelling(word)
}

/** A common participle at least this long makes "un" + it English without the near-miss check. */
const PREFIXED_BASE = 6
