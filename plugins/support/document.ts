/**
 * The document index: one hand-written walk over the nlcst tree, shared by
 * every rule.
 *
 * Written by hand on purpose: a unist-util-visit pass costs about 30× a plain
 * recursion (more than the parse itself), and each rule walking the tree again
 * would multiply that.  The first rule that asks for the index builds it; the
 * others get the cached one (keyed by the tree), so a plugin still works alone
 * in any unified chain.
 *
 * Each paragraph gets a *prose view*: the concatenation of its leaves' values
 * (`text`), the same text with syntax (URLs, e-mail addresses, @mentions,
 * hashtags, inline code) blanked out (`masked`, same length), and a segment map
 * from text index to file offset, so rules can match regular expressions on
 * text and still report exact places in the original file — for plain text as
 * for Markdown or HTML, where markup between leaves is not part of the text.
 */
import type {
  Paragraph,
  Root,
  Sentence,
  Source,
  Word as WordNode
} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {lowerCase} from './text.js'

/** Placeholder for masked (non-prose) characters: a private-use code point. */
export const MASK = '\uE000'

export type SyntaxKind = 'url' | 'mention' | 'hashtag' | 'source'

export interface Segment {
  /** Index in the paragraph text. */
  text: number
  /** Offset in the file. */
  file: number
  length: number
  /**
   * Length in the file when it differs from `length`: a leaf whose source is
   * not its value (`&amp;` for "&" in HTML or Markdown).  Such a segment holds
   * that one leaf and is never merged.
   */
  fileLength?: number | undefined
}

export interface WordInfo {
  node: WordNode
  /** The word as written ("Aleppo’s"). */
  value: string
  /** Start and end in the paragraph text. */
  start: number
  end: number
  paragraph: ParagraphInfo
  sentence: SentenceInfo
}

export interface SyntaxInfo {
  node: Source
  kind: SyntaxKind
  value: string
  start: number
  end: number
  paragraph: ParagraphInfo
  sentence: SentenceInfo | undefined
}

export interface SentenceInfo {
  node: Sentence
  start: number
  end: number
  words: WordInfo[]
  paragraph: ParagraphInfo
}

export interface ParagraphInfo {
  /** Position in `DocumentIndex.paragraphs`. */
  index: number
  node: Paragraph
  text: string
  masked: string
  segments: Segment[]
  /** File offsets of the first and after the last character. */
  start: number
  end: number
  sentences: SentenceInfo[]
  words: WordInfo[]
  syntax: SyntaxInfo[]
  /** Set by a format bridge: a Markdown/HTML heading, list item, table cell … */
  block?: string | undefined
}

export interface DocumentIndex {
  file: VFile
  /** The whole file as a string. */
  value: string
  paragraphs: ParagraphInfo[]
  words: WordInfo[]
  syntax: SyntaxInfo[]
  /** How often each word occurs, as written (computed on first use). */
  readonly counts: Map<string, number>
  /** How often each word occurs, lower-cased (computed on first use). */
  readonly lowerCounts: Map<string, number>
  /** Line/column of a file offset. */
  point(offset: number): Required<Point>
  /** File offset of a paragraph text index. */
  offset(paragraph: ParagraphInfo, index: number): number
  /** File offsets of the paragraph text span [start, end). */
  range(paragraph: ParagraphInfo, start: number, end: number): [number, number]
  /** Results other rules and helpers cache for this document. */
  cache: Map<string, unknown>
}

/**
 * Where a tree keeps its index: a non-enumerable symbol property on the root
 * (invisible to JSON, structuredClone, deep-equality and enumeration).  Not a
 * WeakMap keyed by the tree: measured, entries of the module's long-lived
 * WeakMap kept every tree and index alive past V8's young-generation
 * collections until a full one (parse + index of news-clean: 25% of the young
 * generation survived each scavenge instead of 2%, and the parse ran 3-4×
 * slower; a whole check's mean survival went from 14% to 6%).
 */
const INDEX = Symbol('wirelint.documentIndex')

/** Get (build once) the index of a tree. */
export function getIndex(tree: Root, file: VFile): DocumentIndex {
  const holder = tree as Root & {[INDEX]?: DocumentIndex}
  let index = holder[INDEX]
  if (!index) {
    index = buildIndex(tree, file)
    Object.defineProperty(holder, INDEX, {value: index, configurable: true})
  }
  return index
}

interface Builder {
  paragraph: ParagraphInfo | undefined
  sentence: SentenceInfo | undefined
  text: string[]
  /** Text spans [start, end) to blank out in `masked` (syntax). */
  masks: number[]
  length: number
  /** File offset right after the last leaf (for nodes without position). */
  cursor: number
}

function buildIndex(tree: Root, file: VFile): DocumentIndex {
  const value = String(file.value ?? '')
  const place = location(file)
  const paragraphs: ParagraphInfo[] = []
  const words: WordInfo[] = []
  const syntax: SyntaxInfo[] = []
  const b: Builder = {
    paragraph: undefined,
    sentence: undefined,
    text: [],
    masks: [],
    length: 0,
    cursor: 0
  }

  const leaf = (node: {value: string; position?: {start: {offset?: number}; end?: {offset?: number}}}, masked: boolean): void => {
    const p = b.paragraph
    if (!p) return
    const v = node.value
    const fileStart = node.position?.start.offset ?? b.cursor
    const fileEnd = node.position?.end?.offset
    const fileLength = fileEnd !== undefined && fileEnd >= fileStart ? fileEnd - fileStart : v.length
    const last = p.segments[p.segments.length - 1]
    if (fileLength !== v.length) {
      if (v.length > 0) p.segments.push({text: b.length, file: fileStart, length: v.length, fileLength})
    } else if (last && last.fileLength === undefined && last.file + last.length === fileStart && last.text + last.length === b.length) {
      last.length += v.length
    } else if (v.length > 0) {
      // Every segment gets the same fields (fileLength undefined here), so
      // segments share one hidden class and the reads of them stay monomorphic.
      p.segments.push({text: b.length, file: fileStart, length: v.length, fileLength: undefined})
    }
    b.text.push(v)
    if (masked && v.length > 0) b.masks.push(b.length, b.length + v.length)
    b.length += v.length
    b.cursor = fileStart + fileLength
  }

  const wordValue = (node: WordNode): string => {
    const children = node.children
    if (children.length === 1) return children[0].value
    let s = ''
    for (const child of children) s += child.value
    return s
  }

  const visit = (node: Root['children'][number] | Root | Sentence['children'][number]): void => {
    switch (node.type) {
      case 'RootNode': {
        for (const child of node.children) visit(child)
        return
      }
      case 'ParagraphNode': {
        const p: ParagraphInfo = {
          index: paragraphs.length,
          node,
          text: '',
          masked: '',
          segments: [],
          start: node.position?.start.offset ?? b.cursor,
          end: 0,
          sentences: [],
          words: [],
          syntax: [],
          // Always present (undefined when none), so paragraphs share one shape.
          block: (node.data as {wirelintBlock?: string} | undefined)?.wirelintBlock || undefined
        }
        b.paragraph = p
        b.text = []
        b.masks = []
        b.length = 0
        b.cursor = p.start
        for (const child of node.children) visit(child)
        p.text = b.text.join('')
        p.masked = b.masks.length === 0 ? p.text : maskSpans(p.text, b.masks)
        p.end = node.position?.end.offset ?? b.cursor
        paragraphs.push(p)
        b.paragraph = undefined
        b.sentence = undefined
        return
      }
      case 'SentenceNode': {
        const p = b.paragraph
        if (!p) return
        const s: SentenceInfo = {node, start: b.length, end: 0, words: [], paragraph: p}
        b.sentence = s
        for (const child of node.children) visit(child)
        s.end = b.length
        p.sentences.push(s)
        b.sentence = undefined
        return
      }
      case 'WordNode': {
        const p = b.paragraph
        const s = b.sentence
        if (!p || !s) return
        const start = b.length
        for (const child of node.children) leaf(child, false)
        const v = wordValue(node)
        const w: WordInfo = {node, value: v, start, end: b.length, paragraph: p, sentence: s}
        s.words.push(w)
        p.words.push(w)
        words.push(w)
        return
      }
      case 'SourceNode': {
        const p = b.paragraph
        if (!p) return
        const start = b.length
        leaf(node, true)
        const info: SyntaxInfo = {
          node,
          kind: syntaxKind(node),
          value: node.value,
          start,
          end: b.length,
          paragraph: p,
          sentence: b.sentence
        }
        p.syntax.push(info)
        syntax.push(info)
        return
      }
      case 'WhiteSpaceNode':
      case 'PunctuationNode':
      case 'SymbolNode':
      case 'TextNode': {
        leaf(node, false)
        return
      }
      default:
        // Unknown node types (from other plugins): walk parents, take literals.
        if ('children' in node && Array.isArray((node as {children?: unknown}).children)) {
          for (const child of (node as unknown as {children: Root['children']}).children) visit(child)
        } else if (typeof (node as {value?: unknown}).value === 'string') {
          leaf(node as unknown as {value: string}, false)
        }
    }
  }

  visit(tree)

  /** The last segment of a paragraph starting at or before a text index. */
  const segmentAt = (segs: Segment[], index: number): Segment => {
    let lo = 0
    let hi = segs.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (segs[mid].text <= index) lo = mid
      else hi = mid - 1
    }
    return segs[lo]
  }

  const offset = (paragraph: ParagraphInfo, index: number): number => {
    const segs = paragraph.segments
    if (segs.length === 0) return paragraph.start
    const seg = segmentAt(segs, index)
    // Inside a leaf whose source is not its value (one decoded construct, such
    // as `&#x1F600;` for a surrogate pair), a span starts where the construct
    // does; after it (the end of a paragraph), where it ends.
    if (seg.fileLength !== undefined) return index >= seg.text + seg.length ? seg.file + seg.fileLength : seg.file
    return seg.file + Math.max(0, index - seg.text)
  }

  const range = (paragraph: ParagraphInfo, start: number, end: number): [number, number] => {
    const from = offset(paragraph, start)
    if (end <= start) return [from, from]
    const segs = paragraph.segments
    if (segs.length > 0) {
      // A span ending in a leaf whose source is not its value (an entity)
      // ends where that source ends: a construct is never cut.
      const seg = segmentAt(segs, end - 1)
      if (seg.fileLength !== undefined) return [from, seg.file + seg.fileLength]
    }
    return [from, offset(paragraph, end - 1) + 1]
  }

  const point = (off: number): Required<Point> => {
    const p = place.toPoint(off)
    if (p) return {line: p.line, column: p.column, offset: off}
    // After the last character: vfile-location returns undefined there.
    const end = place.toPoint(Math.max(0, value.length - 1))
    if (end && value.length > 0) {
      const lastChar = value[value.length - 1]
      if (lastChar === '\n' || lastChar === '\r') return {line: end.line + 1, column: 1, offset: off}
      return {line: end.line, column: end.column + 1, offset: off}
    }
    return {line: 1, column: 1, offset: off}
  }

  // The prose ranges, for the fix guard (pipeline/fix.ts): a fix may reach
  // beyond its finding over markup, never over prose.
  ;(file.data as {wirelintParagraphs?: ParagraphInfo[]}).wirelintParagraphs = paragraphs

  return new Index(file, value, paragraphs, words, syntax, point, offset, range)
}

/**
 * The index object.  A class, not an object literal with getters: V8 builds
 * such a literal (new getter closures per document) as a dictionary-mode
 * object, and measured, that alone kept trees alive past the young generation
 * as the WeakMap above did (parse + index 0.6-0.7 ms per article against 0.2).
 * tests/document-index.test.ts checks the shape with V8's own test functions.
 */
class Index implements DocumentIndex {
  readonly cache = new Map<string, unknown>()
  // Word counts are computed on first use: not every rule set needs them.
  #counts: Map<string, number> | undefined
  #lowerCounts: Map<string, number> | undefined

  constructor(
    readonly file: VFile,
    readonly value: string,
    readonly paragraphs: ParagraphInfo[],
    readonly words: WordInfo[],
    readonly syntax: SyntaxInfo[],
    readonly point: (offset: number) => Required<Point>,
    readonly offset: (paragraph: ParagraphInfo, index: number) => number,
    readonly range: (paragraph: ParagraphInfo, start: number, end: number) => [number, number]
  ) {}

  get counts(): Map<string, number> {
    if (!this.#counts) this.#count()
    return this.#counts!
  }

  get lowerCounts(): Map<string, number> {
    if (!this.#lowerCounts) this.#count()
    return this.#lowerCounts!
  }

  #count(): void {
    const counts = new Map<string, number>()
    const lowerCounts = new Map<string, number>()
    for (const w of this.words) {
      const v = w.value
      counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    // Lower-cased from the distinct words (each lower-cased once, not once per
    // use); the keys come in the same order, that of their first use.
    for (const [v, n] of counts) {
      const lower = lowerCase(v)
      lowerCounts.set(lower, (lowerCounts.get(lower) ?? 0) + n)
    }
    this.#counts = counts
    this.#lowerCounts = lowerCounts
  }
}

/** The text with the given spans replaced by MASK characters (same length). */
function maskSpans(text: string, spans: number[]): string {
  let out = ''
  let at = 0
  for (let i = 0; i < spans.length; i += 2) {
    out += text.slice(at, spans[i]) + MASK.repeat(spans[i + 1] - spans[i])
    at = spans[i + 1]
  }
  return out + text.slice(at)
}

function syntaxKind(node: Source): SyntaxKind {
  const data = node.data as {wirelintSyntax?: SyntaxKind} | undefined
  if (data?.wirelintSyntax) return data.wirelintSyntax
  const v = node.value
  if (v.startsWith('#')) return 'hashtag'
  if (v.startsWith('@')) return 'mention'
  if (/[./:]/.test(v)) return 'url'
  return 'source'
}

/** Memoise a per-document computation shared by several rules. */
export function cached<T>(index: DocumentIndex, key: string, make: () => T): T {
  // One look-up when the value is there (has() only for a value that is undefined).
  const hit = index.cache.get(key)
  if (hit !== undefined || index.cache.has(key)) return hit as T
  const v = make()
  index.cache.set(key, v)
  return v
}

/**
 * Whether a file offset holds prose (a character of some paragraph's text),
 * given the paragraphs the index recorded in `file.data`.
 */
export function isProseOffset(paragraphs: readonly ParagraphInfo[], offset: number): boolean {
  let lo = 0
  let hi = paragraphs.length - 1
  let at = -1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (paragraphs[mid].start <= offset) {
      at = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  // Paragraphs are in document order; look back a little for one still open.
  for (let i = at; i >= 0 && i >= at - 8; i--) {
    for (const seg of paragraphs[i].segments) {
      if (offset >= seg.file && offset < seg.file + (seg.fileLength ?? seg.length)) return true
    }
  }
  return false
}
