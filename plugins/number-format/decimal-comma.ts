/**
 * number-format, the decimal comma: "2,5%", "1,8 million", "€2,50", "a
 * magnitude 6,2 quake", "0,75", "1,0850 dollars".
 *
 * How it decides: one comma.  Followed by one or two digits (or any digits
 * after a zero), the comma is a decimal one; it is clear on its own (strong)
 * in a decimal context (a percent, magnitude, unit or currency after it, a
 * currency or "magnitude" before it) or after a zero, and otherwise needs the
 * document's evidence (and is no list: "1,2 and 3").  Exactly three digits is
 * English thousands ("1,500"); more than three digits before the comma, or
 * a leading zero ("1234,5", "05,5"), make no decimal of this kind (and two
 * commas, as in the Indian "2,06,737", are no shape of any check).  Four
 * digits and more after the comma are never English grouping ("1,0850
 * dollars"): strong in a decimal context.  A price ending in "0" may also be a thousands
 * figure missing a digit ("$110,00"): both readings are offered, neither
 * unattended.
 */
import {finish, listContext, spacedNote, type FormatCheck} from './reading.js'

export const decimalComma: FormatCheck = (n, out) => {
  if (!n.allComma || n.seps.length !== 1) return false
  const {paragraph, start, info, value, decimalContext, currencyBefore} = n
  const [int, frac] = n.groups
  if (int.length > 3 || (int.length > 1 && int[0] === '0')) return true
  const fixed = `${int}.${frac}`
  if (frac.length <= 2 || (int === '0' && frac.length >= 1)) {
    if (frac.length === 3 && int !== '0') return true
    const strong = decimalContext || int === '0'
    if (!strong && listContext(n.text, start, n.end)) return true
    const {end, expected} = finish(n, fixed)
    // "$110,00" may also be "$110,000" missing a digit; a price is not sure enough to fix unattended.
    const moneyOnly = info.context === 'currency' || (currencyBefore && info.context === 'none')
    if (moneyOnly && frac.length === 2 && frac.endsWith('0')) expected.push(`${int},${frac}0`)
    out.push({
      paragraph, start, end, kind: 'decimal-comma', strong,
      expected, safe: strong && decimalContext && !moneyOnly,
      reason: `Decimal comma “${value}”: English writes “${fixed}”${spacedNote(n)}`
    })
    return true
  }
  if (frac.length >= 4) {
    // "1,0850 dollars": English never groups four digits after a comma.
    const {end, expected} = finish(n, fixed)
    out.push({
      paragraph, start, end, kind: 'four-decimals', strong: decimalContext,
      expected, safe: false,
      reason: `Decimal comma “${value}”: English writes “${fixed}”${spacedNote(n)}`
    })
  }
  return true
}
