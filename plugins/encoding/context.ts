/**
 * encoding, what the checks share: a finding (`Hit`), the paragraph being
 * scanned (`Context`), character tests on single characters (undefined past
 * either end of the text) and the word around a position.
 */
import type {DocumentIndex, ParagraphInfo} from '../support/document.js'
import {CODE_LETTER, CODE_LOWER, CODE_UPPER, CODE_WHITE_SPACE, isAsciiDigit, isCharClass} from '../support/text.js'

export interface Hit {
  start: number
  end: number
  reason: string
  expected?: string[]
  safe: boolean
  /** A guess rather than a certainty: reported one level lower than the rule. */
  soft?: boolean
}

export interface Context {
  index: DocumentIndex
  paragraph: ParagraphInfo
  text: string
  /** A lost opening quote was found in this paragraph and not yet closed. */
  openQuote: boolean
}

/** Longest stretch looked at around a lost character (a word, a URL-like token). */
export const REACH = 60

export const isLetter = (c: string | undefined): boolean => isCharClass(c, CODE_LETTER)
export const isUpper = (c: string | undefined): boolean => isCharClass(c, CODE_UPPER)
export const isLower = (c: string | undefined): boolean => isCharClass(c, CODE_LOWER)
export const isDigit = isAsciiDigit
export const isSpace = (c: string | undefined): boolean => isCharClass(c, CODE_WHITE_SPACE)

/** The letters right before `at` (at most REACH). */
export function wordBefore(text: string, at: number): string {
  let s = at
  while (s > 0 && at - s < REACH && isLetter(text[s - 1])) s--
  return text.slice(s, at)
}

/** The letters from `at` on (at most REACH). */
export function wordAfter(text: string, at: number): string {
  let e = at
  while (e < text.length && e - at < REACH && isLetter(text[e])) e++
  return text.slice(at, e)
}
