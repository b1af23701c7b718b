/**
 * stray-fragment, part: page furniture inside a paragraph that the page
 * prints in its own shapes — a source-and-time stamp joined by a bullet, and
 * a label or byline printed twice in a row.
 *
 * What it finds, in a line of any length:
 * - a stamp of a news app or aggregator: an outlet's name and a relative day
 *   joined by a bullet with no space, then a time ("Example News•today,
 *   12:00"); prose never glues two words with "•": an error;
 * - the same run of three to six words twice in a row, with at least two
 *   capitalised words in it ("Jane Roe Politics editor Jane Roe Politics
 *   editor"): a byline or label the page prints twice (once for the eye, once
 *   for a screen reader), left in the copy; a warning.
 * How it decides: one pass over the line's words (no regex with a
 * back-reference, which would not be linear on hostile input).
 */
import type {Page} from './page.js'
import type {LineVerdict} from './verdict.js'

/**
 * A stamp around a bullet: before it, up to two capitalised words and the word glued to it; after
 * it, a relative day and a time.  Matched in short windows around each "•" (linear in the line).
 */
const STAMP_BEFORE = /(?:\p{Lu}[\p{L}\d]*\s){0,2}[\p{L}\d]+$/u
const STAMP_AFTER = /^\p{L}+,?\s\d{1,2}[:.]\d{2}(?![\d:.])/u
const WINDOW = 60

/** Runs of this many words are compared with the run right after them. */
const MIN_RUN = 3
const MAX_RUN = 6

/** Word bounds of the line being read (reused: grown when a line has more words, never shrunk). */
let starts = new Int32Array(256)
let ends = new Int32Array(256)

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 160

/** Fill `starts`/`ends` with the words of text[from, to); their count. */
function wordsOf(text: string, from: number, to: number): number {
  let n = 0
  let i = from
  while (i < to) {
    while (i < to && isBlank(text.charCodeAt(i))) i++
    if (i >= to) break
    const s = i
    while (i < to && !isBlank(text.charCodeAt(i))) i++
    if (n === starts.length) {
      const grownStarts = new Int32Array(n * 2)
      const grownEnds = new Int32Array(n * 2)
      grownStarts.set(starts)
      grownEnds.set(ends)
      starts = grownStarts
      ends = grownEnds
    }
    starts[n] = s
    ends[n] = i
    n++
  }
  return n
}

const isCapital = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase()

/** isCapital(text[at]), with ASCII answered from the code (no one-character string, no case mapping). */
function isCapitalAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code < 128) return code >= 65 && code <= 90
  return isCapital(text[at])
}

/** Are words a and b the same characters? */
function same(text: string, a: number, b: number): boolean {
  const n = ends[a] - starts[a]
  if (n !== ends[b] - starts[b]) return false
  for (let j = 0; j < n; j++) if (text.charCodeAt(starts[a] + j) !== text.charCodeAt(starts[b] + j)) return false
  return true
}

/** The first doubled run of words in text[from, to), as [its start, its end]. */
function doubledRun(text: string, from: number, to: number): [number, number] | undefined {
  const count = wordsOf(text, from, to)
  for (let i = 0; i + 2 * MIN_RUN <= count; i++) {
    if (!isCapitalAt(text, starts[i])) continue
    for (let n = MIN_RUN; n <= MAX_RUN && i + 2 * n <= count; n++) {
      if (!same(text, i, i + n)) continue
      let k = 1
      while (k < n && same(text, i + k, i + n + k)) k++
      if (k < n) continue
      let capitals = 0
      for (let j = i; j < i + n; j++) if (isCapitalAt(text, starts[j])) capitals++
      if (capitals >= 2) return [starts[i], ends[i + 2 * n - 1]]
    }
  }
  return undefined
}

/** The fix takes the space before a segment with it (none at the start of the line). */
function spaceBefore(text: string, lineStart: number, s: number): number {
  return s > lineStart && text[s - 1] === ' ' ? s - 1 : s
}

export function doubledSegments(page: Page, k: number): LineVerdict[] | undefined {
  const l = page.lines[k]
  const text = l.u.p.text
  const {start, end} = l.u
  let out: LineVerdict[] | undefined
  for (let b = text.indexOf('•', start); b !== -1 && b < end; b = text.indexOf('•', b + 1)) {
    const after = STAMP_AFTER.exec(text.slice(b + 1, Math.min(end, b + 1 + WINDOW / 2)))
    if (!after) continue
    const before = STAMP_BEFORE.exec(text.slice(Math.max(start, b - WINDOW), b))
    if (!before) continue
    const s = b - before[0].length
    const e = b + 1 + after[0].length
    const stamp = text.slice(s, e)
    ;(out ??= []).push({level: 'strong', reason: `Source and time stamp of a news app (“${stamp}”) left in the copy: delete it`, start: s, end: e, cut: spaceBefore(text, start, s)})
  }
  // Cheap guard: a doubled run needs at least six words.
  if (l.words >= 2 * MIN_RUN) {
    const run = doubledRun(text, start, end)
    if (run) {
      ;(out ??= []).push({
        level: 'likely',
        reason: 'The same words twice in a row (a byline or label the page prints twice): delete the copy left from the page',
        start: run[0],
        end: run[1],
        cut: spaceBefore(text, start, run[0]),
        unsafe: true
      })
    }
  }
  return out
}
