/**
 * stray-fragment, part: site chrome — the lines a content management system
 * or theme prints around an article, carried into the text by a scraper or
 * a copy-paste.
 *
 * What it finds, on a line of at most 30 words, by its key (page.ts):
 * - a whole line of the chrome tables (data/stray-fragment-chrome.ts:
 *   comment forms, skip links, pagers, widgets, counters; English and the
 *   source languages): "Leave a Reply", "Skip to main content", "Most
 *   Popular", "Deja una respuesta";
 * - an opening of the tables, within its word limit (the long form and
 *   disclaimer texts: "You are commenting using your … account", "This
 *   entry was posted in …"; short labels like "Posted in …" only without a
 *   final stop; "Tags:" only with its colon);
 * - a breadcrumb: a short line ending in "»" or "›", or with two "»";
 * - a section label: up to four words, all section names ("Politics",
 *   "Local news", "Health & Medicine"; at most one other capitalised name:
 *   "Thailand Politics"), at the top or the foot of the page — a warning,
 *   since a subhead among the body paragraphs may be one word too;
 * - a language switcher: a language's own name alone on its line
 *   ("Español", "日本語"): an error in a run of two or more, a warning at
 *   the top or the foot, else info;
 * - a counter of the page: views, reads, shares or comments ("1,204
 *   views", "This article has been read 300 times"), a reading time ("5
 *   min read"), a page count ("Page 2 of 4", "2 out of 4 pages").
 */
import {lazy} from '../support/text.js'
import {
  CHROME_LINES_EN,
  CHROME_LINES_SOURCE,
  CHROME_OPENINGS_EN,
  LANGUAGE_AUTONYMS,
  SECTION_WORDS,
  type Opening
} from '../data/stray-fragment-chrome.js'
import {keyOf, keyOfRange, lineKey, placeOf, textOf, type Page} from './page.js'
import type {LineVerdict} from './verdict.js'

interface ChromeTables {
  lines: Set<string>
  openings: Map<string, Opening[]>
  sections: Set<string>
  autonyms: Set<string>
}

export const chromeTables = lazy((): ChromeTables => {
  const lines = new Set<string>()
  for (const s of CHROME_LINES_EN) lines.add(keyOf(s))
  for (const s of CHROME_LINES_SOURCE) lines.add(keyOf(s))
  lines.delete('')
  const openings = new Map<string, Opening[]>()
  for (const o of CHROME_OPENINGS_EN) {
    const p = keyOf(o.p)
    const first = p.split(' ')[0]
    const list = openings.get(first) ?? []
    list.push({...o, p})
    openings.set(first, list)
  }
  return {
    lines,
    openings,
    sections: new Set(SECTION_WORDS.map(keyOf)),
    autonyms: new Set(LANGUAGE_AUTONYMS.map(keyOf))
  }
})

/** Words that may join section names ("Health & Medicine", "News and Views"). */
const SECTION_JOINERS = new Set(['and', '&', 'of', 'the', 'y', 'e', 'et', 'und'])

/** The opening of the chrome tables a line starts with (its key `key`). */
function openingOf(page: Page, k: number, key: string, ct: ChromeTables): Opening | undefined {
  const sp = key.indexOf(' ')
  const list = ct.openings.get(sp < 0 ? key : key.slice(0, sp))
  if (!list) return undefined
  const l = page.lines[k]
  for (const o of list) {
    if (!(key === o.p || key.startsWith(o.p + ' '))) continue
    if (l.words > o.max) continue
    if (o.end === 'open' && l.terminated) continue
    if (o.colon) {
      const text = l.u.p.text
      const colon = text.indexOf(':', l.u.start)
      if (colon < 0 || colon >= l.u.end || keyOfRange(text, l.u.start, colon) !== o.p) continue
    }
    return o
  }
  return undefined
}

/** A short line ending in » or ›, or with two » (a breadcrumb). */
function isBreadcrumb(page: Page, k: number): boolean {
  const l = page.lines[k]
  const text = l.u.p.text
  const last = text.charCodeAt(l.u.end - 1)
  if ((last === 0xbb || last === 0x203a) && l.words <= 8) {
    // Not a closing guillemet: no opening « on the line.
    return text.lastIndexOf('«', l.u.end) < l.u.start
  }
  if (l.words > 30) return false
  let n = 0
  for (let i = text.indexOf('»', l.u.start); i !== -1 && i < l.u.end; i = text.indexOf('»', i + 1)) n++
  return n >= 2 && text.lastIndexOf('«', l.u.end) < l.u.start
}

/** Up to four words, all section names (and joiners), at most one other capitalised name. */
function isSectionLabel(page: Page, k: number, key: string, ct: ChromeTables): boolean {
  const l = page.lines[k]
  if (l.words > 4 || l.terminated) return false
  const words = key.split(' ')
  let sections = 0
  let other = 0
  for (const w of words) {
    if (ct.sections.has(w)) sections++
    else if (!SECTION_JOINERS.has(w)) other++
  }
  if (sections === 0 || other > 1) return false
  if (other === 1) {
    // "Thailand Politics": the other word is a capitalised name, and the line has two words or more.
    if (words.length < 2) return false
    const text = textOf(l)
    for (const w of text.split(/\s+/u)) {
      const wk = keyOf(w)
      if (wk && !ct.sections.has(wk) && !SECTION_JOINERS.has(wk) && !/^\p{Lu}/u.test(w)) return false
    }
  }
  return true
}

/** Whether line k (a key in the autonyms) is one of a run of language names. */
function inAutonymRun(page: Page, k: number, ct: ChromeTables): boolean {
  for (const j of [k - 1, k + 1]) {
    const n = page.lines[j]
    if (n && n.words <= 3 && ct.autonyms.has(lineKey(n))) return true
  }
  return false
}

/** Counters of the page: views, reads, shares, comments, reading time, pages. */
const COUNTERS = [
  /^\d[\d,.]*\s*(?:views?|viewed|reads?|shares?|comments?|likes?|responses?)$/iu,
  /^(?:views?|reads?|shares?|comments?|likes?|responses?)\s*[:+]?\s*\+?\d[\d,.]*$/iu,
  /^\d{1,3}\s*(?:mins?|minutes?)\s+read$/iu,
  /^(?:this|the) (?:news|article|story|post|item) (?:has been|was) (?:read|viewed) [\d,.]+ times\b/iu,
  /^(?:page\s+)?\d{1,3}\s+(?:of|out of)\s+\d{1,3}(?:\s+pages?)?$/iu
]

/** Site chrome on line k, if any. */
export function chromeLine(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  if (l.words > 30) return undefined
  const key = lineKey(l)
  if (!key) return undefined
  const ct = chromeTables()
  if (ct.lines.has(key)) {
    return {level: 'strong', reason: `Site chrome (“${textOf(l).trim()}”: a comment form, menu, pager or widget of the web page) left in the copy: delete it`}
  }
  const o = openingOf(page, k, key, ct)
  if (o) return {level: 'strong', reason: `Site chrome (a comment form, notice or widget of the web page) left in the copy: delete it`}
  if (l.words <= 10) {
    const line = textOf(l).trim()
    for (const re of COUNTERS) if (re.test(line)) return {level: 'strong', reason: `Counter of the web page (“${line}”) left in the copy: delete it`}
  }
  if (isBreadcrumb(page, k)) return {level: 'strong', reason: 'Breadcrumb or section link of the web page left in the copy: delete it'}
  const place = placeOf(page, k)
  if (place !== 'body' && isSectionLabel(page, k, key, ct)) {
    return {level: 'likely', reason: `Section label “${textOf(l).trim()}” of the web page left in the copy: delete it`}
  }
  if (l.words <= 3 && ct.autonyms.has(key)) {
    const level = inAutonymRun(page, k, ct) ? 'strong' : place !== 'body' ? 'likely' : 'weak'
    return {level, reason: `Language switcher (“${textOf(l).trim()}”) of the web page left in the copy: delete it`}
  }
  return undefined
}
