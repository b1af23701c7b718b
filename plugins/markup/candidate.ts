/**
 * markup, what the scanners share: a candidate finding in paragraph text,
 * the cached forward search for closing delimiters, and character tests.
 */
import {HTML_SPACE, isAsciiDigitCode, isAsciiLetterCode} from '../support/text.js'

export interface Candidate {
  /** Span in the paragraph text. */
  start: number
  end: number
  reason: string
  kind: 'entity' | 'delete' | 'line' | 'fragment'
  /** Entity: fix candidates, best first. */
  expected?: string[]
  safe?: boolean
  /** Delete: a block element, replaced by a space between two words. */
  breaking?: boolean
  /** A bare upper-case tag: kept only when the document has definite markup. */
  uncertain?: boolean
  /** A definite HTML tag (evidence for the uncertain ones). */
  definiteTag?: boolean
}

/** Forward searches for closing delimiters, cached so that each is linear overall. */
export class Finder {
  private readonly text: string
  private lower: string | undefined
  private readonly next = new Map<string, number>()
  constructor(text: string) {
    this.text = text
  }

  /** First index of `needle` at or after `from`, or -1 (case-insensitive when `fold`). */
  find(needle: string, from: number, fold = false): number {
    const key = (fold ? 'i' : 's') + needle
    const known = this.next.get(key)
    if (known !== undefined && (known === -1 || known >= from)) return known
    const hay = fold ? (this.lower ??= this.text.toLowerCase()) : this.text
    const at = hay.indexOf(needle, from)
    this.next.set(key, at)
    return at
  }
}

/** White space between the parts of a tag (HTML_SPACE). */
export const isTagSpace = (c: string | undefined): boolean => c !== undefined && HTML_SPACE.test(c)

export const isAsciiAlnum = (code: number): boolean => isAsciiLetterCode(code) || isAsciiDigitCode(code)

export function shorten(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '…' : s
}
