/**
 * What each paragraph is: body copy, or one of the lines news copy carries
 * that are not sentences (headlines, subheads, datelines, bylines, captions,
 * list items, sports results).  Shared by the rules that treat them
 * differently (terminal-punctuation, stray-fragment …); computed once per
 * document.
 */
import {cached, type DocumentIndex, type ParagraphInfo} from './document.js'

export type Role =
  | 'heading' // a Markdown/HTML heading, or a title-like line
  | 'list' // a list item, table row, results line
  | 'dateline'
  | 'byline'
  | 'credit' // photo/video credits, captions, agency trailers
  | 'body'

const TERMINAL = /[.!?…:]["”’'»)\]]*\s*$/u
const BULLET = /^\s*(?:[-–—*•·▪►>+]|\d{1,3}[.)]|\(?[a-z]\))\s+/u
const DATELINE = /^[\p{Lu}][\p{Lu} .,'’-]{2,40}(?:\([^)]{1,40}\))?\s*[-–—]\s*$/u
const BYLINE = /^(?:by|from|reporting by|writing by|editing by|additional reporting by|compiled by|text by)\s+\p{Lu}/iu
const CREDIT_START = /^(?:image|photo|picture|video|source|credit|caption|image caption|media caption|file photo|graphic)s?\b\s*[:\-–]?/iu
/**
 * Matched on the last 200 code units only: its longest match is 90 code
 * points (at most 170 units), and unanchored at the start it would otherwise
 * be tried at every position of every paragraph.
 */
const CREDIT_END = /(?:\((?:pa|ap|afp|reuters|getty|epa|picture:[^)]{0,80}|photo:[^)]{0,80})\)|reuters\/[\p{L} .-]{1,80}|getty images|photo by [^.]{1,80})$/iu
const isCredit = (text: string): boolean => CREDIT_START.test(text) || CREDIT_END.test(text.length > 200 ? text.slice(-200) : text)

export function isTerminated(text: string): boolean {
  return TERMINAL.test(text)
}

/** Number of words in a string (letters or digits between spaces). */
export function wordCount(text: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const space = c === 32 || c === 9 || c === 160
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/** Role of every paragraph, computed once per document. */
export function roles(index: DocumentIndex): Role[] {
  return cached(index, 'roles', () => index.paragraphs.map((p) => roleOf(p)))
}

export function roleOf(p: ParagraphInfo): Role {
  const block = p.block
  if (block === 'heading') return 'heading'
  // A Markdown front matter field (summary, description) stands alone, like a list item.
  if (block === 'listItem' || block === 'tableCell' || block === 'tableRow' || block === 'frontMatter') return 'list'
  const text = p.text.trim()
  if (BULLET.test(text)) return 'list'
  if (DATELINE.test(text)) return 'dateline'
  if (BYLINE.test(text) && wordCount(text) <= 12) return 'byline'
  if (isCredit(text)) return 'credit'
  if (/^\(.*\)$/su.test(text)) return 'credit'
  if (isResultsLine(text)) return 'list'
  if (isTitleLike(text)) return 'heading'
  return 'body'
}

/** Sports results, fixtures, tables: "Chelsea v Birmingham", "24 Mary Pierce (France)". */
function isResultsLine(text: string): boolean {
  if (isTerminated(text)) return false
  if (/\s(?:v|vs\.?)\s/u.test(text) && wordCount(text) <= 12) return true
  if (/^\d{1,3}\s+\p{Lu}/u.test(text) && wordCount(text) <= 10) return true
  // Mostly digits, scores and names in brackets.
  const digits = text.replace(/[^\d]/g, '').length
  if (digits >= 4 && digits / text.length > 0.15 && wordCount(text) <= 20) return true
  return false
}

/** A short line that reads as a headline or subhead. */
export function isTitleLike(text: string): boolean {
  if (isTerminated(text) && !/^["“‘'«].*["”’'»]$/su.test(text)) return false
  const words = wordCount(text)
  if (words === 0 || words > 16) return false
  if (/[,;]$/.test(text)) return false
  // Several sentences are body copy ("… to blame. The court disagreed").
  if (/\p{Ll}{2}[.!?]["”’)]?\s+\p{Lu}/u.test(text)) return false
  if (!/^[\p{Lu}\p{N}"“‘'«(]/u.test(text)) return false
  return true
}
