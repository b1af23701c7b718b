/**
 * calque, where the checks start: every check starts from a word of its
 * tables ("this", "the", "in", "assured" …), and most need given words after
 * it ("the" + "past", "in" + "declarations").  findHits finds those places
 * first — by the shape (first two characters, length) and an ASCII hash of
 * each word, without a string per word — and a paragraph without one is not
 * read any further.
 *
 * A word with a character outside ASCII whose lower case may be one of the
 * trigger words' characters, or longer than one code unit ("İ", the Kelvin
 * sign), is looked up the slow way (by its lower case).  The tables are
 * built on first use, once per process.
 */
import {WEEKDAYS} from '../data/calque-english.js'
import {PHRASE_PERIPHRASES} from '../data/calque-periphrases.js'
import type {ParagraphInfo, WordInfo} from '../support/document.js'
import {lazy, NON_ASCII, packMap, PartsMap, type StoredMap, type WordTable} from '../support/text.js'
import {compileMatcher, matchesWord, sharedMatcher, unionMatcher, type Matcher} from './matcher.js'
import {periphrases} from './periphrases.js'
import {phrases} from './phrases.js'
import {lowerCase, type WordFacts} from './scanner.js'
import {thatVerbs} from './that-verbs.js'
import {verbObjects} from './verb-objects.js'

export interface Triggers {
  /**
   * The lower-case words a check can start from ("this", "the", the first
   * words of the tables), with their entries.  A word that is none of these
   * (nor a weekday, when a phrase starts with "#weekday") makes every check
   * skip it.
   */
  byLower: WordTable<WordFacts>
  /** Weekdays as written, when a phrase starts with "#weekday". */
  byWeekday: Map<string, WordFacts>
  /**
   * The words above by ASCII first character (lower case) × 32 + length
   * (31: longer): a bit set for their second character (bit 0–25: a–z, 26:
   * another ASCII character, 27: none).
   */
  shapes: Uint32Array
  /** The ASCII words of byLower by asciiHash. */
  byHash: Map<number, string[]>
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
  const stripped = (w: string): Matcher => sharedMatcher({...none(), stripped: new Set([w])})
  /** The words of matchWords after its first: literal, the last without a possessive. */
  const rest = (words: readonly string[]): Matcher[] => words.slice(1).map((w, j) => (j === words.length - 2 ? stripped(w) : compileMatcher([w])))
  if (lower === 'this') sequences.push([sharedMatcher({...none(), weekday: true, month: true, dayNumber: true})])
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
  return {first: sharedMatcher(first), sequences}
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

/** The trigger words and their entries, built on first use, once per process. */
export const getTriggers: () => Triggers = lazy((): Triggers => {
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
  const byHash = new Map<number, string[]>()
  for (const key of byLower.keys()) {
    if (NON_ASCII.test(key)) continue
    const h = asciiHash(key)
    const list = byHash.get(h) ?? []
    list.push(key)
    byHash.set(h, list)
  }
  return {byLower, byWeekday, shapes, byHash}
}, {
  name: 'calque/triggers',
  // A story meets a few dozen of the 500 trigger words: the CLI reads each word's entries when it
  // is first met (on the bench article 42 words, 120 of the table's 740 KB).
  split: {
    pack: (t, encode) => ({...t, byLower: packMap(t.byLower as ReadonlyMap<string, WordFacts>, encode)}),
    unpack: (stored, decode) => {
      const t = stored as Omit<Triggers, 'byLower'> & {byLower: StoredMap}
      return {...t, byLower: new PartsMap<WordFacts>(t.byLower, decode)}
    }
  }
})

/**
 * Characters outside ASCII whose lower case may be (or hold) a character of
 * the trigger words, or is longer than one code unit ("İ", the Kelvin sign
 * "K", "Í"): a word with one is looked up the slow way.  Filled on first use
 * (bit 1: known, bit 2: such a character).
 */
const UNSAFE_CHAR = new Uint8Array(0x10000)

/** The characters of the trigger words, lower case. */
const triggerChars = lazy(() => new Set([...getTriggers().byLower.keys(), ...getTriggers().byWeekday.keys()].join('').toLowerCase()))

/**
 * Characters outside ASCII, but for the common punctuation of news copy
 * (curly quotes, dashes, spaces, the mask) when it is safe.
 */
const nonAsciiPattern = lazy((): RegExp => {
  let skip = ''
  for (const c of '\u00a0\u00ab\u00bb\u2009\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u202f\ue000') {
    if (!unsafeChar(c.charCodeAt(0))) skip += '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')
  }
  return new RegExp(`[^\\0-\\x7f${skip}]`, 'g')
})

function unsafeChar(c: number): boolean {
  let v = UNSAFE_CHAR[c]
  if (v === 0) {
    // Surrogates, and the capital sigma (its lower case depends on the context).
    let unsafe = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3
    if (!unsafe) {
      const lower = String.fromCharCode(c).toLowerCase()
      unsafe = lower.length !== 1 || triggerChars().has(lower)
    }
    v = unsafe ? 3 : 1
    UNSAFE_CHAR[c] = v
  }
  return v === 3
}

export interface Hits {
  /** Indices of the words checks start from, in order. */
  at: number[]
  /** Their entries (same order). */
  facts: WordFacts[]
}

/** The words of a paragraph the checks start from (undefined: none). */
export function findHits(paragraph: ParagraphInfo, t: Triggers): Hits | undefined {
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
        for (const key of list) {
          if (sameAscii(key, value)) {
            facts = t.byLower.get(key)
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
