/**
 * quotes, a single quotation opened with the closing mark: "has arrived
 * ’BTS’, the", "the ’Golden Boot’ went" — the right single mark ’ typed (or
 * autocorrected) where the left one ‘ opens the quotation.
 *
 * How it decides: a ’ at the start of a word (after a space, an opening
 * bracket, a dash, an ellipsis or another quote mark) and a ’ closing the
 * same stretch of one to six words within the line: after a letter other
 * than a plural's lower-case "s" ("the players’ union" is a possessive),
 * before a space, punctuation or the end.  Not an elided start: a first
 * word of two letters or more that is no elision ("’tis", "’n’", "’em",
 * "’cause", "’til": plugins/data/quotes.ts ELISIONS and the autocorrect
 * elisions below), not a year ("’90s": a digit).  The pairing
 * (pairing.ts) never sees it: a ’ with nothing open is an apostrophe there.
 * Straight quotes are never looked at ('BTS' is right).  Masked syntax is
 * skipped.  Reported one level softer than the rule (the quotation reads
 * right; its first mark has the wrong glyph), fixed to ‘.
 */
import {ELISIONS, QUOTE_MARKS} from '../data/quotes.js'
import type {DocumentIndex} from '../support/document.js'
import type {Severity} from '../support/rule.js'
import {LETTER, LETTER_OR_NUMBER} from '../support/text.js'
import {newRec, type Emit} from './marks.js'

const RIGHT_SINGLE = /\u2019/g

/** Characters after which a ’ stands at the start of a word. */
const WORD_START_BEFORE = /[\s([{\u2013\u2014\u2026"“”‘’]/

/**
 * Elided starts that autocorrect types with ’ and that may be followed by a
 * ’ later in the line ("’cause the players’ union"): never a quotation here.
 * Source: Chicago Manual of Style 6.117 and the OED's apostrophe headwords.
 */
const ELIDED_STARTS: ReadonlySet<string> = new Set(['em', 'cause', 'cos', 'til', 'bout', 'round', 'nother', 'cept', 'fore', 'neath', 'nuff', 'kay', 'twixt'])

/** At most this many characters between the two marks. */
const MAX_SPAN = 60

export function reversedSingles(index: DocumentIndex, emit: Emit, minor: Severity): void {
  for (const p of index.paragraphs) {
    const t = p.masked
    RIGHT_SINGLE.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = RIGHT_SINGLE.exec(t)) !== null) {
      const i = m.index
      if (i > 0 && !WORD_START_BEFORE.test(t[i - 1])) continue
      if (!LETTER.test(t[i + 1] ?? '')) continue
      let w = i + 1
      while (w < t.length && LETTER.test(t[w])) w++
      const first = t.slice(i + 1, w).toLowerCase()
      if (first.length < 2 || ELISIONS.has(first) || ELIDED_STARTS.has(first)) continue
      // The closing ’ of the same stretch: after a letter, before no letter or digit, within the line.
      let words = 1
      let close = -1
      for (let k = i + 1; k < t.length && k - i <= MAX_SPAN; k++) {
        const c = t[k]
        if (c === '\n' || c === '\u2018') break
        if (c === ' ' && ++words > 6) break
        if (c !== '\u2019') continue
        if (LETTER_OR_NUMBER.test(t[k + 1] ?? '')) continue // "it’s" inside the stretch
        if (LETTER.test(t[k - 1]) && t[k - 1] !== 's') close = k
        break
      }
      if (close < 0) continue
      const rec = newRec(p, i, m[0], QUOTE_MARKS.get('\u2018')!, 'open', 'open')
      emit(rec, i, i + 1, 'Single quotation opened with the closing mark ’: use ‘', ['\u2018'], minor, true)
      RIGHT_SINGLE.lastIndex = close + 1
    }
  }
}
