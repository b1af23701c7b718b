/**
 * stray-fragment, part: photo captions and their credits pasted into the
 * text as lines of their own.
 *
 * What it finds:
 * - a short line (at most 40 words, one or two sentences) that ends in a
 *   credit: an agency with a slash ("… in the capital. EFE/Stringer"), a
 *   name in capitals and an agency after a slash ("… JANE DOE / AGENCY"), a
 *   credit label after the caption ("… in Caracas Source: AFP – Credit:
 *   JANE DOE"), a bracket closing on a photo word ("(EXAMPLE PHOTO)",
 *   "(Symbol image).") or an account ("(@example)"): the whole line is the
 *   caption with its credit — a warning;
 * - a caption line next to a credit line: a line of three to 30 words with
 *   a caption's wording (a comma, or two content words in lower case — a
 *   title-case line is a headline), no final stop, not the headline (nor a headline
 *   printed again below) nor a body sentence, right before or after a line
 *   that opens with a credit label ("Photo: …", "Foto: …") or that names
 *   an outlet alone at the top (a masthead, see people.ts); with a final
 *   stop only under such an outlet line — a warning;
 * - image alt text: a line of one to six words in lower case with no final
 *   stop, below the first line and above the foot, most of whose words (of two letters or
 *   more) are no English words — tags with commas ("vania, cuba, f,
 *   archivo"), or three words or more between a line that is no unfinished
 *   sentence and a capital ("avion mexico ayuda"; "… their\njoie de
 *   vivre\nso evident …" is a broken line, not alt text); image text
 *   numbered like a gallery ("… state visit picture 1"): a warning; such
 *   text or a hyphenated file name glued to the first word of a line
 *   ("avion mexico ayudaTwo planes …", "Jane-RoeThe minister …"): the
 *   segment, a warning.
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
const PHOTO_BRACKET_END = /\([^()]{0,40}\b(?:PHOTO|FOTO|PIC|PHOTOS|IMAGE|[Pp]hoto|[Ii]mage|[Pp]icture)\)\.?$|\(@[\w.]{2,30}\)\.?$/u
/** Image text numbered like a gallery: "… leaves for the visit picture 1". */
const NUMBERED_IMAGE = /\b(?:picture|photo|image|pic)\s?\d{1,2}$/iu
const CREDIT_INSIDE = /\s(?:Credit|Photo credit|Photo|Foto|Source|Image)\s?:\s?[\p{Lu}]/u

/** Credit labels before a slash credit: then the credit is labelled, and the tail check (inline.ts) takes it alone. */
const LABEL_BEFORE = /(?:photo|photos|foto|fotos|image|picture|credit|source|fuente|fonte|bild)(?:\s*(?:by|de|di|von)\s+[^./]{0,40}|\s*:?\s*)$/iu

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
  if (l.words >= 3 && l.words <= 30 && !l.body && k > 0 && credited && captionWords(textOf(l))) {
    if (!isHeadline(page, k) && !repeatedBelow(page, k)) return {level: 'likely', reason: 'Photo caption (next to its credit) left in the copy: delete it'}
  }
  // Image text numbered like a gallery, in lower case.
  if (l.words >= 3 && !l.terminated && /^\p{Ll}/u.test(textOf(l)) && NUMBERED_IMAGE.test(textOf(l))) {
    return {level: 'likely', reason: 'Image text of the web page left in the copy: delete it'}
  }
  // Alt text or a file name between body paragraphs: tags with commas, or three words or more of no
  // English between a line that is no unfinished sentence and a capital (not a broken line).
  if (l.words <= 6 && !l.terminated && k > 0 && placeOf(page, k) !== 'foot') {
    const line = textOf(l).trim()
    const tags = line.includes(',')
    const prev = page.lines[k - 1]
    const next = page.lines[k + 1]
    const apart = prev !== undefined && !(prev.body && !prev.terminated) && next !== undefined && /^[\p{Lu}"“]/u.test(textOf(next).trimStart()) && l.words >= 3
    if (/^[\p{Ll}]/u.test(line) && (tags || apart)) {
      const words = line.split(/[\s,_-]+/u).filter((w) => w.length > 1)
      let foreign = 0
      for (const w of words) if (!isKnownToken(w)) foreign++
      if (words.length >= 1 && foreign * 2 > words.length) {
        return {level: 'likely', reason: `Image text or file name (“${line}”) left in the copy: delete it`}
      }
    }
  }
  return undefined
}

/** Caption wording: a comma (an apposition: "Jane Roe, the minister") or two content words in lower case — not a title-case headline. */
function captionWords(line: string): boolean {
  if (line.includes(',')) return true
  let n = 0
  for (const w of line.split(/\s+/u)) if (/^\p{Ll}{3,}/u.test(w) && !SMALL.has(w) && ++n >= 2) return true
  return false
}

const SMALL = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'onto', 'over', 'about', 'after', 'before'])

/** Whether a later line repeats line k (a headline printed twice, not a caption). */
function repeatedBelow(page: Page, k: number): boolean {
  const key = lineKey(page.lines[k])
  if (!key) return false
  for (let j = k + 1; j < page.lines.length && j <= k + 6; j++) if (lineKey(page.lines[j]) === key) return true
  return false
}

/**
 * The headline: the first line of the top of the page with three words or
 * more that is no credit line and no field ("Photo from: Example", "Editor:
 * …").
 */
function isHeadline(page: Page, k: number): boolean {
  if (k >= page.firstBody) return false
  for (let j = 0; j < page.firstBody; j++) {
    const l = page.lines[j]
    if (l.words < 3 || isCreditLine(page, j) || /^\S+\s?:/u.test(textOf(l))) continue
    return j === k
  }
  return false
}

/** Alt text or a file name glued to the first word of a line: "avion mexico ayudaTwo planes …", "Julian-AssangeThe president …". */
const GLUED_ALT = /^(\p{Ll}[\p{L}-]*(?:[\s,]+[\p{L}-]+){1,5}|\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)+)(?=\p{Lu}\p{Ll})/u

export function gluedAltText(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  const text = l.u.p.text
  const m = GLUED_ALT.exec(text.slice(l.u.start, Math.min(l.u.end, l.u.start + 60)))
  if (!m || l.u.start + m[1].length >= l.u.end) return undefined
  const head = m[1]
  // The glue: a lower-case letter against a capital, no space.
  if (!/\p{Ll}$/u.test(head)) return undefined
  if (/^\p{Ll}/u.test(head)) {
    const words = head.split(/[\s,_-]+/u).filter((w) => w.length > 1)
    // The last word is glued: judge it without its capital tail.
    let foreign = 0
    for (const w of words) if (!isKnownToken(w)) foreign++
    if (words.length < 2 || foreign * 2 <= words.length) return undefined
  }
  const end = l.u.start + head.length
  return {level: 'likely', reason: `Image text or file name (“${head}”) glued to the text: delete it`, start: l.u.start, end, cut: l.u.start}
}
