/**
 * untranslated, part: what one lower-case word is.
 *
 * What it decides, per word not in a phrase or quotation: a listed strong
 * word English does not use (score 3: enough alone), a listed weak word
 * (score 1; 0 when Hunspell has it as English too: "la", "con", "no"), a
 * word with marks English does not keep (acute on a/i/o/u, ã, õ: score 3;
 * ñ, umlauts, an Italian final grave when the plain form is no English loan:
 * score 3; French-looking accents unknown to English: 1.5), a French or
 * Italian elision ("l'économie" 3, "d'une" 2, "dell'anno" 3), or a word
 * unknown to the lexicon (score 1, counted only beside listed words).  How:
 * the merged tables, the lexicon (isCommonWord, isKnownToken) on the word and
 * on its accent-free form.  The language of marks: ã/õ/-ção Portuguese, ñ
 * Spanish, umlauts German, final grave Italian, acute Spanish or Portuguese,
 * else French.
 */
import type {LanguageCode} from '../data/untranslated.js'
import {isCommonWord, isKnownToken} from '../support/lexicon.js'
import {ANY_APOSTROPHE} from '../support/text.js'
import {Kind, type Token} from './context.js'
import {deaccent, normalise, SOURCE_SET, type Tables} from './tables.js'
import {ROMANCE_MARKS} from '../data/untranslated.js'

/** Lower-case letters and apostrophes only. */
export const LOWER_WORD = /^[\p{Ll}'’]+$/u
const FRENCH_ONLY_ELISIONS = new Set(['qu', 'j', 'jusqu', 'lorsqu', 'puisqu'])
const ROMANCE_SET = new Set(ROMANCE_MARKS)

function languageOfMarks(norm: string): LanguageCode[] {
  if (/[ãõ]|ção|ções|ões/u.test(norm)) return ['por']
  if (/ñ/u.test(norm)) return ['spa']
  if (/[äöüß]/u.test(norm)) return ['deu']
  if (/[àèìòù]$/u.test(norm)) return ['ita']
  if (/[áíóú]/u.test(norm)) return ['spa', 'por']
  return ['fra']
}

/** Classify a lower-case word (no phrase, not quoted). */
export function classifyLower(t: Token, tb: Tables, accepted: ReadonlySet<string>): void {
  const norm = t.norm
  if (accepted.has(norm) || tb.other.has(norm)) return
  const entry = tb.words.get(norm)
  if (entry) {
    t.langs = entry.langs
    t.gloss = entry.gloss
    if (entry.strong && !isCommonWord(norm)) {
      t.kind = Kind.Strong
      t.score = 3
    } else if (!isCommonWord(norm)) {
      t.kind = Kind.Weak
      t.score = 1
    } else {
      // "la", "con", "per", "no", "as": English too; they only join a run.
      t.kind = Kind.Weak
      t.score = 0
    }
    return
  }
  const apostrophe = t.word.value.search(ANY_APOSTROPHE)
  if (apostrophe > 0) {
    classifyElided(t, tb, normalise(t.word.value.slice(0, apostrophe)), t.word.value.slice(apostrophe + 1))
    return
  }
  if (!LOWER_WORD.test(t.word.value)) return
  let marks = false
  for (const ch of norm) {
    if (ch.charCodeAt(0) < 128) continue
    if (!SOURCE_SET.has(ch)) return // letters of another language
    marks = true
  }
  if (marks) {
    classifyAccented(t, norm)
    return
  }
  if (norm.length >= 3 && !isKnownToken(norm)) {
    t.kind = Kind.Unknown
    t.score = 1
  }
}

function classifyAccented(t: Token, norm: string): void {
  const plain = deaccent(norm)
  const known = isKnownToken(plain)
  let romance = false
  let tilde = false
  for (const ch of norm) {
    if (ch === 'ñ') tilde = true
    else if (ROMANCE_SET.has(ch)) romance = true
  }
  const german = /[äöüß]/u.test(norm)
  const italianFinal = norm.length >= 3 && /[àèìòù]$/u.test(norm)
  t.langs = languageOfMarks(norm)
  if (romance) {
    // Acute on a/i/o/u, ã, õ: English keeps none of these ("políticos").
    t.kind = Kind.Marked
    t.score = 3
  } else if (tilde || german || italianFinal) {
    // "señor", "jalapeño", "döner" are English loans.
    if (known) return
    t.kind = Kind.Marked
    t.score = 3
  } else {
    // French-looking accents: "café", "élite", "naïve" are English.
    if (known) return
    t.kind = Kind.FrenchAccent
    t.score = 1.5
  }
}

/** "l'économie", "d'une", "dell'anno", "qu'il"; names ("d'Italia") are not words here. */
function classifyElided(t: Token, tb: Tables, prefix: string, restRaw: string): void {
  if (restRaw.length < 2 || !LOWER_WORD.test(restRaw)) return
  const rest = normalise(restRaw)
  if (tb.italianElisions.has(prefix) && prefix.length >= 3) {
    t.kind = Kind.Strong
    t.score = 3
    t.langs = ['ita']
    return
  }
  if (!tb.elisions.has(prefix) && !tb.italianElisions.has(prefix)) return
  const plain = deaccent(rest)
  if (isKnownToken(plain) && plain === rest) return // "d'you", "s'more"
  t.langs = FRENCH_ONLY_ELISIONS.has(prefix) || /[éèêâîôûçœ]/u.test(rest) ? ['fra'] : ['fra', 'ita']
  t.kind = Kind.Elided
  // An accented word after the elision ("l'économie") is French on its own.
  t.score = plain !== rest ? 3 : 2
}
