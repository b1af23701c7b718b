/**
 * stray-fragment, part: repetition — a line that repeats another line of
 * the page: the headline pasted again above the lead, a caption or credit
 * printed twice, a separator or label between every teaser.
 *
 * What it finds, by the keys of the lines (page.ts: folded, letters and
 * digits only, so "’" and "'" or a double space make no difference):
 * - a line of at most 40 words (and not only a number) whose key is the key
 *   of an earlier line at the top of the page (a headline, a label), or
 *   whose last copy is the line above it (a caption, a credit printed
 *   again and again), or that is a
 *   body paragraph: every later copy is reported — but not a summary point
 *   restated as a sentence (one copy ends in a stop, the other not), nor a
 *   line of a list or table repeated further down;
 * - a line of five words or more whose key ends another line's key, or is
 *   ended by it, up to three words more ("Home Politics A call …" then "A
 *   call …"; "Trump threat" then "Featured Trump threat"): the later one;
 * - a truncated copy: a line without a final stop (or ending in an
 *   ellipsis) whose key, four words or more, opens the key of the next
 *   line ("They will question the minister" before "They will question
 *   the minister about …"); before a body paragraph only when it goes on
 *   in lower case — when it goes on with a capital, the headline was run
 *   into the lead, and that copy is reported (`headlineRunIn`).
 * Body paragraphs repeated whole are reported too (a paste error), but not
 * a one-word reply ("Yes."), nor a number or a date line (dated entries
 * repeat their date), nor a letter's signature under its closing ("Very
 * Respectfully Yours" then the name of the byline above).
 */
import {cached} from '../support/document.js'
import {keyOfRange, lineKey, textOf, type Line, type Page} from './page.js'
import {isSignature} from './people.js'
import {isStampLine} from './stamps.js'
import type {LineVerdict} from './verdict.js'

interface Repeats {
  /** First line of each key. */
  first: Map<string, number>
  /** The previous line with the same key, by line (-1: none). */
  previous: Int32Array
}

const MAX_WORDS = 40

function repeatsOf(page: Page): Repeats {
  return cached(page.index, 'stray-fragment:repeats', () => {
    const first = new Map<string, number>()
    const last = new Map<string, number>()
    const previous = new Int32Array(page.lines.length).fill(-1)
    for (let k = 0; k < page.lines.length; k++) {
      const l = page.lines[k]
      if (l.words > MAX_WORDS) continue
      const key = keyFor(l)
      if (!key) continue
      if (!first.has(key)) first.set(key, k)
      previous[k] = last.get(key) ?? -1
      last.set(key, k)
    }
    return {first, previous}
  })
}

/**
 * The key a line is compared by: its folded key, or for a body paragraph of
 * more than 20 words its text as written (a paragraph pasted twice is an
 * exact copy; folding it would cost more than it finds).
 */
function keyFor(l: Line): string {
  return l.body && l.words > 20 ? 'R:' + textOf(l) : lineKey(l)
}

/** Whether `a` ends with `b` at a word boundary (b shorter). */
function endsWithWords(a: string, b: string): boolean {
  return a.length > b.length && a.endsWith(b) && a[a.length - b.length - 1] === ' '
}

function wordsIn(key: string): number {
  let n = 1
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++
  return n
}

export function repeatedLine(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  if (l.words > MAX_WORDS) return undefined
  const key = keyFor(l)
  if (!key) return undefined
  const {first, previous} = repeatsOf(page)
  const at = first.get(key)
  const shown = textOf(l).trim()
  if (at !== undefined && at < k) {
    // Not a number alone ("2-1", "10"), nor a one-word reply.
    if (/^[\d ]+$/u.test(key)) return undefined
    // Nor a date line: dated entries repeat their date.
    if (isStampLine(page, k)) return undefined
    if (l.words === 1 && l.terminated) return undefined
    // Nor a letter's signature under its closing ("Yours sincerely," then the byline's name again).
    if (isSignature(page, k)) return undefined
    // A summary point restated as a sentence is no copy ("… fears" then "… fears.").
    const firstLine = page.lines[at]
    if (firstLine.terminated !== l.terminated) return undefined
    // The first copy at the top (a headline, a label), right above (a caption, a credit), or a body paragraph
    // pasted twice; a line of a list or table may repeat ("Winners meet in final match").
    if (!(at < page.firstBody || k - previous[k] === 1 || l.body)) return undefined
    return {level: 'strong', reason: `Repeated line (“${shorten(shown)}” already stands above): delete the copy`}
  }
  const n = wordsIn(key)
  if (n >= 5 && !l.body) {
    // A fused prefix or kicker on one of the two copies.
    // The top of the page and the last dozen lines (a hostile page of short lines stays linear).
    for (let j = 0; j < k; j++) {
      if (j >= 6 && j < k - 12) j = k - 12
      const other = page.lines[j]
      if (other.words > MAX_WORDS || other.body) continue
      const ok = lineKey(other)
      if (!ok || wordsIn(ok) < 5) continue
      // The extra words are a kicker or breadcrumb: three words at most.
      const extra = Math.abs(wordsIn(ok) - n)
      if (extra <= 3 && (endsWithWords(ok, key) || endsWithWords(key, ok))) {
        return {level: 'strong', reason: `Repeated headline or caption (“${shorten(shown)}”): delete the copy`}
      }
    }
  }
  // A truncated copy of the next line.
  const next = page.lines[k + 1]
  if (next && n >= 4 && (!l.terminated || /(?:\.\.\.|…)\W*$/u.test(shown))) {
    const nk = lineKey(next) || (next.u.end - next.u.start > 400 ? keyOfStart(next.u.p.text, next.u.start, key.length + 40) : '')
    if (nk.length > key.length && nk.startsWith(key) && nk[key.length] === ' ') {
      // Before a body paragraph, only when the paragraph goes on in lower case (the same sentence);
      // a capital there starts the lead, and the copy is the headline run into it (headlineRunIn).
      if (!next.body || /^\p{Ll}/u.test(continuation(next, key))) {
        return {level: 'strong', reason: `Truncated copy (“${shorten(shown)}”) of the next line: delete it`}
      }
    }
  }
  return undefined
}

/** The text of a line after the words of `key` (its first word after them). */
function continuation(l: Line, key: string): string {
  const text = l.u.p.text
  let need = key.replace(/ /gu, '').length
  let i = l.u.start
  while (i < l.u.end && need > 0) {
    if (/[\p{L}\p{N}%&]/u.test(text[i])) need--
    i++
  }
  return text.slice(i, Math.min(l.u.end, i + 40)).replace(/^[^\p{L}\p{N}]+/u, '')
}

/** The key of the first `n` code units of a long line. */
function keyOfStart(text: string, from: number, n: number): string {
  return keyOfRange(text, from, Math.min(text.length, from + n))
}

function shorten(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '…' : s
}

/**
 * The headline run into the lead: a body line that opens with the whole
 * text of the line before it (a title-like line of four words or more):
 * the copy at the head of the lead is the segment.
 */
export function headlineRunIn(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  const prev = page.lines[k - 1]
  if (!l.body || !prev || prev.body || prev.terminated || prev.words < 4 || prev.words > 30) return undefined
  const key = lineKey(prev)
  if (!key) return undefined
  const text = l.u.p.text
  const head = keyOfRange(text, l.u.start, Math.min(l.u.end, l.u.start + (prev.u.end - prev.u.start) + 20))
  if (!(head.length > key.length && head.startsWith(key) && head[key.length] === ' ')) return undefined
  // The copy's end in the text: as many letters and digits as the key holds.
  // Run in: the lead goes on with a capital (a new sentence); in lower case it is the copy's own sentence.
  if (!/^[\p{Lu}"“‘]/u.test(continuation(l, key))) return undefined
  let need = key.replace(/ /gu, '').length
  let i = l.u.start
  while (i < l.u.end && need > 0) {
    if (/[\p{L}\p{N}%&]/u.test(text[i])) need--
    i++
  }
  let j = i
  while (j < l.u.end && text[j] === ' ') j++
  return {level: 'likely', reason: 'Headline repeated at the head of the lead: delete the copy', start: l.u.start, end: i, cut: l.u.start, fixEnd: j}
}
