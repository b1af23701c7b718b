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
import {MONTHS} from '../data/calque-english.js'
import type {WordInfo} from '../support/document.js'
import type {Add} from './scanner.js'

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
