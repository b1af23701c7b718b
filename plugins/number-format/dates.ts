/**
 * number-format, dates written the source's way: a numeric day/month date in
 * brackets after a weekday ("on Friday (5/8)", "Wednesday (9/12)", "report
 * (20/10/2023)"), as Indonesian, Italian and Spanish press write it, and a
 * bare day number in brackets after "today" or a weekday ("yesterday
 * (12th)", "today (1st)").
 *
 * How it decides: "(D/M)" or "(D/M/YYYY)" with a day of 1–31 and a month of
 * 1–12, right after a weekday or a word for the day (one word may stand
 * between: "Friday afternoon (5/8)"), or anywhere in prose when the day is
 * over 12 (day first, no English reading); never after a score ("6-7
 * (3/7)" is a tie-break).  English copy names the month: the fix reads the
 * date day first ("(Aug. 5)").  "(12th)" after a weekday or day word: the
 * day number goes into a date or goes (fix: delete the brackets).
 */
import {DAY_WORDS, MONTH_STYLE, WEEKDAYS} from '../data/number-format.js'
import {wordEndingAt, type ConventionCheck} from './conventions.js'
import {isDigit, isGroupSpace, isLetter} from './reading.js'

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\)/

/** Is the word before the bracket at `open` a weekday or a day word (one word may stand between)? */
function dayBefore(text: string, open: number): boolean {
  if (!isGroupSpace(text[open - 1])) return false
  let at = open
  for (let n = 0; n < 2; n++) {
    const word = wordEndingAt(text, at)
    if (!word) return false
    if (WEEKDAYS.has(word) || DAY_WORDS.has(word)) return true
    const start = at - (isGroupSpace(text[at - 1]) ? 1 : 0) - word.length
    // "Thursday-Friday report": the weekday before a hyphen.
    if (text[start - 1] === '-' && WEEKDAYS.has(wordEndingAt(text, start - 1))) return true
    if (!isGroupSpace(text[start - 1])) return false
    at = start
  }
  return false
}

export const dates: ConventionCheck = ({paragraph, text, t}, out) => {
  const open = t.start - 1
  if (text[open] !== '(' || t.seps.length > 0 || t.groups[0].length > 2) return false
  const day = Number(t.groups[0])
  if (day < 1 || day > 31) return false
  // "(12th)" after "yesterday" or a weekday.
  if (isLetter(text[t.end])) {
    const m = ORDINAL_SUFFIX.exec(text.slice(t.end, t.end + 3))
    if (!m || !dayBefore(text, open)) return false
    const end = t.end + m[0].length
    out.push({
      paragraph, start: open, end, kind: 'date', strong: true,
      expected: [''], safe: false,
      reason: `Day number in brackets “${text.slice(open, end)}”: English copy gives the date (“on May ${t.groups[0]}”) or nothing`
    })
    return true
  }
  const m = /^\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\)/.exec(text.slice(t.end, t.end + 9))
  if (!m) return false
  const month = Number(m[1])
  if (month < 1 || month > 12) return false
  // "6-7 (3/7)": a tie-break after a score.
  if (isDigit(text[open - 2]) || (isGroupSpace(text[open - 1]) && isDigit(text[open - 2]))) return false
  if (!(day > 12 || dayBefore(text, open))) return false
  const end = t.end + m[0].length
  const year = m[2] && m[2].length === 4 ? `, ${m[2]}` : ''
  const fixed = `(${MONTH_STYLE[month - 1]} ${day}${year})`
  out.push({
    paragraph, start: open, end, kind: 'date', strong: true,
    expected: [fixed], safe: false,
    reason: `Numeric day/month date “${text.slice(open, end)}”: English copy names the month (“${fixed.slice(1, -1)}”)`
  })
  return true
}
