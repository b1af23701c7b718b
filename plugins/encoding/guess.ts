/**
 * encoding, the guess for a lost character inside or at the edge of a word
 * ("Bogot?", "caf\ufffd", "country?s", "well?known"): the evidence, best
 * first.
 *
 * How it decides:
 * 1. The same word written correctly elsewhere in the document ("Bogotá"):
 *    its letter(s) at that place; sure when there is one.
 * 2. An apostrophe, in the document's style, before a contraction suffix
 *    ("country?s", "don?t", "we?ll"); sure.  Not when an accented letter
 *    makes a dictionary word and the part before is no known word ("Jes?s"),
 *    but always before "t" after "n" ("didn?t").
 * 3. An accented letter that makes an English or dictionary word (at most
 *    four candidates; capital at a word's start or in an all-capitals word).
 * 4. A hyphen or space between two known words ("well?known",
 *    "talks?with"; the space first next to a function word).
 * Otherwise nothing: the character is unknown.
 */
import {ACCENTED_BY_BASE, CONTRACTION_SUFFIXES} from '../data/encoding-letters.js'
import {FUNCTION_WORDS} from '../data/english-words.js'
import {cached, type DocumentIndex} from '../support/document.js'
import {isKnownToken} from '../support/lexicon.js'
import {NON_ASCII} from '../support/text.js'
import {isLetter, wordAfter, wordBefore, type Context} from './context.js'

export interface Guess {
  candidates: string[]
  sure: boolean
  /** The candidates are letters (not an apostrophe, space or hyphen). */
  letter: boolean
  fromDocument: boolean
  what: string
}

/** What a lost character inside or at the edge of a word stood for. */
export function guessInWord(ctx: Context, start: number, end: number): Guess {
  const text = ctx.text
  const left = wordBefore(text, start)
  const right = wordAfter(text, end)
  const none: Guess = {candidates: [], sure: false, letter: false, fromDocument: false, what: 'a character'}

  // The same word written correctly elsewhere in the document.
  const fromDoc = documentShapes(ctx.index).get(shapeKey(left, right))
  if (fromDoc && fromDoc.size > 0) {
    const chars = [...fromDoc]
    return {candidates: chars, sure: chars.length === 1, letter: true, fromDocument: true, what: 'an accented letter'}
  }

  // An apostrophe: "country?s", "don?t", "we?ll" (unless an accent makes a word: "Jes?s").
  const lexical = left.length + right.length >= 2 ? accentCandidates(left, right) : []
  const suffix = right.toLowerCase()
  if (left.length > 0 && CONTRACTION_SUFFIXES.has(suffix)) {
    if (lexical.length === 0 || isKnownToken(left) || (suffix === 't' && /n$/i.test(left))) {
      return {candidates: [apostrophe(ctx)], sure: true, letter: false, fromDocument: false, what: 'an apostrophe'}
    }
  }
  if (lexical.length > 0) {
    return {candidates: lexical, sure: false, letter: true, fromDocument: false, what: 'an accented letter'}
  }
  // Two words joined by a lost non-breaking hyphen or space: "well?known", "talks?with".
  if (left.length >= 2 && right.length >= 2 && isKnownToken(left) && isKnownToken(right)) {
    const candidates = FUNCTION_WORDS.has(right.toLowerCase()) || FUNCTION_WORDS.has(left.toLowerCase()) ? [' ', '-'] : ['-', ' ']
    return {candidates, sure: false, letter: false, fromDocument: false, what: 'a hyphen or space'}
  }
  return {...none, what: left && right ? 'a letter' : 'a character'}
}

/** Accented letters that make `left + letter + right` an English or dictionary word. */
function accentCandidates(left: string, right: string): string[] {
  const l = fold(left)
  const r = fold(right)
  if (!/^[a-z]*$/i.test(l + r)) return []
  const out: string[] = []
  for (const base of Object.keys(ACCENTED_BY_BASE)) {
    if (!isKnownToken(l + base + r)) continue
    let letters = [...ACCENTED_BY_BASE[base]]
    // Portuguese "ão", "ãe", "õe": the tilde before o/e.
    if (base === 'a' && /^[oe]/i.test(right)) letters = ['ã', ...letters.filter((x) => x !== 'ã')]
    if (base === 'o' && /^e/i.test(right)) letters = ['õ', ...letters.filter((x) => x !== 'õ')]
    // A lost first letter: names are capitalised ("?lvaro" → "Álvaro").
    const upper = left.length === 0
    const allCaps = left.length + right.length > 1 && (left + right) === (left + right).toUpperCase()
    for (const x of letters) out.push(upper || allCaps ? x.toUpperCase() : x)
  }
  return out.slice(0, 4)
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss')
}

function shapeKey(left: string, right: string): string {
  return left.toLowerCase() + '\u0000' + right.toLowerCase()
}

/** Words of the document with a non-ASCII letter, by their shape with that letter left out. */
function documentShapes(index: DocumentIndex): Map<string, Set<string>> {
  return cached(index, 'encoding:shapes', () => {
    const map = new Map<string, Set<string>>()
    for (const word of index.counts.keys()) {
      if (word.length > 40 || !NON_ASCII.test(word)) continue
      for (let k = 0; k < word.length; k++) {
        const ch = word[k]
        if (ch.charCodeAt(0) < 0x80 || !isLetter(ch)) continue
        const key = shapeKey(word.slice(0, k), word.slice(k + 1))
        let set = map.get(key)
        if (!set) map.set(key, (set = new Set()))
        set.add(ch)
      }
    }
    return map
  })
}

/** The document's apostrophe: "’" unless straight ones are more common. */
export function apostrophe(ctx: Context): string {
  return cached(ctx.index, 'encoding:apostrophe', () => {
    const v = ctx.index.value
    let curly = 0
    let straight = 0
    for (let k = 1; k < v.length - 1; k++) {
      const ch = v[k]
      if (ch !== '’' && ch !== "'") continue
      if (!isLetter(v[k - 1]) || !isLetter(v[k + 1])) continue
      if (ch === '’') curly++
      else straight++
    }
    return straight > curly ? "'" : '’'
  })
}
