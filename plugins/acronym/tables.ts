/**
 * acronym, the tables: the source-language forms of data/acronym-foreign.ts
 * by form, their languages, the initials of each English word's
 * translations (data/acronym-words.ts), and the significant words of each
 * entry's English name.  Built on first use, once per process.
 */
import {FOREIGN_ACRONYMS, type ForeignAcronym, type SourceLanguage} from '../data/acronym-foreign.js'
import {NATIONAL_ACRONYMS, type NationalAcronym} from '../data/acronym-national.js'
import {EXPANSION_FUNCTION_WORDS, TRANSLATIONS} from '../data/acronym-words.js'
import {lazy, LETTERS_ONLY, UPPER_ONLY} from '../support/text.js'
import {isUpper} from './characters.js'

export interface Tables {
  /** Letters-only forms ("ONU", "Otan"). */
  byForm: Map<string, ForeignAcronym>
  /** Source languages of each form. */
  languages: Map<string, SourceLanguage[]>
  /** English word → initials of its source-language equivalents. */
  initials: Map<string, string>
  /**
   * Expansion words of each entry, by its expansion (lower case, significant
   * words only).  Keyed by a string, not the entry: the table is prebuilt for
   * the CLI (plugins/support/text.ts `lazy` with a name), where only plain data
   * keeps its meaning across the serialization.
   */
  expansionWords: Map<string, string[]>
  /**
   * Tokens with fewer than two capitals that can still name an entry
   * ("Otan", "Anci"), by first code unit × 16 + length: the scan compares
   * such a word with these forms in place, without slicing it.
   */
  fewCapitals: Map<number, string[]>
  /** National bodies' forms (data/acronym-national.ts), singular. */
  national: Map<string, NationalAcronym>
  /** The English acronyms of the table's entries (IDF, IRGC, SOHR …): English forms, never a source's. */
  englishForms: Set<string>
}

/** The tables, built on first use, once per process. */
export const getTables: () => Tables = lazy(() => {
  const byForm = new Map<string, ForeignAcronym>()
  const expansionWords = new Map<string, string[]>()
  const languages = new Map<string, SourceLanguage[]>()
  for (const entry of FOREIGN_ACRONYMS) {
    for (const [lang, forms] of Object.entries(entry.forms) as Array<[SourceLanguage, readonly string[]]>) {
      for (const form of forms) {
        if (LETTERS_ONLY.test(form)) byForm.set(form, entry)
        const list = languages.get(form) ?? []
        if (!list.includes(lang)) list.push(lang)
        languages.set(form, list)
      }
    }
    expansionWords.set(
      entry.expansion,
      entry.expansion
        .toLowerCase()
        .split(/[\s’']+/u)
        .filter((w) => w.length > 0 && !EXPANSION_FUNCTION_WORDS.has(w))
    )
  }
  const englishForms = new Set<string>()
  for (const entry of FOREIGN_ACRONYMS) for (const form of entry.english) englishForms.add(form)
  const initials = new Map<string, string>()
  for (const [word, translations] of Object.entries(TRANSLATIONS)) {
    let letters = ''
    for (const t of translations.split(/\s+/u)) {
      const c = initialOf(t)
      if (c && !letters.includes(c)) letters += c
    }
    initials.set(word, letters)
  }
  const national = new Map<string, NationalAcronym>()
  for (const entry of NATIONAL_ACRONYMS) for (const form of entry.forms) national.set(form, entry)
  const fewCapitals = new Map<number, string[]>()
  for (const form of [...byForm.keys(), ...national.keys()]) {
    const forms = UPPER_ONLY.test(form) ? [form, form + 's'] : [form]
    for (const f of forms) {
      if (upperCount(f) >= 2 || f.length > 12) continue
      const gate = f.charCodeAt(0) * 16 + f.length
      const list = fewCapitals.get(gate)
      if (list) list.push(f)
      else fewCapitals.set(gate, [f])
    }
  }
  return {byForm, languages, initials, expansionWords, fewCapitals, national, englishForms}
}, {name: 'acronym/tables'})

/** Upper-case initial of a word without accents ("Énergie" → "E", "Öl" → "O"). */
export function initialOf(word: string): string {
  const first = word.normalize('NFD')[0]
  return first ? first.toUpperCase() : ''
}

/** How many upper-case letters (by the case mappings) a string holds. */
export function upperCount(s: string): number {
  let n = 0
  for (const c of s) if (isUpper(c)) n++
  return n
}
