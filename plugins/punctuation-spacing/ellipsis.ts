/**
 * punctuation-spacing, an ellipsis closed up between words: "our own
 * children…who came", "has arrived”…’BTS’" — news style spaces an ellipsis
 * that stands for words left out ("children … who"); closed up, the two
 * words (or quotations) read as one.
 *
 * How it decides: the ellipsis character "…" with a word (perhaps behind a
 * quote mark) right before it and right after it, on a line of prose (URLs
 * and other syntax are masked).  Three full stops closed up ("crisis...only")
 * are left alone: that is a house style of edited copy (the BBC's, in our
 * clean news), while the single character glued between words comes from
 * the source's typesetting.  Information: a closed-up ellipsis breaks
 * nothing.
 */
import {LETTER} from '../support/text.js'
import type {Check} from './context.js'

const ELLIPSIS = /\u2026/g

/** Quote marks (or letters) that may stand next to a closed-up ellipsis. */
const QUOTE_SIDE = /["'“”‘’]/

export function checkEllipsis({index, emit}: Check): void {
  for (const p of index.paragraphs) {
    const t = p.masked
    ELLIPSIS.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = ELLIPSIS.exec(t)) !== null) {
      const start = m.index
      const end = start + m[0].length
      // A word on each side, perhaps behind a quote mark ("arrived”…’BTS’"); a lone letter is an
      // initial or a cut word ("J…", "b...d"), not a word.
      const left = LETTER.test(t[start - 1] ?? '') ? start - 1 : QUOTE_SIDE.test(t[start - 1] ?? '') ? start - 2 : -1
      const right = LETTER.test(t[end] ?? '') ? end : QUOTE_SIDE.test(t[end] ?? '') ? end + 1 : -1
      if (left < 1 || right < 0 || !LETTER.test(t[left] ?? '') || !LETTER.test(t[left - 1] ?? '') || !LETTER.test(t[right] ?? '') || !LETTER.test(t[right + 1] ?? '')) continue
      emit(p, {start, end, reason: `Ellipsis closed up between words: space it, “ ${m[0]} ”`, expected: [` ${m[0]} `], certainty: 'look'})
    }
  }
}
