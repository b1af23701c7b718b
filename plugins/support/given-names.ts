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
 * story gives a candidate (a pronoun after a named person), and look a name
 * up with `indexOf` over them (no regular expression), remembering each
 * answer.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import {lazy} from './text.js'

const LISTS = ['en', 'es', 'it', 'fr', 'de', 'tr'] as const

/** The list files as text (latin1: the lists are ASCII), read once per process on first use. */
const lists = lazy((): string[] => {
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
})

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
  const answer = female > male ? 'female' : male > female ? 'male' : undefined
  if (answers.size >= MAX_ANSWERS) answers.clear()
  answers.set(key, answer)
  return answer
}
