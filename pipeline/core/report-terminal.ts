/**
 * What the terminal report may use: colours and width.
 *
 * The colour decision is written out here rather than taken from
 * `supports-color`, which reads `--color`/`--no-color` from process.argv
 * itself and cannot be told which stream (or which file, `-o`) the report
 * goes to; the rules are the usual ones (https://no-color.org and
 * FORCE_COLOR as Node and supports-color read it).
 */
import {eastAsianWidth} from 'get-east-asian-width'

export interface ColorInputs {
  /** `--color` (true) or `--no-color` (false); undefined when neither was given. */
  flag?: boolean
  env?: Record<string, string | undefined>
  /** The report goes to a terminal. */
  isTTY?: boolean
}

/**
 * Colours on or off: the flag first; then FORCE_COLOR (0 or "false" = off,
 * 1, 2, 3, "true" or empty = on); then NO_COLOR (set and not empty = off);
 * else on for a terminal that is not TERM=dumb.
 */
export function colorEnabled({flag, env = process.env, isTTY = false}: ColorInputs): boolean {
  if (flag !== undefined) return flag
  const force = env.FORCE_COLOR
  if (force !== undefined) {
    const value = force.trim().toLowerCase()
    if (value === '' || value === 'true') return true
    if (value === 'false') return false
    const level = Number.parseInt(value, 10)
    if (!Number.isNaN(level)) return level > 0
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTTY && env.TERM !== 'dumb'
}

/** Columns of the report: the terminal's, else $COLUMNS, else 80 (never under 40). */
export function reportColumns(stream?: {isTTY?: boolean; columns?: number}, env: Record<string, string | undefined> = process.env): number {
  let columns = stream?.isTTY && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : Number.parseInt(env.COLUMNS ?? '', 10)
  if (!Number.isFinite(columns) || columns <= 0) columns = 80
  return Math.max(40, columns)
}

/**
 * Widths on screen.  Not string-width: importing it builds an Intl.Segmenter
 * (about 60 ms of ICU data) in every run, a pre-commit hook's included, and it
 * segments every string it measures; here the column count of a character is
 * get-east-asian-width's, and a segmenter is built only for text that has
 * clusters (emoji, combining marks, joiners).  tests/report-stylish.test.ts
 * measures the report with string-width itself.
 */
/** Characters one column wide for sure: printable ASCII, Latin-1 (not the soft hyphen), Latin Extended, IPA, dashes, quotes, ellipsis, €. */
const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u20ac]*$/
/** Characters that join into clusters (marks, joiners, variation selectors, surrogate pairs, Hangul jamo). */
export const CLUSTERING = /[\p{M}\p{Cf}\uD800-\uDFFF\u1100-\u11FF\uFE00-\uFE0F]/u
const ZERO_WIDTH = /^[\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}\u1160-\u11FF]*$/u
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u
const ANSI = /\x1b\[[0-9;]*m/g

let segmenter: Intl.Segmenter | undefined

/** Grapheme clusters of a text (the segmenter built on first use). */
export function graphemes(text: string): Iterable<string> {
  if (!CLUSTERING.test(text)) return text
  segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})
  return Array.from(segmenter.segment(text), (s) => s.segment)
}

/** Columns of one grapheme cluster: 0 for invisible ones, 2 for emoji and wide or fullwidth characters, else 1. */
export function clusterWidth(cluster: string): number {
  const code = cluster.codePointAt(0)!
  if (cluster.length === 1 && code >= 0x20 && code < 0x300 && code !== 0x7f && code !== 0xad) return 1
  if (ZERO_WIDTH.test(cluster)) return 0
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0
  if (cluster.length > 1 && PICTOGRAPHIC.test(cluster)) return 2
  return eastAsianWidth(code)
}

/** Width in columns of a text (colour codes aside). */
export function textWidth(s: string): number {
  if (s.includes('\x1b')) s = s.replace(ANSI, '')
  if (NARROW.test(s)) return s.length
  let width = 0
  for (const g of graphemes(s)) width += clusterWidth(g)
  return width
}

/**
 * A text wrapped to `width` columns at spaces; a word longer than a line is
 * cut (unless it carries colour codes).  Written here rather than with
 * wrap-ansi, which measures every word with string-width (see above): ~300 µs
 * a message with curly quotes in it, most of the report's time on 8,000
 * findings.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  let used = 0
  for (let word of text.split(' ')) {
    if (word === '') continue
    let w = textWidth(word)
    if (used > 0 && used + 1 + w <= width) {
      line += ' ' + word
      used += 1 + w
      continue
    }
    if (used > 0) lines.push(line)
    while (w > width && !word.includes('\x1b')) {
      let head = ''
      let hw = 0
      for (const g of graphemes(word)) {
        const gw = clusterWidth(g)
        if (hw + gw > width && head) break
        head += g
        hw += gw
      }
      lines.push(head)
      word = word.slice(head.length)
      w = textWidth(word)
    }
    line = word
    used = w
  }
  if (used > 0 || lines.length === 0) lines.push(line)
  return lines
}
