/**
 * acronym, context words: the evidence a weak form needs, looked up as whole
 * words (lower case) in its sentence or in the whole document: an entry's
 * context words ("PIB" next to "grew") and avoid words (the English
 * homograph: "emergency use" for EUA).  Document look-ups are memoised per
 * entry.
 */
import type {ForeignAcronym} from '../data/acronym-foreign.js'
import type {ParagraphInfo} from '../support/document.js'
import {isLetter} from './characters.js'

/** Does `haystack` (lower case) hold `phrase` as whole words? */
function hasPhrase(haystack: string, phrase: string): boolean {
  let at = haystack.indexOf(phrase)
  while (at >= 0) {
    const before = haystack[at - 1]
    const after = haystack[at + phrase.length]
    if (!isLetter(before) && !isLetter(after)) return true
    at = haystack.indexOf(phrase, at + 1)
  }
  return false
}

export function hasAny(haystack: string, phrases: readonly string[] | undefined): boolean {
  if (!phrases) return false
  for (const ph of phrases) if (hasPhrase(haystack, ph)) return true
  return false
}

/** Memoised look-ups of an entry's context and avoid words in the whole document. */
export class DocumentWords {
  private lower: string | undefined
  private readonly memo = new Map<ForeignAcronym, {context?: boolean; avoid?: boolean}>()
  constructor(private readonly value: string) {}
  has(entry: ForeignAcronym, which: 'context' | 'avoid'): boolean {
    let m = this.memo.get(entry)
    if (!m) {
      m = {}
      this.memo.set(entry, m)
    }
    let v = m[which]
    if (v === undefined) {
      this.lower ??= this.value.toLowerCase()
      v = hasAny(this.lower, entry[which])
      m[which] = v
    }
    return v
  }
}

/** The sentence (paragraph text span) around a position. */
export function sentenceAround(p: ParagraphInfo, pos: number): [number, number] {
  const sentences = p.sentences
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const s = sentences[mid]
    if (pos < s.start) hi = mid - 1
    else if (pos >= s.end) lo = mid + 1
    else return [s.start, s.end]
  }
  return [0, p.text.length]
}
