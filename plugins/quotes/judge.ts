/**
 * quotes, the judgement of one mark once the pairing gave it a role.
 *
 * What it finds, in this order (one finding per mark):
 * - a doubled mark (""word, “”word): delete the second;
 * - a quote mark typed for an apostrophe ("Brazil"s", "don‘t", "the ‘90s"):
 *   information (a keyboard slip, not a broken quotation), fixed to the
 *   document's apostrophe; unattended only when sure (not before a space:
 *   "judges" decisions" may be a quotation closed without its comma);
 * - the wrong glyph: a foreign mark (« » „ ‹ › ‚) → the English mark in its
 *   partner's style, else the document's; an English mark whose glyph is the
 *   other role (“ closing, ” opening; the German „…“); a pair whose two marks
 *   have two styles ("…” or “…"): the mark not in the document's style;
 * - the mark on the wrong side of its space ("deal ”,", "“ the deal",
 *   "stay, ”she"), or glued to the word before an opening mark or after a
 *   closing one ("read:"We", "said."Next");
 * - a mark left unmatched: a closing mark with no opening one, an opening
 *   double mark never closed.  The glyph fix stays offered; a missing partner
 *   has none.
 */
import {APOSTROPHE_OF_STYLE} from '../data/quotes.js'
import {MASK} from '../support/document.js'
import type {Severity} from '../support/rule.js'
import {LETTER_OR_NUMBER} from '../support/text.js'
import {atParagraphEnd, atParagraphStart, english, isQuote, isSpace, styleOf, type Emit, type Rec, type Styles} from './marks.js'

/** Decide and report what is wrong with one mark. */
export function judge(rec: Rec, styles: Styles, emit: Emit, minor: Severity): void {
  const t = rec.p.masked
  const family = rec.mark.family
  const i = rec.i

  if (rec.role === 'doubled') {
    emit(rec, i, i + 1, `Doubled quote mark ${t[i - 1]}${rec.ch}: delete the second`, [''])
    return
  }
  if (rec.role === 'apostrophe') {
    if (rec.ch === '\u2019' || rec.ch === "'") return
    const fix = APOSTROPHE_OF_STYLE[styles.apostrophe]
    // "Brazil"s" is sure; "judges" decisions" might also be a quotation closed without its comma.
    const safe = rec.mark.family === 'single' || !isSpace(t[i + 1] ?? '')
    // A keyboard slip, not a broken quotation (and not an artifact of translation):
    // reported for information, with its fix.
    emit(rec, i, i + 1, `Quote mark ${rec.ch} used as an apostrophe: use ${fix}`, [fix], minor === 'warn' ? 'info' : minor, safe)
    return
  }
  if (rec.role !== 'open' && rec.role !== 'close') return
  const role = rec.role
  const partner = rec.partner
  const own = styleOf(rec)
  const partnerStyle = partner ? styleOf(partner) : undefined

  // The glyph this mark should be.
  let glyph = rec.ch
  let reason: string | undefined
  if (rec.mark.kind === 'foreign') {
    const style = partnerStyle ?? styles[family]
    glyph = english(family, style, role)
    reason =
      partner && partnerStyle === 'curly'
        ? role === 'close'
          ? `Quote opened with ${partner.ch} and closed with ${rec.ch}: use ${glyph}`
          : `Quote opened with ${rec.ch} and closed with ${partner.ch}: use ${glyph}`
        : `Foreign quote mark ${rec.ch} (${rec.mark.name}) in English copy: use ${glyph}`
  } else if (rec.mark.kind === 'english' && rec.mark.nominal !== role) {
    glyph = english(family, 'curly', role)
    reason =
      partner && partner.mark.kind === 'foreign' && role === 'close'
        ? `Quote opened with ${partner.ch} and closed with ${rec.ch} (German style): use ${glyph}`
        : role === 'close'
          ? `Opening quote mark ${rec.ch} where a closing one belongs: use ${glyph}`
          : `Closing quote mark ${rec.ch} where an opening one belongs: use ${glyph}`
  } else if (own && partnerStyle && own !== partnerStyle) {
    // "…” or “…": one pair, two styles.  One of the two is in the document's
    // style (curly on a tie): flag the other.
    const docStyle = styles[family]
    if (own !== docStyle) {
      glyph = english(family, docStyle, role)
      reason =
        role === 'close'
          ? `Quote opened with ${partner!.ch} and closed with ${rec.ch}: use ${glyph}`
          : `Quote opened with ${rec.ch} and closed with ${partner!.ch}: use ${glyph}`
    }
  }

  // Spacing: which side of its space the mark sits.
  let start = i
  let end = i + 1
  let prefix = ''
  let suffix = ''
  let spacing: string | undefined
  const before = t[i - 1]
  const after = t[i + 1]
  if (role === 'open') {
    if (after !== undefined && isSpace(after) && !atParagraphEnd(t, i)) {
      end = i + 2
      spacing = 'space after the opening quote mark'
    } else if (rec.pos === 'inner' && before !== undefined && before !== MASK && !isQuote(before) && !isSpace(before)) {
      prefix = ' '
      spacing = 'no space before the opening quote mark'
    }
  } else {
    if (before !== undefined && isSpace(before) && !atParagraphStart(t, i)) {
      start = i - 1
      if (after !== undefined && LETTER_OR_NUMBER.test(after)) {
        suffix = ' '
        spacing = 'closing quote mark on the wrong side of its space'
      } else {
        spacing = 'space before the closing quote mark'
      }
    } else if ((rec.pos === 'inner' || rec.pos === 'open') && after !== undefined && LETTER_OR_NUMBER.test(after)) {
      suffix = ' '
      spacing = 'no space after the closing quote mark'
    }
  }

  if (rec.unmatched) {
    const what =
      rec.unmatched === 'close'
        ? `Closing quote ${rec.ch} with no opening quote in its paragraph`
        : `Quote opened with ${rec.ch} is never closed`
    // The glyph fix stays right whatever the balance; a missing partner has no fix.
    const extra = reason ? ` (${reason.charAt(0).toLowerCase()}${reason.slice(1)})` : ''
    emit(rec, i, i + 1, what + extra, glyph !== rec.ch ? [glyph] : undefined)
    return
  }

  if (!reason && !spacing) return
  const fix = prefix + glyph + suffix
  const text = reason
    ? spacing
      ? `${reason}; ${spacing}`
      : reason
    : `${spacing!.charAt(0).toUpperCase()}${spacing!.slice(1)}`
  emit(rec, start, end, text, [fix])
}
