/**
 * punctuation-spacing, quote marks: the spaces around a quote mark whose
 * glyph is right — a space inside the quotation ("“ the deal", "the deal ”,",
 * `the people ".`), no space outside it ("country”concluded", "said.”Next",
 * "Advances“the"), and punctuation on both sides of a closing mark
 * ("police.”.", "register,”.").
 *
 * How it decides: the quotes rule's pairing gives every mark its role
 * (opening or closing) from its flanks, its glyph and the quotation open
 * around it (plugins/quotes/pairing.ts, shared per document); a mark whose
 * glyph is wrong, or that sits on the wrong side of its space ("stay, ”she"),
 * is the quotes rule's finding (it fixes glyph and space together).  Here:
 * an opening mark followed by a space, or glued to the word before; a
 * closing mark after a space, or glued to the word after.
 */
import {glyphOf, spacingOf} from '../quotes/judge.js'
import type {Rec} from '../quotes/marks.js'
import {pairing} from '../quotes/pairing.js'
import {documentStyles} from '../quotes/styles.js'
import type {Check} from './context.js'

export function checkQuoteSpacing({index, emit}: Check): void {
  const {doubles, singles} = pairing(index)
  const styles = documentStyles(index)
  const judge = (rec: Rec): void => {
    if (rec.role !== 'open' && rec.role !== 'close') return
    if (glyphOf(rec, styles)) return
    const t = rec.p.masked
    const i = rec.i
    // "police.”.", "register,”.": the quotation's own stop and another one after the mark.
    if (rec.role === 'close') {
      const b = t[i - 1]
      const a = t[i + 1]
      if ((b === '.' || b === ',') && (a === '.' || a === ',') && t[i + 2] !== '.' && t[i - 2] !== '.') {
        const keep = a === '.' && b === ',' ? '.' : b === '.' && a === ',' ? ',' : b
        emit(rec.p, {
          start: i - 1,
          end: i + 2,
          reason: `Punctuation on both sides of the closing quote mark “${b}${rec.ch}${a}”: use “${keep}${rec.ch}”`,
          expected: [keep + rec.ch]
        })
        return
      }
    }
    const spacing = spacingOf(rec)
    if (!spacing || spacing.kind === 'wrong-side') return
    const what = spacing.what.charAt(0).toUpperCase() + spacing.what.slice(1)
    emit(rec.p, {
      start: spacing.start,
      end: spacing.end,
      reason: `${what} ${rec.ch}`,
      expected: [spacing.prefix + rec.ch + spacing.suffix]
    })
  }
  for (const rec of doubles) judge(rec)
  // A single mark only with its partner: alone, a ’ or ‘ is as likely an apostrophe ("Germany ‘ s", spaces.ts).
  for (const rec of singles) if (rec.partner) judge(rec)
}
