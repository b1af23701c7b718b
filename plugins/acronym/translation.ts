/**
 * acronym, the translated name: whether an acronym that does not fit its
 * English name is that name's acronym in the source language, and whether a
 * bracketed name is English.
 *
 * How it decides: the acronym's capitals must be the initials of the name's
 * last significant words, each word once, in any order, each read in
 * English or translated into Spanish, French, Italian, Portuguese or German
 * (data/acronym-words.ts: OSDH = Observatorio Sirio de Derechos Humanos for
 * "Syrian Observatory for Human Rights"); a bipartite matching of letters to
 * words.  And the name must belong to an international body or to a country
 * whose bodies have English acronyms (Syrian, Israeli, International, US …)
 * and to none whose own acronyms English keeps (Colombian FARC, Brazilian
 * IBGE, Spanish PSOE).  The fix is the initials of the English name.  A name
 * is English when it holds no function word of a source language; place
 * words may also go last ("Iran's Atomic Energy Organization" = AEOI).
 */
import {EXPANSION_FUNCTION_WORDS, ENGLISH_ACRONYM_PLACES, INTERNATIONAL_SCOPES, KEEPING_PLACES, TRAILING_NOUNS} from '../data/acronym-words.js'
import {POSSESSIVE_END} from '../support/text.js'
import {isUpper} from './characters.js'
import type {XWord} from './expansion.js'
import {getTables, initialOf} from './tables.js'

export interface TranslationFit {
  /** The words whose (translated) initials make the acronym, in reading order. */
  used: XWord[]
  /** Index of the first used word in the name. */
  from: number
}

/**
 * Are the acronym's capitals the initials of the name's last words, each
 * word once, in any order, each word read in English or translated
 * ("Syrian Observatory for Human Rights" → O S D H)?
 */
export function fitsTranslation(acronym: string, words: XWord[]): TranslationFit | undefined {
  const {initials} = getTables()
  const letters: string[] = []
  for (const c of acronym) if (isUpper(c)) letters.push(initialOf(c))
  const n = letters.length
  if (n < 2) return undefined
  // Significant words, without a trailing generic noun ("… group").
  let last = words.length - 1
  while (last > 0 && (words[last].fn || TRAILING_NOUNS.has(words[last].lower))) last--
  const slots: Array<{options: string; word: number}> = []
  for (let w = 0; w <= last; w++) {
    const word = words[w]
    if (word.fn) continue
    if (word.caps) {
      for (const c of word.segs) slots.push({options: c, word: w})
      continue
    }
    let options = initialOf(word.segs[0])
    const add = (key: string): void => {
      const more = initials.get(key)
      if (more) for (const c of more) if (!options.includes(c)) options += c
    }
    add(word.lower)
    if (word.lower.endsWith('s')) add(word.lower.slice(0, -1))
    slots.push({options, word: w})
  }
  if (slots.length < n) return undefined
  const tail = slots.slice(slots.length - n)
  // Bipartite matching letters ↔ slots (n ≤ 12).
  const owner = new Array<number>(n).fill(-1)
  const tryLetter = (l: number, seen: boolean[]): boolean => {
    for (let s = 0; s < n; s++) {
      if (seen[s] || !tail[s].options.includes(letters[l])) continue
      seen[s] = true
      if (owner[s] < 0 || tryLetter(owner[s], seen)) {
        owner[s] = l
        return true
      }
    }
    return false
  }
  for (let l = 0; l < n; l++) if (!tryLetter(l, new Array<boolean>(n).fill(false))) return undefined
  const used: XWord[] = []
  for (const slot of tail) if (used[used.length - 1] !== words[slot.word]) used.push(words[slot.word])
  return {used, from: tail[0].word}
}

/** Does the name belong to a body English calls by an English acronym? */
export function englishScope(words: XWord[], from: number): boolean {
  let english = false
  for (let w = Math.max(0, from - 2); w < words.length; w++) {
    const word = words[w]
    const raw = word.raw.replace(POSSESSIVE_END, '')
    if (raw === 'US' || raw === 'UK' || raw === 'UN' || raw === 'EU') english = true
    const keys = [word.lower, ...word.lower.split('-')]
    for (const key of keys) {
      if (KEEPING_PLACES.has(key)) return false
      if (ENGLISH_ACRONYM_PLACES.has(key) || INTERNATIONAL_SCOPES.has(key)) english = true
    }
  }
  return english
}

/** A country, nationality or possessive word ("Iran's", "Chinese", "Syria-based"). */
function isPlaceWord(word: XWord): boolean {
  if (POSSESSIVE_END.test(word.raw) && isUpper(word.raw[0])) return true
  for (const key of [word.lower, ...word.lower.split('-')]) {
    if (KEEPING_PLACES.has(key) || ENGLISH_ACRONYM_PLACES.has(key)) return true
  }
  return false
}

/**
 * The name with its place words moved to the end: English also says "X of
 * Iran" for "Iran's X" ("Iran's Atomic Energy Organization (AEOI)",
 * "Chinese Communist Party (CPC)").
 */
export function placesLast(words: XWord[]): XWord[] | undefined {
  const places = words.filter(isPlaceWord)
  if (places.length === 0) return undefined
  return [...words.filter((w) => !isPlaceWord(w)), ...places]
}

/** The initials of the English name: "Syrian Democratic Forces" → "SDF". */
export function englishInitials(words: XWord[]): string {
  let out = ''
  for (const w of words) {
    if (w.caps) {
      out += w.segs.join('')
      continue
    }
    const parts = w.raw.replace(POSSESSIVE_END, '').split('-').filter((p) => p.length > 0)
    if (parts.length > 1 && parts[0].length <= 2) out += initialOf(parts[0])
    else for (const p of parts) out += initialOf(p)
  }
  return out
}

/** Function words of the source languages (not English): "Observatorio Sirio de Derechos Humanos". */
const SOURCE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...EXPANSION_FUNCTION_WORDS].filter((w) => !['of', 'for', 'the', 'and', 'on', 'in', 'to', 'at', 'by', 'with', 'a', 'an', '&', 'al', 'el', 'e'].includes(w))
)

/** Is a bracketed name English (no Spanish, French, Italian, Portuguese or German function word)? */
export function isEnglishName(words: XWord[]): boolean {
  for (const w of words) if (SOURCE_FUNCTION_WORDS.has(w.lower)) return false
  return true
}

/** Does the bracketed name hold every significant word of the entry's English name? */
export function namesEntry(words: XWord[], expansion: string[]): boolean {
  if (expansion.length === 0) return false
  const have = new Set<string>()
  for (const w of words) {
    have.add(w.lower)
    for (const part of w.lower.split('-')) have.add(part)
  }
  for (const e of expansion) {
    if (have.has(e)) continue
    const parts = e.split('-')
    if (parts.length > 1 && parts.every((x) => have.has(x))) continue
    return false
  }
  return true
}
