/**
 * quotes, apostrophe look-alikes: an acute or grave accent (or a prime)
 * typed for an apostrophe — "people´s", "Mexico´s", "O`Clock", "don´t" — a
 * keyboard habit of the source language's writers.
 *
 * How it decides: the character stands between two letters, and either the
 * letters after it are an English clitic ending the word ("´s", "´t",
 * "´ll"…) or the letters before it are one capital, an elided name prefix
 * ("O`Clock", "D´Alema").  Other uses (a transliteration such as "Ba´ath")
 * stay quiet.  Reported as information, like a quote mark typed for an
 * apostrophe, fixed to the document's apostrophe style.  Masked syntax
 * (Markdown code spans) is never looked at.
 */
import {APOSTROPHE_LOOKALIKES, APOSTROPHE_OF_STYLE, CLITICS, QUOTE_MARKS} from '../data/quotes.js'
import type {DocumentIndex} from '../support/document.js'
import type {Severity} from '../support/rule.js'
import {LETTER, UPPER} from '../support/text.js'
import {newRec, type Emit, type Styles} from './marks.js'

const LOOKALIKE = /[\u00B4`\u2032]/g

export function lookalikes(index: DocumentIndex, styles: Styles, emit: Emit, minor: Severity): void {
  const fix = APOSTROPHE_OF_STYLE[styles.apostrophe]
  const level: Severity = minor === 'warning' ? 'info' : minor
  for (const p of index.paragraphs) {
    const t = p.masked
    LOOKALIKE.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = LOOKALIKE.exec(t)) !== null) {
      const i = m.index
      if (!LETTER.test(t[i - 1] ?? '') || !LETTER.test(t[i + 1] ?? '')) continue
      let j = i + 1
      while (j < t.length && j - i <= 3 && LETTER.test(t[j])) j++
      const clitic = !LETTER.test(t[j] ?? '') && CLITICS.has(t.slice(i + 1, j).toLowerCase())
      const prefix = UPPER.test(t[i - 1]) && !LETTER.test(t[i - 2] ?? '') && UPPER.test(t[i + 1])
      if (!clitic && !prefix) continue
      const rec = newRec(p, i, m[0], QUOTE_MARKS.get("'")!, 'inner', 'apostrophe')
      emit(rec, i, i + 1, `${APOSTROPHE_LOOKALIKES.get(m[0])} ${m[0]} typed for an apostrophe: use ${fix}`.replace(/^./, (c) => c.toUpperCase()), [fix], level, true)
    }
  }
}
