/**
 * untranslated, part: dates left in the source language — month and
 * weekday names ("martes, 19 octubre 2021", "3 de mayo", "Kamis, 10
 * Desember 2020", "jeudi, mai 23, 2024"), "today" or "yesterday" before a
 * time ("vandaag, 12:00"), and a range word between two dates ("04.07 al
 * 10.07").
 *
 * What it finds: a word of the CLDR date names of 33 languages
 * (plugins/data/untranslated-dates.ts; forms that are English month or day
 * names left out) next to a number, extended over the whole date (numbers,
 * date words, "de"/"del"/"di", commas).  How it decides: a lower-case month
 * or weekday next to a number is a date; a capitalised one (a first name:
 * "Julio", "Domingo") needs the shape of a date — a day number before it, a
 * year after it, or a second date word; a form English also has ("mars")
 * needs a second date word; a relative day needs a time right after or
 * before it.  A date that continues a capitalised name ("Avenida 9 de
 * Julio", "Plaza de Mayo") is left alone.  The candidate is the date in
 * English words, numbers kept in place.
 */
import {DATE_NAMES, RANGE_WORDS} from '../data/untranslated-dates.js'
import type {ParagraphInfo, WordInfo} from '../support/document.js'
import {isKnownToken} from '../support/lexicon.js'
import {lazy, mapInParts, type WordTable} from '../support/text.js'
import type {Check} from './context.js'

const enum DateKind {
  Month,
  Weekday,
  Relative
}

interface DateWord {
  kind: DateKind
  /** Month 0–11, weekday 0–6 (Sunday first), relative 0–2 (yesterday, today, tomorrow). */
  index: number
  langs: string[]
  /** Second word of a two-word form ("hari ini", "i dag"): the form is this word + it. */
  second?: string
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const ENGLISH_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const ENGLISH_RELATIVE = ['yesterday', 'today', 'tomorrow']

/** Single-word forms (and first words of two-word forms) → what they are. */
const dateWords = lazy((): WordTable<DateWord[]> => {
  const map = new Map<string, DateWord[]>()
  const add = (form: string, kind: DateKind, index: number, lang: string): void => {
    const parts = form.split(' ')
    if (parts.length > 2) return
    const key = parts[0]
    // Catalan "de gener": the month is the second word.
    if (parts.length === 2 && kind !== DateKind.Relative) {
      add(parts[1], kind, index, lang)
      return
    }
    if (key.length < 3 && parts.length === 1) return
    const list = map.get(key) ?? []
    const same = list.find((d) => d.kind === kind && d.index === index && d.second === parts[1])
    if (same) {
      if (!same.langs.includes(lang)) same.langs.push(lang)
    } else {
      list.push({kind, index, langs: [lang], second: parts[1]})
      map.set(key, list)
    }
  }
  for (const [lang, names] of Object.entries(DATE_NAMES)) {
    names.months.forEach((forms, i) => forms && forms.split('|').forEach((f) => add(f, DateKind.Month, i, lang)))
    names.weekdays.forEach((forms, i) => forms && forms.split('|').forEach((f) => add(f, DateKind.Weekday, i, lang)))
    names.relative.forEach((forms, i) => forms && forms.split('|').forEach((f) => add(f, DateKind.Relative, i, lang)))
  }
  return map
}, {
  name: 'untranslated/dates',
  // The CLI reads a word's date forms when a story first has the word.
  split: mapInParts<DateWord[]>()
})

const DIGIT_START = /^\d/

function digitStart(value: string): boolean {
  const k = value.charCodeAt(0)
  return k >= 48 && k <= 57
}
const YEAR = /^(?:1[89]|20)\d\d$/
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|º|°|er|e|\.)?$/u
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?$/
const TIME = /^\d{1,2}[:.h]\d{2}$/
/** Particles inside a date: "3 de mayo de 2021", "3 di maggio", "le 3 mai". */
const PARTICLES = new Set(['de', 'del', 'di', 'du', 'd', 'do', 'da', 'den', 'der', 'el', 'le', 'il'])
/** What may stand between two words of one date. */
const GAP = /^[ \t\u00a0]{0,2}[,.]?[ \t\u00a0]{0,2}$/
const SPACE_GAP = /^[ \t\u00a0]{1,2}$/
const APOSTROPHES = /[’']/g

function norm(value: string): string {
  // Plain lower-case ASCII words (most) are their own normal form.
  let plain = true
  for (let i = 0; i < value.length && plain; i++) {
    const k = value.charCodeAt(i)
    plain = k >= 97 && k <= 122
  }
  if (plain) return value
  const lower = value.toLowerCase()
  return lower.includes('’') ? lower.replace(APOSTROPHES, "'") : lower
}

/** The date words a word may be (none for most words). */
function dateWordsOf(words: WordInfo[], i: number): DateWord[] | undefined {
  const w = words[i]
  const k = w.value.charCodeAt(0)
  // Letters only: skip numbers and punctuation at once.
  if (k < 65 || (k > 90 && k < 97) || (k > 122 && k < 128)) return undefined
  const list = dateWords().get(norm(w.value))
  if (!list) return undefined
  const next = words[i + 1]
  return list.filter((d) => d.second === undefined || (next !== undefined && norm(next.value) === d.second))
}

interface Piece {
  word: WordInfo
  date?: DateWord[]
  number?: 'day' | 'year' | 'numeric' | 'time' | 'other'
  particle?: boolean
}

function numberKind(value: string): Piece['number'] {
  if (YEAR.test(value)) return 'year'
  if (DAY.test(value)) return 'day'
  if (TIME.test(value)) return 'time'
  if (NUMERIC_DATE.test(value)) return 'numeric'
  return 'other'
}

function pieceOf(words: WordInfo[], i: number): Piece | undefined {
  const w = words[i]
  if (DIGIT_START.test(w.value)) return {word: w, number: numberKind(w.value)}
  const date = dateWordsOf(words, i)
  if (date && date.length) return {word: w, date}
  if (PARTICLES.has(norm(w.value))) return {word: w, particle: true}
  return undefined
}

/** Report the foreign dates of a paragraph. */
export function foreignDates(c: Check, p: ParagraphInfo): void {
  const words = p.words
  const text = p.text
  let hasDigit = false
  for (let i = 0; i < words.length && !hasDigit; i++) hasDigit = digitStart(words[i].value)
  if (!hasDigit) return
  const seen = new Uint8Array(words.length)
  let next = 0
  for (let i = 0; i < words.length; i++) {
    if (i < next || !digitStart(words[i].value)) continue
    // A date word within three words of a number (each word looked up once).
    let seed = -1
    for (let j = Math.max(next, i - 3); j <= Math.min(words.length - 1, i + 3) && seed < 0; j++) {
      if (j === i) continue
      if (seen[j] === 0) seen[j] = dateWordsOf(words, j)?.length ? 2 : 1
      if (seen[j] === 2) seed = j
    }
    if (seed < 0) {
      rangeWord(c, p, words, i)
      continue
    }
    // Extend over the date: date words, numbers, particles, joined by spaces and commas.
    let a = seed
    let b = seed
    while (a > next && joinedAt(text, words, a - 1) && pieceOf(words, a - 1)) a--
    while (b + 1 < words.length && joinedAt(text, words, b) && pieceOf(words, b + 1)) b++
    const pieces: Piece[] = []
    for (let k = a; k <= b; k++) pieces.push(pieceOf(words, k)!)
    // Particles at the ends are not part of the date.
    while (pieces.length && pieces[0].particle) pieces.shift(), a++
    while (pieces.length && pieces[pieces.length - 1].particle) pieces.pop(), b--
    next = b + 1
    judge(c, p, words, a, pieces)
  }
}

function joinedAt(text: string, words: WordInfo[], k: number): boolean {
  return GAP.test(text.slice(words[k].end, words[k + 1].start))
}

function judge(c: Check, p: ParagraphInfo, words: WordInfo[], a: number, pieces: Piece[]): void {
  const dates = pieces.filter((x) => x.date)
  const numbers = pieces.filter((x) => x.number && x.number !== 'other')
  if (!dates.length || !numbers.length) return
  const text = p.text
  const hasMonth = dates.some((x) => x.date!.some((d) => d.kind === DateKind.Month))
  const hasYear = numbers.some((x) => x.number === 'year')
  const hasTime = numbers.some((x) => x.number === 'time')
  let strong = 0
  for (const x of dates) {
    const value = x.word.value
    const lower = value === value.toLowerCase()
    const known = isKnownToken(value) || isKnownToken(value.toLowerCase())
    const kinds = x.date!.map((d) => d.kind)
    if (kinds.includes(DateKind.Relative) && kinds.length === 1) {
      // "vandaag, 12:00": a time right before or after it.
      const i = pieces.indexOf(x)
      const near = [pieces[i - 1], pieces[i + 1]].some((y) => y?.number === 'time')
      if (near && !known) strong++
      continue
    }
    if (known) continue
    if (lower) {
      strong++
      continue
    }
    // Capitalised: a first name ("Julio 3") unless the date's shape says otherwise.
    const i = pieces.indexOf(x)
    const dayBefore = pieces[i - 1]?.number === 'day' || (pieces[i - 1]?.particle && pieces[i - 2]?.number === 'day')
    if (dayBefore || hasYear || dates.length > 1 || (kinds.includes(DateKind.Weekday) && (hasMonth || hasTime || numbers.some((y) => y.number === 'numeric')))) strong++
  }
  if (strong === 0) return
  // A date that continues a name: "Avenida 9 de Julio", "Plaza de Mayo".
  const first = pieces[0]
  if (!first.date && a > 0) {
    const before = words[a - 1]
    if (/^\p{Lu}/u.test(before.value) && SPACE_GAP.test(text.slice(before.end, first.word.start)) && before.sentence.words[0] !== before) return
  }
  if (c.accepted.has(norm(dates[0].word.value))) return
  const lang = languageOf(dates)
  const start = pieces[0].word.start
  const end = pieces[pieces.length - 1].word.end
  // The second word of a two-word relative day ("hari ini").
  const last = pieces[pieces.length - 1]
  let stop = end
  if (last.date?.[0]?.second) {
    const k = words.indexOf(last.word)
    if (words[k + 1]) stop = words[k + 1].end
  }
  c.reportText(p, start, stop, {
    severity: c.severity,
    reason: `Date written in ${DATE_NAMES[lang]?.name ?? 'the source language'} (“${dates.map((x) => x.word.value).join('”, “')}”): write it in English`,
    expected: [english(pieces, text)]
  })
}

/** The language whose names cover most of the date words (first in table order on a tie). */
function languageOf(dates: Piece[]): string {
  const votes = new Map<string, number>()
  for (const x of dates) for (const l of new Set(x.date!.flatMap((d) => d.langs))) votes.set(l, (votes.get(l) ?? 0) + 1)
  let best = ''
  let most = 0
  for (const l of Object.keys(DATE_NAMES)) {
    const v = votes.get(l) ?? 0
    if (v > most) {
      most = v
      best = l
    }
  }
  return best
}

/** The date in English words, numbers and their order kept, particles dropped. */
function english(pieces: Piece[], text: string): string {
  let out = ''
  let prev: Piece | undefined
  for (const x of pieces) {
    if (x.particle) continue
    const word = x.date
      ? ((d) => (d.kind === DateKind.Month ? ENGLISH_MONTHS : d.kind === DateKind.Weekday ? ENGLISH_DAYS : ENGLISH_RELATIVE)[d.index])(x.date[0])
      : x.word.value
    if (prev) {
      const gap = text.slice(prev.word.end, x.word.start)
      out += gap.includes(',') ? ', ' : ' '
    }
    out += word
    prev = x
  }
  return out
}

/** "04.07 al 10.07": a range word of another language between two dates. */
function rangeWord(c: Check, p: ParagraphInfo, words: WordInfo[], i: number): void {
  const a = words[i]
  const mid = words[i + 1]
  const b = words[i + 2]
  if (!mid || !b || !NUMERIC_DATE.test(a.value) || !NUMERIC_DATE.test(b.value)) return
  const langs = RANGE_WORDS[norm(mid.value)]
  if (!langs) return
  const text = p.text
  if (!SPACE_GAP.test(text.slice(a.end, mid.start)) || !SPACE_GAP.test(text.slice(mid.end, b.start))) return
  c.reportText(p, a.start, b.end, {
    severity: c.severity,
    reason: `Date range written with “${mid.value}” (${langs.map((l) => DATE_NAMES[l]?.name ?? l).join(', ')}): English writes “to” or a dash`,
    expected: [`${a.value}–${b.value}`]
  })
}
