/**
 * calque, the tense of a clause (for the weekday check): the nearest verb
 * marker before a place (at most seven words back, within the clause; a
 * future marker up to fourteen words back), else
 * after it (at most eight words, past at most one comma when the place
 * starts the clause).
 *
 * How it decides what a marker is: lower-case words only ("May", "Will",
 * "United" are names).  "’ll", "will", "to be" and the like are future
 * (data/calque-english.ts; "going"/"set"/"due" only with their "to"); "is",
 * "says" and schedule verbs present; "was", "had", "did" past; a simple past
 * or participle is past unless its auxiliary says otherwise ("is held",
 * "to be held", "will be held"), and no marker after a determiner ("the
 * planned vote"); an "-ing" form takes its auxiliary's tense.  A regular
 * "-ed" past must come from a dictionary verb.
 */
import {
  AUX_ADVERBS,
  DETERMINERS,
  ED_NOT_PAST,
  FUTURE_IF_FOLLOWED,
  FUTURE_MARKERS,
  IRREGULAR_PAST,
  PAST_AUX,
  PRESENT_BE,
  SCHEDULE_PRESENT
} from '../data/calque-english.js'
import {isCommonWord} from '../support/lexicon.js'
import {CLAUSE_END, type Scanner} from './scanner.js'

export type Tense = 'past' | 'future' | 'present'

const WINDOW_BACK = 7
const WINDOW_BACK_FUTURE = 14
const WINDOW_FORWARD = 8

/**
 * The time of the clause around words [from, to): the nearest verb marker
 * before it, else after it.  Undefined when nothing tells.
 */
export function clauseTense(s: Scanner, from: number, to: number): Tense | undefined {
  let k = from - 1
  let seen = 0
  const initial = s.clauseStart(from, true)
  if (!initial) {
    // Up to seven words back any marker decides; a future further back in
    // the same clause still does ("will be the guest of the evening news of
    // the first channel this Thursday").
    while (k >= 0 && seen < WINDOW_BACK_FUTURE) {
      const m = markerAt(s, k)
      if (m && (seen < WINDOW_BACK || m === 'future')) return m
      seen++
      if (s.clauseStart(k, true)) break
      k--
    }
  }
  // Forward: "This Sunday, the president announced …", "The ministry this Sunday said …".
  // A fronted day may carry a date or a time of its own: “This Monday, after 8 a.m., the spokesman said …”.
  // “…, and this Wednesday, the number was 275”: a clause of its own after "and"/"but".
  const coordinated = !initial && from >= 1 && (s.toks[from - 1].lower === 'and' || s.toks[from - 1].lower === 'but') && s.clauseStart(from - 1, true)
  let commas = initial || coordinated ? 2 : 0
  for (let j = to, n = 0; j < s.length && n < WINDOW_FORWARD; j++, n++) {
    const g = s.gap(j)
    if (CLAUSE_END.test(g)) break
    if (g.includes(',')) {
      if (commas === 0) break
      commas--
    }
    const m = markerAt(s, j)
    if (m) return m
  }
  return undefined
}

const PRESENT_FINITE: ReadonlySet<string> = new Set(['is', 'are', 'am', 'says', 'say', "isn't", "aren't", 'does', 'do'])

/** Is word k a tense marker, and which? */
function markerAt(s: Scanner, k: number): Tense | undefined {
  const t = s.toks[k]
  const v = t.value
  // Only lower-case words: "May", "Will", "United" are names here.
  if (v !== t.lower) return undefined
  const w = v.replace(/’/g, "'")
  if (w.endsWith("'ll")) return 'future'
  if (PRESENT_FINITE.has(w) || SCHEDULE_PRESENT.has(w)) return 'present'
  const follow = FUTURE_IF_FOLLOWED.get(w)
  if (follow) {
    const next = s.joined(k + 1) ? s.toks[k + 1].lower : undefined
    if (next !== undefined && follow.has(next)) return 'future'
    if (w === 'due') return 'future'
    if (w === 'going' || w === 'set') return undefined
  } else if (FUTURE_MARKERS.has(w)) {
    return 'future'
  }
  if (w === 'was' || w === 'were' || w === 'had' || w === 'did' || w === "wasn't" || w === "weren't" || w === "didn't") return 'past'
  if (IRREGULAR_PAST.has(w) || isRegularPast(w)) return participleTense(s, k)
  if (w.endsWith('ing') && w.length > 5) {
    const aux = auxBefore(s, k)
    if (aux === 'was' || aux === 'were') return 'past'
    if (aux !== undefined && PRESENT_BE.has(aux)) return 'present'
  }
  return undefined
}

/** The auxiliary before word k and its index, skipping adverbs ("was not", "has already"). */
function auxAt(s: Scanner, k: number): {word: string; at: number} | undefined {
  let j = k - 1
  let skipped = 0
  while (j >= 0 && s.joined(j + 1)) {
    const w = s.toks[j].lower.replace(/’/g, "'")
    if (AUX_ADVERBS.has(w) && skipped < 2) {
      skipped++
      j--
      continue
    }
    return {word: w, at: j}
  }
  return undefined
}

function auxBefore(s: Scanner, k: number): string | undefined {
  return auxAt(s, k)?.word
}

/** A past form at k: simple past, or a participle whose auxiliary decides. */
function participleTense(s: Scanner, k: number): Tense | undefined {
  const found = auxAt(s, k)
  if (found === undefined) return 'past'
  const aux = found.word
  // "after having engaged": a non-finite perfect tells nothing of the clause's time.
  if (aux === 'having') return undefined
  if (PAST_AUX.has(aux)) return 'past'
  if (PRESENT_BE.has(aux)) {
    // "to be held", "will be held", "is held".
    const j = found.at
    const before = j > 0 && s.joined(j) ? s.toks[j - 1].lower : undefined
    if (before === 'to' || (before !== undefined && FUTURE_MARKERS.has(before))) return 'future'
    return 'present'
  }
  // "the planned vote", "a delayed match": an adjective in a noun phrase.
  if (DETERMINERS.has(aux)) return undefined
  return 'past'
}

/** A regular "-ed" past of a dictionary verb ("killed", "stopped", "carried"). */
function isRegularPast(w: string): boolean {
  if (w.length < 5 || !w.endsWith('ed') || ED_NOT_PAST.has(w)) return false
  if (!/^[a-z-]+$/.test(w)) return false
  const stems = [w.slice(0, -2), w.slice(0, -1)]
  if (w.endsWith('ied')) stems.push(w.slice(0, -3) + 'y')
  if (w.length > 5 && w[w.length - 3] === w[w.length - 4]) stems.push(w.slice(0, -3))
  for (const stem of stems) if (stem.length >= 3 && isCommonWord(stem)) return true
  return false
}
