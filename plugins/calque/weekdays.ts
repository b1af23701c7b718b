/**
 * calque, weekdays: "this Sunday" (este domingo, ce dimanche) in a clause
 * about the past → "on Sunday"; "of this Sunday", "since this Monday", "the
 * past Sunday" (el pasado domingo).
 *
 * How it decides: "this" + a weekday or a date right after it; the clause's
 * tense decides (tense.ts): the nearest verb marker before "this" (or after
 * it, for a fronted "This Sunday, police said …") must be past ("said",
 * "was", an "-ed" verb not used as an adjective); a modal or future word
 * ("will meet this Sunday", "is expected … this Sunday", "set to … this
 * Sunday"), a present tense, a preposition ("until this Sunday") or a
 * possessive ("this Sunday’s vote", "this Sunday morning’s match") leaves it
 * alone; when no verb near it tells the time, it is weak (counted only in a
 * story that shows a strong calque).  "of this" and "since this" are calques whatever the tense; "the
 * past" + a weekday, date or month (not "May", "March") is, unless "of"
 * follows.
 */
import {FUTURE_PREPOSITIONS, MONTHS} from '../data/calque-english.js'
import {WEEKDAY_CALQUES} from '../data/calque-phrases.js'
import {POSSESSIVE_END} from '../support/text.js'
import {DAY_NUMBER, WEEKDAY_SET} from './matcher.js'
import {isPossessive, languages, type Add, type Scanner} from './scanner.js'
import {clauseTense} from './tense.js'

/** The date after "this"/"the past": a weekday, "5 December", "December 5" or a month. Returns the index after it. */
function dateAt(s: Scanner, i: number, allowMonth: boolean): {end: number; kind: 'weekday' | 'date' | 'month'} | undefined {
  const t = s.toks[i]
  if (!t || !s.joined(i)) return undefined
  if (WEEKDAY_SET.has(t.value)) return {end: i + 1, kind: 'weekday'}
  if (DAY_NUMBER.test(t.value) && s.joined(i + 1) && MONTHS.has(s.toks[i + 1].value)) return {end: i + 2, kind: 'date'}
  if (MONTHS.has(t.value)) {
    if (s.joined(i + 1) && DAY_NUMBER.test(s.toks[i + 1].value)) return {end: i + 2, kind: 'date'}
    if (allowMonth && t.value !== 'May' && t.value !== 'March') return {end: i + 1, kind: 'month'}
  }
  return undefined
}

/**
 * Past a date in apposition after the weekday, for the tense read after it:
 * "This Saturday, July 17, the president …", "this Sunday (10) …",
 * "This Thursday, March 16, 2023, …".  Returns the index after it (or `j`).
 */
function afterApposition(s: Scanner, j: number): number {
  if (j >= s.length) return j
  const g = s.gap(j).trim()
  const t = s.toks
  if (g === ',') {
    let k = j
    if (MONTHS.has(t[k].value) && k + 1 < s.length && s.joined(k + 1) && DAY_NUMBER.test(t[k + 1].value)) k += 2
    else if (DAY_NUMBER.test(t[k].value) && k + 1 < s.length && s.joined(k + 1) && MONTHS.has(t[k + 1].value)) k += 2
    else return j
    if (k < s.length && s.gap(k).trim() === ',' && /^\d{4}$/.test(t[k].value)) k++
    return k
  }
  if (g === '(') {
    // "(10)", "(26th March 2024)": up to five words, then ")".
    for (let k = j + 1; k < s.length && k <= j + 5; k++) if (s.gap(k).includes(')')) return k
  }
  return j
}

/**
 * A date right after a weekday: "Sunday, October 23", "Sunday October
 * 23rd", "Sunday, 23 October", "Tuesday (26th March 2024)".
 */
function datedAfter(s: Scanner, j: number): boolean {
  if (j + 1 >= s.length) return false
  const g = s.gap(j)
  const t = s.toks
  if (g !== ', ' && g !== ' ' && g !== ' (') return false
  if (!s.joined(j + 1)) return false
  return (MONTHS.has(t[j].value) && DAY_NUMBER.test(t[j + 1].value)) || (DAY_NUMBER.test(t[j].value) && MONTHS.has(t[j + 1].value))
}

const PART_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night'])

/**
 * The weekday in each source language, Monday first, so a finding names the
 * source of its own day ("this Monday" ← "este lunes", not "este domingo").
 * Italian "domenica" and the Portuguese "-feira" days are feminine.
 */
const DAYS = {
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
} as const
const ENGLISH_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

type WeekdayCalque = 'thisDay' | 'ofThisDay' | 'sinceThisDay' | 'thePastDay'

/** The source-language originals of a weekday calque, for the weekday written; the data's examples for a date or month. */
function originals(kind: WeekdayCalque, words: string): string {
  const d = ENGLISH_DAYS.indexOf(words)
  if (d < 0) {
    // A date or a month: the determiner before it, or the data's date examples.
    if (kind === 'thePastDay') return 'es “el pasado 5 de diciembre”; it “lo scorso 5 dicembre”'
    const pre = kind === 'ofThisDay' ? ['de este', 'di questo', 'de ce', 'deste'] : kind === 'sinceThisDay' ? ['desde este', 'da questo', 'depuis ce', 'desde este'] : ['este', 'questo', 'ce', 'neste']
    return `es “${pre[0]} …”; it “${pre[1]} …”; fr “${pre[2]} …”; pt “${pre[3]} …” before a date`
  }
  const es = DAYS.es[d]
  const it = DAYS.it[d]
  const fr = DAYS.fr[d]
  const pt = DAYS.pt[d]
  const de = DAYS.de[d]
  const itF = d === 6
  const ptF = d < 5
  switch (kind) {
    case 'thisDay':
      return `es “este ${es}”; it “${itF ? 'questa' : 'questo'} ${it}”; fr “ce ${fr}”; pt “${ptF ? 'nesta' : 'neste'} ${pt}”; de “an diesem ${de}”`
    case 'ofThisDay':
      return `es “las elecciones de este ${es}”; it “il voto di ${itF ? 'questa' : 'questo'} ${it}”; fr “le scrutin de ce ${fr}”; pt “as eleições ${ptF ? 'desta' : 'deste'} ${pt}”`
    case 'sinceThisDay':
      return `es “desde este ${es}”; it “da ${itF ? 'questa' : 'questo'} ${it}”; fr “depuis ce ${fr}”; pt “desde ${ptF ? 'esta' : 'este'} ${pt}”`
    case 'thePastDay':
      return `es “el pasado ${es}”; it “${itF ? 'la scorsa' : 'lo scorso'} ${it}”; pt “${ptF ? 'a passada' : 'o passado'} ${pt}”`
  }
}

const DAY_WORDS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tomorrow'])

/**
 * A weekday (or "today") with the day of the month alone after it, as
 * Portuguese and Spanish copy write it: "next Monday, 20, …", "this Sunday
 * (10)", "released today (10)" (pt "na próxima segunda-feira, 20", "neste
 * domingo (10)"); English gives the month ("Monday, April 20").  Not before
 * a month or a year ("Monday, 20 April", "Sunday, 10, 2024" is no date).
 */
function bareDayNumber(s: Scanner, i: number, add: Add): void {
  const {toks} = s
  const t = toks[i]
  if (!WEEKDAY_SET.has(t.value) && !DAY_WORDS.has(t.lower)) return
  const j = i + 1
  if (j >= s.length || !DAY_NUMBER.test(toks[j].value) || /^\d+(?:st|nd|rd|th)$/.test(toks[j].value)) return
  const before = s.gap(j)
  const after = s.gap(j + 1)
  const comma = before === ', ' && (after.startsWith(', ') || after.startsWith('; ')) && !(j + 1 < s.length && (MONTHS.has(toks[j + 1].value) || /^\d{4}$/.test(toks[j + 1].value)))
  const parenthesis = before === ' (' && after.startsWith(')')
  if (!comma && !parenthesis) return
  const day = t.value
  add({
    start: t.start,
    end: parenthesis ? toks[j].end + 1 : toks[j].end,
    id: 'weekday-bare-day-number',
    tier: 'strong',
    reason: `“${s.text.slice(t.start, parenthesis ? toks[j].end + 1 : toks[j].end)}” gives the day of the month without its month, as Portuguese and Spanish copy do (pt “na segunda-feira, 20”, “neste domingo (10)”): English writes the month (“${WEEKDAY_SET.has(day) ? day : 'on'} (month) ${toks[j].value}”) or the weekday alone`,
    expected: [WEEKDAY_SET.has(day) ? day : t.value]
  })
}

export function checkWeekdays(s: Scanner, hits: readonly number[], add: Add): void {
  const {toks} = s
  for (const i of hits) {
    const w = toks[i].lower
    bareDayNumber(s, i, add)
    if (w === 'this') {
      const d = dateAt(s, i + 1, false)
      if (!d) continue
      const last = toks[d.end - 1]
      if (isPossessive(last.value)) continue
      // "this Sunday morning’s match": a possessive noun phrase, good English.
      if (s.joined(d.end) && PART_OF_DAY.has(toks[d.end].lower.replace(POSSESSIVE_END, '')) && isPossessive(toks[d.end].value)) continue
      const words = toks.slice(i + 1, d.end).map((t) => t.value).join(' ')
      const prev = s.joined(i) ? toks[i - 1].lower : undefined
      if (prev === 'of') {
        add({
          start: toks[i - 1].start,
          end: last.end,
          id: 'of-this-day',
          tier: 'strong',
          reason: `“of this ${words}” is a calque of ${languages(originals('ofThisDay', words))}: English says “${words}’s vote” or “the vote on ${words}”`,
          expected: [`on ${words}`]
        })
        continue
      }
      if (prev === 'since') {
        add({
          start: toks[i].start,
          end: last.end,
          id: 'since-this-day',
          tier: 'strong',
          reason: `“since this ${words}” is a calque of ${languages(originals('sinceThisDay', words))}: English says “since ${words}”`,
          expected: [words]
        })
        continue
      }
      // "on this Sunday", "this Sunday, October 23": the weekday is already
      // dated, so "this" is the source language's determiner whatever the tense.
      // A dated weekday in a clause about the future or the present ("The
      // event is this Saturday, July 17") is left to the tense test below.
      const onThis = prev === 'on'
      const dated = !onThis && d.kind === 'weekday' && datedAfter(s, d.end)
      const datedTense = dated ? clauseTense(s, i, afterApposition(s, d.end)) : undefined
      if (onThis || (dated && datedTense !== 'future' && datedTense !== 'present')) {
        const start = onThis ? toks[i - 1].start : toks[i].start
        add({
          start,
          end: last.end,
          id: onThis ? 'on-this-day' : 'this-day-dated',
          tier: 'strong',
          reason: `“${s.text.slice(start, last.end)}” ${onThis ? 'puts “this” after “on”' : 'puts “this” before a dated weekday'}, a calque of ${languages(originals('thisDay', words))}: English dates an event with the weekday alone (“on ${words}”, “on ${words}, October 23”)`,
          expected: [`on ${words}`]
        })
        continue
      }
      if (prev !== undefined && FUTURE_PREPOSITIONS.has(prev)) continue
      const tense = clauseTense(s, i, afterApposition(s, d.end))
      // No verb tells the time ("This Wednesday, in the exchange office, only …"): weak, counted when the story shows a strong calque.
      if (tense !== 'past' && tense !== undefined) continue
      add({
        start: toks[i].start,
        end: last.end,
        id: tense === 'past' ? 'this-day' : 'this-day-untimed',
        tier: tense === 'past' ? 'strong' : 'weak',
        reason: `“this ${words}” in a clause about the past is a calque of ${languages(originals('thisDay', words))}: ${WEEKDAY_CALQUES.thisDay.why.replace(/DAY/g, words)}`,
        expected: [`on ${words}`, words]
      })
    } else if (w === 'the' && s.lower(i + 1) === 'past' && s.joined(i + 1)) {
      const d = dateAt(s, i + 2, true)
      if (!d) continue
      const last = toks[d.end - 1]
      if (isPossessive(last.value)) continue
      const after = s.joined(d.end) ? toks[d.end].lower : undefined
      if (after === 'of') continue
      const words = toks.slice(i + 2, d.end).map((t) => t.value).join(' ')
      add({
        start: toks[i].start,
        end: last.end,
        id: 'the-past-day',
        tier: 'strong',
        reason: `“the past ${words}” is a calque of ${languages(originals('thePastDay', words))}: English says ${d.kind === 'date' ? `“on ${words}”` : `“last ${words}”`}`,
        expected: d.kind === 'date' ? [`on ${words}`] : d.kind === 'month' ? [`last ${words}`] : [`last ${words}`, `on ${words}`]
      })
    }
  }
}
