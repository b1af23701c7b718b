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
