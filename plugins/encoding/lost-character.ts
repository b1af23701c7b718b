/**
 * encoding, lost characters: U+FFFD and "?" standing for a character a
 * conversion could not represent.
 *
 * How it decides:
 * - U+FFFD is always an error; the character is guessed (guess.ts) when a
 *   letter touches it, a dash between spaces.
 * - A run of "?" is a lost character only where a real question mark cannot
 *   be: inside a word ("Espa?a", "Syria?s"; "O?Brien" → apostrophe), between
 *   a lower-case word and a capitalised one with no space ("on?Monday",
 *   "the?EU") unless the sentence is a question, glued to the start of a word
 *   after a space ("talks ??with"; an opening quote when a closing "?" follows
 *   in the same quotation, and that closing "?" too: "said ?no deal? and"),
 *   alone between words ("talks ? with": a dash), inside numbers ("5?000",
 *   "20?km", "COVID?19"), or at the end of an unknown word whose accented
 *   form is English or used in the same document ("Bogot?").
 * - Real questions ("Why?", "he asked?"), "?!", short words ("Go?") and URLs
 *   (masked as syntax, and any token with "/", "=", "&", "www.", a known
 *   extension) are left alone.
 * Guesses about numbers and dashes are one level softer; a fix is applied
 * unattended only when the guess is sure and single.
 */
import {ELISION_PREFIXES, QUESTION_STARTERS} from '../data/encoding-letters.js'
import {MASK} from '../support/document.js'
import {isKnownToken} from '../support/lexicon.js'
import {isDigit, isLetter, isLower, isSpace, isUpper, REACH, wordBefore, type Context, type Hit} from './context.js'
import {apostrophe, guessInWord} from './guess.js'

/** U+FFFD: always an error; the character is guessed where possible. */
export function lostReplacement(ctx: Context, start: number, end: number): Hit {
  const text = ctx.text
  const prev = text[start - 1]
  const next = text[end]
  let expected: string[] | undefined
  let safe = false
  if (isLetter(prev) || isLetter(next)) {
    const guess = guessInWord(ctx, start, end)
    expected = guess.candidates
    safe = guess.sure
  } else if (isSpace(prev) && isSpace(next)) {
    expected = ['—', '–']
  }
  return {
    start,
    end,
    reason: 'Replacement character U+FFFD: a character was lost when the text was decoded',
    expected: expected && expected.length > 0 ? expected : undefined,
    safe
  }
}

/** A run of "?" standing for a lost character, or undefined for a real question mark. */
export function lostQuestionMark(ctx: Context, start: number, end: number): Hit | undefined {
  const text = ctx.text
  const prev = text[start - 1]
  const next = text[end]
  if (prev === MASK || next === MASK) return undefined
  if (urlLike(text, start, end)) return undefined
  const run = text.slice(start, end)

  // Inside a word, or between two words with no space.
  if (isLetter(prev) && isLetter(next)) {
    // "O?Brien", "d?Ivoire".
    if (isUpper(next) && ELISION_PREFIXES.has(prev) && wordBefore(text, start).length === 1) {
      return lost(start, end, 'an apostrophe', [apostrophe(ctx)], true)
    }
    if (isLower(prev) && isUpper(next)) {
      if (isQuestion(text, start)) return undefined
      return lost(start, end, 'a space', [' '], false)
    }
    if (isUpper(prev) && isUpper(next)) {
      const guess = guessInWord(ctx, start, end)
      return lost(start, end, 'a letter or space', guess.candidates, guess.sure)
    }
    const guess = guessInWord(ctx, start, end)
    return lost(start, end, guess.what, guess.candidates, guess.sure)
  }

  // Glued to the start of a word after a space: a lost opening quote or mark.
  if ((prev === undefined || isSpace(prev) || prev === '(' || prev === '[') && (isLetter(next) || isDigit(next))) {
    const guess = openingGuess(text, end)
    if (guess.length > 0) ctx.openQuote = true
    return lost(start, end, guess.length > 0 ? 'an opening quotation mark' : 'a character', guess, false)
  }

  // The closing quote of a lost pair: "said ?we will stay? and left".
  if (ctx.openQuote && isLetter(prev) && run.length <= 3 && (/^[.,;:]/.test(next ?? '') || (isSpace(next) && isLower(text[end + 1])))) {
    ctx.openQuote = false
    return lost(start, end, 'a closing quotation mark', ['”'], false)
  }

  // Alone between words: a lost dash ("talks ? with").
  if (isSpace(prev) && isSpace(text[end]) && isLower(text[end + 1]) && start >= 2) {
    const before = text[start - 2]
    if (isLetter(before) || isDigit(before) || /[”’")\]]/.test(before)) {
      return {...lost(start, end, 'a dash', ['—', '–'], false), soft: true}
    }
    return undefined
  }

  // Inside a number: "5?000", "20?km", "10?%", "COVID?19".
  if (isDigit(prev) && run.length <= 3) {
    if (isDigit(next)) {
      const left = digitsBefore(text, start)
      const right = digitsAfter(text, end)
      const thousands = left.length <= 3 && right.length === 3 && !isDigit(text[end + 3])
      return {...lost(start, end, thousands ? 'a thousands separator' : 'a dash', thousands ? [','] : ['–'], false), soft: true}
    }
    if (next === '%') return {...lost(start, end, 'a non-breaking space', [''], false), soft: true}
    if (isLower(next) || next === '°' || next === '€') {
      return {...lost(start, end, 'a non-breaking space', [' '], false), soft: true}
    }
    return undefined
  }
  if (isLetter(prev) && isDigit(next) && run.length <= 3) {
    const left = wordBefore(text, start)
    if (left.length >= 2 && left === left.toUpperCase()) {
      return {...lost(start, end, 'a hyphen', ['-'], false), soft: true}
    }
    return undefined
  }

  // At the end of a word: a real question mark unless the word is unknown and
  // its accented form is known ("Bogot?", "caf?").
  if (isLetter(prev) && run.length <= 3 && !isLetter(next)) {
    const left = wordBefore(text, start)
    // "What Hi-Fi?", "Go?": short words and parts of compounds end real questions.
    if (left.length < 3 || /[-‐'’]/.test(text[start - left.length - 1] ?? '')) return undefined
    const guess = guessInWord(ctx, start, end)
    if (guess.candidates.length === 0 || !guess.letter) return undefined
    if (isKnownToken(left) && !guess.fromDocument) return undefined
    return lost(start, end, 'an accented letter', guess.candidates, guess.sure)
  }
  return undefined
}

function lost(start: number, end: number, what: string, expected: string[], safe: boolean): Hit {
  const run = end - start
  return {
    start,
    end,
    reason: `“${'?'.repeat(run)}” stands for ${what} lost when the text was converted, not a question mark`,
    expected: expected.length > 0 ? expected : undefined,
    safe: safe && expected.length === 1
  }
}

/** Does the token around [start, end) look like a URL, path or query string? */
function urlLike(text: string, start: number, end: number): boolean {
  let s = start
  while (s > 0 && start - s < REACH && !isSpace(text[s - 1])) s--
  let e = end
  while (e < text.length && e - end < REACH && !isSpace(text[e])) e++
  const token = text.slice(s, e)
  return /[/=&\\@#]|www\.|https?:|\.(?:com|org|net|php|html?|aspx?)\b/i.test(token)
}

/** Is the sentence that ends at `at` a question ("Was it fair?No")? */
function isQuestion(text: string, at: number): boolean {
  let s = at
  while (s > 0 && at - s < 300) {
    const ch = text[s - 1]
    if ((ch === '.' || ch === '!' || ch === '?' || ch === ':') && isSpace(text[s])) break
    s--
  }
  const first = /[\p{L}’']+/u.exec(text.slice(s, Math.min(at, s + 40)))
  return first !== null && QUESTION_STARTERS.has(first[0].toLowerCase())
}

function digitsBefore(text: string, at: number): string {
  let s = at
  while (s > 0 && at - s < 20 && isDigit(text[s - 1])) s--
  return text.slice(s, at)
}

function digitsAfter(text: string, at: number): string {
  let e = at
  while (e < text.length && e - at < 20 && isDigit(text[e])) e++
  return text.slice(at, e)
}

/** A lost character before a word: an opening quote if the word's quotation closes with "?" later. */
function openingGuess(text: string, from: number): string[] {
  const rest = text.slice(from, from + 400)
  if (/\p{L}[.,!]?\?+(?:[\s.,;:]|$)/u.test(rest) && !/^[^?]*\p{L}\?+\s+\p{Lu}/u.test(rest)) return ['“']
  return []
}
