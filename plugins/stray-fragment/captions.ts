/**
 * stray-fragment, part: photo captions and their credits pasted into the
 * text as lines of their own.
 *
 * What it finds:
 * - a short line (at most 40 words, one or two sentences) that ends in a
 *   credit: an agency with a slash ("… in the capital. EFE/Stringer"), a
 *   name in capitals and an agency after a slash ("… JANE DOE / AGENCY"), a
 *   credit label after the caption ("… in Caracas Source: AFP – Credit:
 *   JANE DOE"), a bracket closing on a photo word ("(EXAMPLE PHOTO)"):
 *   the whole line is the caption with its credit — a warning;
 * - a caption line next to a credit line: a line of three to 30 words with
 *   words in lower case, no final stop, not the headline (nor a headline
 *   printed again below) nor a body sentence, right before or after a line
 *   that opens with a credit label ("Photo: …", "Foto: …") or that names
 *   an outlet alone at the top (a masthead, see people.ts); with a final
 *   stop only under such an outlet line — a warning;
 * - image alt text or a file name: a line of one to six words in lower
 *   case (or a hyphenated file name) with no final stop, between body
 *   paragraphs, most of whose words are no English words ("avion mexico
 *   ayuda", "vania, cuba, f, archivo"): a warning.
 */
import {isKnownToken} from '../support/lexicon.js'
import {AGENCIES} from '../data/stray-fragment.js'
import {lazy} from '../support/text.js'
import {matchLabel, skipLead} from './furniture.js'
import {keyOf, lineKey, placeOf, textOf, type Page} from './page.js'
import {tables} from './tables.js'
import type {LineVerdict} from './verdict.js'

const agencyKeys = lazy(() => new Set(AGENCIES.map(keyOf)))

/** "EFE/Stringer", "JANE DOE / AGENCY", "(EXAMPLE PHOTO)", "Credit: JANE DOE" ending a line. */
const SLASH_END = /(?:^|[\s.])([\p{L}-]{2,20})\s?\/\s?([\p{L}. -]{2,40})$/u
const CAPS_SLASH_END = /(?:^|[\s.])((?:\p{Lu}[\p{Lu}.'-]*\s){1,3})\/\s(\p{Lu}[\p{Lu}&.-]{1,20})$/u
const PHOTO_BRACKET_END = /\([^()]{0,40}\b(?:PHOTO|FOTO|PIC|PHOTOS|IMAGE)\)$/u
const CREDIT_INSIDE = /\s(?:Credit|Photo credit|Photo|Foto|Source|Image)\s?:\s?[\p{Lu}]/u

/** Credit labels before a slash credit: then the credit is labelled, and the tail check (inline.ts) takes it alone. */
const LABEL_BEFORE = /(?:photo|photos|foto|fotos|image|picture|credit|source|fuente|fonte|bild)\s*(?:by|de|di|von)?\s*:?\s*$/iu

export function creditEnd(text: string, from: number, to: number): boolean {
  const tail = text.slice(Math.max(from, to - 60), to).trimEnd()
  const agencies = agencyKeys()
  const m = SLASH_END.exec(tail)
  if (m && (agencies.has(keyOf(m[1])) || agencies.has(keyOf(m[2]))) && !LABEL_BEFORE.test(tail.slice(0, m.index + (m[0].length - m[0].trimStart().length)))) return true
  const c = CAPS_SLASH_END.exec(tail)
  if (c && (agencies.has(keyOf(c[2])) || c[2].length <= 4) && !LABEL_BEFORE.test(tail.slice(0, c.index + 1))) return true
  if (PHOTO_BRACKET_END.test(tail)) return true
  return false
}

/** Whether line j opens with a credit or caption label ("Photo: …"). */
function isCreditLine(page: Page, j: number): boolean {
  const l = page.lines[j]
  if (!l || l.words > 14) return false
  const text = l.u.p.text
  const m = matchLabel(text, skipLead(text, l.u.start, l.u.end), l.u.end, tables())
  return m !== undefined && (m.label.kind === 'credit' || m.label.kind === 'caption')
}

export function captionLine(page: Page, k: number, isMasthead: (j: number) => boolean): LineVerdict | undefined {
  const l = page.lines[k]
  if (l.words > 40 || l.words < 2) return undefined
  const text = l.u.p.text
  // A caption ending in its credit.
  if (l.words >= 3 && creditEnd(text, l.u.start, l.u.end)) {
    return {level: 'likely', reason: 'Photo caption with its credit left in the copy: delete it'}
  }
  if (l.words >= 4 && l.words <= 40 && !l.body) {
    const line = textOf(l)
    const m = CREDIT_INSIDE.exec(line)
    // (After a full stop the label opens a tail that inline.ts takes alone.)
    if (m && m.index > 10 && !/[.!?]["”’)]?$/u.test(line.slice(0, m.index))) return {level: 'likely', reason: 'Photo caption with its credit left in the copy: delete it'}
  }
  // Next to a credit line: a line with words in lower case (not a date, not a list of names),
  // not the headline (nor a headline printed again further down).
  // A caption with a final stop only after an outlet's credit line ("Example Shimbun" above it).
  const credited = l.terminated ? k > 1 && isMasthead(k - 1) : isCreditLine(page, k + 1) || isCreditLine(page, k - 1) || (k > 1 && isMasthead(k - 1)) || isMasthead(k + 1)
  if (l.words >= 3 && l.words <= 30 && !l.body && k > 0 && l.lower >= 1 && credited) {
    if (!isHeadline(page, k) && !repeatedBelow(page, k)) return {level: 'likely', reason: 'Photo caption (next to its credit) left in the copy: delete it'}
  }
  // Alt text or a file name between body paragraphs: tags with commas, a hyphenated name, or three
  // words or more of no English between a finished sentence and a capital (not a broken line).
  if (l.words <= 6 && !l.terminated && placeOf(page, k) === 'body') {
    const line = textOf(l).trim()
    const tags = line.includes(',')
    const file = /^[\p{L}]+(?:-[\p{L}]+)+$/u.test(line)
    const prev = page.lines[k - 1]
    const next = page.lines[k + 1]
    const apart = prev !== undefined && prev.terminated && next !== undefined && /^[\p{Lu}"“]/u.test(textOf(next).trimStart()) && l.words >= 3
    if ((/^[\p{Ll}]/u.test(line) && (tags || apart)) || (file && apart !== undefined)) {
      const words = line.split(/[\s,_-]+/u).filter(Boolean)
      let foreign = 0
      for (const w of words) if (w.length > 1 && !isKnownToken(w)) foreign++
      if (words.length >= 2 && foreign * 2 > words.length) {
        return {level: 'likely', reason: `Image text or file name (“${line}”) left in the copy: delete it`}
      }
    }
  }
  return undefined
}

/** Whether a later line repeats line k (a headline printed twice, not a caption). */
function repeatedBelow(page: Page, k: number): boolean {
  const key = lineKey(page.lines[k])
  if (!key) return false
  for (let j = k + 1; j < page.lines.length && j <= k + 6; j++) if (lineKey(page.lines[j]) === key) return true
  return false
}

/** The headline: the first line of the top of the page with three words or more. */
function isHeadline(page: Page, k: number): boolean {
  if (k >= page.firstBody) return false
  for (let j = 0; j < page.firstBody; j++) {
    if (page.lines[j].words >= 3) return j === k
  }
  return false
}
