/**
 * spelling, part: words as the lexicon sees them — the shared vocabulary of
 * the other parts.
 *
 * What it decides: whether a lower-case word is a dictionary word of the
 * configured dialect ('ok'), of the other dialect only ('other'), a word of
 * the big word list ('list'), a name or acronym written in lower case
 * ('name', 'caps'), or nothing the lexicon knows ('none').  How: one look-up
 * of the word's flags in the lexicon (both Hunspell dictionaries and the word
 * list, plugins/support/lexicon.ts), no nspell.  Words are compared folded:
 * accents off, apostrophe and hyphen variants as `'` and `-`, one UTF-16
 * unit per unit of the text, so offsets stay those of the text.
 */
import {LISTED_MISSPELLINGS, NEWS_VOCABULARY} from '../data/spelling-words.js'
import {FLAG, lookup} from '../support/lexicon.js'
import {APOSTROPHE_OR_PRIME_ALL, UNICODE_HYPHEN_ALL} from '../support/text.js'

export type Dialect = 'en' | 'en-US' | 'en-GB'

/** What a finding says about a word. */
export type Kind = 'unknown' | 'typo' | 'dialect' | 'case'

/** A word's verdict: undefined when it is fine. */
export type Verdict = {kind: Kind; expected?: string[]} | undefined

/** What the parts share for one configuration (the rule's state). */
export interface Context {
  dialect: Dialect
  /** Accepted words, folded, with the words of multi-word entries. */
  accepted: ReadonlySet<string>
  /** Verdicts of this configuration, by word (shared by every file it checks); null: fine. */
  verdicts: Map<string, Verdict | null>
}

/** Longer words are not prose (or not worth a suggestion). */
export const MAX_WORD_LENGTH = 40
export const NO_WORDS: ReadonlySet<string> = new Set()
/** The dialect bits of a lexicon entry. */
export const DIALECT_BITS = FLAG.US | FLAG.GB

export type Status = 'ok' | 'other' | 'list' | 'name' | 'caps' | 'none'

export function status(word: string, ctx: Context): Status {
  const f = lookup(word)
  if (f & FLAG.LOWER) {
    if (ctx.dialect === 'en') return 'ok'
    return f & (ctx.dialect === 'en-US' ? FLAG.US : FLAG.GB) ? 'ok' : 'other'
  }
  if (f & FLAG.LIST) return 'list'
  if (f & FLAG.NAME) return 'name'
  if (f & FLAG.CAPS) return 'caps'
  return 'none'
}

/** Known as a base for derivation: a dictionary word (or list word), listed vocabulary or accepted. */
export function baseKnown(word: string, ctx: Context, allowList: boolean): boolean {
  if (word.length < 2) return false
  if (ctx.accepted.has(word) || NEWS_VOCABULARY.has(word)) return true
  if (LISTED_MISSPELLINGS.has(word)) return false
  const s = status(word, ctx)
  return s === 'ok' || (allowList && s === 'list')
}

/** A common dictionary word (any dialect) in lower case. */
export function isCommon(word: string): boolean {
  return (lookup(word) & FLAG.LOWER) !== 0
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** Fold accents and apostrophe and hyphen variants, keeping one character per character. */
export function fold(value: string): string {
  let out = ''
  for (const c of value) {
    const base = c.charCodeAt(0) < 128 ? c : c.normalize('NFD').replace(/\p{M}/gu, '')
    // Keep the length: one UTF-16 unit per input unit (astral characters make the word non-Latin).
    out += base.length === c.length ? base : base.length === 0 ? '' : c
  }
  return out.replace(APOSTROPHE_OR_PRIME_ALL, "'").replace(UNICODE_HYPHEN_ALL, '-')
}

