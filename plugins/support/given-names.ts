/**
 * Given names and their gender (rules pronoun-gender and calque): the gender of a given name, from the lists of
 * the npm package `gender-detection-from-name` (MIT; English, Spanish,
 * Italian, French, German and Turkish given names with their gender, from
 * national registries and name lists; see its README).
 *
 * How it decides: a name is female when the lists that know it say "female"
 * more often than "male", male the other way round, and neither on a tie
 * ("Maria" is female in five entries and male in two, for "José María", so
 * female; "Andrea" is female in three and male in three, so neither).
 * Accents are folded off ("María" → "maria"), as the lists write them.
 *
 * Loading: the package's own entry evaluates 2 MB of Map literals (a quarter
 * to half a second, and a Map of its 67,000 names costs about 100 ms more);
 * we read the same list files as text, once per process and only when a
 * story gives a candidate (a pronoun after a named person).  The first
 * SCANNED_NAMES names are looked up by searching that text (about 0.8 ms a
 * name: a story names few people); past them, one index is built (about
 * 0.1 s): the names with a gender, sorted and written end to end in one
 * string, searched by halves.  A long run no longer pays the search for each
 * new name, which was a tenth of a news story's check.  Both ways give the
 * same answers (tests/given-names.test.ts).
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import {lazy} from './text.js'

const LISTS = ['en', 'es', 'it', 'fr', 'de', 'tr'] as const

/**
 * The list files' text, read as latin1.  Nearly all names are ASCII; the
 * 3,700 or so with other letters ("adâm") are read as their UTF-8 bytes and so
 * never equal a key, whose accents are folded off anyway.
 */
const lists = lazy(readLists)

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

const index = lazy((): GenderIndex => {
  // Entries are lines of the form  ['maria', 'female'],  (every line of the six lists): a name is counted
  // as written, accents and all, as the folded key is compared with it whole.  Read with indexOf, as
  // fromText reads them (a regular expression over the 2 MB took twice as long).
  const votes = new Map<string, number>()
  for (const text of lists()) {
    for (let at = text.indexOf("['"); at >= 0; at = text.indexOf("['", at)) {
      const end = text.indexOf("', '", at + 2)
      if (end < 0) break
      const g = text.charCodeAt(end + 4)
      if (g === 102 /* f */ || g === 109 /* m */) {
        const name = text.slice(at + 2, end)
        votes.set(name, (votes.get(name) ?? 0) + (g === 102 ? 1 : -1))
      }
      at = end + 4
    }
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
})

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

/** Names looked up by searching the lists' text before the index is built. */
export const SCANNED_NAMES = 64
let scanned = 0

function genderOfFolded(key: string): 'female' | 'male' | undefined {
  if (answers.has(key)) return answers.get(key)
  const answer = scanned < SCANNED_NAMES ? (scanned++, fromText(key)) : fromIndex(key)
  if (answers.size >= MAX_ANSWERS) answers.clear()
  answers.set(key, answer)
  return answer
}

/** The lists' verdict on a folded name, by counting its entries in their text. */
export function fromText(key: string): 'female' | 'male' | undefined {
  let female = 0
  let male = 0
  // Entries are lines of the form  ['maria', 'female'],
  const needle = `['${key}', '`
  for (const text of lists()) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const g = text.charCodeAt(at + needle.length)
      if (g === 102 /* f */) female++
      else if (g === 109 /* m */) male++
    }
  }
  return female > male ? 'female' : male > female ? 'male' : undefined
}

/** The lists' verdict on a folded name, from the index (built on first use). */
export function fromIndex(key: string): 'female' | 'male' | undefined {
  const table = index()
  for (let low = 0, high = table.ends.length - 1; low <= high; ) {
    const middle = (low + high) >>> 1
    const d = compareWith(key, table, middle)
    if (d === 0) return table.female[middle] === 1 ? 'female' : 'male'
    if (d < 0) high = middle - 1
    else low = middle + 1
  }
  return undefined
}
