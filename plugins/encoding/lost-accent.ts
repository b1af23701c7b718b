/**
 * encoding, lost accented letters: a character the conversion dropped
 * without a trace (no "?", no U+FFFD) — "contaminacin" for "contaminación",
 * "Muiz" where the story also has "Muñiz".
 *
 * How it decides, for a word English does not know:
 * - the story's own words: the same word with one letter outside ASCII more
 *   is written elsewhere in the story ("Muiz" beside "Muñiz"); any case;
 * - the source-language table (support/foreign-lexicon.ts): a lower-case
 *   word of five letters or more becomes a Spanish, Portuguese, French or
 *   Italian word when one accented letter is put back at one place, and
 *   only one such word is possible ("contaminacin" → "contaminación"; "communiqu" →
 *   "communiqué", an English word with its accent).  A restored word that is
 *   not English counts only when the word as written is no lower-cased
 *   English name ("achilles"), no typo one letter from a common English word
 *   ("guage", "canot") and no word English builds from its own.  The table is
 *   read only when the story has such a candidate.
 * A dropped accent that leaves the plain letter ("Bogota", "Sao Paulo") is
 * a spelling the copy may choose, never this finding.  The restored word is
 * offered, never applied unattended: a restored source-language word usually
 * also wants translating, and the message says so.
 */
import type {DocumentIndex, ParagraphInfo, WordInfo} from '../support/document.js'
import {cached} from '../support/document.js'
import {englishMade, languageCodes, nearEnglish, restoredForms, unknownLowerWords} from '../support/foreign-lexicon.js'
import {FLAG, isKnownToken, lookup} from '../support/lexicon.js'
import type {Hit} from './context.js'

const LANGUAGE: Readonly<Record<string, string>> = {es: 'Spanish', pt: 'Portuguese', fr: 'French', it: 'Italian'}

/** A letter outside ASCII. */
const NON_ASCII_LETTER = /[^\x00-\x7f]/u
const LETTERS_ONLY = /^\p{L}+$/u
/** A character that starts an entity, escape or code right against the word: the letter is there, encoded. */
const ENCODED_NEXT = /^[&#%\\;]$/u

/**
 * The story's words with a letter outside ASCII, keyed by each form with one
 * such letter dropped ("Muñiz" under "Muiz"); built once per document,
 * empty for a story in plain ASCII.
 */
function droppedForms(index: DocumentIndex): Map<string, string> {
  return cached(index, 'encoding:dropped-forms', () => {
    const out = new Map<string, string>()
    for (const p of index.paragraphs) {
      if (!NON_ASCII_LETTER.test(p.text)) continue
      for (const w of p.words) {
        const v = w.value
        if (v.length < 4 || !NON_ASCII_LETTER.test(v) || !LETTERS_ONLY.test(v)) continue
        for (let i = 0; i < v.length; i++) {
          if (v.charCodeAt(i) < 128) continue
          const dropped = v.slice(0, i) + v.slice(i + 1)
          if (dropped.length >= 4 && !out.has(dropped)) out.set(dropped, v)
        }
      }
    }
    return out
  })
}

/** Lost accented letters in a paragraph (not overlapping `taken`). */
export function lostAccents(index: DocumentIndex, p: ParagraphInfo, taken: readonly Hit[]): Hit[] {
  const hits: Hit[] = []
  const dropped = droppedForms(index)
  const seen = new Set<WordInfo>()
  if (dropped.size > 0) {
    for (const w of p.words) {
      const full = dropped.get(w.value)
      if (full === undefined || isKnownToken(w.value) || overlaps(taken, w)) continue
      seen.add(w)
      hits.push({
        start: w.start,
        end: w.end,
        reason: `“${w.value}” has lost a letter: the story also writes “${full}”`,
        expected: [full],
        safe: false,
        soft: true
      })
    }
  }
  const text = p.text
  for (const w of unknownLowerWords(index)) {
    if (w.paragraph !== p || w.value.length < 5 || seen.has(w) || NON_ASCII_LETTER.test(w.value) || overlaps(taken, w)) continue
    // The letter written as an entity or escape ("communiqu&#233;"): markup's finding, not a lost letter.
    if (ENCODED_NEXT.test(text[w.end] ?? '') || ENCODED_NEXT.test(text[w.start - 1] ?? '')) continue
    const forms = restoredForms(w.value)
    if (forms.length !== 1) continue
    const {form, bits} = forms[0]
    const names = languageCodes(bits).map((code) => LANGUAGE[code])
    const lang = names.length === 1 ? names[0] : names.slice(0, -1).join(', ') + ' or ' + names[names.length - 1]
    // An English word written with its accent ("communiqué", "fiancé") is sure; a source-language word
    // must not read as an English name ("achilles") or typo ("guage", "canot").
    const english = isKnownToken(form.normalize('NFD').replace(/\p{M}/gu, ''))
    if (!english && ((lookup(w.value) & FLAG.NAME) !== 0 || nearEnglish(w.value) || englishMade(w.value))) continue
    hits.push({
      start: w.start,
      end: w.end,
      reason: english
        ? `“${w.value}” has lost an accented letter: “${form}”`
        : `“${w.value}” has lost an accented letter: it is the ${lang} word “${form}”, which also needs translating`,
      expected: [form],
      safe: false,
      soft: true
    })
  }
  return hits
}

/** Overlaps or touches another finding (a word whose lost letter became "?" or U+FFFD is that finding's). */
function overlaps(hits: readonly Hit[], w: WordInfo): boolean {
  for (const h of hits) if (w.start <= h.end && h.start <= w.end) return true
  return false
}
