/**
 * spelling, part: the verdict on one lower-case word or part of a word.
 *
 * What it decides: fine (a dictionary word of the dialect, a word of the big
 * word list, listed news vocabulary or wire abbreviations, accepted, derived
 * from known words, a medicine's international name, expressive lengthening
 * "pleeease"), or a finding: a listed common misspelling ('typo', with its
 * correction), the other dialect's spelling ('dialect'), a name or acronym in
 * lower case ('case', capitalised), or an unknown word ('unknown').
 * Contractions and possessives are judged by their stem, which is also the
 * reported span.  How: the lexicon and the derivation part; verdicts are
 * remembered per configuration (most words come again and again).
 */
import {APOSTROPHE_FORMS, DRUG_STEMS, LISTED_MISSPELLINGS, NEWS_ABBREVIATIONS, NEWS_VOCABULARY} from '../data/spelling-words.js'
import {derivable} from './derivation.js'
import {dialectForm} from './dialect.js'
import {capitalise, isCommon, status, type Context, type Verdict} from './known.js'

/** Verdicts remembered per configuration. */
const MAX_CACHED_VERDICTS = 50_000

/** Most verdicts are asked again and again (per process): remember them. */
export function judge(word: string, ctx: Context): Verdict {
  // A fine word is remembered as null: one look-up per word, not get + has.
  const hit = ctx.verdicts.get(word)
  if (hit !== undefined) return hit ?? undefined
  const verdict = judgeWord(word, ctx)
  if (ctx.verdicts.size >= MAX_CACHED_VERDICTS) ctx.verdicts.clear()
  ctx.verdicts.set(word, verdict ?? null)
  return verdict
}

// Every verdict is {kind, expected} (expected undefined when none): one object shape for their readers.
function judgeWord(word: string, ctx: Context): Verdict {
  if (ctx.accepted.has(word)) return undefined
  const miss = LISTED_MISSPELLINGS.get(word)
  if (miss) return {kind: 'typo', expected: [miss]}
  const s = status(word, ctx)
  if (s === 'ok') return undefined
  if (s === 'list') return undefined
  if (NEWS_VOCABULARY.has(word) || NEWS_ABBREVIATIONS.has(word) || APOSTROPHE_FORMS.has(word)) return undefined
  if (s === 'other') {
    const target = ctx.dialect === 'en-US' ? 'en-US' : 'en-GB'
    const form = dialectForm(word, target)
    return {kind: 'dialect', expected: form ? [form] : undefined}
  }
  if (word.includes("'")) return {kind: 'unknown', expected: undefined}
  if (s === 'name' || s === 'caps') return {kind: 'case', expected: [s === 'caps' ? word.toUpperCase() : capitalise(word)]}
  if (derivable(word, ctx) || isDrugName(word) || expressive(word)) return undefined
  return {kind: 'unknown', expected: undefined}
}

interface PartVerdict {
  verdict: Verdict
  /** Length of the reported span from the start of the part. */
  length: number
}

/**
 * Judge a lower-case part, with contractions and possessives: "there'll",
 * "eurozone's", "countries'", "weren't", "i'm".  A possessive or contraction
 * ending is left out of the reported span.
 */
export function judgePart(word: string, ctx: Context): PartVerdict {
  if (!word.includes("'")) return {verdict: judge(word, ctx), length: word.length}
  const whole = status(word, ctx)
  if (whole === 'ok' || whole === 'list' || ctx.accepted.has(word) || APOSTROPHE_FORMS.has(word)) {
    return {verdict: undefined, length: word.length}
  }
  if (whole === 'other') return {verdict: judge(word, ctx), length: word.length}
  // "i'm", "i'd": a lower-case I.
  if (/^i'[a-z]+$/.test(word)) return {verdict: {kind: 'case', expected: ['I' + word.slice(1)]}, length: word.length}
  const m = /^([a-z]+)(n't|'ll|'ve|'re|'d|'m|'s|')$/.exec(word)
  if (m && m[1].length >= 2) {
    const stem = m[1]
    const verdict = judge(stem, ctx)
    // "children't": not a contraction of a known word; report it whole.
    if (m[2] === "n't" && verdict) return {verdict: {kind: 'unknown', expected: undefined}, length: word.length}
    return {verdict, length: stem.length}
  }
  return {verdict: {kind: 'unknown', expected: undefined}, length: word.length}
}

const TRIPLED = /([a-z])\1\1+/g

/**
 * Expressive lengthening of a short word: "ummm", "ahhhh", "pleeease",
 * "hisss".  A letter written three times or more never occurs in English
 * words; collapsed to one or two, it gives a short known word.  Longer words
 * stay typos ("noteboook", "folllowing").
 */
function expressive(word: string): boolean {
  if (!/([a-z])\1\1/.test(word)) return false
  for (const collapsed of [word.replace(TRIPLED, '$1'), word.replace(TRIPLED, '$1$1')]) {
    if (collapsed.length <= 6 && isCommon(collapsed)) return true
  }
  return false
}

/** A medicine's international name ("lopinavir"): a WHO stem after three letters or more. */
function isDrugName(word: string): boolean {
  if (word.length < 7) return false
  for (const stem of DRUG_STEMS) if (word.length >= stem.length + 3 && word.endsWith(stem)) return true
  return false
}
