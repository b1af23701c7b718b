/**
 * stray-fragment, part: furniture fused to a headline or a line — the
 * site's name or section after the title ("… in Cajamarca | News |
 * Example", "… Hoffenheim – Sport", "… – 2 hours ago"), a kicker or
 * breadcrumb before it ("Breaking news Statements from …", "Home Politics
 * A call for …"), a language link before the lead ("EspañolOn Sunday …").
 *
 * What it finds:
 * - after " | " on a line with no final stop: the rest of the line when
 *   every piece after a pipe has at most four words and the line before it
 *   three words or more: an error
 *   with two pieces or a section name or outlet word in them, else a
 *   warning;
 * - after a spaced dash or slash (" – ", " - ", " / "), the last piece of at
 *   most five words: section names only ("– Sport", "/ Article") or a
 *   relative time ("– 2 hours ago"): an error; an outlet's name (capitalised,
 *   with a word of outlet names or an agency: "– Example Agency", "– Example
 *   Television", taking the pieces before it that are short names too):
 *   a warning;
 * - at the top of the page, a kicker ("Breaking news", "Featured",
 *   "Exclusive") or "Home" and section names before a capitalised headline:
 *   an error;
 * - a language's own name glued to a capital at the start of a line;
 * - a media placeholder opening a line ("[Article] …");
 * - a site's address run in as a source label ("… example.am: The
 *   minister …"); a line at the top broken off at a dash ("“A headline”
 *   -"): warnings.
 * Lines that are body sentences keep their dashes (only outlet names and
 * times are taken there); a line must not be a results or fixtures line.
 */
import {lazy} from '../support/text.js'
import {KICKERS, LANGUAGE_AUTONYMS, MASTHEAD_WORDS} from '../data/stray-fragment-chrome.js'
import {AGENCIES} from '../data/stray-fragment.js'
import {chromeTables} from './vocab.js'
import {keyOf, keyOfRange, placeOf, type Page} from './page.js'
import type {LineVerdict} from './verdict.js'

const segTables = lazy(() => ({
  kickers: KICKERS.map(keyOf).sort((a, b) => b.length - a.length),
  masthead: new Set(MASTHEAD_WORDS.map(keyOf)),
  agencies: new Set(AGENCIES.map(keyOf)),
  autonyms: LANGUAGE_AUTONYMS.filter((a) => !a.includes(' ')).sort((a, b) => b.length - a.length)
}))

const RELATIVE_TIME = /^\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/iu

function wordCount(s: string): number {
  const t = s.trim()
  return t ? t.split(/\s+/u).length : 0
}

function allSections(key: string): boolean {
  if (!key) return false
  const sections = chromeTables().sections
  for (const w of key.split(' ')) if (!sections.has(w) && w !== 'and' && w !== '&' && w !== 'the') return false
  return true
}

function outletLike(piece: string): boolean {
  const st = segTables()
  const key = keyOf(piece)
  if (!key || !/^[\p{Lu}\d]/u.test(piece.trim())) return false
  if (st.agencies.has(key)) return true
  const words = piece.trim().split(/\s+/u)
  if (!words.every((w) => /^[\p{Lu}\d&(]/u.test(w) || /^(?:of|the|de|la|and|&)$/u.test(w))) return false
  for (const w of key.split(' ')) if (st.masthead.has(w)) return true
  return false
}

/** A dash or slash with a space after it in text[from, to). */
function hasSpacedDash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const c = text.charCodeAt(i)
    if ((c === 0x2013 || c === 0x2014 || c === 0x2d || c === 0x2f) && text.charCodeAt(i + 1) === 32 && i > 0 && text.charCodeAt(i - 1) === 32) return true
  }
  return false
}

/** The site or section name after the last pipe or spaced dash of a line. */
function siteTail(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  // A line ending in a stop ends in its sentence; the tails are names, sections and times.
  if (l.words > 40 || l.terminated) return undefined
  const text = l.u.p.text
  const {start, end} = l.u
  // Quick check: a pipe, or a spaced dash or slash in the last 70 characters.
  const pipeAt = text.indexOf('|', start)
  if ((pipeAt === -1 || pipeAt >= end) && !hasSpacedDash(text, Math.max(start, end - 70), end)) return undefined
  const line = text.slice(start, end)
  // Pipes.
  const pipe = line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : line.indexOf(' |')
  if (pipe > 0 && !l.terminated) {
    const before = line.slice(0, pipe)
    const pieces = line.slice(pipe).split('|').slice(1)
    if (wordCount(before) >= 3 && pieces.length > 0 && pieces.every((p) => wordCount(p) <= 4) && pieces.some((p) => wordCount(p) > 0) && !/\d\s*$/u.test(before)) {
      const strong = pieces.length >= 2 || pieces.some((p) => allSections(keyOf(p)) || outletLike(p))
      let cut = start + pipe
      while (cut > start && text[cut - 1] === ' ') cut--
      return {level: strong ? 'strong' : 'likely', reason: 'Site or section name fused to the line after “|”: delete it', start: start + pipe + 1, end, cut}
    }
  }
  // Spaced dashes and slashes: the last piece.
  const m = /\s[–—/-]\s+([^–—/|]{1,60}?)\s*$/u.exec(line.length > 90 ? line.slice(-90) : line)
  if (!m) return undefined
  const offset = line.length > 90 ? line.length - 90 : 0
  const pieceStart = start + offset + m.index
  const piece = m[1]
  const n = wordCount(piece)
  if (n > 5 || pieceStart - start < 12) return undefined
  const key = keyOf(piece)
  let level: 'strong' | 'likely' | undefined
  if (RELATIVE_TIME.test(piece.trim())) level = 'strong'
  else if (!l.body && !l.terminated && allSections(key)) level = 'strong'
  else if (outletLike(piece)) level = 'likely'
  if (!level) return undefined
  // Take the short name pieces before it ("– ČT24 – Example Television").
  let s = pieceStart
  for (;;) {
    const prev = /\s[–—-]\s+([^–—|]{1,20}?)\s*$/u.exec(text.slice(Math.max(start, s - 24), s))
    if (!prev || wordCount(prev[1]) > 2 || !/^[\p{Lu}\d]/u.test(prev[1])) break
    const ps = s - prev[0].length
    if (ps - start < 12) break
    s = ps
  }
  let cut = s
  while (cut > start && text[cut - 1] === ' ') cut--
  let from = s
  while (text[from] === ' ') from++
  return {level, reason: 'Site, section or time stamp of the web page fused to the line: delete it', start: from, end, cut}
}

/** A kicker or "Home" + section names opening a headline at the top of the page. */
function headKicker(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  if (placeOf(page, k) !== 'top' || l.words < 4 || l.words > 40) return undefined
  const text = l.u.p.text
  const {start, end} = l.u
  const head = keyOfRange(text, start, Math.min(end, start + 40))
  const st = segTables()
  let words = 0
  for (const kk of st.kickers) {
    if (head.startsWith(kk + ' ')) {
      words = kk.split(' ').length
      // One word: in capitals, or before a colon, pipe or dash ("Breaking Bad star …" is a headline).
      if (words === 1) {
        let a = start
        while (a < end && !/\p{L}/u.test(text[a])) a++
        const word = text.slice(a, a + kk.length)
        const after = text.slice(a + kk.length, a + kk.length + 3).trim()[0]
        if (word !== word.toUpperCase() && !(after === ':' || after === '|' || after === '-' || after === '–' || after === '—')) words = 0
      }
      break
    }
  }
  let what = 'Kicker'
  if (words === 0 && head.startsWith('home ')) {
    // "Home Politics A call …": Home and section names.
    const sections = chromeTables().sections
    const ws = head.split(' ')
    let n = 1
    while (n < ws.length && n < 4 && sections.has(ws[n])) n++
    if (n < 2) return undefined
    words = n
    what = 'Breadcrumb'
  }
  if (words === 0) return undefined
  // The end of those words in the text, then a capitalised word.
  let i = start
  for (let w = 0; w < words; w++) {
    while (i < end && !/[\p{L}\p{N}]/u.test(text[i])) i++
    while (i < end && /[\p{L}\p{N}'’-]/u.test(text[i])) i++
  }
  let j = i
  while (j < end && /[\s:|»›\-–—]/u.test(text[j])) j++
  if (j >= end || !/\p{Lu}/u.test(text[j])) return undefined
  return {level: 'strong', reason: `${what} of the web page fused to the headline: delete it`, start, end: i, cut: start, fixEnd: j}
}

/** "EspañolOn Sunday …": a language link glued to the first word. */
function gluedLanguage(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  const text = l.u.p.text
  // Quick check: a capital inside the first word ("EspañolOn").
  let i = l.u.start + 1
  while (i < l.u.end && i - l.u.start < 14 && /\p{Ll}/u.test(text[i])) i++
  if (i >= l.u.end || i - l.u.start >= 14 || !/\p{Lu}/u.test(text[i])) return undefined
  const first = text.slice(l.u.start, l.u.start + 12).toLowerCase()
  for (const a of segTables().autonyms) {
    if (first.startsWith(a)) {
      const at = l.u.start + a.length
      if (at < l.u.end && /\p{Lu}/u.test(text[at]) && text[l.u.start] === text[l.u.start].toUpperCase()) {
        return {level: 'likely', reason: 'Language link of the web page glued to the text: delete it', start: l.u.start, end: at, cut: l.u.start}
      }
      return undefined
    }
  }
  return undefined
}

/** "[Article] “Billboard …”": a media placeholder in brackets opening a line. */
function headPlaceholder(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  const text = l.u.p.text
  if (text[l.u.start] !== '[') return undefined
  const m = /^\[(?:article|video|photo|image|gallery|audio|link|embed)\]\s*/iu.exec(text.slice(l.u.start, l.u.start + 20))
  if (!m || l.u.start + m[0].length >= l.u.end) return undefined
  const end = l.u.start + m[0].trimEnd().length
  return {level: 'strong', reason: `Placeholder of a link or embed (“${text.slice(l.u.start, end)}”) left in the copy: delete it`, start: l.u.start, end, cut: l.u.start, fixEnd: l.u.start + m[0].length}
}

/** "… Of Treason example.am: Turkish President …": a site's address run in as a source label. */
const DOMAIN_LABEL = /(?:^|\s)((?:[\p{L}\d-]+\.)+(?:com|org|net|gov|info|news|[a-z]{2})(?:\.[a-z]{2})?:)\s+\p{Lu}/u

function domainLabel(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  const text = l.u.p.text
  const dot = text.indexOf('.', l.u.start)
  if (dot === -1 || dot >= l.u.end) return undefined
  const m = DOMAIN_LABEL.exec(text.slice(l.u.start, l.u.end))
  if (!m) return undefined
  const start = l.u.start + m.index + m[0].indexOf(m[1])
  return {level: 'likely', reason: `Site address as a source label (“${m[1]}”) left in the copy: delete it`, start, end: start + m[1].length, cut: start, fixEnd: start + m[1].length + 1}
}

/** "“A headline” -": a line ending in a dash with nothing after it (a stripped link), at the top. */
function danglingDash(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  // Words in lower case: not a dateline ("PARIS (Example News) -").
  if (l.words > 15 || l.words < 2 || l.lower < 2 || placeOf(page, k) !== 'top') return undefined
  const text = l.u.p.text
  const last = text.charCodeAt(l.u.end - 1)
  if (!(last === 0x2d || last === 0x2013 || last === 0x2014) || text[l.u.end - 2] !== ' ') return undefined
  return {level: 'likely', reason: 'Line broken off at a dash (a ticker or link of the web page): delete it', start: l.u.start, end: l.u.end, cut: l.u.start}
}

/** Segments of line k: at most one at the head and one at the tail. */
export function fusedSegments(page: Page, k: number): LineVerdict[] | undefined {
  const head = headKicker(page, k) ?? gluedLanguage(page, k) ?? headPlaceholder(page, k)
  const tail = siteTail(page, k) ?? danglingDash(page, k) ?? domainLabel(page, k)
  if (!head && !tail) return undefined
  if (head && tail && tail.start! < head.end!) return [head]
  return head && tail ? [head, tail] : [head ?? tail!]
}
