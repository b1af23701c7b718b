/**
 * number-format, the long-scale hint: "billion" (and "trillion") where the
 * source may have said "billón", "billion" or "Billion" (10^12).
 *
 * How it decides: only in a document that shows it was translated from a
 * long-scale language — its own decimal commas or thousands dots (the
 * format checks' strong findings), or magnitude words translated word for
 * word ("thousand million", "milliard"; data/number-format.ts) — and only
 * as information, never fixed.  "trillion" counts only with the word-for-word
 * calques.  Normal English "billion" is never flagged.
 */
import {LONG_SCALE_CALQUES, LONG_SCALE_CLUES} from '../data/number-format.js'
import {cached, type DocumentIndex} from '../support/document.js'
import type {RuleContext} from '../support/rule.js'

/** Where a word "billion(s)" or "trillion(s)" may be. */
const SCALE_WORD = /billion|trillion/i

/** Whether the document holds "billion(s)" or "trillion(s)" at all (any case, so ASCII letters). */
export function mentionsScale(index: DocumentIndex): boolean {
  return index.paragraphs.some((p) => SCALE_WORD.test(p.text))
}

/** Does the document translate magnitude words word for word ("thousand million")? */
export function longScaleCalques(index: DocumentIndex): boolean {
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
export function hintScale(index: DocumentIndex, calques: boolean, reportText: RuleContext['reportText']): void {
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
    reportText(word.paragraph, word.start, word.end, {
      reason,
      expected: billion ? [lower === 'billions' ? 'trillions' : 'trillion'] : [lower === 'trillions' ? 'quintillions' : 'quintillion'],
      safe: false,
      severity: 'info'
    })
  }
}
