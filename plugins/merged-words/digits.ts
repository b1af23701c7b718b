/**
 * Digit joins: a number, a clock time or a video time code run together with
 * a word — "00:05in", "00:00The" (a transcript's time codes glued to its
 * text), "norms12:54" (a live blog's timestamp glued to a headline),
 * "2019The", "in2019", "birthday70", "Azar12th", "bigger7xyz", and a
 * year run into a time after a date ("March 3, 202114.25").
 *
 * How it decides, from the token's shape and the words:
 * - a clock time (minutes under 60) then letters: the letters are an English
 *   word or a name of the document, and not a time marker, unit or zone
 *   ("12:40pm", "10:30GMT", "2:15min" stay quiet);
 * - letters then a clock time: the letters are a word of two letters or more;
 * - digits then letters: a capitalised sentence opener or common word after
 *   a year ("2019The"), a capitalised function word after any number
 *   ("5The"); never lower case ("5km", "10mg", "3pm", "21st", "1990s", "4x4",
 *   and the house style "£5million");
 * - letters then digits: a lower-case common word of three letters or more
 *   and two digits or more ("birthday70"; "mp3", "g7", "web3", "covid19"
 *   stay quiet), or a function word before a year ("in2019");
 * - a capitalised word then an ordinal ("Azar12th");
 * - letters then a part the document uses as a word of its own
 *   ("bigger7xyz" where "7xyz" stands alone elsewhere).
 * Product codes and formulas ("A320neo", "COVID-19", "G7", "CO2") have no
 * such evidence.
 */
import {TIME_SUFFIXES} from '../data/merged-words.js'
import {FUNCTION_WORDS} from '../data/english-words.js'
import type {WordInfo} from '../support/document.js'
import {isCommonWord, isKnownToken} from '../support/lexicon.js'
import {previousWord, startsParagraph, type Check} from './context.js'
import {isLowerAt, isUpperAt} from './shape.js'

const CLOCK_THEN_LETTERS = /^(\d{1,2})([:.])(\d{2})(?:[:.]\d{2})?(\p{L}+)$/u
const LETTERS_THEN_CLOCK = /^(\p{L}{2,})(\d{1,2}):(\d{2})$/u
const YEAR_THEN_TIME = /^((?:19|20)\d\d)(\d{1,2})([.:])(\d{2})$/
const DIGITS_THEN_LETTERS = /^(\d+)(\p{L}+)$/u
const LETTERS_THEN_DIGITS = /^(\p{L}+)(\d+)$/u
const TITLE_THEN_ORDINAL = /^(\p{Lu}\p{Ll}{2,})(\d{1,2}(?:st|nd|rd|th))$/u
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])

interface Join {
  /** What the token holds, for the message. */
  what: string
  /** What the editor should do. */
  advice?: string
  expected: string[]
}

export function checkDigits(check: Check, word: WordInfo): void {
  const join = judge(check, word)
  if (!join) return
  const [start, end] = check.index.range(word.paragraph, word.start, word.end)
  check.report({
    start,
    end,
    reason: `“${word.value}” runs ${join.what} together (a space lost in conversion): ${join.advice ?? 'separate them'}`,
    expected: join.expected,
    safe: false
  })
}

function judge(check: Check, word: WordInfo): Join | undefined {
  const token = word.value
  let m = CLOCK_THEN_LETTERS.exec(token)
  if (m) {
    const [, , sep, mm, letters] = m
    const lower = letters.toLowerCase()
    if (Number(mm) >= 60 || TIME_SUFFIXES.has(lower)) return undefined
    if (!isKnownToken(letters) && !check.names().has(lower)) return undefined
    // "£1.50bn", "2.25m": a decimal amount and its unit, not a time.
    if (sep === '.' && !(isUpperAt(letters, 0) || FUNCTION_WORDS.has(lower) || (letters.length >= 4 && isCommonWord(lower)))) return undefined
    if (sep === '.' && isCurrencyBefore(word)) return undefined
    const time = token.slice(0, token.length - letters.length)
    // A time code opening a line is a transcript's or live blog's: delete it.
    const expected = startsParagraph(word) ? [letters, `${time} ${letters}`] : [`${time} ${letters}`]
    return {what: 'a time code and a word', advice: 'delete the time code if it is page debris (a transcript or live blog), else separate them', expected}
  }
  m = LETTERS_THEN_CLOCK.exec(token)
  if (m) {
    const [, letters, hh, mm] = m
    if (Number(hh) > 24 || Number(mm) >= 60) return undefined
    if (!isKnownToken(letters) && !check.names().has(letters.toLowerCase())) return undefined
    return {
      what: 'a word and a timestamp',
      advice: 'separate them, or delete the timestamp if it is page debris',
      expected: [`${letters} ${hh}:${mm}`, letters]
    }
  }
  m = YEAR_THEN_TIME.exec(token)
  if (m) {
    const [, year, hh, sep, mm] = m
    if (Number(hh) > 24 || Number(mm) >= 60 || !afterMonth(word)) return undefined
    return {what: 'a year and a time', expected: [`${year}, ${hh}${sep}${mm}`]}
  }
  m = DIGITS_THEN_LETTERS.exec(token)
  if (m) {
    const [, digits, letters] = m
    const lower = letters.toLowerCase()
    if (isUpperAt(letters, 0)) {
      if (letters.length < 2 || !isLowerAt(letters, 1)) return undefined
      const year = digits.length === 4 && (digits.startsWith('1') || digits.startsWith('20'))
      if (!(FUNCTION_WORDS.has(lower) || (year && letters.length >= 3 && isCommonWord(lower)))) return undefined
    } else {
      // "10years" is a lost space, but "£5million", "365scores" are house styles and names.
      return undefined
    }
    return {what: 'a number and a word', expected: [`${digits} ${letters}`]}
  }
  m = LETTERS_THEN_DIGITS.exec(token)
  if (m) {
    const [, letters, digits] = m
    const lower = letters.toLowerCase()
    if (letters !== lower) return undefined
    const year = digits.length === 4 && (digits.startsWith('1') || digits.startsWith('20'))
    if (!((letters.length >= 3 && digits.length >= 2 && isCommonWord(lower)) || (year && FUNCTION_WORDS.has(lower)))) return undefined
    return {what: 'a word and a number', expected: [`${letters} ${digits}`]}
  }
  m = TITLE_THEN_ORDINAL.exec(token)
  if (m) return {what: 'a word and an ordinal', expected: [`${m[1]} ${m[2]}`]}
  // Letters, then a part the document uses on its own: "bigger7xyz".
  let at = 1
  while (at < token.length && !(isDigit(token, at) && !isDigit(token, at - 1))) at++
  if (at < token.length - 1) {
    const left = token.slice(0, at)
    const right = token.slice(at)
    if (left.length >= 3 && (check.index.counts.get(right) ?? 0) > 0 && isKnownToken(left)) {
      return {what: 'a word and a name', expected: [`${left} ${right}`]}
    }
  }
  return undefined
}

/** A currency sign right before the token ("£12.50bn"). */
function isCurrencyBefore(word: WordInfo): boolean {
  const c = word.paragraph.text[word.start - 1]
  return c !== undefined && /\p{Sc}/u.test(c)
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  return c >= 48 && c <= 57
}

/** A month name among the three words before (a date: "March 3, 202114.25"). */
function afterMonth(word: WordInfo): boolean {
  let w = previousWord(word)
  for (let n = 0; w && n < 3; n++) {
    if (MONTHS.has(w.value.toLowerCase())) return true
    w = previousWord(w)
  }
  return false
}
