/**
 * Format bridges: Markdown and HTML are parsed as what they are and only
 * their prose is checked, with every position pointing into the original file.
 *
 * - Markdown: remark-parse + remark-frontmatter + remark-gfm, parsed in
 *   bounded chunks (./markdown-chunks.ts), then converted to nlcst block by
 *   block with mdast-util-to-nlcst (front matter, code, inline code, URLs, HTML
 *   and link targets are not prose; inline code becomes syntax).
 * - HTML: rehype-parse + rehype-retext (script, style, template, noscript and
 *   hidden content skipped).
 * - Positions: every text node whose value is not its source (entities,
 *   escapes, stripped indentation and block quote markers, CRLF) is aligned
 *   with its source before conversion, and the retext side starts by moving
 *   every point to its place (./source-map.ts).
 * - Ignore comments through unified-message-control:
 *   `<!-- wirelint-disable rule-id -->`, `<!-- wirelint-enable rule-id -->`,
 *   `<!-- wirelint-ignore rule-id -->` (the next node); an unknown rule id is
 *   reported.
 *
 * Both bridges build a ParseLatin the way remark-retext and rehype-retext do;
 * we hand it parse-english's English-specific extensions (abbreviations such
 * as "Mr.", elisions such as "’tis") through the processor's parser-extension
 * data, so prose is tokenised exactly as in plain text.
 */
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import type {Root as NlcstRoot} from 'nlcst'
import {commentMarker} from 'mdast-comment-marker'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {messageControl} from 'unified-message-control'
import {location} from 'vfile-location'
import {toNlcst as mdastToNlcst} from 'mdast-util-to-nlcst'
import type {Paragraph as NlcstParagraph, WhiteSpace as NlcstWhiteSpace} from 'nlcst'
import {frontMatterProse, YAML_UNSAFE_FIX} from './front-matter.js'
import {remarkChunked} from './markdown-chunks.js'
import {SourceMap, TEXT_PIECE, alignHtml, alignMarkdown, cutPoints, remapTree, type Alignment, type ReferenceDecoder} from './source-map.js'
import type {VFile} from 'vfile'
import type {ResolvedConfig} from './config.js'
import {RULE_IDS} from './rules.js'

type AnyProcessor = Processor<any, any, any, any, any>

interface Block {
  start: number
  end: number
  kind: string
}

interface UnistLike {
  type: string
  tagName?: string
  value?: string
  properties?: Record<string, unknown>
  children?: UnistLike[]
  alt?: string | null
  position?: {start: {offset?: number}; end: {offset?: number}}
  data?: Record<string, unknown>
}

/** Register parse-english's own extensions so a bridge's ParseLatin parses English. */
function retextEnglishExtensions(this: AnyProcessor): void {
  const add = (key: string, english: unknown[], latin: unknown[]): void => {
    const extra = english.filter((p) => !latin.includes(p))
    const data = this.data() as Record<string, unknown[] | undefined>
    const list = data[key] ?? []
    list.push(...extra)
    this.data(key as never, list as never)
  }
  add('nlcstSentenceExtensions', ParseEnglish.prototype.tokenizeSentencePlugins, ParseLatin.prototype.tokenizeSentencePlugins)
  add('nlcstParagraphExtensions', ParseEnglish.prototype.tokenizeParagraphPlugins, ParseLatin.prototype.tokenizeParagraphPlugins)
}

/**
 * Mark each nlcst paragraph with the kind of block it came from (heading,
 * list item, table cell …), recorded from the source tree in `file.data`.
 */
function markBlocks() {
  return (tree: NlcstRoot, file: VFile): void => {
    const blocks = (file.data as {wirelintBlocks?: Block[]}).wirelintBlocks
    if (!blocks || blocks.length === 0) return
    for (const child of tree.children) {
      if (child.type !== 'ParagraphNode') continue
      const offset = child.position?.start.offset
      if (offset === undefined) continue
      const kind = innermost(blocks, offset)
      if (kind) child.data = {...child.data, wirelintBlock: kind} as typeof child.data
    }
  }
}

/** The innermost recorded block containing an offset (blocks sorted by start). */
function innermost(blocks: Block[], offset: number): string | undefined {
  let lo = 0
  let hi = blocks.length - 1
  let at = -1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (blocks[mid].start <= offset) {
      at = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  for (let i = at, steps = 0; i >= 0 && steps < 64; i--, steps++) {
    if (blocks[i].end > offset) return blocks[i].kind
  }
  return undefined
}

const MD_BLOCKS: Record<string, string> = {heading: 'heading', listItem: 'listItem', tableCell: 'tableCell'}
const HTML_BLOCKS: Record<string, string> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', title: 'heading',
  li: 'listItem', td: 'tableCell', th: 'tableCell', figcaption: 'caption', caption: 'caption', dt: 'listItem'
}

/** mdast nodes whose children are blocks (converted child by child). */
const MD_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition'])
/** mdast nodes mdast-util-to-nlcst ignores by default. */
const MD_IGNORED = new Set(['table', 'tableRow', 'tableCell'])

type SourceMapData = {wirelintBlocks?: Block[]; wirelintSourceMap?: SourceMap}

type Place = ReturnType<typeof location>

/** The point of an offset (line and column recomputed: parse5 miscounts lines after a bare `&` before a line ending). */
function pointAt(place: Place, offset: number): {line: number; column: number; offset: number} {
  const p = place.toPoint(offset)
  return p ? {line: p.line, column: p.column, offset} : {line: 1, column: 1, offset}
}

/**
 * Give positions to children that have none.  remark-gfm's autolink-literal
 * transform splits a text node (`x.www.`) into text and link nodes without
 * positions; a run of such siblings holds the text of the node it replaced,
 * somewhere between its positioned neighbours (or its parent's edges, behind
 * emphasis or heading markers).  Aligned there, each piece gets its place;
 * otherwise the run becomes inline code over the whole gap (not checked, exact).
 */
function placeRuns(parent: UnistLike, doc: string, point: (offset: number) => {line: number; column: number; offset: number}): void {
  const children = parent.children!
  const out: UnistLike[] = []
  const offset = (n: UnistLike | undefined, end: boolean): number | undefined => (end ? n?.position?.end.offset : n?.position?.start.offset)
  let i = 0
  while (i < children.length) {
    const child = children[i]
    if (offset(child, false) !== undefined && offset(child, true) !== undefined) {
      out.push(child)
      i++
      continue
    }
    let j = i
    while (j < children.length && (offset(children[j], false) === undefined || offset(children[j], true) === undefined)) j++
    const run = children.slice(i, j)
    const lo = i > 0 ? offset(out[out.length - 1], true) : offset(parent, false)
    const hi = j < children.length ? offset(children[j], false) : offset(parent, true)
    i = j
    if (lo === undefined || hi === undefined || hi < lo) continue
    if (!placeRun(run, doc, lo, hi, point)) {
      out.push({type: 'inlineCode', value: doc.slice(lo, hi), position: {start: point(lo), end: point(hi)}} as UnistLike)
      continue
    }
    out.push(...run)
  }
  parent.children = out
}

/** Place a run of text and link nodes (without positions) whose text lies within `doc[lo, hi)`. */
function placeRun(run: UnistLike[], doc: string, lo: number, hi: number, point: (offset: number) => {line: number; column: number; offset: number}): boolean {
  // The pieces: text nodes, and links made of text nodes.
  const texts: UnistLike[] = []
  for (const node of run) {
    if (node.type === 'text') texts.push(node)
    else if (node.type === 'link' && node.children?.length && node.children.every((c) => c.type === 'text' && !c.position)) texts.push(...node.children)
    else return false
  }
  const value = texts.map((t) => t.value ?? '').join('')
  // Markers before the text (`*`, `# `, …) and after it (`*`, ` ##`) are tried away, a few characters at most.
  for (let from = lo; from <= Math.min(hi, lo + 8); from++) {
    const alignment = alignMarkdown(value, doc, from, hi, true)
    if (!alignment || !/^[ \t#*_~]*$/.test(doc.slice(alignment.end, hi))) continue
    let at = 0
    const place = (n: UnistLike, a: number, b: number): void => {
      n.position = {start: point(alignment.starts[a]), end: point(alignment.ends[b])}
    }
    for (const node of run) {
      const parts = node.type === 'text' ? [node] : node.children!
      const first = at
      for (const part of parts) {
        const length = (part.value ?? '').length
        place(part, at, at + length)
        at += length
      }
      if (node.type !== 'text') place(node, first, at)
    }
    return true
  }
  return false
}

type PointAt = (offset: number) => {line: number; column: number; offset: number}

/**
 * Cut text children longer than TEXT_PIECE into several text nodes at token
 * boundaries (see cutPoints), each with its exact place; a text that cannot
 * be aligned is left whole (it is not checked).
 */
function splitLongTexts(parent: UnistLike, doc: string, point: PointAt, align: (value: string, start: number, end: number) => Alignment | undefined): void {
  const children = parent.children!
  if (!children.some((child) => child.type === 'text' && (child.value ?? '').length > TEXT_PIECE)) return
  const out: UnistLike[] = []
  for (const child of children) {
    const value = child.value ?? ''
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (child.type !== 'text' || value.length <= TEXT_PIECE || start === undefined || end === undefined) {
      out.push(child)
      continue
    }
    const same = value === doc.slice(start, end)
    const alignment = same ? undefined : align(value, start, end)
    if (!same && !alignment) {
      out.push(child)
      continue
    }
    const at = (k: number, isEnd: boolean): number => (alignment ? (isEnd ? alignment.ends[k] : alignment.starts[k]) : start + k)
    let from = 0
    for (const cut of [...cutPoints(value, alignment), value.length]) {
      out.push({type: 'text', value: value.slice(from, cut), position: {start: point(at(from, false)), end: point(at(cut, true))}} as UnistLike)
      from = cut
    }
  }
  parent.children = out
}

/**
 * Markdown, before conversion: record block kinds, and align every text node
 * and image alt whose value is not its source (see ./source-map.ts).  A text
 * node that cannot be aligned becomes inline code (kept out of the check, with
 * exact positions); an alt text that cannot be aligned is dropped.
 */
function prepareMarkdown() {
  return (tree: UnistLike, file: VFile): void => {
    const blocks: Block[] = []
    const doc = String(file.value ?? '')
    const place = location(file)
    const point = (offset: number) => pointAt(place, offset)
    const map = new SourceMap()
    const stack: UnistLike[] = [tree]
    while (stack.length > 0) {
      const node = stack.pop()!
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      const kind = MD_BLOCKS[node.type] ?? (node.data?.wirelintBlock as string | undefined)
      if (kind && start !== undefined && end !== undefined) blocks.push({start, end, kind})
      if (MD_IGNORED.has(node.type)) continue
      if (node.type === 'text' && start !== undefined && end !== undefined) {
        const value = node.value ?? ''
        if (value !== doc.slice(start, end)) {
          const alignment = alignMarkdown(value, doc, start, end)
          if (alignment) {
            if (!alignment.linear) map.addText(start, value.length, alignment)
          } else {
            node.type = 'inlineCode'
            node.value = doc.slice(start, end)
          }
        }
      } else if ((node.type === 'image' || node.type === 'imageReference') && node.alt) {
        const alt = node.alt
        const from = (start ?? 0) + 2
        const alignment = start !== undefined && end !== undefined ? alignMarkdown(alt, doc, from, end, true) : undefined
        if (!alignment || doc.charCodeAt(alignment.end) !== 93 /* ] */) node.alt = ''
        else if (!alignment.linear) map.addText(from, alt.length, alignment)
      } else if (node.type === 'break' && start !== undefined && end !== undefined) {
        // mdast-util-to-nlcst makes a break one "\n" at its start.
        map.addAtomic(start, 1, end)
      }
      if (node.children) {
        if (node.children.some((child) => child.position?.start.offset === undefined || child.position?.end.offset === undefined)) placeRuns(node, doc, point)
        splitLongTexts(node, doc, point, (value, s, e) => alignMarkdown(value, doc, s, e))
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
      }
    }
    blocks.sort((a, b) => a.start - b.start || b.end - a.end)
    const data = file.data as SourceMapData
    data.wirelintBlocks = blocks
    data.wirelintSourceMap = map
  }
}

/**
 * HTML, before conversion: points from offsets (parse5 counts a line twice
 * after a bare `&` before a line ending), a position for the root of an empty
 * document, block kinds, and the alignment of every text node
 * hast-util-to-nlcst may tokenise (see ./source-map.ts).  Atomic nodes
 * (`<br>`, `<wbr>`, `<code>`) map to their whole element.  A text node that
 * cannot be aligned (or has no position) is kept out of the check.
 */
function prepareHtml(decode: ReferenceDecoder) {
  return () =>
    (tree: UnistLike, file: VFile): void => {
      const blocks: Block[] = []
      const doc = String(file.value ?? '')
      const place = location(file)
      const map = new SourceMap()
      if (!tree.position) {
        tree.position = {start: pointAt(place, 0), end: pointAt(place, doc.length)} as never
      }
      // [node, inside a source element (whose text hast-util-to-nlcst never tokenises)].
      // Text in ignored elements gets its alignment too: hast-util-to-nlcst
      // still reads <del> and <a> inside implicit paragraphs.
      const stack: Array<[UnistLike, boolean]> = [[tree, false]]
      while (stack.length > 0) {
        const [node, skipped] = stack.pop()!
        const position = node.position
        const start = position?.start.offset
        const end = position?.end.offset
        if (position && start !== undefined && end !== undefined) {
          node.position = {start: pointAt(place, start), end: pointAt(place, end)}
        }
        let skipChildren = skipped
        if (node.type === 'element') {
          const tag = node.tagName ?? ''
          const kind = HTML_BLOCKS[tag]
          if (kind && start !== undefined && end !== undefined) blocks.push({start, end, kind})
          const p = node.properties ?? {}
          // hast-util-to-nlcst makes these one node at the element's start (code: its text, br: "\n", wbr: " ").
          const source = tag === 'code' || p.dataNlcst === 'source'
          const atomic = source || tag === 'br' || tag === 'wbr'
          if (!skipped && atomic) {
            if (start === undefined || end === undefined) node.properties = {...p, dataNlcst: 'ignore'}
            else map.addAtomic(start, source ? textLength(node) : 1, end)
          }
          if (source) skipChildren = true
        }
        if (node.children) {
          if (!skipChildren) splitLongTexts(node, doc, (offset) => pointAt(place, offset), (value, s, e) => alignHtml(value, doc, s, e, decode))
          let children: UnistLike[] | undefined
          for (let i = 0; i < node.children.length; i++) {
            const child = node.children[i]
            let replacement: UnistLike | undefined = child
            if (child.type === 'text' && !skipChildren) {
              const s = child.position?.start.offset
              const e = child.position?.end.offset
              const value = child.value ?? ''
              if (s === undefined || e === undefined) {
                replacement = undefined
              } else if (value !== doc.slice(s, e)) {
                const alignment = alignHtml(value, doc, s, e, decode)
                if (alignment) {
                  if (!alignment.linear) map.addText(s, value.length, alignment)
                } else {
                  // Not checked (text parse5 moved, such as foster-parented text whose
                  // source holds a tag): never placed approximately.
                  replacement = {type: 'element', tagName: 'span', properties: {dataNlcst: 'ignore'}, children: []}
                }
              }
            }
            if (replacement !== child) children ??= node.children.slice(0, i)
            if (children && replacement) children.push(replacement)
          }
          if (children) node.children = children
          for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i], skipChildren])
        }
      }
      blocks.sort((a, b) => a.start - b.start || b.end - a.end)
      const data = file.data as SourceMapData
      data.wirelintBlocks = blocks
      data.wirelintSourceMap = map
    }
}

/** Length of an element's text (hast-util-to-string's: text descendants only). */
function textLength(node: UnistLike): number {
  let length = 0
  const stack: UnistLike[] = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n.type === 'text') length += (n.value ?? '').length
    else if (n.children) for (const child of n.children) stack.push(child)
  }
  return length
}

/** The retext side's first step: move every point of the nlcst tree to its place in the file. */
function remapPositions() {
  return (tree: NlcstRoot, file: VFile): void => {
    remapTree(tree, file, (file.data as SourceMapData).wirelintSourceMap)
  }
}

type ParserInstance = InstanceType<typeof ParseLatin>

/** The parser a retext processor's bridge uses: ParseLatin with the processor's parser extensions (as remark-retext builds it). */
function bridgeParser(processor: AnyProcessor): ParserInstance {
  const parser = new ParseLatin()
  const add = (list: unknown[], values: unknown): void => {
    if (Array.isArray(values)) list.unshift(...values)
  }
  add(parser.tokenizeParagraphPlugins, processor.data('nlcstParagraphExtensions' as never))
  add(parser.tokenizeRootPlugins, processor.data('nlcstRootExtensions' as never))
  add(parser.tokenizeSentencePlugins, processor.data('nlcstSentenceExtensions' as never))
  return parser
}

type MdPoint = {line: number; column: number; offset?: number}

/** A copy of an mdast subtree with every point moved by `offset` characters and `lines` lines. */
function cloneShifted(node: UnistLike, offset: number, lines: number): UnistLike {
  const move = (p: MdPoint): MdPoint => ({line: p.line + lines, column: p.column, offset: (p.offset ?? 0) + offset})
  const copy = (n: UnistLike): UnistLike => {
    const out: UnistLike = {...n}
    const position = n.position as unknown as {start: MdPoint; end: MdPoint} | undefined
    if (position) out.position = {start: move(position.start), end: move(position.end)} as never
    return out
  }
  const root = copy(node)
  const stack: UnistLike[] = [root]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n.children) {
      n.children = n.children.map(copy)
      for (const child of n.children) stack.push(child)
    }
  }
  return root
}

/** Move every point of an nlcst tree by `offset` characters and `lines` lines (new point objects). */
function shiftNlcst(tree: NlcstRoot, offset: number, lines: number): void {
  type N = {position?: {start: MdPoint; end: MdPoint}; children?: N[]}
  const stack: N[] = [tree as unknown as N]
  while (stack.length > 0) {
    const n = stack.pop()!
    const p = n.position
    if (p) {
      n.position = {
        start: {line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset},
        end: {line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset}
      }
    }
    if (n.children) for (const child of n.children) stack.push(child)
  }
}

/**
 * mdast → nlcst, one leaf block (paragraph, heading …) at a time, with the
 * line endings between blocks mdast-util-to-nlcst would insert, placed
 * exactly.  mdast-util-to-nlcst converts a whole document as one run of
 * sentences, and parse-latin's paragraph passes then split and merge it with
 * array splices: quadratic in the number of blocks (20,000 short paragraphs
 * without a full stop took 27 s in parse-latin's `breakImplicitSentences`
 * alone).  Each leaf is converted with mdast-util-to-nlcst against its own
 * lines (so that vfile-location indexes only those) and moved into place.
 */
function markdownToNlcst(tree: UnistLike, file: VFile, parser: ParserInstance): NlcstRoot {
  const doc = String(file.value ?? '')
  const place = location(file)
  // Paragraphs, and the white space parse-latin keeps beside them.
  const children: Array<NlcstParagraph | NlcstWhiteSpace> = []
  const root: NlcstRoot = {type: 'RootNode', children}
  const point = (offset: number) => pointAt(place, offset)
  const addBreak = (end: MdPoint, start: MdPoint): void => {
    const last = children[children.length - 1]
    if (!last || end.offset === undefined || start.offset === undefined || start.offset < end.offset) return
    const lines = start.line - end.line
    const node: NlcstWhiteSpace = {
      type: 'WhiteSpaceNode',
      value: '\n'.repeat(Math.max(2, lines)),
      position: {start: point(end.offset), end: point(start.offset)}
    }
    if (last.type !== 'ParagraphNode') {
      children.push(node as never)
      return
    }
    last.children.push(node as never)
    if (last.position) last.position = {start: last.position.start, end: node.position!.end}
  }
  // A long leaf (a paragraph of 100,000 lines) is converted in groups of
  // children of about TEXT_PIECE characters, its pieces joined into one
  // paragraph again: the parser's sentence passes splice arrays, and the
  // converter spreads tokens into argument lists.
  const convert = (leaf: UnistLike): void => {
    const list = leaf.children ?? []
    const span = (leaf.position?.end.offset ?? 0) - (leaf.position?.start.offset ?? 0)
    if (span <= TEXT_PIECE || list.length < 2) {
      convertGroup(leaf)
      return
    }
    let first = 0
    /** Index in `children` of the last paragraph this leaf produced so far. */
    let joinAt = -1
    const flush = (to: number): void => {
      if (to <= first) return
      const group = list.slice(first, to)
      const before = children.length
      convertGroup({type: leaf.type, children: group, position: {start: group[0].position!.start, end: group[group.length - 1].position!.end}})
      const added = children.slice(before)
      const firstParagraph = added.findIndex((n) => n.type === 'ParagraphNode')
      if (joinAt !== -1 && firstParagraph !== -1) {
        // The first paragraph of a later group continues the last one of the
        // group before, with the white space between them (parse-latin keeps
        // a paragraph's outer white space beside it, in the root).
        const joinTo = children[joinAt] as NlcstParagraph
        const next = added[firstParagraph] as NlcstParagraph
        const moved = [...children.slice(joinAt + 1, before), ...added.slice(0, firstParagraph), ...next.children]
        for (const node of moved) joinTo.children.push(node as never)
        if (joinTo.position && next.position) joinTo.position = {start: joinTo.position.start, end: next.position.end}
        children.length = joinAt + 1
        for (const node of added.slice(firstParagraph + 1)) children.push(node)
      }
      const lowest = joinAt !== -1 ? joinAt : before
      for (let k = children.length - 1; k >= lowest; k--) {
        if (children[k].type === 'ParagraphNode') {
          joinAt = k
          break
        }
      }
      first = to
    }
    for (let i = 0; i < list.length; i++) {
      const start = list[first].position?.start.offset ?? 0
      if (i > first && (list[i].position?.end.offset ?? 0) - start > TEXT_PIECE) flush(i)
    }
    flush(list.length)
  }
  const convertGroup = (leaf: UnistLike): void => {
    const position = leaf.position as unknown as {start: MdPoint; end: MdPoint}
    const start = position.start.offset!
    const end = position.end.offset!
    let lineStart = start - (position.start.column - 1)
    if (lineStart < 0 || (lineStart > 0 && doc.charCodeAt(lineStart - 1) !== 10 && doc.charCodeAt(lineStart - 1) !== 13)) {
      lineStart = start
      while (lineStart > 0 && doc.charCodeAt(lineStart - 1) !== 10 && doc.charCodeAt(lineStart - 1) !== 13) lineStart--
    }
    const lines = position.start.line - 1
    const text = doc.slice(lineStart, end)
    const local = {value: text, messages: [], toString: () => text}
    const result = mdastToNlcst(cloneShifted(leaf, -lineStart, -lines) as never, local as never, parser)
    shiftNlcst(result, lineStart, lines)
    for (const child of result.children) children.push(child as NlcstParagraph | NlcstWhiteSpace)
  }
  // An explicit stack, not recursion: [parent, next child, end of the previous child].
  const stack: Array<{node: UnistLike; index: number; end?: MdPoint}> = [{node: tree, index: 0}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    const list = frame.node.children ?? []
    if (frame.index >= list.length) {
      stack.pop()
      continue
    }
    const child = list[frame.index++]
    const position = child.position as unknown as {start: MdPoint; end: MdPoint} | undefined
    if (frame.end && position && position.start.line !== frame.end.line) addBreak(frame.end, position.start)
    frame.end = position?.end
    if (MD_IGNORED.has(child.type)) continue
    if (MD_CONTAINERS.has(child.type)) stack.push({node: child, index: 0})
    else if (child.children && position && position.start.offset !== undefined && position.end.offset !== undefined) convert(child)
  }
  if (children.length > 0) {
    root.position = {start: children[0].position!.start, end: children[children.length - 1].position!.end}
  }
  return root
}

/** remark → retext, converting block by block (see markdownToNlcst). */
function markdownBridge(destination: AnyProcessor) {
  const processor = destination.freeze()
  return () =>
    async (tree: UnistLike, file: VFile): Promise<void> => {
      const nlcst = markdownToNlcst(tree, file, bridgeParser(processor))
      await processor.run(nlcst as never, file)
    }
}

const HIDDEN_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'head', 'iframe', 'object'])

/**
 * Hide what a reader does not see from hast-util-to-nlcst (`data-nlcst="ignore"`),
 * and tie ignore comments to the element after them.
 */
function hideInvisible() {
  return (tree: UnistLike): void => {
    // An explicit stack, not recursion: HTML can nest deeper than the call stack.
    const stack: UnistLike[] = [tree]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node.type === 'element') {
        const p = node.properties ?? {}
        const style = typeof p.style === 'string' ? p.style.replace(/\s+/g, '').toLowerCase() : ''
        const hidden =
          HIDDEN_TAGS.has(node.tagName ?? '') && node.tagName !== 'head'
            ? true
            : p.hidden !== undefined && p.hidden !== false && p.hidden !== null
              ? true
              : p.ariaHidden === 'true' || p.ariaHidden === true
                ? true
                : style.includes('display:none') || style.includes('visibility:hidden')
        if (hidden) {
          node.properties = {...p, dataNlcst: 'ignore'}
          continue
        }
      }
      if (node.children) {
        // `<!-- wirelint-ignore … -->` applies to the next node: skip the white
        // space between the comment and the element it is about.
        node.children = node.children.filter(
          (child, i, all) =>
            !(child.type === 'text' && /^\s*$/.test(child.value ?? '') && i > 0 && isWirelintComment(all[i - 1]))
        )
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
      }
    }
  }
}

function isWirelintComment(node: UnistLike | undefined): boolean {
  return node?.type === 'comment' && /^\s*wirelint\b/.test(node.value ?? '')
}

/** Read `<!-- wirelint-disable a b -->` and `<!-- wirelint disable a b -->` as message-control marks. */
function wirelintMarker(file: VFile, value: (node: UnistLike) => string | undefined) {
  return (node: UnistLike) => {
    const text = value(node)
    if (text === undefined) return null
    const m = /^\s*wirelint(?:-|\s+)(\S+)(?:\s+([\s\S]*?))?\s*$/.exec(text)
    if (!m) return null
    const verb = m[1]
    if (verb !== 'disable' && verb !== 'enable' && verb !== 'ignore') {
      const message = file.message(`Unknown ignore-comment keyword “${verb}”: use disable, enable or ignore`, {
        place: node.position as never,
        ruleId: 'ignore-comment',
        source: 'wirelint'
      })
      message.fatal = true
      return null
    }
    return {name: 'wirelint', attributes: `${verb} ${m[2] ?? ''}`.trim(), parameters: {}, node}
  }
}

function controlMessages(test: string, value: (node: UnistLike) => string | undefined) {
  return () =>
    (tree: UnistLike, file: VFile): void => {
      messageControl(tree as never, {
        file,
        marker: wirelintMarker(file, value) as never,
        name: 'wirelint',
        test,
        known: [...RULE_IDS],
        source: 'wirelint'
      })
      // unified-message-control reports unknown rule ids under its own name.
      for (const m of file.messages) {
        if (m.source === 'unified-message-control') {
          m.source = 'wirelint'
          m.ruleId = 'ignore-comment'
          const reason = m.reason.replace(/`'([^']*)'`, it’s not known/, '“$1”: no such rule')
          m.reason = reason
          m.message = reason
          m.fatal = true
        }
      }
    }
}

const mdCommentValue = (node: UnistLike): string | undefined => {
  if (node.type !== 'html' || typeof node.value !== 'string') return undefined
  const mark = commentMarker(node as never)
  if (!mark) return undefined
  return `${mark.name} ${mark.attributes}`
}

const htmlCommentValue = (node: UnistLike): string | undefined =>
  node.type === 'comment' && typeof node.value === 'string' ? node.value : undefined

/** The retext side of a bridge: block marks, then the syntax classifiers and rules. */
function bridge(config: ResolvedConfig, useRules: (p: AnyProcessor, c: ResolvedConfig) => void, format: 'markdown' | 'html'): AnyProcessor {
  const retext = unified().use(remapPositions).use(markBlocks)
  useRules(retext, config)
  retext.use(retextEnglishExtensions).use(encodeFixes(format))
  return retext
}

/**
 * A fix's text is prose (rules read decoded text); written into Markdown or
 * HTML as is it could become markup: the markup rule turns a stray `&lt;`
 * into "<", and `<b the talks…` would swallow the paragraph into a tag.  So
 * "<" and "&" that would start a tag or a reference are written as references
 * (HTML) or escaped (Markdown), and so are Markdown's emphasis, code and link
 * characters.  (Runs after the rules, on their messages.)
 */
function encodeFixes(format: 'markdown' | 'html') {
  return () =>
    (_tree: unknown, file: VFile): void => {
      const doc = String(file.value ?? '')
      const frontMatter = (file.data as {wirelintFrontMatter?: Array<[number, number]>}).wirelintFrontMatter ?? []
      for (const m of file.messages as Array<{fix?: {start: number; end: number; text: string}}>) {
        if (!m.fix) continue
        // A fix in a front matter value is YAML, not Markdown (./front-matter.ts).
        if (frontMatter.some(([s, e]) => m.fix!.start >= s && m.fix!.end <= e)) {
          if (YAML_UNSAFE_FIX.test(m.fix.text)) delete m.fix
          continue
        }
        if (m.fix.text) m.fix.text = encodeFixText(m.fix.text, doc.charAt(m.fix.end), format)
      }
    }
}

export function encodeFixText(text: string, next: string, format: 'markdown' | 'html'): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    const after = i + 1 < text.length ? text.charAt(i + 1) : next
    if (c === '&' && /[A-Za-z0-9#]/.test(after)) out += format === 'html' ? '&amp;' : '\\&'
    else if (c === '<' && /[A-Za-z/!?]/.test(after)) out += format === 'html' ? '&lt;' : '\\<'
    else if (format === 'markdown' && '\\`*_[]~'.includes(c)) out += '\\' + c
    else out += c
  }
  return out
}

export function markdownProcessor(config: ResolvedConfig, useRules: (p: AnyProcessor, c: ResolvedConfig) => void): AnyProcessor {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkGfm)
    .use(remarkChunked as never)
    .use(frontMatterProse(config.frontMatter ?? ['title', 'summary', 'description']) as never)
    .use(prepareMarkdown as never)
    .use(markdownBridge(bridge(config, useRules, 'markdown')) as never)
    .use(controlMessages('html', mdCommentValue) as never)
}

/** `html`: the rehype modules, loaded by the caller only for HTML (./formats-html.js). */
export function htmlProcessor(
  config: ResolvedConfig,
  useRules: (p: AnyProcessor, c: ResolvedConfig) => void,
  html: typeof import('./formats-html.js')
): AnyProcessor {
  const {rehypeParse, rehypeRetext, htmlReference} = html
  return unified()
    .use(rehypeParse)
    .use(hideInvisible as never)
    .use(prepareHtml(htmlReference) as never)
    .use(rehypeRetext, bridge(config, useRules, 'html') as never)
    .use(controlMessages('comment', htmlCommentValue) as never)
}
