/**
 * quotes, an article doubled across an opening quote mark: 'said that the
 * “The armed groups …', 'a "a job of persuading"': the article of the
 * English sentence and the first word of the quotation (a sentence of the
 * source that the translation kept whole, or a slip when the quote was
 * pasted in).  English copy keeps one of them.
 *
 * How it decides: an article (the, a, an; any case) before an opening
 * double quote mark (straight or curly; a single mark may be an
 * apostrophe) glued to another article of the same kind
 * ("a" and "an" are one), each followed by a space.  The candidate drops the
 * article outside the quotation (the quotation is what the speaker said).
 * A warning; found from each opening double mark after a space (a look
 * back and ahead), no scan of the whole text.
 */
import type {DocumentIndex, ParagraphInfo} from '../support/document.js'

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'The', 'A', 'An'])

const kind = (article: string): string => (article.toLowerCase() === 'the' ? 'the' : 'a')

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}'’-]/u.test(c)

export type Report = (p: ParagraphInfo, start: number, end: number, reason: string, expected: string) => void

/** The article ending right before `end` (a space before it), or undefined. */
function articleBefore(text: string, end: number): string | undefined {
  for (const len of [3, 2, 1]) {
    const start = end - len
    if (start < 0) continue
    const w = text.slice(start, end)
    if (ARTICLES.has(w) && !isLetter(text[start - 1])) return w
  }
  return undefined
}

/** The article starting at `start` and followed by a space and a letter, or undefined. */
function articleAt(text: string, start: number): string | undefined {
  for (const len of [3, 2, 1]) {
    const w = text.slice(start, start + len)
    if (ARTICLES.has(w) && text[start + len] === ' ' && /\p{L}/u.test(text[start + len + 1] ?? '')) return w
  }
  return undefined
}

export function doubledArticles(index: DocumentIndex, report: Report): void {
  for (const p of index.paragraphs) {
    const text = p.masked
    // Each opening double mark after a space: one look back and one ahead.
    for (const mark of ['“', '"']) {
      let at = text.indexOf(mark)
      while (at >= 0) {
        if (at >= 2 && text[at - 1] === ' ') {
          const outer = articleBefore(text, at - 1)
          const inner = outer ? articleAt(text, at + 1) : undefined
          if (outer && inner && kind(outer) === kind(inner)) {
            const start = at - 1 - outer.length
            const end = at + 1 + inner.length
            report(p, start, end, `“${outer}” before the opening quote mark and “${inner}” after it: the article is doubled; keep the one inside the quotation`, `${mark}${inner}`)
          }
        }
        at = text.indexOf(mark, at + 1)
      }
    }
  }
}
