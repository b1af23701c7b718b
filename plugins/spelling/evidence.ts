/**
 * spelling, part: evidence from the document around a candidate.
 *
 * What it finds: the reasons a candidate word is not a misspelling in its
 * place — a name the document writes with a capital elsewhere ("Azpurua" …
 * "azpurua": a lower-case name, reported as such); an established foreign
 * phrase standing around it ("de facto", "joie de vivre"); a term cited in
 * quotes or a short gloss in brackets ("wereng", "(droit commun)"); a name
 * particle before a name ("von der Leyen"); a finding of an earlier rule on
 * the same span (merged-words, encoding, markup: see `meta.after`).  How: the
 * paragraph text around the word, within a bounded reach, and the document's
 * capitalised words (once per document, cached on the index).
 */
import {FOREIGN_PHRASES, NAME_PARTICLES} from '../data/spelling-words.js'
import {cached, type DocumentIndex, type WordInfo} from '../support/document.js'
import {lookup} from '../support/lexicon.js'
import {lazy, LETTER_OR_NUMBER, LOWER, UPPER_START} from '../support/text.js'
import type {VFile} from 'vfile'
import {nearMissOfWord} from './derivation.js'
import {fold} from './known.js'

/**
 * Is an unknown lower-cased word one edit from a common word?  The near-miss
 * search is remembered per process (`nearMissOfWord`): a name not in the
 * dictionaries (most names) cost some 250 look-ups of made-up words in every
 * story that used it (over half of all look-ups of the speed check).
 */
function typoOfWord(lower: string): boolean {
  return lookup(lower) === 0 && nearMissOfWord(lower)
}

/** Capitalised words used inside sentences (names): lower case → as written (the first time). */
function capitalisedWords(index: DocumentIndex): Map<string, string> {
  return cached(index, 'spelling:names', () => {
    const names = new Map<string, string>()
    for (const p of index.paragraphs) {
      for (const s of p.sentences) {
        // Not the first word: sentence case says nothing ("Glyphosate is …").
        for (let i = 1; i < s.words.length; i++) {
          const v = s.words[i].value
          if (v.length < 2 || !UPPER_START.test(v) || !LOWER.test(v)) continue
          const lower = v.toLowerCase()
          if (!names.has(lower)) names.set(lower, v)
        }
      }
    }
    return names
  })
}

/**
 * The document's name for a lower-case word, as written (its first
 * capitalised use inside a sentence), unless that is a capitalised typo ("the
 * Goverment said").  The typo test runs for the asked word only, not for
 * every name of the story (some 500 look-ups of made-up words each).
 */
export function documentName(index: DocumentIndex, lower: string): string | undefined {
  const name = capitalisedWords(index).get(lower)
  return name === undefined || typoOfWord(lower) ? undefined : name
}

/** The phrases of FOREIGN_PHRASES by each of their words (built on first use). */
const phrasesByWord = lazy((): ReadonlyMap<string, readonly string[]> => {
  const map = new Map<string, string[]>()
  for (const phrase of FOREIGN_PHRASES) {
    for (const w of phrase.split(/[\s']+/)) {
      if (!w) continue
      const list = map.get(w) ?? []
      list.push(phrase)
      map.set(w, list)
    }
    // Elided forms are tokens of their own: "d'etat", "l'oeil".
    for (const w of phrase.split(' ')) {
      if (!w.includes("'")) continue
      const list = map.get(w) ?? []
      list.push(phrase)
      map.set(w, list)
    }
  }
  return map
})

/** Does an established foreign phrase containing `word` stand around this place? */
export function inForeignPhrase(word: string, text: string, start: number, end: number): boolean {
  const phrases = phrasesByWord().get(word)
  if (!phrases) return false
  const window = ' ' + fold(text.slice(Math.max(0, start - 60), Math.min(text.length, end + 60)))
    .toLowerCase()
    .replace(/[^a-z']+/g, ' ')
    .replace(/(^| )'+|'+(?= |$)/g, ' ') + ' '
  for (const phrase of phrases) if (window.includes(' ' + phrase + ' ')) return true
  return false
}

const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '«', '„', '‹', '‚', '('])
const CLOSE_PARENTHESIS: ReadonlySet<string> = new Set([')'])
const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', '”', '’', "'", '»', '“', '›', '‘'])
const STOPS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', ',', '[', ']'])
/** Longest quoted term (characters on each side of the word) taken as a citation. */
const CITATION_REACH = 40

/**
 * A word cited in quotes or brackets with at most three others: a term,
 * nickname, title or original-language gloss the writer quotes on purpose
 * ("wereng", 'le cost killer', "(droit commun)").
 */
export function citedTerm(text: string, start: number, end: number): boolean {
  let spaces = 0
  let i = start - 1
  while (i >= 0 && start - i <= CITATION_REACH && !OPEN_QUOTES.has(text[i])) {
    if (STOPS.has(text[i])) return false
    if (text[i] === ' ') spaces++
    i--
  }
  if (i < 0 || !OPEN_QUOTES.has(text[i]) || (i > 0 && LETTER_OR_NUMBER.test(text[i - 1]))) return false
  const close = text[i] === '(' ? CLOSE_PARENTHESIS : CLOSE_QUOTES
  let j = end
  while (j < text.length && j - end <= CITATION_REACH && !close.has(text[j])) {
    // Punctuation is allowed just inside the closing quote ("killer.'").
    if (STOPS.has(text[j]) && !close.has(text[j + 1] ?? '')) return false
    if (text[j] === ' ') spaces++
    j++
  }
  if (j >= text.length || !close.has(text[j]) || LETTER_OR_NUMBER.test(text[j + 1] ?? '')) return false
  return spaces <= (close === CLOSE_PARENTHESIS ? 1 : 3)
}

/** A name particle followed by a name ("von der Leyen", "du Plessis"). */
export function beforeName(token: WordInfo): boolean {
  const words = token.sentence.words
  let i = words.indexOf(token) + 1
  while (i < words.length && NAME_PARTICLES.has(words[i].value.toLowerCase()) && !UPPER_START.test(words[i].value)) i++
  return i < words.length && UPPER_START.test(words[i].value)
}

export function overlapsEarlier(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [s, e] of spans) if (s < end && start < Math.max(e, s + 1)) return true
  return false
}

/** Spans (file offsets) of the findings of the rules in `after` (they make a spelling finding redundant). */
export function earlierSpans(file: VFile, after: ReadonlySet<string>): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = []
  for (const m of file.messages) {
    if (!m.ruleId || !after.has(m.ruleId)) continue
    const place = m.place
    if (place && 'start' in place && place.start.offset !== undefined && place.end.offset !== undefined) {
      spans.push([place.start.offset, place.end.offset])
    }
  }
  return spans
}
