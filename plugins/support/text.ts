/**
 * The text toolkit rules share: named character classes (one meaning per
 * name), code-point tests, and lazily built tables.
 *
 * Names say exactly what they match, so two rules never mean different
 * things by one name: `INLINE_SPACE` is the space between words on a line,
 * `WHITE_SPACE` is JavaScript's `\s` (line breaks included).
 */

/** A letter of any script. */
export const LETTER = /\p{L}/u
/** An upper-case letter of any script. */
export const UPPER = /\p{Lu}/u
/** A lower-case letter of any script. */
export const LOWER = /\p{Ll}/u
/** A letter or a number of any script. */
export const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u
/** A number character of any script (digits, superscripts, fractions …). */
export const NUMBER = /\p{N}/u
/** An ASCII digit. */
export const ASCII_DIGIT = /[0-9]/
/** Space between words on one line: space, tab, no-break space. */
export const INLINE_SPACE = /[ \t\u00a0]/
/** JavaScript white space, line breaks included. */
export const WHITE_SPACE = /\s/
/** Apostrophes: straight and typographic. */
export const APOSTROPHE = /[’']/

/** Whether a UTF-16 code unit is an ASCII letter. */
export function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Whether a UTF-16 code unit is an ASCII digit. */
export function isAsciiDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/**
 * A value built on first use and kept for the process: tables, tries and
 * indexes a rule needs only when a document reaches it.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined
  let built = false
  return () => {
    if (!built) {
      value = build()
      built = true
    }
    return value as T
  }
}

/**
 * The "candidates, then evidence" pattern: scan the document for
 * candidates, gather evidence over all of them (and the document), then
 * judge each candidate with it.  Most documents have no candidate, so the
 * evidence is only computed when there is one.
 */
export function judgeWithEvidence<C, E>(candidates: readonly C[], evidence: (all: readonly C[]) => E, judge: (candidate: C, evidence: E) => void): void {
  if (candidates.length === 0) return
  const e = evidence(candidates)
  for (const c of candidates) judge(c, e)
}

// ---------------------------------------------------------------------------
// Word shapes and marks (added with stray-fragment, untranslated, spelling,
// merged-words, repeated-words, terminal-punctuation, punctuation-spacing on
// defineRule).  Anchored patterns test a whole string or its first character;
// `…_ALL` patterns are global, for `replace` only (a global pattern's `test`
// keeps state between calls).

/** The string starts with an upper-case letter of any script. */
export const UPPER_START = /^\p{Lu}/u
/** The string starts with a lower-case letter of any script. */
export const LOWER_START = /^\p{Ll}/u
/** The string is letters of any script only (one at least). */
export const LETTERS_ONLY = /^\p{L}+$/u
/** The string is lower-case letters of any script only (one at least). */
export const LOWER_ONLY = /^\p{Ll}+$/u
/** An ASCII capital letter A–Z. */
export const ASCII_UPPER = /[A-Z]/
/** A character outside ASCII. */
export const NON_ASCII = /[^\x00-\x7f]/
/**
 * The marks written for an apostrophe besides the straight one: right and
 * left single quotation marks, modifier letter apostrophe, backtick, acute
 * accent (’ ‘ ʼ ` ´).
 */
export const APOSTROPHE_MARK = /[’‘ʼ`´]/
/** `APOSTROPHE_MARK`, global: for `replace` only. */
export const APOSTROPHE_MARK_ALL = /[’‘ʼ`´]/g
/** The straight apostrophe or one of the `APOSTROPHE_MARK`s (' ’ ‘ ʼ ` ´). */
export const ANY_APOSTROPHE = /['’‘ʼ`´]/
/**
 * Marks folded to an apostrophe in word look-ups: right and left single
 * quotation marks, modifier letter apostrophe, prime, backtick (’ ‘ ʼ ′ `;
 * unlike `APOSTROPHE_MARK`, the prime and not the acute accent).  Global:
 * for `replace` only.
 */
export const APOSTROPHE_OR_PRIME_ALL = /[’‘ʼ′`]/g
/** The Unicode hyphen and non-breaking hyphen (U+2010, U+2011), global: for `replace` only. */
export const UNICODE_HYPHEN_ALL = /[‐‑]/g

// ---------------------------------------------------------------------------
// Classes of single UTF-16 code units, as bits: hot loops test a bit of a
// table instead of running a regular expression per character.  Each code
// unit is worked out once per process, on first sight, with the patterns
// above; a lone surrogate is in no class.

/** `WHITE_SPACE` (`\s`). */
export const CODE_WHITE_SPACE = 2
/** `LETTER_OR_NUMBER`. */
export const CODE_LETTER_OR_NUMBER = 4
/** `LETTER`. */
export const CODE_LETTER = 8
/** `LOWER`. */
export const CODE_LOWER = 16
/** `UPPER`. */
export const CODE_UPPER = 32
/** `NUMBER`. */
export const CODE_NUMBER = 64
const CODE_DONE = 1
const codeClasses = new Uint8Array(65536)

/** The class bits of a UTF-16 code unit (`CODE_…`). */
export function codeClass(code: number): number {
  let v = codeClasses[code]
  if (v === 0) {
    const c = String.fromCharCode(code)
    v =
      CODE_DONE |
      (WHITE_SPACE.test(c) ? CODE_WHITE_SPACE : 0) |
      (LETTER_OR_NUMBER.test(c) ? CODE_LETTER_OR_NUMBER : 0) |
      (LETTER.test(c) ? CODE_LETTER : 0) |
      (LOWER.test(c) ? CODE_LOWER : 0) |
      (UPPER.test(c) ? CODE_UPPER : 0) |
      (NUMBER.test(c) ? CODE_NUMBER : 0)
    codeClasses[code] = v
  }
  return v
}

/** The code unit at `i` of `s` is in one of the classes `bits` (false out of range). */
export function isCodeClassAt(s: string, i: number, bits: number): boolean {
  return i >= 0 && i < s.length && (codeClass(s.charCodeAt(i)) & bits) !== 0
}
