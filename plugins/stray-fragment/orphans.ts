/**
 * stray-fragment, part: orphan fragments, the leftovers of a stripped link,
 * caption or player.
 *
 * What it finds: a one- or two-word "sentence" after a full sentence ("…
 * told AFP. land.", "… the minister said. video.", "… on Sunday. Photo"),
 * and a line that is only such a fragment between two paragraphs ("land.").
 * How it decides: the fragment starts in lower case after a full stop (also
 * after closing quotes: "… conflict». land."), not after an abbreviation or
 * an ellipsis; it is not a function word, adverb, past form, reply or
 * subject + verb ("too.", "yes.", "returned.", "bitcoin fell."); it is not
 * inside quotes; the sentence before it has at least four words with some
 * lower case; and it ends the line, or ends in a full stop before a
 * capitalised sentence.  A caption or player word ("Photo", "Video",
 * "Advertisement") counts in any case, at the end of the line only.  The
 * scan jumps from one stop to the next, and keeps the quote state as it goes
 * (no rescans on hostile input).
 */
import {wordCount} from '../support/blocks.js'
import {APOSTROPHE, CODE_LETTER, CODE_LOWER, isCodeClassAt} from '../support/text.js'
import {fold, inQuote, isAbbreviationBefore, isQuoteCode, isSpaceAt, lowerBound, stepQuote, stopsOf, type Prose, type Quotes} from './scan.js'
import type {Tables} from './tables.js'

export interface Orphan {
  start: number
  end: number
  /** Where the deletion starts (the space after the full stop). */
  cut: number
  furniture: boolean
}

/** Closing quotes and brackets that may follow a full stop: ” » " ’ ' ) ] ›. */
function isCloserCode(c: number): boolean {
  return c === 0x201d || c === 0xbb || c === 0x22 || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x203a
}

const FRAGMENT_WORD = /^[\p{L}][\p{L}\p{M}'’-]*/u

interface Fragment {
  end: number
  words: string[]
  /** Runs to the end of the line. */
  final: boolean
}

/**
 * A one- or two-word fragment at `from` ("land.", "video", "Photo") that ends
 * the line, or ends in a full stop before a capitalised sentence.
 */
function fragmentAt(text: string, from: number, limit: number): Fragment | undefined {
  const words: string[] = []
  let i = from
  for (let k = 0; k < 2; k++) {
    const m = FRAGMENT_WORD.exec(text.slice(i, Math.min(limit, i + 40)))
    if (!m) return undefined
    words.push(m[0])
    i += m[0].length
    if (k === 0 && text[i] === ' ' && i + 1 < limit && isCodeClassAt(text, i + 1, CODE_LETTER)) {
      i++
      continue
    }
    break
  }
  const stop = text[i] === '.' && text[i + 1] !== '.'
  const end = stop ? i + 1 : i
  let j = end
  while (j < limit && isSpaceAt(text, j)) j++
  if (j >= limit) return {end, words, final: true}
  // Mid-paragraph: "… told AFP. land. The United States …"
  if (stop && j > end && /[\p{Lu}"“‘«]/u.test(text[j])) return {end, words, final: false}
  return undefined
}

function isStrayWord(words: string[], t: Tables): boolean {
  for (const w of words) if (w !== w.toLowerCase() || APOSTROPHE.test(w)) return false
  const first = fold(words[0])
  if (first.length < 2) return false
  if (t.notStarters.has(first)) return false
  // Past forms and adverbs make a capitalisation slip ("… left. returned."), not a leftover.
  if (first.length > 4 && (first.endsWith('ed') || first.endsWith('ly'))) return false
  // A subject and its verb make a clause ("bitcoin fell."), not a leftover.
  if (words.length === 2) {
    const second = fold(words[1])
    if (t.notStarters.has(second) || t.clauseVerbs.has(second)) return false
    if (second.length > 4 && second.endsWith('ed')) return false
  }
  return true
}

/**
 * Orphan one- or two-word sentences after a full sentence: at the end of the
 * line in any case if they are caption/player words, in lower case anywhere.
 */
export function orphansIn(v: Prose, from: number, limit: number, t: Tables): Orphan[] {
  const text = v.text
  const out: Orphan[] = []
  let end = limit
  while (end > from && isSpaceAt(text, end - 1)) end--
  // Quote state, kept while scanning (no rescans on hostile input): it covers
  // text[from, quoted) but the fragments skipped after a finding, and is
  // brought up to date only when a candidate needs it.
  const q: Quotes = {depth: 0, low: false, straight: 0}
  let quoted = from
  // Start of the current sentence.
  let sentenceStart = from
  // Sentence ends before this were inside a finding.
  let resume = from
  // A sentence end: . ! ? maybe followed by up to three closing quotes or
  // brackets ("… conflict.” land."), then white space at i + 1.  The scan
  // jumps from one . ! ? to the next.
  const stops = stopsOf(v)
  for (let n = lowerBound(stops, from); n < stops.length; n++) {
    const dot = stops[n]
    if (text.charCodeAt(dot) === 0x2026) continue
    let i = dot
    while (i - dot <= 3 && isCloserCode(text.charCodeAt(i + 1))) i++
    if (i >= end - 1) break
    if (i - dot > 3 || i < resume || !isSpaceAt(text, i + 1)) continue
    const start = sentenceStart
    sentenceStart = i + 1
    if (text.charCodeAt(dot) !== 46 || text.charCodeAt(dot - 1) === 46) continue
    let fragStart = i + 1
    while (fragStart < end && fragStart - i <= 2 && (text[fragStart] === ' ' || text[fragStart] === '\u00a0')) fragStart++
    if (!isCodeClassAt(text, fragStart, CODE_LETTER)) continue
    const lowerStart = isCodeClassAt(text, fragStart, CODE_LOWER)
    // A capitalised fragment counts only at the end of the line, and a
    // fragment (two words of at most 40 characters and a full stop) is short.
    if (!lowerStart && end - fragStart > 82) continue
    const frag = fragmentAt(text, fragStart, end)
    if (!frag) continue
    const key = fold(frag.words.join(' '))
    const furnitureWord = frag.final && t.fragments.has(key)
    if (!furnitureWord && !(lowerStart && isStrayWord(frag.words, t))) continue
    const before = text[dot - 1]
    if (before === undefined || !/[\p{L}\p{N})\]”»"’]/u.test(before)) continue
    if (isAbbreviationBefore(text, dot)) continue
    // The sentence before: at least four words, with some lower case.
    const sentence = text.slice(start, dot)
    if (wordCount(sentence.trim()) < 4 || !/\p{Ll}{2}/u.test(sentence)) continue
    for (; quoted <= i; quoted++) if (isQuoteCode(text.charCodeAt(quoted))) stepQuote(q, text[quoted])
    if (inQuote(q)) continue
    out.push({start: fragStart, end: frag.end, cut: i + 1, furniture: furnitureWord})
    resume = frag.end
    quoted = frag.end
    sentenceStart = frag.end
  }
  return out
}

/**
 * Whether a line starting at `from` may be an orphan line (its first
 * character in lower case; a surrogate pair may be one too).
 */
export function mayStartOrphanLine(text: string, from: number): boolean {
  const c = text.charCodeAt(from)
  return isCodeClassAt(text, from, CODE_LOWER) || (c >= 0xd800 && c <= 0xdbff)
}

/** A line that is only a lower-case fragment: "land." between two paragraphs. */
export function isOrphanLine(text: string, from: number, limit: number, t: Tables): boolean {
  const span = text.slice(from, limit)
  const m = /^([\p{Ll}][\p{L}\p{M}'’-]*)(?: ([\p{Ll}][\p{L}\p{M}'’-]*))?(\.?)$/u.exec(span)
  if (!m) return false
  const words = m[2] ? [m[1], m[2]] : [m[1]]
  if (t.fragments.has(fold(words.join(' ')))) return true
  return m[3] === '.' && isStrayWord(words, t)
}
