/**
 * The source-language guess: which language a story was probably translated
 * from, read from its own traces, with the evidence.  No source text, no
 * model: the letters its names keep (ñ, ã, ß, ı …), the scripts of words left
 * untranslated, the countries, demonyms, capitals, currencies and news
 * agencies it names (plugins/data/source-language.ts, sourced), its
 * quotation marks (« » and „ “ are not English), and the calques the
 * `calque` rule already reported on it (when that rule ran first).
 *
 * How it decides: each trace adds weight to its languages (a trace shared by
 * n languages adds 1/n to each; one form counts at most three times, a news
 * agency counts three); the heaviest language wins when it has at least 2
 * points and at least 40% of all the weight, else the guess is `unknown`.
 * The confidence is the winner's share of the weight.
 *
 * Cost: one pass over the document's words (a table look-up each, a letter
 * scan only for words outside ASCII) and two `indexOf` scans; computed once
 * per document (cached on the index) and recorded in
 * `file.data.wirelint.sourceLanguage` for the library API (the rule
 * false-friend computes it for every document).
 */
import {CALQUE_TRACES, LETTER_TRACES, NAMED_PAIRS, NAMED_TRACES, PEOPLE_TRACES, SCRIPT_TRACES} from '../data/source-language.js'
import {cached, type DocumentIndex} from './document.js'
import {lazy} from './text.js'

export interface SourceLanguageGuess {
  /** ISO 639-1 code, or 'unknown'. */
  lang: string
  /** The winner's share of all the weight, 0–1 (0 when unknown without traces). */
  confidence: number
  /** The traces that counted, heaviest first ("Mexico ×3 → es"). */
  evidence: string[]
}

const LETTERS = lazy(() => new Map<string, string[]>(LETTER_TRACES.map(([c, l]) => [c, l.split(' ')])))
const PAIR_FIRSTS = lazy(() => new Set(Object.keys(NAMED_PAIRS).map((p) => p.slice(0, p.indexOf(' ')))))
/** The named traces with their languages split once. */
const TRACES = lazy(() => new Map([...Object.entries(NAMED_TRACES), ...Object.entries(PEOPLE_TRACES)].map(([k, v]) => [k, v.split(' ')])))
/** ASCII initials of the lower-case named traces ("pesos", "dpa"). */
const LOWER_INITIALS = lazy(() => {
  const set = new Uint8Array(128)
  for (const k of Object.keys(NAMED_TRACES)) {
    const c = k.charCodeAt(0)
    if (c >= 97 && c <= 122) set[c] = 1
  }
  return set
})
const PER_FORM = 3
const AGENCY_WEIGHT = 3
const AGENCIES: ReadonlySet<string> = new Set(['EFE', 'Télam', 'Telam', 'ANSA', 'AGI', 'AFP', 'Lusa', 'dpa', 'TASS', 'RIA', 'Ukrinform', 'UNIAN',
  'Anadolu', 'IRNA', 'Xinhua', 'Yonhap', 'Kyodo', 'Antara', 'VNA', 'PAP', 'Agerpres', 'MTI', 'Armenpress', 'WAFA', 'Kazinform', 'Prensa Latina', 'Agência Brasil', 'Agencia Brasil'])

/** The guess for a document (computed once, recorded in file.data). */
export function sourceLanguageOf(index: DocumentIndex): SourceLanguageGuess {
  return cached(index, 'source-language', () => {
    const guess = guessSourceLanguage(index)
    const data = index.file.data as {wirelint?: Record<string, unknown>}
    data.wirelint = {...data.wirelint, sourceLanguage: guess}
    return guess
  })
}

/** A letter outside ASCII (not a curly apostrophe or a dash: "Mexico’s" has none). */
function hasForeignLetter(v: string): boolean {
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k)
    if (c >= 0xc0 && (c < 0x2000 || c > 0x206f)) return true
  }
  return false
}

/** "Mexico's" → "Mexico", without a regular expression per word. */
function withoutPossessive(v: string): string {
  const n = v.length
  if (n > 2 && v.charCodeAt(n - 1) === 115 /* s */) {
    const a = v.charCodeAt(n - 2)
    if (a === 39 || a === 0x2019) return v.slice(0, -2)
  }
  return v
}

function guessSourceLanguage(index: DocumentIndex): SourceLanguageGuess {
  const weight = new Map<string, number>()
  const found = new Map<string, {count: number; langs: string[]; each: number}>()
  const add = (label: string, langs: string[], each: number): void => {
    let t = found.get(label)
    if (!t) found.set(label, (t = {count: 0, langs, each}))
    if (t.count >= PER_FORM) return
    t.count++
    for (const l of langs) weight.set(l, (weight.get(l) ?? 0) + each / langs.length)
  }
  const letters = LETTERS()
  const pairFirsts = PAIR_FIRSTS()
  const traces = TRACES()
  const lowerInitials = LOWER_INITIALS()
  const words = index.words
  for (let i = 0; i < words.length; i++) {
    const v = words[i].value
    const c0 = v.charCodeAt(0)
    // The table's words start with a capital or one of a few lower-case letters ("pesos", "dpa").
    if ((c0 >= 65 && c0 <= 90) || c0 >= 128 || (c0 < 128 && lowerInitials[c0] === 1)) {
      const bare = withoutPossessive(v)
      const named = traces.get(bare)
      if (named) add(bare, named, AGENCIES.has(bare) ? AGENCY_WEIGHT : 1)
    }
    const next = words[i + 1]
    if (next && pairFirsts.has(v) && next.start - words[i].end === 1) {
      const pair = `${v} ${next.value}`
      const p = Object.hasOwn(NAMED_PAIRS, pair) ? NAMED_PAIRS[pair] : undefined
      if (p) add(pair, p.split(' '), AGENCIES.has(pair) ? AGENCY_WEIGHT : 1)
    }
    if (!hasForeignLetter(v)) continue
    let script = false
    for (const [re, langs] of SCRIPT_TRACES) {
      if (re.test(v)) {
        add(`${langs} script`, langs.split(' '), 1)
        script = true
        break
      }
    }
    if (script) continue
    const lower = v.toLowerCase()
    for (const ch of lower) {
      const langs = letters.get(ch)
      if (langs) add(`“${ch}”`, langs, 1)
    }
  }
  const text = index.value
  if (text.includes('«') && text.includes('»')) add('« » quotation marks', ['fr', 'it', 'es', 'pt', 'ru'], 1)
  if (text.includes('„')) add('„ “ quotation marks', ['de', 'pl', 'ro', 'hu', 'cs'], 1)
  for (const m of index.file.messages) {
    if (m.ruleId !== 'calque' || typeof m.note !== 'string') continue
    const id = m.note.replace(/^calque entry: /, '')
    const langs = Object.hasOwn(CALQUE_TRACES, id) ? CALQUE_TRACES[id] : undefined
    if (langs) add(`calque ${id}`, langs.split(' '), 2)
  }
  let total = 0
  let best = 'unknown'
  let top = 0
  for (const [l, w] of weight) {
    total += w
    if (w > top) {
      top = w
      best = l
    }
  }
  const evidence = [...found]
    .sort((a, b) => b[1].count * b[1].each - a[1].count * a[1].each)
    .slice(0, 8)
    .map(([label, t]) => `${label}${t.count > 1 ? ` ×${t.count}` : ''} → ${t.langs.join('/')}`)
  const confidence = total > 0 ? Math.round((top / total) * 100) / 100 : 0
  if (top < 2 || confidence < 0.4) return {lang: 'unknown', confidence, evidence}
  return {lang: best, confidence, evidence}
}
