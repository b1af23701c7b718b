/**
 * stray-fragment, part: credits, bylines, author boxes and mastheads —
 * who wrote, translated or published the page, printed by its template.
 *
 * What is copy and what is furniture: a byline at the top of a story ("By
 * Jane Doe" before the lead) is news copy and stays quiet, and so is an
 * agency trailer in brackets ("(Reporting by …)") and a data source under
 * figures ("Source: Office for National Statistics").  Furniture is what
 * the page template adds: a byline among the body paragraphs or after the
 * last one, the CMS's default author ("By admin"), an author box at the
 * foot (a name alone, a first-person bio), credit fields (a translator, an
 * editor, "From:", a source given as a web address, a source label in the
 * page's language, a field label with nothing after it), and the outlet's
 * name on a line of its own above the headline or at the foot.
 *
 * What it finds:
 * - a field label alone with its colon ("Source:", "Date:", "Author :"):
 *   an error;
 * - a translator credit ("Translated by …", "Translator: …", "Translation:
 *   …") on a short line: an error;
 * - a credit field with a colon and a name, a site or an address after it
 *   (credit labels of data/stray-fragment-chrome.ts); "Source:" only before
 *   a web address, with a loose colon and four words at most ("Source:Name",
 *   "Source : …"), before an outlet or agency, at the foot right before the
 *   page's widgets ("Latest news"), or in the page's language
 *   ("Fuente:", "Kaynak:"); "From:" and "Editor:" before a name — a
 *   warning, an error for an address or a foreign label; any short label
 *   before a web address ("Example source: example.org"): an error;
 * - a source run into a paragraph after a sentence: "… the EU. Source:
 *   Minister Jane Roe He said …" (the names up to the next sentence): a
 *   warning;
 * - "By admin" (a CMS user name): an error; "By Name" below the lead: a
 *   warning;
 * - at the foot (or before a bio or the page's widgets), a line that is only a person's name (two
 *   to four capitalised words, one of them no common English word, no
 *   initials, not the value of a field label above it, not a letter's
 *   signature under its closing: "Yours sincerely,"), and a first-person
 *   author bio among the last three lines ("I'm Jane Roe, a journalist and
 *   content writer …", or "As a writer, I …" after a name, byline or
 *   outlet line): warnings;
 * - a masthead: up to five capitalised words with a word of outlet names
 *   ("Example Daily Post", "Example TV", "Public Radio of Example"), or
 *   "Logo …", above the headline or at the foot: a warning (info on the
 *   page's first line, where a site's header may be kept as its credit).
 */
import {isCommonWord} from '../support/lexicon.js'
import {lazy} from '../support/text.js'
import {CREDIT_FIELD_LABELS, DATE_FIELD_LABELS, MASTHEAD_WORDS, PLACEHOLDER_AUTHORS} from '../data/stray-fragment-chrome.js'
import {AGENCIES} from '../data/stray-fragment.js'
import {keyOf, lineKey, placeOf, textOf, type Page} from './page.js'
import {isLetterAt} from './scan.js'
import {chromeLine} from './chrome.js'
import {matchLabel, skipLead} from './furniture.js'
import {tables} from './tables.js'
import {tokensOf} from './tokens.js'
import type {LineVerdict} from './verdict.js'

interface PeopleTables {
  /** Credit and date field labels by first word (keys, longest first). */
  fields: Map<string, string[]>
  dateFields: Set<string>
  masthead: Set<string>
  placeholders: Set<string>
  agencies: Set<string>
}

const peopleTables = lazy((): PeopleTables => {
  const fields = new Map<string, string[]>()
  for (const raw of [...CREDIT_FIELD_LABELS, ...DATE_FIELD_LABELS]) {
    const k = keyOf(raw)
    const first = k.split(' ')[0]
    const list = fields.get(first) ?? []
    if (!list.includes(k)) list.push(k)
    fields.set(first, list)
  }
  for (const list of fields.values()) list.sort((a, b) => b.length - a.length)
  return {
    fields,
    dateFields: new Set(DATE_FIELD_LABELS.map(keyOf)),
    masthead: new Set(MASTHEAD_WORDS.map(keyOf)),
    placeholders: new Set(PLACEHOLDER_AUTHORS.map(keyOf)),
    agencies: new Set(AGENCIES.map(keyOf))
  }
}, {name: 'stray-fragment/people'})

/** Translator credits: an error before any name. */
const TRANSLATOR = new Set(['translator', 'translators', 'translation', 'translated by', 'translated from', 'english translation', 'translation by', 'translated and edited by', 'edited and translated by'])
/** Labels that need a name, a site or an address after their colon. */
const NAMED = new Set(['from', 'editor', 'editors', 'edited by', 'author', 'authors', 'written by', 'posted by', 'published by', 'reporter', 'reporters', 'correspondent', 'via', 'credit'])
/** "Source" in English: only before an address or with a loose colon. */
const SOURCE = new Set(['source', 'sources', 'original source', 'original', 'original at'])

/** A web address or a bare domain ("www.example.org", "example.gov.cn", "https://…"). */
const ADDRESS = /^(?:https?:\/\/\S+|www\.\S+|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|gov|edu|info|news|[a-z]{2})(?:\.[a-z]{2})?(?:\/\S*)?)\.?$/iu

/** Up to `max` words, each capitalised (or all capitals, or CJK), with the small words of names. */
function isNameRun(s: string, max: number): boolean {
  const words = s.trim().split(/\s+/u).filter(Boolean)
  if (words.length === 0 || words.length > max) return false
  let caps = 0
  for (const w of words) {
    if (/^[\p{Lu}\p{Lo}]/u.test(w) || /^(?:al|el|bin|ibn|de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|la|le|y|e|and|of|the|&)$/u.test(w) || /^(?:al|el)-\p{Lu}/u.test(w)) {
      if (/^[\p{Lu}\p{Lo}]/u.test(w)) caps++
      continue
    }
    return false
  }
  return caps > 0
}

/** A person's name: two to four capitalised words, one of them no common English word. */
function isPersonName(s: string): boolean {
  const words = s.trim().split(/\s+/u)
  if (words.length < 2 || words.length > 4) return false
  if (!isNameRun(s, 4)) return false
  if (!/^[\p{L}\p{M}'’ .-]+$/u.test(s.trim())) return false
  return words.some((w) => !isCommonWord(w.toLowerCase().replace(/^(?:al|el)-/u, '')))
}

/** The field label a line opens with (its key), the index after its colon, and whether there was a colon. */
function fieldOf(page: Page, k: number): {label: string; rest: number; colon: boolean; loose: boolean} | undefined {
  const l = page.lines[k]
  const text = l.u.p.text
  // Quick check: the first word (after any bullet) opens a field label.
  let a = l.u.start
  while (a < l.u.end && a - l.u.start < 4 && !isLetterAt(text, a)) a++
  let e = a
  while (e < l.u.end && e - a < 24 && isLetterAt(text, e)) e++
  if (e === a || !peopleTables().fields.has(keyOf(text.slice(a, e)))) return undefined
  const tokens = tokensOf(text, l.u.start, Math.min(l.u.end, l.u.start + 60), 6)
  if (tokens.length === 0) return undefined
  const list = peopleTables().fields.get(tokens[0].w)
  if (!list) return undefined
  const head = tokens.map((t) => t.w).join(' ')
  const label = list.find((f) => head === f || head.startsWith(f + ' '))
  if (!label) return undefined
  const n = label.split(' ').length
  let i = tokens[n - 1].end
  // The label must open the line (no word glued before it) and end at a colon, a space or the line's end.
  if (tokens[0].start !== l.u.start && !/^[\s•·*\-–—|>»]+$/u.test(text.slice(l.u.start, tokens[0].start))) return undefined
  let colon = false
  let loose = false
  const spaceBefore = i < l.u.end && /\s/u.test(text[i])
  while (i < l.u.end && /\s/u.test(text[i])) i++
  if (text[i] === ':' || text[i] === '：') {
    colon = true
    if (spaceBefore) loose = true
    i++
    if (i < l.u.end && !/\s/u.test(text[i])) loose = true
    while (i < l.u.end && /\s/u.test(text[i])) i++
  } else if (i < l.u.end && !spaceBefore) {
    return undefined
  }
  return {label, rest: i, colon, loose}
}

/** "Any label: example.org": a short line that gives a web address after a label. */
const LABELLED_ADDRESS = /^[\p{L} ]{2,30}\s?:\s?(?:https?:\/\/\S+|www\.\S+|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|gov|edu|info|news|[a-z]{2})(?:\.[a-z]{2})?(?:\/\S*)?)$/iu

function creditField(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  if (l.words > 16) return undefined
  if (l.words <= 6 && LABELLED_ADDRESS.test(textOf(l).trim())) {
    return {level: 'strong', reason: 'Source line of the web page (a web address) left in the copy: delete it'}
  }
  const f = fieldOf(page, k)
  if (!f) return undefined
  const text = l.u.p.text
  const value = text.slice(f.rest, l.u.end).trim()
  const pt = peopleTables()
  if (value === '') {
    return f.colon ? {level: 'strong', reason: `Empty field label (“${textOf(l).trim()}”) of the web page left in the copy: delete it`} : undefined
  }
  if (pt.dateFields.has(f.label) && !TRANSLATOR.has(f.label) && !NAMED.has(f.label) && !SOURCE.has(f.label)) return undefined
  const words = value.split(/\s+/u).length
  if (TRANSLATOR.has(f.label) || f.label.endsWith(' by') || f.label === 'translated from') {
    if (words <= 8 && (f.colon || f.label.endsWith(' by') || f.label === 'translated from')) {
      return {level: TRANSLATOR.has(f.label) ? 'strong' : 'likely', reason: 'Credit line of the web page (translator, editor or author) left in the copy: delete it'}
    }
    return undefined
  }
  if (!f.colon) return undefined
  const address = ADDRESS.test(value)
  if (address && words === 1) return {level: 'strong', reason: 'Source line of the web page (a web address) left in the copy: delete it'}
  if (SOURCE.has(f.label)) {
    // A data source stays: only a loose colon, an outlet or an agency make it furniture.
    const named = isNameRun(value, 6)
    if (f.loose && words <= 4) return {level: 'likely', reason: 'Source line of the web page left in the copy: delete it'}
    if (named && (hasMasthead(value) || pt.agencies.has(keyOf(value)))) return {level: 'likely', reason: 'Source line of the web page left in the copy: delete it'}
    // At the foot, before the page's widgets ("Latest news"): the syndication credit of the page.
    if (named && words <= 4 && placeOf(page, k) === 'foot' && page.lines[k + 1] && isWidgetLine(page, k + 1)) {
      return {level: 'likely', reason: 'Source line of the web page left in the copy: delete it'}
    }
    return undefined
  }
  if (NAMED.has(f.label)) {
    return isNameRun(value, 4) || /^\p{Lo}/u.test(value) ? {level: 'likely', reason: 'Credit field of the web page (author, editor or source) left in the copy: delete it'} : undefined
  }
  // A source label in the page's own language ("Fuente:", "Kaynak:"): furniture before any short value.
  return words <= 8 ? {level: 'strong', reason: 'Source label of the web page, in its own language, left in the copy: delete it'} : undefined
}

/** An outlet's name: it ends in a word of outlet names, or in one and "of" a name ("Public Radio of Example"). */
function hasMasthead(s: string): boolean {
  const pt = peopleTables()
  const words = keyOf(s).split(' ')
  const n = words.length
  if (pt.masthead.has(words[n - 1])) return true
  for (let i = n - 3; i >= 0 && i >= n - 5; i--) if (words[i + 1] === 'of' && pt.masthead.has(words[i])) return true
  return false
}

/** "By admin"; "By Name" below the lead. */
function byline(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  if (l.words > 6 || l.words < 2 || l.terminated) return undefined
  const line = textOf(l).trim()
  const m = /^[Bb]y\s+(.+)$/u.exec(line)
  if (!m) return undefined
  const pt = peopleTables()
  if (pt.placeholders.has(keyOf(m[1]))) return {level: 'strong', reason: `Byline of the site’s default user (“${line}”) left in the copy: delete it`}
  if (placeOf(page, k) !== 'top' && isNameRun(m[1], 5)) return {level: 'likely', reason: 'Byline pasted below the lead (from the page template): delete it, or move it to the top'}
  return undefined
}

/** Words of author bios. */
const BIO = /\b(?:journalist|writer|content|editor|reporter|blogger|author|passionate|storyteller|creator|columnist)\b/iu

/** A first-person author bio among the last lines: "I'm Jane Roe, a journalist …", or after a name or byline line. */
function isBio(page: Page, k: number): boolean {
  const l = page.lines[k]
  if (l.words > 40 || k < page.lines.length - 3) return false
  const line = textOf(l).trim()
  const m = /^(?:I'm|I’m|I am|As an?)\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)?/u.exec(line)
  if (!m || !BIO.test(line)) return false
  if (m[1] && !/^(?:As|I)\b/u.test(m[1])) return true
  const prev = page.lines[k - 1]
  if (!prev || prev.words > 6 || prev.terminated) return false
  const p = textOf(prev).trim()
  return isPersonName(p) || /^[Bb]y\s+\p{Lu}/u.test(p) || hasMasthead(p)
}

/** Whether line j is a widget heading or a comment form (chrome, or a related-link label of the tables). */
function isWidgetLine(page: Page, j: number): boolean {
  if (chromeLine(page, j)) return true
  const l = page.lines[j]
  if (l.words > 4) return false
  const text = l.u.p.text
  const m = matchLabel(text, skipLead(text, l.u.start, l.u.end), l.u.end, tables())
  return m !== undefined && m.label.kind === 'related' && m.end >= l.u.end - 1
}

/**
 * A letter's closing ("Yours sincerely,", "Kind regards", "Very Respectfully
 * Yours") on a short line of its own: the line after it is the signature,
 * part of the letter, not a template's author box or a copied line.
 */
const VALEDICTION = /(?:^|\s)(?:yours(?:\s+(?:sincerely|faithfully|truly|respectfully))?|sincerely(?:\s+yours)?|respectfully(?:\s+yours)?|(?:best|kind|warm|warmest|with)?\s*regards|cordially|with\s+(?:best\s+)?wishes|best\s+wishes)[,.!]?$/iu

export function isSignature(page: Page, k: number): boolean {
  const prev = page.lines[k - 1]
  return prev !== undefined && prev.words <= 5 && VALEDICTION.test(textOf(prev).trim())
}

/** An author box: a name alone at the foot or before a bio, or a first-person bio. */
function authorBox(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  const line = textOf(l).trim()
  if (isBio(page, k)) return {level: 'likely', reason: 'Author bio of the web page left in the copy: delete it'}
  // At the foot, before a bio, or before the page's widgets ("Check Also", "Leave a Reply").
  if (placeOf(page, k) !== 'foot' && !(page.lines[k + 1] && (isBio(page, k + 1) || isWidgetLine(page, k + 1)))) return undefined
  if (l.terminated || l.words > 4 || !isPersonName(line) || isSignature(page, k)) return undefined
  // Not an initial and a surname (a referee, a scorer: "K Clark"), nor the value of a field label above ("Source:").
  if (/(?:^|\s)\p{Lu}\.?(?:\s|$)/u.test(line)) return undefined
  const prev = page.lines[k - 1]
  if (prev && /:\s*$/u.test(textOf(prev))) return undefined
  // Only furniture after it: nothing, or no body line (the foot).
  return {level: 'likely', reason: `Author box (“${line}”) of the web page left in the copy: delete it`}
}

/** An outlet's name on its own line, above the headline or at the foot. */
function masthead(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  if (l.words > 5 || l.terminated) return undefined
  const line = textOf(l).trim()
  if (/\d/u.test(line) && !/^\d+\p{L}/u.test(line)) return undefined
  const place = placeOf(page, k)
  if (/^Logo\s+\p{Lu}/u.test(line) && l.words <= 5) return {level: 'likely', reason: `Logo text (“${line}”) of the web page left in the copy: delete it`}
  if (/\s[-–—]\s/u.test(line)) return undefined
  const name = line.replace(/[/|,&–—-]+/gu, ' ')
  if (!isNameRun(name, 6) || !hasMasthead(line)) return undefined
  if (place === 'top') {
    // Not the headline: a longer title-like line follows before the body.
    let headline = false
    for (let j = k + 1; j < page.firstBody && j < page.lines.length && j <= k + 10; j++) {
      if (page.lines[j].words > l.words + 1) headline = true
    }
    if (!headline && k > 0) headline = true
    if (!headline) return undefined
    // The page's own header on its first line may be kept as a source credit: info.
    return {level: k === 0 ? 'weak' : 'likely', reason: `Outlet name (“${line}”) of the web page left in the copy: delete it`}
  }
  if (place === 'foot') return {level: 'likely', reason: `Outlet name (“${line}”) of the web page left in the copy: delete it`}
  return undefined
}

/** Whether line j is an outlet's name alone (for the caption check next to it). */
export function isMastheadLine(page: Page, j: number): boolean {
  const l = page.lines[j]
  if (!l || l.words > 5 || l.terminated || l.body) return false
  const line = textOf(l).trim()
  return placeOf(page, j) === 'top' && !/\d/u.test(line) && !/\s[-–—]\s/u.test(line) && isNameRun(line.replace(/[/|,&–—-]+/gu, ' '), 6) && hasMasthead(line)
}

export function peopleLine(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  // Credits, bylines, names and bios are short; a bio runs to 40 words at most.
  if (l.words > 40 || (l.body && l.words > 20 && k < page.lines.length - 3)) return undefined
  return creditField(page, k) ?? creditValue(page, k) ?? byline(page, k) ?? authorBox(page, k) ?? masthead(page, k)
}

/**
 * The value of a credit field printed on the line below its label ("Forrás:" then "Magyarnemzet"):
 * a name of up to three words without a final stop (not a news agency's: attribution), right
 * after a line that is a field label and its colon alone.
 */
function creditValue(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  if (k === 0 || l.words > 3 || l.terminated || l.body) return undefined
  const prev = page.lines[k - 1]
  if (prev.words > 3 || prev.u.p.text.charCodeAt(prev.u.end - 1) !== 0x3a) return undefined
  // A news agency credited so is attribution the story keeps ("Source:" then "Prensa Latina").
  if (!isNameRun(textOf(l), 3) || peopleTables().agencies.has(lineKey(l)) || !creditField(page, k - 1)) return undefined
  return {level: 'likely', reason: `Value (“${textOf(l).trim()}”) of the credit field above, left in the copy: delete it with its label`}
}

/** "… with the EU. Source: Minister of Example Jane Roe He said …": a source line run into a paragraph. */
const SOURCE_RUN_IN = /[.!?]["”’]?\s+((?:Sources?|SOURCE)\s?:\s*(?:\p{Lu}[\p{L}’'-]*|of|the|and|for|de|di|al|von|van)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|the|and|for|de|di|al|von|van)){1,14})(?=\s+(?:\p{Lu}\p{Ll}*\s+\p{Ll}|["“«]))/gu

export function sourceRunIn(page: Page, k: number): LineVerdict[] | undefined {
  const l = page.lines[k]
  if (!l.body) return undefined
  const text = l.u.p.text
  const at = text.indexOf('ource', l.u.start)
  if (at === -1 || at >= l.u.end) return undefined
  const line = text.slice(l.u.start, l.u.end)
  let out: LineVerdict[] | undefined
  SOURCE_RUN_IN.lastIndex = 0
  for (let m = SOURCE_RUN_IN.exec(line); m; m = SOURCE_RUN_IN.exec(line)) {
    const start = l.u.start + m.index + m[0].length - m[1].length
    ;(out ??= []).push({level: 'likely', reason: 'Source line run into the paragraph: delete it', start, end: start + m[1].length, cut: start, fixEnd: start + m[1].length + 1})
  }
  return out
}
