/**
 * calque: translationese that English wire style avoids, each reported with
 * its source-language original (Spanish, Italian, French, Portuguese,
 * German) and the wire-style replacement.
 *
 * - Weekdays: "this Sunday" (este domingo, ce dimanche) in a clause about the
 *   past ("killed … this Sunday", "declared this Sunday") → "on Sunday".  The
 *   clause's tense decides: the nearest verb marker before "this" (or after
 *   it, for a fronted "This Sunday, police said …") must be past ("said",
 *   "was", an "-ed" verb not used as an adjective); a modal or future word
 *   ("will meet this Sunday", "is expected … this Sunday", "set to … this
 *   Sunday"), a present tense, a preposition ("until this Sunday") or a
 *   possessive ("this Sunday’s vote") leaves it alone.  Also "of this Sunday",
 *   "since this Monday", "the past Sunday" (el pasado domingo), "yesterday
 *   Sunday", the German "in the night to Sunday".
 * - Country periphrases: "the Hebrew State" → "Israel", "the Aztec country" →
 *   "Mexico", "the Asian giant" → "China", "the Gallic capital" → "Paris",
 *   and the adjective before an institution: "the Hebrew army" → "the
 *   Israeli army".  When a periphrasis is ambiguous ("the transalpine
 *   country", "the Iberian country") the countries the document names come
 *   first.
 * - Verbs of saying with "that": "assured that" (aseguró que), "informed
 *   that", "expressed that" — English needs a person or a noun there; the "that"
 *   must start a clause ("considered that option" is left alone), and a
 *   passive or adjectival use ("is considered that", "rest assured that") is
 *   fine.  "considered that", "indicated that", "declared that" … are also
 *   ordinary English: these weak entries are reported only when a quotation
 *   follows (“considered that “Russia’s …”) or the document already shows a
 *   strong calque, and never after a thing or a court ("the report indicates
 *   that", "the court considered that").
 * - Collocations: "realized a visit" → "made", "celebrated elections" →
 *   "held", "assisted to the meeting" → "attended", "the also president", "the
 *   own president", "in declarations to", "of the same", "president of the
 *   Government" → "prime minister" …
 *
 * Tables live in plugins/data/calque-*.ts, each entry with its originals and
 * sources.  Everything works on the index's words and the text between them,
 * with plain loops (no regular expression over free text).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  AUX_ADVERBS,
  CLAUSE_STARTERS,
  DETERMINERS,
  ED_NOT_PAST,
  FUTURE_IF_FOLLOWED,
  FUTURE_MARKERS,
  FUTURE_PREPOSITIONS,
  IRREGULAR_PAST,
  MONTHS,
  NOT_ACTIVE_BEFORE,
  PAST_AUX,
  PRESENT_BE,
  SCHEDULE_PRESENT,
  WEEKDAYS
} from './data/calque-english.js'
import {GIANT_NOT_BEFORE, PERIPHRASES, PHRASE_PERIPHRASES, type Periphrasis} from './data/calque-periphrases.js'
import {
  IMPERSONAL_SUBJECTS,
  PHRASES,
  THAT_VERBS,
  VERB_OBJECTS,
  WEEKDAY_CALQUES,
  type PhraseCalque,
  type ThatVerb,
  type Tier,
  type VerbObject
} from './data/calque-phrases.js'
import {FUNCTION_WORDS} from './data/english-words.js'
import {getIndex, type DocumentIndex, type ParagraphInfo} from './support/document.js'
import {isCommonWord} from './support/lexicon.js'
import {acceptedWords, reportText, ruleUrl, severityOf, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'calque',
  description: 'Translationese English wire style avoids: "this Sunday" for a past day, "the Hebrew State", "assured that", "the also".',
  severity: 'info',
  fixable: false,
  url: ruleUrl('calque'),
  examples: {
    ok: [
      'The two leaders will meet this Sunday in Geneva.',
      'Voters go to the polls this Sunday.',
      'Police said last Sunday’s march was peaceful, and this Sunday’s vote is next.',
      'The court considered that the law applied to the case.',
      'Rest assured that the Jewish state will respond, the minister said.',
      'Asian giant hornets were found in Washington state.',
      'The Hebrew University of Jerusalem said it would reopen.'
    ],
    notOk: [
      {text: 'Israeli Prime Minister Benjamin Netanyahu declared this Sunday that he was following events.', line: 1, column: 52, actual: 'this Sunday', fix: 'on Sunday'},
      {text: 'A ceasefire between the Hebrew State and Hezbollah held.', line: 1, column: 21, actual: 'the Hebrew State', fix: 'Israel'},
      {text: 'The analyst, based in Washington, considered that “the offensive changes everything.”', line: 1, column: 35, actual: 'considered that', fix: 'said'},
      {text: 'The minister assured that the talks would resume.', line: 1, column: 14, actual: 'assured that', fix: 'said'},
      {text: 'Pedro Sánchez, the also leader of the Socialist party, spoke.', line: 1, column: 16, actual: 'the also', fix: 'who is also'},
      {text: 'Tensions rose on the border with the Aztec country.', line: 1, column: 34, actual: 'the Aztec country', fix: 'Mexico'}
    ]
  }
}

export interface CalqueOptions extends RuleOptions {}

interface Tok {
  value: string
  lower: string
  start: number
  end: number
}

interface Candidate {
  paragraph: ParagraphInfo
  start: number
  end: number
  id: string
  tier: Tier
  /** A quotation opens right after the match (“considered that “…”). */
  quoted: boolean
  reason: string
  expected: string[]
}

type Add = (c: Omit<Candidate, 'paragraph' | 'quoted'> & {quoted?: boolean}) => void

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS)
const LETTER = /\p{L}/u
const UPPER_START = /^\p{Lu}/u
const DIGITS = /^\d{1,4}(?:st|nd|rd|th)?$/
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/
const SPACE = /^[ \t\u00a0\u2009\u202f]+$/
/** Characters that end a clause (or a quotation) in the text between two words. */
const CLAUSE_END = /[.;:!?()[\]"“”«»‘—–…\uE000]/u
const OPEN_QUOTE = /["“«‘]/u
const APOSTROPHES = /[’']s$/

export default function calque(options: CalqueOptions = {}) {
  const severity = severityOf(meta, options)
  const accepted = acceptedWords(options)

  return (tree: Root, file: VFile): void => {
    const index = getIndex(tree, file)
    const candidates: Candidate[] = []
    for (const paragraph of index.paragraphs) {
      if (paragraph.words.length === 0) continue
      const toks: Tok[] = paragraph.words.map((w) => ({value: w.value, lower: w.value.toLowerCase(), start: w.start, end: w.end}))
      const text = paragraph.masked
      const add: Add = (c) => candidates.push({quoted: false, ...c, paragraph})
      const s = new Scanner(toks, text)
      checkWeekdays(s, add)
      checkPeriphrases(s, index, add)
      checkPhrases(s, add)
      checkThatVerbs(s, add)
      checkVerbObjects(s, add)
    }
    if (candidates.length === 0) return
    const strongInDocument = candidates.some((c) => c.tier === 'strong')
    const kept = removeOverlaps(candidates.filter((c) => c.tier === 'strong' || c.quoted || strongInDocument))
    for (const c of kept) {
      const actual = c.paragraph.text.slice(c.start, c.end)
      if (accepted.has(actual.toLowerCase())) continue
      reportText(file, index, meta, severity, c.paragraph, c.start, c.end, {
        reason: c.reason,
        expected: matchCase(actual, c.expected),
        note: `calque entry: ${c.id}`
      })
    }
  }
}

/** Word access with the text between words. */
class Scanner {
  constructor(
    readonly toks: readonly Tok[],
    readonly text: string
  ) {}

  get length(): number {
    return this.toks.length
  }

  /** The text between word i-1 and word i (from the paragraph start for i = 0). */
  gap(i: number): string {
    const from = i === 0 ? 0 : this.toks[i - 1].end
    const to = i < this.toks.length ? this.toks[i].start : this.text.length
    return this.text.slice(from, Math.min(to, from + 200))
  }

  /** Word i follows word i-1 with only spaces between. */
  joined(i: number): boolean {
    if (i <= 0 || i >= this.toks.length) return false
    const from = this.toks[i - 1].end
    const to = this.toks[i].start
    if (to <= from || to - from > 8) return false
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k)
      if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x2009 && c !== 0x202f) return false
    }
    return true
  }

  /** Word i starts a new clause (or the paragraph). */
  clauseStart(i: number, commaBreaks: boolean): boolean {
    if (i === 0) return true
    const g = this.gap(i)
    return CLAUSE_END.test(g) || (commaBreaks && g.includes(','))
  }

  /** Word i starts a sentence (or the paragraph). */
  sentenceStart(i: number): boolean {
    if (i === 0) return true
    return /[.!?:;]/.test(this.gap(i))
  }

  lower(i: number): string | undefined {
    return this.toks[i]?.lower
  }
}

// ---------------------------------------------------------------------------
// Weekdays

function isPossessive(value: string): boolean {
  return APOSTROPHES.test(value)
}

/** The date after "this"/"the past": a weekday, "5 December", "December 5" or a month. Returns the index after it. */
function dateAt(s: Scanner, i: number, allowMonth: boolean): {end: number; kind: 'weekday' | 'date' | 'month'} | undefined {
  const t = s.toks[i]
  if (!t || !s.joined(i)) return undefined
  if (WEEKDAY_SET.has(t.value)) return {end: i + 1, kind: 'weekday'}
  if (DAY_NUMBER.test(t.value) && s.joined(i + 1) && MONTHS.has(s.toks[i + 1].value)) return {end: i + 2, kind: 'date'}
  if (MONTHS.has(t.value)) {
    if (s.joined(i + 1) && DAY_NUMBER.test(s.toks[i + 1].value)) return {end: i + 2, kind: 'date'}
    if (allowMonth && t.value !== 'May' && t.value !== 'March') return {end: i + 1, kind: 'month'}
  }
  return undefined
}

const PART_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night'])

function checkWeekdays(s: Scanner, add: Add): void {
  const {toks} = s
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].lower
    if (w === 'this') {
      const d = dateAt(s, i + 1, false)
      if (!d) continue
      const last = toks[d.end - 1]
      if (isPossessive(last.value)) continue
      // "this Sunday morning’s match": a possessive noun phrase, good English.
      if (s.joined(d.end) && PART_OF_DAY.has(toks[d.end].lower.replace(APOSTROPHES, '')) && isPossessive(toks[d.end].value)) continue
      const words = toks.slice(i + 1, d.end).map((t) => t.value).join(' ')
      const prev = s.joined(i) ? toks[i - 1].lower : undefined
      if (prev === 'of') {
        add({
          start: toks[i - 1].start,
          end: last.end,
          id: 'of-this-day',
          tier: 'strong',
          reason: `“of this ${words}” is a calque of ${languages(WEEKDAY_CALQUES.ofThisDay.originals)}: ${WEEKDAY_CALQUES.ofThisDay.why}`,
          expected: [`on ${words}`]
        })
        continue
      }
      if (prev === 'since') {
        add({
          start: toks[i].start,
          end: last.end,
          id: 'since-this-day',
          tier: 'strong',
          reason: `“since this ${words}” is a calque of ${languages(WEEKDAY_CALQUES.sinceThisDay.originals)}: ${WEEKDAY_CALQUES.sinceThisDay.why}`,
          expected: [words]
        })
        continue
      }
      if (prev !== undefined && FUTURE_PREPOSITIONS.has(prev)) continue
      if (clauseTense(s, i, d.end) !== 'past') continue
      add({
        start: toks[i].start,
        end: last.end,
        id: 'this-day',
        tier: 'strong',
        reason: `“this ${words}” in a clause about the past is a calque of ${languages(WEEKDAY_CALQUES.thisDay.originals)}: ${WEEKDAY_CALQUES.thisDay.why.replace(/DAY/g, words)}`,
        expected: [`on ${words}`, words]
      })
    } else if (w === 'the' && s.lower(i + 1) === 'past' && s.joined(i + 1)) {
      const d = dateAt(s, i + 2, true)
      if (!d) continue
      const last = toks[d.end - 1]
      if (isPossessive(last.value)) continue
      const after = s.joined(d.end) ? toks[d.end].lower : undefined
      if (after === 'of') continue
      const words = toks.slice(i + 2, d.end).map((t) => t.value).join(' ')
      add({
        start: toks[i].start,
        end: last.end,
        id: 'the-past-day',
        tier: 'strong',
        reason: `“the past ${words}” is a calque of ${languages(WEEKDAY_CALQUES.thePastDay.originals)}: ${WEEKDAY_CALQUES.thePastDay.why}`,
        expected: d.kind === 'date' ? [`on ${words}`] : d.kind === 'month' ? [`last ${words}`] : [`last ${words}`, `on ${words}`]
      })
    }
  }
}

type Tense = 'past' | 'future' | 'present'

const WINDOW_BACK = 7
const WINDOW_FORWARD = 8

/**
 * The time of the clause around words [from, to): the nearest verb marker
 * before it, else after it.  Undefined when nothing tells.
 */
function clauseTense(s: Scanner, from: number, to: number): Tense | undefined {
  let k = from - 1
  let seen = 0
  const initial = s.clauseStart(from, true)
  if (!initial) {
    while (k >= 0 && seen < WINDOW_BACK) {
      const m = markerAt(s, k)
      if (m) return m
      seen++
      if (s.clauseStart(k, true)) break
      k--
    }
  }
  // Forward: "This Sunday, the president announced …", "The ministry this Sunday said …".
  let commas = initial ? 1 : 0
  for (let j = to, n = 0; j < s.length && n < WINDOW_FORWARD; j++, n++) {
    const g = s.gap(j)
    if (CLAUSE_END.test(g)) break
    if (g.includes(',')) {
      if (commas === 0) break
      commas--
    }
    const m = markerAt(s, j)
    if (m) return m
  }
  return undefined
}

const PRESENT_FINITE: ReadonlySet<string> = new Set(['is', 'are', 'am', 'says', 'say', "isn't", "aren't", 'does', 'do'])

/** Is word k a tense marker, and which? */
function markerAt(s: Scanner, k: number): Tense | undefined {
  const t = s.toks[k]
  const v = t.value
  // Only lower-case words: "May", "Will", "United" are names here.
  if (v !== t.lower) return undefined
  const w = v.replace(/’/g, "'")
  if (w.endsWith("'ll")) return 'future'
  if (PRESENT_FINITE.has(w) || SCHEDULE_PRESENT.has(w)) return 'present'
  const follow = FUTURE_IF_FOLLOWED.get(w)
  if (follow) {
    const next = s.joined(k + 1) ? s.toks[k + 1].lower : undefined
    if (next !== undefined && follow.has(next)) return 'future'
    if (w === 'due') return 'future'
    if (w === 'going' || w === 'set') return undefined
  } else if (FUTURE_MARKERS.has(w)) {
    return 'future'
  }
  if (w === 'was' || w === 'were' || w === 'had' || w === 'did' || w === "wasn't" || w === "weren't" || w === "didn't") return 'past'
  if (IRREGULAR_PAST.has(w) || isRegularPast(w)) return participleTense(s, k)
  if (w.endsWith('ing') && w.length > 5) {
    const aux = auxBefore(s, k)
    if (aux === 'was' || aux === 'were') return 'past'
    if (aux !== undefined && PRESENT_BE.has(aux)) return 'present'
  }
  return undefined
}

/** The auxiliary before word k and its index, skipping adverbs ("was not", "has already"). */
function auxAt(s: Scanner, k: number): {word: string; at: number} | undefined {
  let j = k - 1
  let skipped = 0
  while (j >= 0 && s.joined(j + 1)) {
    const w = s.toks[j].lower.replace(/’/g, "'")
    if (AUX_ADVERBS.has(w) && skipped < 2) {
      skipped++
      j--
      continue
    }
    return {word: w, at: j}
  }
  return undefined
}

function auxBefore(s: Scanner, k: number): string | undefined {
  return auxAt(s, k)?.word
}

/** A past form at k: simple past, or a participle whose auxiliary decides. */
function participleTense(s: Scanner, k: number): Tense | undefined {
  const found = auxAt(s, k)
  if (found === undefined) return 'past'
  const aux = found.word
  if (PAST_AUX.has(aux)) return 'past'
  if (PRESENT_BE.has(aux)) {
    // "to be held", "will be held", "is held".
    const j = found.at
    const before = j > 0 && s.joined(j) ? s.toks[j - 1].lower : undefined
    if (before === 'to' || (before !== undefined && FUTURE_MARKERS.has(before))) return 'future'
    return 'present'
  }
  // "the planned vote", "a delayed match": an adjective in a noun phrase.
  if (DETERMINERS.has(aux)) return undefined
  return 'past'
}

/** A regular "-ed" past of a dictionary verb ("killed", "stopped", "carried"). */
function isRegularPast(w: string): boolean {
  if (w.length < 5 || !w.endsWith('ed') || ED_NOT_PAST.has(w)) return false
  if (!/^[a-z-]+$/.test(w)) return false
  const stems = [w.slice(0, -2), w.slice(0, -1)]
  if (w.endsWith('ied')) stems.push(w.slice(0, -3) + 'y')
  if (w.length > 5 && w[w.length - 3] === w[w.length - 4]) stems.push(w.slice(0, -3))
  for (const stem of stems) if (stem.length >= 3 && isCommonWord(stem)) return true
  return false
}

// ---------------------------------------------------------------------------
// Periphrases

interface AdjectiveEntry {
  words: string[]
  entry: Periphrasis
}

let periphrasisIndex: Map<string, AdjectiveEntry[]> | undefined

function periphrases(): Map<string, AdjectiveEntry[]> {
  if (periphrasisIndex) return periphrasisIndex
  const map = new Map<string, AdjectiveEntry[]>()
  for (const entry of PERIPHRASES) {
    for (const adjective of entry.adjectives) {
      const words = adjective.split(' ')
      const list = map.get(words[0]) ?? []
      list.push({words, entry})
      map.set(words[0], list)
    }
  }
  periphrasisIndex = map
  return map
}

/** Match lower-case words (the last may carry a possessive) at i; returns the index after them. */
function matchWords(s: Scanner, i: number, words: readonly string[]): number {
  for (let p = 0; p < words.length; p++) {
    const t = s.toks[i + p]
    if (!t || (p > 0 && !s.joined(i + p))) return -1
    const lower = p === words.length - 1 ? t.lower.replace(APOSTROPHES, '') : t.lower
    if (lower !== words[p]) return -1
    if (p < words.length - 1 && isPossessive(t.value)) return -1
  }
  return i + words.length
}

/** How often the document names something (capped). */
function mentions(index: DocumentIndex, name: string): number {
  const key = `calque:mentions:${name}`
  const hit = index.cache.get(key)
  if (typeof hit === 'number') return hit
  let n = 0
  let at = index.value.indexOf(name)
  while (at !== -1 && n < 50) {
    n++
    at = index.value.indexOf(name, at + name.length)
  }
  index.cache.set(key, n)
  return n
}

/** Candidates ordered: the ones the document names first (most named first), then table order. */
function byMentions(index: DocumentIndex, names: readonly string[], countries: readonly string[]): string[] {
  const order = countries.map((c, i) => ({i, n: mentions(index, c)}))
  order.sort((a, b) => (b.n > 0 ? 1 : 0) - (a.n > 0 ? 1 : 0) || (a.n > 0 ? b.n - a.n : 0) || a.i - b.i)
  const out: string[] = []
  for (const {i} of order) if (!out.includes(names[i])) out.push(names[i])
  return out
}

function checkPeriphrases(s: Scanner, index: DocumentIndex, add: Add): void {
  const {toks} = s
  const map = periphrases()
  for (let i = 0; i < toks.length; i++) {
    const list = map.get(toks[i].lower)
    if (list) {
      for (const {words, entry} of list) {
        const a = matchWords(s, i, words)
        if (a < 0 || isPossessive(toks[a - 1].value)) continue
        if (matchPeriphrasis(s, index, i, a, entry, add)) break
      }
    }
    if (toks[i].lower === 'the') {
      for (const p of PHRASE_PERIPHRASES) {
        if (!s.joined(i + 1)) break
        const end = matchWords(s, i + 1, p.words)
        if (end < 0) continue
        const last = toks[end - 1]
        const possessive = isPossessive(last.value) ? last.value.slice(-2) : ''
        add({
          start: toks[i].start,
          end: last.end,
          id: `periphrasis:${p.id}`,
          tier: 'strong',
          reason: `“${s.text.slice(toks[i].start, last.end)}” is a periphrasis calqued from ${languages(p.originals)}: English wire copy names the place`,
          expected: [p.country + possessive]
        })
      }
    }
  }
}

const GIANT_HEADS: ReadonlySet<string> = new Set(['giant', 'colossus', 'dragon', 'superpower'])

function matchPeriphrasis(s: Scanner, index: DocumentIndex, i: number, a: number, entry: Periphrasis, add: Add): boolean {
  const {toks} = s
  const hasThe = i > 0 && s.joined(i) && toks[i - 1].lower === 'the'
  const adjective = s.text.slice(toks[i].start, toks[a - 1].end)
  // Longest head first.
  let best: {end: number; kind: 'name' | 'capital' | 'adjective'; head: string} | undefined
  const tryHeads = (heads: readonly string[], kind: 'name' | 'capital' | 'adjective'): void => {
    for (const head of heads) {
      if (!s.joined(a)) return
      const end = matchWords(s, a, head.split(' '))
      if (end > 0 && (!best || end > best.end)) best = {end, kind, head}
    }
  }
  if (hasThe) tryHeads(entry.nameHeads, 'name')
  if (hasThe && entry.capitals) tryHeads(['capital'], 'capital')
  tryHeads(entry.adjectiveHeads, 'adjective')
  if (!best) return false
  const last = toks[best.end - 1]
  const next = s.joined(best.end) ? toks[best.end] : undefined
  if (best.kind !== 'adjective') {
    // "the Asian giant" is also English business copy for a company: only when the document names the country.
    const giant = GIANT_HEADS.has(best.head)
    if (giant && !entry.countries.some((c) => mentions(index, c) > 0)) return false
    // "the Hebrew state of Israel", "the Asian giant Alibaba", "the Asian giant hornet".
    if (next && !isPossessive(last.value)) {
      if (next.lower === 'of') return false
      if (giant && (GIANT_NOT_BEFORE.has(next.lower) || UPPER_START.test(next.value))) return false
    }
    const possessive = isPossessive(last.value) ? last.value.slice(-2) : ''
    const names = best.kind === 'name' ? entry.countries : entry.capitals!
    add({
      start: toks[i - 1].start,
      end: last.end,
      id: `periphrasis:${entry.id}`,
      tier: 'strong',
      reason: `“${s.text.slice(toks[i - 1].start, last.end)}” is a periphrasis calqued from ${languages(entry.originals)}: English wire copy names the ${best.kind === 'capital' ? 'city' : 'country'}`,
      expected: byMentions(index, names, entry.countries).map((n) => n + possessive)
    })
    return true
  }
  // "the Hebrew army", "an Aztec government spokesman"; not "Toyota’s North American president",
  // "ancient Persian government", "the North American president of Ford".
  const article = i > 0 && s.joined(i) ? toks[i - 1].lower : undefined
  if (article !== 'the' && article !== 'a' && article !== 'an') return false
  if (next && next.lower === 'of' && !isPossessive(last.value)) return false
  const head = s.text.slice(toks[a].start, last.end)
  add({
    start: toks[i].start,
    end: toks[a - 1].end,
    id: `periphrasis:${entry.id}`,
    tier: 'strong',
    reason: `“${adjective} ${head}” is calqued from ${languages(entry.originals)}: English wire copy uses the country’s adjective (“${entry.demonyms[0]} ${head}”)`,
    expected: byMentions(index, entry.demonyms, entry.countries)
  })
  return true
}

// ---------------------------------------------------------------------------
// Fixed phrases

let phraseIndex: Map<string, PhraseCalque[]> | undefined

function phrases(): Map<string, PhraseCalque[]> {
  if (phraseIndex) return phraseIndex
  const map = new Map<string, PhraseCalque[]>()
  for (const entry of PHRASES) {
    for (const first of entry.words[0]) {
      const list = map.get(first) ?? []
      list.push(entry)
      map.set(first, list)
    }
  }
  phraseIndex = map
  return map
}

function wordMatches(t: Tok, alternatives: readonly string[]): boolean {
  for (const alt of alternatives) {
    if (alt === '#weekday') {
      if (WEEKDAY_SET.has(t.value)) return true
    } else if (alt === '#month') {
      if (MONTHS.has(t.value)) return true
    } else if (alt === '#number') {
      if (DIGITS.test(t.value)) return true
    } else if (alt === '#word') {
      if (LETTER.test(t.value)) return true
    } else if (t.lower === alt) {
      return true
    }
  }
  return false
}

/** The match ends its clause: . ; : ! ? ) next, the paragraph's end, or ", and/but/which …". */
function endsClause(s: Scanner, after: number): boolean {
  const g = s.gap(after).trimStart()
  if (g === '' && after >= s.length) return true
  const c = g[0]
  if (c === undefined) return after >= s.length
  // "in the same. 1985 period": a stray full stop, not the end of a clause.
  if (c === '.' && g.length <= 2 && after < s.length && /^[\p{Ll}\d]/u.test(s.toks[after].value)) return false
  if ('.;:!?)'.includes(c)) return true
  if (c === ',' && after < s.length) {
    return ['and', 'but', 'which', 'who', 'while', 'although', 'as', 'so', 'where', 'when'].includes(s.toks[after].lower)
  }
  return false
}

function checkPhrases(s: Scanner, add: Add): void {
  const {toks} = s
  const map = phrases()
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i].lower
    const list = map.get(first) ?? (WEEKDAY_SET.has(toks[i].value) ? map.get('#weekday') : undefined)
    if (!list) continue
    for (const entry of list) {
      const n = entry.words.length
      let ok = true
      for (let p = 0; p < n && ok; p++) {
        const t = toks[i + p]
        if (!t || (p > 0 && !s.joined(i + p)) || !wordMatches(t, entry.words[p])) ok = false
        else if (p < n - 1 && isPossessive(t.value)) ok = false
        else if (entry.lowerCase?.includes(p) && t.value !== t.lower) ok = false
      }
      if (!ok) continue
      const before = s.joined(i) ? toks[i - 1].lower : undefined
      if (before !== undefined && entry.notBefore?.includes(before)) continue
      const next = s.joined(i + n) ? toks[i + n] : undefined
      if (next && entry.notAfter?.includes(next.lower)) continue
      if (entry.followedBy && (!next || !wordMatches(next, entry.followedBy))) continue
      if (entry.endOfClause && !endsClause(s, i + n) && !(next && entry.followedByAlso?.includes(next.lower))) continue
      const [from, to] = entry.span ?? [0, n]
      const start = toks[i + from].start
      const end = toks[i + to - 1].end
      const actual = s.text.slice(start, end)
      add({
        start,
        end,
        id: entry.id,
        tier: entry.tier,
        reason: `“${actual}” is a calque of ${languages(entry.originals)}: ${entry.why}`,
        expected: entry.expected.map((e) => e.replace(/\$(\d)/g, (_m, d: string) => toks[i + Number(d) - 1]?.value.replace(APOSTROPHES, '') ?? ''))
      })
      break
    }
  }
}

// ---------------------------------------------------------------------------
// Verbs of saying + "that"

let thatIndex: Map<string, Array<{words: string[]; replacement: string; entry: ThatVerb}>> | undefined

function thatVerbs(): Map<string, Array<{words: string[]; replacement: string; entry: ThatVerb}>> {
  if (thatIndex) return thatIndex
  const map = new Map<string, Array<{words: string[]; replacement: string; entry: ThatVerb}>>()
  for (const entry of THAT_VERBS) {
    for (const [form, replacement] of Object.entries(entry.forms)) {
      const words = form.split(' ')
      const list = map.get(words[0]) ?? []
      list.push({words, replacement, entry})
      map.set(words[0], list)
    }
  }
  thatIndex = map
  return map
}

/** Word i is the finite verb of a clause with a subject before it (not passive, not a fronted participle). */
function activeVerb(s: Scanner, i: number): boolean {
  if (i === 0 || s.sentenceStart(i)) return false
  if (!s.joined(i) && CLAUSE_END.test(s.gap(i))) return false
  const prev = s.toks[i - 1].lower.replace(/’/g, "'")
  if (NOT_ACTIVE_BEFORE.has(prev)) return false
  if (AUX_ADVERBS.has(prev) && i >= 2 && s.joined(i - 1) && NOT_ACTIVE_BEFORE.has(s.toks[i - 2].lower)) return false
  // "the celebrated trial", "an expressed wish": an adjective.
  if (DETERMINERS.has(prev) && s.joined(i)) return false
  return true
}

/**
 * A lower-case word after "that" that is the subject of a clause, not the noun
 * of a demonstrative "that": a plural ("that workers had …": "that" cannot
 * take a plural) or a word followed by a finite verb ("that inflation would …").
 */
function nounSubject(s: Scanner, i: number): boolean {
  const t = s.toks[i]
  const w = t.lower
  if (!/^[a-z]+$/.test(w)) return false
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|is|us|ics|ews)$/.test(w) && isCommonWord(w.slice(0, -1))) return true
  const next = s.joined(i + 1) ? s.toks[i + 1].lower : undefined
  return next !== undefined && FINITE_AFTER_SUBJECT.has(next)
}

const FINITE_AFTER_SUBJECT: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'could', 'will', 'might', 'must', 'should', 'did',
  'does', 'can', 'may', "wasn't", "weren't", "wasn’t", "weren’t", "isn't", "isn’t", "hadn't", "hadn’t", "wouldn't",
  "wouldn’t", 'remained', 'remains', 'continued', 'continues'
])

function checkThatVerbs(s: Scanner, add: Add): void {
  const {toks} = s
  const map = thatVerbs()
  for (let i = 0; i < toks.length; i++) {
    const list = map.get(toks[i].lower)
    if (!list) continue
    if (toks[i].value !== toks[i].lower) continue
    for (const {words, replacement, entry} of list) {
      const a = matchWords(s, i, words)
      if (a < 0 || isPossessive(toks[a - 1].value)) continue
      if (!s.joined(a) || toks[a].lower !== 'that') continue
      if (!activeVerb(s, i)) continue
      // "The report indicates that …", "the court considered that …": ordinary English.
      if (entry.tier === 'weak' && s.joined(i) && IMPERSONAL_SUBJECTS.has(toks[i - 1].lower)) continue
      // "that" must start a clause: a quotation, a pronoun/determiner, a name or a number.
      const after = a + 1
      if (after >= toks.length) continue
      const gap = s.gap(after)
      const quoted = OPEN_QUOTE.test(gap)
      if (!quoted) {
        const t = toks[after]
        const clause =
          (SPACE.test(gap) && (CLAUSE_STARTERS.has(t.lower) || UPPER_START.test(t.value) || /^\d/.test(t.value) || nounSubject(s, after))) ||
          /^,/.test(gap.trimStart())
        if (!clause) continue
      }
      const actual = s.text.slice(toks[i].start, toks[a].end)
      add({
        start: toks[i].start,
        end: toks[a].end,
        id: entry.id,
        tier: entry.tier,
        quoted,
        reason: `“${actual}” is a calque of ${languages(entry.originals)}: ${entry.why}`,
        expected: replacement.includes(' ') ? [`${replacement} that`] : [replacement, `${replacement} that`]
      })
      break
    }
  }
}

// ---------------------------------------------------------------------------
// Verb + object collocations

let objectIndex: Map<string, VerbObject[]> | undefined

function verbObjects(): Map<string, VerbObject[]> {
  if (objectIndex) return objectIndex
  const map = new Map<string, VerbObject[]>()
  for (const entry of VERB_OBJECTS) {
    for (const form of Object.keys(entry.forms)) {
      const list = map.get(form) ?? []
      list.push(entry)
      map.set(form, list)
    }
  }
  objectIndex = map
  return map
}

/** Words that may stand between the verb and its object: "realized a brief visit", "held two joint sessions". */
const NP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'these', 'those', 'several',
  'some', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'various', 'numerous',
  'multiple', 'another', 'new', 'first', 'second', 'third', 'last', 'final', 'many', 'further', 'more'
])

/** Words after the object that show a clause ("realized the meeting was over"): the real "realize". */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'could', 'will', 'might', 'must', 'should',
  'did', 'does', 'can', "wasn't", "weren't", "wasn’t", "weren’t", "isn't", "isn’t", 'that', 'meant', 'means',
  'itself', 'alone'
])

function checkVerbObjects(s: Scanner, add: Add): void {
  const {toks} = s
  const map = verbObjects()
  for (let i = 0; i < toks.length; i++) {
    const list = map.get(toks[i].lower)
    if (!list || toks[i].value !== toks[i].lower) continue
    // "the celebrated trial": an adjective.
    if (s.joined(i) && DETERMINERS.has(toks[i - 1].lower)) continue
    for (const entry of list) {
      let j = i + 1
      if (entry.link) {
        if (!s.joined(j) || toks[j].lower !== entry.link) continue
        j++
      }
      const verbEnd = j
      let found: {noun: number; verb: VerbObject['objects'][number]['verb']} | undefined
      for (let n = 0; n < 4 && j < toks.length && s.joined(j); n++, j++) {
        const t = toks[j]
        if (t.value !== t.lower) break
        const object = entry.objects.find((o) => o.nouns.includes(t.lower))
        if (object) {
          found = {noun: j, verb: object.verb}
          break
        }
        const w = t.lower
        const filler = NP_WORDS.has(w) || (!FUNCTION_WORDS.has(w) && /^[a-z-]+$/.test(w) && !w.endsWith('ly'))
        if (!filler) break
      }
      if (!found) continue
      // The object ends its noun phrase and no clause follows it.
      const nounTok = toks[found.noun]
      if (isPossessive(nounTok.value)) continue
      let clause = false
      for (let k = found.noun + 1; k < Math.min(toks.length, found.noun + 4) && s.joined(k); k++) {
        if (CLAUSE_VERBS.has(toks[k].lower)) clause = true
      }
      if (clause) continue
      const next = s.joined(found.noun + 1) ? toks[found.noun + 1].lower : undefined
      if (next && !FUNCTION_WORDS.has(next) && /^[a-z-]+$/.test(next) && !TIME_WORDS.has(next) && !next.endsWith('ly')) continue
      const tense = entry.forms[toks[i].lower]
      const actual = s.text.slice(toks[i].start, toks[verbEnd - 1].end)
      const object = s.text.slice(toks[verbEnd].start, nounTok.end)
      add({
        start: toks[i].start,
        end: toks[verbEnd - 1].end,
        id: entry.id,
        tier: entry.tier,
        reason: `“${actual} ${object}” is a calque of ${languages(entry.originals)}: ${entry.why}`,
        expected: [found.verb[tense]]
      })
      break
    }
  }
}

const TIME_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'last', 'this', 'next', 'here', 'there', 'together', 'jointly'])

// ---------------------------------------------------------------------------

/** Keep the longest of overlapping candidates (per paragraph). */
function removeOverlaps(list: Candidate[]): Candidate[] {
  list.sort((a, b) => a.paragraph.index - b.paragraph.index || a.start - b.start || b.end - a.end)
  const out: Candidate[] = []
  for (const c of list) {
    const prev = out[out.length - 1]
    if (prev && prev.paragraph === c.paragraph && c.start < prev.end) {
      if (c.end - c.start > prev.end - prev.start) out[out.length - 1] = c
      continue
    }
    out.push(c)
  }
  return out
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  es: 'Spanish',
  it: 'Italian',
  fr: 'French',
  pt: 'Portuguese',
  de: 'German'
}

/** "es “este domingo”; it “questa domenica”" → "Spanish “este domingo”, Italian “questa domenica”". */
function languages(originals: string): string {
  return originals
    .split('; ')
    .map((part) => {
      const code = part.slice(0, 2)
      const name = LANGUAGE_NAMES[code]
      return name && part[2] === ' ' ? name + part.slice(2) : part
    })
    .join(', ')
}

/** Capitalise the candidates when the flagged text starts a sentence ("This Sunday" → "On Sunday"). */
function matchCase(actual: string, expected: string[]): string[] {
  if (!UPPER_START.test(actual)) return expected
  const words = actual.split(/\s+/)
  const titled = words.length > 1 && words.every((w) => UPPER_START.test(w) || w === 'of' || w === 'the' || w === 'and')
  return expected.map((e) => {
    if (e === '' || UPPER_START.test(e)) return e
    if (titled) return e.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase())
    return e[0].toUpperCase() + e.slice(1)
  })
}
