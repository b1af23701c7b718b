/**
 * The plain-text parser: retext-english's ParseEnglish, applied one paragraph
 * (line) at a time.
 *
 * Why not `retext-english` as is: parse-english parses the whole document in
 * one go and slows down super-linearly with its size (one 5 MB document takes
 * 26 s, the same text as 1,346 articles 0.85 s).  Wire copy puts one paragraph
 * per line, so we parse each line (long lines in bounded pieces) with the same
 * ParseEnglish class and the same parser extensions (`nlcstSentenceExtensions`
 * … registered by retext-syntax-urls and friends), then shift positions into
 * the file.  The tree is the one retext-english would give, except that every
 * non-blank line is its own paragraph.
 */
import {ParseEnglish} from 'parse-english'
import type {
  Paragraph,
  Root,
  RootContent,
  WhiteSpace
} from 'nlcst'
import type {Processor} from 'unified'

/** Longest piece handed to ParseEnglish at once (characters). */
export const MAX_PIECE = 4000

type Plugin<T> = (node: T) => void

interface Extensions {
  nlcstRootExtensions?: Array<Plugin<Root>>
  nlcstParagraphExtensions?: Array<Plugin<Paragraph>>
  nlcstSentenceExtensions?: Array<Plugin<unknown>>
}

export function createEnglishParser(extensions: Extensions = {}): ParseEnglish {
  const parser = new ParseEnglish()
  if (extensions.nlcstParagraphExtensions) {
    parser.tokenizeParagraphPlugins.unshift(
      ...(extensions.nlcstParagraphExtensions as typeof parser.tokenizeParagraphPlugins)
    )
  }
  if (extensions.nlcstSentenceExtensions) {
    parser.tokenizeSentencePlugins.unshift(
      ...(extensions.nlcstSentenceExtensions as typeof parser.tokenizeSentencePlugins)
    )
  }
  return parser
}

/**
 * unified plugin: parse plain text as wire copy (one paragraph per line).
 * Reads the same parser extensions retext-english reads.
 */
export default function wirelintEnglish(this: Processor): void {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this
  let parser: ParseEnglish | undefined
  self.parser = (doc: string): Root => {
    parser ??= createEnglishParser({
      nlcstParagraphExtensions: self.data('nlcstParagraphExtensions' as never) as never,
      nlcstSentenceExtensions: self.data('nlcstSentenceExtensions' as never) as never
    })
    return parseLines(parser, doc)
  }
}

const isSpace = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 ||
  code === 0xfeff || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f ||
  code === 0x205f || code === 0x1680

/** Parse a whole document, one line at a time. */
export function parseLines(parser: ParseEnglish, doc: string): Root {
  const children: RootContent[] = []
  const root: Root = {
    type: 'RootNode',
    children,
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: {line: 1, column: 1, offset: doc.length}
    }
  }
  let line = 1
  let lineStart = 0
  // Pending white space (indentation, trailing spaces, line endings, blank lines).
  let wsStart = 0
  let wsLine = 1
  let wsColumn = 1

  const flushWhiteSpace = (end: number, endLine: number, endColumn: number): void => {
    if (end > wsStart) {
      const node: WhiteSpace = {
        type: 'WhiteSpaceNode',
        value: doc.slice(wsStart, end),
        position: {
          start: {line: wsLine, column: wsColumn, offset: wsStart},
          end: {line: endLine, column: endColumn, offset: end}
        }
      }
      children.push(node)
    }
  }

  const length = doc.length
  while (lineStart <= length) {
    // Find the end of this line and its terminator.
    let lineEnd = lineStart
    while (lineEnd < length) {
      const c = doc.charCodeAt(lineEnd)
      if (c === 10 || c === 13) break
      lineEnd++
    }
    let next = lineEnd
    if (next < length) next += doc.charCodeAt(next) === 13 && doc.charCodeAt(next + 1) === 10 ? 2 : 1

    let first = lineStart
    while (first < lineEnd && isSpace(doc.charCodeAt(first))) first++
    let last = lineEnd
    while (last > first && isSpace(doc.charCodeAt(last - 1))) last--

    if (first < last) {
      flushWhiteSpace(first, line, first - lineStart + 1)
      children.push(parseParagraph(parser, doc, first, last, line, first - lineStart + 1))
      wsStart = last
      wsLine = line
      wsColumn = last - lineStart + 1
    }

    if (next === lineEnd) {
      // End of document.
      flushWhiteSpace(lineEnd, line, lineEnd - lineStart + 1)
      root.position!.end = {line, column: lineEnd - lineStart + 1, offset: lineEnd}
      break
    }
    line++
    lineStart = next
  }
  return root
}

/** Parse one line's content [from, to) into a paragraph, in pieces of at most MAX_PIECE. */
function parseParagraph(
  parser: ParseEnglish,
  doc: string,
  from: number,
  to: number,
  line: number,
  column: number
): Paragraph {
  const paragraph: Paragraph = {
    type: 'ParagraphNode',
    children: [],
    position: {
      start: {line, column, offset: from},
      end: {line, column: column + (to - from), offset: to}
    }
  }
  let start = from
  while (start < to) {
    let end = Math.min(to, start + MAX_PIECE)
    if (end < to) {
      // Cut at the last white space after a sentence end in the piece, else at
      // the last white space, else hard.
      const piece = doc.slice(start, end)
      let cut = -1
      const sentenceEnd = /[.!?]["'”’»)]*\s(?=\S)/g
      let m: RegExpExecArray | null
      while ((m = sentenceEnd.exec(piece)) !== null) cut = m.index + m[0].length - 1
      if (cut <= 0) cut = Math.max(piece.lastIndexOf(' '), piece.lastIndexOf('\t'))
      if (cut > 0) end = start + cut
    }
    const parsed = parser.tokenizeParagraph(doc.slice(start, end))
    const shift = start - from
    for (const child of parsed.children) {
      shiftNode(child, line - 1, column - 1 + shift, start)
      paragraph.children.push(child)
    }
    start = end
  }
  return paragraph
}

interface Point {
  line: number
  column: number
  offset?: number
}

interface Positioned {
  position?: {start: Point; end: Point}
  children?: Positioned[]
}

/**
 * Move a node parsed on its own to its place in the file.  A piece is one
 * line, so every point parse-latin made is on line 1 and columns shift by a
 * constant.  parse-latin shares point objects between a node and its children;
 * on lines after the first a point already moved is recognised by its line
 * (no longer 1) and shifted in place, without new objects (the parse is
 * allocation-bound).  On the first line, where the line does not change, new
 * point objects are made instead.
 */
function shiftNode(node: Positioned, dLine: number, dColumn: number, dOffset: number): void {
  if (dLine === 0 && dColumn === 0 && dOffset === 0) return
  if (dLine > 0) shiftInPlace(node, dLine, dColumn, dOffset)
  else shiftCopy(node, dColumn, dOffset)
}

function movePoint(p: Point, dLine: number, dColumn: number, dOffset: number): void {
  if (p.line !== 1) return
  p.line += dLine
  p.column += dColumn
  p.offset = (p.offset ?? 0) + dOffset
}

function shiftInPlace(node: Positioned, dLine: number, dColumn: number, dOffset: number): void {
  const pos = node.position
  if (pos) {
    movePoint(pos.start, dLine, dColumn, dOffset)
    movePoint(pos.end, dLine, dColumn, dOffset)
  }
  const children = node.children
  if (children) for (let i = 0; i < children.length; i++) shiftInPlace(children[i], dLine, dColumn, dOffset)
}

function shiftCopy(node: Positioned, dColumn: number, dOffset: number): void {
  const pos = node.position
  if (pos) {
    node.position = {
      start: {line: pos.start.line, column: pos.start.column + dColumn, offset: (pos.start.offset ?? 0) + dOffset},
      end: {line: pos.end.line, column: pos.end.column + dColumn, offset: (pos.end.offset ?? 0) + dOffset}
    }
  }
  const children = node.children
  if (children) for (let i = 0; i < children.length; i++) shiftCopy(children[i], dColumn, dOffset)
}
