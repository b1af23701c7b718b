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

/** A stamp: up to two capitalised words, a word glued to a relative day by "•", a time. */
const BULLET_STAMP = /(?:\p{Lu}[\p{L}\d]*\s){0,2}[\p{L}\d]+•\p{L}+,?\s\d{1,2}[:.]\d{2}(?![\d:.])/gu

/** Runs of this many words are compared with the run right after them. */
const MIN_RUN = 3
const MAX_RUN = 6

interface Word {
  start: number
  end: number
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = []
  let i = from
  while (i < to) {
    while (i < to && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++
    if (i >= to) break
    const s = i
    while (i < to && text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\u00a0') i++
    out.push({start: s, end: i})
  }
  return out
}

const isCapital = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase()

/** The first doubled run of words in text[from, to), as [start of the second copy, its end]. */
function doubledRun(text: string, from: number, to: number): [number, number] | undefined {
  const words = wordsOf(text, from, to)
  const same = (a: Word, b: Word): boolean => {
    const n = a.end - a.start
    if (n !== b.end - b.start) return false
    for (let j = 0; j < n; j++) if (text.charCodeAt(a.start + j) !== text.charCodeAt(b.start + j)) return false
    return true
  }
  for (let i = 0; i + 2 * MIN_RUN <= words.length; i++) {
    if (!isCapital(text[words[i].start])) continue
    for (let n = MIN_RUN; n <= MAX_RUN && i + 2 * n <= words.length; n++) {
      if (!same(words[i], words[i + n])) continue
      let k = 1
      while (k < n && same(words[i + k], words[i + n + k])) k++
      if (k < n) continue
      let capitals = 0
      for (let j = i; j < i + n; j++) if (isCapital(text[words[j].start])) capitals++
      if (capitals >= 2) return [words[i].start, words[i + 2 * n - 1].end]
    }
  }
  return undefined
}

export function doubledSegments(page: Page, k: number): LineVerdict[] | undefined {
  const l = page.lines[k]
  const text = l.u.p.text
  const {start, end} = l.u
  let out: LineVerdict[] | undefined
  const bullet = text.indexOf('•', start)
  if (bullet !== -1 && bullet < end) {
    const line = text.slice(start, end)
    BULLET_STAMP.lastIndex = 0
    for (let m = BULLET_STAMP.exec(line); m; m = BULLET_STAMP.exec(line)) {
      const s = start + m.index
      ;(out ??= []).push({level: 'strong', reason: `Source and time stamp of a news app (“${m[0]}”) left in the copy: delete it`, start: s, end: s + m[0].length})
    }
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
        unsafe: true
      })
    }
  }
  return out
}
