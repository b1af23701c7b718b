/**
 * untranslated, part: single lower-case words of a source language's
 * dictionary left in the copy ("a new biblioteca", "the alcaldesa said"),
 * which the closed word lists cannot hold.
 *
 * What it finds: a word of lower-case letters, four or more, that English
 * does not know (support/foreign-lexicon.ts `unknownLowerWords`) and that the
 * source-language table holds as a Spanish, Portuguese, French or Italian
 * word — as written, or as the infinitive of a verb form (a noun or third
 * person in -a/-e whose -ar/-er verb is listed), or as a Spanish or Italian
 * colour compound ("verdiblanco":
 * "verde" + "blanco").
 *
 * How it decides, word by word, leaving alone what reads English or
 * deliberate: a word English makes from its own words (a compound of two
 * English words: "rockstars"; an English prefix or suffix on an English word:
 * "renationalisation"), one letter from a common English word (a typo:
 * "accomodate"), a lower-cased English name ("british"), a word written
 * capitalised elsewhere in the story (a name), international scientific
 * words ("glyphosate", "lopinavir"), a unit or currency after a number
 * ("300 quintales"), a word inside an established loan phrase ("bona
 * fide", "joie de vivre"), next to a capitalised word (part of a name), or
 * already part of another finding.  A word the copy introduces ("the
 * so-called …"), glosses, or quotes is information; so is any single word
 * unless the story has two such words of one language or more (its
 * source-language traces), when each is a warning.  The table is read only
 * when a story has a candidate.
 */
import type {ParagraphInfo, WordInfo} from '../support/document.js'
import {cached} from '../support/document.js'
import {FOREIGN, dictionaryLanguages, foreignFlags, languageCodes, unknownLowerWords} from '../support/foreign-lexicon.js'
import {englishMade, nearEnglish} from '../support/foreign-lexicon.js'
import {FLAG, isKnownToken, lookup} from '../support/lexicon.js'
import {NON_ASCII, UPPER_START} from '../support/text.js'
import type {Check} from './context.js'
import {languageName} from './lid.js'
import {glossed, introduced} from './runs.js'
import {deaccent, normalise} from './tables.js'

/** International scientific words (chemistry, medicine) that the French and Portuguese dictionaries hold. */
const SCIENTIFIC = /(?:ine|ate|ase|ol|vir|mab|ide|ium|itis|osis|azole|ene|yl|ism|ist|ists|ics|ology)$/
/** A number right before a word: a unit or currency ("300 quintales", "5 billion reais"). */
const NUMBER_BEFORE = /\d[\d.,]*\s*(?:(?:million|billion|thousand|mn|bn|m)\s+)?$/u
const OPENING_QUOTE = /[“"‘'«„‹]$/u
const CLOSING_QUOTE = /^[”"’'»“›]/u

/**
 * The dictionary languages of a lower-case word (FOREIGN bits): as written,
 * as a verb form whose infinitive is listed, or as a colour compound.
 */
export function lexiconLanguages(w: string): number {
  const bits = dictionaryLanguages(w)
  if (bits) return bits
  // A verb's third person or a noun made from it, in -a or -e, whose infinitive in -ar or -er is listed.
  const last = w[w.length - 1]
  if (last === 'a' || last === 'e') {
    const verb = dictionaryLanguages(w + 'r') & (FOREIGN.ES | FOREIGN.PT)
    if (verb) return verb
  }
  // Colour compounds: "verdiblanco", "albiceleste", "rossoneri" (first element in -i-).
  const i = w.indexOf('i', 3)
  if (i > 0 && i <= w.length - 5) {
    const head = w.slice(0, i)
    const tail = w.slice(i + 1)
    const first = dictionaryLanguages(head + 'o') | dictionaryLanguages(head + 'a') | dictionaryLanguages(head + 'e')
    // The table leaves out words of the big English word list ("blanco"): those count with the first element.
    const second = dictionaryLanguages(tail) || ((lookup(tail) & (FLAG.LOWER | FLAG.LIST)) === FLAG.LIST ? first : 0)
    const both = first & second & (FOREIGN.ES | FOREIGN.IT | FOREIGN.PT)
    if (both) return both
  }
  return 0
}

interface Candidate {
  word: WordInfo
  norm: string
  bits: number
}

/** The story's lone source-language words (worked out once per document, on first need). */
function storyCandidates(c: Check): Candidate[] {
  return cached(c.index, 'untranslated:lexicon-words', () => {
    const out: Candidate[] = []
    const verdicts = new Map<string, number>()
    for (const w of unknownLowerWords(c.index)) {
      const norm = normalise(w.value)
      let bits = verdicts.get(norm)
      if (bits === undefined) {
        bits = judgeWord(c, norm)
        verdicts.set(norm, bits)
      }
      if (bits) out.push({word: w, norm, bits})
    }
    return out
  })
}

/** FOREIGN bits of a word that reads as a source-language word and not as English, else 0. */
function judgeWord(c: Check, norm: string): number {
  if (c.accepted.has(norm) || c.tb.words.has(norm) || c.tb.other.has(norm)) return 0
  if (SCIENTIFIC.test(norm)) return 0
  // An English loan with its accents ("protégé", "communiqué").
  if (NON_ASCII.test(norm) && isKnownToken(deaccent(norm))) return 0
  // A lower-cased English name ("british", "trojan") or brand.
  if ((lookup(norm) & FLAG.NAME) !== 0) return 0
  // Written capitalised elsewhere in the story: a name.
  const capital = norm[0].toUpperCase() + norm.slice(1)
  if ((c.index.counts.get(capital) ?? 0) > 0) return 0
  const bits = lexiconLanguages(norm)
  if (!bits) return 0
  if (englishMade(norm) || nearEnglish(norm)) return 0
  return bits
}

/** Languages with two distinct lone words or more in the story: its source-language traces. */
function traces(candidates: Candidate[]): number {
  const seen = new Map<string, number>()
  for (const x of candidates) seen.set(x.norm, x.bits)
  let traced = 0
  for (const bit of [FOREIGN.ES, FOREIGN.PT, FOREIGN.FR, FOREIGN.IT]) {
    let n = 0
    for (const bits of seen.values()) if (bits & bit) n++
    if (n >= 2) traced |= bit
  }
  return traced
}

const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'])
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
/** A short lower-case word: a function word's shape. */
const SHORT_LOWER = /^[a-zäöüß]{2,6}$/u

/**
 * A function word of another language left before an English date or a year: "vor December 12",
 * "seit 2019".  The word is no English word at all (not even in the big word list) and a function
 * word of a source language (stopwords-iso); the table is read only for such a word before a date.
 */
function functionWordBeforeDate(c: Check, p: ParagraphInfo): void {
  const words = p.words
  const text = p.text
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1]
    const k = next.value.charCodeAt(0)
    const dated = (k >= 48 && k <= 57 && /^\d{4}$/u.test(next.value)) || (k >= 65 && k <= 90 && (MONTHS.has(next.value) || WEEKDAYS.has(next.value)))
    if (!dated) continue
    const w = words[i]
    if (!SHORT_LOWER.test(w.value) || next.sentence !== w.sentence || next.start !== w.end + 1 || text[w.end] !== ' ') continue
    // (The big English word list holds Scrabble words such as "vor": only Hunspell's English counts here.)
    if ((lookup(w.value) & (FLAG.US | FLAG.GB)) !== 0 || c.accepted.has(w.value) || c.tb.words.has(w.value)) continue
    if (!(foreignFlags(w.value) & FOREIGN.FUNCTION)) continue
    let taken = false
    for (const [cs, ce] of c.claimed) if (w.start < ce && cs < w.end) taken = true
    if (taken) continue
    c.claimed.push([w.start, w.end])
    c.reportText(p, w.start, next.end, {
      severity: c.severity,
      reason: `“${w.value}” is a function word of another language, not English, left before the date: translate it`
    })
  }
}

/** Report the paragraph's lone source-language words (after the other parts: claimed spans are left alone). */
export function loneWords(c: Check, p: ParagraphInfo): void {
  functionWordBeforeDate(c, p)
  if (unknownLowerWords(c.index).length === 0) return
  let mine = false
  for (const w of unknownLowerWords(c.index)) if (w.paragraph === p) mine = true
  if (!mine) return
  const candidates = storyCandidates(c)
  if (candidates.length === 0) return
  const traced = traces(candidates)
  const words = p.words
  const text = p.text
  let k = 0
  for (const x of candidates) {
    const w = x.word
    if (w.paragraph !== p) continue
    const start = w.start
    const end = w.end
    let taken = false
    for (const [cs, ce] of c.claimed) if (start < ce && cs < end) taken = true
    if (taken) continue
    while (k < words.length && words[k] !== w) k++
    if (k >= words.length) {
      k = 0
      continue
    }
    if (nextToName(c, words, k) || inLoan(c, words, k) || NUMBER_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue
    const quoted = OPENING_QUOTE.test(text.slice(Math.max(0, start - 1), start)) && CLOSING_QUOTE.test(text.slice(end, end + 1))
    const deliberate = quoted || introduced(p, start) || glossed(p, end)
    const strong = (x.bits & traced) !== 0 && !deliberate
    const codes = languageCodes(strong ? x.bits & traced : x.bits)
    const names = codes.map((code) => languageName(code) ?? code)
    const lang = names.length === 1 ? names[0] : names.slice(0, -1).join(', ') + ' or ' + names[names.length - 1]
    const claimed = c.claimed
    const report = (): void => {
      for (const [cs, ce] of claimed) if (start < ce && cs < end) return
      claimed.push([start, end])
      c.reportText(p, start, end, {
        severity: strong ? c.severity : 'info',
        reason: deliberate
          ? `“${w.value}” is ${an(lang)} ${lang} word, quoted or introduced as a foreign term: check that it is meant to stay, or translate it`
          : `“${w.value}” is ${an(lang)} ${lang} word, not English: translate it`
      })
    }
    // Inside a line or label that waits for the language identifier: that judgement comes first.
    let queued = false
    for (const [qs, qe] of c.queued) if (start < qe && qs < end) queued = true
    if (queued) c.pending.push(report)
    else report()
  }
}

/**
 * Next to a capitalised word in the same sentence, joined by a space, or before one after name particles:
 * part of a name ("Casa rosada", "the ministerio de Asuntos Exteriores").
 */
function nextToName(c: Check, words: WordInfo[], k: number): boolean {
  const w = words[k]
  const before = words[k - 1]
  const text = w.paragraph.text
  if (before && before.sentence === w.sentence && before.end + 1 === w.start && text[before.end] === ' ' && UPPER_START.test(before.value) && before.sentence.words[0] !== before) return true
  for (let j = k; j < k + 4 && j + 1 < words.length; j++) {
    const a = words[j]
    const b = words[j + 1]
    if (b.sentence !== w.sentence || a.end + 1 !== b.start || text[a.end] !== ' ') return false
    if (UPPER_START.test(b.value)) return true
    if (!c.tb.particles.has(normalise(b.value))) return false
  }
  return false
}

/** Inside an established loan phrase ("bona fide", "joie de vivre"). */
function inLoan(c: Check, words: WordInfo[], k: number): boolean {
  for (let s = Math.max(0, k - 4); s <= k; s++) {
    const list = c.tb.phrases.get(normalise(words[s].value))
    if (!list) continue
    for (const phrase of list) {
      if (phrase.kind !== 'loan' || s + phrase.tokens.length <= k || s + phrase.tokens.length > words.length) continue
      let ok = true
      for (let t = 1; t < phrase.tokens.length && ok; t++) ok = normalise(words[s + t].value) === phrase.tokens[t]
      if (ok) return true
    }
  }
  return false
}

function an(name: string): string {
  return /^[AEIOU]/u.test(name) ? 'an' : 'a'
}
