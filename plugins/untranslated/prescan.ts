/**
 * untranslated, part: the pre-scan — whether the full check can score in a
 * paragraph; plain English paragraphs stop here, cheaply.
 *
 * What can score:
 * - a function phrase or page label (its tokens in a row);
 * - a listed strong word English does not use, in any case (a capitalised
 *   one opens a sentence: "Según el informe");
 * - a lower-case listed weak word English does not use, a lower-case word of
 *   lower-case letters with a source-language mark, a lower-case elision;
 * - otherwise, in a paragraph the original pre-scan would check (a
 *   capitalised candidate: "José", "Los Angeles", "UN", or a word with
 *   another non-ASCII character: "£10,000") nothing but a foreign stretch of
 *   a sentence, whose weight needs listed English-and-foreign words ("la",
 *   "con": 0.25 each, two at least) and lower-case words unknown to the
 *   lexicon (1 each) to reach 4 within the sentence.
 *
 * How: each word is read through a code of bits — what the word is in the
 * tables (a function of the word alone, so the table of codes is built once
 * per process), plus its letters.  Plain ASCII words walk a trie of the table
 * keys by char code, without building a string; words holding a character
 * outside ASCII, an apostrophe or a backtick (found with one native search
 * per paragraph) take the slow path.
 */
import type {ParagraphInfo, WordInfo} from '../support/document.js'
import {isCommonWord, isKnownToken} from '../support/lexicon.js'
import {APOSTROPHE_MARK, APOSTROPHE_MARK_ALL, lazy, NON_ASCII, UPPER_START} from '../support/text.js'
import {LOWER_WORD} from './classify.js'
import {normalise, SOURCE_SET, tables, type Tables} from './tables.js'

/** A listed strong word that is not an English word. */
const SCAN_STRONG = 1
/** A listed weak word that is not an English word. */
const SCAN_WEAK = 2
/** A listed word that is also a common English word ("la", "con", "no"): weak with score 0. */
const SCAN_COMMON = 4
/** A one-token function phrase or page label ("weiterlesen"). */
const SCAN_PHRASE_ONE = 8
/** The first token of a function phrase or page label of two tokens or more. */
const SCAN_PHRASE_START = 16
/** The second token of such a phrase. */
const SCAN_SECOND = 32
/** A character outside ASCII (after normalising apostrophes: NON_ASCII of `normalise`). */
const SCAN_NON_ASCII = 64
/** A source-language elision ("l'économie", "dell'anno"). */
const SCAN_ELISION = 128

/** The word as written starts with a capital letter (`UPPER_START`). */
const SCAN_CAPITAL = 256
/**
 * Lower case letters only, some of them the source languages' (`LOWER_WORD`
 * and SOURCE_LETTERS): a word `classifyAccented` may mark.  A non-ASCII word
 * without it ("£10,000", "naïve—") stays English in `classifyLower`.
 */
const SCAN_MARKED = 512

/** Any of these made the original pre-scan check a paragraph. */
const SCAN_CANDIDATE = SCAN_STRONG | SCAN_WEAK | SCAN_NON_ASCII | SCAN_ELISION
/** A lower-case word with one of these may score on its own. */
const SCAN_LOWER_SCORING = SCAN_STRONG | SCAN_WEAK | SCAN_MARKED | SCAN_ELISION

interface ScanTable {
  /** Normalised word → bits. */
  codes: Map<string, number>
  /**
   * A trie over the letters (case folded) of the plain ASCII keys: state ×
   * 26 + letter → next state, 0 for none (the root, state 0, is no one's
   * child).  Most English words leave it after two or three letters.
   */
  next: Int32Array
  /** Bits of the key ending at a state (0 if none). */
  end: Int32Array
  /** Some key goes on from this state with an ASCII character other than a letter. */
  other: Uint8Array
  /**
   * First and second tokens of the phrases (not loans), both plain keys, as
   * `first state × states + second state`: a pair of words not in here
   * cannot start a phrase.
   */
  pairs: Set<number>
  /** Number of trie states (pairs of plain keys only: other phrase tokens are always matched in full). */
  states: number
}


/** Table bits of the listed words and phrase tokens (normalised forms). */
function buildScanTable(tb: Tables): ScanTable {
  const codes = new Map<string, number>()
  const set = (key: string, bit: number): void => {
    codes.set(key, (codes.get(key) ?? 0) | bit)
  }
  for (const [w, e] of tb.words) set(w, isCommonWord(w) ? SCAN_COMMON : e.strong ? SCAN_STRONG : SCAN_WEAK)
  for (const [first, list] of tb.phrases) {
    for (const phrase of list) {
      if (phrase.kind === 'loan') continue
      if (phrase.tokens.length === 1) set(first, SCAN_PHRASE_ONE)
      else {
        set(first, SCAN_PHRASE_START)
        set(phrase.tokens[1], SCAN_SECOND)
      }
    }
  }
  const next: number[] = new Array(26).fill(0)
  const end: number[] = [0]
  const other: number[] = [0]
  for (const [key, code] of codes) {
    // Keys with a character outside ASCII, an apostrophe or a backtick are
    // only found through the slow path (words holding one take it).
    if (!isPlain(key)) continue
    let state = 0
    let whole = true
    for (let i = 0; i < key.length; i++) {
      const k = key.charCodeAt(i)
      if (k < 97 || k > 122) {
        // "3d", "e-mail": looked up through the slow path from here.
        other[state] = 1
        whole = false
        break
      }
      let to = next[state * 26 + k - 97]
      if (to === 0) {
        to = end.length
        end.push(0)
        other.push(0)
        for (let l = 0; l < 26; l++) next.push(0)
        next[state * 26 + k - 97] = to
      }
      state = to
    }
    if (whole) end[state] |= code
  }
  const table: ScanTable = {
    codes,
    next: Int32Array.from(next),
    end: Int32Array.from(end),
    other: Uint8Array.from(other),
    pairs: new Set(),
    states: end.length
  }
  for (const [first, list] of tb.phrases) {
    for (const phrase of list) {
      if (phrase.kind === 'loan' || phrase.tokens.length < 2) continue
      const a = plainState(first, table)
      const b = plainState(phrase.tokens[1], table)
      // A token that is not a plain key is never looked up by state.
      if (a >= 0 && b >= 0) table.pairs.add(a * table.states + b)
    }
  }
  return table
}

/** The scan table of the merged tables (built on first use). */
const scanTable = lazy(() => buildScanTable(tables()), {name: 'untranslated/prescan'})

/** Only ASCII, without an apostrophe or a backtick: `normalise` is its ASCII lower case. */
function isPlain(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const k = value.charCodeAt(i)
    if (k >= 128 || k === 39 || k === 96) return false
  }
  return true
}

/** Every non-ASCII character of `norm` is a letter of the source languages, and there is one (as in `classifyLower`). */
function sourceMarked(norm: string): boolean {
  let marks = false
  for (const ch of norm) {
    if (ch.charCodeAt(0) < 128) continue
    if (!SOURCE_SET.has(ch)) return false
    marks = true
  }
  return marks
}

/** Holds a character outside ASCII or a backtick: what `normalise` may change or NON_ASCII find. */
function special(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const k = lower.charCodeAt(i)
    if (k >= 128 || k === 96) return true
  }
  return false
}

/** `plainState`: no key is this word. */
const NO_KEY = -1
/** `plainState`: a key may hold this word's characters other than letters; look it up by string. */
const BY_STRING = -2

/**
 * The trie state of a plain word (see `isPlain`), its letters case folded,
 * no string built: its table bits are `end[state]`.  NO_KEY or BY_STRING
 * otherwise.
 */
function plainState(value: string, table: ScanTable): number {
  const next = table.next
  let state = 0
  for (let i = 0; i < value.length; i++) {
    const k = value.charCodeAt(i)
    const l = k | 32
    if (l < 97 || l > 122) return table.other[state] ? BY_STRING : NO_KEY
    state = next[state * 26 + l - 97]
    if (state === 0) return NO_KEY
  }
  return state
}

/**
 * The scan bits of any word as written (without SCAN_CAPITAL): its table
 * bits (as `normalise` makes it), SCAN_NON_ASCII, SCAN_MARKED and
 * SCAN_ELISION.  Builds its lower case: for words with a character outside
 * ASCII, an apostrophe or a backtick, and the rare paths.
 */
function slowScanCode(value: string, tb: Tables, table: ScanTable): number {
  const lower = value.toLowerCase()
  const odd = special(lower)
  const n = odd && APOSTROPHE_MARK.test(lower) ? lower.replace(APOSTROPHE_MARK_ALL, "'") : lower
  let code = table.codes.get(n) ?? 0
  if (odd && NON_ASCII.test(n)) {
    code |= SCAN_NON_ASCII
    if (LOWER_WORD.test(value) && sourceMarked(n)) code |= SCAN_MARKED
  }
  const a = n.indexOf("'")
  if (a > 0 && a < n.length - 2) {
    const prefix = n.slice(0, a)
    if (tb.elisions.has(prefix) || tb.italianElisions.has(prefix)) code |= SCAN_ELISION
  }
  return code
}

/** A character outside ASCII, an apostrophe or a backtick (global: resumes at `lastIndex`). */
const SPECIAL_CHARACTER = /[^\x00-\x26\x28-\x5f\x61-\x7f]/g
/** Reused buffer of their positions in a paragraph. */
const specialMarks: number[] = []

/** `UPPER_START.test(value)`, with ASCII answered by char code. */
function isCapital(value: string): boolean {
  const k = value.charCodeAt(0)
  if (k < 128) return k >= 65 && k <= 90
  return UPPER_START.test(value)
}

/** Whether the full check can find anything in the paragraph (see the header). */
export function worthChecking(p: ParagraphInfo, tb: Tables, sentencesOn: boolean): boolean {
  const table = scanTable()
  const words = p.words
  // Where the text has a character outside ASCII, an apostrophe or a
  // backtick (one native search): words holding one take the slow path.
  const marks = specialMarks
  marks.length = 0
  const text = p.text
  if (Buffer.byteLength(text, 'utf8') === text.length) {
    // Only ASCII (the native UTF-8 length says so): apostrophes and backticks.
    for (let at = text.indexOf("'"); at !== -1; at = text.indexOf("'", at + 1)) marks.push(at)
    if (text.includes('`')) {
      for (let at = text.indexOf('`'); at !== -1; at = text.indexOf('`', at + 1)) marks.push(at)
      marks.sort((x, y) => x - y)
    }
  } else {
    const search = SPECIAL_CHARACTER
    search.lastIndex = 0
    while (search.test(text)) marks.push(search.lastIndex - 1)
  }
  let m = 0
  let candidate = false
  let common = 0
  let previous = 0
  let previousState = NO_KEY
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const value = w.value
    while (m < marks.length && marks[m] < w.start) m++
    const state = m < marks.length && marks[m] < w.end ? BY_STRING : plainState(value, table)
    let code = state >= 0 ? table.end[state] : state === BY_STRING ? slowScanCode(value, tb, table) : 0
    if (code === 0) {
      previous = 0
      continue
    }
    if (isCapital(value)) code |= SCAN_CAPITAL
    if (code & (SCAN_STRONG | SCAN_PHRASE_ONE)) return true
    const capital = (code & SCAN_CAPITAL) !== 0
    if (code & SCAN_CANDIDATE) {
      if (!capital && code & SCAN_LOWER_SCORING) return true
      candidate = true
    }
    if (code & SCAN_COMMON && !capital) common++
    // A phrase needs its second token next ("sin embargo"); two plain
    // words must be a listed pair ("in a" is none).
    if (
      previous & SCAN_PHRASE_START &&
      code & SCAN_SECOND &&
      (previousState < 0 || state < 0 || table.pairs.has(previousState * table.states + state)) &&
      phraseAhead(words, i - 1, normalise(words[i - 1].value), tb)
    ) {
      return true
    }
    previous = code
    previousState = state
  }
  if (!candidate || !sentencesOn || common < 2) return false
  // Sentence by sentence (a foreign stretch lies within one).
  let i = 0
  while (i < words.length) {
    const sentence = words[i].sentence
    let j = i
    let listed = 0
    for (; j < words.length && words[j].sentence === sentence; j++) {
      const value = words[j].value
      if (!isCapital(value) && slowScanCode(value, tb, table) & SCAN_COMMON) listed++
    }
    if (listed >= 2) {
      const need = 4 - 0.25 * listed
      if (need <= 0) return true
      let unknown = 0
      for (let k = i; k < j; k++) {
        const value = words[k].value
        if (isCapital(value)) continue
        const n = normalise(value)
        if (n.length >= 3 && !isKnownToken(n) && ++unknown >= need) return true
      }
    }
    i = j
  }
  return false
}

/** A function phrase or page label (not a loan) starts at words[i], its first token normalised `first`. */
function phraseAhead(words: WordInfo[], i: number, first: string, tb: Tables): boolean {
  for (const phrase of tb.phrases.get(first) ?? []) {
    if (phrase.kind === 'loan' || i + phrase.tokens.length > words.length) continue
    let k = 1
    while (k < phrase.tokens.length && normalise(words[i + k].value) === phrase.tokens[k]) k++
    if (k === phrase.tokens.length) return true
  }
  return false
}
