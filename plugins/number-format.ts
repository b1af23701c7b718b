/**
 * number-format: numbers written the way the source language writes them.
 *
 * - Decimal comma: "2,5%", "1,8 million", "€2,50", "a magnitude 6,2 quake",
 *   "0,75" — a comma followed by one or two digits (or any digits after a
 *   zero, or four and more) that is a decimal by its context: a percent sign
 *   or word, a magnitude, a unit of measure or a currency after it, a
 *   currency before it.  A comma followed by exactly three digits is English
 *   thousands ("1,500"); Indian grouping ("2,06,737") is left alone.
 * - Thousands dot: "1.500.000" (two or more groups of three), and "1.500"
 *   when the number counts whole things ("1.500 people", "136.069 units")
 *   or, ending in "00", before a unit, a currency or a magnitude ("9.000
 *   kilometres", "€1.500", "3.200 million").  "1.125 per cent", "0.875",
 *   "44.125 dlrs a share", "9.580 seconds", "$1.364 per euro" are decimals.
 * - Both at once: "1.234,5" → "1,234.5".
 * - Thousands grouped with a (narrow) non-breaking or thin space: "10 000";
 *   with a plain space only before a unit or count ("3 000 soldiers").
 * - A space before the percent sign: "5 %" → "5%".
 * - "billion" (and "trillion") where the source may have said "billón",
 *   "billion" or "Billion" (10^12): only an info-level hint, and only in a
 *   document that shows it was translated from a long-scale language — its
 *   own decimal commas or thousands dots, or word-for-word "thousand million",
 *   "milliard".  Normal English "billion" is never flagged.
 *
 * Scores and ranges ("6-1, 4-6", "1-6,4-6", "2,5-3"), times ("10.30",
 * "10:30"), versions and section numbers ("2.0.1", "1.2.3"), dates
 * ("12.03.2024"), chemistry ("3,4-dimethyl"), codes glued to letters, "U.S."
 * and years are not numbers in this sense and are left alone.  A bare "2,5"
 * without such context is flagged only when the same document has a clear
 * decimal comma elsewhere (and is not a list: "1,2 and 3").
 *
 * Numbers are found by scanning digits by hand (linear in the paragraph).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  COUNT_NOUNS,
  CURRENCY_PREFIXES,
  CURRENCY_WORDS,
  LONG_SCALE_CALQUES,
  LONG_SCALE_CLUES,
  LOOKAHEAD_STOP,
  MAGNITUDES,
  MEASURE_UNITS,
  NUMBER_STARTERS_NOT_QUANTITY,
  PERCENT_WORDS
} from './data/number-format.js'
import {cached, getIndex, type DocumentIndex, type ParagraphInfo} from './support/document.js'
import {reportText, ruleUrl, severityOf, type RuleMeta, type RuleOptions, type Severity} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'number-format',
  description: 'Source-language number formats: decimal commas, thousands dots, "5 %", billón as billion.',
  severity: 'warn',
  fixable: false,
  url: ruleUrl('number-format'),
  examples: {
    ok: [
      'About 1,500 people marched; turnout was 3.5% and the deficit 1.8 million euros.',
      'She won 6-1, 4-6, 7-5 and later 1-6,4-6 in the final.',
      'The U.S. bond yield was 1.125 per cent at 10.30pm; version 2.0.1 shipped in 2023.',
      'Shares rose to 44.125 dlrs a share and the euro fetched $1.364.',
      'The 3,4-dimethyl compound and sections 1.2.3 and 4.5 were cited; 2,06,737 tests were run.',
      'The budget is 1.5 billion dollars and the debt 2 trillion.'
    ],
    notOk: [
      {text: 'Inflation rose to 2,5% in March.', line: 1, column: 19, actual: '2,5', fix: '2.5'},
      {text: 'The city has 1,8 million inhabitants.', line: 1, column: 14, actual: '1,8', fix: '1.8'},
      {text: 'About 1.500 people marched on Sunday.', line: 1, column: 7, actual: '1.500', fix: '1,500'},
      {text: 'The route covers 9.000 kilometres of coast.', line: 1, column: 18, actual: '9.000', fix: '9,000'},
      {text: 'Unemployment fell to 5 % last year.', line: 1, column: 22, actual: '5 %', fix: '5%'},
      {text: 'The fund holds 1.250.000 euros.', line: 1, column: 16, actual: '1.250.000', fix: '1,250,000'},
      {text: 'Exports reached 1.234,5 million euros.', line: 1, column: 17, actual: '1.234,5', fix: '1,234.5'}
    ]
  }
}

const LETTER = /\p{L}/u
const UPPER_CODE = /^[A-Z]{3}$/
/** Separators of a grouped number: space, no-break space, narrow no-break space, thin space. */
const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009'])
const TYPOGRAPHIC_SPACES = new Set(['\u00a0', '\u202f', '\u2009'])
const DASHES = new Set(['-', '–', '—', '/', '‐', '‑'])

/** An ASCII digit (what `/\d/` matches); compares the char code, no regex per character. */
const isDigit = (c: string | undefined): boolean => {
  if (c === undefined || c === '') return false
  const k = c.charCodeAt(0)
  return k >= 48 && k <= 57
}
/** A letter (`\p{L}`): ASCII answered by char code, the rest by the regex. */
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined || c === '') return false
  const k = c.charCodeAt(0)
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122)
  return LETTER.test(c)
}

interface NumberToken {
  start: number
  end: number
  groups: string[]
  /** Separators between groups: ',', '.', or a space character. */
  seps: string[]
}

type Context = 'percent' | 'magnitude' | 'measure' | 'currency' | 'count' | 'none'

interface After {
  context: Context
  /** The unit word, lower case. */
  word: string
  /** "5 %": a space before the percent sign, and the end of the "%". */
  spacedPercentEnd?: number
  /** Followed by "per", "to", "against", "a share": a rate or price per unit. */
  rate: boolean
}

type Kind = 'decimal-comma' | 'thousands-dot' | 'continental' | 'space-thousands' | 'percent-space' | 'four-decimals'

interface Candidate {
  paragraph: ParagraphInfo
  start: number
  end: number
  kind: Kind
  /** Clear on its own; weak candidates need the document's evidence. */
  strong: boolean
  expected: string[]
  safe: boolean
  reason: string
}

export default function numberFormat(options: RuleOptions = {}) {
  const severity = severityOf(meta, options)

  return (tree: Root, file: VFile): void => {
    const index = getIndex(tree, file)
    const candidates: Candidate[] = []
    for (const paragraph of index.paragraphs) scanParagraph(paragraph, candidates)

    let formatEvidence = false
    for (const c of candidates) if (c.strong && c.kind !== 'percent-space') formatEvidence = true

    for (const c of candidates) {
      if (!c.strong && !formatEvidence) continue
      reportText(file, index, meta, severity, c.paragraph, c.start, c.end, {
        reason: c.reason,
        expected: c.expected,
        safe: c.safe
      })
    }

    // The hints only concern the words "billion(s)" and "trillion(s)" (in
    // any case, so ASCII letters): without them in the text the
    // document-wide calque search is not needed.
    if (!index.paragraphs.some((p) => SCALE_WORD.test(p.text))) return
    const calques = longScaleCalques(index)
    if (formatEvidence || calques) hintScale(file, index, calques)
  }
}

/** Where a word "billion(s)" or "trillion(s)" may be. */
const SCALE_WORD = /billion|trillion/i

/** Does the document translate magnitude words word for word ("thousand million")? */
function longScaleCalques(index: DocumentIndex): boolean {
  return cached(index, 'number-format:calques', () => {
    const value = index.value.length > 2_000_000 ? index.value.slice(0, 2_000_000) : index.value
    // Every calque holds one of these strings (ASCII letters match in any
    // case, other letters only themselves): without them, no regex can match.
    const lower = value.toLowerCase()
    if (!LONG_SCALE_CLUES.some((clue) => lower.includes(clue))) return false
    return LONG_SCALE_CALQUES.some((re) => re.test(value))
  })
}

/** Info hints on "billion"/"trillion" in a document translated from a long-scale language. */
function hintScale(file: VFile, index: DocumentIndex, calques: boolean): void {
  const level: Severity = 'info'
  for (const word of index.words) {
    const lower = word.value.toLowerCase()
    const billion = lower === 'billion' || lower === 'billions'
    const trillion = lower === 'trillion' || lower === 'trillions'
    if (!billion && !(trillion && calques)) continue
    const why = calques
      ? 'the copy translates magnitude words word for word (“thousand million”, “milliard”)'
      : 'the copy keeps source-language number formats'
    const reason = billion
      ? `Check “${word.value}” against the source: ${why}, and Spanish “billón”, French “billion”, German “Billion” are 10^12 (a trillion)`
      : `Check “${word.value}” against the source: ${why}, and Spanish “trillón”, German “Trillion” are 10^18 (a quintillion)`
    reportText(file, index, meta, level, word.paragraph, word.start, word.end, {
      reason,
      expected: billion ? [lower === 'billions' ? 'trillions' : 'trillion'] : [lower === 'trillions' ? 'quintillions' : 'quintillion'],
      safe: false,
      severity: level
    })
  }
}

function scanParagraph(paragraph: ParagraphInfo, out: Candidate[]): void {
  const text = paragraph.masked
  // Jump from digit to digit with one native regex search (far cheaper than a
  // test per character); most of a paragraph holds none.
  const next = NEXT_DIGIT
  next.lastIndex = 0
  while (next.test(text)) {
    const token = readNumber(text, next.lastIndex - 1)
    judge(paragraph, text, token, out)
    next.lastIndex = token.end
  }
}

/** The next ASCII digit (global: the search resumes at `lastIndex`). */
const NEXT_DIGIT = /[0-9]/g

/** The number starting at `start`: digit groups joined by "," or "." (or a grouping space) followed by a digit. */
function readNumber(text: string, start: number): NumberToken {
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
      GROUP_SPACES.has(sep) &&
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

function judge(paragraph: ParagraphInfo, text: string, t: NumberToken, out: Candidate[]): void {
  const before = out.length
  const spacedPercentEnd = judgeFormat(paragraph, text, t, out)
  // "5 %", "3.5 %", "5-10 %": a space before the percent sign, when the number itself is fine.
  if (out.length === before && spacedPercentEnd !== undefined) {
    const value = text.slice(t.start, t.end)
    out.push({
      paragraph, start: t.start, end: spacedPercentEnd, kind: 'percent-space', strong: true,
      expected: [value + '%'], safe: true,
      reason: `Space before “%”: English writes “${value}%”`
    })
  }
}

/**
 * Push a finding for a source-language number format; returns the end of a
 * "%" set off by a space after the number ("5 %"), if there is one.
 */
function judgeFormat(paragraph: ParagraphInfo, text: string, t: NumberToken, out: Candidate[]): number | undefined {
  const {start, end, groups, seps} = t
  const before = text[start - 1]
  const after = text[end]

  // Part of a code, a word or a longer token: "A4,5", "G7", "v2.0", ".5,5".
  if (isLetter(before) || before === '.' || before === ',' || before === '_' || before === '#') return undefined
  if (isLetter(after) && !unitGlued(text, end)) return undefined
  // A plain number ("2023", "17"): only a spaced "%" can follow it.
  if (seps.length === 0) return spacedPercent(text, end)
  // Scores, ranges, dates, times: "6-1,4-6", "2,5-3", "1/2,5", "10:30,5".
  const scoreBefore = (DASHES.has(before ?? '') || before === ':') && isDigit(text[start - 2])
  const scoreAfter = (DASHES.has(after ?? '') || after === ':') && isDigit(text[end + 1])
  // "3,4-dimethyl": locants of a chemical name.
  const locants = (after === '-' || after === '‐') && isLetter(text[end + 1]) && seps.every((s) => s === ',')
  if (scoreBefore || scoreAfter || locants) return spacedPercent(text, end)

  const value = text.slice(start, end)
  const info = readAfter(text, end)
  const currencyBefore = currencyPrefix(text, start)
  const magnitudeBefore = /\bmagnitude[\s\u00a0]*$|\bmagnitude-$/i.test(text.slice(Math.max(0, start - 12), start))

  const allComma = seps.every((s) => s === ',')
  const allDot = seps.every((s) => s === '.')
  const allSpace = seps.every((s) => GROUP_SPACES.has(s))
  const tail = groups.slice(1)
  const threes = tail.every((g) => g.length === 3)
  const decimalContext =
    info.context === 'percent' || info.context === 'magnitude' || info.context === 'measure' ||
    info.context === 'currency' || currencyBefore || magnitudeBefore
  const spaced = info.spacedPercentEnd
  const finish = (fixed: string): {end: number; expected: string[]} =>
    spaced !== undefined ? {end: spaced, expected: [fixed + '%']} : {end, expected: [fixed]}
  const spacedNote = spaced !== undefined ? ' (and no space before “%”)' : ''

  if (allComma && seps.length === 1) {
    const [int, frac] = groups
    if (int.length > 3 || (int.length > 1 && int[0] === '0')) return info.spacedPercentEnd
    const fixed = `${int}.${frac}`
    if (frac.length <= 2 || (int === '0' && frac.length >= 1)) {
      if (frac.length === 3 && int !== '0') return info.spacedPercentEnd
      const strong = decimalContext || int === '0'
      if (!strong && listContext(text, start, end)) return info.spacedPercentEnd
      const {end: e, expected} = finish(fixed)
      // "$110,00" may also be "$110,000" missing a digit; a price is not sure enough to fix unattended.
      const moneyOnly = info.context === 'currency' || (currencyBefore && info.context === 'none')
      if (moneyOnly && frac.length === 2 && frac.endsWith('0')) expected.push(`${int},${frac}0`)
      out.push({
        paragraph, start, end: e, kind: 'decimal-comma', strong,
        expected, safe: strong && decimalContext && !moneyOnly,
        reason: `Decimal comma “${value}”: English writes “${fixed}”${spacedNote}`
      })
      return info.spacedPercentEnd
    }
    if (frac.length >= 4) {
      // "1,0850 dollars": English never groups four digits after a comma.
      const {end: e, expected} = finish(fixed)
      out.push({
        paragraph, start, end: e, kind: 'four-decimals', strong: decimalContext,
        expected, safe: false,
        reason: `Decimal comma “${value}”: English writes “${fixed}”${spacedNote}`
      })
    }
    return info.spacedPercentEnd
  }

  if (allDot && threes && groups[0].length <= 3 && groups[0][0] !== '0') {
    const fixed = groups.join(',')
    if (seps.length >= 2) {
      if (seps.length === 3 && ipLike(groups)) return info.spacedPercentEnd
      const {end: e, expected} = finish(fixed)
      out.push({
        paragraph, start, end: e, kind: 'thousands-dot', strong: true,
        expected, safe: true,
        reason: `Thousands dot “${value}”: English writes “${fixed}”${spacedNote}`
      })
      return info.spacedPercentEnd
    }
    if (info.context === 'percent' || info.rate) return info.spacedPercentEnd
    const round = tail[0].endsWith('00')
    const decimals = tail[0].replace(/0+$/, '')
    const small = decimals ? `${groups[0]}.${decimals}` : groups[0]
    let strong = false
    let safe = false
    let why = ''
    if (info.context === 'count') {
      strong = true
      safe = true
      why = `before “${info.word}”, a count of whole things`
    } else if (round && (info.context === 'measure' || info.context === 'currency' || currencyBefore)) {
      strong = true
      why = 'a round thousand before a unit or currency'
    } else if (round && info.context === 'magnitude') {
      strong = true
      why = `“${value} ${info.word}” reads as ${small} ${info.word} in English`
    } else if (round && info.context === 'none' && !magnitudeBefore) {
      // "a crowd of 2.000": only with the document's evidence.
      strong = false
      why = 'a round thousand'
    } else {
      return info.spacedPercentEnd
    }
    const {end: e, expected} = finish(fixed)
    out.push({
      paragraph, start, end: e, kind: 'thousands-dot', strong,
      expected: info.context === 'magnitude' ? [...expected, small] : expected,
      safe: safe && info.context !== 'magnitude',
      reason: `Thousands dot “${value}” (${why}): English writes “${fixed}”${spacedNote}`
    })
    return info.spacedPercentEnd
  }

  // "1.234,5": thousands dots and a decimal comma.
  if (
    seps.length >= 2 &&
    seps[seps.length - 1] === ',' &&
    seps.slice(0, -1).every((s) => s === '.') &&
    groups[0].length <= 3 &&
    groups.slice(1, -1).every((g) => g.length === 3)
  ) {
    const fixed = groups.slice(0, -1).join(',') + '.' + groups[groups.length - 1]
    const {end: e, expected} = finish(fixed)
    out.push({
      paragraph, start, end: e, kind: 'continental', strong: true,
      expected, safe: true,
      reason: `Source-language number “${value}”: English writes “${fixed}”${spacedNote}`
    })
    return info.spacedPercentEnd
  }

  // "10 000", "3 000 soldiers".
  if (allSpace && threes && groups[0].length <= 3) {
    const typographic = seps.every((s) => TYPOGRAPHIC_SPACES.has(s))
    const fixed = groups.join(',')
    if (!typographic) {
      const quantity =
        info.context === 'count' || info.context === 'measure' || info.context === 'currency' || info.context === 'magnitude'
      if (!quantity || info.rate || !tail[tail.length - 1].endsWith('00')) return info.spacedPercentEnd
      if (NUMBER_STARTERS_NOT_QUANTITY.has(wordBefore(text, start).toLowerCase())) return info.spacedPercentEnd
      if (isDigit(text[start - 2]) || text[start - 1] === ',') return info.spacedPercentEnd
    }
    const {end: e, expected} = finish(fixed)
    out.push({
      paragraph, start, end: e, kind: 'space-thousands', strong: true,
      expected, safe: typographic,
      reason: `Thousands grouped with a space “${value}”: English writes “${fixed}”${spacedNote}`
    })
  }
  return info.spacedPercentEnd
}

/** "192.168.100.200": four groups of at most 255 without leading zeros. */
function ipLike(groups: string[]): boolean {
  return groups.length === 4 && groups.every((g) => Number(g) <= 255 && !(g.length > 1 && g[0] === '0'))
}

/** A unit written straight after the digits: "2,5km", "€1,8bn", "2,5m". */
function unitGlued(text: string, at: number): boolean {
  const word = readWord(text, at)
  if (!word) return false
  const lower = word.toLowerCase()
  return MAGNITUDES.has(lower) || MEASURE_UNITS.has(lower) || lower === 'pct'
}

const WORD = /[\p{L}\d/²³]/u

/** The word (letters, digits, "/", "²") starting at `at`, at most 30 characters, if it starts with a letter. */
function readWord(text: string, at: number): string {
  if (!isLetter(text[at])) return ''
  let e = at
  while (e < text.length && e - at < 30 && WORD.test(text[e])) e++
  return text.slice(at, e)
}

function wordBefore(text: string, at: number): string {
  let e = at
  while (e > 0 && at - e < 3 && GROUP_SPACES.has(text[e - 1])) e--
  let s = e
  while (s > 0 && e - s < 30 && isLetter(text[s - 1])) s--
  return text.slice(s, e)
}

/** The end of a "%" after one or two grouping spaces ("5 %"), as `readAfter` reads it. */
function spacedPercent(text: string, end: number): number | undefined {
  let i = end
  let spaces = 0
  while (i < text.length && spaces < 2 && GROUP_SPACES.has(text[i])) {
    i++
    spaces++
  }
  return spaces > 0 && text[i] === '%' ? i + 1 : undefined
}

/** What follows a number: a percent sign or word, a magnitude, a unit, a currency, a count noun. */
function readAfter(text: string, end: number): After {
  const result: After = {context: 'none', word: '', rate: false}
  let i = end
  let spaces = 0
  while (i < text.length && spaces < 2 && GROUP_SPACES.has(text[i])) {
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
    if (!GROUP_SPACES.has(text[k] ?? '') && text[k] !== '-') break
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

/** A currency symbol or code right before the number: "€2,5", "US$1,8", "EUR 2,5". */
function currencyPrefix(text: string, start: number): boolean {
  let s = start
  while (s > 0 && start - s < 3 && /[$€£¥₹₽₺₩₪₦₱฿A-Z]/.test(text[s - 1])) s--
  const glued = text.slice(s, start)
  if (glued && CURRENCY_PREFIXES.has(glued)) return true
  if (glued.length > 1 && CURRENCY_PREFIXES.has(glued.slice(-1))) return true
  if (start >= 4 && GROUP_SPACES.has(text[start - 1])) {
    const code = text.slice(start - 4, start - 1)
    if (UPPER_CODE.test(code) && CURRENCY_PREFIXES.has(code) && !isLetter(text[start - 5])) return true
    if (CURRENCY_PREFIXES.has(text[start - 2]) && !/[A-Za-z]/.test(text[start - 2])) return true
  }
  return false
}

/** "1,2 and 3", "1,5, 2,5": a list of numbers rather than one decimal. */
function listContext(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 8)
  const before = text.slice(Math.max(0, start - 6), start)
  return /^(?:,\s?\d|\s(?:and|or|to|y|e|et|und)\s\d)/.test(after) || /\d,\s?$|\d\s(?:and|or)\s$/.test(before)
}
