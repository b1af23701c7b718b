/**
 * house-style's tables: the newsroom's terms validated, and compiled once per
 * configuration into one regular expression.
 *
 * The expression is a trie of the terms (one branch per distinct next
 * character, longer terms preferred by a greedy `?`), built here by hand:
 * the npm packages that build one (regex-trie, 600 downloads a month, last
 * published 2016) are not kept, and what we need differs anyway (white space
 * inside a term matches any run of white space, both apostrophes match each
 * other, every character is escaped).  Matching it is linear in the text for
 * a given configuration: at each start the engine follows one path of the
 * trie (at most the longest term's length) and backtracks only along that
 * path, and a run of white space is consumed by `\s+` followed by a
 * character that is not white space.
 */
import {OptionError} from '../support/rule.js'

export type TermKind = 'substitute' | 'avoid' | 'reject' | 'accept'

export interface Term {
  kind: TermKind
  /** The term as the newsroom wrote it, white space collapsed. */
  term: string
  /** substitute: the replacement; avoid: the newsroom's message. */
  value?: string
}

/** How many terms a configuration may hold in all (a vocabulary file of 100,000 names is fine). */
export const MAX_TERMS = 100_000
export const MAX_TERM_LENGTH = 200
export const MAX_MESSAGE_LENGTH = 500

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
const SPACE_RUN = /\s+/gu

/** A term as compared: white space collapsed, curly apostrophe straight. */
export function normalise(text: string): string {
  return text.replace(SPACE_RUN, ' ').replace(/’/g, "'")
}

function checkTerm(term: unknown, key: string): string {
  if (typeof term !== 'string') throw new OptionError(key, 'must be a string')
  const clean = term.trim().replace(SPACE_RUN, ' ')
  if (clean.length === 0 || clean.length > MAX_TERM_LENGTH) throw new OptionError(key, `must be a term of 1 to ${MAX_TERM_LENGTH} characters`)
  if (!WORD_CHAR.test(clean[0]!) || !WORD_CHAR.test(clean[clean.length - 1]!)) {
    throw new OptionError(key, `must start and end with a letter or digit (terms are matched as whole words): ${JSON.stringify(term)}`)
  }
  return clean
}

function checkMap(value: unknown, key: string, what: string, max: number): Array<[string, string]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new OptionError(key, `must be an object of terms and ${what}: {"Kiev": "Kyiv"}`)
  }
  const out: Array<[string, string]> = []
  for (const name of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[name]
    const term = checkTerm(name, `${key}.${name}`)
    if (typeof v !== 'string' || v.trim().length === 0 || v.length > max) {
      throw new OptionError(`${key}.${name}`, `must be ${what === 'replacements' ? 'the replacement' : 'the message'}, a non-empty string of at most ${max} characters`)
    }
    out.push([term, v.trim()])
  }
  return out
}

/**
 * A vocabulary: the terms of a file (one a line, `#` starts a comment; a
 * blank line is skipped) or an inline array of terms.
 */
function vocabulary(value: unknown, key: string, readFile: ((name: string) => string) | undefined): string[] {
  if (typeof value === 'string') {
    if (!readFile) {
      throw new OptionError(key, 'a vocabulary file can be named only in a configuration file; give the terms as an array here')
    }
    let text: string
    try {
      text = readFile(value)
    } catch (error) {
      throw new OptionError(key, (error as Error).message)
    }
    const terms: string[] = []
    text.split(/\r\n|\r|\n/).forEach((line, i) => {
      const hash = line.indexOf('#')
      const term = (hash >= 0 ? line.slice(0, hash) : line).trim()
      if (term) terms.push(checkTerm(term, `${key} (${value}, line ${i + 1})`))
    })
    return terms
  }
  if (!Array.isArray(value)) throw new OptionError(key, 'must be a vocabulary file (a path relative to the configuration file) or an array of terms')
  return value.map((t, i) => checkTerm(t, `${key}[${i}]`))
}

/**
 * Validate house-style's options and read its vocabulary files: what comes
 * back holds the terms inline (`accept`/`reject` as arrays), so it is valid
 * input again without any file.
 */
export function prepareHouseStyle(options: Record<string, unknown>, readFile: ((name: string) => string) | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const seen = new Map<string, string>()
  let count = 0
  const note = (term: string, key: string): void => {
    const folded = normalise(term).toLowerCase()
    const before = seen.get(folded)
    if (before !== undefined) throw new OptionError(key, `“${term}” is already listed in ${before}: a term may appear once`)
    seen.set(folded, key.split(/[.[ ]/)[0]!)
    if (++count > MAX_TERMS) throw new OptionError(key, `more than ${MAX_TERMS} terms in all`)
  }
  if (options.substitute !== undefined) {
    const map = checkMap(options.substitute, 'substitute', 'replacements', MAX_TERM_LENGTH)
    for (const [term] of map) note(term, `substitute.${term}`)
    out.substitute = Object.fromEntries(map)
  }
  if (options.avoid !== undefined) {
    const map = checkMap(options.avoid, 'avoid', 'messages', MAX_MESSAGE_LENGTH)
    for (const [term] of map) note(term, `avoid.${term}`)
    out.avoid = Object.fromEntries(map)
  }
  for (const kind of ['reject', 'accept'] as const) {
    if (options[kind] === undefined) continue
    const terms = [...new Set(vocabulary(options[kind], kind, readFile))]
    terms.forEach((term, i) => note(term, `${kind}[${i}]`))
    out[kind] = terms
  }
  return out
}

/** The terms of prepared options, in one list. */
export function termsOf(options: {substitute?: Record<string, string>; avoid?: Record<string, string>; reject?: readonly string[]; accept?: readonly string[]}): Term[] {
  const terms: Term[] = []
  for (const [term, value] of Object.entries(options.substitute ?? {})) terms.push({kind: 'substitute', term: normalise(term), value})
  for (const [term, value] of Object.entries(options.avoid ?? {})) terms.push({kind: 'avoid', term: normalise(term), value})
  for (const term of options.reject ?? []) terms.push({kind: 'reject', term: normalise(term)})
  for (const term of options.accept ?? []) terms.push({kind: 'accept', term: normalise(term)})
  return terms
}

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c
}

function head(c: string): string {
  return c === ' ' ? '\\s+' : c === "'" ? "['’]" : escapeChar(c)
}

/**
 * The trie of `sorted[lo, hi)` below the common prefix of length `at`, as an
 * expression: one branch per next code point, and a greedy `?` where a term
 * ends and longer ones go on.  Built from the sorted list by ranges, with no
 * node objects (a trie of 10,000 terms as maps is mostly garbage collection).
 */
function build(sorted: readonly string[], lo: number, hi: number, at: number): string {
  const branches: string[] = []
  let end = false
  let i = lo
  while (i < hi) {
    const term = sorted[i]!
    if (term.length === at) {
      end = true
      i++
      continue
    }
    const cp = term.codePointAt(at)!
    const width = cp > 0xffff ? 2 : 1
    let j = i + 1
    while (j < hi && sorted[j]!.length > at && sorted[j]!.codePointAt(at) === cp) j++
    branches.push(head(String.fromCodePoint(cp)) + build(sorted, i, j, at + width))
    i = j
  }
  if (branches.length === 0) return ''
  if (end) return `(?:${branches.join('|')})?`
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`
}

/** One code point lower-cased when that keeps its length (the trie and the text agree index for index). */
function lowerChar(ch: string): string {
  const lower = ch.toLowerCase()
  return lower.length === ch.length ? lower : ch
}

/** The text lower-cased with every index kept (a character whose lower case is longer stays as it is). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let out = ''
  for (const ch of text) out += lowerChar(ch)
  return out
}

/**
 * One expression matching every term, case-insensitively (on lowerSameLength text), as a whole word
 * (no letter, mark, digit or "_" on either side); which case forms count is
 * decided after the match (index.ts).  `undefined` when there is no term.
 */
export function compileTerms(terms: readonly Term[]): RegExp | undefined {
  if (terms.length === 0) return undefined
  const sorted = [...new Set(terms.map(({term}) => lowerSameLength(term).replace(/’/g, "'")))].sort()
  // Case-insensitive by matching lower-cased text (lowerSameLength), not with
  // the `i` flag: Unicode case folding makes a large expression several times
  // slower to compile (10,000 terms: about 300 ms against 40 ms).
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])${build(sorted, 0, sorted.length, 0)}(?![\\p{L}\\p{M}\\p{N}_])`, 'gu')
}
