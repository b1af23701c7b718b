/**
 * number-format, a sign spaced off its number: "$ 40", "€ 450", "£ 3.6
 * million", "US$ 3.0 billion", "R $ 88.2 billion", "+ 0.3%".
 *
 * How it decides: a currency symbol (with its letters: "US$", "R$", also
 * written "R $") followed by one space and the digits.  Spanish, Portuguese,
 * French, Italian and German copy put a space there; English never does, so
 * it is clear on its own and fixed unattended.  A plus sign spaced off a
 * percentage or a number of points ("+ 0.3%") likewise, when the sign starts
 * the figure (after a space, a bracket or the start of the line).  The
 * number itself is not claimed: "€ 2,5" also gets its decimal comma.
 */
import {CURRENCY_PREFIXES} from '../data/number-format.js'
import type {ConventionCheck} from './conventions.js'
import {isDigit, isGroupSpace, isLetter, spacedPercent} from './reading.js'

/** Currency symbols written before the amount in English. Source: the Unicode Currency Symbols block and ISO 4217 symbols. */
const SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '₹', '₽', '₺', '₩', '₪', '₦', '₱', '฿'])

export const spacedSign: ConventionCheck = ({paragraph, text, t}, out) => {
  const space = t.start - 1
  if (!isGroupSpace(text[space]) || isGroupSpace(text[space - 1])) return false
  const sign = text[space - 1]
  if (sign === '+') {
    const before = text[space - 2]
    if (before !== undefined && !isGroupSpace(before) && before !== '(' && before !== '\n') return false
    // The figure is a percentage or points: "+ 0.3%", "+ 1.2 points".
    let end = t.end
    while (isDigit(text[end]) || ((text[end] === '.' || text[end] === ',') && isDigit(text[end + 1]))) end++
    const percent = text[end] === '%' ? end + 1 : spacedPercent(text, end)
    if (percent === undefined && !/^ (?:percent|per cent|points?|pp|pct)\b/.test(text.slice(end, end + 10))) return false
    const figure = text.slice(t.start, percent ?? end)
    out.push({
      paragraph, start: space - 1, end: percent ?? end, kind: 'spaced-sign', strong: true,
      expected: ['+' + figure.replace(/[\s\u00a0\u2009\u202f]+%$/, '%')], safe: true,
      reason: `Space after “+”: English writes the sign against the figure (“+${figure}”)`
    })
    return false
  }
  if (!SYMBOLS.has(sign)) return false
  let from = space - 1
  let prefix = ''
  // "US$", "R$", "HK$": letters glued before the symbol; "R $": the Brazilian real with a space inside.
  let k = from
  while (k > 0 && from - k < 3 && text.charCodeAt(k - 1) >= 0x41 && text.charCodeAt(k - 1) <= 0x5a) k--
  if (k < from) {
    if (isLetter(text[k - 1]) || !CURRENCY_PREFIXES.has(text.slice(k, from) + sign)) return false
    prefix = text.slice(k, from)
    from = k
  } else if (isGroupSpace(text[from - 1]) && text[from - 2] === 'R' && !isLetter(text[from - 3])) {
    prefix = 'R'
    from -= 2
  } else if (isLetter(text[from - 1]) || isDigit(text[from - 1])) {
    return false
  }
  const written = text.slice(from, t.end)
  const fixed = prefix + sign + text.slice(t.start, t.end)
  out.push({
    paragraph, start: from, end: t.end, kind: 'spaced-sign', strong: true,
    expected: [fixed], safe: true,
    reason: `Space after the currency sign “${written}”: English writes “${fixed}”`
  })
  return false
}
