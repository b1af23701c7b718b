/**
 * Builds the source-language word table read by `foreign-lexicon.ts`: the
 * words of Spanish, Portuguese, French and Italian that are not English
 * words, and the function words of those and other Latin-script languages.
 * Used at build time only (pipeline/build/build-foreign-lexicon.ts); the
 * packages below are development dependencies, and the built table ships in
 * `dist/foreign-words.txt`.  Needs the English table (`dist/lexicon.txt`),
 * built first.
 *
 * Sources (licences in the README's NOTICE):
 * - dictionary-es 4.0.0 (Hunspell es, RLA-ES; GPL-3.0 OR LGPL-3.0 OR
 *   MPL-1.1: used under MPL-1.1), dictionary-fr 3.0.0 (Hunspell fr,
 *   Dicollecte; MPL-2.0), dictionary-pt 4.0.0 (Hunspell pt, VERO/Natura;
 *   LGPL-3.0 OR MPL-2.0: used under MPL-2.0): every lower-case entry, plus
 *   the forms of its suffix flags that give at most three forms per word on
 *   average over the dictionary (number and gender, not verb paradigms);
 *   Portuguese, whose dictionary already lists most forms, entries only;
 * - italian-words-dict 3.4.0 and italian-adjectives-dict 3.4.0 (Morph-it!,
 *   M. Baroni and E. Zanchetta; CC BY-SA 2.0 OR LGPL-2.1): nouns with their
 *   plurals, adjectives with their four forms;
 * - stopwords-iso 1.1.0 (MIT): function words of the languages below.
 *
 * Kept: words of lower-case letters only, four to sixteen letters for the
 * dictionaries (eleven for Portuguese; two letters or more for function
 * words), which the English table does not
 * hold as a common or listed word (function words are kept either way: "de",
 * "op", "van" must be known as Dutch too).  Each key carries a character
 * `48 + bits` (see FOREIGN in foreign-lexicon.ts): the languages whose
 * dictionary or function-word list holds it, FUNCTION for a function word,
 * OTHER for a function word of another language.
 */
import {createRequire} from 'node:module'
import {FOREIGN} from './foreign-lexicon-flags.js'
import {FLAG, loadLexicon, lookup} from './lexicon.js'

/** Latin-script languages whose function words count as OTHER (stopwords-iso codes). */
const OTHER_LANGUAGES = [
  'de', 'nl', 'id', 'ms', 'tr', 'pl', 'ro', 'hu', 'cs', 'sk', 'sv', 'da', 'no', 'fi', 'ca', 'gl', 'hr', 'sl', 'lt',
  'lv', 'et', 'tl', 'af', 'sw', 'eu'
]
const DICTIONARY_LANGUAGES: Array<[string, number]> = [
  ['es', FOREIGN.ES],
  ['pt', FOREIGN.PT],
  ['fr', FOREIGN.FR],
  ['it', FOREIGN.IT]
]
/** Lower-case letters only (the Dutch ĳ is spelt ij before the test). */
const LOWER_LETTERS = /^\p{Ll}+$/u
/** Longest dictionary word kept: longer ones are compounds and derivations, rarely left untranslated. */
const LONGEST = 16
/**
 * Longest Portuguese word kept: the Portuguese dictionary is half scientific vocabulary (mostly long
 * words: "epicotiledonário"); eleven letters keep the everyday words at half the size.
 */
const LONGEST_PORTUGUESE = 11
/** Average number of forms per word above which a suffix flag is a paradigm (verbs), not number and gender. */
const MAX_FORMS_PER_FLAG = 3

interface AffixEntry {
  add: string
  remove?: RegExp
  match?: RegExp
}
interface AffixRule {
  type: 'SFX' | 'PFX'
  entries: AffixEntry[]
}
interface Affix {
  rules: Record<string, AffixRule | undefined>
  flags: Record<string, string>
}

/** The forms one suffix rule makes of a word (continuation classes not followed). */
function suffixForms(word: string, rule: AffixRule): string[] {
  const out: string[] = []
  for (const e of rule.entries) {
    if (e.match && !e.match.test(word)) continue
    out.push((e.remove ? word.replace(e.remove, '') : word) + e.add)
  }
  return out
}

/** The words of a Hunspell dictionary: lower-case entries, with their number and gender forms when `inflect`. */
function hunspellWords(aff: Uint8Array, dic: Uint8Array, inflect: boolean): string[] {
  const require = createRequire(import.meta.url)
  // nspell's own affix parser (the package is already a dependency of the English table's build).
  const parseAffix = require('nspell/lib/util/affix.js') as (doc: Buffer) => Affix
  const ruleCodes = require('nspell/lib/util/rule-codes.js') as (flags: Record<string, string>, value: string) => string[]
  const affix = parseAffix(Buffer.from(aff))
  const lines = Buffer.from(dic).toString('utf8').replace(/ĳ/g, 'ij').split('\n')
  const entries: Array<[string, string[]]> = []
  const stats = new Map<string, [number, number]>()
  for (let i = 1; i < lines.length; i++) {
    let line = lines[i]
    const cut = line.search(/[\t ]/u)
    if (cut >= 0) line = line.slice(0, cut)
    const slash = line.indexOf('/')
    const word = slash < 0 ? line : line.slice(0, slash)
    if (!LOWER_LETTERS.test(word)) continue
    const codes = slash < 0 || !inflect ? [] : ruleCodes(affix.flags, line.slice(slash + 1))
    entries.push([word, codes])
    for (const code of codes) {
      const rule = affix.rules[code]
      if (!rule || rule.type !== 'SFX') continue
      const s = stats.get(code) ?? [0, 0]
      s[0] += suffixForms(word, rule).length
      s[1]++
      stats.set(code, s)
    }
  }
  const nominal = new Set<string>()
  for (const [code, [forms, words]] of stats) if (forms <= MAX_FORMS_PER_FLAG * words) nominal.add(code)
  const out: string[] = []
  for (const [word, codes] of entries) {
    out.push(word)
    for (const code of codes) if (nominal.has(code)) out.push(...suffixForms(word, affix.rules[code]!))
  }
  return out
}

/** Morph-it! nouns (lemma and plural) and adjectives (four forms). */
function italianWords(): string[] {
  const require = createRequire(import.meta.url)
  const nouns = require('italian-words-dict/dist/words.json') as Record<string, {P?: string}>
  const adjectives = require('italian-adjectives-dict/dist/adjectives.json') as Record<string, Record<string, string>>
  const out: string[] = []
  for (const [lemma, forms] of Object.entries(nouns)) {
    out.push(lemma)
    if (forms.P) out.push(forms.P)
  }
  for (const [lemma, forms] of Object.entries(adjectives)) {
    out.push(lemma)
    for (const form of Object.values(forms)) if (typeof form === 'string') out.push(form)
  }
  return out
}

export async function buildForeignLexiconText(): Promise<string> {
  await loadLexicon()
  const table = new Map<string, number>()
  const add = (word: string, bits: number): void => {
    table.set(word, (table.get(word) ?? 0) | bits)
  }
  /** English as `isKnownToken` reads a lower-case word: a common or listed word. */
  const english = (word: string): boolean => (lookup(word) & (FLAG.LOWER | FLAG.LIST)) !== 0
  const addWords = (words: string[], bit: number, longest: number): void => {
    for (const raw of words) {
      const word = raw.normalize('NFC')
      if (word.length < 4 || word.length > longest || !LOWER_LETTERS.test(word) || english(word)) continue
      add(word, bit)
    }
  }

  const es = (await import('dictionary-es')).default
  addWords(hunspellWords(es.aff, es.dic, true), FOREIGN.ES, LONGEST)
  const fr = (await import('dictionary-fr')).default
  addWords(hunspellWords(fr.aff, fr.dic, true), FOREIGN.FR, LONGEST)
  const pt = (await import('dictionary-pt')).default
  addWords(hunspellWords(pt.aff, pt.dic, false), FOREIGN.PT, LONGEST_PORTUGUESE)
  addWords(italianWords(), FOREIGN.IT, LONGEST)

  const stopwords = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>
  const functionWords = (code: string, bits: number): void => {
    for (const raw of stopwords[code] ?? []) {
      const word = raw.normalize('NFC').toLowerCase()
      if (word.length < 2 || !LOWER_LETTERS.test(word)) continue
      add(word, bits | FOREIGN.FUNCTION)
    }
  }
  for (const [code, bit] of DICTIONARY_LANGUAGES) functionWords(code, bit)
  for (const code of OTHER_LANGUAGES) functionWords(code, FOREIGN.OTHER)

  // Sorted by UTF-8 bytes: the order foreign-lexicon.ts searches in.
  const keys = [...table.keys()].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')))
  return keys.map((key) => key + '\t' + String.fromCharCode(48 + table.get(key)!)).join('\n')
}
