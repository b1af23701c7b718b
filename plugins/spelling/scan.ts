/**
 * spelling, part: the candidates of one sentence.
 *
 * What it finds: the words of a sentence the rule may report, each with its
 * verdict (see verdict.ts), its span and its place among the sentence's
 * checked words; and whether it stands in a cluster of foreign text.  How:
 * plain lower-case words the lexicon knows take a fast path; the rest are
 * skipped when capitalised (names are not misspellings), all capitals, with
 * digits, glued to symbols or syntax ("SM:tv", "blinkx.tv", ".png",
 * "caf&#233;"), dotted or not Latin; accepted words, known hyphenated wholes
 * ("e-mail"), prefixes before a hyphen ("nano- and micro-"), compound parts
 * and rhyming pairs ("willy-nilly") pass; dropped letters ("'orrible",
 * "lovin'") pass when restored.  Three unknown, rare or accented words within
 * four checked words of each other are foreign text (the untranslated rule's
 * business), marked `foreign`.  It also counts dialect-only words (to pick the
 * suggestion dictionary).
 */
import {COMPOUND_PARTS, APOSTROPHE_FORMS, NEWS_VOCABULARY, PREFIXES} from '../data/spelling-words.js'
import {MASK, type ParagraphInfo, type SentenceInfo, type WordInfo} from '../support/document.js'
import {FLAG, lookup} from '../support/lexicon.js'
import {APOSTROPHE, APOSTROPHE_OR_PRIME_ALL, ASCII_UPPER, LOWER, NUMBER, UNICODE_HYPHEN_ALL, UPPER_START} from '../support/text.js'
import {countDialect, countDialectFlags, type DialectCounts} from './dialect.js'
import {DIALECT_BITS, fold, isCommon, MAX_WORD_LENGTH, type Context, type Kind} from './known.js'
import {judge, judgePart} from './verdict.js'

/** A word the rule may report. */
export interface Issue {
  kind: Kind
  /** The checked word (lower case, accents folded). */
  word: string
  /** As written in the text. */
  written: string
  paragraph: ParagraphInfo
  start: number
  end: number
  token: WordInfo
  expected?: string[]
  /** Position among the sentence's checked words. */
  at: number
  /** In a cluster of unknown words (foreign text). */
  foreign: boolean
}

/** This many unknown words within FOREIGN_WINDOW checked words on either side of each other are foreign text. */
const FOREIGN_MIN_UNKNOWN = 3
const FOREIGN_WINDOW = 4

const PREFIX_SET: ReadonlySet<string> = new Set(PREFIXES)
const LATIN = /^[a-zA-Z'.-]+$/
const PLAIN_WORD = /^[a-z]+$/
const WORDISH = /[\p{L}\p{N}#@_&\uE000]/u
const GLUE: ReadonlySet<string> = new Set(['&', ';', ':', '/', '\\', '.', '_', '@', '=', '+', '*', '^', '~', '|', '<', '>', '#', '%', '$', '€', '£', '¥', '?', '!'])

/** Is the word glued to other material by a symbol or syntax ("SM:tv", "blinkx.tv", "caf&#233;")? */
function glued(text: string, start: number, end: number): boolean {
  const before = text[start - 1]
  const after = text[end]
  if (before === MASK || after === MASK || before === '\uFFFD' || after === '\uFFFD') return true
  // ".png", ".uk": a file extension or domain (not after an ellipsis "...and").
  if (before === '.' && text[start - 2] !== '.') return true
  if (before !== undefined && GLUE.has(before) && start >= 2 && WORDISH.test(text[start - 2])) return true
  if (after !== undefined && GLUE.has(after) && end + 1 < text.length && WORDISH.test(text[end + 1])) return true
  if (before !== undefined && WORDISH.test(before)) return true
  if (after !== undefined && WORDISH.test(after)) return true
  return false
}

interface Part {
  word: string
  /** Offsets in the paragraph text. */
  start: number
  end: number
}

/** Split a folded token into its checkable parts, with paragraph offsets. */
function partsOf(folded: string, offset: number): Part[] {
  const parts: Part[] = []
  let i = 0
  while (i < folded.length) {
    while (i < folded.length && (folded[i] === '-' || folded[i] === '.')) i++
    const s = i
    while (i < folded.length && folded[i] !== '-' && folded[i] !== '.') i++
    if (i > s) parts.push({word: folded.slice(s, i), start: offset + s, end: offset + i})
  }
  return parts
}

/** Trim quote-like apostrophes at the edges of a part unless they belong to a known form. */
function trimApostrophes(part: Part): Part {
  let {word, start, end} = part
  const lower = word.toLowerCase()
  if (APOSTROPHE_FORMS.has(lower)) return part
  while (word.startsWith("'")) {
    word = word.slice(1)
    start++
    if (APOSTROPHE_FORMS.has(word.toLowerCase())) break
  }
  return {word, start, end}
}

/** Two halves of a rhyming or ablaut compound ("willy-nilly", "criss-cross")? */
function similarPair(a: string, b: string): boolean {
  if (a.length < 3 || b.length < 3 || Math.abs(a.length - b.length) > 1) return false
  if (a.length === b.length) {
    let diff = 0
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++
    if (diff === 1) return true
  }
  // Rhyme: the same last three letters ("willy-nilly", "hanky-panky").
  return a.slice(-3) === b.slice(-3)
}

/** Is a known word also evidence of foreign text: only in the big word list (rare), or accented? */
function foreignLooking(word: string, accented: boolean): boolean {
  if (accented) return true
  const f = lookup(word)
  return (f & DIALECT_BITS) === 0 && (f & FLAG.LIST) !== 0
}

/** Check the words of one sentence; push its issues onto `found`. */
export function checkSentence(sentence: SentenceInfo, ctx: Context, counts: DialectCounts, found: Issue[]): void {
  const paragraph = sentence.paragraph
  const text = paragraph.text
  /** Per checked word: evidence of foreign text (unknown, a lower-case name, rare or accented)? */
  const evidence: boolean[] = []
  const issues: Issue[] = []
  for (const token of sentence.words) {
    const raw = token.value
    if (raw.length < 2 || raw.length > MAX_WORD_LENGTH) continue
    // Fast path: a plain lower-case word the dictionaries know (most words).
    if (PLAIN_WORD.test(raw) && judge(raw, ctx) === undefined) {
      // One look-up for both (foreignLooking and countDialect).
      const f = lookup(raw)
      evidence.push((f & DIALECT_BITS) === 0 && (f & FLAG.LIST) !== 0)
      countDialectFlags(f, counts)
      continue
    }
    if (UPPER_START.test(raw) || !LOWER.test(raw) || NUMBER.test(raw)) continue
    if (glued(text, token.start, token.end)) continue
    const folded = fold(raw)
    if (folded.length !== raw.length || !LATIN.test(folded)) continue
    // ".png", "x.com's", "a.m.", "said.The": file names, domains, initials, lost spaces.
    if (folded.includes('.')) continue
    const accented = folded !== raw.replace(APOSTROPHE_OR_PRIME_ALL, "'").replace(UNICODE_HYPHEN_ALL, '-')
    const lowerToken = folded.toLowerCase()
    if (ctx.accepted.has(lowerToken) || APOSTROPHE_FORMS.has(lowerToken)) continue

    // A hyphenated compound known as a whole or joined ("e-mail", "co-ordinator").
    if (lowerToken.includes('-') && !ASCII_UPPER.test(folded)) {
      const joined = lowerToken.replace(/(?:'s|')$/, '').replace(/-/g, '')
      if ((lookup(joined) & (FLAG.LOWER | FLAG.LIST | FLAG.NAME)) !== 0 || NEWS_VOCABULARY.has(joined)) continue
    }

    const parts = partsOf(folded, token.start)
    for (let j = 0; j < parts.length; j++) {
      const part = trimApostrophes(parts[j])
      let word = part.word
      if (word.length < 2 || ASCII_UPPER.test(word)) continue
      // "'orrible", "'ere": a dropped h marked by the apostrophe.
      const elided = part.start > parts[j].start || (j === 0 && APOSTROPHE.test(text[token.start - 1] ?? ''))
      if (elided && isCommon('h' + word.replace(/'.*$/, ''))) continue
      // A closing quote, or the apostrophe of a plural possessive ("countries'").
      while (word.endsWith("'") && !APOSTROPHE_FORMS.has(word)) {
        // "lovin'": a dropped g.
        if (word.endsWith("in'") && isCommon(word.slice(0, -1) + 'g')) break
        word = word.slice(0, -1)
      }
      if (word.length < 2 || word.endsWith("in'")) continue
      // "lovin" followed by an apostrophe the tokenizer kept apart.
      const after = part.start + word.length
      if (word.endsWith('in') && APOSTROPHE.test(text[after] ?? '') && isCommon(word + 'g')) continue
      evidence.push(false)
      const at = evidence.length - 1
      // A prefix before a suspended hyphen: "nano- and micro-engineering".
      const suspended = /^[-‐‑]/.test(text[token.end] ?? '') || folded.endsWith('-')
      if (j === parts.length - 1 && suspended && PREFIX_SET.has(word)) continue
      if (parts.length > 1) {
        if (j < parts.length - 1 && PREFIX_SET.has(word)) continue
        if (COMPOUND_PARTS.has(word)) continue
        // Rhyming and ablaut pairs: "willy-nilly", "criss-cross".
        if (parts.length === 2) {
          const other = parts[1 - j].word.toLowerCase()
          if (similarPair(word, other) && isCommon(other)) continue
        }
      }
      const {verdict, length} = judgePart(word, ctx)
      if (!verdict) {
        evidence[at] = foreignLooking(word, accented)
        countDialect(word, counts)
        continue
      }
      if (verdict.kind === 'unknown' || verdict.kind === 'case') evidence[at] = true
      issues.push({
        kind: verdict.kind,
        word: word.slice(0, length),
        written: text.slice(part.start, part.start + length),
        paragraph,
        start: part.start,
        end: part.start + length,
        token,
        expected: verdict.expected,
        at,
        foreign: false
      })
    }
  }
  // A cluster of unknown, rare or accented words is foreign text (a quote, a
  // title, lyrics), not typos: the untranslated rule's business.
  for (const issue of issues) {
    let near = 0
    const from = Math.max(0, issue.at - FOREIGN_WINDOW)
    const to = Math.min(evidence.length - 1, issue.at + FOREIGN_WINDOW)
    for (let k = from; k <= to; k++) if (evidence[k]) near++
    issue.foreign = near >= FOREIGN_MIN_UNKNOWN
    found.push(issue)
  }
}
