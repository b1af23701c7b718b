/**
 * number-format, magnitudes spelled out the source's way: "70 thousand
 * people" (Spanish "70 mil", Portuguese "5 mil", Russian "70 тысяч") and
 * compound figures "3 trillion 100 billion tenge", "851 billion 300 million"
 * (Russian "3 трлн 100 млрд", Turkish, Chinese 万/亿 groupings).
 *
 * How it decides: figures followed by "thousand" (not "thousands of", not
 * "thousand million", the long-scale calque the scale hint reads): English
 * writes "70,000"; clear on its own.  A figure with a magnitude followed by
 * a figure of one to three digits with the next smaller magnitude ("3
 * trillion 100 billion"): English writes one decimal figure ("3.1
 * trillion"); clear on its own.  Neither fix is unattended (the words
 * around may need to change).
 */
import type {ConventionCheck} from './conventions.js'
import {isDigit, isGroupSpace, readWord} from './reading.js'

/** Magnitude words in order, each a thousand times the one before. */
const LADDER = ['thousand', 'million', 'billion', 'trillion']

/** "70" → "70,000"; "1.5" → "1,500". */
function thousandFold(value: string): string | undefined {
  const n = Math.round(Number(value) * 1000)
  if (!Number.isFinite(n) || n <= 0 || n >= 1e9) return undefined
  return n.toLocaleString('en-US')
}

/** "3" and "100" → "3.1"; "851" and "300" → "851.3". */
function joinDecimal(whole: string, part: string): string {
  const fraction = part.padStart(3, '0').replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : whole
}

export const spelledMagnitude: ConventionCheck = ({paragraph, text, t}, out) => {
  // A plain figure or one decimal: "70", "1.5".
  if (t.seps.length > 1 || (t.seps.length === 1 && t.seps[0] !== '.')) return false
  if (isDigit(text[t.start - 1]) || text[t.start - 1] === '.' || text[t.start - 1] === ',') return false
  if (!isGroupSpace(text[t.end])) return false
  const word = readWord(text, t.end + 1)
  const rank = LADDER.indexOf(word.toLowerCase())
  if (rank < 0 || word !== word.toLowerCase()) return false
  const afterWord = t.end + 1 + word.length
  const value = text.slice(t.start, t.end)
  if (rank === 0) {
    // "70 thousand people", not "thousand million" (the long-scale calque) or a hyphenated "thousand-strong".
    const next = isGroupSpace(text[afterWord]) ? readWord(text, afterWord + 1).toLowerCase() : ''
    if (next === 'million' || next === 'millions' || next === 'of' || text[afterWord] === '-') return false
    const fixed = thousandFold(value)
    if (!fixed) return false
    out.push({
      paragraph, start: t.start, end: afterWord, kind: 'spelled-magnitude', strong: true,
      expected: [fixed], safe: false,
      reason: `“${value} thousand” spells the magnitude out the source language’s way: English writes “${fixed}”`
    })
    return true
  }
  // "3 trillion 100 billion": a second figure with the next smaller magnitude.
  if (t.seps.length > 0 || !isGroupSpace(text[afterWord]) || !isDigit(text[afterWord + 1])) return false
  let e = afterWord + 1
  while (isDigit(text[e])) e++
  if (e - afterWord - 1 > 3 || !isGroupSpace(text[e]) || text[e - 1] === undefined) return false
  const part = text.slice(afterWord + 1, e)
  const smaller = readWord(text, e + 1)
  if (smaller !== LADDER[rank - 1] || Number(part) === 0) return false
  const end = e + 1 + smaller.length
  const fixed = `${joinDecimal(value, part)} ${word}`
  out.push({
    paragraph, start: t.start, end, kind: 'spelled-magnitude', strong: true,
    expected: [fixed], safe: false,
    reason: `“${text.slice(t.start, end)}” is a compound figure of the source language: English writes one figure, “${fixed}”`
  })
  return true
}
