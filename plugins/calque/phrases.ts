/**
 * calque, fixed phrases: "the also president" → "who is also", "the own
 * president", "in declarations to" → "in remarks to", "of the same",
 * "president of the Government" → "prime minister", "in function of" …
 * (data/calque-phrases.ts, PHRASES, and the source-language formulas of
 * data/calque-constructions.ts; verb + object collocations are
 * verb-objects.ts).
 *
 * How it decides: each entry is a sequence of word positions (literals or
 * the classes #weekday, #month, #number, #word), the words joined by spaces
 * only, no possessive but on the last; then the entry's own conditions:
 * words in lower case, words it must (or must not) follow or precede, a word that
 * must follow, the end of a clause after it (". ; : ! ? )", the paragraph's
 * end, or ", and/but/which …").  The first entry of a word that matches
 * wins; the reported span may be part of the match.  Weak entries count only
 * with the document's evidence (see the rule's entry).
 */
import {CONSTRUCTIONS, type ConstructionCalque} from '../data/calque-constructions.js'
import {PHRASES, type PhraseCalque} from '../data/calque-phrases.js'
import {genderOf} from '../support/given-names.js'
import {isCommonWord} from '../support/lexicon.js'
import {lazy, POSSESSIVE_END, UPPER_START} from '../support/text.js'
import {compileMatcher, wordMatches, type Matcher} from './matcher.js'
import {isPossessive, languages, type Add, type Scanner} from './scanner.js'

interface CompiledPhrase {
  entry: PhraseCalque
  words: Matcher[]
  followedBy: Matcher | undefined
}

/** The phrases that start with a word. */
export interface PhraseGroup {
  entries: CompiledPhrase[]
  /** What the second word must match for any of them (undefined: a one-word phrase). */
  second: Matcher | undefined
  /** What the words after the first must match for any of them, as far as all of them go. */
  positions: Matcher[]
}

/**
 * An entry with every field present (undefined where the table leaves it
 * out), in one order: the checks then see one hidden class instead of a
 * dozen (checkPhrases was re-optimised for each; a type error here names a
 * field added to the tables but not to this list).  A literal, not a helper that copies a list of
 * keys: an object filled key by key goes to V8's dictionary mode past 16
 * fields, slower to read than the shapes it would replace.
 */
function fullEntry(e: ConstructionCalque): ConstructionCalque {
  const full: Record<keyof ConstructionCalque, unknown> = {
    id: e.id,
    words: e.words,
    span: e.span,
    expected: e.expected,
    notBefore: e.notBefore,
    before: e.before,
    notAfter: e.notAfter,
    followedBy: e.followedBy,
    endOfClause: e.endOfClause,
    followedByAlso: e.followedByAlso,
    lowerCase: e.lowerCase,
    capitalised: e.capitalised,
    givenName: e.givenName,
    properNameAt: e.properNameAt,
    notWordAt: e.notWordAt,
    possessiveAt: e.possessiveAt,
    tier: e.tier,
    originals: e.originals,
    why: e.why,
    storyHas: e.storyHas
  }
  return full as ConstructionCalque
}

/** The phrases by their first word, compiled on first use. */
export const phrases: () => Map<string, PhraseGroup> = lazy(() => {
  const lists = new Map<string, CompiledPhrase[]>()
  for (const entry of [...PHRASES, ...CONSTRUCTIONS].map(fullEntry)) {
    const compiled: CompiledPhrase = {
      entry,
      words: entry.words.map(compileMatcher),
      followedBy: entry.followedBy ? compileMatcher(entry.followedBy) : undefined
    }
    for (const first of entry.words[0]) {
      const list = lists.get(first) ?? []
      list.push(compiled)
      lists.set(first, list)
    }
  }
  const map = new Map<string, PhraseGroup>()
  for (const [first, entries] of lists) {
    const positions: Matcher[] = []
    const shortest = Math.min(...entries.map((e) => e.words.length))
    for (let p = 1; p < shortest; p++) positions.push(compileMatcher(entries.flatMap((e) => e.entry.words[p])))
    map.set(first, {entries, second: positions[0], positions})
  }
  return map
}, {name: 'calque/phrases'})

/** The match ends its clause: . ; : ! ? ) next, the paragraph's end, or ", and/but/which …". */
function endsClause(s: Scanner, after: number): boolean {
  const g = s.gap(after).trimStart()
  if (g === '' && after >= s.length) return true
  const c = g[0]
  if (c === undefined) return after >= s.length
  // "in the same. 1985 period": a stray full stop, not the end of a clause.
  if (c === '.' && g.length <= 2 && after < s.length && /^[\p{Ll}\d]/u.test(s.toks[after].value)) return false
  if ('.;:!?)'.includes(c)) return true
  if (c === ',' && after < s.length) {
    return ['and', 'but', 'which', 'who', 'while', 'although', 'as', 'so', 'where', 'when'].includes(s.toks[after].lower)
  }
  return false
}

export function checkPhrases(s: Scanner, hits: readonly number[], add: Add): void {
  const {toks, facts} = s
  for (const i of hits) {
    const group = facts[i].phrases
    if (!group) continue
    // No phrase of the group can go on with the next word.
    if (group.second && !(i + 1 < toks.length && wordMatches(toks[i + 1], group.second))) continue
    for (const {entry, words, followedBy} of group.entries) {
      const n = words.length
      let ok = true
      for (let p = 0; p < n && ok; p++) {
        const t = toks[i + p]
        if (!t || !wordMatches(t, words[p]) || (p > 0 && !s.joined(i + p))) ok = false
        else if (p < n - 1 && p !== entry.possessiveAt && isPossessive(t.value)) ok = false
        else if (entry.lowerCase?.includes(p) && t.value !== t.lower) ok = false
        else if (entry.capitalised?.includes(p) && !UPPER_START.test(t.value)) ok = false
        else if (entry.notWordAt && entry.notWordAt[0] === p && entry.notWordAt[1].includes(t.lower)) ok = false
        else if (entry.properNameAt === p && isCommonWord(t.lower.replace(POSSESSIVE_END, ''))) ok = false
        else if (entry.givenName === p && genderOf(t.value) === undefined) ok = false
      }
      if (!ok) continue
      const before = s.joined(i) ? toks[i - 1].lower : undefined
      if (before !== undefined && entry.notBefore?.includes(before)) continue
      if (entry.before && !(before !== undefined && (entry.before.includes(before) || (entry.before.includes('#cap') && UPPER_START.test(toks[i - 1].value))))) continue
      const next = s.joined(i + n) ? toks[i + n] : undefined
      if (next && entry.notAfter?.includes(next.lower)) continue
      if (followedBy && (!next || !wordMatches(next, followedBy))) continue
      if (entry.endOfClause && !endsClause(s, i + n) && !(next && entry.followedByAlso?.includes(next.lower))) continue
      const [from, to] = entry.span ?? [0, n]
      const start = toks[i + from].start
      const end = toks[i + to - 1].end
      const actual = s.text.slice(start, end)
      add({
        start,
        end,
        id: entry.id,
        tier: entry.tier,
        reason: `“${actual}” is a calque of ${languages(entry.originals)}: ${entry.why}`,
        expected: entry.expected.map((e) => e.replace(/\$(\d)/g, (_m, d: string) => toks[i + Number(d) - 1]?.value.replace(POSSESSIVE_END, '') ?? ''))
      })
      break
    }
  }
}
