/**
 * number-format, results written the source's way: "6:1 (5:0)", "after the
 * 2:4", "Eintracht Frankfurt 2:0" (German, Russian, Italian, Polish
 * colons), "2 to 0", "by 1 to 0" (Spanish and Portuguese "2 a 0").
 *
 * How it decides: in a sports story only (three different words of match
 * reporting in the document).  "N:M" with M a single digit is no clock time
 * (minutes have two digits) and, after a team name, a result word ("won",
 * "the", "home") or before a bracketed half-time score, is a result: a
 * warning, fixed to "N-M" (not unattended: English puts the winner's score
 * first).  A ratio ("a 2:1 majority") stays alone.  "N to M" with two small
 * figures after "by", a comma or a result word and before punctuation is
 * information only ("ruled 5 to 4" is English too).
 */
import {SCORE_BEFORE} from '../data/number-format.js'
import {isPlain, plainValue, wordEndingAt, wordStartingAt, type ConventionCheck} from './conventions.js'
import {isDigit, isGroupSpace, isLetter} from './reading.js'

/** Words after "N:M" that make it a ratio or a proportion. */
const RATIO_AFTER: ReadonlySet<string> = new Set(['ratio', 'majority', 'margin', 'scale', 'split', 'odds', 'aspect', 'mix', 'zoom'])

export const scores: ConventionCheck = (a, out) => {
  const {paragraph, text, t, doc} = a
  if (!isPlain(a) || t.groups[0].length > 2) return false
  const sep = text[t.end]
  if (sep === ':') {
    const m = text[t.end + 1]
    if (!isDigit(m) || isDigit(text[t.end + 2]) || text[t.end + 2] === ':' || text[t.start - 1] === ':') return false
    if (text[t.end + 2] === '.' && isDigit(text[t.end + 3])) return false
    if (!doc.sports) return false
    const before = text[t.start - 1]
    const word = wordEndingAt(text, t.start)
    // "Eintracht Frankfurt 2:0": a capitalised name right before.
    const teamBefore = word.length > 0 && isGroupSpace(before) && isUpperAt(text, t.start - 1 - word.length)
    const halfTime = /^ ?\(\d:\d\)/.test(text.slice(t.end + 2, t.end + 9))
    const resultWord = SCORE_BEFORE.has(word)
    const halfTimeInside = before === '(' && text[t.end + 2] === ')'
    if (!(teamBefore || resultWord || halfTime || halfTimeInside)) return false
    if (RATIO_AFTER.has(wordStartingAt(text, t.end + 2))) return false
    const end = t.end + 2
    const fixed = `${t.groups[0]}-${m}`
    out.push({
      paragraph, start: t.start, end, kind: 'score', strong: true,
      expected: [fixed], safe: false,
      reason: `Result written with a colon “${text.slice(t.start, end)}”: English writes “${fixed}” (winner’s score first)`
    })
    return true
  }
  // "2 to 0", "by 1 to 0".
  if (!isGroupSpace(sep) || text.slice(t.end + 1, t.end + 4) !== 'to ' || !isDigit(text[t.end + 4])) return false
  if (isDigit(text[t.end + 5]) || plainValue(t) > 9) return false
  const after = text[t.end + 5]
  if (after !== undefined && !/[,.;:)!?”"'’]/.test(after)) return false
  if (after === '.' && isDigit(text[t.end + 6])) return false
  if (!doc.sports) return false
  const word = wordEndingAt(text, t.start)
  const lead = text[t.start - 1] === ',' || (isGroupSpace(text[t.start - 1]) && /[,“"]/.test(text[t.start - 2] ?? ''))
  if (!(word === 'by' || lead || (SCORE_BEFORE.has(word) && word !== 'the' && word !== 'a'))) return false
  const end = t.end + 5
  const fixed = `${t.groups[0]}-${text[t.end + 4]}`
  out.push({
    paragraph, start: t.start, end, kind: 'score', strong: true, severity: 'info',
    expected: [fixed], safe: false,
    reason: `Result written “${text.slice(t.start, end)}” (the source’s “${t.groups[0]} a ${text[t.end + 4]}”): English writes “${fixed}”`
  })
  return true
}

function isUpperAt(text: string, at: number): boolean {
  const c = text[at]
  return c !== undefined && isLetter(c) && c !== c.toLowerCase()
}
