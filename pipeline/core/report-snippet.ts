/**
 * The flagged text in context, for the terminal report: the line (or the
 * first and last line of a span over several) trimmed around the span to the
 * terminal's width, with a caret line under it as wide as the span on screen.
 *
 * A checked file's text is not kept for the report (a batch run reports
 * thousands of files): `keepExcerpts` cuts, once per file, a window of each
 * flagged line around its span, and the text can then be dropped.
 *
 * Hand-written rather than @babel/code-frame: that package prints whole lines
 * (a news paragraph is one line of 1,000 characters) and counts a wide (CJK)
 * character or a tab as one column; here widths are report-terminal.ts's.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {clusterWidth, graphemes} from './report-terminal.js'

/** A piece of one source line: `text` starts at UTF-16 column `from` (1-based) of line `line`. */
export interface ExcerptLine {
  line: number
  from: number
  text: string
}

export interface Span {
  start: {line: number; column: number}
  end: {line: number; column: number}
}

/** Code units kept on each side of a span (more than any terminal shows). */
const WINDOW = 320
/** A tab is shown as this many spaces. */
const TAB = 4

const excerpts = new WeakMap<object, ExcerptLine[]>()

/** Where a message points, as a span (a point is an empty span); undefined without a place. */
export function spanOf(message: VFileMessage): Span | undefined {
  const place = message.place as unknown
  if (!place || typeof place !== 'object') return undefined
  const p = place as {start?: {line?: number; column?: number}; end?: {line?: number; column?: number}; line?: number; column?: number}
  const ok = (q: {line?: number; column?: number} | undefined): q is {line: number; column: number} =>
    !!q && typeof q.line === 'number' && typeof q.column === 'number' && q.line >= 1 && q.column >= 1
  if (p.start) {
    if (!ok(p.start)) return undefined
    const end = ok(p.end) && (p.end.line > p.start.line || (p.end.line === p.start.line && p.end.column >= p.start.column)) ? p.end : p.start
    return {start: {line: p.start.line, column: p.start.column}, end: {line: end.line, column: end.column}}
  }
  if (ok(p)) return {start: {line: p.line, column: p.column}, end: {line: p.line, column: p.column}}
  return undefined
}

/** Offsets where each line starts (one pass over the text). */
function lineStarts(text: string): number[] {
  const starts = [0]
  let at = text.indexOf('\n')
  while (at !== -1) {
    starts.push(at + 1)
    at = text.indexOf('\n', at + 1)
  }
  return starts
}

function cut(text: string, starts: number[], line: number, fromCol: number, toCol: number): ExcerptLine | undefined {
  if (line > starts.length) return undefined
  const begin = starts[line - 1]
  let end = line < starts.length ? starts[line] - 1 : text.length
  if (end > begin && text.charCodeAt(end - 1) === 13) end-- // CR of a CRLF
  const length = end - begin
  const from = Math.max(1, Math.min(fromCol, length + 1))
  const to = Math.max(from, Math.min(toCol, length + 1))
  return {line, from, text: text.slice(begin + from - 1, begin + to - 1)}
}

/** The excerpt lines of a span in a text (built with the file's line starts). */
function excerptIn(text: string, starts: number[], span: Span): ExcerptLine[] {
  const {start} = span
  // A span that ends at the start of a line ends with the line before (its line break).
  const end = span.end.line > start.line && span.end.column === 1 ? {line: span.end.line - 1, column: Number.MAX_SAFE_INTEGER} : span.end
  const out: ExcerptLine[] = []
  if (start.line === end.line) {
    const e = cut(text, starts, start.line, start.column - WINDOW, Math.min(end.column, start.column + 2 * WINDOW) + WINDOW)
    if (e) out.push(e)
    return out
  }
  const first = cut(text, starts, start.line, start.column - WINDOW, start.column + 2 * WINDOW)
  const last = cut(text, starts, end.line, end.column - 2 * WINDOW, end.column + WINDOW)
  if (first) out.push(first)
  if (last) out.push(last)
  return out
}

/**
 * Keep, for each message of a file whose text is at hand, the pieces of the
 * lines it points at (so the text itself need not be kept for the report).
 */
export function keepExcerpts(file: VFile): void {
  if (typeof file.value !== 'string' || file.value === '' || file.messages.length === 0) return
  const text = file.value
  const starts = lineStarts(text)
  for (const message of file.messages) {
    const span = spanOf(message)
    if (span) excerpts.set(message, excerptIn(text, starts, span))
  }
}

/** The excerpt kept for a message, or cut now from its file's text; undefined when neither is there. */
export function excerptOf(file: VFile, message: VFileMessage, cache: {starts?: number[]}): ExcerptLine[] | undefined {
  const kept = excerpts.get(message)
  if (kept) return kept
  if (typeof file.value !== 'string' || file.value === '') return undefined
  const span = spanOf(message)
  if (!span) return undefined
  cache.starts ??= lineStarts(file.value)
  return excerptIn(file.value, cache.starts, span)
}

/** One thing on screen: its text, its width in columns, and the UTF-16 columns of the source it stands for. */
interface Cell {
  shown: string
  width: number
  from: number
  to: number
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** One grapheme (or character) on screen. */
function cell(segment: string, at: number): Cell {
  const code = segment.codePointAt(0)!
  if (segment === '\t') return {shown: ' '.repeat(TAB), width: TAB, from: at, to: at + 1}
  // Control characters: their Control Pictures (C1: the replacement character).
  if (code < 0x20 || code === 0x7f) return {shown: String.fromCodePoint(code === 0x7f ? 0x2421 : 0x2400 + code), width: 1, from: at, to: at + 1}
  if (code >= 0x80 && code < 0xa0) return {shown: '\ufffd', width: 1, from: at, to: at + 1}
  // Below U+1100 every single character is one column; others are measured (once each).
  const width = segment.length === 1 && code < 0x1100 ? 1 : clusterWidth(segment)
  // Zero-width space, soft hyphen, a lone joiner or mark: made visible.
  if (width === 0) return {shown: '·', width: 1, from: at, to: at + segment.length}
  return {shown: segment, width, from: at, to: at + segment.length}
}

/** Cells of a piece of a line: tabs as spaces, control characters as their Control Pictures, invisible ones as "·". */
function cells(piece: ExcerptLine): Cell[] {
  const out: Cell[] = []
  const text = piece.text
  if (PRINTABLE_ASCII.test(text)) {
    for (let i = 0; i < text.length; i++) out.push({shown: text[i], width: 1, from: piece.from + i, to: piece.from + i + 1})
    return out
  }
  let at = piece.from
  for (const segment of graphemes(text)) {
    out.push(cell(segment, at))
    at += segment.length
  }
  return out
}

/** The part of a piece that can be on screen: `reach` code units either side of [from, to). */
function around(piece: ExcerptLine, from: number, to: number, reach: number): ExcerptLine {
  let a = Math.max(0, from - piece.from - reach)
  let b = Math.min(piece.text.length, Math.max(a, to - piece.from) + reach)
  // Not between the halves of a surrogate pair.
  if (a > 0 && /[\uDC00-\uDFFF]/.test(piece.text[a])) a--
  if (b < piece.text.length && /[\uDC00-\uDFFF]/.test(piece.text[b])) b++
  if (a === 0 && b === piece.text.length) return piece
  return {line: piece.line, from: piece.from + a, text: piece.text.slice(a, b)}
}

export interface SnippetStyle {
  gutter(text: string): string
  mark(text: string): string
}

/**
 * The snippet lines: each shown source line with its line number, trimmed to
 * `width` columns around the span (with "…" where cut), then the caret line.
 */
export function renderSnippet(pieces: ExcerptLine[], span: Span, width: number, style: SnippetStyle, indent = '  ', minNumberWidth = 1): string[] {
  const numberWidth = Math.max(minNumberWidth, String(pieces.reduce((max, p) => Math.max(max, p.line), 0)).length)
  // indent + number + " │ "
  const room = Math.max(20, width - indent.length - numberWidth - 3)
  const out: string[] = []
  for (const piece of pieces) {
    // Columns of this line that are flagged: [markFrom, markTo).
    const markFrom = piece.line === span.start.line ? span.start.column : 1
    const markTo = piece.line === span.end.line ? span.end.column : Number.POSITIVE_INFINITY
    // Never more of the line than can be shown (four code units a column covers wide clusters).
    const line = cells(around(piece, markFrom, Math.min(markTo, markFrom + 4 * room), 4 * room))
    let first = line.findIndex((c) => c.to > markFrom)
    if (first === -1) first = line.length
    let last = first
    while (last < line.length && line[last].from < markTo) last++
    // An empty span (a missing word, a point) is shown as one caret at its place.
    const empty = last === first
    const spanWidth = empty ? 1 : line.slice(first, last).reduce((n, c) => n + c.width, 0)
    // The window [a, b) of cells shown: all of it if it fits; else the span with about a third of the rest before it.
    let a = 0
    let b = line.length
    const total = line.reduce((n, c) => n + c.width, 0) + (empty && first === line.length ? 1 : 0)
    if (total > room) {
      const before = spanWidth >= room - 2 ? 0 : Math.floor((room - 2 - spanWidth) / 3)
      a = first
      let used = 0
      while (a > 0 && used + line[a - 1].width <= before) used += line[--a].width
      // Fill the room: to the right first (keeping a column for "…" while more follows), then back to the left.
      let w = a > 0 ? 1 : 0
      b = a
      while (b < line.length && w + line[b].width + (b + 1 < line.length ? 1 : 0) <= room) w += line[b++].width
      if (b === line.length) while (a > 0 && w + line[a - 1].width <= room) w += line[--a].width
    }
    const left = a > 0 ? '…' : ''
    const right = b < line.length ? '…' : ''
    let text = left
    for (let i = a; i < b; i++) text += line[i].shown
    text += right
    const number = String(piece.line).padStart(numberWidth)
    out.push(`${indent}${style.gutter(`${number} │`)} ${text}`)
    // The caret line: as many columns before the span as on screen, then one caret per column of the span shown.
    let pad = left ? 1 : 0
    for (let i = a; i < Math.min(first, b); i++) pad += line[i].width
    let carets = 0
    if (empty) carets = 1
    else for (let i = Math.max(first, a); i < Math.min(last, b); i++) carets += line[i].width
    if (carets > 0) out.push(`${indent}${style.gutter(`${' '.repeat(numberWidth)} │`)} ${' '.repeat(pad)}${style.mark('^'.repeat(carets))}`)
  }
  return out
}
