/**
 * stray-fragment, part: stamps — lines and segments that are only a date,
 * a time, a desk slug, a separator or an address, left by the page's
 * meta data and layout.
 *
 * What it finds:
 * - a line of only dates and times (month and weekday names in English and
 *   the source languages, numbers, "GMT", "ago" …; section names allowed):
 *   with a pipe, a leading dash or bullet, or "… hours ago" it is page
 *   meta data (a warning); a date with a time is one too at the top or the
 *   foot of the page (a warning), among the body paragraphs info; a time
 *   alone (a live-blog stamp "19:50") info; a date with its year alone
 *   info on the first line or at the foot, else nothing — an event date
 *   ("Sunday, 27 February") or a kick-off time ("1500 GMT") in a
 *   fixtures block is copy; on a page with three stamp lines or more (a
 *   live blog, a list of dated entries) or a page labelled live at its top
 *   ("Live Feed") the stamps are its structure, and nothing is reported;
 * - a date field before the lead or alone: a field label of the tables
 *   ("date", "Published", "Updated", "Fecha") and a date or time —
 *   "date 2023-05-09 The governor …", "Updated:2021-07-02 17:30:38"; an
 *   ISO or numeric date with a time opening a line; a numeric date glued
 *   to the end of a headline ("… the Torgai region 04.01.2026");
 * - a desk slug: three or more groups of two to five letters joined by
 *   slashes ("ab/cd/efg", "(END) AB/CD/EF");
 * - a line with no letter or digit ("|", "***", "🗞"), or only a bullet and
 *   a short word in lower case (a menu fragment: "• mi");
 * - an address alone on its line (an embed left as its link), and an
 *   embedded post's footer ("pic.twitter.com/… — Name (@name) May 1, 2024").
 */
import {cached} from '../support/document.js'
import {lazy} from '../support/text.js'
import {DATE_FIELD_LABELS} from '../data/stray-fragment-chrome.js'
import {chromeTables} from './vocab.js'
import {keyOf, lineKey, placeOf, textOf, type Page} from './page.js'
import {isLetterAt} from './scan.js'
import {tokensOf, type Token} from './tokens.js'
import type {LineVerdict} from './verdict.js'

/**
 * Month names and their abbreviations, in English and the source languages
 * (Spanish, Portuguese, Italian, French, German, Dutch, Russian in the
 * genitive, Turkish, Indonesian), folded.  Source: the Unicode CLDR month
 * names ("wide" and "abbreviated" forms).
 */
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'ene', 'abr', 'ago', 'dic', 'janeiro', 'fevereiro', 'marco', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'fev', 'mai', 'set', 'out', 'dez', 'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'gen', 'mag', 'giu', 'lug', 'ott', 'janvier', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre',
  'decembre', 'janv', 'fevr', 'avr', 'juil', 'januar', 'februar', 'marz', 'juni', 'juli', 'oktober', 'dezember', 'maart', 'mei',
  'augustus', 'ocak', 'subat', 'mart', 'nisan', 'mayis', 'haziran', 'temmuz', 'agustos', 'eylul', 'ekim', 'kasim', 'aralik',
  'januari', 'februari', 'maret', 'agustus', 'desember', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
  'сентября', 'октября', 'ноября', 'декабря'
]

/** Weekday names and abbreviations (English and the source languages), folded.  Source: CLDR. */
const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
  'thurs', 'fri', 'sat', 'sun', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'segunda', 'terca',
  'quarta', 'quinta', 'sexta', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'lundi', 'mardi', 'mercredi', 'jeudi',
  'vendredi', 'samedi', 'dimanche', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'
]

/** Clock words and zones. */
const CLOCK = ['am', 'pm', 'gmt', 'utc', 'cet', 'cest', 'bst', 'est', 'edt', 'pst', 'pdt', 'ist', 'msk', 'wib', 'jst', 'kst', 'h', 'hrs', 'hr', 'uhr', 'hs', 'ut']

/** Relative times ("2 hours ago"). */
const RELATIVE = ['ago', 'hours', 'hour', 'minutes', 'minute', 'mins', 'min', 'days', 'day', 'weeks', 'week', 'seconds', 'secs', 'yesterday', 'today', 'now', 'just']

/** Small words inside dates ("19 de abril de 2024", "11 декабря 2025 в 18:14", "le 3 mai à 10h"). */
const DATE_JOINERS = ['de', 'del', 'do', 'da', 'of', 'the', 'at', 'on', 'в', 'г', 'um', 'a', 'as', 'alle', 'ore', 'le', 'el', 'en', 'em', 'to', 'and', 'y']

interface StampTables {
  kind: Map<string, 'month' | 'weekday' | 'clock' | 'relative' | 'joiner'>
  /** Date field labels by their first word (keys). */
  fields: Map<string, string[]>
}

const stampTables = lazy((): StampTables => {
  const kind = new Map<string, 'month' | 'weekday' | 'clock' | 'relative' | 'joiner'>()
  for (const w of DATE_JOINERS) kind.set(keyOf(w), 'joiner')
  for (const w of RELATIVE) kind.set(keyOf(w), 'relative')
  for (const w of CLOCK) kind.set(keyOf(w), 'clock')
  for (const w of WEEKDAYS) kind.set(keyOf(w), 'weekday')
  for (const w of MONTHS) kind.set(keyOf(w), 'month')
  const fields = new Map<string, string[]>()
  for (const raw of DATE_FIELD_LABELS) {
    const k = keyOf(raw)
    const first = k.split(' ')[0]
    const list = fields.get(first) ?? []
    list.push(k)
    fields.set(first, list)
  }
  for (const list of fields.values()) list.sort((a, b) => b.length - a.length)
  return {kind, fields}
}, {name: 'stray-fragment/stamps'})

interface Run {
  /** Token index after the run. */
  end: number
  /** Paragraph text index after the run's last date or time token. */
  to: number
  numbers: number
  months: number
  relative: number
  time: boolean
  year: boolean
  /** d/m/y, y-m-d or d.m.y numbers (three numbers joined by / - .). */
  numericDate: boolean
}

/** A run of date and time tokens from token i (section names allowed when `sections`). */
function dateRun(text: string, tokens: Token[], i: number, sections: boolean): Run {
  const st = stampTables()
  const sec = sections ? chromeTables().sections : undefined
  const run: Run = {end: i, to: -1, numbers: 0, months: 0, relative: 0, time: false, year: false, numericDate: false}
  let j = i
  for (; j < tokens.length; j++) {
    const t = tokens[j]
    if (t.num) {
      if (t.w.length > 4) break
      run.numbers++
      if (t.w.length === 4 && (t.w.startsWith('19') || t.w.startsWith('20'))) run.year = true
      // "'20" (a year in two digits after an apostrophe).
      if (t.w.length === 2 && t.start > 0 && (text[t.start - 1] === '\'' || text[t.start - 1] === '’')) run.year = true
      const next = tokens[j + 1]
      if (next && next.num && text[t.end] === ':' && next.start === t.end + 1) run.time = true
      if (next && next.num && next.start === t.end + 1 && /[/.-]/.test(text[t.end])) {
        const third = tokens[j + 2]
        if (third && third.num && third.start === next.end + 1 && text[next.end] === text[t.end]) {
          run.numericDate = true
          if (third.w.length === 4 || t.w.length === 4) run.year = true
        } else if (t.w.length === 4 && run.year && text[t.end] === '-' && next.w.length === 2 && !(third && third.num && third.start === next.end + 1)) {
          // "2022-01": a year and a month.
          run.numericDate = true
        }
      }
      run.end = j + 1
      run.to = t.end
      continue
    }
    // "10h30", "2:59pm", "00h": a number glued to a clock word.
    const glued = /^(\d{1,2})(h|am|pm)(\d{2})?$/u.exec(t.w)
    if (glued) {
      run.numbers++
      run.time = true
      run.end = j + 1
      run.to = t.end
      continue
    }
    const k = st.kind.get(t.w)
    if (k === 'month') run.months++
    else if (k === 'relative') run.relative++
    else if (k === 'clock') {
      if (t.w === 'h' && !run.numbers) break
    } else if (k === 'weekday') {
      // (counts as date text)
    } else if (k === 'joiner') {
      continue
    } else if (!(sec && sec.has(t.w))) break
    run.end = j + 1
    run.to = t.end
  }
  return run
}

const hasDate = (r: Run): boolean => r.months > 0 || r.numericDate
const hasStamp = (r: Run): boolean => r.numbers > 0 && (hasDate(r) || r.time || r.relative > 0)

/** Only spaces and the punctuation of dates between the tokens of text[from, to). */
function onlyDatePunctuation(text: string, tokens: Token[], from: number, to: number): boolean {
  let at = from
  for (const t of tokens) {
    if (!/^[\s,.:/|()'’•·\-–—[\]]*$/u.test(text.slice(at, t.start))) return false
    at = t.end
  }
  return /^[\s,.:/|()'’•·\-–—[\]]*$/u.test(text.slice(at, to))
}

interface Stamp {
  decorated: boolean
  date: boolean
  time: boolean
  year: boolean
}

/** Whether line k is only dates and times (with section names when decorated or dated and timed). */
function stampOf(page: Page, k: number): Stamp | undefined {
  const l = page.lines[k]
  if (l.words > 12 || l.body) return undefined
  const text = l.u.p.text
  // Quick reject: a stamp line has a digit.
  let digit = false
  for (let i = l.u.start; i < l.u.end && !digit; i++) {
    const c = text.charCodeAt(i)
    digit = c >= 48 && c <= 57
  }
  if (!digit) return undefined
  const tokens = tokensOf(text, l.u.start, l.u.end, 16)
  if (tokens.length === 0) return undefined
  const line = text.slice(l.u.start, l.u.end)
  const piped = line.includes('|')
  const run = dateRun(text, tokens, 0, true)
  if (run.end !== tokens.length || !hasStamp(run) || !onlyDatePunctuation(text, tokens, l.u.start, l.u.end)) return undefined
  const decorated = piped || /^[-–—•·]/u.test(line) || (run.relative > 0 && tokens.some((t) => t.w === 'ago'))
  const date = hasDate(run)
  if (!decorated && !(date && run.time)) {
    // Section names need the date and the time, or decoration.
    const st = stampTables()
    if (tokens.some((t) => !t.num && !st.kind.has(t.w) && !/^(\d{1,2})(h|am|pm)(\d{2})?$/u.test(t.w))) return undefined
  }
  return {decorated, date, time: run.time, year: run.year}
}

/** Whether line k is a line of only dates and times. */
export function isStampLine(page: Page, k: number): boolean {
  return k >= 0 && k < page.lines.length && stampOf(page, k) !== undefined
}

/** Stamp lines of the page (three or more: a live blog or a list of dated entries). */
function stampCount(page: Page): number {
  return cached(page.index, 'stray-fragment:stamps', () => {
    let n = 0
    for (let k = 0; k < page.lines.length; k++) if (stampOf(page, k)) n++
    return n
  })
}

/** The label of a live page on a line of its own ("Live", "Live Feed", "Live updates"). */
const LIVE_LABELS: ReadonlySet<string> = new Set(['live', 'live feed', 'live blog', 'live updates', 'live coverage', 'live news', 'latest updates'])

/** Whether the top of the page (before its first body line, ten lines at most) labels it a live page. */
function isLivePage(page: Page): boolean {
  return cached(page.index, 'stray-fragment:live', () => {
    for (let k = 0; k < page.firstBody && k < 10; k++) if (page.lines[k].words <= 3 && LIVE_LABELS.has(lineKey(page.lines[k]))) return true
    return false
  })
}

/** A line of only dates and times. */
export function stampLine(page: Page, k: number): LineVerdict | undefined {
  const s = stampOf(page, k)
  if (!s) return undefined
  const place = placeOf(page, k)
  const reason = 'Date or time stamp of the web page (its meta data) left in the copy: delete it'
  // On a live blog or a list of dated entries the stamps are the page's structure: nothing; so
  // on a page labelled live ("Live Feed"), whose entries open with their date and time.
  if (stampCount(page) >= 3 || (s.time && !s.decorated && isLivePage(page))) return undefined
  if (s.decorated && (s.date || s.time)) return {level: 'likely', reason}
  if (s.date && s.time) return {level: place === 'body' ? 'weak' : 'likely', reason}
  if (s.time && !s.date) return {level: 'weak', reason: 'Time stamp (of a live blog or a page) left in the copy: delete it unless it belongs to the story'}
  if (s.date && s.year && (k === 0 || place === 'foot')) return {level: 'weak', reason}
  return undefined
}

/** Quick check: the line opens with a digit, a field label's first word, or has a colon near its start. */
function mayOpenField(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from)
  if (c >= 48 && c <= 57) return true
  const colon = text.indexOf(':', from)
  if (colon !== -1 && colon < Math.min(to, from + 30)) return true
  let e = from
  while (e < to && e - from < 24 && isLetterAt(text, e)) e++
  return e > from && stampTables().fields.has(keyOf(text.slice(from, e)))
}

/**
 * A date field opening the line: a field label and a date or time
 * ("date 2023-05-09 …", "Updated:2021-07-02 17:30:38"), or an ISO or
 * numeric date with a time ("2023-10-13 22:13:22 …").  The whole line when
 * nothing follows, else the segment.
 */
export function dateField(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  const text = l.u.p.text
  if (!mayOpenField(text, l.u.start, l.u.end)) return undefined
  const tokens = tokensOf(text, l.u.start, Math.min(l.u.end, l.u.start + 120), 14)
  if (tokens.length === 0) return undefined
  const st = stampTables()
  let i = 0
  let colon = false
  const first = tokens[0]
  let known = true
  if (!first.num) {
    const labels = st.fields.get(first.w)
    const head = keyOf(text.slice(l.u.start, Math.min(l.u.end, l.u.start + 60)))
    const label = labels?.find((f) => head === f || head.startsWith(f + ' '))
    if (label) i = label.split(' ').length
    else {
      // Any label of one to three words before a colon, when a full date and a time follow ("Release time:…").
      const colonAt = text.indexOf(':', l.u.start)
      if (colonAt === -1 || colonAt > l.u.start + 30) return undefined
      let n = 0
      while (n < tokens.length && tokens[n].end <= colonAt) n++
      if (n === 0 || n > 3 || tokens.slice(0, n).some((t) => t.num)) return undefined
      // The label names the page's own time ("Release time:", "Posting date:"), not an event's ("Kick-off:").
      if (!tokens.slice(0, n).some((t) => /^(?:time|date|dated|update|updated|publish|published|publication|posted|posting|release|released|issued|modified|created)$/u.test(t.w))) return undefined
      i = n
      known = false
    }
    if (i >= tokens.length) return undefined
    const between = text.slice(tokens[i - 1].end, tokens[i].start)
    colon = between.includes(':')
    if (!/^[\s:：\-–—]*$/u.test(between)) return undefined
  }
  const run = dateRun(text, tokens, i, false)
  if (!hasStamp(run) || run.end === i) return undefined
  if (i === 0) {
    // No label: an ISO or numeric date with a time, opening the line.
    if (!(run.numericDate && run.year && run.time)) return undefined
  } else if (!(colon || run.numericDate || run.time)) {
    return undefined
  } else if (!known && !(colon && hasDate(run) && run.time)) {
    return undefined
  }
  const reason = 'Date field of the web page (its meta data) left in the copy: delete it'
  let after = run.to
  // A closing "PM", "h" … already counted; a trailing bracket or pipe goes with the field.
  while (after < l.u.end && /[\s|)\]]/u.test(text[after])) after++
  if (after >= l.u.end) return {level: 'strong', reason}
  // The rest of the line: a section label or chrome goes with the field ("date 2023-10-09 Home page politics").
  const rest = keyOf(text.slice(after, l.u.end))
  const ct = chromeTables()
  if (rest.split(' ').length <= 4 && (ct.lines.has(rest) || rest.split(' ').every((w) => ct.sections.has(w) || w === 'page'))) return {level: 'strong', reason}
  return {level: 'strong', reason, start: l.u.start, end: run.to, cut: l.u.start, fixEnd: after}
}

/**
 * A date glued to the end of a line with no final stop: a numeric date ("…
 * the Torgai region 04.01.2026"), or a date with a time ("… crew killedGMT
 * 19:07 2017 Sunday ,01 October").
 */
export function trailingDate(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  if (l.terminated || l.words > 30 || l.words < 3) return undefined
  const text = l.u.p.text
  const last = text.charCodeAt(l.u.end - 1)
  if (!(last >= 48 && last <= 57) && !/\p{L}/u.test(text[l.u.end - 1])) return undefined
  const stamp = trailingStamp(text, l.u.start, l.u.end)
  if (stamp) return stamp
  const m = /\s((?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d))$/u.exec(text.slice(Math.max(l.u.start, l.u.end - 16), l.u.end))
  if (!m) return undefined
  const start = l.u.end - m[1].length
  let cut = start
  while (cut > l.u.start && /\s/u.test(text[cut - 1])) cut--
  if (cut <= l.u.start || !/\p{L}/u.test(text[cut - 1])) return undefined
  // Not the date a title names ("News for 6-28-2023", "Results of 01.02.2024").
  if (/\b(?:for|on|of|from|to|until|since|by|at|in|dated)$/iu.test(text.slice(Math.max(l.u.start, cut - 8), cut))) return undefined
  return {level: 'likely', reason: 'Date of the web page glued to the line: delete it', start, end: l.u.end, cut}
}

/** Clock words written in capitals that a page glues to the word before ("killedGMT"). */
const GLUED_CLOCK = /\p{Ll}(GMT|UTC|CET|CEST|EST|EDT)$/u

/** Where a capitalised clock word glued to the end of text[from, to) starts, or -1. */
function gluedClock(text: string, from: number, to: number): number {
  if (to - from < 5) return -1
  const m = GLUED_CLOCK.exec(text.slice(Math.max(from, to - 5), to))
  return m ? to - m[1].length : -1
}

/** A run of date and time tokens ending the line, with a date and a time, after some words. */
function trailingStamp(text: string, from: number, to: number): LineVerdict | undefined {
  const lo = Math.max(from, to - 60)
  const tokens = tokensOf(text, lo, to, 16)
  if (tokens.length < 3) return undefined
  const st = stampTables()
  // The earliest token from which every token to the end is date or time text.
  let i = tokens.length
  while (i > 0) {
    const t = tokens[i - 1]
    if (t.num || st.kind.has(t.w) || /^(\d{1,2})(h|am|pm)(\d{2})?$/u.test(t.w)) i--
    else break
  }
  if (i === 0 || tokens.length - i < 3) return undefined
  while (i < tokens.length && st.kind.get(tokens[i].w) === 'joiner') i++
  const run = dateRun(text, tokens, i, false)
  if (run.end !== tokens.length || !(hasDate(run) && run.time && (run.year || run.months > 0))) return undefined
  let start = tokens[i].start
  // A clock word glued to the last word ("killedGMT 19:07 …"): the run opens on it.
  const glued = i > 0 ? gluedClock(text, tokens[i - 1].start, tokens[i - 1].end) : -1
  if (glued !== -1) start = glued
  if (start - from < 12) return undefined
  // Glued to the last word ("killedGMT 19:07 …") or opening on a clock word ("… GMT 19:07"): not a sentence's own date.
  if (glued === -1 && !/\p{L}/u.test(text[start - 1] ?? '') && stampTables().kind.get(tokens[i].w) !== 'clock') return undefined
  let cut = start
  while (cut > from && /\s/u.test(text[cut - 1])) cut--
  return {level: 'likely', reason: 'Date and time of the web page glued to the line: delete them', start, end: to, cut}
}

/** "ab/cd/efg", "(END) AB/CD/EF": a desk slug. */
const SLUG = /^(?:\((?:end|fin|fine)\)\s*)?[a-z]{2,5}(?:\/[a-z]{2,5}){2,}$/iu

/** An embedded post's footer: "pic.twitter.com/… — Name (@name) May 1, 2024". */
const EMBED_TAIL = /\s(pic\.twitter\.com\/\S+.*)$/u

export function layoutLine(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  if (l.words > 8) {
    const text = l.u.p.text
    const i = text.indexOf('pic.twitter.com/', l.u.start)
    if (i > l.u.start && i < l.u.end) {
      const m = EMBED_TAIL.exec(text.slice(i - 1, l.u.end))
      if (m) return {level: 'strong', reason: 'Footer of an embedded post left in the copy: delete it', start: i, end: l.u.end, cut: i}
    }
  }
  if (l.words > 8 || l.body) return undefined
  const line = textOf(l)
  const key = lineKey(l)
  if (key === '') {
    if (line.length > 40) return undefined
    return {level: 'strong', reason: `Separator or symbol line (“${line}”) left from the page layout: delete it`}
  }
  // A menu fragment: a bullet and a short word in lower case ("• mi").
  if (l.words <= 2 && /^[•·▪►]\s*\p{Ll}{1,3}$/u.test(line.trim())) return {level: 'likely', reason: `Menu fragment (“${line.trim()}”) of the web page left in the copy: delete it`}
  if (l.words <= 2 && SLUG.test(line.trim())) return {level: 'strong', reason: `Desk slug (“${line.trim()}”, editors’ initials) left in the copy: delete it`}
  if (l.words === 1 && /^(?:https?:\/\/|www\.)\S+$/iu.test(line)) {
    return {level: 'likely', reason: 'Address of an embedded post or link left alone on its line: delete it or restore the embed'}
  }
  return undefined
}
