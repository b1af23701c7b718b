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
 * - an acronym outside the tables that the story uses as a source or an
 *   actor ("told FNA", "FNA dispatches", "the UAF fired") and never
 *   explains, unknown to the English lexicon and not kept bare, in a story
 *   with traces of a source language (see unexplainedSources); information,
 *   on its first use.
 */
import {KEPT_ACRONYMS} from '../data/acronym-foreign.js'
import {NATIONAL_CONTEXT, type NationalAcronym} from '../data/acronym-national.js'
import type {DocumentIndex} from '../support/document.js'
import {lookup} from '../support/lexicon.js'
import {sourceLanguageOf} from '../support/source-language.js'
import {isLetter, isSpace, isUpper} from './characters.js'
import {fitsExpansion, type XWord} from './expansion.js'
import type {Occurrence} from './occurrences.js'
import type {Tables} from './tables.js'

export interface Unexplained {
  occ: Occurrence
  /** The national body, or undefined for an acronym with foreign letters or an unexplained source. */
  entry: NationalAcronym | undefined
  /** An acronym outside the tables that the story uses as a source or an actor and never explains. */
  source?: boolean
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
  let sources: Occurrence[] | undefined
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
    if (!FOREIGN_CONSONANT.test(occ.token)) {
      if (sourceCandidate(occ, t)) (sources ??= []).push(occ)
      continue
    }
    if (occ.token.length > 6 || KEPT_ACRONYMS.has(occ.token) || occ.token !== occ.token.toUpperCase()) continue
    if (accepted.has(occ.token.toLowerCase()) || capitalNeighbour(occ)) continue
    const letters = occ.token.match(FOREIGN_CONSONANT_ALL) ?? []
    out.push({occ, entry: undefined, letters: [...new Set(letters)].join('')})
  }
  if (sources) out.push(...unexplainedSources(sources, occurrences, t, index, accepted))
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

/** Before an acronym: it is the source of a report ("told FNA", "according to the FNA", "quoted by"). */
const SOURCE_BEFORE = /(?:^|\s)(?:told|according to|quoted by|cited by|reported by)\s+(?:the\s+)?$/u
/** After an acronym: it reports, or acts as an armed force does ("FNA reported", "the UAF fired"). */
const SOURCE_AFTER = /^\s+(?:reported|reports|dispatches|learned|quoted|cited|fired|shelled|attacked|struck|launched|opened fire|killed|captured)\b/u
/** Words that say what an acronym names ("the news agency IRNA", "KCNA news agency", "broadcaster ABC"). */
const KIND_WORDS: ReadonlySet<string> = new Set([
  'agency', 'agencies', 'news', 'broadcaster', 'channel', 'television', 'tv', 'radio', 'newspaper', 'daily', 'website',
  'site', 'portal', 'network', 'station', 'affiliate', 'outlet', 'magazine', 'paper', 'service', 'army', 'forces',
  'force', 'militia', 'group', 'party', 'ministry', 'company', 'firm', 'union', 'institute', 'council', 'office'
])
const WORD = /[\p{L}]+/gu

/**
 * A token that may be an unexplained source: three to five ASCII capitals,
 * no word or acronym of the English lexicon ("CNN", "NATO" are), no acronym
 * English keeps bare (AFP, FIFA), no English acronym of the table's bodies
 * ("the IDF struck", IRGC, ISIL), not in the plural, not among other words
 * in capitals ("UKIP MEP"), and the source or actor of its sentence.
 */
function sourceCandidate(occ: Occurrence, t: Tables): boolean {
  const token = occ.token
  if (occ.plural || occ.name || token.length < 3 || token.length > 5) return false
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i)
    if (c < 65 || c > 90) return false
  }
  if (KEPT_ACRONYMS.has(token) || t.englishForms.has(token) || lookup(token.toLowerCase()) !== 0 || capitalNeighbour(occ)) return false
  const text = occ.p.text
  return SOURCE_BEFORE.test(text.slice(Math.max(0, occ.start - 16), occ.start)) || SOURCE_AFTER.test(text.slice(occ.end, occ.end + 14))
}

/**
 * Acronyms the story uses as a source or an actor ("a military source told
 * FNA", "the UAF fired") and never explains: no name in brackets next to any
 * of its uses, no "(FNA)" anywhere, no word saying what it is next to any
 * use ("the news agency IRNA"), in a story that shows traces of a source
 * language (plugins/support/source-language.ts: the guess is a language).
 * An outlet or a body of the source country that English copy names in
 * full: information, on its first use.
 */
function unexplainedSources(candidates: readonly Occurrence[], occurrences: readonly Occurrence[], t: Tables, index: DocumentIndex, accepted: ReadonlySet<string>): Unexplained[] {
  const out: Unexplained[] = []
  // The uses of each candidate's token, gathered in one pass (linear however many candidates there are).
  const uses = new Map<string, Occurrence[]>()
  for (const cand of candidates) uses.set(cand.token, [])
  for (const o of occurrences) uses.get(o.token)?.push(o)
  for (const [token, list] of uses) {
    if (accepted.has(token.toLowerCase()) || t.byForm.has(token)) continue
    if (list.some((o) => o.name || bracketed(o) || described(o))) continue
    const lang = sourceLanguageOf(index).lang
    if (lang === 'unknown' || lang === 'en') return out
    out.push({occ: list[0], entry: undefined, source: true})
  }
  return out
}

/** The acronym alone in brackets ("(FNA)"): explained by the words before it. */
function bracketed(occ: Occurrence): boolean {
  const text = occ.p.text
  return text[occ.start - 1] === '(' && text[occ.end] === ')'
}

/** A word saying what the acronym names within three words before it or two after it. */
function described(occ: Occurrence): boolean {
  const text = occ.p.text
  const before = text.slice(Math.max(0, occ.start - 40), occ.start).match(WORD) ?? []
  const after = text.slice(occ.end, occ.end + 30).match(WORD) ?? []
  for (const w of [...before.slice(-3), ...after.slice(0, 2)]) if (KIND_WORDS.has(w.toLowerCase())) return true
  return false
}
