/**
 * encoding, lost punctuation: a typographic apostrophe or dash the
 * conversion dropped without a trace (no "?", no U+FFFD).
 *
 * - A possessive without its apostrophe, "Okonkwos name": a capitalised word
 *   English does not know, ending in "s", whose stem the story writes with
 *   the apostrophe elsewhere ("Okonkwo's", "Okonkwo’s"), before a lower-case
 *   noun (not a verb-looking word, not after "the": "the Kennedys visited").
 * - A dateline that lost its dash, "LISBON With the budget …": a paragraph
 *   opening with one to three words in capitals, the last a place name the
 *   English dictionary knows, then straight away a sentence opening with a
 *   common English word ("LISBON — With the budget …").
 * Both are guesses (one level softer than the rule), never applied
 * unattended.
 */
import type {DocumentIndex, ParagraphInfo, WordInfo} from '../support/document.js'
import {cached} from '../support/document.js'
import {isCommonWord, isDictionaryName, isKnownToken} from '../support/lexicon.js'
import type {Hit} from './context.js'

/** Capitalised stems the story writes with a possessive apostrophe ("Okonkwo" of "Okonkwo's"). */
function possessiveStems(index: DocumentIndex): Set<string> {
  return cached(index, 'encoding:possessive-stems', () => {
    const out = new Set<string>()
    for (const p of index.paragraphs) {
      const text = p.text
      if (!text.includes("'s") && !text.includes('’s')) continue
      for (const w of p.words) {
        const v = w.value
        const n = v.length
        if (n < 4 || v.charCodeAt(0) < 65 || v.charCodeAt(0) > 90) continue
        if (v.charCodeAt(n - 1) === 0x73 /* s */ && (v.charCodeAt(n - 2) === 0x27 || v.charCodeAt(n - 2) === 0x2019 /* ’ */)) out.add(v.slice(0, n - 2))
        // Word splitters may keep the apostrophe apart: "Okonkwo" "'s".
        else if ((text[w.end] === "'" || text[w.end] === '’') && text[w.end + 1] === 's' && !/\p{L}/u.test(text[w.end + 2] ?? '')) out.add(v)
      }
    }
    return out
  })
}

/** Words after which a lower-case word is rather a verb or function word than the possessed noun. */
const NOT_A_NOUN = /(?:ed|ing|ly)$/u
const FUNCTION_WORDS = new Set([
  'and', 'or', 'but', 'nor', 'are', 'were', 'was', 'is', 'have', 'had', 'has', 'will', 'would', 'could', 'should', 'may',
  'might', 'must', 'can', 'did', 'do', 'does', 'said', 'say', 'says', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from',
  'by', 'as', 'who', 'which', 'that', 'than', 'also', 'both', 'all', 'be', 'been', 'not', 'then', 'there', 'their', 'they',
  'more', 'less', 'most', 'each', 'last', 'next', 'this', 'these', 'those', 'into', 'over', 'after', 'before', 'against', 'often'
])

/** Lost possessive apostrophes and dateline dashes in a paragraph (not overlapping `taken`). */
export function lostPunctuation(index: DocumentIndex, p: ParagraphInfo, taken: readonly Hit[]): Hit[] {
  const hits: Hit[] = []
  const dateline = datelineDash(p)
  if (dateline && !overlaps(taken, dateline.start, dateline.end)) hits.push(dateline)
  const stems = possessiveStems(index)
  if (stems.size === 0) return hits
  const words = p.words
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]
    const v = w.value
    const n = v.length
    if (n < 5 || v.charCodeAt(n - 1) !== 0x73 /* s */ || !stems.has(v.slice(0, n - 1)) || isKnownToken(v)) continue
    if (!beforeNoun(words, i) || !possessiveEverywhere(index, v)) continue
    const next = words[i + 1]
    const nv = next.value
    if (overlaps(taken, w.start, next.end)) continue
    const stem = v.slice(0, n - 1)
    hits.push({
      start: w.start,
      end: next.end,
      reason: `“${v}” has lost its apostrophe: the story writes “${stem}’s” elsewhere`,
      expected: [`${stem}’s ${nv}`],
      safe: false,
      soft: true
    })
  }
  return hits
}

/** words[i] stands right before a lower-case common noun-like word, not after "the" ("the Kennedys visited"). */
function beforeNoun(words: WordInfo[], i: number): boolean {
  const w = words[i]
  const next = words[i + 1]
  if (!next || next.sentence !== w.sentence || next.start !== w.end + 1 || w.paragraph.text[w.end] !== ' ') return false
  const nv = next.value
  if (!/^\p{Ll}{3,}$/u.test(nv) || !isCommonWord(nv) || NOT_A_NOUN.test(nv) || FUNCTION_WORDS.has(nv)) return false
  const before = words[i - 1]
  return !(before && before.sentence === w.sentence && (/^the$/iu.test(before.value) || /\d/u.test(before.value)))
}

/**
 * Every time the story writes the word, it stands before a noun, and the stem is also written alone
 * ("Okonkwo"): a possessive each time, not a plural ("sold more Fiats than") or a name ending in s.
 */
function possessiveEverywhere(index: DocumentIndex, value: string): boolean {
  return cached(index, 'encoding:possessive:' + value, () => {
    const stem = value.slice(0, -1)
    let bare = false
    for (const p of index.paragraphs) {
      const words = p.words
      for (let i = 0; i < words.length; i++) {
        const v = words[i].value
        if (v === stem && p.text[words[i].end] !== "'" && p.text[words[i].end] !== '’') bare = true
        else if (v === value && !beforeNoun(words, i)) return false
      }
    }
    return bare
  })
}

/** "LISBON With the budget …": capitals, a place name, then a sentence without the dash between. */
function datelineDash(p: ParagraphInfo): Hit | undefined {
  const words = p.words
  const text = p.text
  // The first word of a line of the paragraph.
  let from = -1
  for (let j = 0; j < words.length && from < 0; j++) {
    const at = words[j].start
    if ((at === 0 || text.charCodeAt(at - 1) === 10) && /^\p{Lu}{3,}$/u.test(words[j].value)) from = j
  }
  if (from < 0) return undefined
  let k = from
  while (k < words.length && k < from + 3 && /^\p{Lu}{3,}$/u.test(words[k].value)) k++
  if (k + 1 >= words.length) return undefined
  // The capitals are one stretch of words joined by single spaces.
  for (let j = from + 1; j < k; j++) if (words[j].start !== words[j - 1].end + 1 || text[words[j - 1].end] !== ' ') return undefined
  const place = words[k - 1]
  if (!isDictionaryName(place.value.toLowerCase())) return undefined
  const first: WordInfo = words[k]
  const second: WordInfo = words[k + 1]
  if (first.start !== place.end + 1 || text[place.end] !== ' ') return undefined
  // A sentence opening: a common English word capitalised ("With", "The"), and more of the sentence after it.
  if (!/^\p{Lu}\p{Ll}+$/u.test(first.value) || !isCommonWord(first.value.toLowerCase()) || second.start !== first.end + 1) return undefined
  if (first.sentence.words.length < k - from + 5) return undefined
  if (first.sentence !== place.sentence) return undefined
  const dateline = text.slice(words[from].start, place.end)
  return {
    start: words[from].start,
    end: first.end,
    reason: `The dateline “${dateline}” has lost the dash before the story: “${dateline} — ${first.value}”`,
    expected: [`${dateline} — ${first.value}`],
    safe: false,
    soft: true
  }
}

function overlaps(hits: readonly Hit[], start: number, end: number): boolean {
  for (const h of hits) if (start < h.end && h.start < end) return true
  return false
}
