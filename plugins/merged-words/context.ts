/**
 * What every merged-words check shares: the document, the evidence worked out
 * once per document (names it uses on their own, word counts), the words
 * around a token, and the report.
 *
 * Names are worked out only when some check has a candidate that needs them:
 * most documents have none.
 */
import type {DocumentIndex, WordInfo} from '../support/document.js'
import type {Finding, WirelintMessage} from '../support/rule.js'
import {LOWER_ONLY, UPPER, lazy} from '../support/text.js'

export interface Check {
  index: DocumentIndex
  accepted: ReadonlySet<string>
  /** Capitalised words the document uses on their own (not only first in a sentence), lower-cased. */
  names(): ReadonlySet<string>
  report(finding: Finding): WirelintMessage
}

export function makeCheck(index: DocumentIndex, accepted: ReadonlySet<string>, report: (f: Finding) => WirelintMessage): Check {
  const names = lazy(() => documentNames(index))
  return {index, accepted, names, report}
}

/** The word after `word` in its sentence. */
export function nextWord(word: WordInfo): WordInfo | undefined {
  const words = word.sentence.words
  const i = words.indexOf(word)
  return i >= 0 ? words[i + 1] : undefined
}

/** The word before `word` in its sentence. */
export function previousWord(word: WordInfo): WordInfo | undefined {
  const words = word.sentence.words
  const i = words.indexOf(word)
  return i > 0 ? words[i - 1] : undefined
}

/** The text between two words of one paragraph is only spaces (no punctuation). */
export function spaceBetween(a: WordInfo, b: WordInfo): boolean {
  const t = a.paragraph.text
  for (let i = a.end; i < b.start; i++) {
    const c = t.charCodeAt(i)
    if (c !== 32 && c !== 0xa0 && c !== 9) return false
  }
  return a.end < b.start
}

/** Is `word` the first word of its paragraph, or preceded only by the words of `lead`? */
export function startsParagraph(word: WordInfo): boolean {
  const t = word.paragraph.text
  for (let i = 0; i < word.start; i++) {
    const c = t.charCodeAt(i)
    if (c !== 32 && c !== 0xa0 && c !== 9) return false
  }
  return true
}

/**
 * Names the document uses on their own: capitalised words that are not the
 * first word of their sentence, or recur.
 */
function documentNames(index: DocumentIndex): Set<string> {
  const names = new Set<string>()
  for (const p of index.paragraphs) {
    for (const sentence of p.sentences) {
      const words = sentence.words
      for (let i = 0; i < words.length; i++) {
        // "Ortega’s" uses the name "Ortega" on its own.
        const v = stripPossessive(words[i].value)
        if (v.length < 2 || !UPPER.test(v[0]) || !LOWER_ONLY.test(v.slice(1))) continue
        if (i > 0 || (index.counts.get(v) ?? 0) > 1) names.add(v.toLowerCase())
      }
    }
  }
  return names
}

/** A word without its possessive ending: "Ortega’s" → "Ortega". */
function stripPossessive(v: string): string {
  const n = v.length
  if (n > 3 && (v.charCodeAt(n - 1) | 32) === 0x73 /* s, S */ && (v.charCodeAt(n - 2) === 0x2019 /* ’ */ || v.charCodeAt(n - 2) === 0x27)) return v.slice(0, n - 2)
  return v
}
