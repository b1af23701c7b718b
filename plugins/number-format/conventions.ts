/**
 * number-format, the conventions around a number: what the checks in
 * spaced-sign.ts, split-decimal.ts, spelled-magnitude.ts, scores.ts,
 * dates.ts, times.ts, ordinals.ts and ungrouped.ts share.
 *
 * Each of them looks at one number where the digit scan found it (so a
 * paragraph without digits costs nothing) and at the characters and words
 * right around it; the document's own evidence (is it a sports story? does
 * it group four-digit numbers with a comma elsewhere?) is worked out once,
 * on first need.
 */
import {FUNCTION_WORDS} from '../data/english-words.js'
import {COUNT_NOUNS, LOOKAHEAD_STOP, SPORTS_WORDS} from '../data/number-format.js'
import {cached, type DocumentIndex, type ParagraphInfo} from '../support/document.js'
import {isDigit, isGroupSpace, isLetter, type Candidate, type NumberToken} from './reading.js'

/** What a convention check reads: the number, its paragraph, and the document's evidence. */
export interface Around {
  paragraph: ParagraphInfo
  /** The paragraph's masked text. */
  text: string
  t: NumberToken
  doc: DocumentEvidence
}

/**
 * A convention check: pushes its finding, and tells whether it claimed the
 * number (a claimed number gets no format check: "15.30 p.m." is a time,
 * not a decimal).
 */
export type ConventionCheck = (a: Around, out: Candidate[]) => boolean

/** The document's evidence, worked out on first need. */
export class DocumentEvidence {
  private sportsCount: number | undefined
  private grouped: boolean | undefined
  constructor(private readonly index: DocumentIndex) {}

  /** A sports story: three different words of match reporting. */
  get sports(): boolean {
    this.sportsCount ??= cached(this.index, 'number-format:sports', () => {
      const seen = new Set<string>()
      for (const w of this.index.words) {
        const lower = w.value.toLowerCase()
        if (SPORTS_WORDS.has(lower)) {
          seen.add(lower)
          if (seen.size >= 3) break
        }
      }
      return seen.size
    })
    return this.sportsCount >= 3
  }

  /** The story groups a number of four or five digits with a comma elsewhere ("1,500"). */
  get groupsThousands(): boolean {
    this.grouped ??= cached(this.index, 'number-format:grouped', () => {
      for (const p of this.index.paragraphs) if (GROUPED_THOUSANDS.test(p.text)) return true
      return false
    })
    return this.grouped
  }
}

/** "1,500", "12,000": one comma group after one or two digits, not part of a longer number. */
const GROUPED_THOUSANDS = /(?<![\d.,])[1-9]\d?,\d{3}(?![\d,]|\.\d)/

/** The word ending right before `at` (past at most one space), lower case, at most 20 letters. */
export function wordEndingAt(text: string, at: number): string {
  let e = at
  if (isGroupSpace(text[e - 1])) e--
  let s = e
  while (s > 0 && e - s < 20 && isLetter(text[s - 1])) s--
  return text.slice(s, e).toLowerCase()
}

/** The word starting at `at` (past at most one space), lower case, at most 20 letters and hyphens. */
export function wordStartingAt(text: string, at: number): string {
  let s = at
  if (isGroupSpace(text[s])) s++
  let e = s
  while (e < text.length && e - s < 20 && (isLetter(text[e]) || (text[e] === '-' && isLetter(text[e + 1])))) e++
  return text.slice(s, e).toLowerCase()
}

/**
 * A count noun right after `at`, or after one describing word ("1500
 * doctors", "1500 Cuban doctors"; not "2006 and students").
 */
export function countNounAfter(text: string, at: number): boolean {
  const w = wordStartingAt(text, at)
  if (!w) return false
  if (COUNT_NOUNS.has(w)) return true
  if (LOOKAHEAD_STOP.has(w) || FUNCTION_WORDS.has(w)) return false
  return COUNT_NOUNS.has(wordStartingAt(text, skipWord(text, at)))
}

/** The position after the word at `at` (after at most one space). */
function skipWord(text: string, at: number): number {
  let i = at
  if (isGroupSpace(text[i])) i++
  while (i < text.length && (isLetter(text[i]) || text[i] === '-')) i++
  return i
}

/** A plain whole number: no separator, no digit glued before it. */
export function isPlain(a: Around): boolean {
  return a.t.seps.length === 0 && !isDigit(a.text[a.t.start - 1])
}

/** The value of a plain token (NaN when it has separators). */
export function plainValue(t: NumberToken): number {
  return t.seps.length === 0 ? Number(t.groups[0]) : Number.NaN
}
