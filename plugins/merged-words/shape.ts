/**
 * The shape of a token, read in one pass over its code units (no regular
 * expression per word): which classes of characters it holds and where its
 * case and digit boundaries are.  Every word of the document goes through
 * this, so it must reject ordinary words at once.
 */
import {CODE_LETTER, CODE_LOWER, CODE_NUMBER, CODE_UPPER, codeClass, isAsciiDigitCode} from '../support/text.js'

export interface Shape {
  letters: number
  digits: number
  /** Characters that are neither letters nor ASCII digits (":" in "00:05in"). */
  others: number
  uppers: number
  /** A lower-case letter followed by a capital ("ministerAna"), or a capital run followed by a word ("ANPThe"). */
  caseBoundary: boolean
  /** A letter next to an ASCII digit ("in2019", "2019The"). */
  digitBoundary: boolean
  /** First character is a capital. */
  upperFirst: boolean
}

const shape: Shape = {letters: 0, digits: 0, others: 0, uppers: 0, caseBoundary: false, digitBoundary: false, upperFirst: false}

/** The shape of `token` (one shared object: read it before the next call). */
export function shapeOf(token: string): Shape {
  let letters = 0
  let digits = 0
  let others = 0
  let uppers = 0
  let caseBoundary = false
  let digitBoundary = false
  let prev = 0 // 0 none, 1 lower, 2 upper, 3 digit, 4 other
  let prevPrev = 0
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i)
    let kind: number
    if (isAsciiDigitCode(code)) {
      digits++
      kind = 3
      if (prev === 1 || prev === 2) digitBoundary = true
    } else {
      const c = codeClass(code)
      if ((c & CODE_LETTER) !== 0) {
        letters++
        if ((c & CODE_UPPER) !== 0) {
          uppers++
          kind = 2
          if (prev === 1) caseBoundary = true
        } else {
          kind = (c & CODE_LOWER) !== 0 ? 1 : 4
          // "ANPThe": the capital before this lower-case letter starts a word after a capital run.
          if (kind === 1 && prev === 2 && prevPrev === 2) caseBoundary = true
        }
        if (prev === 3) digitBoundary = true
      } else {
        kind = (c & CODE_NUMBER) !== 0 ? 3 : 4
        others++
      }
    }
    prevPrev = prev
    prev = kind
  }
  shape.letters = letters
  shape.digits = digits
  shape.others = others
  shape.uppers = uppers
  shape.caseBoundary = caseBoundary
  shape.digitBoundary = digitBoundary
  shape.upperFirst = token.length > 0 && (codeClass(token.charCodeAt(0)) & CODE_UPPER) !== 0
  return shape
}

/** Whether the code unit at `i` is an upper-case letter. */
export function isUpperAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (codeClass(s.charCodeAt(i)) & CODE_UPPER) !== 0
}

/** Whether the code unit at `i` is a lower-case letter. */
export function isLowerAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && (codeClass(s.charCodeAt(i)) & CODE_LOWER) !== 0
}

/** Whether a string holds a character outside ASCII. */
export function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true
  return false
}
