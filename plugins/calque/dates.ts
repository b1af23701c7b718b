/**
 * calque, the year before the month: "in 2013 June", "since 2020 March 5".
 * Chinese, Japanese, Korean and Hungarian write the year first (zh
 * "2013年6月", ja "2013年6月", ko "2013년 6월", hu "2013 júniusában"); English
 * puts the month first: "in June 2013", "since March 5, 2020" (AP
 * Stylebook, "dates"; Chicago Manual of Style §9.35).
 *
 * How it decides: a preposition of time ("in", "since", "from", "until",
 * "by", "of"), then at once a year (four digits, 1900–2099), then at once a
 * month name (capitalised), the words joined by single spaces.  "the 2013
 * June election" has "the" before the year and is left alone, and "May"
 * is also a name ("In 2016 May became prime minister").  One
 * character test per word; no regular expression.
 */
import {MONTHS, WEEKDAYS} from '../data/calque-english.js'
import type {WordInfo} from '../support/document.js'
import type {Add} from './scanner.js'

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS)
const DAY_WORDS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tomorrow', 'Today', 'Yesterday', 'Tomorrow'])

const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'In', 'since', 'Since', 'from', 'From', 'until', 'Until', 'by', 'By', 'of'])

const ORIGINALS = 'zh “2013年6月”, ja “2013年6月”, ko “2013년 6월”, hu “2013 júniusában”'

/** A year 1900–2099 written with four digits. */
function isYear(v: string): boolean {
  if (v.length !== 4) return false
  const a = v.charCodeAt(0)
  const b = v.charCodeAt(1)
  if (!((a === 49 && b === 57) || (a === 50 && b === 48))) return false
  const c = v.charCodeAt(2)
  const d = v.charCodeAt(3)
  return c >= 48 && c <= 57 && d >= 48 && d <= 57
}

function spaced(text: string, words: readonly WordInfo[], k: number): boolean {
  return k > 0 && k < words.length && words[k].start === words[k - 1].end + 1 && text.charCodeAt(words[k - 1].end) === 32
}

export function checkDateOrder(text: string, words: readonly WordInfo[], add: Add): void {
  for (let i = 1; i + 1 < words.length; i++) {
    if (!isYear(words[i].value) || !spaced(text, words, i) || !spaced(text, words, i + 1)) continue
    // "In 2016 May became prime minister": "May" is also a name.
    if (!PREPOSITIONS.has(words[i - 1].value) || !MONTHS.has(words[i + 1].value) || words[i + 1].value === 'May') continue
    const year = words[i].value
    const month = words[i + 1].value
    add({
      start: words[i].start,
      end: words[i + 1].end,
      id: 'year-before-month',
      tier: 'strong',
      reason: `“${year} ${month}” puts the year before the month, as ${ORIGINALS} do: English writes “${month} ${year}”`,
      expected: [`${month} ${year}`]
    })
  }
}

const WEEKDAY_ORIGINALS = 'de “der Zeitung (Donnerstag)”; pt “nesta quarta-feira (10)”; id “Rabu (31/1)”'

/** A day number of the month, 1–31, without a suffix. */
function isDayNumber(v: string): boolean {
  if (v.length === 0 || v.length > 2) return false
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k)
    if (c < 48 || c > 57) return false
  }
  const n = Number(v)
  return n >= 1 && n <= 31
}

/** "newspaper (Thursday)", "told reporters, Wednesday, January 31.", "today (10)". */
export function checkWeekdayApart(text: string, words: readonly WordInfo[], add: Add): void {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]
    const prev = words[i - 1]
    const before = text.slice(prev.end, w.start)
    const after = text.charCodeAt(w.end)
    if (WEEKDAY_SET.has(w.value)) {
      // "newspaper (Thursday)": the weekday alone in parentheses after a lower-case word.
      if (before === ' (' && after === 41 && !DAY_WORDS.has(prev.value) && isLowerWord(prev.value)) {
        report(add, w.start - 1, w.end + 1, `“(${w.value})” dates the statement with the weekday in parentheses, as ${WEEKDAY_ORIGINALS} do: English writes “on ${w.value}”`, `on ${w.value}`)
        continue
      }
      // "told reporters, Wednesday, January 31.": a comma, the weekday and a full date closing the sentence.
      if (before === ', ' && isLowerWord(prev.value) && i + 2 < words.length && text.slice(w.end, words[i + 1].start) === ', ' && MONTHS.has(words[i + 1].value)) {
        const day = words[i + 2]
        // The index may keep the full stop with the number ("31.").
        const dotted = day.value.endsWith('.')
        const number = dotted ? day.value.slice(0, -1) : day.value
        const dayEnd = dotted ? day.end - 1 : day.end
        const end = text.charCodeAt(dayEnd)
        if (text.slice(words[i + 1].end, day.start) === ' ' && isDayNumber(number) && (end === 46 || end === 59)) {
          report(add, prev.end, dayEnd, `“${text.slice(prev.end, dayEnd)}” sets the date off with commas after the verb, as ${WEEKDAY_ORIGINALS} do: English writes “on ${w.value}, ${words[i + 1].value} ${number}”`, ` on ${w.value}, ${words[i + 1].value} ${number}`)
        }
      }
    } else if (DAY_WORDS.has(w.value) && i + 1 < words.length && text.slice(w.end, words[i + 1].start) === ' (' && isDayNumber(words[i + 1].value) && text.charCodeAt(words[i + 1].end) === 41) {
      // "released today (10)": the day of the month alone after "today".
      report(add, w.start, words[i + 1].end + 1, `“${text.slice(w.start, words[i + 1].end + 1)}” gives the day of the month alone, as ${WEEKDAY_ORIGINALS} do: English writes the weekday or the month and day`, w.value)
    }
  }
}

function isLowerWord(v: string): boolean {
  const c = v.charCodeAt(0)
  return c >= 97 && c <= 122
}

function report(add: Add, start: number, end: number, reason: string, expected: string): void {
  add({start, end, id: 'weekday-apart', tier: 'strong', reason, expected: [expected]})
}
