/**
 * stray-fragment, part: reading the text.
 *
 * The quick checks read the paragraph text character by character and must
 * reject most lines of clean copy cheaply.  This part gives them:
 * - folding: lower case, accents off, one apostrophe (' for ’ ‘ ʼ ` ´), one
 *   space — code unit for code unit, so indices in the folded text are
 *   indices in the original, and a folded character can be read straight
 *   from the text (`foldedAt`) without folding the paragraph; a paragraph is
 *   folded whole only for a candidate that gets past the quick checks;
 * - character classes by code unit (the text toolkit's table, no regular
 *   expression per character);
 * - a paragraph's stops (. ! ? …) and the places of a character, found once
 *   per paragraph (`Prose`), so that scans jump from one to the next;
 * - the quote state at a place (MT often closes “ with » or the reverse, so
 *   curly quotes and guillemets count as one kind), carried on from the last
 *   question instead of counted again from the start;
 * - whether a full stop ends an abbreviation or an initial.
 */
import {ABBREVIATIONS} from '../data/abbreviations.js'
import {APOSTROPHE_MARK, CODE_LETTER_OR_NUMBER, CODE_WHITE_SPACE, codeClass, isCodeClassAt, WHITE_SPACE} from '../support/text.js'

// Text folding: lower case, accents off, one apostrophe, one space — char for
// char, so indices in the folded text are indices in the original.

const foldCache = new Map<string, string>()

function foldChar(c: string): string {
  const code = c.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c
  let f = foldCache.get(c)
  if (f === undefined) {
    if (APOSTROPHE_MARK.test(c)) f = "'"
    else if (WHITE_SPACE.test(c)) f = ' '
    else {
      const d = c.normalize('NFD')[0].toLowerCase()
      f = d.length === 1 ? d : c
    }
    if (foldCache.size < 10_000) foldCache.set(c, f)
  }
  return f
}

/** Char by char (any input, lone surrogates included). */
function foldSlow(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) out += foldChar(s[i])
  return out
}

/** Folded code unit of each code unit (0: not worked out yet). */
const FOLDED = new Uint16Array(65536)

export function foldCode(code: number): number {
  let f = FOLDED[code]
  if (f === 0) FOLDED[code] = f = foldChar(String.fromCharCode(code)).charCodeAt(0)
  return f
}

/**
 * The same folding, fast: the native lower-casing for ASCII, and `foldChar`
 * for the other characters where it differs.  ASCII lower-casing needs no
 * context, and without surrogates every character lower-cases to one, so
 * indices line up; anything else takes the slow path.
 */
export function fold(s: string): string {
  const lower = s.toLowerCase()
  if (lower.length !== s.length) return foldSlow(s)
  let out = ''
  let last = 0
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    if (code < 128) continue
    if (code >= 0xd800 && code <= 0xdfff) return foldSlow(s)
    const f = foldCode(code)
    if (f === lower.charCodeAt(i)) continue
    out += lower.slice(last, i) + String.fromCharCode(f)
    last = i + 1
  }
  return last === 0 ? lower : out + lower.slice(last)
}

/** Fold a table phrase: same folding, runs of spaces squeezed. */
export function foldPhrase(s: string): string {
  return fold(s).trim().replace(/ +/g, ' ')
}

/** A letter or digit at `i`. */
export const isLetterAt = (s: string, i: number): boolean => isCodeClassAt(s, i, CODE_LETTER_OR_NUMBER)
/** White space at `i` (as `/\s/`). */
export const isSpaceAt = (s: string, i: number): boolean => isCodeClassAt(s, i, CODE_WHITE_SPACE)

/** An ASCII digit at `i` (as `/\d/`). */
export function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  return c >= 48 && c <= 57
}

/** `wordCount(s.slice(from, to))`, without the slice; stops counting past `cap`. */
export function wordCountRange(s: string, from: number, to: number, cap = Infinity): number {
  let n = 0
  let inWord = false
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    const space = c === 32 || c === 9 || c === 160
    if (!space && !inWord) {
      n++
      if (n > cap) return n
    }
    inWord = !space
  }
  return n
}

// The fold is a map of single code units (fold(text).slice(a, b) ===
// fold(text.slice(a, b))), so the quick checks read folded characters
// straight from the text, and a paragraph is folded whole only when a
// candidate gets past them.

/** The folded code unit at `i` of `text` (-1 out of range). */
export function foldedAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return -1
  const c = text.charCodeAt(i)
  return c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c)
}

/** A letter or digit at `i` of the folded text. */
export function isFoldedLetter(text: string, i: number): boolean {
  const f = foldedAt(text, i)
  return f >= 0 && (codeClass(f) & CODE_LETTER_OR_NUMBER) !== 0
}

/**
 * A paragraph's text, and what is worked out once per paragraph when first
 * needed: its folded form, its stops, where some characters are (so a line
 * of a long Markdown paragraph is not searched past its end).
 */
export interface Prose {
  text: string
  folded: string | undefined
  stops: number[] | undefined
  marks: Map<string, number[]> | undefined
  /** Quote state of text[0, at). */
  quotes: {at: number; q: Quotes} | undefined
}

export const prose = (text: string): Prose => ({text, folded: undefined, stops: undefined, marks: undefined, quotes: undefined})

/** Positions of the character `c` in the paragraph, in order. */
export function marksOf(v: Prose, c: string): number[] {
  v.marks ??= new Map()
  let out = v.marks.get(c)
  if (!out) {
    out = []
    for (let at = v.text.indexOf(c); at !== -1; at = v.text.indexOf(c, at + 1)) out.push(at)
    v.marks.set(c, out)
  }
  return out
}

/** `text.indexOf(c, from)`, from the cached positions. */
export function indexIn(v: Prose, c: string, from: number): number {
  const marks = marksOf(v, c)
  const k = lowerBound(marks, from)
  return k < marks.length ? marks[k] : -1
}

/** `text.lastIndexOf(c, to)` (for `to` ≥ 0), from the cached positions. */
export function lastIndexIn(v: Prose, c: string, to: number): number {
  const marks = marksOf(v, c)
  const k = lowerBound(marks, to + 1)
  return k > 0 ? marks[k - 1] : -1
}

export const foldedOf = (v: Prose): string => (v.folded ??= fold(v.text))

/** Positions of . ! ? … in the paragraph, in order (one scan per paragraph). */
export function stopsOf(v: Prose): number[] {
  if (v.stops) return v.stops
  const text = v.text
  const out: number[] = []
  let a = text.indexOf('.')
  let b = text.indexOf('!')
  let c = text.indexOf('?')
  let e = text.indexOf('…')
  for (;;) {
    let m = a
    if (m === -1 || (b !== -1 && b < m)) m = b
    if (m === -1 || (c !== -1 && c < m)) m = c
    if (m === -1 || (e !== -1 && e < m)) m = e
    if (m === -1) break
    out.push(m)
    if (m === a) a = text.indexOf('.', a + 1)
    else if (m === b) b = text.indexOf('!', b + 1)
    else if (m === c) c = text.indexOf('?', c + 1)
    else e = text.indexOf('…', e + 1)
  }
  return (v.stops = out)
}

/** The index of the first position at or after `at` in a sorted list (of stops, of marks). */
export function lowerBound(list: number[], at: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid] < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first of `phrases` that the folded text holds at `from`, as a whole word. */
export function startsWithAny(folded: string, from: number, phrases: string[]): string | undefined {
  for (const p of phrases) {
    if (folded.startsWith(p, from) && !isLetterAt(folded, from + p.length)) return p
  }
  return undefined
}

/** The word before a full stop is an abbreviation or an initial ("a.m.", "U.S.", "etc.", "J."). */
export function isAbbreviationBefore(text: string, dot: number): boolean {
  const m = /(?:\p{L}\.)*\p{L}+$/u.exec(text.slice(Math.max(0, dot - 16), dot))
  if (!m) return false
  const word = m[0]
  if (ABBREVIATIONS.has(word)) return true
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true
  if (word.length === 1) return true
  return false
}

/**
 * Quote state while scanning a paragraph.  MT often closes “ with » or the
 * reverse, so curly quotes and guillemets count as one kind (German „ is
 * closed by “); straight quotes go by parity.
 */
export interface Quotes {
  depth: number
  low: boolean
  straight: number
}

export function stepQuote(q: Quotes, c: string): void {
  if (c === '«' || c === '‹' || c === '„') {
    q.depth++
    q.low = c === '„'
  } else if (c === '“') {
    if (q.low && q.depth > 0) q.depth--
    else q.depth++
    q.low = false
  } else if (c === '”' || c === '»' || c === '›') q.depth = Math.max(0, q.depth - 1)
  else if (c === '"') q.straight++
}

/** The characters `stepQuote` counts: " « » ‹ › „ “ ”. */
export function isQuoteCode(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2039 || c === 0x203a
}

export const inQuote = (q: Quotes): boolean => q.depth > 0 || q.straight % 2 === 1

/**
 * Whether `at` lies inside a quotation of the paragraph text: the quote
 * state of text[0, at), carried on from the last question (asked in order,
 * line after line) instead of counted again from the start.
 */
export function insideQuote(v: Prose, at: number): boolean {
  if (!v.quotes || v.quotes.at > at) v.quotes = {at: 0, q: {depth: 0, low: false, straight: 0}}
  const {q} = v.quotes
  const text = v.text
  for (let i = v.quotes.at; i < at; i++) if (isQuoteCode(text.charCodeAt(i))) stepQuote(q, text[i])
  v.quotes.at = at
  return inQuote(q)
}
