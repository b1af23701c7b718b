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
import {FUNCTION_WORDS, REPORTING_VERBS} from '../data/english-words.js'
import {LETTER} from '../support/text.js'
import type {Check} from './context.js'

/** Subject pronouns of an attribution after a quotation ("…” he said"). */
const ATTRIBUTION_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'it'])

/** The letters of the word starting at `start` (at most 30). */
function wordAt(t: string, start: number): string {
  let e = start
  while (e < t.length && e - start < 30 && LETTER.test(t[e])) e++
  return t.slice(start, e)
}

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
    if (rec.role === 'close' && unpunctuated(rec)) return
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
  /**
   * "must be discussed internally” he said", "on major issues" This was": a
   * quotation of four words or more closed right after a letter, then the
   * attribution ("he said", "said the minister") or a new sentence (a
   * capitalised function word): the comma or full stop inside the closing
   * mark was lost.  Short quotations stay quiet (a title, a nickname, a
   * scare-quoted phrase: "the "Big Five" he named").  Information: some
   * house styles leave the comma out before a short attribution.
   */
  const unpunctuated = (rec: Rec): boolean => {
    const open = rec.partner
    const t = rec.p.masked
    const i = rec.i
    if (!open || open.p !== rec.p || !LETTER.test(t[i - 1] ?? '') || t[i + 1] !== ' ') return false
    let words = 1
    for (let k = open.i + 1; k < i && words < 4; k++) if (t[k] === ' ') words++
    if (words < 4) return false
    const next = wordAt(t, i + 2)
    if (!next) return false
    const lower = next.toLowerCase()
    let expected: string[]
    let what: string
    if (next === lower) {
      const after = wordAt(t, i + 3 + next.length)
      const attribution = REPORTING_VERBS.has(lower) || (ATTRIBUTION_SUBJECTS.has(lower) && REPORTING_VERBS.has(after.toLowerCase()))
      if (!attribution) return false
      expected = [',' + rec.ch]
      what = 'before its attribution: put a comma inside the closing mark'
    } else {
      if (!FUNCTION_WORDS.has(lower) || lower === 'i') return false
      expected = ['.' + rec.ch, ',' + rec.ch]
      what = 'before the next sentence: put its full stop (or comma) inside the closing mark'
    }
    emit(rec.p, {start: i, end: i + 1, reason: `Quotation closed with no punctuation ${what}`, expected, safe: false, certainty: 'look'})
    return true
  }
  for (const rec of doubles) judge(rec)
  // A single mark only with its partner: alone, a ’ or ‘ is as likely an apostrophe ("Germany ‘ s", spaces.ts).
  for (const rec of singles) if (rec.partner) judge(rec)
}
