/**
 * untranslated, part: the word and phrase tables of the five source
 * languages (plugins/data/untranslated-*.ts, each with its source), merged
 * once per process on first use.
 *
 * A word listed `strong` in one language and `weak` in another is strong
 * ("según", "della": enough alone); weak words ("de", "los", "il") only count
 * beside other foreign words.  Phrases (function phrases "sin embargo", page
 * labels "Ver más", established loans "de facto") are keyed by their first
 * token, longest first, loans first at equal length.  Words are compared
 * normalised: lower case, typographic apostrophes as "'".
 */
import {
  ELISIONS,
  ITALIAN_ELISIONS,
  LOAN_PHRASES,
  NAME_PARTICLES,
  OTHER_LANGUAGE_WORDS,
  SOURCE_LETTERS,
  type LanguageCode,
  type SourceLanguage
} from '../data/untranslated.js'
import {GERMAN} from '../data/untranslated-de.js'
import {SPANISH} from '../data/untranslated-es.js'
import {FRENCH} from '../data/untranslated-fr.js'
import {ITALIAN} from '../data/untranslated-it.js'
import {PORTUGUESE} from '../data/untranslated-pt.js'
import {APOSTROPHE_MARK, APOSTROPHE_MARK_ALL, lazy, packMap, PartsMap, type StoredMap, type WordTable} from '../support/text.js'

const LANGUAGES: readonly SourceLanguage[] = [SPANISH, ITALIAN, FRENCH, PORTUGUESE, GERMAN]

export interface WordEntry {
  /** Languages where the word is strong, then those where it is weak. */
  langs: LanguageCode[]
  gloss: string
  strong: boolean
}

export type PhraseKind = 'loan' | 'page' | 'phrase'

export interface Phrase {
  tokens: string[]
  kind: PhraseKind
  langs: LanguageCode[]
  gloss: string
}

export interface Tables {
  words: WordTable<WordEntry>
  /** First token → phrases, longest first. */
  phrases: WordTable<Phrase[]>
  particles: Set<string>
  other: Set<string>
  elisions: Set<string>
  italianElisions: Set<string>
}

/** The merged tables (built on first use). */
export const tables = lazy((): Tables => {
  const words = new Map<string, WordEntry>()
  const add = (word: string, lang: LanguageCode, gloss: string, strong: boolean): void => {
    const w = normalise(word)
    const e = words.get(w)
    if (!e) {
      words.set(w, {langs: [lang], gloss, strong})
      return
    }
    if (e.langs.includes(lang)) return
    if (strong && !e.strong) {
      e.strong = true
      e.gloss = gloss
      e.langs = [lang]
      return
    }
    if (strong === e.strong) e.langs.push(lang)
    if (!e.gloss) e.gloss = gloss
  }
  const phrases = new Map<string, Phrase[]>()
  const addPhrase = (text: string, kind: PhraseKind, lang: LanguageCode | undefined, gloss: string): void => {
    const tokens = normalise(text).split(' ').filter(Boolean)
    if (tokens.length === 0) return
    const list = phrases.get(tokens[0]) ?? []
    const same = list.find((p) => p.kind === kind && p.tokens.join(' ') === tokens.join(' '))
    if (same) {
      if (lang && !same.langs.includes(lang)) same.langs.push(lang)
      return
    }
    list.push({tokens, kind, langs: lang ? [lang] : [], gloss})
    phrases.set(tokens[0], list)
  }
  for (const language of LANGUAGES) {
    for (const [w, gloss] of Object.entries(language.strong)) add(w, language.code, gloss, true)
    for (const w of language.weak) add(w, language.code, '', false)
    for (const [p, gloss] of Object.entries(language.phrases)) addPhrase(p, 'phrase', language.code, gloss)
    for (const [p, gloss] of Object.entries(language.page)) addPhrase(p, 'page', language.code, gloss)
  }
  for (const p of LOAN_PHRASES) addPhrase(p, 'loan', undefined, '')
  for (const list of phrases.values()) {
    // Loans first at equal length, then longest first.
    list.sort((a, b) => b.tokens.length - a.tokens.length || (a.kind === 'loan' ? -1 : b.kind === 'loan' ? 1 : 0))
  }
  return {
    words,
    phrases,
    particles: new Set(NAME_PARTICLES.map(normalise)),
    other: new Set(OTHER_LANGUAGE_WORDS.map(normalise)),
    elisions: new Set(ELISIONS),
    italianElisions: new Set(ITALIAN_ELISIONS)
  }
}, {
  name: 'untranslated/tables',
  // A story meets a few of the table's 580 words and 365 phrase starts: the CLI reads each entry
  // when it is first asked for.
  split: {
    pack: (t, encode) => ({...t, words: packMap(t.words as Map<string, WordEntry>, encode), phrases: packMap(t.phrases as Map<string, Phrase[]>, encode)}),
    unpack: (stored, decode) => {
      const t = stored as Omit<Tables, 'words' | 'phrases'> & {words: StoredMap; phrases: StoredMap}
      return {...t, words: new PartsMap<WordEntry>(t.words, decode), phrases: new PartsMap<Phrase[]>(t.phrases, decode)}
    }
  }
})

/** Lower case, typographic apostrophes as "'". */
export function normalise(value: string): string {
  const lower = value.toLowerCase()
  return APOSTROPHE_MARK.test(lower) ? lower.replace(APOSTROPHE_MARK_ALL, "'") : lower
}

/** The letters of the source languages that English does not use plainly. */
export const SOURCE_SET = new Set(SOURCE_LETTERS)

/** Strip the accents of the source languages ("políticos" → "politicos"). */
export function deaccent(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
}

/** English names of the source languages. */
export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  spa: 'Spanish',
  ita: 'Italian',
  fra: 'French',
  por: 'Portuguese',
  deu: 'German'
}
