/**
 * Format bridges: Markdown and HTML are parsed as what they are and only
 * their prose is checked, with every position pointing into the original file.
 *
 * - Markdown: remark-parse + remark-frontmatter + remark-gfm, then
 *   remark-retext in bridge mode (front matter, code, inline code, URLs, HTML
 *   and link targets are not prose; inline code becomes syntax).
 * - HTML: rehype-parse + rehype-retext (script, style, template, noscript and
 *   hidden content skipped).
 * - Ignore comments through unified-message-control:
 *   `<!-- wirelint-disable rule-id -->`, `<!-- wirelint-enable rule-id -->`,
 *   `<!-- wirelint-ignore rule-id -->` (the next node); an unknown rule id is
 *   reported.
 *
 * remark-retext and rehype-retext build their own ParseLatin in bridge mode;
 * we hand them parse-english's English-specific extensions (abbreviations such
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
import remarkRetext from 'remark-retext'
import {unified, type Processor} from 'unified'
import {messageControl} from 'unified-message-control'
import {location} from 'vfile-location'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
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

/**
 * A text node whose value is not its source character for character (an
 * entity such as `&eacute;`, a backslash escape, CRLF inside a paragraph) is
 * split at each difference into nodes with exact positions.  mdast- and
 * hast-util-to-nlcst place tokens by counting characters from a node's start,
 * so without this every position after an entity would drift.
 */
function alignText(node: UnistLike, doc: string): UnistLike[] | undefined {
  const value = node.value ?? ''
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const source = doc.slice(start, end)
  if (source === value) return undefined
  const pieces: Array<{value: string; from: number; to: number}> = []
  let i = 0
  let j = 0
  let runStart = 0
  let runValue = 0
  const flushRun = (): void => {
    if (i > runStart) pieces.push({value: value.slice(runValue, j), from: start + runStart, to: start + i})
  }
  while (i < source.length && j < value.length) {
    if (source[i] === value[j]) {
      i++
      j++
      continue
    }
    let width = 0
    let decoded = ''
    if (source[i] === '\\' && source[i + 1] === value[j]) {
      width = 2
      decoded = value[j]
    } else if (source[i] === '\r' && source[i + 1] === '\n' && value[j] === '\n') {
      width = 2
      decoded = '\n'
    } else if (source[i] === '&') {
      const m = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/.exec(source.slice(i, i + 40))
      if (m) {
        const code = m[1] ? parseInt(m[1], 16) : m[2] ? parseInt(m[2], 10) : -1
        decoded = code >= 0 ? (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD') : decodeNamedCharacterReference(m[3]) || ''
        width = m[0].length
      }
    }
    if (width === 0 || !decoded || value.slice(j, j + decoded.length) !== decoded) return undefined
    flushRun()
    pieces.push({value: decoded, from: start + i, to: start + i + width})
    i += width
    j += decoded.length
    runStart = i
    runValue = j
  }
  if (i !== source.length || j !== value.length) return undefined
  flushRun()
  return pieces.map((p) => ({
    type: node.type,
    value: p.value,
    position: {start: {offset: p.from}, end: {offset: p.to}}
  })) as UnistLike[]
}

/** Record block ranges from the source tree (one hand-written recursion), and align text nodes. */
function recordBlocks(kinds: Record<string, string>, nameOf: (node: UnistLike) => string | undefined) {
  return () =>
    (tree: UnistLike, file: VFile): void => {
      const blocks: Block[] = []
      const doc = String(file.value ?? '')
      const place = location(file)
      // An explicit stack, not recursion: documents can nest deeper than the call stack.
      const stack: UnistLike[] = [tree]
      while (stack.length > 0) {
        const node = stack.pop()!
        const kind = kinds[nameOf(node) ?? '']
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (kind && start !== undefined && end !== undefined) blocks.push({start, end, kind})
        if (node.children) {
          let changed = false
          const next: UnistLike[] = []
          for (const child of node.children) {
            const split = child.type === 'text' ? alignText(child, doc) : undefined
            if (split) {
              for (const piece of split) {
                const p = piece.position as unknown as {start: {offset: number}; end: {offset: number}}
                piece.position = {start: {...place.toPoint(p.start.offset)!, offset: p.start.offset}, end: {...(place.toPoint(p.end.offset) ?? place.toPoint(p.end.offset - 1)!), offset: p.end.offset}} as never
              }
              next.push(...split)
              changed = true
            } else {
              next.push(child)
            }
          }
          if (changed) node.children = next
          for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
        }
      }
      blocks.sort((a, b) => a.start - b.start || b.end - a.end)
      ;(file.data as {wirelintBlocks?: Block[]}).wirelintBlocks = blocks
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
function bridge(config: ResolvedConfig, useRules: (p: AnyProcessor, c: ResolvedConfig) => void): AnyProcessor {
  const retext = unified().use(markBlocks)
  useRules(retext, config)
  retext.use(retextEnglishExtensions)
  return retext
}

export function markdownProcessor(config: ResolvedConfig, useRules: (p: AnyProcessor, c: ResolvedConfig) => void): AnyProcessor {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkGfm)
    .use(recordBlocks(MD_BLOCKS, (n) => n.type) as never)
    .use(remarkRetext, bridge(config, useRules) as never)
    .use(controlMessages('html', mdCommentValue) as never)
}

/** `html`: the rehype modules, loaded by the caller only for HTML (./formats-html.js). */
export function htmlProcessor(
  config: ResolvedConfig,
  useRules: (p: AnyProcessor, c: ResolvedConfig) => void,
  html: typeof import('./formats-html.js')
): AnyProcessor {
  const {rehypeParse, rehypeRetext} = html
  return unified()
    .use(rehypeParse)
    .use(hideInvisible as never)
    .use(recordBlocks(HTML_BLOCKS, (n) => (n.type === 'element' ? n.tagName : undefined)) as never)
    .use(rehypeRetext, bridge(config, useRules) as never)
    .use(controlMessages('comment', htmlCommentValue) as never)
}
