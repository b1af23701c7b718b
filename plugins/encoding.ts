/**
 * encoding: text damaged by a character-set mix-up on its way to the desk.
 *
 * - Mojibake: UTF-8 read as Windows-1252, Latin-1, Mac Roman or code page
 *   437 ("â€™", "â€œ", "Ã©", "Ã±", "Â£", "‚Äô", "ÃƒÂ©" when done twice), found
 *   with the table of `data/encoding-mojibake.ts` (longest form first);
 *   adjacent forms are one finding; the fix is the decoded text.  Emoji
 *   ("ðŸ˜€") are decoded byte by byte.
 * - Remnants whose second byte was dropped or turned into a space: a stray
 *   "Â" (the lead byte of a non-breaking space), "Ã" before a lower-case
 *   letter or a space ("Ãlvaro", "voilÃ "), "â€" with nothing after it (the
 *   closing quote, whose last byte Windows-1252 does not define).
 * - C1 control characters (U+0080–U+009F): Windows-1252 text read as
 *   Latin-1; the fix is the Windows-1252 character (U+0092 → ’).
 * - U+FFFD, the replacement character: always an error.
 * - "?" standing for a lost character, only where a real question mark
 *   cannot be: inside a word ("Espa?a", "Syria?s"), between a lower-case word
 *   and a capitalised one with no space ("on?Monday", "the?EU") unless the
 *   sentence is a question, glued to the start of a word after a space
 *   ("talks ??with"; its closing "?" too when the pair is plain: "said ?no
 *   deal? and"), alone between words ("talks ? with"), inside numbers
 *   ("5?000", "COVID?19"), or at the end of an unknown word whose accented
 *   form is English or used in the same document ("Bogot?").  Real questions
 *   ("Why?", "he asked?"), "?!" and URLs (masked as syntax, and any token with
 *   "/", "=", "&") are left alone.
 *
 * The fix for a lost character is guessed from the same document (the word
 * written correctly elsewhere: "Bogotá"), from the lexicon (an accented
 * letter that makes an English or dictionary word: "caf?" → "café"), or from
 * the shape (an apostrophe before "s", "t", "ll" …).  Guesses are offered,
 * not applied; only decodings that are certain carry an automatic fix.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {WINDOWS_1252_80_9F, windows1252Byte} from './data/encoding-codepages.js'
import {ACCENTED_BY_BASE, CONTRACTION_SUFFIXES, ELISION_PREFIXES, QUESTION_STARTERS} from './data/encoding-letters.js'
import {LOST_BYTE_CANDIDATES, mojibakeTable} from './data/encoding-mojibake.js'
import {FUNCTION_WORDS} from './data/english-words.js'
import {cached, getIndex, MASK, type DocumentIndex, type ParagraphInfo} from './support/document.js'
import {isKnownToken} from './support/lexicon.js'
import {reportText, ruleUrl, severityOf, type RuleMeta, type RuleOptions, type Severity} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'encoding',
  description: 'Mojibake ("â€™", "Ã©"), U+FFFD and "?" standing for a lost character.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('encoding'),
  examples: {
    ok: [
      'Why? Nobody knew. “Will it hold?” he asked?! Then he left.',
      'See https://example.com/search?q=vote&lang=en for the results.',
      'The São Paulo and Bogotá offices of Nestlé reported to Zürich.',
      'ÂGE TENDRE and NÃO were the titles; Ângela Merkel spoke.',
      'Was it fair?No, said the coach.',
      'The U.S. team won 6-1, 4-6 at 10.30pm, the ’90s style.'
    ],
    notOk: [
      {text: 'The minister said it wasnâ€™t over.', line: 1, column: 26, actual: 'â€™', fix: '’'},
      {text: 'The talks in BogotÃ¡ ended.', line: 1, column: 19, actual: 'Ã¡', fix: 'á'},
      {text: 'Prices rose by Â£5 on Monday.', line: 1, column: 16, actual: 'Â£', fix: '£'},
      {text: 'He said: â€œWe will stay.â€\u009d', line: 1, column: 10, actual: 'â€œ', fix: '“', also: [{line: 1, column: 26, actual: 'â€\u009d', fix: '”'}]},
      {text: 'The vote in Espa\ufffda was close.', line: 1, column: 17, actual: '\ufffd'},
      {text: 'The talks resumed on?Monday in Geneva.', line: 1, column: 21, actual: '?', fix: ' '},
      {text: 'Ministers met the?EU envoy.', line: 1, column: 18, actual: '?', fix: ' '},
      {text: 'The talks ??with the rebels failed.', line: 1, column: 11, actual: '??'},
      {text: 'The country?s leaders met.', line: 1, column: 12, actual: '?', fix: '’'},
      {text: 'The price was\u0092s fault.', line: 1, column: 14, actual: '\u0092', fix: '’'}
    ]
  }
}

/** Marks that may follow an all-capitals word ending in "Ã", "Ä", "Å" … in real text. */
const CLOSERS: ReadonlySet<string> = new Set(['”', '’', '“', '‘', '»', '«', '›', '‹', '…', '–', '—', '·', '\u00a0'])

/** Mac Roman leads that are also maths signs written before a symbol and a number: "≈£5", "√π". */
const MATH_LEADS: ReadonlySet<string> = new Set(['≈', '√'])

const LETTER = /\p{L}/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const DIGIT = /\d/
const SPACE = /\s/

const isLetter = (c: string | undefined): boolean => c !== undefined && c !== '' && LETTER.test(c)
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== '' && UPPER.test(c)
const isLower = (c: string | undefined): boolean => c !== undefined && c !== '' && LOWER.test(c)
const isDigit = (c: string | undefined): boolean => c !== undefined && c !== '' && DIGIT.test(c)
const isSpace = (c: string | undefined): boolean => c !== undefined && c !== '' && SPACE.test(c)

/** Longest stretch looked at around a lost character (a word, a URL-like token). */
const REACH = 60

interface Hit {
  start: number
  end: number
  reason: string
  expected?: string[]
  safe: boolean
  /** A guess rather than a certainty: reported one level lower than the rule. */
  soft?: boolean
}

interface Context {
  index: DocumentIndex
  paragraph: ParagraphInfo
  text: string
  /** A lost opening quote was found in this paragraph and not yet closed. */
  openQuote: boolean
}

export default function encoding(options: RuleOptions = {}) {
  const severity = severityOf(meta, options)
  const softSeverity: Severity = severity === 'error' ? 'warn' : severity

  return (tree: Root, file: VFile): void => {
    const index = getIndex(tree, file)
    for (const paragraph of index.paragraphs) {
      const ctx: Context = {index, paragraph, text: paragraph.masked, openQuote: false}
      for (const hit of scan(ctx)) {
        reportText(file, index, meta, hit.soft ? softSeverity : severity, paragraph, hit.start, hit.end, {
          reason: hit.reason,
          expected: hit.expected,
          safe: hit.safe
        })
      }
    }
  }
}

/** All findings of one paragraph, left to right, not overlapping. */
function scan(ctx: Context): Hit[] {
  const text = ctx.text
  const hits: Hit[] = []
  const table = mojibakeTable()
  // Every mojibake lead is outside ASCII (tested), so plain ASCII other than
  // "?" is skipped without a table look-up.
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code < 0x80 && code !== 63) {
      i++
      continue
    }
    const c = text[i]

    // Mojibake forms (a run of adjacent ones is one finding).
    if (table.leads.has(c) || c === 'ð') {
      let end = i
      let decoded = ''
      for (;;) {
        const m = matchForm(text, end)
        if (!m) break
        decoded += m.fix
        end = m.end
      }
      if (end > i) {
        hits.push({
          start: i,
          end,
          reason: `Mojibake “${text.slice(i, end)}”: UTF-8 read with the wrong character set; ${
            decoded === '' ? 'it stands for an invisible character (delete it)' : `it stands for “${printable(decoded)}”`
          }`,
          expected: [decoded],
          safe: true
        })
        i = end
        continue
      }
      const stray = strayLead(ctx, i)
      if (stray) {
        hits.push(stray)
        i = stray.end
        continue
      }
    }

    // C1 control characters: Windows-1252 text read as Latin-1.
    if (code >= 0x80 && code <= 0x9f) {
      const mapped = WINDOWS_1252_80_9F[code - 0x80]
      const known = mapped !== c
      hits.push({
        start: i,
        end: i + 1,
        reason: known
          ? `Control character U+00${code.toString(16).toUpperCase()}: Windows-1252 text read as Latin-1; it stands for “${mapped}”`
          : `Control character U+00${code.toString(16).toUpperCase()} (an undefined byte of a mis-read encoding)`,
        expected: [known ? mapped : ''],
        safe: known
      })
      i++
      continue
    }

    // Lost characters: U+FFFD and "?".
    if (c === '\ufffd' || c === '?') {
      let end = i + 1
      while (end < text.length && text[end] === c) end++
      const hit = c === '\ufffd' ? lostReplacement(ctx, i, end) : lostQuestionMark(ctx, i, end)
      if (hit) hits.push(hit)
      i = end
      continue
    }
    i++
  }
  return hits
}

/** The longest table form (or a garbled emoji) at `at`, unless the context says it is real text. */
function matchForm(text: string, at: number): {end: number; fix: string} | undefined {
  const table = mojibakeTable()
  const c = text[at]
  if (c === undefined) return undefined
  if (c === 'ð') {
    const emoji = garbledEmoji(text, at)
    if (emoji) return emoji
  }
  if (!table.leads.has(c)) return undefined
  const longest = Math.min(table.maxLength, text.length - at)
  for (let len = longest; len >= 2; len--) {
    const form = text.slice(at, at + len)
    const fix = table.forms.get(form)
    if (fix === undefined) continue
    // An all-capitals word ending in an accented capital before a quote or
    // other sign ("HÄ”", "PRÊT»"): real text, not a two-byte form.
    if (
      len === 2 &&
      CLOSERS.has(form[1]) &&
      isUpper(text[at - 1]) &&
      (form[1] === '\u00a0' || !isLetter(text[at + 2]))
    ) {
      continue
    }
    if (len === 2 && MATH_LEADS.has(c) && !isLetter(text[at - 1]) && !isLetter(text[at + 2])) {
      continue
    }
    return {end: at + len, fix}
  }
  return undefined
}

const utf8 = new TextDecoder('utf-8', {fatal: true})

/** "ðŸ˜€": the four bytes of an emoji (U+1F000 and up) read as Windows-1252 or Latin-1. */
function garbledEmoji(text: string, at: number): {end: number; fix: string} | undefined {
  if (text.length < at + 4) return undefined
  const bytes = new Uint8Array(4)
  for (let k = 0; k < 4; k++) {
    const b = byteOf(text[at + k])
    if (b < 0 || (k > 0 && (b < 0x80 || b > 0xbf))) return undefined
    bytes[k] = b
  }
  if (bytes[0] !== 0xf0 || bytes[1] !== 0x9f) return undefined
  try {
    return {end: at + 4, fix: utf8.decode(bytes)}
  } catch {
    return undefined
  }
}

/** The byte a mis-read character came from (Windows-1252, or Latin-1 for C1 controls). */
function byteOf(ch: string): number {
  const code = ch.charCodeAt(0)
  if (code >= 0x80 && code <= 0x9f) return code
  return windows1252Byte(ch)
}

/** A lead character left over after its continuation byte was lost: "Â", "Ã", "â€". */
function strayLead(ctx: Context, i: number): Hit | undefined {
  const text = ctx.text
  const c = text[i]
  const prev = text[i - 1]
  const next = text[i + 1]

  if (c === 'Â') {
    if (isLetter(next)) {
      // "Âge", "Ângela", "ROMÂNIA" are real; after a lower-case letter it is not.
      if (!isLower(prev)) return undefined
      const left = wordBefore(text, i)
      const right = wordAfter(text, i + 1)
      // A soft hyphen (C2 AD) dropped: "inforÂmation"; else a non-breaking space.
      const fix = isKnownToken(left + right) ? '' : ' '
      return {
        start: i,
        end: i + 1,
        reason: 'Stray “Â”: the first byte of a non-breaking space or soft hyphen read as Windows-1252',
        expected: fix === '' ? ['', ' '] : [' ', ''],
        safe: false
      }
    }
    if (next === undefined || isSpace(next)) {
      // "end. Â Next": the pair stood for one non-breaking space after a space.
      const withSpace = (prev === undefined || isSpace(prev)) && next !== undefined
      return {
        start: i,
        end: withSpace ? i + 2 : i + 1,
        reason: 'Stray “Â”: the first byte of a non-breaking space read as Windows-1252',
        expected: [''],
        safe: true
      }
    }
    if (next === MASK) return undefined
    return {
      start: i,
      end: i + 1,
      reason: 'Stray “Â”: the first byte of a UTF-8 character read as Windows-1252',
      expected: [''],
      safe: true
    }
  }

  if (c === 'Ã') {
    if (next === '?' || next === '\ufffd') {
      return {
        start: i,
        end: i + 2,
        reason: `Mojibake “${text.slice(i, i + 2)}”: an accented capital whose second byte was lost`,
        expected: [...LOST_BYTE_CANDIDATES['Ã']],
        safe: false
      }
    }
    if (next === ' ' && !isUpper(prev) && !isDigit(prev)) {
      // "voilÃ ", "Ã la": "à" (C3 A0) whose second byte, a non-breaking space, became a space.
      return {
        start: i,
        end: i + 1,
        reason: 'Mojibake “Ã”: “à” whose second byte became a space',
        expected: ['à'],
        safe: false
      }
    }
    if (isLetter(next) && (isLower(next) || isLower(prev))) {
      return {
        start: i,
        end: i + 1,
        reason: 'Mojibake “Ã”: an accented capital whose second byte was lost',
        expected: [...LOST_BYTE_CANDIDATES['Ã']],
        safe: false
      }
    }
    return undefined
  }

  if (c === 'â' && next === '€') {
    // The closing quote "”" is E2 80 9D; 0x9D is undefined in Windows-1252 and
    // often dropped or replaced by U+FFFD.
    return {
      start: i,
      end: text[i + 2] === '\ufffd' ? i + 3 : i + 2,
      reason: 'Mojibake “â€”: a UTF-8 quotation mark or dash read as Windows-1252, last byte lost',
      expected: [...LOST_BYTE_CANDIDATES['â€']],
      safe: false
    }
  }
  return undefined
}

/** U+FFFD: always an error; the character is guessed where possible. */
function lostReplacement(ctx: Context, start: number, end: number): Hit {
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
function lostQuestionMark(ctx: Context, start: number, end: number): Hit | undefined {
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

function wordBefore(text: string, at: number): string {
  let s = at
  while (s > 0 && at - s < REACH && isLetter(text[s - 1])) s--
  return text.slice(s, at)
}

function wordAfter(text: string, at: number): string {
  let e = at
  while (e < text.length && e - at < REACH && isLetter(text[e])) e++
  return text.slice(at, e)
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

interface Guess {
  candidates: string[]
  sure: boolean
  /** The candidates are letters (not an apostrophe, space or hyphen). */
  letter: boolean
  fromDocument: boolean
  what: string
}

/** What a lost character inside or at the edge of a word stood for. */
function guessInWord(ctx: Context, start: number, end: number): Guess {
  const text = ctx.text
  const left = wordBefore(text, start)
  const right = wordAfter(text, end)
  const none: Guess = {candidates: [], sure: false, letter: false, fromDocument: false, what: 'a character'}

  // The same word written correctly elsewhere in the document.
  const fromDoc = documentShapes(ctx.index).get(shapeKey(left, right))
  if (fromDoc && fromDoc.size > 0) {
    const chars = [...fromDoc]
    return {candidates: chars, sure: chars.length === 1, letter: true, fromDocument: true, what: 'an accented letter'}
  }

  // An apostrophe: "country?s", "don?t", "we?ll" (unless an accent makes a word: "Jes?s").
  const lexical = left.length + right.length >= 2 ? accentCandidates(left, right) : []
  const suffix = right.toLowerCase()
  if (left.length > 0 && CONTRACTION_SUFFIXES.has(suffix)) {
    if (lexical.length === 0 || isKnownToken(left) || (suffix === 't' && /n$/i.test(left))) {
      return {candidates: [apostrophe(ctx)], sure: true, letter: false, fromDocument: false, what: 'an apostrophe'}
    }
  }
  if (lexical.length > 0) {
    return {candidates: lexical, sure: false, letter: true, fromDocument: false, what: 'an accented letter'}
  }
  // Two words joined by a lost non-breaking hyphen or space: "well?known", "talks?with".
  if (left.length >= 2 && right.length >= 2 && isKnownToken(left) && isKnownToken(right)) {
    const candidates = FUNCTION_WORDS.has(right.toLowerCase()) || FUNCTION_WORDS.has(left.toLowerCase()) ? [' ', '-'] : ['-', ' ']
    return {candidates, sure: false, letter: false, fromDocument: false, what: 'a hyphen or space'}
  }
  return {...none, what: left && right ? 'a letter' : 'a character'}
}

/** Accented letters that make `left + letter + right` an English or dictionary word. */
function accentCandidates(left: string, right: string): string[] {
  const l = fold(left)
  const r = fold(right)
  if (!/^[a-z]*$/i.test(l + r)) return []
  const out: string[] = []
  for (const base of Object.keys(ACCENTED_BY_BASE)) {
    if (!isKnownToken(l + base + r)) continue
    let letters = [...ACCENTED_BY_BASE[base]]
    // Portuguese "ão", "ãe", "õe": the tilde before o/e.
    if (base === 'a' && /^[oe]/i.test(right)) letters = ['ã', ...letters.filter((x) => x !== 'ã')]
    if (base === 'o' && /^e/i.test(right)) letters = ['õ', ...letters.filter((x) => x !== 'õ')]
    // A lost first letter: names are capitalised ("?lvaro" → "Álvaro").
    const upper = left.length === 0
    const allCaps = left.length + right.length > 1 && (left + right) === (left + right).toUpperCase()
    for (const x of letters) out.push(upper || allCaps ? x.toUpperCase() : x)
  }
  return out.slice(0, 4)
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss')
}

function shapeKey(left: string, right: string): string {
  return left.toLowerCase() + '\u0000' + right.toLowerCase()
}

/** Words of the document with a non-ASCII letter, by their shape with that letter left out. */
function documentShapes(index: DocumentIndex): Map<string, Set<string>> {
  return cached(index, 'encoding:shapes', () => {
    const map = new Map<string, Set<string>>()
    for (const word of index.counts.keys()) {
      if (word.length > 40 || !/[^\x00-\x7f]/.test(word)) continue
      for (let k = 0; k < word.length; k++) {
        const ch = word[k]
        if (ch.charCodeAt(0) < 0x80 || !LETTER.test(ch)) continue
        const key = shapeKey(word.slice(0, k), word.slice(k + 1))
        let set = map.get(key)
        if (!set) map.set(key, (set = new Set()))
        set.add(ch)
      }
    }
    return map
  })
}

/** The document's apostrophe: "’" unless straight ones are more common. */
function apostrophe(ctx: Context): string {
  return cached(ctx.index, 'encoding:apostrophe', () => {
    const v = ctx.index.value
    let curly = 0
    let straight = 0
    for (let k = 1; k < v.length - 1; k++) {
      const ch = v[k]
      if (ch !== '’' && ch !== "'") continue
      if (!isLetter(v[k - 1]) || !isLetter(v[k + 1])) continue
      if (ch === '’') curly++
      else straight++
    }
    return straight > curly ? "'" : '’'
  })
}

function printable(s: string): string {
  return s.replace(/[\u00a0\u2000-\u200d\u202f\u2060\ufeff]/g, (ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}
