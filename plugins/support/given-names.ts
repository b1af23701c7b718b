/**
 * Given names and their gender (rules pronoun-gender and calque): the gender of a given name, from the lists of
 * the npm package `gender-detection-from-name` (MIT; English, Spanish,
 * Italian, French, German and Turkish given names with their gender, from
 * national registries and name lists; see its README).
 *
 * How it decides: a name is female when the lists that know it say "female"
 * more often than "male" ("Maria" is female in four lists and male in two,
 * for "José María", so female; "Andrea" is female in two and male in three,
 * so not female).  Accents are folded off ("María" → "maria"), as the lists
 * write them.
 *
 * Loading: the package's own entry evaluates 2 MB of Map literals (a quarter
 * to half a second, and a Map of its 67,000 names costs about 100 ms more);
 * we read the same list files as text, once per process and only when a
 * story gives a candidate (a pronoun after a named person), and keep one
 * index of them: the names with a gender, sorted and written end to end in
 * one string, searched by halves.  (Searching the 2 MB of text for each new
 * name cost about 0.8 ms a name, a tenth of a news story's check.)  The index
 * is three flat values, so the bundle's prebuilt tables keep it at the cost of
 * a copy.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import {lazy} from './text.js'

const LISTS = ['en', 'es', 'it', 'fr', 'de', 'tr'] as const

/** The list files as text (latin1: the lists are ASCII), read once per process on first use. */
function readLists(): string[] {
  const out: string[] = []
  let require: NodeJS.Require
  try {
    require = createRequire(import.meta.url)
  } catch {
    return out
  }
  for (const list of LISTS) {
    try {
      out.push(fs.readFileSync(require.resolve(`gender-detection-from-name/names/${list}.js`), 'latin1'))
    } catch {
      // A list that cannot be read counts as knowing no name.
    }
  }
  return out
}

/**
 * The names the lists give a gender (more lists say one than the other), in
 * code-unit order: `names` holds them end to end, name i ends at `ends[i]`,
 * and `female[i]` is 1 for female, 0 for male.
 */
interface GenderIndex {
  names: string
  ends: Uint32Array
  female: Uint8Array
}

// Entries are lines of the form  ['maria', 'female'],  (every line of the six lists; a name is counted as
// written, accents and all, as the folded key is compared with it whole).
const ENTRY = /\['([^'\n]*)', '(female|male)'\]/g

const index = lazy(
  (): GenderIndex => {
    const votes = new Map<string, number>()
    for (const text of readLists()) {
      for (const m of text.matchAll(ENTRY)) votes.set(m[1]!, (votes.get(m[1]!) ?? 0) + (m[2] === 'female' ? 1 : -1))
    }
    const decided = [...votes.keys()].filter((name) => votes.get(name) !== 0).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const ends = new Uint32Array(decided.length)
    const female = new Uint8Array(decided.length)
    let end = 0
    decided.forEach((name, i) => {
      ends[i] = end += name.length
      female[i] = votes.get(name)! > 0 ? 1 : 0
    })
    return {names: decided.join(''), ends, female}
  },
  {name: 'given-names/index'}
)

/** Compare `key` with the index's name i, in code-unit order (no substring made). */
function compareWith(key: string, {names, ends}: GenderIndex, i: number): number {
  const start = i === 0 ? 0 : ends[i - 1]!
  const length = ends[i]! - start
  const shorter = Math.min(key.length, length)
  for (let k = 0; k < shorter; k++) {
    const d = key.charCodeAt(k) - names.charCodeAt(start + k)
    if (d !== 0) return d
  }
  return key.length - length
}

/** Answers already looked up (a story names few people; a corpus repeats them). */
const answers = new Map<string, 'female' | 'male' | undefined>()
const MAX_ANSWERS = 50_000

/** Fold a given name as the lists write it: lower case, accents off. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * Answers by the name as written, so that a name asked again skips the
 * folding (a Unicode normalisation and a replace per call); null: no answer.
 */
const asWritten = new Map<string, 'female' | 'male' | null>()

/** The gender the lists give a given name, when they agree more than not. */
export function genderOf(givenName: string): 'female' | 'male' | undefined {
  const known = asWritten.get(givenName)
  if (known !== undefined) return known ?? undefined
  const answer = genderOfFolded(foldName(givenName))
  if (asWritten.size >= MAX_ANSWERS) asWritten.clear()
  asWritten.set(givenName, answer ?? null)
  return answer
}

function genderOfFolded(key: string): 'female' | 'male' | undefined {
  if (answers.has(key)) return answers.get(key)
  const table = index()
  let answer: 'female' | 'male' | undefined
  for (let low = 0, high = table.ends.length - 1; low <= high; ) {
    const middle = (low + high) >>> 1
    const d = compareWith(key, table, middle)
    if (d === 0) {
      answer = table.female[middle] === 1 ? 'female' : 'male'
      break
    }
    if (d < 0) high = middle - 1
    else low = middle + 1
  }
  if (answers.size >= MAX_ANSWERS) answers.clear()
  answers.set(key, answer)
  return answer
}
