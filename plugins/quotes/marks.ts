/**
 * quotes, the marks: what one quote mark is and where it stands, the record
 * every check of the rule shares.
 *
 * A mark's position comes from its flanks, looked at past other quote marks
 * (at most three): open on the left (start, space, opening bracket, dash),
 * open on the right (end, space, punctuation, closing bracket, dash; a full
 * stop but not an ellipsis).  Open on the left only: `open`; on the right
 * only: `close`; both: `lone`; neither: `inner` (inside a word).
 */
import {ENGLISH, LEFT_FLANK, QUOTE_MARKS, RIGHT_FLANK, SENTENCE_END, type QuoteFamily, type QuoteMark} from '../data/quotes.js'
import type {ParagraphInfo} from '../support/document.js'
import type {Severity} from '../support/rule.js'
import {isInlineSpaceTypographicCode} from '../support/text.js'

export type Pos = 'open' | 'close' | 'lone' | 'inner'
export type Style = 'curly' | 'straight'

/** One quote mark of the document, with what the pairing made of it. */
export interface Rec {
  p: ParagraphInfo
  /** Index in the paragraph text. */
  i: number
  ch: string
  mark: QuoteMark
  pos: Pos
  role: 'open' | 'close' | 'apostrophe' | 'doubled' | 'skip'
  /** The same mark follows at once (""word). */
  doubled?: boolean
  partner?: Rec
  /** An opening mark that continues a run-on quotation: the opening mark it takes over from. */
  continues?: Rec
  /** Set when the mark is left unmatched. */
  unmatched?: 'close' | 'open'
  /** Set when a finding was reported for this mark. */
  reported?: boolean
}

/**
 * A new mark record with every field present (the optional ones undefined):
 * pairing sets them later in varying orders, and records that kept one shape
 * keep their readers monomorphic.
 */
export function newRec(p: ParagraphInfo, i: number, ch: string, mark: QuoteMark, pos: Pos, role: Rec['role']): Rec {
  return {p, i, ch, mark, pos, role, doubled: undefined, partner: undefined, continues: undefined, unmatched: undefined, reported: undefined}
}

/** The document's prevailing styles (see styles.ts). */
export interface Styles {
  double: Style
  single: Style
  apostrophe: Style
}

/** Report a finding on a mark (bounded per paragraph by the rule's entry). */
export type Emit = (rec: Rec, start: number, end: number, reason: string, expected: string[] | undefined, level?: Severity, safe?: boolean) => void

export function isQuote(c: string | undefined): boolean {
  return c !== undefined && QUOTE_MARKS.has(c)
}

/** A space a quote mark may stand on the wrong side of (INLINE_SPACE_TYPOGRAPHIC: French guillemets « like this » too). */
export function isSpace(c: string): boolean {
  return c.length === 1 && isInlineSpaceTypographicCode(c.charCodeAt(0))
}

/** Whether the mark at i is open on its left: start, space, opening bracket, dash (skipping other quote marks). */
function leftFlank(t: string, i: number): boolean {
  let j = i - 1
  for (let k = 0; k < 3 && j >= 0 && isQuote(t[j]); k++) j--
  if (j < 0) return true
  return LEFT_FLANK.has(t[j])
}

/** Whether the mark at i is open on its right: end, space, punctuation, closing bracket, dash. */
function rightFlank(t: string, i: number): boolean {
  let j = i + 1
  for (let k = 0; k < 3 && j < t.length && isQuote(t[j]); k++) j++
  if (j >= t.length) return true
  const c = t[j]
  // A full stop, but not an ellipsis ("...That does not").
  if (c === '.') return t.charCodeAt(j + 1) !== 0x2e /* . */
  return RIGHT_FLANK.has(c)
}

export function position(t: string, i: number): Pos {
  const l = leftFlank(t, i)
  const r = rightFlank(t, i)
  if (l && !r) return 'open'
  if (r && !l) return 'close'
  if (l && r) return 'lone'
  return 'inner'
}

/** Only spaces, dashes, bullets or brackets before i: the mark opens the paragraph. */
export function atParagraphStart(t: string, i: number): boolean {
  if (i > 8) return false
  for (let j = 0; j < i; j++) {
    const c = t[j]
    if (!LEFT_FLANK.has(c) && !isQuote(c)) return false
  }
  return true
}

/** Only spaces (and closing marks) after i: the mark ends the paragraph. */
export function atParagraphEnd(t: string, i: number): boolean {
  for (let j = i + 1, k = 0; j < t.length; j++, k++) {
    if (k > 8) return false
    const c = t[j]
    if (!isSpace(c) && !isQuote(c)) return false
  }
  return true
}

/** A full stop, question or exclamation mark (perhaps a bracket) before the spaces before i. */
export function sentenceEndBefore(t: string, i: number): boolean {
  let j = i - 1
  for (let k = 0; k < 4 && j >= 0 && isSpace(t[j]); k++) j--
  if (j === i - 1) return false
  // "… interesting.' "My …", "… (he said.) "Next …": a closed inner quotation or bracket.
  for (let k = 0; k < 2 && j >= 0 && (t[j] === ')' || isQuote(t[j])); k++) j--
  return j >= 0 && SENTENCE_END.has(t[j])
}

export function styleOf(rec: Rec): Style | undefined {
  if (rec.mark.kind === 'straight') return 'straight'
  if (rec.mark.kind === 'english') return 'curly'
  return undefined
}

/** The English mark for a role, in a style. */
export function english(family: QuoteFamily, style: Style, role: 'open' | 'close'): string {
  return ENGLISH[family][style][role === 'open' ? 0 : 1]
}
