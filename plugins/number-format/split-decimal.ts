/**
 * number-format, a decimal split by a space: "$4,343. 6 million", "5 . 3 %".
 *
 * How it decides: a full stop between two numbers with a space after it
 * (and maybe before it), the second number of one or two digits followed by
 * a magnitude, a percent sign or word.  With a space on both sides of the
 * stop ("5 . 3 %") it is clear; with a space after it only, a sentence may
 * end there ("in 2019. 6 million people …"), so it also needs a currency
 * before the first number and a first number grouped in thousands
 * ("$4,343. 6 million") — a figure no sentence ends with before a bare
 * magnitude.  The span covers both numbers; the fix joins them.
 */
import {CURRENCY_PREFIXES, MAGNITUDES, PERCENT_WORDS} from '../data/number-format.js'
import type {ConventionCheck} from './conventions.js'
import {isDigit, isGroupSpace, readWord} from './reading.js'

export const splitDecimal: ConventionCheck = ({paragraph, text, t}, out) => {
  let i = t.end
  const spaceBefore = isGroupSpace(text[i])
  if (spaceBefore) i++
  if (text[i] !== '.' || !isGroupSpace(text[i + 1]) || !isDigit(text[i + 2])) return false
  const fracStart = i + 2
  let fracEnd = fracStart
  while (isDigit(text[fracEnd])) fracEnd++
  if (fracEnd - fracStart > 2 || text[fracEnd] === '.' || text[fracEnd] === ',') return false
  // What follows: "%", " %", a percent word or a magnitude.
  let k = fracEnd
  if (isGroupSpace(text[k])) k++
  const word = readWord(text, k).toLowerCase()
  const percent = text[k] === '%'
  if (!percent && !MAGNITUDES.has(word) && !PERCENT_WORDS.has(word)) return false
  if (!spaceBefore) {
    // "$4,343. 6 million": a currency, and thousands grouped with a comma.
    if (!(t.seps.length > 0 && t.seps.every((s) => s === ',') && t.groups.slice(1).every((g) => g.length === 3))) return false
    let s = t.start
    while (s > 0 && t.start - s < 3 && !isGroupSpace(text[s - 1]) && !isDigit(text[s - 1])) s--
    if (!CURRENCY_PREFIXES.has(text.slice(s, t.start)) && !CURRENCY_PREFIXES.has(text[t.start - 1])) return false
  }
  const end = percent ? k + 1 : fracEnd
  const fixed = text.slice(t.start, t.end) + '.' + text.slice(fracStart, fracEnd) + (percent ? '%' : '')
  out.push({
    paragraph, start: t.start, end, kind: 'split-decimal', strong: true,
    expected: [fixed], safe: true,
    reason: `Decimal split by a space “${text.slice(t.start, end)}”: English writes “${fixed}”`
  })
  return true
}
