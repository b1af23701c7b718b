/**
 * calque, matchers: the alternatives of one word position of a table entry,
 * compiled once: "#weekday", "#month", "#number" and "#word" stand for
 * classes, any other string for itself (lower case).
 */
import {MONTHS, WEEKDAYS} from '../data/calque-english.js'
import {LETTER, POSSESSIVE_END} from '../support/text.js'
import type {Tok} from './scanner.js'

export const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS)
/** A number as a phrase word: "5", "2024", "5th". */
const DIGITS = /^\d{1,4}(?:st|nd|rd|th)?$/
/** A day of the month: "5", "31st". */
export const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/

/**
 * The alternatives of a position, compiled: "#weekday", "#month",
 * "#number" and "#word" stand for classes, any other string for itself
 * (lower case).
 */
export interface Matcher {
  literals: ReadonlySet<string>
  /** Lower case without a final possessive (matchWords' last word; not in phrases). */
  stripped: ReadonlySet<string>
  weekday: boolean
  month: boolean
  number: boolean
  word: boolean
  /** A day of the month (dateAt; not in phrases). */
  dayNumber: boolean
  /** asciiHash of each literal, when literals are all it takes. */
  literalHashes?: ReadonlySet<number>
}

/**
 * Matchers are never changed once made, so equal ones are one object: the
 * calque tables' 1,700 matchers are some 500 distinct ones (and their empty
 * sets one set), which the tables' serialized copy read by the CLI at
 * start-up (plugins/support/text.ts `lazy`) keeps as one each.
 */
const NONE: ReadonlySet<string> = new Set<string>()
const SHARED = new Map<string, Matcher>()

/** The one matcher equal to `m` (m itself the first time). */
export function sharedMatcher(m: Matcher): Matcher {
  const literals = m.literals.size === 0 ? NONE : m.literals
  const stripped = m.stripped.size === 0 ? NONE : m.stripped
  const key = [
    [...literals].sort().join('\u0001'),
    [...stripped].sort().join('\u0001'),
    (m.weekday ? 1 : 0) | (m.month ? 2 : 0) | (m.number ? 4 : 0) | (m.word ? 8 : 0) | (m.dayNumber ? 16 : 0),
    m.literalHashes === undefined ? '' : [...m.literalHashes].sort().join(',')
  ].join('\u0002')
  let shared = SHARED.get(key)
  if (shared === undefined) SHARED.set(key, (shared = literals === m.literals && stripped === m.stripped ? m : {...m, literals, stripped}))
  return shared
}

export function compileMatcher(alternatives: readonly string[]): Matcher {
  const literals = new Set<string>()
  const m = {literals, stripped: NONE, weekday: false, month: false, number: false, word: false, dayNumber: false}
  for (const alt of alternatives) {
    if (alt === '#weekday') m.weekday = true
    else if (alt === '#month') m.month = true
    else if (alt === '#number') m.number = true
    else if (alt === '#word') m.word = true
    else literals.add(alt)
  }
  return sharedMatcher(m)
}

/** A matcher for any word either matcher takes. */
export function unionMatcher(a: Matcher, b: Matcher): Matcher {
  return sharedMatcher({
    literals: new Set([...a.literals, ...b.literals]),
    stripped: new Set([...a.stripped, ...b.stripped]),
    weekday: a.weekday || b.weekday,
    month: a.month || b.month,
    number: a.number || b.number,
    word: a.word || b.word,
    dayNumber: a.dayNumber || b.dayNumber
  })
}

/** Does a word (as written, and in lower case) match? */
export function matchesWord(m: Matcher, value: string, lower: string): boolean {
  return (
    m.literals.has(lower) ||
    (m.stripped.size > 0 && m.stripped.has(lower.replace(POSSESSIVE_END, ''))) ||
    (m.weekday && WEEKDAY_SET.has(value)) ||
    (m.month && MONTHS.has(value)) ||
    (m.number && DIGITS.test(value)) ||
    (m.word && LETTER.test(value)) ||
    (m.dayNumber && DAY_NUMBER.test(value))
  )
}

/** Does a word of the paragraph match? */
export function wordMatches(t: Tok, m: Matcher): boolean {
  return (
    m.literals.has(t.lower) ||
    (m.weekday && WEEKDAY_SET.has(t.value)) ||
    (m.month && MONTHS.has(t.value)) ||
    (m.number && DIGITS.test(t.value)) ||
    (m.word && LETTER.test(t.value))
  )
}
