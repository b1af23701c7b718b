/**
 * Markdown front matter: the fields that are published (title, summary,
 * description by default; the configuration's `frontMatter` names others,
 * nested keys with dots: "seo.description") are checked as prose, with exact
 * positions; every other key, and TOML front matter, is never checked.
 *
 * The YAML is parsed with the `yaml` package, which gives each scalar's
 * source range.  A field becomes an mdast block in place of the front matter
 * node — the title a heading, the others paragraphs — whose text is the
 * scalar's source lines without their indentation (plain, quoted, folded and
 * literal scalars alike), so the Markdown alignment (./source-map.ts) maps
 * every character back to the file.  A quoted scalar with escapes ("\u00e9",
 * '' for ') is left out rather than checked at guessed places, and so is a
 * value that is not a string.
 */
import {isScalar, parseDocument, type Scalar} from 'yaml'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'


/** Keys whose field reads as a headline (not asked to end with a full stop). */
const TITLE_KEYS = new Set(['title', 'headline'])

/**
 * A fix written into a front matter value must stay the same YAML scalar:
 * Markdown escapes would be read literally there, and a quote, colon, hash,
 * brace or line break could end or change the scalar.  Such a fix is left to
 * a person (its candidates stay).
 */
export const YAML_UNSAFE_FIX = /[\\`*_[\]~:#"'{}\r\n]/

export interface FrontMatterField {
  key: string
  /** File offsets of the value's first and after its last character. */
  start: number
  end: number
  /** The value's source lines, indentation removed, joined by "\n". */
  text: string
}

interface Node {
  type: string
  value?: string
  depth?: number
  children?: Node[]
  data?: Record<string, unknown>
  position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
}

/** The checked fields of a YAML front matter whose text starts at file offset `base`. */
export function frontMatterFields(yamlText: string, base: number, keys: readonly string[]): FrontMatterField[] {
  let document: ReturnType<typeof parseDocument>
  try {
    document = parseDocument(yamlText, {uniqueKeys: false})
  } catch {
    return []
  }
  const fields: FrontMatterField[] = []
  for (const key of keys) {
    const node = document.getIn(key.split('.'), true) as Scalar | undefined
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue
    const [from, to] = node.range
    let start = from
    let end = to
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
      const inner = yamlText.slice(from + 1, to - 1)
      if (node.type === 'QUOTE_DOUBLE' ? inner.includes('\\') : inner.includes("''")) continue
      start = from + 1
      end = to - 1
    } else if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
      const header = yamlText.indexOf('\n', from)
      if (header < 0 || header >= to) continue
      start = header + 1
      while (start < end && /\s/.test(yamlText.charAt(start))) start++
      while (end > start && /\s/.test(yamlText.charAt(end - 1))) end--
    }
    if (end <= start) continue
    // Each line without its indentation, line endings as written (CRLF stays CRLF, as in Markdown text nodes).
    const text = yamlText
      .slice(start, end)
      .split(/(\r?\n)/)
      .map((part, i) => (i % 2 === 1 ? part : (i === 0 ? part : part.trimStart()).trimEnd()))
      .join('')
    fields.push({key, start: base + start, end: base + end, text})
  }
  return fields.sort((a, b) => a.start - b.start)
}

/**
 * A remark plugin: replace the YAML front matter node with the checked
 * fields as blocks (run before the Markdown alignment).
 */
export function frontMatterProse(keys: readonly string[]) {
  return () =>
    (tree: Node, file: VFile): void => {
      const first = tree.children?.[0]
      if (!first || first.type !== 'yaml' || typeof first.value !== 'string') return
      const doc = String(file.value ?? '')
      const open = first.position?.start.offset
      const close = first.position?.end.offset
      if (open === undefined || close === undefined || doc.slice(close - 3, close) !== '---') return
      const base = doc.indexOf('\n', open) + 1
      if (base <= 0 || base > close - 3) return
      const yamlText = doc.slice(base, close - 3)
      const place = location(file)
      const point = (offset: number) => {
        const p = place.toPoint(offset)
        return {line: p?.line ?? 1, column: p?.column ?? 1, offset}
      }
      const blocks: Node[] = frontMatterFields(yamlText, base, keys).map((field) => {
        const position = {start: point(field.start), end: point(field.end)}
        const text: Node = {type: 'text', value: field.text, position}
        const title = TITLE_KEYS.has(field.key.split('.').pop()!)
        return title ? {type: 'heading', depth: 1, children: [text], position} : {type: 'paragraph', children: [text], position, data: {wirelintBlock: 'frontMatter'}}
      })
      ;(file.data as {wirelintFrontMatter?: Array<[number, number]>}).wirelintFrontMatter = blocks.map((b) => [b.position!.start.offset!, b.position!.end.offset!])
      tree.children!.splice(0, 1, ...blocks)
    }
}
