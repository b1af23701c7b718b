/**
 * stray-fragment, part: the page — the document as a run of lines, with
 * what the line classifier reads of each: its shape (words, a final stop,
 * capitals) and its place (before the first body paragraph, between body
 * paragraphs, after the last one).
 *
 * A body line is a sentence of some length: it ends in a stop and has at
 * least eight words, three of them in lower case, or it runs to twenty
 * words or more with five in lower case.  The top of the page is what
 * comes before the first body line (headline, section labels, datelines,
 * bylines, captions), the foot what comes after the last one (credits,
 * comment forms, widgets).  Lines are read once, stopping as soon as a line
 * is known to be body, so a page of long paragraphs costs one short scan
 * per paragraph.
 *
 * The key of a line (for the tables and for repetition) is its folded text
 * with everything but letters and digits turned into single spaces, and
 * apostrophes dropped ("Editor’s Picks:" → "editors picks"); it is built
 * only for short lines, when a check asks for it.
 */
import type {DocumentIndex} from '../support/document.js'
import {CODE_LETTER, CODE_LETTER_OR_NUMBER, CODE_LOWER, CODE_UPPER, codeClass} from '../support/text.js'
import {foldCode} from './scan.js'
import {unitsOf, type Unit} from './lines.js'

export interface Line {
  u: Unit
  /** Words on the line, counted up to 61 (on a body line, until it is known to be body). */
  words: number
  /** Words starting in lower case (counted until the line is known to be body). */
  lower: number
  /** Words starting with a capital (as `lower`). */
  upper: number
  /** Ends in . ! ? … before any closing quotes or brackets. */
  terminated: boolean
  /** A sentence of some length (see the header). */
  body: boolean
  /** The key (undefined until asked for; '' for a long line). */
  key?: string | undefined
}

export interface Page {
  index: DocumentIndex
  lines: Line[]
  /** Index of the first body line (lines.length when there is none). */
  firstBody: number
  /** Index of the last body line (-1 when there is none). */
  lastBody: number
}

/** The longest line (in code units) that gets a key. */
const KEY_LIMIT = 400

/** Closing quotes and brackets after a final stop: " ' ” ’ » ) ]. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d || c === 0x2a
}

/** Whether text[from, to) ends in . ! ? … before any closers. */
export function endsInStop(text: string, from: number, to: number): boolean {
  let i = to - 1
  while (i >= from && isCloser(text.charCodeAt(i))) i--
  if (i < from) return false
  const c = text.charCodeAt(i)
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026
}

function measure(u: Unit): Line {
  const text = u.p.text
  let words = 0
  let lower = 0
  let upper = 0
  let inWord = false
  const terminated = endsInStop(text, u.start, u.end)
  let body = false
  for (let i = u.start; i < u.end; i++) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 9 || c === 160) {
      inWord = false
      continue
    }
    if (inWord) continue
    inWord = true
    words++
    const cls = codeClass(c)
    if (cls & CODE_LOWER) lower++
    else if (cls & CODE_UPPER) upper++
    if ((terminated && words >= 8 && lower >= 3) || (words >= 20 && lower >= 5)) {
      body = true
      break
    }
    if (words > 60) break
  }
  // `key` present from the start (undefined until asked for): lines keep one shape.
  return {u, words, lower, upper, terminated, body, key: undefined}
}

/** The page of a document (built once per document, by the rule). */
export function pageOf(index: DocumentIndex): Page {
  const units = unitsOf(index)
  const lines = units.map(measure)
  let firstBody = lines.length
  let lastBody = -1
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].body) {
      if (firstBody === lines.length) firstBody = k
      lastBody = k
    }
  }
  return {index, lines, firstBody, lastBody}
}

/** The text of a line. */
export const textOf = (l: Line): string => l.u.p.text.slice(l.u.start, l.u.end)

/**
 * The key of text[from, to): folded, letters and digits only, words
 * separated by single spaces, apostrophes dropped; "%" and "&" kept.
 */
/** The code units of a key being built (reused; keys are at most KEY_LIMIT long but for table phrases). */
let keyBuffer = new Uint16Array(512)

export function keyOfRange(text: string, from: number, to: number): string {
  if (to - from > keyBuffer.length) keyBuffer = new Uint16Array(to - from)
  const out = keyBuffer
  let n = 0
  let space = false
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    const f = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c)
    if ((codeClass(f) & CODE_LETTER_OR_NUMBER) !== 0 || f === 37 || f === 38) {
      if (space && n > 0) out[n++] = 32
      space = false
      out[n++] = f
    } else if (f === 39 && i > from && (codeClass(text.charCodeAt(i - 1)) & CODE_LETTER) !== 0) {
      // An apostrophe inside a word: dropped ("editor's" → "editors").
    } else {
      space = true
    }
  }
  let s = ''
  for (let i = 0; i < n; i += 4096) s += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 4096)) as unknown as number[])
  return s
}

/** The key of a phrase of the tables (same folding). */
export const keyOf = (s: string): string => keyOfRange(s, 0, s.length)

/** The key of a line ('' for a line too long to have one). */
export function lineKey(l: Line): string {
  if (l.key === undefined) l.key = l.u.end - l.u.start > KEY_LIMIT ? '' : keyOfRange(l.u.p.text, l.u.start, l.u.end)
  return l.key
}

/** Where a line stands: before the first body line, after the last, or among the body. */
export function placeOf(page: Page, k: number): 'top' | 'foot' | 'body' {
  if (k < page.firstBody) return 'top'
  if (k > page.lastBody) return 'foot'
  return 'body'
}
