/**
 * spelling, part: suggestions for the words the rule reports, from
 * retext-spell.
 *
 * The lexicon decides which words are unknown (see known.ts); retext-spell,
 * the ecosystem's spell checker, only proposes corrections, and only for the
 * words the rule reports as likely typos (a handful per file at most).  It is
 * loaded and built lazily, once per process and dictionary, when the first
 * word needs suggestions: a run whose words are all known never loads
 * retext-spell, nspell or a dictionary, so the cold start does not move.
 *
 * How it is asked: each word goes through retext-spell's transformer as a
 * one-word nlcst tree on a throwaway file; the message it adds carries the
 * suggestions (`expected`, nspell's order, best first); no message means
 * nspell takes the word as correct (no suggestions, as nspell's own
 * `suggest` answers).  Its options: the dictionary given as data (its
 * package reads its files with top-level await, which a synchronous check
 * cannot wait for: the files are read here), literals and digits not
 * ignored (the rule already chose the word), and `max: Infinity`: its
 * suggestion counter lives in the attacher, so with the default 30 a
 * long-running process would stop suggesting for good; the rule caps
 * suggestions per file itself.  retext-spell caches suggestions per attacher
 * without bound: the engines are dropped (and built again on demand) when
 * this module's own cache is cleared, so a long-running service stays
 * bounded.
 *
 * retext-spell is an ES module, loaded synchronously with `require` (node ≥
 * 20.19).  On an older node, which cannot `require` an ES module, the words
 * go to nspell directly — the engine retext-spell wraps, with the same lists.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {isCommon} from './known.js'

export type SuggestDialect = 'en-US' | 'en-GB'

/** Suggestions kept per word (best first). */
export const MAX_SUGGESTIONS = 4
/** Words whose suggestions this process remembers (then the cache and the engines start afresh). */
const MAX_CACHED_WORDS = 10_000

/** Which engine suggests, how often one was built and asked in this process (for tests and timing). */
export const engineStats = {engine: '' as '' | 'retext-spell' | 'nspell', builds: 0, suggests: 0, ms: 0}

type Suggester = (word: string) => string[]
type RetextSpell = typeof import('retext-spell').default

const engines = new Map<SuggestDialect, Suggester>()
const suggestions = new Map<string, string[]>()
const requireHere = createRequire(import.meta.url)

/** retext-spell, or undefined where node cannot `require` an ES module. */
function loadRetextSpell(): RetextSpell | undefined {
  try {
    return (requireHere('retext-spell') as {default: RetextSpell}).default
  } catch (error) {
    if ((error as {code?: string}).code === 'ERR_REQUIRE_ESM') return undefined
    throw error
  }
}

function build(dialect: SuggestDialect): Suggester {
  const pkg = dialect === 'en-US' ? 'dictionary-en' : 'dictionary-en-gb'
  const dir = path.dirname(requireHere.resolve(pkg))
  const dictionary = {aff: fs.readFileSync(path.join(dir, 'index.aff')), dic: fs.readFileSync(path.join(dir, 'index.dic'))}
  const retextSpell = loadRetextSpell()
  engineStats.engine = retextSpell ? 'retext-spell' : 'nspell'
  if (!retextSpell) {
    const nspell = requireHere('nspell') as (d: {aff: Buffer; dic: Buffer}) => {suggest(word: string): string[]}
    const speller = nspell(dictionary)
    return (word) => speller.suggest(word)
  }
  // The attacher uses no processor (`this`): called directly, it builds nspell now.
  const transform = retextSpell({dictionary, max: Infinity, ignoreLiteral: false, ignoreDigits: false})
  return (word) => {
    const tree: Root = {
      type: 'RootNode',
      children: [{type: 'ParagraphNode', children: [{type: 'SentenceNode', children: [{type: 'WordNode', children: [{type: 'TextNode', value: word}]}]}]}]
    }
    const file = new VFile()
    let failure: Error | undefined
    // With the dictionary given as data, the transformer finishes synchronously.
    transform(tree, file, (error) => {
      failure = error ?? undefined
    })
    if (failure) throw failure
    const message = file.messages[0]
    return message?.expected ? [...message.expected] : []
  }
}

function engine(dialect: SuggestDialect): Suggester {
  let e = engines.get(dialect)
  if (!e) {
    e = build(dialect)
    engines.set(dialect, e)
    engineStats.builds++
  }
  return e
}

/** Up to MAX_SUGGESTIONS corrections of a lower-case word, lower-case ones first. */
export function suggest(word: string, dialect: SuggestDialect): string[] {
  const key = dialect + '\0' + word
  let list = suggestions.get(key)
  if (!list) {
    engineStats.suggests++
    const t0 = performance.now()
    const raw = engine(dialect)(word)
    engineStats.ms += performance.now() - t0
    // Lower-case words first (the flagged words are lower case), keep order otherwise.
    const lower = raw.filter((s) => s === s.toLowerCase())
    const other = raw.filter((s) => s !== s.toLowerCase())
    list = [...lower, ...other].slice(0, MAX_SUGGESTIONS)
    if (suggestions.size > MAX_CACHED_WORDS) {
      suggestions.clear()
      engines.clear()
    }
    suggestions.set(key, list)
  }
  return list
}

/** "dont" → "don't", "isnt" → "isn't": a dictionary word with the apostrophe restored. */
export function apostropheForms(word: string): string[] {
  const out: string[] = []
  for (let i = word.length - 1; i >= 1; i--) {
    const v = word.slice(0, i) + "'" + word.slice(i)
    if (isCommon(v)) out.push(v)
  }
  return out
}
