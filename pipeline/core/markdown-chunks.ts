/**
 * Markdown parsed in bounded pieces, with a per-file error instead of a hang.
 *
 * micromark (remark-parse) is quadratic on some shapes, found by profiling
 * (`node --cpu-prof`):
 *
 * - setext headings (`a\n=\n` …): each underline's resolver
 *   (micromark-core-commonmark setext-underline `resolveToSetextUnderline`)
 *   applies its edits with micromark-util-edit-map `consume`, which copies the
 *   whole event list of the document so far: time ∝ headings × document;
 * - nesting (`* * * … a`, 10,000 list items deep on one line):
 *   mdast-util-from-markdown `prepareList` walks every list's events, nested
 *   lists included: time ∝ depth × document.
 *
 * So a document is cut into chunks at boundaries where nothing can be open —
 * a line at the left margin after a blank line, and the line after a setext or
 * ATX heading that started at such a point — outside front matter, fenced
 * code and the HTML blocks that may contain blank lines; each chunk is parsed
 * alone and its tree shifted into place.  A chunk closes at the first boundary
 * after `CHUNK_SIZE` characters or `CHUNK_HEADINGS` setext headings.  Link
 * reference definitions are document-wide: each chunk is parsed with stand-ins
 * (`[label]: #`, appended after a blank line, dropped afterwards) for the
 * labels it uses that are defined elsewhere.  What cannot be cut is bounded
 * instead: a line nested deeper than `MAX_NESTING` containers, or a piece with
 * more setext-like underlines than `SETEXT_BUDGET` allows for its size, makes
 * the whole file fail with a clear error (checked before parsing, in one
 * linear pass).
 *
 * Written by hand: remark has no incremental or chunked parser.  Lists split
 * by a blank line at the margin become two lists (the items, and their prose,
 * are the same).
 */
import type {Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'

/** A chunk closes at the first boundary after this many characters. */
export const CHUNK_SIZE = 4096
/** … or after this many setext headings. */
export const CHUNK_HEADINGS = 32
/** Deepest nesting of block quotes and lists accepted on a line. */
export const MAX_NESTING = 32
/** Setext-like underlines × characters allowed in a piece that cannot be cut. */
export const SETEXT_BUDGET = 4_000_000
/** Underlines always allowed in a piece, whatever its size. */
const SETEXT_FREE = 64

export class MarkdownLimitError extends Error {}

export interface Chunk {
  /** Offset of the chunk in the document (always a line start). */
  start: number
  end: number
  /** Line number of `start` (1-based). */
  line: number
}

const TAB = 9
const LF = 10
const CR = 13
const SPACE = 32

/** Lines a chunk may not start with: a chunk parse would read them as front matter. */
function startsLikeFrontmatter(doc: string, at: number): boolean {
  return doc.startsWith('---', at) || doc.startsWith('+++', at)
}

interface HtmlBlockEnd {
  /** Text that ends the block (lower case). */
  marker: string[]
}

/** The HTML block kinds that may contain blank lines (CommonMark kinds 1–5): their end markers. */
function htmlBlockStart(doc: string, at: number, end: number): HtmlBlockEnd | undefined {
  if (doc.charCodeAt(at) !== 60 /* < */) return undefined
  const head = doc.slice(at, Math.min(end, at + 12)).toLowerCase()
  if (head.startsWith('<!--')) return {marker: ['-->']}
  if (head.startsWith('<?')) return {marker: ['?>']}
  if (head.startsWith('<![cdata[')) return {marker: [']]>']}
  if (/^<![a-z]/.test(head)) return {marker: ['>']}
  const m = /^<(script|pre|style|textarea)(?=[\s>]|$)/.exec(head)
  if (m) return {marker: ['</script>', '</pre>', '</style>', '</textarea>']}
  return undefined
}

function containsAny(text: string, markers: string[]): boolean {
  const lower = text.toLowerCase()
  return markers.some((m) => lower.includes(m))
}

/**
 * Read a line's container prefix: indentation, block quote markers and list
 * markers.  Returns where the content starts, the number of markers, and the
 * indentation (columns) before the first one.
 */
function readPrefix(doc: string, from: number, end: number): {content: number; markers: number; indent: number; quote: boolean; hr: boolean} {
  let i = from
  let indent = 0
  while (i < end) {
    const c = doc.charCodeAt(i)
    if (c === SPACE) indent++
    else if (c === TAB) indent += 4 - (indent % 4)
    else break
    i++
  }
  let markers = 0
  let quote = false
  let bullets = 0
  let bullet = -1
  let sameBullet = true
  while (i < end) {
    const c = doc.charCodeAt(i)
    let next = -1
    if (c === 62 /* > */) {
      next = i + 1
      quote = true
    } else if (c === 42 || c === 43 || c === 45 /* * + - */) {
      const after = i + 1 < end ? doc.charCodeAt(i + 1) : -1
      if (after === -1 || after === SPACE || after === TAB) {
        next = i + 1
        bullets++
        if (bullet !== -1 && bullet !== c) sameBullet = false
        bullet = c
      }
    } else if (c >= 48 && c <= 57) {
      let k = i
      while (k < end && k - i < 9 && doc.charCodeAt(k) >= 48 && doc.charCodeAt(k) <= 57) k++
      const d = k < end ? doc.charCodeAt(k) : -1
      const after = k + 1 < end ? doc.charCodeAt(k + 1) : -1
      if ((d === 46 || d === 41) && (after === -1 || after === SPACE || after === TAB)) {
        next = k + 1
        sameBullet = false
      }
    }
    if (next === -1) break
    markers++
    i = next
    while (i < end && (doc.charCodeAt(i) === SPACE || doc.charCodeAt(i) === TAB)) i++
  }
  // `* * *` and `- - -` are thematic breaks, not lists.
  const hr = i >= end && !quote && bullets >= 3 && sameBullet && bullets === markers && bullet !== 43
  return {content: i, markers, indent, quote, hr}
}

/** `=+` or `-+` (after up to three spaces) and trailing white space only. */
function isUnderline(doc: string, from: number, end: number): boolean {
  let i = from
  while (i < end && i - from < 3 && doc.charCodeAt(i) === SPACE) i++
  const c = doc.charCodeAt(i)
  if (i >= end || (c !== 61 && c !== 45)) return false
  while (i < end && doc.charCodeAt(i) === c) i++
  while (i < end && (doc.charCodeAt(i) === SPACE || doc.charCodeAt(i) === TAB)) i++
  return i === end
}

/** The first characters that may start something other than a paragraph line. */
const BLOCK_START = new Set('>#-+*_=`~<[|:$'.split('').map((c) => c.charCodeAt(0)))

/** A line that can only be paragraph text (a conservative test). */
function isPlainLine(doc: string, from: number, end: number, first: boolean): boolean {
  let i = from
  while (i < end && doc.charCodeAt(i) === SPACE) i++
  if (i >= end) return false
  if (first && i - from > 3) return false
  if (i - from > 3) return true
  const c = doc.charCodeAt(i)
  if (c === TAB || BLOCK_START.has(c) || (c >= 48 && c <= 57)) return false
  // A pipe may make it a table row.
  for (let k = i; k < end; k++) if (doc.charCodeAt(k) === 124) return false
  return true
}

/** A setext-like underline after any block quote markers: `=`s or `-`s alone. */
function isNestedUnderline(doc: string, from: number, end: number): boolean {
  let i = from
  while (i < end && (doc.charCodeAt(i) === SPACE || doc.charCodeAt(i) === TAB || doc.charCodeAt(i) === 62)) i++
  const c = doc.charCodeAt(i)
  if (i >= end || (c !== 61 && c !== 45)) return false
  while (i < end && doc.charCodeAt(i) === c) i++
  while (i < end && (doc.charCodeAt(i) === SPACE || doc.charCodeAt(i) === TAB)) i++
  return i === end
}

/**
 * Where to cut a document, in one linear pass over its lines; throws a
 * MarkdownLimitError for what cannot be bounded.
 */
export function markdownChunks(doc: string): Chunk[] {
  const chunks: Chunk[] = []
  let chunkStart = 0
  let chunkLine = 1
  let headings = 0
  let underlines = 0
  let line = 1
  let at = 0
  let previousBlank = true
  /** Nothing is open at the start of this line (set by the line before). */
  let cleanNext = true
  /** Lines of a paragraph that started at a clean point (0: none). */
  let paragraph = 0
  let fence: {char: number; length: number; nested: boolean} | undefined
  let html: {marker: string[]; nested: boolean} | undefined
  let frontmatter: string | undefined
  if (/^(?:---|\+\+\+)[ \t]*(?:\r?\n|\r)/.test(doc.slice(0, 8))) {
    frontmatter = doc.slice(0, 3)
    cleanNext = false
  }
  const length = doc.length
  const closeChunk = (end: number): void => {
    if (underlines > SETEXT_FREE && underlines * (end - chunkStart) > SETEXT_BUDGET) {
      throw new MarkdownLimitError(
        `${underlines} setext heading underlines in ${end - chunkStart} characters from line ${chunkLine} on, with no blank line wirelint can cut the Markdown at (add blank lines between the headings)`
      )
    }
    chunks.push({start: chunkStart, end, line: chunkLine})
  }
  while (at <= length) {
    let end = at
    while (end < length) {
      const c = doc.charCodeAt(end)
      if (c === LF || c === CR) break
      end++
    }
    let next = end
    if (next < length) next += doc.charCodeAt(next) === CR && doc.charCodeAt(next + 1) === LF ? 2 : 1
    const prefix = readPrefix(doc, at, end)
    const blank = prefix.content >= end && prefix.markers === 0
    const open = fence !== undefined || html !== undefined || frontmatter !== undefined
    const first = doc.charCodeAt(at)

    // Nothing is open before this line: after a heading that began at such a
    // point, or at the left margin after a blank line.
    const clean = !open && !blank && (cleanNext || (previousBlank && first !== SPACE && first !== TAB))
    if (clean && at > chunkStart && !startsLikeFrontmatter(doc, at) && (at - chunkStart >= CHUNK_SIZE || headings >= CHUNK_HEADINGS)) {
      closeChunk(at)
      chunkStart = at
      chunkLine = line
      headings = 0
      underlines = 0
    }

    // Nesting bound: the markers on this line, plus what its indentation may continue.
    if (!open && prefix.markers > 0 && !prefix.hr) {
      const depth = Math.floor(prefix.indent / 2) + prefix.markers
      if (depth > MAX_NESTING) {
        throw new MarkdownLimitError(`line ${line} is nested ${depth} levels deep (block quotes and lists; at most ${MAX_NESTING} are checked)`)
      }
    }
    if (!open && !blank && !previousBlank && isNestedUnderline(doc, at, end)) underlines++

    cleanNext = false
    if (frontmatter !== undefined) {
      if (at > 0 && doc.startsWith(frontmatter, at) && /^[ \t]*$/.test(doc.slice(at + 3, end))) {
        frontmatter = undefined
        cleanNext = true
      }
    } else if (fence) {
      let k = prefix.content
      while (k < end && doc.charCodeAt(k) === fence.char) k++
      if (k - prefix.content >= fence.length && /^[ \t]*$/.test(doc.slice(k, end))) fence = undefined
      else if (fence.nested && !blank && prefix.content === at && first !== 62) fence = undefined
    } else if (html) {
      if (containsAny(doc.slice(at, end), html.marker)) html = undefined
      else if (html.nested && !blank && prefix.content === at && first !== 62) html = undefined
    } else if (!blank) {
      const content = prefix.content
      const nested = prefix.markers > 0
      const c = doc.charCodeAt(content)
      if ((c === 96 || c === 126) /* ` ~ */ && (nested || prefix.indent < 4)) {
        let k = content
        while (k < end && doc.charCodeAt(k) === c) k++
        if (k - content >= 3 && (c !== 96 || doc.slice(k, end).indexOf('`') === -1)) fence = {char: c, length: k - content, nested}
      }
      if (!fence && (nested || prefix.indent < 4)) {
        const start = htmlBlockStart(doc, content, end)
        if (start && !containsAny(doc.slice(content + 2, end), start.marker)) html = {marker: start.marker, nested}
      }
    }

    // Setext and ATX headings that start at a clean point end there: the next line is clean.
    if (open || blank || fence || html) {
      paragraph = 0
    } else if (paragraph > 0 && isUnderline(doc, at, end)) {
      headings++
      cleanNext = true
      paragraph = 0
    } else if (clean && prefix.markers === 0 && prefix.indent < 4 && /^#{1,6}(?:[ \t]|$)/.test(doc.slice(prefix.content, Math.min(end, prefix.content + 7)))) {
      cleanNext = true
      paragraph = 0
    } else if ((paragraph > 0 || clean) && isPlainLine(doc, at, end, paragraph === 0)) {
      paragraph++
    } else {
      paragraph = 0
    }

    previousBlank = blank
    if (next === end) break
    at = next
    line++
  }
  closeChunk(length)
  return chunks
}

/** Normalise a link label the way micromark compares them. */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase()
}

/** Labels of link reference and footnote definitions, by normalised label. */
function definitionLabels(doc: string): Map<string, string> {
  const labels = new Map<string, string>()
  const pattern = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*\[((?:[^[\]\\\r\n]|\\[^\r\n]){1,999})\]:/gm
  let m: RegExpExecArray | null
  while ((m = pattern.exec(doc)) !== null) {
    const key = normalizeLabel(m[1])
    if (key && !labels.has(key)) labels.set(key, m[1])
  }
  return labels
}

/** The labels used (bracketed) in a piece of text that `labels` defines. */
function usedLabels(text: string, labels: Map<string, string>): string[] {
  const used = new Set<string>()
  const pattern = /\[((?:[^[\]\\\r\n]|\\[^\r\n]){1,999})\]/g
  let m: RegExpExecArray | null
  while ((m = pattern.exec(text)) !== null) {
    const key = normalizeLabel(m[1])
    if (labels.has(key)) used.add(labels.get(key)!)
  }
  return [...used]
}

type Node = {type: string; position?: {start: Point; end: Point}; children?: Node[]}
type Point = {line: number; column: number; offset?: number}

/** Move a chunk's tree into place in the document (new point objects). */
function shift(tree: Node, offset: number, lines: number): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const p = node.position
    if (p) {
      node.position = {
        start: {line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset},
        end: {line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset}
      }
    }
    if (node.children) for (const child of node.children) stack.push(child)
  }
}

/**
 * Parse a document with `parse` (remark-parse's parser) chunk by chunk and
 * put the trees together into one.
 */
export function parseInChunks(doc: string, parse: (doc: string) => Root): Root {
  const chunks = markdownChunks(doc)
  if (chunks.length === 1) return parse(doc)
  const labels = definitionLabels(doc)
  const children: RootContent[] = []
  for (const chunk of chunks) {
    const text = doc.slice(chunk.start, chunk.end)
    const stand = labels.size > 0 ? usedLabels(text, labels) : []
    let tree: Root | undefined
    if (stand.length > 0) {
      tree = parse(text + '\n\n' + stand.map((label) => `[${label}]: #`).join('\n') + '\n')
      // Keep what belongs to the chunk; if a node ran into the stand-ins, parse again without them.
      tree.children = tree.children.filter((child) => (child.position?.start.offset ?? 0) < text.length)
      if (tree.children.some((child) => (child.position?.end.offset ?? 0) > text.length)) tree = undefined
    }
    tree ??= parse(text)
    shift(tree as unknown as Node, chunk.start, chunk.line - 1)
    for (const child of tree.children) children.push(child)
  }
  return {
    type: 'root',
    children,
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: endPoint(doc)
    }
  }
}

/** The point after the last character. */
function endPoint(doc: string): {line: number; column: number; offset: number} {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < doc.length; i++) {
    const c = doc.charCodeAt(i)
    if (c === LF || (c === CR && doc.charCodeAt(i + 1) !== LF)) {
      line++
      lineStart = i + 1
    }
  }
  return {line, column: doc.length - lineStart + 1, offset: doc.length}
}

/** unified plugin (after remark-parse and its extensions): parse in chunks. */
export function remarkChunked(this: {parser?: (doc: string, file: VFile) => Root}): void {
  const parse = this.parser
  if (!parse) throw new Error('remarkChunked must come after remark-parse')
  this.parser = (doc: string, file: VFile) => parseInChunks(doc, (text) => parse(text, file))
}
