/**
 * calque, country periphrases: "the Hebrew State" → "Israel", "the Aztec
 * country" → "Mexico", "the Asian giant" → "China", "the Gallic capital" →
 * "Paris", and the adjective before an institution: "the Hebrew army" →
 * "the Israeli army" (data/calque-periphrases.ts).
 *
 * How it decides: the adjective, then the longest head of its entry (a name
 * head or "capital" after "the"; an institution after "the", "a" or "an").
 * "of" after it makes it a name ("the Hebrew state of Israel", "the North
 * American president of Ford"); "giant" and its kin count only when the
 * document names the country, and not before a name or a noun they qualify
 * ("the Asian giant Alibaba", "Asian giant hornets").  When a periphrasis is
 * ambiguous ("the transalpine country") the countries the document names
 * come first, most named first.  Fixed-phrase periphrases ("the country of the
 * rising sun", "the Condal City") are matched word for word after "the".
 */
import {GIANT_NOT_BEFORE, PERIPHRASES, PHRASE_PERIPHRASES, type Periphrasis} from '../data/calque-periphrases.js'
import type {DocumentIndex} from '../support/document.js'
import {lazy, UPPER_START} from '../support/text.js'
import {isPossessive, languages, matchWords, type Add, type Scanner} from './scanner.js'

export interface AdjectiveEntry {
  words: string[]
  entry: Periphrasis
}

/** The periphrases by the first word of their adjective, built on first use. */
export const periphrases: () => Map<string, AdjectiveEntry[]> = lazy(() => {
  const map = new Map<string, AdjectiveEntry[]>()
  for (const entry of PERIPHRASES) {
    for (const adjective of entry.adjectives) {
      const words = adjective.split(' ')
      const list = map.get(words[0]) ?? []
      list.push({words, entry})
      map.set(words[0], list)
    }
  }
  return map
}, {name: 'calque/periphrases'})

/** How often the document names something (capped). */
function mentions(index: DocumentIndex, name: string): number {
  const key = `calque:mentions:${name}`
  const hit = index.cache.get(key)
  if (typeof hit === 'number') return hit
  let n = 0
  let at = index.value.indexOf(name)
  while (at !== -1 && n < 50) {
    n++
    at = index.value.indexOf(name, at + name.length)
  }
  index.cache.set(key, n)
  return n
}

/** Candidates ordered: the ones the document names first (most named first), then table order. */
function byMentions(index: DocumentIndex, names: readonly string[], countries: readonly string[]): string[] {
  const order = countries.map((c, i) => ({i, n: mentions(index, c)}))
  order.sort((a, b) => (b.n > 0 ? 1 : 0) - (a.n > 0 ? 1 : 0) || (a.n > 0 ? b.n - a.n : 0) || a.i - b.i)
  const out: string[] = []
  for (const {i} of order) if (!out.includes(names[i])) out.push(names[i])
  return out
}

export function checkPeriphrases(s: Scanner, hits: readonly number[], index: DocumentIndex, add: Add): void {
  const {toks, facts} = s
  for (const i of hits) {
    const list = facts[i].periphrases
    if (list) {
      for (const {words, entry} of list) {
        const a = matchWords(s, i, words)
        if (a < 0 || isPossessive(toks[a - 1].value)) continue
        if (matchPeriphrasis(s, index, i, a, entry, add)) break
      }
    }
    if (toks[i].lower === 'the' && s.joined(i + 1)) {
      for (const p of PHRASE_PERIPHRASES) {
        const end = matchWords(s, i + 1, p.words)
        if (end < 0) continue
        const last = toks[end - 1]
        const possessive = isPossessive(last.value) ? last.value.slice(-2) : ''
        add({
          start: toks[i].start,
          end: last.end,
          id: `periphrasis:${p.id}`,
          tier: 'strong',
          reason: `“${s.text.slice(toks[i].start, last.end)}” is a periphrasis calqued from ${languages(p.originals)}: English wire copy names the place`,
          expected: [p.country + possessive]
        })
      }
    }
  }
}

const GIANT_HEADS: ReadonlySet<string> = new Set(['giant', 'colossus', 'dragon', 'superpower'])

function matchPeriphrasis(s: Scanner, index: DocumentIndex, i: number, a: number, entry: Periphrasis, add: Add): boolean {
  const {toks} = s
  const hasThe = i > 0 && s.joined(i) && toks[i - 1].lower === 'the'
  const adjective = s.text.slice(toks[i].start, toks[a - 1].end)
  // Longest head first.
  let best: {end: number; kind: 'name' | 'capital' | 'adjective'; head: string} | undefined
  const tryHeads = (heads: readonly string[], kind: 'name' | 'capital' | 'adjective'): void => {
    for (const head of heads) {
      if (!s.joined(a)) return
      const end = matchWords(s, a, head.split(' '))
      if (end > 0 && (!best || end > best.end)) best = {end, kind, head}
    }
  }
  if (hasThe) tryHeads(entry.nameHeads, 'name')
  if (hasThe && entry.capitals) tryHeads(['capital'], 'capital')
  tryHeads(entry.adjectiveHeads, 'adjective')
  if (!best) return false
  const last = toks[best.end - 1]
  const next = s.joined(best.end) ? toks[best.end] : undefined
  if (best.kind !== 'adjective') {
    // "the Asian giant" is also English business copy for a company: only when the document names the country.
    const giant = GIANT_HEADS.has(best.head)
    if (giant && !entry.countries.some((c) => mentions(index, c) > 0)) return false
    // "the Hebrew state of Israel", "the Asian giant Alibaba", "the Asian giant hornet".
    if (next && !isPossessive(last.value)) {
      if (next.lower === 'of') return false
      if (giant && (GIANT_NOT_BEFORE.has(next.lower) || UPPER_START.test(next.value))) return false
    }
    const possessive = isPossessive(last.value) ? last.value.slice(-2) : ''
    const names = best.kind === 'name' ? entry.countries : entry.capitals!
    add({
      start: toks[i - 1].start,
      end: last.end,
      id: `periphrasis:${entry.id}`,
      tier: 'strong',
      reason: `“${s.text.slice(toks[i - 1].start, last.end)}” is a periphrasis calqued from ${languages(entry.originals)}: English wire copy names the ${best.kind === 'capital' ? 'city' : 'country'}`,
      expected: byMentions(index, names, entry.countries).map((n) => n + possessive)
    })
    return true
  }
  // "the Hebrew army", "an Aztec government spokesman"; not "Toyota’s North American president",
  // "ancient Persian government", "the North American president of Ford".
  const article = i > 0 && s.joined(i) ? toks[i - 1].lower : undefined
  if (article !== 'the' && article !== 'a' && article !== 'an') return false
  if (next && next.lower === 'of' && !isPossessive(last.value)) return false
  const head = s.text.slice(toks[a].start, last.end)
  add({
    start: toks[i].start,
    end: toks[a - 1].end,
    id: `periphrasis:${entry.id}`,
    tier: 'strong',
    reason: `“${adjective} ${head}” is calqued from ${languages(entry.originals)}: English wire copy uses the country’s adjective (“${entry.demonyms[0]} ${head}”)`,
    expected: byMentions(index, entry.demonyms, entry.countries)
  })
  return true
}
