/**
 * encoding, mojibake: UTF-8 bytes read with a single-byte code page, and the
 * C1 control characters of Windows-1252 read as Latin-1.
 *
 * How it decides:
 * - A run of garbled forms of `data/encoding-mojibake.ts` (longest form
 *   first; adjacent forms are one finding) is certain: the fix is the decoded
 *   text, applied unattended.  Two-character forms that are also real text
 *   are left alone: an all-capitals word ending in an accented capital before
 *   a closing mark ("HÄ”", "PRÊT»"), a Mac Roman lead that is a maths sign
 *   before a symbol ("≈£5", "√π").  An emoji ("ðŸ˜€") is decoded byte by byte.
 * - A lead character whose continuation byte was lost or turned into a
 *   space: a stray "Â" (of a no-break space or soft hyphen; not in "Âge",
 *   "ROMÂNIA"), "Ã" before a lower-case letter or a space ("Ãlvaro",
 *   "voilÃ "), "â€" with nothing after it (the closing quote, whose last byte
 *   Windows-1252 does not define).  Candidates are offered; only a stray "Â"
 *   before a space or a non-letter is deleted unattended.
 * - A C1 control character (U+0080–U+009F) stands for its Windows-1252
 *   character (U+0092 → ’); an undefined byte is deleted, not unattended.
 */
import {WINDOWS_1252_80_9F, windows1252Byte} from '../data/encoding-codepages.js'
import {LOST_BYTE_CANDIDATES, mojibakeTable} from '../data/encoding-mojibake.js'
import {MASK} from '../support/document.js'
import {isKnownToken} from '../support/lexicon.js'
import {isDigit, isLetter, isLower, isSpace, isUpper, wordAfter, wordBefore, type Context, type Hit} from './context.js'

/** Marks that may follow an all-capitals word ending in "Ã", "Ä", "Å" … in real text. */
const CLOSERS: ReadonlySet<string> = new Set(['”', '’', '“', '‘', '»', '«', '›', '‹', '…', '–', '—', '·', '\u00a0'])

/** Mac Roman leads that are also maths signs written before a symbol and a number: "≈£5", "√π". */
const MATH_LEADS: ReadonlySet<string> = new Set(['≈', '√'])

/** Whether a mojibake form may start with `c` (a lead of the table, or the lead of a garbled emoji). */
export function mayStartForm(c: string): boolean {
  return mojibakeTable().leads.has(c) || c === 'ð'
}

/** The run of adjacent garbled forms at `i`, as one finding. */
export function mojibakeRun(text: string, i: number): Hit | undefined {
  let end = i
  let decoded = ''
  for (;;) {
    const m = matchForm(text, end)
    if (!m) break
    decoded += m.fix
    end = m.end
  }
  if (end === i) return undefined
  return {
    start: i,
    end,
    reason: `Mojibake “${text.slice(i, end)}”: UTF-8 read with the wrong character set; ${
      decoded === '' ? 'it stands for an invisible character (delete it)' : `it stands for “${printable(decoded)}”`
    }`,
    expected: [decoded],
    safe: true
  }
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
export function strayLead(ctx: Context, i: number): Hit | undefined {
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

/** A C1 control character (`code` 0x80–0x9F) at `i`: Windows-1252 text read as Latin-1. */
export function controlCharacter(c: string, code: number, i: number): Hit {
  const mapped = WINDOWS_1252_80_9F[code - 0x80]
  const known = mapped !== c
  return {
    start: i,
    end: i + 1,
    reason: known
      ? `Control character U+00${code.toString(16).toUpperCase()}: Windows-1252 text read as Latin-1; it stands for “${mapped}”`
      : `Control character U+00${code.toString(16).toUpperCase()} (an undefined byte of a mis-read encoding)`,
    expected: [known ? mapped : ''],
    safe: known
  }
}

function printable(s: string): string {
  return s.replace(/[\u00a0\u2000-\u200d\u202f\u2060\ufeff]/g, (ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}
