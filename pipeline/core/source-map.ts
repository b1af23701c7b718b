/**
 * The position model of the Markdown and HTML bridges: every character of the
 * prose they check maps back to exact offsets in the original file.
 *
 * mdast-util-to-nlcst and hast-util-to-nlcst tokenise a text node's *value*
 * (entities decoded, escapes removed, container prefixes and indentation
 * stripped, CRLF folded …) and place each token at the node's start plus its
 * index in the value.  Tokenising the whole value is right (splitting a text
 * node at `&eacute;` would make "caf&eacute;" two words); the places are not.
 * So, before conversion, each text node whose value is not its source
 * character for character gets an *alignment*: for every value index, the
 * source offset a token starting there starts at and the source offset a
 * token ending there ends at.  After conversion (the first step of the retext
 * side, before any rule) every nlcst point that falls in such a node's
 * virtual range `[start, start + value.length]` is moved through its alignment,
 * and its line and column are recomputed from the offset.  Virtual ranges
 * never collide with another node's: an alignment exists only when the value
 * is no longer than its source.
 *
 * Inside a word, a text node that mixes literal characters with decoded ones
 * is split into pieces that are each either literal (value = source) or one
 * decoded construct (`&amp;` for "&"), so the document index maps every
 * character of the word exactly; the word itself (its value, its tokenisation)
 * is unchanged.
 *
 * Written by hand: no unified package maps decoded text back to its source.
 * The decoders themselves are the parsers' own packages: micromark's
 * (decode-named-character-reference, micromark-util-decode-numeric-character-reference)
 * for Markdown, and parse5's (entities, in ./formats-html.ts) for HTML.
 * Every alignment is verified against the value character by character; a
 * node that cannot be aligned is never placed approximately — the bridges
 * then treat it as source (not checked) instead.
 */
import type {Root as NlcstRoot} from 'nlcst'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/** Where the characters of a value came from. Offsets are file offsets. */
export interface Alignment {
  /** `starts[k]`: where a token that starts at value index k starts (k ∈ [0, length]). */
  starts: Int32Array
  /** `ends[k]`: where a token that ends at value index k ends (k ∈ [0, length]). */
  ends: Int32Array
  /** Where the aligned source ends (the node's end, or for a prefix alignment the first unused offset). */
  end: number
  /** True when every character is one source character, with no gaps (the identity, shifted). */
  linear: boolean
}

/**
 * A virtual range of nlcst offsets and where it maps to.  With `starts`/`ends`
 * it is a text node; without, an atomic node (a hard break, an HTML `<code>`):
 * its start maps to `vstart`, anything after to `send`.
 */
export interface Region {
  vstart: number
  vlen: number
  starts?: Int32Array
  ends?: Int32Array
  send: number
}

/** A decoder of character references: `&…` at `at` → decoded text and source width, or undefined. */
export type ReferenceDecoder = (doc: string, at: number, end: number) => {text: string; width: number} | undefined

const LF = 10
const CR = 13
const SPACE = 32
const TAB = 9
const GT = 62
const AMP = 38
const BACKSLASH = 92

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102)
}

/**
 * A Markdown character reference at `at`, as micromark reads one: `&name;`
 * (a known name of at most 31 alphanumerics), `&#` and 1–7 digits, `&#x` and
 * 1–6 hex digits, always with the semicolon.
 */
export const markdownReference: ReferenceDecoder = (doc, at, end) => {
  let i = at + 1
  if (i < end && doc.charCodeAt(i) === 35 /* # */) {
    i++
    const hex = i < end && (doc.charCodeAt(i) === 120 || doc.charCodeAt(i) === 88)
    if (hex) i++
    const from = i
    const max = hex ? 6 : 7
    while (i < end && i - from < max && (hex ? isHexDigit(doc.charCodeAt(i)) : isDigit(doc.charCodeAt(i)))) i++
    if (i === from || i >= end || doc.charCodeAt(i) !== 59 /* ; */) return undefined
    return {text: decodeNumericCharacterReference(doc.slice(from, i), hex ? 16 : 10), width: i + 1 - at}
  }
  const from = i
  while (i < end && i - from < 31 && isAsciiAlphanumeric(doc.charCodeAt(i))) i++
  if (i === from || i >= end || doc.charCodeAt(i) !== 59) return undefined
  const text = decodeNamedCharacterReference(doc.slice(from, i))
  return text ? {text, width: i + 1 - at} : undefined
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Markdown's container prefix characters: indentation and block quote markers. */
function isPrefix(code: number): boolean {
  return code === SPACE || code === TAB || code === GT
}

/**
 * After a line ending, Markdown drops the line's container prefix (block quote
 * markers, list indentation) and leading white space from a text node's value.
 * Where does the content resume?  The prefix is the run of `[ \t>]` at `at`;
 * the value may itself start with such characters (`> b` under four spaces of
 * indentation is text), so keep the longest suffix of the run that is also a
 * prefix of the value's own run of them (Knuth–Morris–Pratt: linear).
 */
function skipLinePrefix(doc: string, at: number, end: number, value: string, j: number): number {
  let p = at
  while (p < end && isPrefix(doc.charCodeAt(p))) p++
  let q = j
  while (q < value.length && isPrefix(value.charCodeAt(q))) q++
  const qLength = q - j
  if (qLength === 0) return p
  // Failure function of the value's run.
  const fail = new Int32Array(qLength)
  for (let k = 1, state = 0; k < qLength; k++) {
    const c = value.charCodeAt(j + k)
    while (state > 0 && value.charCodeAt(j + state) !== c) state = fail[state - 1]
    if (value.charCodeAt(j + state) === c) state++
    fail[k] = state
  }
  let state = 0
  for (let k = at; k < p; k++) {
    const c = doc.charCodeAt(k)
    while (state > 0 && (state === qLength || value.charCodeAt(j + state) !== c)) state = fail[state - 1]
    if (state < qLength && value.charCodeAt(j + state) === c) state++
  }
  return p - state
}

/**
 * Align a Markdown text value (or image alt) with its source `doc[from, to)`.
 * Handles backslash escapes, character references (preferred over a literal
 * `&`), NUL → U+FFFD, trailing white space dropped before a line ending, and
 * container prefixes dropped after one.  With `prefix`, the value may use only
 * the start of the source (an image's alt text inside `![…]`).
 */
export function alignMarkdown(value: string, doc: string, from: number, to: number, prefix = false): Alignment | undefined {
  const length = value.length
  const starts = new Int32Array(length + 1)
  const ends = new Int32Array(length + 1)
  ends[0] = from
  let i = from
  let j = 0
  let linear = true
  let lineStart = false
  while (j < length) {
    if (lineStart) {
      const next = skipLinePrefix(doc, i, to, value, j)
      if (next !== i) linear = false
      i = next
      lineStart = false
    }
    if (i >= to) return undefined
    const c = doc.charCodeAt(i)
    const x = value.charCodeAt(j)
    let width = 0
    let count = 1
    if (c === BACKSLASH && i + 1 < to && isAsciiPunctuation(doc.charCodeAt(i + 1)) && x === doc.charCodeAt(i + 1)) {
      width = 2
    } else if (c === AMP) {
      const ref = markdownReference(doc, i, to)
      if (ref && value.startsWith(ref.text, j)) {
        width = ref.width
        count = ref.text.length
      } else if (x === AMP) width = 1
    } else if (c === x || (c === 0 && x === 0xfffd)) {
      width = 1
    } else if ((c === SPACE || c === TAB) && (x === LF || x === CR)) {
      // Trailing white space of a line, dropped from the value.
      let k = i
      while (k < to && (doc.charCodeAt(k) === SPACE || doc.charCodeAt(k) === TAB)) k++
      if (k >= to || doc.charCodeAt(k) !== x) return undefined
      i = k
      linear = false
      continue
    }
    if (width === 0) return undefined
    if (width !== 1 || count !== 1) linear = false
    for (let n = 0; n < count; n++) {
      starts[j + n] = i
      ends[j + n + 1] = i + width
    }
    if (starts[j] !== ends[j]) linear = false
    if (x === LF || (x === CR && value.charCodeAt(j + 1) !== LF)) lineStart = true
    i += width
    j += count
  }
  if (lineStart && !prefix) {
    const next = skipLinePrefix(doc, i, to, value, j)
    if (next !== i) linear = false
    i = next
  }
  starts[length] = i
  if (!prefix && i !== to) return undefined
  return {starts, ends, end: i, linear}
}

/**
 * Align an HTML text value with its source `doc[from, to)`: character
 * references as parse5 reads them (`decode`, preferred over a literal `&`),
 * CRLF and CR → LF, NUL dropped (or U+FFFD), and the line feed a parser drops
 * right after `<pre>`, `<textarea>` or `<listing>`.
 */
export function alignHtml(value: string, doc: string, from: number, to: number, decode: ReferenceDecoder): Alignment | undefined {
  const length = value.length
  const starts = new Int32Array(length + 1)
  const ends = new Int32Array(length + 1)
  ends[0] = from
  let i = from
  let j = 0
  let linear = true
  if (length > 0 && value.charCodeAt(0) !== LF) {
    // A leading line ending the parser dropped (after <pre> and friends).
    if (doc.charCodeAt(i) === CR && doc.charCodeAt(i + 1) === LF) i += 2
    else if (doc.charCodeAt(i) === LF || doc.charCodeAt(i) === CR) i++
    if (i !== from) {
      linear = false
      ends[0] = i
    }
  }
  while (j < length) {
    if (i >= to) return undefined
    const c = doc.charCodeAt(i)
    const x = value.charCodeAt(j)
    let width = 0
    let count = 1
    if (c === AMP) {
      const ref = decode(doc, i, to)
      if (ref && value.startsWith(ref.text, j)) {
        width = ref.width
        count = ref.text.length
      } else if (x === AMP) width = 1
    } else if (c === CR && x === LF) {
      width = i + 1 < to && doc.charCodeAt(i + 1) === LF ? 2 : 1
    } else if (c === x || (c === 0 && x === 0xfffd)) {
      width = 1
    } else if (c === 0) {
      // A NUL the parser dropped.
      i++
      linear = false
      continue
    }
    if (width === 0) return undefined
    if (width !== 1 || count !== 1) linear = false
    for (let n = 0; n < count; n++) {
      starts[j + n] = i
      ends[j + n + 1] = i + width
    }
    if (starts[j] !== ends[j]) linear = false
    i += width
    j += count
  }
  while (i < to && doc.charCodeAt(i) === 0) {
    i++
    linear = false
  }
  starts[length] = i
  if (i !== to) return undefined
  return {starts, ends, end: i, linear}
}

/** Longest text node handed to the converters in one piece (characters). */
export const TEXT_PIECE = 4000

/** parse-latin's white space (its `whiteSpace` expression, not exported by the package). */
const WHITE_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

function isWhiteSpace(value: string, at: number): boolean {
  return WHITE_SPACE.test(value.charAt(at))
}

const SENTENCE_END = new Set(['.', '!', '?', '…'])
const CLOSING = new Set(['"', "'", '”', '’', '»', ')', ']'])

/**
 * Where to cut a long value into pieces of at most `max` characters.  A cut
 * goes right after white space and before anything else (a token boundary:
 * the pieces tokenise as the whole does), after a sentence end if there is one
 * in the second half of the window, never inside a decoded construct or a
 * surrogate pair; without white space in the window, at the window's end
 * (the plain-text parser cuts long lines the same way).  mdast-util-to-nlcst
 * and hast-util-to-nlcst spread a node's tokens into an argument list
 * (`push(...tokens)`), which overflows the stack beyond about 100,000.
 */
export function cutPoints(value: string, alignment: Alignment | undefined, max = TEXT_PIECE): number[] {
  const cuts: number[] = []
  const length = value.length
  const atBoundary = (p: number): boolean => {
    if (alignment && alignment.starts[p] === alignment.starts[p - 1]) return false
    const c = value.charCodeAt(p)
    return !(c >= 0xdc00 && c <= 0xdfff)
  }
  let from = 0
  while (length - from > max) {
    const limit = from + max
    const floor = from + (max >> 1)
    let cut = -1
    let space = -1
    for (let p = limit; p > floor && cut === -1; p--) {
      if (!isWhiteSpace(value, p - 1) || isWhiteSpace(value, p) || !atBoundary(p)) continue
      if (space === -1) space = p
      let q = p - 1
      while (q > from && isWhiteSpace(value, q - 1)) q--
      while (q > from && CLOSING.has(value.charAt(q - 1))) q--
      if (q > from && SENTENCE_END.has(value.charAt(q - 1))) cut = p
      // Each run of white space is walked once: continue before it.
      p = q + 1
    }
    if (cut === -1) cut = space
    if (cut === -1) {
      cut = limit
      while (cut > from + 1 && !atBoundary(cut)) cut--
    }
    cuts.push(cut)
    from = cut
  }
  return cuts
}

/** The regions of one file, recorded by a bridge before conversion. */
export class SourceMap {
  readonly regions: Region[] = []
  private sorted = true

  /** A text node (or alt text) placed at `vstart` whose characters come from `alignment`. */
  addText(vstart: number, vlen: number, alignment: Alignment): void {
    this.push({vstart, vlen, starts: alignment.starts, ends: alignment.ends, send: alignment.end})
  }

  /** An atomic node placed at `vstart` with `vlen` characters whose source is `[vstart, send)`. */
  addAtomic(vstart: number, vlen: number, send: number): void {
    if (vstart + vlen === send) return
    this.push({vstart, vlen, send})
  }

  private push(region: Region): void {
    const last = this.regions[this.regions.length - 1]
    if (last && last.vstart > region.vstart) this.sorted = false
    this.regions.push(region)
  }

  /** The region whose virtual range holds an offset, preferring one that starts there. */
  find(offset: number): Region | undefined {
    if (!this.sorted) {
      this.regions.sort((a, b) => a.vstart - b.vstart)
      this.sorted = true
    }
    const regions = this.regions
    let lo = 0
    let hi = regions.length - 1
    let at = -1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      if (regions[mid].vstart <= offset) {
        at = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (at === -1) return undefined
    const region = regions[at]
    return offset <= region.vstart + region.vlen ? region : undefined
  }
}

/** Where a virtual offset lands as the start (`end = false`) or end of a node. */
function mapOffset(region: Region, offset: number, end: boolean): number {
  const k = offset - region.vstart
  if (!region.starts || !region.ends) return k === 0 ? region.vstart : region.send
  return end ? region.ends[k] : region.starts[k]
}

type Point = {line: number; column: number; offset?: number}
type Positioned = {
  type: string
  value?: string
  children?: Positioned[]
  position?: {start: Point; end: Point}
  data?: unknown
}

/**
 * Move every point of an nlcst tree through the file's source map, split
 * leaves into exact pieces, and make sure no position is reversed or outside
 * the file.  Points are replaced, never mutated (parsers share point objects
 * between nodes).
 */
export function remapTree(tree: NlcstRoot, file: VFile, map: SourceMap | undefined): void {
  const length = String(file.value ?? '').length
  const place = location(file)
  const point = (offset: number): Point => {
    const p = place.toPoint(offset)
    return p ? {line: p.line, column: p.column, offset} : {line: 1, column: 1, offset}
  }
  const hasRegions = map !== undefined && map.regions.length > 0
  // Pieces of split leaves carry exact positions already.
  const exact = new Set<Positioned>()
  const stack: Positioned[] = [tree as unknown as Positioned]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (exact.has(node)) continue
    const position = node.position
    if (position) {
      const s0 = position.start.offset
      const e0 = position.end.offset
      if (s0 === undefined || e0 === undefined) {
        node.position = undefined
      } else {
        let s = s0
        let e = e0
        const startRegion = hasRegions ? map!.find(s0) : undefined
        const endRegion = hasRegions ? (e0 === s0 ? startRegion : map!.find(e0)) : undefined
        if (startRegion) s = mapOffset(startRegion, s0, e0 === s0 && startRegion.starts !== undefined)
        if (endRegion) e = mapOffset(endRegion, e0, true)
        if (s < 0) s = 0
        if (s > length) s = length
        if (e < s) e = s
        if (e > length) e = length
        if (s !== s0 || e !== e0 || !(s0 >= 0 && e0 >= s0 && e0 <= length)) {
          node.position = {start: point(s), end: point(e)}
        }
      }
    }
    if (node.children) {
      if (hasRegions) splitLeaves(node, map!, point, exact)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
    }
  }
}

/** Leaves that may be cut into several of the same kind (rules read leaves only through the document index). */
const SPLITTABLE = new Set(['TextNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode'])

/**
 * Split the leaves of a parent (still in virtual offsets) whose characters do
 * not map one to one onto their source into pieces that are each literal or
 * one decoded construct, with exact positions.  Words keep their value and
 * tokenisation; only their text is cut.
 */
function splitLeaves(parent: Positioned, map: SourceMap, point: (offset: number) => Point, exact: Set<Positioned>): void {
  let out: Positioned[] | undefined
  const children = parent.children!
  for (let c = 0; c < children.length; c++) {
    const child = children[c]
    const v = child.value
    const s0 = child.position?.start.offset
    const region = SPLITTABLE.has(child.type) && typeof v === 'string' && v.length > 1 && s0 !== undefined ? map.find(s0) : undefined
    const k0 = region ? s0! - region.vstart : 0
    if (!region || !region.starts || !region.ends || k0 + v!.length > region.vlen || child.position!.end.offset !== s0! + v!.length) {
      out?.push(child)
      continue
    }
    const starts = region.starts
    const ends = region.ends
    const k1 = k0 + v!.length
    const pieces: Positioned[] = []
    let p = k0
    while (p < k1) {
      const s = starts[p]
      const e = ends[p + 1]
      let q = p + 1
      if (e - s === 1) {
        while (q < k1 && ends[q + 1] - starts[q] === 1 && starts[q] === ends[q]) q++
      } else {
        while (q < k1 && starts[q] === s && ends[q + 1] === e) q++
      }
      const piece: Positioned = {type: child.type, value: v!.slice(p - k0, q - k0), position: {start: point(s), end: point(ends[q])}}
      pieces.push(piece)
      p = q
    }
    if (pieces.length === 1) {
      // One piece: the leaf keeps its node; the walk maps its position.
      out?.push(child)
      continue
    }
    out ??= children.slice(0, c)
    for (const piece of pieces) {
      if (child.data !== undefined) piece.data = child.data
      exact.add(piece)
      out.push(piece)
    }
  }
  if (out) parent.children = out
}
