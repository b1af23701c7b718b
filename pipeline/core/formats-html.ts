/**
 * The HTML parser and bridge, in a module of their own so that a Markdown run
 * never loads them (rehype-parse brings parse5: about 14 ms of a cold start).
 */
import {DecodingMode, HtmlEntityDecoder} from 'entities/decode'
import type {ReferenceDecoder} from './source-map.js'

export {default as rehypeParse} from 'rehype-parse'
export {default as rehypeRetext} from 'rehype-retext'

let decoded = ''
const decoder = new HtmlEntityDecoder((codePoint) => {
  decoded += String.fromCodePoint(codePoint)
})

/**
 * A character reference at `at` (a `&`) as parse5 reads one in text: its own
 * decoder (the `entities` package) in the same mode, so legacy references
 * without a semicolon (`&amp`, `&notit;` → "¬it;") and numeric remaps
 * (`&#128;` → "€") decode exactly as in the tree.
 */
export const htmlReference: ReferenceDecoder = (doc, at, end) => {
  decoded = ''
  decoder.startEntity(DecodingMode.Legacy)
  // A reference is at most 33 characters long; the text node ends at a tag or the end of the file.
  const input = doc.slice(at, Math.min(end, at + 48))
  let width = decoder.write(input, 1)
  if (width < 0) width = decoder.end()
  if (width <= 0 || decoded === '') return undefined
  return {text: decoded, width}
}
