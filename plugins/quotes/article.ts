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
 * A warning; one regular expression per paragraph that holds a quote mark.
 */
import type {DocumentIndex, ParagraphInfo} from '../support/document.js'

const DOUBLED = /(?<![\p{L}\p{M}\p{N}'’-])(the|a|an|The|A|An) (["“])(the|a|an|The|A|An) (?=\p{L})/gu

const kind = (article: string): string => (article.toLowerCase() === 'the' ? 'the' : 'a')

export type Report = (p: ParagraphInfo, start: number, end: number, reason: string, expected: string) => void

export function doubledArticles(index: DocumentIndex, report: Report): void {
  for (const p of index.paragraphs) {
    const text = p.masked
    if (!text.includes('“') && !text.includes('"')) continue
    DOUBLED.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = DOUBLED.exec(text)) !== null) {
      const [, outer, mark, inner] = m
      if (kind(outer) !== kind(inner)) continue
      const start = m.index
      const end = start + outer.length + 1 + mark.length + inner.length
      report(p, start, end, `“${outer}” before the opening quote mark and “${inner}” after it: the article is doubled; keep the one inside the quotation`, `${mark}${inner}`)
    }
  }
}
