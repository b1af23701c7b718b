/**
 * number-format, reading a number: the digits and separators (`readNumber`),
 * then what stands around them (`readingOf`), for the format checks.
 *
 * How it decides what a number is: digit groups joined by "," or "." before
 * a digit, or by one grouping space before exactly three digits ("10 000").
 * Part of a code, a word or a longer token ("A4,5", "G7", "v2.0", ".5,5") it
 * is no number; a plain number ("2023"), a score, range, time or ratio
 * ("6-1,4-6", "2,5-3", "10:30,5") or chemical locants ("3,4-dimethyl") get no
 * format check (only the spaced "%").  What follows it decides its context:
 * "%" or a percent word, a magnitude ("million"), a currency, a unit of
 * measure, a count noun (also two words on: "1.500 new homes"), or nothing;
 * "per", "to", "a share" after it make it a rate.
 */
import {
  COUNT_NOUNS,
  CURRENCY_PREFIXES,
  CURRENCY_WORDS,
  LOOKAHEAD_STOP,
  MAGNITUDES,
  MEASURE_UNITS,
  PERCENT_WORDS
} from '../data/number-format.js'
import type {ParagraphInfo} from '../support/document.js'
import {CODE_LETTER, isAsciiDigit, isCharClass, isDigitGroupSpaceCode} from '../support/text.js'

export const isDigit = isAsciiDigit
export const isLetter = (c: string | undefined): boolean => isCharClass(c, CODE_LETTER)
/** A separator of a grouped number (DIGIT_GROUP_SPACE). */
export const isGroupSpace = (c: string | undefined): boolean => c !== undefined && c.length === 1 && isDigitGroupSpaceCode(c.charCodeAt(0))

export interface NumberToken {
  start: number
  end: number
  groups: string[]
  /** Separators between groups: ',', '.', or a space character. */
  seps: string[]
}

export type Context = 'percent' | 'magnitude' | 'measure' | 'currency' | 'count' | 'none'

export interface After {
  context: Context
  /** The unit word, lower case. */
  word: string
  /** "5 %": a space before the percent sign, and the end of the "%". */
  spacedPercentEnd?: number
  /** Followed by "per", "to", "against", "a share": a rate or price per unit. */
  rate: boolean
}

export type Kind =
  | 'decimal-comma' | 'thousands-dot' | 'continental' | 'space-thousands' | 'percent-space' | 'four-decimals'
  // Conventions of the source around a number (plugins/number-format/conventions.ts).
  | 'spaced-sign' | 'split-decimal' | 'spelled-magnitude' | 'score' | 'date' | 'time' | 'ordinal' | 'ungrouped'

export interface Candidate {
  paragraph: ParagraphInfo
  start: number
  end: number
  kind: Kind
  /** Clear on its own; weak candidates need the document's evidence. */
  strong: boolean
  expected: string[]
  safe: boolean
  reason: string
  /** Severity of this finding when it is not the rule's (a weaker convention: info). */
  severity?: 'info'
}

/** A number with separators, and what stands around it: what every format check reads. */
export interface NumberReading {
  paragraph: ParagraphInfo
  /** The paragraph's masked text. */
  text: string
  start: number
  end: number
  groups: string[]
  seps: string[]
  /** The number as written. */
  value: string
  info: After
  /** A currency symbol or code right before it. */
  currencyBefore: boolean
  /** "magnitude 6,2", "magnitude-6,2". */
  magnitudeBefore: boolean
  allComma: boolean
  allDot: boolean
  allSpace: boolean
  /** The groups after the first. */
  tail: string[]
  /** Every group after the first has three digits. */
  threes: boolean
  /** A percent, magnitude, unit or currency after it, or a currency or "magnitude" before it. */
  decimalContext: boolean
}

/**
 * A format check: pushes its finding for a number of its shape, and tells
 * whether the number has its shape (the shapes of the checks exclude each
 * other: the first check that claims a number decides it).
 */
export type FormatCheck = (n: NumberReading, out: Candidate[]) => boolean

/** The next ASCII digit (global: the search resumes at `lastIndex`). */
export const NEXT_DIGIT = /[0-9]/g

/** The number starting at `start`: digit groups joined by "," or "." (or a grouping space) followed by a digit. */
export function readNumber(text: string, start: number): NumberToken {
  const groups: string[] = []
  const seps: string[] = []
  let i = start
  let groupStart = i
  for (;;) {
    while (i < text.length && isDigit(text[i])) i++
    groups.push(text.slice(groupStart, i))
    const sep = text[i]
    if ((sep === ',' || sep === '.') && isDigit(text[i + 1])) {
      seps.push(sep)
      i++
      groupStart = i
      continue
    }
    // "10 000": a grouping space before exactly three digits.
    if (
      sep !== undefined &&
      isGroupSpace(sep) &&
      groups[groups.length - 1].length <= 3 &&
      (seps.length === 0 || seps[0] === sep) &&
      isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) &&
      !isDigit(text[i + 4]) &&
      (groups.length > 1 || groups[0].length <= 3)
    ) {
      seps.push(sep)
      i++
      groupStart = i
      continue
    }
    break
  }
  return {start, end: i, groups, seps}
}

const DASHES = new Set(['-', '–', '—', '/', '‐', '‑'])
const MAGNITUDE_BEFORE = /\bmagnitude[\s\u00a0]*$|\bmagnitude-$/i

/**
 * The number with its context: 'code' when it is part of a code or a word
 * (nothing to check), 'plain' when no format check applies (a plain number,
 * a score, range or ratio, locants: only a spaced "%" may be wrong), else
 * its reading.
 */
export function readingOf(paragraph: ParagraphInfo, text: string, t: NumberToken): NumberReading | 'code' | 'plain' {
  const {start, end, groups, seps} = t
  const before = text[start - 1]
  const after = text[end]

  // Part of a code, a word or a longer token: "A4,5", "G7", "v2.0", ".5,5".
  if (isLetter(before) || before === '.' || before === ',' || before === '_' || before === '#') return 'code'
  if (isLetter(after) && !unitGlued(text, end)) return 'code'
  // A plain number ("2023", "17"): only a spaced "%" can follow it.
  if (seps.length === 0) return 'plain'
  // Scores, ranges, dates, times: "6-1,4-6", "2,5-3", "1/2,5", "10:30,5".
  const scoreBefore = (DASHES.has(before ?? '') || before === ':') && isDigit(text[start - 2])
  const scoreAfter = (DASHES.has(after ?? '') || after === ':') && isDigit(text[end + 1])
  // "3,4-dimethyl": locants of a chemical name.
  const locants = (after === '-' || after === '‐') && isLetter(text[end + 1]) && seps.every((s) => s === ',')
  if (scoreBefore || scoreAfter || locants) return 'plain'

  const info = readAfter(text, end)
  const currencyBefore = currencyPrefix(text, start)
  const magnitudeBefore = MAGNITUDE_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  const tail = groups.slice(1)
  return {
    paragraph,
    text,
    start,
    end,
    groups,
    seps,
    value: text.slice(start, end),
    info,
    currencyBefore,
    magnitudeBefore,
    allComma: seps.every((s) => s === ','),
    allDot: seps.every((s) => s === '.'),
    allSpace: seps.every(isGroupSpace),
    tail,
    threes: tail.every((g) => g.length === 3),
    decimalContext:
      info.context === 'percent' || info.context === 'magnitude' || info.context === 'measure' ||
      info.context === 'currency' || currencyBefore || magnitudeBefore
  }
}

/** The span and candidates of a finding: a spaced "%" after the number goes with it ("2,5 %" → "2.5%"). */
export function finish(n: NumberReading, fixed: string): {end: number; expected: string[]} {
  const spaced = n.info.spacedPercentEnd
  return spaced !== undefined ? {end: spaced, expected: [fixed + '%']} : {end: n.end, expected: [fixed]}
}

/** The end of a reason when the finding takes a spaced "%" with it. */
export function spacedNote(n: NumberReading): string {
  return n.info.spacedPercentEnd !== undefined ? ' (and no space before “%”)' : ''
}

/** A unit written straight after the digits: "2,5km", "€1,8bn", "2,5m". */
function unitGlued(text: string, at: number): boolean {
  const word = readWord(text, at)
  if (!word) return false
  const lower = word.toLowerCase()
  return MAGNITUDES.has(lower) || MEASURE_UNITS.has(lower) || lower === 'pct'
}

/** A character of a unit word: letters, digits, "/", "²", "³". */
const UNIT_WORD_CHAR = /[\p{L}\d/²³]/u

/** The word (letters, digits, "/", "²") starting at `at`, at most 30 characters, if it starts with a letter. */
export function readWord(text: string, at: number): string {
  if (!isLetter(text[at])) return ''
  let e = at
  while (e < text.length && e - at < 30 && UNIT_WORD_CHAR.test(text[e])) e++
  return text.slice(at, e)
}

/** The letters before `at`, past at most two grouping spaces. */
export function wordBefore(text: string, at: number): string {
  let e = at
  while (e > 0 && at - e < 3 && isGroupSpace(text[e - 1])) e--
  let s = e
  while (s > 0 && e - s < 30 && isLetter(text[s - 1])) s--
  return text.slice(s, e)
}

/** The end of a "%" after one or two grouping spaces ("5 %"), as `readAfter` reads it. */
export function spacedPercent(text: string, end: number): number | undefined {
  let i = end
  let spaces = 0
  while (i < text.length && spaces < 2 && isGroupSpace(text[i])) {
    i++
    spaces++
  }
  return spaces > 0 && text[i] === '%' ? i + 1 : undefined
}

/** What follows a number: a percent sign or word, a magnitude, a unit, a currency, a count noun. */
export function readAfter(text: string, end: number): After {
  const result: After = {context: 'none', word: '', rate: false}
  let i = end
  let spaces = 0
  while (i < text.length && spaces < 2 && isGroupSpace(text[i])) {
    i++
    spaces++
  }
  if (text[i] === '%') {
    result.context = 'percent'
    result.word = '%'
    if (spaces > 0) result.spacedPercentEnd = i + 1
    return result
  }
  if (text[i] === '°' || text[i] === 'º') {
    result.context = 'measure'
    result.word = '°'
    return result
  }
  // "9.000-kilometre", "1.500-strong".
  if (spaces === 0 && (text[i] === '-' || text[i] === '‐') && isLetter(text[i + 1])) i++
  const words: string[] = []
  let k = i
  for (let n = 0; n < 4; n++) {
    const w = readWord(text, k)
    if (!w) break
    words.push(w.toLowerCase())
    k += w.length
    if (!isGroupSpace(text[k] ?? '') && text[k] !== '-') break
    k++
  }
  const first = words[0]
  if (!first) return result
  result.word = first
  if (first === 'per' ? words[1] === 'cent' : PERCENT_WORDS.has(first) && first !== 'per') {
    result.context = 'percent'
    return result
  }
  if (MAGNITUDES.has(first)) result.context = 'magnitude'
  else if (CURRENCY_WORDS.has(first)) result.context = 'currency'
  else if (MEASURE_UNITS.has(first)) result.context = 'measure'
  else if (COUNT_NOUNS.has(first)) result.context = 'count'
  else {
    // "1.500 new homes", "3.000 Syrian refugees": at most two words before the noun.
    for (let n = 1; n < 3 && n < words.length; n++) {
      const prior = words[n - 1]
      if (LOOKAHEAD_STOP.has(prior) || MAGNITUDES.has(prior) || MEASURE_UNITS.has(prior) || CURRENCY_WORDS.has(prior)) break
      if (COUNT_NOUNS.has(words[n])) {
        result.context = 'count'
        result.word = words[n]
        break
      }
    }
  }
  if (result.context !== 'count') {
    // "1.300 yen per dollar", "29.500 dlrs a share", "$1.364 to the euro", "$3.500 a gallon".
    const rest = (result.context === 'none' ? words.slice(0, 2) : words.slice(1, 3)).join(' ')
    if (/^(?:per|to|against|a share|an ounce|a barrel|a gallon|a litre|a tonne|a kilo|each)\b/.test(rest)) result.rate = true
  }
  return result
}

const UPPER_CODE = /^[A-Z]{3}$/

/** A currency symbol or code right before the number: "€2,5", "US$1,8", "EUR 2,5". */
function currencyPrefix(text: string, start: number): boolean {
  let s = start
  while (s > 0 && start - s < 3 && /[$€£¥₹₽₺₩₪₦₱฿A-Z]/.test(text[s - 1])) s--
  const glued = text.slice(s, start)
  if (glued && CURRENCY_PREFIXES.has(glued)) return true
  if (glued.length > 1 && CURRENCY_PREFIXES.has(glued.slice(-1))) return true
  if (start >= 4 && isGroupSpace(text[start - 1])) {
    const code = text.slice(start - 4, start - 1)
    if (UPPER_CODE.test(code) && CURRENCY_PREFIXES.has(code) && !isLetter(text[start - 5])) return true
    if (CURRENCY_PREFIXES.has(text[start - 2]) && !/[A-Za-z]/.test(text[start - 2])) return true
  }
  return false
}

/** "1,2 and 3", "1,5, 2,5": a list of numbers rather than one decimal. */
export function listContext(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 8)
  const before = text.slice(Math.max(0, start - 6), start)
  return /^(?:,\s?\d|\s(?:and|or|to|y|e|et|und)\s\d)/.test(after) || /\d,\s?$|\d\s(?:and|or)\s$/.test(before)
}

/** "192.168.100.200": four groups of at most 255 without leading zeros. */
export function ipLike(groups: string[]): boolean {
  return groups.length === 4 && groups.every((g) => Number(g) <= 255 && !(g.length > 1 && g[0] === '0'))
}
