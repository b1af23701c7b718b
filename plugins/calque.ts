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
 * with plain loops (no regular expression over free text but one character
 * class that finds characters outside ASCII).
 *
 * Speed: every check starts from a word of its tables ("this", "the", "in",
 * "assured" …) and most need given words after it ("the" + "past", "in" +
 * "declarations"); findHits finds those places first (by the shape and an
 * ASCII hash of each word, without a string per word), and a paragraph
 * without one is not read any further.
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
import {getIndex, type DocumentIndex, type ParagraphInfo, type WordInfo} from './support/document.js'
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

/** A word of the paragraph; its lower-case form is computed on first use. */
class Tok {
  private low: string | undefined = undefined
  constructor(
    readonly value: string,
    readonly start: number,
    readonly end: number
  ) {}

  get lower(): string {
    return (this.low ??= lowerCase(this.value))
  }
}

/** `value.toLowerCase()`, without a new string for an ASCII word already in lower case. */
function lowerCase(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 128 || (c >= 65 && c <= 90)) return value.toLowerCase()
  }
  return value
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
    const t = getTriggers()
    for (const paragraph of index.paragraphs) {
      const words = paragraph.words
      const n = words.length
      if (n === 0) continue
      // Every check starts from a word of its tables: the other words only
      // matter as neighbours, so a paragraph without such a word is done.
      const hits = findHits(paragraph, t)
      if (!hits) continue
      const toks = new Array<Tok>(n)
      for (let i = 0; i < n; i++) {
        const w = words[i]
        toks[i] = new Tok(w.value, w.start, w.end)
      }
      const facts = new Array<WordFacts>(n)
      for (let k = 0; k < hits.at.length; k++) facts[hits.at[k]] = hits.facts[k]
      const text = paragraph.masked
      const add: Add = (c) => candidates.push({quoted: false, ...c, paragraph})
      const s = new Scanner(toks, facts, text)
      const at = hits.at
      checkWeekdays(s, at, add)
      checkPeriphrases(s, at, index, add)
      checkPhrases(s, at, add)
      checkThatVerbs(s, at, add)
      checkVerbObjects(s, at, add)
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
    readonly facts: readonly WordFacts[],
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
// Where the checks start

/** The table entries each check starts from at a word. */
interface WordFacts {
  /**
   * What the next words must be for any check to fire here: one of these
   * sequences, the first word also matching `first` (undefined: anything).
   */
  follow: {first: Matcher; sequences: Matcher[][]} | undefined
  periphrases: AdjectiveEntry[] | undefined
  phrases: PhraseGroup | undefined
  thatVerbs: ThatForm[] | undefined
  objects: VerbObject[] | undefined
}

interface Triggers {
  /**
   * The lower-case words a check can start from ("this", "the", the first
   * words of the tables), with their entries.  A word that is none of these
   * (nor a weekday, when a phrase starts with "#weekday") makes every check
   * skip it.
   */
  byLower: Map<string, WordFacts>
  /** Weekdays as written, when a phrase starts with "#weekday". */
  byWeekday: Map<string, WordFacts>
  /**
   * The words above by ASCII first character (lower case) × 32 + length
   * (31: longer): a bit set for their second character (bit 0–25: a–z, 26:
   * another ASCII character, 27: none).
   */
  shapes: Uint32Array
  /** The ASCII words of byLower by asciiHash (with the word, to confirm). */
  byHash: Map<number, Array<{key: string; facts: WordFacts}>>
}

/** asciiHash of an ASCII word; undefined for a word with another character. */
function asciiHashOf(value: string): number | undefined {
  let h = 0
  for (let k = 0; k < value.length; k++) {
    let c = value.charCodeAt(k)
    if (c >= 128) return undefined
    if (c >= 65 && c <= 90) c += 32
    h = (Math.imul(h, 31) + c) | 0
  }
  return h
}

/** A hash of a word's characters in ASCII lower case (any ASCII string). */
function asciiHash(value: string): number {
  let h = 0
  for (let k = 0; k < value.length; k++) {
    let c = value.charCodeAt(k)
    if (c >= 65 && c <= 90) c += 32
    h = (Math.imul(h, 31) + c) | 0
  }
  return h
}

/** Is an ASCII word `key` (lower case) the same as `value` in ASCII lower case? */
function sameAscii(key: string, value: string): boolean {
  if (key.length !== value.length) return false
  for (let k = 0; k < key.length; k++) {
    let c = value.charCodeAt(k)
    if (c >= 65 && c <= 90) c += 32
    if (c !== key.charCodeAt(k)) return false
  }
  return true
}

/** The slot and bit of a word's shape, from its first two characters (lower case) and length. */
function shapeSlot(c0: number, length: number): number {
  return c0 * 32 + (length < 31 ? length : 31)
}

function shapeBit(c1: number): number {
  return c1 >= 97 && c1 <= 122 ? 1 << (c1 - 97) : 1 << 26
}

const NO_SECOND = 1 << 27

let triggers: Triggers | undefined

/**
 * What must follow a word for a check to start there — derived from the
 * checks: "this" + a date (dateAt), "the" + "past" (checkWeekdays), "the" +
 * a phrase periphrasis, an adjective + its other words + the first word of a
 * head (checkPeriphrases, matchPeriphrasis, matchWords: the last word of a
 * sequence may carry a possessive), the words of the phrases (checkPhrases),
 * a verb of saying + "that" (checkThatVerbs); undefined when a check may go
 * on with any word (verb + object, one-word phrases).
 */
function followOf(lower: string, facts: WordFacts): WordFacts['follow'] {
  if (facts.objects) return undefined
  const sequences: Matcher[][] = []
  const none = (): Matcher => compileMatcher([])
  const stripped = (w: string): Matcher => ({...none(), stripped: new Set([w])})
  /** The words of matchWords after its first: literal, the last without a possessive. */
  const rest = (words: readonly string[]): Matcher[] => words.slice(1).map((w, j) => (j === words.length - 2 ? stripped(w) : compileMatcher([w])))
  if (lower === 'this') sequences.push([{...none(), weekday: true, month: true, dayNumber: true}])
  if (lower === 'the') {
    sequences.push([compileMatcher(['past'])])
    for (const p of PHRASE_PERIPHRASES) {
      sequences.push(p.words.map((w, j) => (j === p.words.length - 1 ? stripped(w) : compileMatcher([w]))))
    }
  }
  for (const {words, entry} of facts.periphrases ?? []) {
    const heads = [...entry.nameHeads, ...(entry.capitals ? ['capital'] : []), ...entry.adjectiveHeads]
    if (heads.length === 0) continue
    const head = heads.map((h) => (h.includes(' ') ? compileMatcher([h.split(' ')[0]]) : stripped(h))).reduce(unionMatcher)
    sequences.push([...rest(words), head])
  }
  for (const {words} of facts.thatVerbs ?? []) sequences.push([...rest(words), compileMatcher(['that'])])
  if (facts.phrases) sequences.push(facts.phrases.positions)
  if (sequences.length === 0 || sequences.some((q) => q.length === 0)) return undefined
  const first = {...sequences.map((q) => q[0]).reduce(unionMatcher)}
  if (first.stripped.size === 0 && !first.weekday && !first.month && !first.number && !first.word && !first.dayNumber) {
    first.literalHashes = new Set([...first.literals].map(asciiHash))
  }
  return {first, sequences}
}

/** Do the words after word i match one of the sequences? */
function follows(words: readonly WordInfo[], i: number, follow: NonNullable<WordFacts['follow']>): boolean {
  if (i + 1 >= words.length) return false
  const value = words[i + 1].value
  const first = follow.first
  if (first.literalHashes) {
    // Only literals: an ASCII word whose hash is none of theirs is none of them.
    const h = asciiHashOf(value)
    if (h !== undefined && !first.literalHashes.has(h)) return false
  }
  if (!matchesWord(first, value, lowerCase(value))) return false
  for (const sequence of follow.sequences) {
    let ok = true
    for (let j = 0; j < sequence.length && ok; j++) {
      const k = i + 1 + j
      ok = k < words.length && matchesWord(sequence[j], words[k].value, lowerCase(words[k].value))
    }
    if (ok) return true
  }
  return false
}

function getTriggers(): Triggers {
  if (triggers) return triggers
  const byLower = new Map<string, WordFacts>()
  const byWeekday = new Map<string, WordFacts>()
  const factsFor = (lower: string, weekday: string | undefined): WordFacts => {
    const facts: WordFacts = {
      follow: undefined,
      periphrases: periphrases().get(lower),
      phrases: phrases().get(lower) ?? (weekday !== undefined ? phrases().get('#weekday') : undefined),
      thatVerbs: thatVerbs().get(lower),
      objects: verbObjects().get(lower)
    }
    facts.follow = followOf(lower, facts)
    return facts
  }
  for (const key of ['this', 'the', ...periphrases().keys(), ...phrases().keys(), ...thatVerbs().keys(), ...verbObjects().keys()]) {
    if (!byLower.has(key)) byLower.set(key, factsFor(key, undefined))
  }
  if (phrases().has('#weekday')) for (const day of WEEKDAYS) byWeekday.set(day, factsFor(day.toLowerCase(), day))
  // Keys with a character outside ASCII in the first two places are only
  // reached through an unsafe character (see findHits).
  const shapes = new Uint32Array(128 * 32)
  for (const key of [...byLower.keys(), ...[...byWeekday.keys()].map((d) => d.toLowerCase())]) {
    const c0 = key.charCodeAt(0)
    if (c0 >= 128) continue
    if (key.length === 1) {
      shapes[shapeSlot(c0, 1)] |= NO_SECOND
      continue
    }
    const c1 = key.charCodeAt(1)
    if (c1 < 128) shapes[shapeSlot(c0, key.length)] |= shapeBit(c1)
  }
  const byHash = new Map<number, Array<{key: string; facts: WordFacts}>>()
  for (const [key, facts] of byLower) {
    if (!/^[\0-\x7f]*$/.test(key)) continue
    const h = asciiHash(key)
    const list = byHash.get(h) ?? []
    list.push({key, facts})
    byHash.set(h, list)
  }
  triggers = {byLower, byWeekday, shapes, byHash}
  return triggers
}

/**
 * Characters outside ASCII whose lower case may be (or hold) a character of
 * the trigger words, or is longer than one code unit ("İ", the Kelvin sign
 * "K", "Í"): a word with one is looked up the slow way.  Filled on first use
 * (bit 1: known, bit 2: such a character).
 */
const UNSAFE_CHAR = new Uint8Array(0x10000)
let triggerChars: Set<string> | undefined
let nonAscii: RegExp | undefined

/**
 * Characters outside ASCII, but for the common punctuation of news copy
 * (curly quotes, dashes, spaces, the mask) when it is safe.
 */
function nonAsciiPattern(): RegExp {
  if (nonAscii) return nonAscii
  let skip = ''
  for (const c of '\u00a0\u00ab\u00bb\u2009\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u202f\ue000') {
    if (!unsafeChar(c.charCodeAt(0))) skip += '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')
  }
  nonAscii = new RegExp(`[^\\0-\\x7f${skip}]`, 'g')
  return nonAscii
}

function unsafeChar(c: number): boolean {
  let v = UNSAFE_CHAR[c]
  if (v === 0) {
    triggerChars ??= new Set([...getTriggers().byLower.keys(), ...getTriggers().byWeekday.keys()].join('').toLowerCase())
    // Surrogates, and the capital sigma (its lower case depends on the context).
    let unsafe = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3
    if (!unsafe) {
      const lower = String.fromCharCode(c).toLowerCase()
      unsafe = lower.length !== 1 || triggerChars.has(lower)
    }
    v = unsafe ? 3 : 1
    UNSAFE_CHAR[c] = v
  }
  return v === 3
}

interface Hits {
  /** Indices of the words checks start from, in order. */
  at: number[]
  /** Their entries (same order). */
  facts: WordFacts[]
}

/** The words of a paragraph the checks start from (undefined: none). */
function findHits(paragraph: ParagraphInfo, t: Triggers): Hits | undefined {
  const text = paragraph.text
  const words = paragraph.words
  // Positions of unsafe characters (rare): words over them take the slow way.
  let unsafe: number[] | undefined
  const pattern = nonAsciiPattern()
  pattern.lastIndex = 0
  while (pattern.test(text)) {
    const i = pattern.lastIndex - 1
    if (unsafeChar(text.charCodeAt(i))) (unsafe ??= []).push(i)
  }
  let next = 0
  let hits: Hits | undefined
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    // The word is its paragraph text from start to end: read there (one
    // string) rather than in each word's own.
    const start = w.start
    const length = w.end - start
    let slow = false
    if (unsafe) {
      while (next < unsafe.length && unsafe[next] < start) next++
      slow = next < unsafe.length && unsafe[next] < w.end
    }
    let facts: WordFacts | undefined
    if (!slow && t.byWeekday.size === 0) {
      // No unsafe character: the lower case has the same length, and a
      // character outside ASCII cannot be one of a trigger word's.
      if (length === 0) continue
      let c0 = text.charCodeAt(start)
      if (c0 >= 128) continue
      if (c0 >= 65 && c0 <= 90) c0 += 32
      let bit = NO_SECOND
      if (length > 1) {
        let c1 = text.charCodeAt(start + 1)
        if (c1 >= 128) continue
        if (c1 >= 65 && c1 <= 90) c1 += 32
        bit = shapeBit(c1)
      }
      if ((t.shapes[shapeSlot(c0, length)] & bit) === 0) continue
      // An ASCII word by hash, without a string.
      let h = 0
      let ascii = true
      for (let k = start; k < w.end; k++) {
        let c = text.charCodeAt(k)
        if (c >= 128) {
          ascii = false
          break
        }
        if (c >= 65 && c <= 90) c += 32
        h = (Math.imul(h, 31) + c) | 0
      }
      if (!ascii) continue
      const list = t.byHash.get(h)
      if (!list) continue
      const value = w.value
      if (value.length !== length) {
        facts = t.byLower.get(lowerCase(value))
      } else {
        for (const e of list) {
          if (sameAscii(e.key, value)) {
            facts = e.facts
            break
          }
        }
      }
    } else {
      const value = w.value
      facts = (t.byWeekday.size > 0 ? t.byWeekday.get(value) : undefined) ?? t.byLower.get(lowerCase(value))
    }
    if (!facts || (facts.follow && !follows(words, i, facts.follow))) continue
    hits ??= {at: [], facts: []}
    hits.at.push(i)
    hits.facts.push(facts)
  }
  return hits
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

function checkWeekdays(s: Scanner, hits: readonly number[], add: Add): void {
  const {toks} = s
  for (const i of hits) {
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

function checkPeriphrases(s: Scanner, hits: readonly number[], index: DocumentIndex, add: Add): void {
  const {toks, facts} = s
  for (const i of hits) {
    const list = facts[i].periphrases
    if (list) {
      for (const {words, entry} of list) {
        const a = matchWords(s, i, words)
        if (a < 0 || isPossessive(toks[a - 1].value)) continue
        if (matchPeriphrasis(s, index, i, a, entry, add)) break
      }
    }
    if (toks[i].lower === 'the' && s.joined(i + 1)) {
      for (const p of PHRASE_PERIPHRASES) {
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

/**
 * The alternatives of a position, compiled: "#weekday", "#month",
 * "#number" and "#word" stand for classes, any other string for itself
 * (lower case).
 */
interface Matcher {
  literals: ReadonlySet<string>
  /** Lower case without a final possessive (matchWords' last word; not in phrases). */
  stripped: ReadonlySet<string>
  weekday: boolean
  month: boolean
  number: boolean
  word: boolean
  /** A day of the month (dateAt; not in phrases). */
  dayNumber: boolean
  /** asciiHash of each literal, when literals are all it takes. */
  literalHashes?: ReadonlySet<number>
}

function compileMatcher(alternatives: readonly string[]): Matcher {
  const literals = new Set<string>()
  const m = {literals, stripped: new Set<string>(), weekday: false, month: false, number: false, word: false, dayNumber: false}
  for (const alt of alternatives) {
    if (alt === '#weekday') m.weekday = true
    else if (alt === '#month') m.month = true
    else if (alt === '#number') m.number = true
    else if (alt === '#word') m.word = true
    else literals.add(alt)
  }
  return m
}

/** A matcher for any word either matcher takes. */
function unionMatcher(a: Matcher, b: Matcher): Matcher {
  return {
    literals: new Set([...a.literals, ...b.literals]),
    stripped: new Set([...a.stripped, ...b.stripped]),
    weekday: a.weekday || b.weekday,
    month: a.month || b.month,
    number: a.number || b.number,
    word: a.word || b.word,
    dayNumber: a.dayNumber || b.dayNumber
  }
}

/** Does a word (as written, and in lower case) match? */
function matchesWord(m: Matcher, value: string, lower: string): boolean {
  return (
    m.literals.has(lower) ||
    (m.stripped.size > 0 && m.stripped.has(lower.replace(APOSTROPHES, ''))) ||
    (m.weekday && WEEKDAY_SET.has(value)) ||
    (m.month && MONTHS.has(value)) ||
    (m.number && DIGITS.test(value)) ||
    (m.word && LETTER.test(value)) ||
    (m.dayNumber && DAY_NUMBER.test(value))
  )
}

interface CompiledPhrase {
  entry: PhraseCalque
  words: Matcher[]
  followedBy: Matcher | undefined
}

/** The phrases that start with a word. */
interface PhraseGroup {
  entries: CompiledPhrase[]
  /** What the second word must match for any of them (undefined: a one-word phrase). */
  second: Matcher | undefined
  /** What the words after the first must match for any of them, as far as all of them go. */
  positions: Matcher[]
}

let phraseIndex: Map<string, PhraseGroup> | undefined

function phrases(): Map<string, PhraseGroup> {
  if (phraseIndex) return phraseIndex
  const lists = new Map<string, CompiledPhrase[]>()
  for (const entry of PHRASES) {
    const compiled: CompiledPhrase = {
      entry,
      words: entry.words.map(compileMatcher),
      followedBy: entry.followedBy ? compileMatcher(entry.followedBy) : undefined
    }
    for (const first of entry.words[0]) {
      const list = lists.get(first) ?? []
      list.push(compiled)
      lists.set(first, list)
    }
  }
  const map = new Map<string, PhraseGroup>()
  for (const [first, entries] of lists) {
    const positions: Matcher[] = []
    const shortest = Math.min(...entries.map((e) => e.words.length))
    for (let p = 1; p < shortest; p++) positions.push(compileMatcher(entries.flatMap((e) => e.entry.words[p])))
    map.set(first, {entries, second: positions[0], positions})
  }
  phraseIndex = map
  return map
}

function wordMatches(t: Tok, m: Matcher): boolean {
  return (
    m.literals.has(t.lower) ||
    (m.weekday && WEEKDAY_SET.has(t.value)) ||
    (m.month && MONTHS.has(t.value)) ||
    (m.number && DIGITS.test(t.value)) ||
    (m.word && LETTER.test(t.value))
  )
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

function checkPhrases(s: Scanner, hits: readonly number[], add: Add): void {
  const {toks, facts} = s
  for (const i of hits) {
    const group = facts[i].phrases
    if (!group) continue
    // No phrase of the group can go on with the next word.
    if (group.second && !(i + 1 < toks.length && wordMatches(toks[i + 1], group.second))) continue
    for (const {entry, words, followedBy} of group.entries) {
      const n = words.length
      let ok = true
      for (let p = 0; p < n && ok; p++) {
        const t = toks[i + p]
        if (!t || !wordMatches(t, words[p]) || (p > 0 && !s.joined(i + p))) ok = false
        else if (p < n - 1 && isPossessive(t.value)) ok = false
        else if (entry.lowerCase?.includes(p) && t.value !== t.lower) ok = false
      }
      if (!ok) continue
      const before = s.joined(i) ? toks[i - 1].lower : undefined
      if (before !== undefined && entry.notBefore?.includes(before)) continue
      const next = s.joined(i + n) ? toks[i + n] : undefined
      if (next && entry.notAfter?.includes(next.lower)) continue
      if (followedBy && (!next || !wordMatches(next, followedBy))) continue
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

interface ThatForm {
  words: string[]
  replacement: string
  entry: ThatVerb
}

let thatIndex: Map<string, ThatForm[]> | undefined

function thatVerbs(): Map<string, ThatForm[]> {
  if (thatIndex) return thatIndex
  const map = new Map<string, ThatForm[]>()
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

function checkThatVerbs(s: Scanner, hits: readonly number[], add: Add): void {
  const {toks} = s
  const {facts} = s
  for (const i of hits) {
    const list = facts[i].thatVerbs
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

function checkVerbObjects(s: Scanner, hits: readonly number[], add: Add): void {
  const {toks} = s
  const {facts} = s
  for (const i of hits) {
    const list = facts[i].objects
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
