/**
 * acronym, source-language acronyms the story never explains, and acronyms
 * written with letters English does not have.
 *
 * How it decides:
 * - a national body's acronym of the table (data/acronym-national.ts: PNRR,
 *   CGPJ, KPRM, DPR, TNI …) that the story never explains — no name in
 *   brackets next to any of its uses, no "(PNRR)" anywhere, not the English
 *   name in the story — in a story that names the country (its names,
 *   demonyms, capital or leaders, as the table gives them), or anywhere for
 *   a form of four letters or more that no English word or acronym of the
 *   lexicon looks like ("PNRR").  English copy spells such a name out on
 *   first use: information, on every use, with "English name (ACR)" as the
 *   candidate — also when the story names the body in English elsewhere
 *   without tying the acronym to it.  Named next to it in brackets by a
 *   title-case name that shares fewer than half its words with the English
 *   name and that its letters do not follow, it was translated word for word ("Investigation Council for
 *   Safety (OVV)" for the Dutch Safety Board): information, with the
 *   English name.
 * - an all-capitals token of two to six letters with a consonant English
 *   does not write (Đ, Ç, Ş, Ł …: "HĐND", "BÇG"; not accented vowels:
 *   "İYİ Party") that is no acronym English keeps and does not stand among
 *   other capitalised words (a name in capitals): the source language's
 *   acronym left in the copy; information.
 */
import {KEPT_ACRONYMS} from '../data/acronym-foreign.js'
import {NATIONAL_CONTEXT, type NationalAcronym} from '../data/acronym-national.js'
import type {DocumentIndex} from '../support/document.js'
import {lookup} from '../support/lexicon.js'
import {isLetter, isSpace, isUpper} from './characters.js'
import {fitsExpansion, type XWord} from './expansion.js'
import type {Occurrence} from './occurrences.js'
import type {Tables} from './tables.js'

export interface Unexplained {
  occ: Occurrence
  /** The national body, or undefined for an acronym with foreign letters. */
  entry: NationalAcronym | undefined
  /** The letters English does not write ("Đ"). */
  letters?: string
  /** The story names the body in English elsewhere without tying the acronym to it. */
  englishElsewhere?: boolean
  /** The name the story gives it, a translation its letters do not follow ("Investigation Council for Safety (OVV)"). */
  literal?: string
}

const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  es: 'Spanish', ar: 'Argentine', mx: 'Mexican', it: 'Italian', br: 'Brazilian', fr: 'French', pl: 'Polish',
  id: 'Indonesian', cz: 'Czech', nl: 'Dutch', ua: 'Ukrainian'
}

export function countryName(entry: NationalAcronym): string {
  return COUNTRY_NAMES[entry.country] ?? ''
}

/**
 * Consonants English does not write (a diacritic or a stroke): Đ, Ç, Ş, Ł,
 * Ñ, Ž, Š, Č, Ř, Ğ, Ț, Ș … — not accented vowels, which names and words in
 * capitals carry ("İYİ Party", "FPÖ").
 */
const FOREIGN_CONSONANT = /[ÇÐÑĆĈĊČĎĐĜĞĠĢĤĦĴĶĹĻĽĿŁŃŅŇŔŖŘŚŜŞŠŢŤŦŴŶŹŻŽȘȚ]/u

export function unexplained(occurrences: readonly Occurrence[], t: Tables, index: DocumentIndex, accepted: ReadonlySet<string>): Unexplained[] {
  const out: Unexplained[] = []
  let byForm: Map<string, Occurrence[]> | undefined
  for (const occ of occurrences) {
    if (occ.entry) continue
    if (t.national.has(occ.token)) {
      if (accepted.has(occ.token.toLowerCase())) continue
      byForm ??= new Map()
      const list = byForm.get(occ.token)
      if (list) list.push(occ)
      else byForm.set(occ.token, [occ])
      continue
    }
    // Most tokens are ASCII: one test before anything else.
    if (!FOREIGN_CONSONANT.test(occ.token)) continue
    if (occ.token.length > 6 || KEPT_ACRONYMS.has(occ.token) || occ.token !== occ.token.toUpperCase()) continue
    if (accepted.has(occ.token.toLowerCase()) || capitalNeighbour(occ)) continue
    const letters = occ.token.match(FOREIGN_CONSONANT_ALL) ?? []
    out.push({occ, entry: undefined, letters: [...new Set(letters)].join('')})
  }
  if (!byForm) return out
  const value = index.value
  let lower: string | undefined
  const countries = new Map<string, boolean>()
  for (const [form, occs] of byForm) {
    const entry = t.national.get(form)!
    // Named next to it: right when the name is the English one or its letters follow the name; a
    // literal translation otherwise ("Investigation Council for Safety (OVV)" for the Dutch Safety Board).
    const named = occs.find((o) => o.name)
    if (named) {
      const words = titleRun(named.name!)
      const given = words.map((w) => w.raw).join(' ')
      if (words.length > 0 && !sharesWords(words, entry.english) && !fitsExpansion(form, words, false)) {
        out.push({occ: named, entry, literal: given})
      }
      continue
    }
    if (value.includes(`(${form})`)) continue
    lower ??= value.toLowerCase()
    const englishElsewhere = lower.includes(entry.english.toLowerCase())
    // A form no English word or acronym looks like (four letters or more, unknown to the lexicon) needs no country.
    let countryNamed = countries.get(entry.country) ?? (form.length >= 4 && lookup(form.toLowerCase()) === 0 ? true : undefined)
    if (countryNamed === undefined) {
      countryNamed = (NATIONAL_CONTEXT[entry.country] ?? []).some((w) => value.includes(w))
      countries.set(entry.country, countryNamed)
    }
    if (countryNamed) for (const occ of occs) out.push({occ, entry, englishElsewhere})
  }
  return out
}

/** A word without a plural "s", lower case. */
function stem(word: string): string {
  const lower = word.toLowerCase()
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower
}

/**
 * Does the given name share at least half the significant words of the
 * English name (or of its own)?  "Indonesian General Election Commission"
 * and "General Elections Commission" do, and so does a misspelt "Federal
 * Electricity Commision"; "Investigation Council for Safety" and "Dutch
 * Safety Board" do not.
 */
function sharesWords(given: readonly XWord[], english: string): boolean {
  const mine = given.filter((w) => !w.fn).map((w) => stem(w.raw))
  const theirs = english.split(/[\s’'-]+/u).filter((w) => w.length > 3 || /^[A-Z]/.test(w)).map(stem)
  let shared = 0
  for (const w of theirs) if (mine.some((m) => m === w || (m.length > 5 && w.length > 5 && m.slice(0, 5) === w.slice(0, 5)))) shared++
  return shared * 2 >= Math.min(mine.length, theirs.length)
}

/**
 * The title-case name at the end of the words before an acronym:
 * capitalised words with function words between them ("… that the Central
 * Office of Drivers Licences" → "Central Office of Drivers Licences"), at
 * least two capitalised words; empty otherwise.
 */
function titleRun(words: readonly XWord[]): XWord[] {
  let i = words.length
  let capitals = 0
  while (i > 0) {
    const w = words[i - 1]
    if (isUpper(w.raw[0] ?? 'a')) {
      if (!w.fn) capitals++
    } else if (!w.fn) break
    i--
  }
  while (i < words.length && words[i].fn) i++
  return capitals >= 2 ? words.slice(i) : []
}

const FOREIGN_CONSONANT_ALL = new RegExp(FOREIGN_CONSONANT.source, 'gu')

/** Another word in capitals right before or after it: a name or a heading in capitals ("SÃO PAULO"). */
function capitalNeighbour(occ: Occurrence): boolean {
  const text = occ.p.text
  let i = occ.start - 1
  while (i >= 0 && isSpace(text[i])) i--
  if (i < occ.start - 1 && isLetter(text[i]) && isUpper(text[i])) return true
  let k = occ.end
  while (k < text.length && isSpace(text[k])) k++
  return k > occ.end && isLetter(text[k]) && isUpper(text[k])
}
