/**
 * number-format, a four-digit count written without its comma ("1500
 * doctors") in a story that groups thousands with a comma elsewhere
 * ("1,500"): the source's style (Spanish and French leave four-digit
 * numbers ungrouped) kept in one place.
 *
 * How it decides: a plain figure of 1000–9999 followed by a count of
 * things (a count noun, maybe after one word: "1500 Cuban doctors"), not
 * after a word that makes it a year, a route or a page ("in 1500", "May
 * 1500", "No. 1500"), in a document that writes a comma-grouped figure of
 * four or five digits elsewhere.  Without that evidence the style may be
 * the house's own, and it stays alone.
 */
import {NUMBER_STARTERS_NOT_QUANTITY} from '../data/number-format.js'
import {isCommonWord} from '../support/lexicon.js'
import {countNounAfter, isPlain, plainValue, wordEndingAt, type ConventionCheck} from './conventions.js'
import {isGroupSpace} from './reading.js'

const YEAR_WORDS: ReadonlySet<string> = new Set(['in', 'since', 'year', 'years', 'from', 'until', 'till', 'by', 'circa', 'c', 'ad', 'bc', 'before', 'after'])

/** Words before a figure that make it a quantity. */
const QUANTITY_BEFORE: ReadonlySet<string> = new Set(['about', 'some', 'nearly', 'almost', 'over', 'than', 'around', 'approximately', 'roughly', 'least', 'only', 'just', 'another', 'all'])

export const ungrouped: ConventionCheck = (a, out) => {
  const {paragraph, text, t, doc} = a
  if (!isPlain(a) || t.groups[0].length !== 4 || t.groups[0][0] === '0' || !isGroupSpace(text[t.end])) return false
  const before = wordEndingAt(text, t.start)
  if (YEAR_WORDS.has(before) || NUMBER_STARTERS_NOT_QUANTITY.has(before)) return false
  // "Andre 3000": part of a name.
  const c = text[t.start - 1 - before.length]
  if (before && c !== c.toLowerCase() && !isCommonWord(before)) return false
  // A figure that may be a year ("autumn 2006") counts only after a word of quantity ("some 2000 troops").
  const n = plainValue(t)
  if (n >= 1800 && n <= 2100 && !QUANTITY_BEFORE.has(before)) return false
  if (!countNounAfter(text, t.end) || !doc.groupsThousands) return false
  const fixed = n.toLocaleString('en-US')
  out.push({
    paragraph, start: t.start, end: t.end, kind: 'ungrouped', strong: true,
    expected: [fixed], safe: false,
    reason: `“${t.groups[0]}” without its thousands comma, while the story writes “1,500”-style figures elsewhere: English writes “${fixed}”`
  })
  return true
}
