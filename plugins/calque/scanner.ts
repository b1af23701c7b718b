/**
 * calque, what the checks share: the paragraph's words (`Tok`, lower case on
 * first use) with the text between them (`Scanner`), a candidate finding,
 * the entries each check starts from at a word (`WordFacts`, found by
 * triggers.ts), and small word tests.
 */
import type {Tier, VerbObject} from '../data/calque-phrases.js'
import type {ParagraphInfo} from '../support/document.js'
import {isInlineSpaceThinCode, POSSESSIVE_END} from '../support/text.js'
import type {Matcher} from './matcher.js'
import type {AdjectiveEntry} from './periphrases.js'
import type {PhraseGroup} from './phrases.js'
import type {ThatForm} from './that-verbs.js'

/** Characters that end a clause (or a quotation) in the text between two words. */
export const CLAUSE_END = /[.;:!?()[\]"“”«»‘—–…\uE000]/u
/** An opening quote mark in the text between two words. */
export const OPEN_QUOTE = /["“«‘]/u

/** A word of the paragraph; its lower-case form is computed on first use. */
export class Tok {
  private low: string | undefined = undefined
  constructor(
    readonly value: string,
    readonly start: number,
    readonly end: number
  ) {}

  get lower(): string {
    return (this.low ??= lowerCase(this.value))
  }
}

/** `value.toLowerCase()`, without a new string for an ASCII word already in lower case. */
export function lowerCase(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 128 || (c >= 65 && c <= 90)) return value.toLowerCase()
  }
  return value
}

export interface Candidate {
  paragraph: ParagraphInfo
  start: number
  end: number
  id: string
  tier: Tier
  /** A quotation opens right after the match (“considered that “…”). */
  quoted: boolean
  reason: string
  expected: string[]
}

export type Add = (c: Omit<Candidate, 'paragraph' | 'quoted'> & {quoted?: boolean}) => void

/** Word access with the text between words. */
export class Scanner {
  constructor(
    readonly toks: readonly Tok[],
    readonly facts: readonly WordFacts[],
    readonly text: string
  ) {}

  get length(): number {
    return this.toks.length
  }

  /** The text between word i-1 and word i (from the paragraph start for i = 0). */
  gap(i: number): string {
    const from = i === 0 ? 0 : this.toks[i - 1].end
    const to = i < this.toks.length ? this.toks[i].start : this.text.length
    return this.text.slice(from, Math.min(to, from + 200))
  }

  /** Word i follows word i-1 with only spaces between. */
  joined(i: number): boolean {
    if (i <= 0 || i >= this.toks.length) return false
    const from = this.toks[i - 1].end
    const to = this.toks[i].start
    if (to <= from || to - from > 8) return false
    for (let k = from; k < to; k++) {
      if (!isInlineSpaceThinCode(this.text.charCodeAt(k))) return false
    }
    return true
  }

  /** Word i starts a new clause (or the paragraph). */
  clauseStart(i: number, commaBreaks: boolean): boolean {
    if (i === 0) return true
    const g = this.gap(i)
    return CLAUSE_END.test(g) || (commaBreaks && g.includes(','))
  }

  /** Word i starts a sentence (or the paragraph). */
  sentenceStart(i: number): boolean {
    if (i === 0) return true
    return /[.!?:;]/.test(this.gap(i))
  }

  lower(i: number): string | undefined {
    return this.toks[i]?.lower
  }
}

/** The table entries each check starts from at a word. */
export interface WordFacts {
  /**
   * What the next words must be for any check to fire here: one of these
   * sequences, the first word also matching `first` (undefined: anything).
   */
  follow: {first: Matcher; sequences: Matcher[][]} | undefined
  periphrases: AdjectiveEntry[] | undefined
  phrases: PhraseGroup | undefined
  thatVerbs: ThatForm[] | undefined
  objects: VerbObject[] | undefined
}

export function isPossessive(value: string): boolean {
  return POSSESSIVE_END.test(value)
}

/** Match lower-case words (the last may carry a possessive) at i; returns the index after them. */
export function matchWords(s: Scanner, i: number, words: readonly string[]): number {
  for (let p = 0; p < words.length; p++) {
    const t = s.toks[i + p]
    if (!t || (p > 0 && !s.joined(i + p))) return -1
    const lower = p === words.length - 1 ? t.lower.replace(POSSESSIVE_END, '') : t.lower
    if (lower !== words[p]) return -1
    if (p < words.length - 1 && isPossessive(t.value)) return -1
  }
  return i + words.length
}

/** The gap between two words is one or more INLINE_SPACE_THIN characters. */
export function onlySpaces(gap: string): boolean {
  if (gap.length === 0) return false
  for (let k = 0; k < gap.length; k++) if (!isInlineSpaceThinCode(gap.charCodeAt(k))) return false
  return true
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  es: 'Spanish',
  it: 'Italian',
  fr: 'French',
  pt: 'Portuguese',
  de: 'German'
}

/** "es “este domingo”; it “questa domenica”" → "Spanish “este domingo”, Italian “questa domenica”". */
export function languages(originals: string): string {
  return originals
    .split('; ')
    .map((part) => {
      const code = part.slice(0, 2)
      const name = LANGUAGE_NAMES[code]
      return name && part[2] === ' ' ? name + part.slice(2) : part
    })
    .join(', ')
}
