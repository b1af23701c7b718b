/**
 * quotes, an apostrophe typed for a plural of a people: "All Thai’s to bury
 * the hatchet", "many Filipino's are": the plural of a demonym takes no
 * apostrophe ("Thais", "Filipinos").  Machine translation from languages
 * without a plural mark, and writers, put one in.
 *
 * How it decides: a quantifier ("all", "many", "most", "some", "several",
 * "both", "fellow", "thousands of" …) before a capitalised demonym (the
 * country and nationality words of data/acronym-words.ts, sourced from CLDR
 * and Wikipedia's list of demonyms) with ’s or 's, before a verb or "to"
 * ("are", "were", "have", "to", "who" …): a plural, not a possessive ("all
 * Britain's children" has a noun after it).  A warning, fixed to the plural
 * (no "s" after -ese, -ish, -ch, -ss: "all Chinese").
 */
import {ENGLISH_ACRONYM_PLACES, KEEPING_PLACES} from '../data/acronym-words.js'
import type {DocumentIndex, ParagraphInfo} from '../support/document.js'

const QUANTIFIER = /(?:^|[^\p{L}])(?:[Aa]ll|[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|[Bb]oth|[Ff]ellow|[Tt]housands of|[Mm]illions of|[Hh]undreds of) $/u
const FOLLOWER = /^(?:to|are|were|have|had|who|will|would|should|must|can|could|do|did)(?![\p{L}])/u

export type PluralReport = (p: ParagraphInfo, start: number, end: number, reason: string, expected: string) => void

export function apostrophePlurals(index: DocumentIndex, report: PluralReport): void {
  for (const p of index.paragraphs) {
    const text = p.masked
    // Each "’s " / "'s ": the word before it, the quantifier before that, the verb after.
    for (const mark of ['’s ', "'s "]) {
      let at = text.indexOf(mark)
      while (at >= 0) {
        check(p, text, at, mark, report)
        at = text.indexOf(mark, at + 3)
      }
    }
  }
}

/** A lower-case letter: ASCII by code, others by the Unicode property. */
function lowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c >= 97 && c <= 122) return true
  return c > 127 && /\p{Ll}/u.test(text[i])
}

function check(p: ParagraphInfo, text: string, at: number, mark: string, report: PluralReport): void {
  // The verb after it first (most possessives have a noun there), then the word before it.
  if (!FOLLOWER.test(text.slice(at + 3, at + 12))) return
  let start = at
  while (start > 0 && lowerAt(text, start - 1)) start--
  if (start === 0 || start === at || !/\p{Lu}/u.test(text[start - 1])) return
  start--
  const word = text.slice(start, at)
  const lower = word.toLowerCase()
  if (!KEEPING_PLACES.has(lower) && !ENGLISH_ACRONYM_PLACES.has(lower)) return
  const q = QUANTIFIER.exec(text.slice(Math.max(0, start - 16), start))
  if (!q) return
  const quantifier = q[0].trim().replace(/^[^\p{L}]/u, '')
  const plural = /(?:ese|ish|ch|ss)$/.test(lower) ? word : `${word}s`
  const apostrophe = mark.slice(0, 2)
  report(p, start, at + 2, `“${word}${apostrophe}” after “${quantifier}” is a plural: no apostrophe (“${plural}”)`, plural)
}
