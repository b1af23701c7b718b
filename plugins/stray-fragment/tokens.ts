/**
 * stray-fragment, part: the words of a line with their places, folded, for
 * the checks that read dates, times and names (stamps.ts, people.ts).
 * Runs of letters and digits only; a line is read up to `max` tokens.
 */
import {CODE_LETTER_OR_NUMBER, codeClass} from '../support/text.js'
import {foldCode} from './scan.js'

export interface Token {
  /** Paragraph text indices. */
  start: number
  end: number
  /** Folded. */
  w: string
  /** All ASCII digits. */
  num: boolean
}

export function tokensOf(text: string, from: number, to: number, max = 40): Token[] {
  const out: Token[] = []
  let i = from
  while (i < to && out.length < max) {
    let c = text.charCodeAt(i)
    let f = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c)
    if ((codeClass(f) & CODE_LETTER_OR_NUMBER) === 0) {
      i++
      continue
    }
    const start = i
    let w = ''
    let num = true
    while (i < to) {
      c = text.charCodeAt(i)
      f = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c)
      if ((codeClass(f) & CODE_LETTER_OR_NUMBER) === 0) break
      if (f < 48 || f > 57) num = false
      w += String.fromCharCode(f)
      i++
    }
    out.push({start, end: i, w, num})
  }
  return out
}
