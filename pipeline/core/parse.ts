/**
 * The plain-text parser: retext-english's ParseEnglish, applied one paragraph
 * (line) at a time.
 *
 * Why not `retext-english` as is: parse-english parses the whole document in
 * one go and slows down super-linearly with its size (one 5 MB document takes
 * 26 s, the same text as 1,346 articles 0.85 s).  Wire copy puts one paragraph
 * per line, so we parse each line (long lines in bounded pieces) with the same
 * ParseEnglish class (with a faster tokenizer, see WirelintParser) and the
 * same parser extensions (`nlcstSentenceExtensions` … registered by
 * retext-syntax-urls and friends), counting positions from the line's place in
 * the file.  The tree is the one retext-english would give, except that every
 * non-blank line is its own paragraph.
 */
import {ParseEnglish} from 'parse-english'
import type {
  Paragraph,
  Root,
  RootContent,
  SentenceContent,
  WhiteSpace
} from 'nlcst'
import type {Processor} from 'unified'
import {isCountedBreakCode, isLineBreakCode, lineBreakLength} from '../../plugins/support/lines.js'

/** Longest piece handed to ParseEnglish at once (characters). */
export const MAX_PIECE = 4000

type Plugin<T> = (node: T) => void

interface Extensions {
  nlcstRootExtensions?: Array<Plugin<Root>>
  nlcstParagraphExtensions?: Array<Plugin<Paragraph>>
  nlcstSentenceExtensions?: Array<Plugin<unknown>>
}

/** Node types of parse-latin's tokenizer, as small integers (0 = not yet known). */
const WHITE_SPACE = 1
const PUNCTUATION = 2
const WORD = 3
const SYMBOL = 4
const TYPE_NAMES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const

/**
 * The type of every UTF-16 code unit, learnt from parse-latin itself: the first
 * time a code unit is seen, `ParseLatin#tokenize` classifies it alone (one
 * call per distinct code unit in the process).  Shared by all parsers.
 */
const unitTypes = new Uint8Array(0x10000)

type Point = {line: number; column: number; offset: number}

/**
 * ParseEnglish with two measured changes, both giving the very same trees
 * (equal node for node; point objects are shared more, see createNode):
 *
 * - `tokenize` is parse-latin's own loop (same rules for where a token ends,
 *   same node shapes), but it classifies each code unit through a table
 *   filled from parse-latin's regular expressions
 *   instead of testing three large Unicode classes per character, and it
 *   starts counting at `base`, the piece's place in the file, so positions need
 *   no second pass.  Written by hand because parse-latin has no option for
 *   either; the equivalence with ParseEnglish plus a shift is tested on
 *   generated, hostile and random Unicode text (tests/parse.test.ts).
 *   Measured: the tokenizer was 17% of a full check, and shifting 5%.
 * - `breakImplicitSentences` (break a sentence at a blank line) is dropped:
 *   we hand it single lines, so it can never fire, yet it split every white
 *   space node's value on line endings (12% of all bytes allocated in a check).
 */
export class WirelintParser extends ParseEnglish {
  /** Where the next piece starts in the file. */
  base: Point = {line: 1, column: 1, offset: 0}

  constructor() {
    super()
    const plugins = this.tokenizeParagraphPlugins
    const at = plugins.findIndex(breaksAtBlankLines)
    if (at !== -1) plugins.splice(at, 1)
  }

  private classify(code: number): number {
    const type = super.tokenize(String.fromCharCode(code))[0]?.type
    const t = type ? TYPE_NAMES.indexOf(type as (typeof TYPE_NAMES)[number]) : SYMBOL
    unitTypes[code] = t
    return t
  }

  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    const base = this.base
    let line = base.line
    let column = base.column
    let offset = base.offset
    let from = 0
    let index = 0
    let start: Point = {line, column, offset}
    let previousType = 0
    let previous = -1
    const length = value.length
    while (index < length) {
      const code = value.charCodeAt(index)
      const type = unitTypes[code] || this.classify(code)
      if (
        from < index &&
        previousType !== 0 &&
        !(
          previousType === type &&
          // Words or white space continue; so does the same punctuation or
          // symbol character, and so do surrogates.
          (type === WORD || type === WHITE_SPACE || code === previous || (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        const end: Point = {line, column, offset}
        children.push(createNode(previousType, value.slice(from, index), start, end))
        from = index
        start = end
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }
      offset++
      previousType = type
      previous = code
      index++
    }
    if (previousType !== 0 && from < index) {
      children.push(createNode(previousType, value.slice(from, index), start, {line, column, offset}))
    }
    return children
  }
}

/**
 * A token node.  Point objects are shared where parse-latin shares them and
 * also where it copies equal values: a token's end is the next token's start,
 * and a word's text ends where the word does.  Nothing in the chain mutates a
 * point (parse-latin itself shares a word's start with its text), and one
 * point per token instead of three per word is 15% fewer bytes allocated by a
 * check.
 */
function createNode(type: number, value: string, start: Point, end: Point): SentenceContent {
  if (type === WORD) {
    return {
      type: 'WordNode',
      children: [{type: 'TextNode', value, position: {start, end}}],
      position: {start, end}
    }
  }
  return {type: TYPE_NAMES[type] as 'WhiteSpaceNode', value, position: {start, end}}
}

/** Is this paragraph plugin parse-latin's breakImplicitSentences?  Told by what it does. */
function breaksAtBlankLines(plugin: Plugin<Paragraph>): boolean {
  const word = (value: string): SentenceContent => ({type: 'WordNode', children: [{type: 'TextNode', value}]})
  const probe: Paragraph = {
    type: 'ParagraphNode',
    children: [{type: 'SentenceNode', children: [word('a'), {type: 'WhiteSpaceNode', value: '\n\n'}, word('b')]}]
  }
  try {
    plugin(probe)
  } catch {
    return false
  }
  return probe.children.length === 3
}

export function createEnglishParser(extensions: Extensions = {}): WirelintParser {
  const parser = new WirelintParser()
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
  let parser: WirelintParser | undefined
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
export function parseLines(parser: WirelintParser, doc: string): Root {
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
  // Where the current segment starts: a line, or the part of a line after a
  // separator that ends a line of copy without starting a numbered line (VT,
  // FF, NEL, U+2028, U+2029: see isLineBreakCode).
  let segmentStart = 0
  while (segmentStart <= length) {
    // Find the end of this segment and its terminator.
    let lineEnd = segmentStart
    while (lineEnd < length && !isLineBreakCode(doc.charCodeAt(lineEnd))) lineEnd++
    const next = lineEnd + lineBreakLength(doc, lineEnd)
    const counted = next > lineEnd && isCountedBreakCode(doc.charCodeAt(lineEnd))

    let first = segmentStart
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
    if (counted) {
      line++
      lineStart = next
    }
    segmentStart = next
  }
  return root
}

/** Parse one line's content [from, to) into a paragraph, in pieces of at most MAX_PIECE. */
function parseParagraph(
  parser: WirelintParser,
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
    parser.base = {line, column: column + (start - from), offset: start}
    const parsed = parser.tokenizeParagraph(doc.slice(start, end))
    for (const child of parsed.children) paragraph.children.push(child)
    start = end
  }
  return paragraph
}
