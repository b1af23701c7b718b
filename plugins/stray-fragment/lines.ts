/**
 * stray-fragment, part: the lines of a document, and what deleting one
 * takes with it.
 *
 * A unit is one line: in wire copy a paragraph is a line; a paragraph of
 * several lines (a line-broken page) is split on its line breaks, and each
 * line counts as body copy.  Deleting a furniture line removes it with its
 * line ending; for Markdown or HTML, the whole source lines of the paragraph
 * (markup included) when no other paragraph shares them; otherwise the prose
 * span only, and only when no markup lies inside it (else no unattended fix).
 */
import {isTerminated, wordCount} from '../support/blocks.js'
import type {DocumentIndex, ParagraphInfo} from '../support/document.js'
import {lineEndOf, lineRange, lineStartOf} from '../support/lines.js'
import {isSpaceAt} from './scan.js'

export interface Unit {
  p: ParagraphInfo
  /** Trimmed span in the paragraph text. */
  start: number
  end: number
  /** One of several lines of its paragraph (role 'body'); else the paragraph's role. */
  lines: boolean
}

/** Lines of the document: one per paragraph in wire copy, split on line breaks otherwise. */
export function unitsOf(index: DocumentIndex): Unit[] {
  const units: Unit[] = []
  for (const p of index.paragraphs) {
    const text = p.text
    let s = 0
    let e = lineEndOf(text, 0)
    const lines = e < text.length
    while (s <= text.length) {
      e = lines ? lineEndOf(text, s) : text.length
      let a = s
      let b = e
      while (a < b && isSpaceAt(text, a)) a++
      while (b > a && isSpaceAt(text, b - 1)) b--
      if (b > a) units.push({p, start: a, end: b, lines})
      if (e >= text.length) break
      s = e + 1
    }
  }
  return units
}

/** A line that reads as a headline: no final full stop, capitalised, not too long. */
export function isHeadlineLine(u: Unit): boolean {
  const text = u.p.text.slice(u.start, u.end)
  if (isTerminated(text)) return false
  const n = wordCount(text)
  return n >= 2 && n <= 20 && /^[\p{Lu}\p{N}"“‘'«]/u.test(text)
}

/**
 * What deleting a furniture line removes: the whole line with its line
 * ending; for Markdown or HTML, the whole source lines of the paragraph
 * (markup included) when no other paragraph shares them.  Otherwise the
 * prose span only, and only when no markup lies inside it (else no
 * unattended fix).
 */
export function lineDeletion(index: DocumentIndex, u: Unit, start: number, end: number): {range: [number, number]; safe: boolean} {
  const value = index.value
  const range = lineRange(value, start, end)
  if (range[0] !== start || range[1] !== end) return {range, safe: true}
  const plain = value.slice(start, end) === u.p.text.slice(u.start, u.end)
  const wholeParagraph = u.p.text.trim().length === u.end - u.start
  if (wholeParagraph) {
    const ls = lineStartOf(value, start)
    const le = lineEndOf(value, end)
    const before = index.paragraphs[u.p.index - 1]
    const after = index.paragraphs[u.p.index + 1]
    if ((before === undefined || before.end <= ls) && (after === undefined || after.start >= le)) {
      const lines = lineRange(value, ls, le)
      if (lines[0] !== ls || lines[1] !== le) return {range: lines, safe: true}
    }
  }
  return {range: [start, end], safe: plain}
}

