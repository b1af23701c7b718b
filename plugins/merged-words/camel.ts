/**
 * Case joins: words run together at a case boundary — lower → upper
 * ("ministerAna", "believeIt", "endedGMT"), a capital run before a word
 * ("ANPThe", "NEWNow", "UKMinister") or two capitalised words ("MoreIn",
 * "PortuguêsOn", "CupMünchen", "HomeNewsSpanish", "MadridPresident").
 *
 * How it decides: the token is cut at its case boundaries (a surname prefix
 * stays with its name: "McDonald", "MacArthur", "DiCaprio", "LeBron"; a
 * single lower-case letter first is a brand: "iPhone", "eBay", "mRNA").  A
 * boundary is a join only with evidence:
 * - the right part is a function word that starts a sentence ("The", "In",
 *   "According") and ends the token;
 * - one part is written with letters outside ASCII and the other is an
 *   English word or a name of the document ("PortuguêsOn", "KahloÁlvaro");
 * - a lower-case word before a capital ("believeIt", "canoaChilean",
 *   "endedGMT"): English does not write a capital inside a lower-case word;
 * - an acronym glued to a capitalised common word ("UKMinister"), a word or
 *   name glued to an acronym of three letters or more ("TorresRTVE");
 * - page furniture words at the start of a line glued to the copy
 *   ("Read MoreIn", "HomeNewsSpanish");
 * - a name of the document or the dictionary glued to a capitalised common
 *   word ("MadridPresident").
 * Camel-case brands the dictionaries do not know (data/merged-words.ts) and
 * accepted words stay quiet, and a token that recurs in the document is a
 * name of its own unless the evidence is one of the first three kinds.
 */
import {CAMEL_BRANDS, FURNITURE_WORDS, SURNAME_PREFIXES} from '../data/merged-words.js'
import {FUNCTION_WORDS, NAME_SUFFIXES} from '../data/english-words.js'
import type {WordInfo} from '../support/document.js'
import {FLAG, isCommonWord, isDictionaryName, isKnownToken, lookup} from '../support/lexicon.js'
import {lazy} from '../support/text.js'
import {nextWord, previousWord, spaceBetween, startsParagraph, type Check} from './context.js'
import {hasNonAscii, isLowerAt, isUpperAt} from './shape.js'

/** Function words that open a sentence ("The", "In", "After"), glued to the word before them. */
const START_WORDS = lazy(() => {
  const set = new Set<string>()
  for (const w of FUNCTION_WORDS) if (w.length >= 2) set.add(w)
  return set
})

/**
 * More sentence openers, taken as evidence only after a lower-case word, an
 * acronym or a badge letter, or at the start of a line: as the end of a
 * capitalised word they also end brands ("StreamNow").
 */
const OTHER_OPENERS = new Set(['according', 'now', 'following', 'meanwhile', 'however', 'there', 'here', 'also'])

type PartCase = 'lower' | 'title' | 'caps'

interface Part {
  text: string
  lower: string
  kind: PartCase
}

/** Strength of the evidence at a boundary: strong evidence holds even when the token recurs. */
const STRONG = 2
const WEAK = 1

export function checkCamel(check: Check, word: WordInfo): void {
  const token = word.value
  const lowerToken = token.toLowerCase()
  if (CAMEL_BRANDS.has(lowerToken) || check.accepted.has(lowerToken)) return
  const parts = caseParts(token)
  if (!parts) return
  const recurs = (check.index.lowerCounts.get(lowerToken) ?? 0) > 1
  const atStart = startsParagraph(word) || furnitureLead(word)
  // A drop cap or badge letter ("NAfter"): at the start of a line or after a date, never after a word.
  const afterWord = !startsParagraph(word) && isWordBefore(word)
  // The next word is capitalised: the token's last part opens a name or title ("UKMinister Jane").
  const next = nextWord(word)
  const titleNext = next !== undefined && spaceBetween(word, next) && isUpperAt(next.value, 0)
  const cuts: number[] = []
  let strongest = 0
  let sentence = false
  let furniture = false
  for (let k = 0; k + 1 < parts.length; k++) {
    const left = parts[k]
    const right = parts[k + 1]
    const last = k + 2 === parts.length
    const verdict = judgeBoundary(check, left, right, last, atStart, k === 0 && !afterWord, titleNext)
    if (verdict === 0) continue
    cuts.push(k)
    strongest = Math.max(strongest, verdict & 3)
    if (verdict & SENTENCE) sentence = true
    if (verdict & FURNITURE) furniture = true
  }
  if (cuts.length === 0) return
  if (recurs && strongest < STRONG) return

  const spaced = joinParts(parts, cuts, ' ')
  const expected: string[] = []
  const lastPart = parts[parts.length - 1].text
  let start = word.start
  if (furniture && FURNITURE_WORDS.has(parts[parts.length - 1].lower) && word.paragraph.text.trim() === token) {
    // A line of furniture words only ("NewsVideo"): delete it.
    expected.push('', spaced)
  } else if (furniture && cuts.includes(parts.length - 2)) {
    // Furniture glued to the copy: the fix deletes the furniture (and the
    // furniture words before the token on its line).
    start = 0
    expected.push(lastPart, word.paragraph.text.slice(0, word.start) + spaced)
  } else if (sentence && parts.length === 2) {
    const [left, right] = parts
    if (left.text.length === 1) expected.push(right.text, spaced)
    else if (left.kind === 'lower') expected.push(`${left.text}. ${right.text}`, spaced)
    else expected.push(spaced)
  } else {
    expected.push(spaced)
  }
  const [from, to] = check.index.range(word.paragraph, start, word.end)
  check.report({
    start: from,
    end: to,
    reason:
      `“${token}” runs words together at a capital (${parts.map((p) => `“${p.text}”`).join(' + ')}): a space or full stop ` +
      'was lost when the page was converted; separate them' + (furniture ? ', and delete the page furniture' : ''),
    expected,
    safe: false
  })
}

const SENTENCE = 4
const FURNITURE = 8

/** 0 when the boundary is no join; else STRONG or WEAK, with SENTENCE / FURNITURE bits. */
function judgeBoundary(
  check: Check,
  left: Part,
  right: Part,
  last: boolean,
  atStart: boolean,
  first: boolean,
  titleNext: boolean
): number {
  const r = right.lower
  const l = left.lower
  // A function word that opens a sentence, glued after a word: "believeIt", "ANPThe", "MoreIn".
  const opener = START_WORDS().has(r) || (OTHER_OPENERS.has(r) && (left.kind !== 'title' || atStart))
  if (last && right.kind === 'title' && r.length >= 2 && opener) {
    if (left.text.length === 1) return first ? STRONG | SENTENCE : 0
    return STRONG | SENTENCE | (atStart && FURNITURE_WORDS.has(l) ? FURNITURE : 0)
  }
  if (left.text.length < 2 || right.text.length < 2) return 0
  // Letters outside ASCII on one side only: "CupMünchen", "KahloÁlvaro".
  const la = hasNonAscii(left.text)
  const ra = hasNonAscii(right.text)
  if (la !== ra && left.text.length >= 3 && right.text.length >= 3 && right.kind === 'title') {
    const english = la ? right : left
    if (isKnownWord(check, english)) return STRONG
  }
  // A lower-case word before a capital: "canoaChilean", "endedGMT", "articleMcKeon".
  if (left.kind === 'lower') {
    if (left.text.length < 3 || SURNAME_PREFIXES.has(l)) return 0
    // Before an acronym, the acronym must be one ("endedGMT"; not "microSYNTH", a product).
    if (right.kind === 'caps') return right.text.length >= 3 && isKnownWord(check, right) ? STRONG : 0
    if (isKnownWord(check, left) || isKnownWord(check, right)) return STRONG
    return 0
  }
  // Page furniture at the start of a line glued to the copy: "Read MoreToledo", "HomeNewsSpanish".
  if (atStart && left.kind === 'title' && FURNITURE_WORDS.has(l) && right.kind === 'title' && right.text.length >= 3) {
    return WEAK | FURNITURE
  }
  // An acronym glued to a capitalised common word that opens a line or a
  // title ("AGNArrival of …", "UKMinister Jane"); not a brand
  // ("IPTrade", "QKPoll").
  if (left.kind === 'caps' && right.kind === 'title') {
    if (last && (atStart || titleNext) && right.text.length >= 4 && isCommonWord(r) && !NAME_SUFFIXES.has(r)) return WEAK
    return 0
  }
  // A word or name glued to an acronym that opens a name ("TorresRTVE News",
  // "PartyRNE Radio"); not a brand ("NovaBMX are", "ZetaTIA,").
  if (left.kind === 'title' && right.kind === 'caps') {
    if (last && titleNext && right.text.length >= 3 && left.text.length >= 3 && isKnownWord(check, left)) return WEAK
    return 0
  }
  // A name glued to a capitalised common word: "MadridPresident".
  if (left.kind === 'title' && right.kind === 'title' && left.text.length >= 4 && right.text.length >= 4) {
    const leftName = (check.names().has(l) || isDictionaryName(l) || check.accepted.has(l)) && !isCommonWord(l)
    if (leftName && isCommonWord(r) && !NAME_SUFFIXES.has(r)) return WEAK
  }
  return 0
}

/** An English word (any case the dictionaries allow) or a name the document uses on its own. */
function isKnownWord(check: Check, part: Part): boolean {
  if (part.kind === 'caps') return (lookup(part.lower) & FLAG.CAPS) !== 0 || check.names().has(part.lower)
  return isKnownToken(part.text) || check.names().has(part.lower)
}

/** Is there a word of letters right before `word` in its sentence ("Plan BThe"), not a number or date? */
function isWordBefore(word: WordInfo): boolean {
  const w = previousWord(word)
  if (!w) return false
  for (let i = 0; i < w.value.length; i++) {
    const c = w.value.charCodeAt(i)
    if (c >= 48 && c <= 57) return false
  }
  return true
}

/** Are the words before `word` on its line all page furniture ("Read" before "MoreIn")? */
function furnitureLead(word: WordInfo): boolean {
  let w = previousWord(word)
  if (!w) return false
  for (let n = 0; w && n < 3; n++) {
    if (!FURNITURE_WORDS.has(w.value.toLowerCase())) return false
    if (startsParagraph(w)) return true
    w = previousWord(w)
  }
  return false
}

/**
 * The token cut at its case boundaries: before a capital that follows a
 * lower-case letter, and before the last capital of a capital run followed by
 * two lower-case letters ("ANP|The", not "CEOs").  A surname prefix is kept
 * with the part after it.  Undefined when there is nothing to judge: one
 * part, a single lower-case letter first ("iPhone"), a one-letter part inside
 * ("BioNTech").
 */
function caseParts(token: string): Part[] | undefined {
  const cuts: number[] = [0]
  for (let i = 1; i < token.length; i++) {
    if (!isUpperAt(token, i)) continue
    if (isLowerAt(token, i - 1)) cuts.push(i)
    else if (isUpperAt(token, i - 1) && isLowerAt(token, i + 1) && isLowerAt(token, i + 2)) cuts.push(i)
  }
  if (cuts.length < 2) return undefined
  cuts.push(token.length)
  const parts: Part[] = []
  let pending = ''
  for (let k = 0; k + 1 < cuts.length; k++) {
    const text = pending + token.slice(cuts[k], cuts[k + 1])
    const isLast = k + 2 === cuts.length
    if (!isLast && SURNAME_PREFIXES.has(text.toLowerCase()) && (k > 0 || isUpperAt(text, 0) || text.length > 1)) {
      pending = text
      continue
    }
    pending = ''
    parts.push({text, lower: text.toLowerCase(), kind: partCase(text)})
  }
  if (parts.length < 2) return undefined
  if (parts[0].kind === 'lower' && parts[0].text.length === 1) return undefined
  for (let k = 1; k + 1 < parts.length; k++) if (parts[k].text.length === 1) return undefined
  return parts
}

function partCase(text: string): PartCase {
  if (!isUpperAt(text, 0)) return 'lower'
  for (let i = 1; i < text.length; i++) if (!isUpperAt(text, i)) return 'title'
  return text.length > 1 ? 'caps' : 'title'
}

function joinParts(parts: Part[], cuts: number[], separator: string): string {
  let s = parts[0].text
  for (let k = 1; k < parts.length; k++) s += (cuts.includes(k - 1) ? separator : '') + parts[k].text
  return s
}
