/**
 * number-format, a cardinal where English needs an ordinal: "his 63
 * birthday", "the 50 anniversary" (languages that write "63 cumpleaños",
 * "63. Geburtstag", Thai and Chinese without a suffix).
 *
 * How it decides: a plain figure between a possessive or "the" and a noun
 * that only takes an ordinal (birthday, anniversary, edition …): English
 * writes "63rd".  Clear on its own; fixed to the ordinal (not unattended).
 */
import {ORDINAL_NOUNS} from '../data/number-format.js'
import {isPlain, plainValue, wordEndingAt, wordStartingAt, type ConventionCheck} from './conventions.js'
import {isGroupSpace} from './reading.js'

const DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'the', 'this', 'next', 'last'])

/** "63" → "63rd", "11" → "11th", "22" → "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
  return `${n}${suffix}`
}

export const ordinals: ConventionCheck = (a, out) => {
  const {paragraph, text, t} = a
  if (!isPlain(a) || !isGroupSpace(text[t.end]) || !isGroupSpace(text[t.start - 1])) return false
  const noun = wordStartingAt(text, t.end)
  if (!ORDINAL_NOUNS.has(noun) || !DETERMINERS.has(wordEndingAt(text, t.start))) return false
  const n = plainValue(a.t)
  if (!(n >= 1 && n <= 999)) return false
  const fixed = ordinal(n)
  out.push({
    paragraph, start: t.start, end: t.end + 1 + noun.length, kind: 'ordinal', strong: true,
    expected: [`${fixed} ${noun}`], safe: false,
    reason: `“${t.groups[0]} ${noun}” needs an ordinal in English: “${fixed} ${noun}”`
  })
  return true
}
