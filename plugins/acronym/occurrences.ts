/**
 * acronym, the occurrences: every capitalised token that may be an acronym
 * (2–12 characters, no digit, two capitals or a form of the table with
 * fewer), the dotted "EE.UU." and "T-MEC", with the name in brackets next to
 * it and whether a weak form is guarded.
 *
 * How it decides what is no occurrence: a token glued to "&", ".", "@",
 * "#", "/", "_", "$" or a masked span, followed by ".letter", "-digit" or an
 * apostrophe and letters other than "s", after a stock exchange in brackets
 * ("(NYSE: OMC)"), a ticker ("<PBI>").  A form of the table is guarded
 * (needs more evidence) when a capitalised non-English word follows it ("ONG
 * Beng Hee"; for a weak form any capitalised word: "UE Lleida"), and a weak
 * form also inside quotes, in an all-capitals line or after a number ("300
 * BCE").  The scan jumps from one capital or non-ASCII character to the next
 * and classifies code points with a table filled on first sight.
 */
import {FOREIGN_ACRONYMS, type ForeignAcronym} from '../data/acronym-foreign.js'
import {INSTITUTION_HEADS, TRANSLATIONS} from '../data/acronym-words.js'
import {MASK, type ParagraphInfo} from '../support/document.js'
import {isCommonWord} from '../support/lexicon.js'
import {LETTER_MARK_OR_NUMBER, LOWER, NUMBER, UPPER_ONLY} from '../support/text.js'
import {isDigit, isLetter, isSpace, isUpper} from './characters.js'
import {wordsBefore, wordsOf, type XWord} from './expansion.js'
import type {Tables} from './tables.js'

export interface Occurrence {
  p: ParagraphInfo
  start: number
  end: number
  /** The acronym as written, without a plural "s". */
  token: string
  plural: boolean
  entry: ForeignAcronym | undefined
  /** The name in brackets next to it, if any. */
  name: XWord[] | undefined
  /** Weak-entry guards failed (quotes, capitals line, after a number). */
  guarded: boolean
}

const DOTTED_US = /EE(?:\. ?| )UU\.?/gu

/** Classes of the scan: in a run of letters, marks and digits; a digit (\p{N}); upper case (isUpper). */
const C_RUN = 1
const C_NUM = 2
const C_UPPER = 4
const C_KNOWN = 8

function classify(cp: number): number {
  const s = String.fromCodePoint(cp)
  return (LETTER_MARK_OR_NUMBER.test(s) ? C_RUN : 0) | (NUMBER.test(s) ? C_NUM : 0) | (isUpper(s) ? C_UPPER : 0)
}

const ASCII_CLASS = new Uint8Array(128)
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = classify(c)
/** Classes of the BMP, filled on first use (C_KNOWN once computed). */
const BMP_CLASS = new Uint8Array(0x10000)

function classOf(cp: number): number {
  if (cp > 0xffff) return classify(cp)
  let c = BMP_CLASS[cp]
  if (c === 0) {
    c = classify(cp) | C_KNOWN
    BMP_CLASS[cp] = c
  }
  return c
}

/** Where a run the scan reads may start: an ASCII capital or any non-ASCII code unit. */
const CANDIDATE_START = /[A-Z\u0080-\uffff]/g

/** Is the code point before `i` (> 0) a letter, mark or digit? */
function runCharBefore(text: string, i: number): boolean {
  const cp = text.charCodeAt(i - 1)
  if (cp < 128) return (ASCII_CLASS[cp] & C_RUN) !== 0
  if (cp >= 0xdc00 && cp <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2)
    if (hi >= 0xd800 && hi <= 0xdbff) return (classify(((hi - 0xd800) << 10) + (cp - 0xdc00) + 0x10000) & C_RUN) !== 0
  }
  return (classOf(cp) & C_RUN) !== 0
}

/** The end of the run of letters, marks and digits going on at `i`. */
function runEnd(text: string, i: number): number {
  const n = text.length
  while (i < n) {
    const cp = text.charCodeAt(i)
    if (cp < 128) {
      if ((ASCII_CLASS[cp] & C_RUN) === 0) return i
      i++
      continue
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1)
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        if ((classify(((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000) & C_RUN) === 0) return i
        i += 2
        continue
      }
    }
    if ((classOf(cp) & C_RUN) === 0) return i
    i++
  }
  return n
}

/** Quoted spans of a paragraph ("…", “…”, «…»). */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let open = -1
  // Char codes, not one-character strings: “ ” « » ".
  let closer = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (open < 0) {
      if (c === 0x201c) [open, closer] = [i, 0x201d]
      else if (c === 0xab) [open, closer] = [i, 0xbb]
      else if (c === 0x22) [open, closer] = [i, 0x22]
    } else if (c === closer) {
      spans.push([open, i])
      open = -1
    }
  }
  return spans
}

/** Is `pos` inside one of the sorted, disjoint spans (exclusive ends)? */
function insideSpan(spans: Array<[number, number]>, pos: number): boolean {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const [a, b] = spans[mid]
    if (pos <= a) hi = mid - 1
    else if (pos >= b) lo = mid + 1
    else return true
  }
  return false
}

function isShouting(text: string): boolean {
  let letters = 0
  let upper = 0
  for (const c of text) {
    if (!isLetter(c)) continue
    letters++
    if (isUpper(c)) upper++
  }
  return letters >= 12 && upper / letters > 0.7
}

/** Is the token inside brackets after a stock exchange ("(NYSE: OMC)")? */
function afterColonInBrackets(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 24; i--) {
    // Char codes, not one-character strings: ":" "(" ")" ".".
    const c = text.charCodeAt(i)
    if (c === 0x3a) return true
    if (c === 0x28 || c === 0x29 || c === 0x2e) return false
  }
  return false
}

export function scanParagraph(p: ParagraphInfo, tables: Tables, out: Occurrence[]): void {
  const text = p.masked
  let quotes: Array<[number, number]> | undefined
  let shouting: boolean | undefined
  /**
   * The next word is a name ("UE Lleida", "UE Boom", "ONG Beng Hee"), not a
   * noun of the body ("ONU Security Council").  `capitals`: weak forms, where
   * any other capitalised word counts.
   */
  const nameFollows = (end: number, capitals: boolean): boolean => {
    let k = end
    while (isSpace(text[k])) k++
    if (k === end || !isUpper(text[k] ?? '')) return false
    let e = k
    while (isLetter(text[e]) || text[e] === '-') e++
    const word = text.slice(k, e)
    if (!capitals && !LOWER.test(word)) return false
    const lower = word.toLowerCase()
    if (Object.hasOwn(TRANSLATIONS, lower) || INSTITUTION_HEADS.has(lower)) return false
    // Strong forms: only a word that is not English ("ONG Beng Hee"; not "FMI Managing Director").
    return capitals || !isCommonWord(lower)
  }
  const guardedAt = (start: number, end: number, weak: boolean): boolean => {
    if (!weak) return nameFollows(end, false)
    shouting ??= isShouting(p.text)
    if (shouting || nameFollows(end, true)) return true
    quotes ??= quotedSpans(p.text)
    if (insideSpan(quotes, start)) return true
    // After a number: "300 BCE".
    let i = start - 1
    while (i >= 0 && isSpace(text[i])) i--
    return isDigit(text[i])
  }

  const add = (start: number, end: number, token: string, plural: boolean, entry: ForeignAcronym | undefined): void => {
    const before = text[start - 1]
    const after = text[end]
    if (before !== undefined && '&.@#/\\_$'.includes(before)) return
    if (before === MASK || after === MASK) return
    if (after !== undefined && '&@_/'.includes(after)) return
    if (after === '.' && (isLetter(text[end + 1]) || isDigit(text[end + 1]))) return
    if (after === '-' && isDigit(text[end + 1])) return
    if ((after === '’' || after === "'") && isLetter(text[end + 1]) && text[end + 1] !== 's') return
    if (afterColonInBrackets(text, start)) return
    // Tickers: "<PBI>", "$OMC".
    if (before === '<' && after === '>') return
    out.push({
      p,
      start,
      end,
      token,
      plural,
      entry,
      name: nameNextTo(text, start, end),
      guarded: entry ? guardedAt(start, end, entry.level === 'weak') : false
    })
  }

  // Runs of letters, marks and digits (/[\p{L}\p{M}\p{N}]+/gu), scanned by
  // hand: 2–12 code units, an upper-case first code unit, no digit, and two
  // capitals (or one of the table's forms with fewer).  Only a capital or a
  // non-ASCII character can start such a run: the scan jumps from one to the
  // next (most words start in lower case).
  const n = text.length
  let m: RegExpExecArray | null
  let i = 0
  while (i < n) {
    CANDIDATE_START.lastIndex = i
    if (!CANDIDATE_START.test(text)) break
    i = CANDIDATE_START.lastIndex - 1
    let cp = text.charCodeAt(i)
    let w = 1
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1)
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000
        w = 2
      }
    }
    let cls = cp < 128 ? ASCII_CLASS[cp] : classOf(cp)
    if ((cls & C_RUN) === 0) {
      i += w
      continue
    }
    if (i > 0 && runCharBefore(text, i)) {
      // Inside a run that started in lower case ("iPhone").
      i = runEnd(text, i)
      continue
    }
    const start = i
    const firstUpper = w === 1 && (cls & C_UPPER) !== 0
    if (!firstUpper) {
      i = runEnd(text, i + w)
      continue
    }
    let digit = false
    let uppers = 0
    for (;;) {
      if ((cls & C_NUM) !== 0) digit = true
      if ((cls & C_UPPER) !== 0) uppers++
      i += w
      if (i >= n) break
      cp = text.charCodeAt(i)
      w = 1
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = text.charCodeAt(i + 1)
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000
          w = 2
        }
      }
      cls = cp < 128 ? ASCII_CLASS[cp] : classOf(cp)
      if ((cls & C_RUN) === 0) break
    }
    const length = i - start
    if (length < 2 || length > 12 || digit) continue
    if (uppers < 2 && !fewCapitalForm(text, start, tables.fewCapitals.get(text.charCodeAt(start) * 16 + length))) continue
    const token = text.slice(start, i)
    let entry = tables.byForm.get(token)
    let base = token
    let plural = false
    if (!entry && token.length >= 3 && token.endsWith('s')) {
      const stem = token.slice(0, -1)
      const e = tables.byForm.get(stem)
      if (e && UPPER_ONLY.test(stem)) {
        entry = e
        base = stem
        plural = true
      } else if (tables.national.has(stem) && UPPER_ONLY.test(stem)) {
        // "DNUs": a national form in the plural.
        base = stem
        plural = true
      }
    }
    if (!entry && uppers < 2 && !tables.national.has(token)) continue
    add(start, i, base, plural, entry)
  }

  // "EE.UU.", "EE. UU.", "EE UU".
  if (text.includes('EE')) {
    DOTTED_US.lastIndex = 0
    while ((m = DOTTED_US.exec(text)) !== null) {
      const start = m.index
      let end = start + m[0].length
      if (isLetter(text[start - 1]) || isLetter(text[end])) continue
      if (text[end - 1] === '.' && text[end - 2] === 'U') {
        // Keep a final full stop that may also end the sentence.
        let k = end
        while (isSpace(text[k])) k++
        if (k >= text.length || isUpper(text[k])) end--
      }
      out.push({p, start, end, token: 'EE.UU.', plural: false, entry: tables.byForm.get('EEUU'), name: undefined, guarded: false})
    }
  }
  // ".UU.", "UU.": the second half of "EE.UU." left when the first was translated ("the United States. .UU.").
  if (text.includes('UU.')) {
    let k = text.indexOf('UU.')
    while (k >= 0) {
      const from = text[k - 1] === '.' ? k - 1 : k
      const before = text[from - 1]
      // Not the second half of "EE. UU." or "EE UU.".
      let j = from - 1
      while (j >= 0 && isSpace(text[j])) j--
      if (text[j] === '.') j--
      const whole = text[j] === 'E' && text[j - 1] === 'E'
      if (!whole && !isLetter(text[k - 1]) && (before === undefined || isSpace(before)) && !isLetter(text[k + 3])) {
        out.push({p, start: from, end: k + 3, token: '.UU.', plural: false, entry: tables.byForm.get('EEUU'), name: undefined, guarded: false})
      }
      k = text.indexOf('UU.', k + 3)
    }
  }
  // "T-MEC".
  let at = text.indexOf('T-MEC')
  while (at >= 0) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + 5]) && text[at - 1] !== '-') {
      out.push({p, start: at, end: at + 5, token: 'T-MEC', plural: false, entry: FOREIGN_ACRONYMS.find((e) => e.forms.es?.includes('T-MEC')), name: undefined, guarded: false})
    }
    at = text.indexOf('T-MEC', at + 5)
  }
}

/** Is the word at `start` one of these forms (of its length)?  Compared in place: no string is made. */
function fewCapitalForm(text: string, start: number, forms: readonly string[] | undefined): boolean {
  if (!forms) return false
  for (const f of forms) if (text.startsWith(f, start)) return true
  return false
}

/** The name in brackets next to an acronym: "Name (ACR)" or "ACR (Name)". */
function nameNextTo(text: string, start: number, end: number): XWord[] | undefined {
  if (text[start - 1] === '(') {
    const after = text[end]
    if (after === ')' || after === ',' || after === ';') {
      const words = wordsBefore(text, start - 1)
      return words.length > 0 ? words : undefined
    }
    return undefined
  }
  if (text[end] === ' ' && text[end + 1] === '(' && isUpper(text[end + 2] ?? '')) {
    const inner = text.slice(end + 2, end + 162)
    const close = inner.indexOf(')')
    if (close < 0) return undefined
    const words = wordsOf(inner.slice(0, close))
    return words.length >= 2 ? words : undefined
  }
  return undefined
}
