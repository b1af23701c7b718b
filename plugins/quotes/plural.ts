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

const PLURAL = /(?<![\p{L}])(?:[Aa]ll|[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|[Bb]oth|[Ff]ellow|[Tt]housands of|[Mm]illions of|[Hh]undreds of) (\p{Lu}\p{Ll}+)([’']s) (?=(?:to|are|were|have|had|who|will|would|should|must|can|could|do|did)(?![\p{L}]))/gu

export type PluralReport = (p: ParagraphInfo, start: number, end: number, reason: string, expected: string) => void

export function apostrophePlurals(index: DocumentIndex, report: PluralReport): void {
  for (const p of index.paragraphs) {
    const text = p.masked
    if (!text.includes('’s ') && !text.includes("'s ")) continue
    PLURAL.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = PLURAL.exec(text)) !== null) {
      const word = m[1]
      const lower = word.toLowerCase()
      if (!KEEPING_PLACES.has(lower) && !ENGLISH_ACRONYM_PLACES.has(lower)) continue
      const start = m.index + m[0].length - word.length - m[2].length - 1
      const end = start + word.length + m[2].length
      const plural = /(?:ese|ish|ch|ss)$/.test(lower) ? word : `${word}s`
      report(p, start, end, `“${word}${m[2]}” after “${m[0].slice(0, m[0].length - word.length - m[2].length - 2)}” is a plural: no apostrophe (“${plural}”)`, plural)
    }
  }
}
