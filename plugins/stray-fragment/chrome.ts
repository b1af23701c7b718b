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
 *   min read"), a page count ("Page 2 of 4", "2 out of 4 pages");
 * - shapes of chrome: avatar and logo text ("Facebook photo"), a language
 *   edition link ("Example, en Español"), a sum captcha ("fifteen − eleven
 *   ="), a weather widget ("13.4 C"), a media placeholder ("[Video]"), a
 *   pager glued to its headline ("Next articleThe …"), a label in capitals
 *   before a headline below the top of the page ("WATCH: …"; at the top it
 *   may be the headline's own kicker), "See also" before a headline after two
 *   spaces (a stripped link) or at the foot.
 * A section label may also stand among the paragraphs when a date line
 * follows it (the header of a story on a listing page).
 */
import {FUNCTION_WORDS} from '../data/english-words.js'
import type {Opening} from '../data/stray-fragment-chrome.js'
import {keyOf, keyOfRange, lineKey, placeOf, textOf, type Page} from './page.js'
import {isStampLine} from './stamps.js'
import type {LineVerdict} from './verdict.js'
import {chromeTables, type ChromeTables} from './vocab.js'

/** Words that may join section names ("Health & Medicine", "News and Views", "More Politics News"). */
const SECTION_JOINERS = new Set(['and', '&', 'of', 'the', 'y', 'e', 'et', 'und', 'more', 'latest', 'top'])

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

/** Up to four words, all section names (and joiners), at most one other capitalised name (no small word: "By The Nation"). */
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
      if (wk && !ct.sections.has(wk) && !SECTION_JOINERS.has(wk) && (!/^\p{Lu}/u.test(w) || FUNCTION_WORDS.has(wk))) return false
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

/** Avatar and logo alt text of a comment form or share bar: "Facebook photo", "Twitter picture". */
const AVATAR = /^(?:facebook|twitter|google|instagram|linkedin|youtube|wordpress(?:\.com)?|gravatar|tiktok|whatsapp|telegram)\s+(?:photo|picture|image|avatar|logo|icon|profile picture)$/iu

/** A language edition link: "Example, en Español", "Example in English". */
const EDITION = /(?:,\s*(?:en|in|em|auf)|\s(?:en|em|auf))\s+(?:español|espanol|english|français|francais|português|portugues|deutsch|italiano)$/iu

/** Number words of a sum captcha ("fifteen − eleven ="). */
const NUMBER_WORD = /^(?:\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)$/iu
const CAPTCHA = /^([\p{L}\d]+)\s*[−+×x*\-]\s*([\p{L}\d]+)\s*=\s*\??$/u

/** A temperature of a weather widget: "13.4 C", "-1.3 °C", "72°F". */
const TEMPERATURE = /^[-−+]?\d{1,3}(?:[.,]\d)?\s?°?\s?[CF]$/u

/** Media placeholders in brackets, alone or after a date: "[Article]", "[Article Link]", "2022-05-17: [Video]". */
const PLACEHOLDER = /^(?:[\d\s./:-]*)\[(?:article|article link|link|video|photo|image|gallery|audio|embed|tweet|embedded content|media)\]$/iu

/** A pager glued to its headline: "Next articleThe …", "Previous postIn …". */
const GLUED_PAGER = /^(?:Next|Previous|Prev|NEXT|PREVIOUS|PREV)\s?(?:article|post|story|news|ARTICLE|POST|STORY|NEWS)\p{Lu}/u

/** A label in capitals with a colon before a headline: "WATCH: …", "LOOK: …" (MT of "MIRA:"). */
const CAPS_LABEL = /^(?:LOOK|WATCH|READ|SEE|LISTEN|ALSO READ|READ ALSO|ALSO SEE|SEE ALSO|READ MORE|RELATED|VIDEO|PHOTOS|GALLERY|MUST READ)\s?:\s+["“‘]?\p{Lu}/u

/** "See also" and a headline after two spaces (a stripped link), or at the foot. */
const SEE_ALSO = /^(?:See also|Also see|Read also|Also read)(\s{2,}|\s)\p{Lu}/u

/** A credit line "Source: Outlet" (its value is checked by SOURCE_DATA: a data source line is copy). */
const SOURCE_CREDIT = /^(?:Source|SOURCE|Sources|SOURCES)\s?:\s?(\S[^:]{0,60})$/u

/**
 * Words of a data source line, which is legitimate copy under a chart or table ("Source: Office for
 * National Statistics", "Source: company reports"): the words statistical offices and wire style
 * guides use for data credits.
 */
const SOURCE_DATA = /\b(?:statistics?|statistical|office|bureau|survey|census|data|database|index|figures|estimates?|calculations?|analysis|reports?|polls?|research|study|studies|institute|ministry|department|bank|authority|commission|council|organi[sz]ation|federation|association|foundation|trust|cent(?:re|er)|board|service|union|fund|programme|program|forum|observatory|agency estimates)\b/iu

/** Shapes of chrome lines that the tables do not list word for word. */
function chromeShape(page: Page, k: number, line: string): LineVerdict | undefined {
  const l = page.lines[k]
  if (l.words <= 3 && AVATAR.test(line)) return {level: 'strong', reason: `Avatar or logo text (“${line}”) of the web page left in the copy: delete it`}
  if (l.words <= 5 && EDITION.test(line)) return {level: 'likely', reason: `Language edition link (“${line}”) of the web page left in the copy: delete it`}
  if (l.words <= 4) {
    const c = CAPTCHA.exec(line)
    if (c && NUMBER_WORD.test(c[1]) && NUMBER_WORD.test(c[2])) return {level: 'strong', reason: 'Captcha of a comment form left in the copy: delete it'}
  }
  if (l.words <= 3 && TEMPERATURE.test(line)) return {level: 'strong', reason: `Weather widget (“${line}”) of the web page left in the copy: delete it`}
  if (l.words <= 4 && PLACEHOLDER.test(line)) return {level: 'strong', reason: `Placeholder of a link or embed (“${line}”) left in the copy: delete it`}
  if (l.words <= 8 && /\s[Pp]owered by$/u.test(line)) return {level: 'strong', reason: 'Widget credit (“… powered by”, its logo gone) left in the copy: delete it'}
  const source = l.words <= 6 ? SOURCE_CREDIT.exec(line) : null
  // (A source given as an address is people.ts's credit field, an error.)
  if (source && !SOURCE_DATA.test(source[1]) && !/[/@]|\.\p{L}/u.test(source[1])) {
    return {level: 'likely', reason: `Source credit (“${line}”) of the page the story was taken from, left in the copy: delete it`}
  }
  if (GLUED_PAGER.test(line)) return {level: 'strong', reason: 'Pager link to another story left in the copy: delete it'}
  if (!l.terminated && placeOf(page, k) !== 'top' && CAPS_LABEL.test(line)) return {level: 'strong', reason: 'Related-story link (a label in capitals and its headline) left in the copy: delete it'}
  const see = SEE_ALSO.exec(line)
  if (see && !l.terminated && (see[1].length >= 2 || placeOf(page, k) === 'foot')) {
    return {level: 'likely', reason: 'Related-story link (“See also” and its headline) left in the copy: delete it'}
  }
  return undefined
}

/** Site chrome on line k, if any; `labels` false: no section labels or language names (a Markdown heading or list item). */
export function chromeLine(page: Page, k: number, labels = true): LineVerdict | undefined {
  const l = page.lines[k]
  // (The longest chrome texts run to 20 words or so; a longer sentence is copy.)
  if (l.words > 30 || (l.body && l.words > 20)) return undefined
  const key = lineKey(l)
  if (!key) return undefined
  const ct = chromeTables()
  // "Ads …" is "Ad …" in the tables; "… here" is the same label with its link word ("Read the rest here:").
  if (ct.lines.has(key) || (key.startsWith('ads ') && ct.lines.has('ad ' + key.slice(4))) || (key.endsWith(' here') && ct.lines.has(key.slice(0, -5)))) {
    return {level: 'strong', reason: `Site chrome (“${textOf(l).trim()}”: a comment form, menu, pager or widget of the web page) left in the copy: delete it`}
  }
  const o = openingOf(page, k, key, ct)
  if (o) return {level: 'strong', reason: `Site chrome (a comment form, notice or widget of the web page) left in the copy: delete it`}
  if (l.words <= 10) {
    const line = textOf(l).trim()
    for (const re of COUNTERS) if (re.test(line)) return {level: 'strong', reason: `Counter of the web page (“${line}”) left in the copy: delete it`}
  }
  if (isBreadcrumb(page, k)) return {level: 'strong', reason: 'Breadcrumb or section link of the web page left in the copy: delete it'}
  const shape = chromeShape(page, k, textOf(l).trim())
  if (shape) return shape
  if (!labels) return undefined
  const place = placeOf(page, k)
  // A section label among the paragraphs only above a date line ("Region" then "August 25, 2022 11:10"),
  // or as a widget heading ("More Politics News").
  if ((place !== 'body' || isStampLine(page, k + 1) || /^(?:more|latest) \S+/u.test(key)) && isSectionLabel(page, k, key, ct)) {
    return {level: 'likely', reason: `Section label “${textOf(l).trim()}” of the web page left in the copy: delete it`}
  }
  if (l.words <= 3 && ct.autonyms.has(key)) {
    const level = inAutonymRun(page, k, ct) ? 'strong' : place !== 'body' ? 'likely' : 'weak'
    return {level, reason: `Language switcher (“${textOf(l).trim()}”) of the web page left in the copy: delete it`}
  }
  return undefined
}
