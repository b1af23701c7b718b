/**
 * calque, verbs of saying with "that": "assured that" (aseguró que),
 * "informed that", "expressed that" — English needs a person or a noun
 * there (data/calque-phrases.ts).
 *
 * How it decides: the verb form in lower case, "that" right after it, and
 * the verb is the finite verb of a clause with a subject before it: not at a
 * sentence's start, not passive or adjectival after a determiner or a form
 * of "be"/"have" ("is considered that", "rest assured that", "the
 * celebrated trial").  "that" must start a clause: a quotation, a pronoun or
 * determiner, a capitalised word, a number, a comma, or a lower-case subject
 * (a plural "that" cannot take, or a word followed by a finite verb: "that
 * inflation would").  Weak entries ("considered that", "indicated that")
 * are ordinary English after a thing or a court ("the report indicates
 * that") and count only when a quotation follows or the document shows a
 * strong calque.
 */
import {AUX_ADVERBS, CLAUSE_STARTERS, DETERMINERS, NOT_ACTIVE_BEFORE} from '../data/calque-english.js'
import {IMPERSONAL_SUBJECTS, THAT_VERBS, type ThatVerb} from '../data/calque-phrases.js'
import {isCommonWord} from '../support/lexicon.js'
import {lazy, UPPER_START} from '../support/text.js'
import {CLAUSE_END, isPossessive, languages, matchWords, onlySpaces, OPEN_QUOTE, type Add, type Scanner} from './scanner.js'

export interface ThatForm {
  words: string[]
  replacement: string
  entry: ThatVerb
}

/** The verb forms by their first word, built on first use. */
export const thatVerbs: () => Map<string, ThatForm[]> = lazy(() => {
  const map = new Map<string, ThatForm[]>()
  for (const entry of THAT_VERBS) {
    for (const [form, replacement] of Object.entries(entry.forms)) {
      const words = form.split(' ')
      const list = map.get(words[0]) ?? []
      list.push({words, replacement, entry})
      map.set(words[0], list)
    }
  }
  return map
}, {name: 'calque/that-verbs'})

/** Word i is the finite verb of a clause with a subject before it (not passive, not a fronted participle). */
function activeVerb(s: Scanner, i: number): boolean {
  if (i === 0 || s.sentenceStart(i)) return false
  if (!s.joined(i) && CLAUSE_END.test(s.gap(i))) return false
  const prev = s.toks[i - 1].lower.replace(/’/g, "'")
  if (NOT_ACTIVE_BEFORE.has(prev)) return false
  if (AUX_ADVERBS.has(prev) && i >= 2 && s.joined(i - 1) && NOT_ACTIVE_BEFORE.has(s.toks[i - 2].lower)) return false
  // "the celebrated trial", "an expressed wish": an adjective.
  if (DETERMINERS.has(prev) && s.joined(i)) return false
  return true
}

/**
 * A lower-case word after "that" that is the subject of a clause, not the noun
 * of a demonstrative "that": a plural ("that workers had …": "that" cannot
 * take a plural) or a word followed by a finite verb ("that inflation would …").
 */
function nounSubject(s: Scanner, i: number): boolean {
  const t = s.toks[i]
  const w = t.lower
  if (!/^[a-z]+$/.test(w)) return false
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|is|us|ics|ews)$/.test(w) && isCommonWord(w.slice(0, -1))) return true
  const next = s.joined(i + 1) ? s.toks[i + 1].lower : undefined
  return next !== undefined && FINITE_AFTER_SUBJECT.has(next)
}

const FINITE_AFTER_SUBJECT: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'could', 'will', 'might', 'must', 'should', 'did',
  'does', 'can', 'may', "wasn't", "weren't", "wasn’t", "weren’t", "isn't", "isn’t", "hadn't", "hadn’t", "wouldn't",
  "wouldn’t", 'remained', 'remains', 'continued', 'continues'
])

export function checkThatVerbs(s: Scanner, hits: readonly number[], add: Add): void {
  const {toks} = s
  const {facts} = s
  for (const i of hits) {
    const list = facts[i].thatVerbs
    if (!list) continue
    if (toks[i].value !== toks[i].lower) continue
    for (const {words, replacement, entry} of list) {
      const a = matchWords(s, i, words)
      if (a < 0 || isPossessive(toks[a - 1].value)) continue
      if (!s.joined(a) || toks[a].lower !== 'that') continue
      if (!activeVerb(s, i)) continue
      // "The report indicates that …", "the court considered that …": ordinary English.
      if (entry.tier === 'weak' && s.joined(i) && IMPERSONAL_SUBJECTS.has(toks[i - 1].lower)) continue
      // "that" must start a clause: a quotation, a pronoun/determiner, a name or a number.
      const after = a + 1
      if (after >= toks.length) continue
      const gap = s.gap(after)
      const quoted = OPEN_QUOTE.test(gap)
      if (!quoted) {
        const t = toks[after]
        const clause =
          (onlySpaces(gap) && (CLAUSE_STARTERS.has(t.lower) || UPPER_START.test(t.value) || /^\d/.test(t.value) || nounSubject(s, after))) ||
          /^,/.test(gap.trimStart())
        if (!clause) continue
      }
      const actual = s.text.slice(toks[i].start, toks[a].end)
      add({
        start: toks[i].start,
        end: toks[a].end,
        id: entry.id,
        tier: entry.tier,
        quoted,
        reason: `“${actual}” is a calque of ${languages(entry.originals)}: ${entry.why}`,
        expected: replacement.includes(' ') ? [`${replacement} that`] : [replacement, `${replacement} that`]
      })
      break
    }
  }
}
