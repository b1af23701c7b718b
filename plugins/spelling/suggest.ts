/**
 * spelling, part: suggestions for the words the rule reports, from
 * retext-spell.
 *
 * The lexicon decides which words are unknown (see known.ts); retext-spell,
 * the ecosystem's spell checker, only proposes corrections, and only for the
 * words the rule reports as likely typos (a handful per file at most).  It is
 * loaded lazily, when the first word needs suggestions: a run whose words are
 * all known never loads retext-spell, nspell or a dictionary.  A run that
 * does need them does not build the whole dictionary either (≈ 250 ms): see
 * `createSuggester` — each word is answered from a table made at build time,
 * with the same result.
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
 * 20.19; the CLI's bundle carries it, see pipeline/build/bundle.ts).  In the
 * library on an older node, which cannot `require` an ES module, the words go
 * to nspell directly — the engine retext-spell wraps, with the same lists.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {mayHold, SUGGEST_BLOOM_BITS} from '../support/bloom.js'
import {builtFilePlaces, readBuiltFile} from '../support/built-files.js'
import {findEntry} from '../support/lexicon.js'
import {withEnglishCollation} from './collation.js'
import {isCommon} from './known.js'

export type SuggestDialect = 'en-US' | 'en-GB'

/** Suggestions kept per word (best first). */
export const MAX_SUGGESTIONS = 4
/** Words one process answers from the table before it builds the whole dictionary (see `build`). */
const FULL_AFTER = 40
/** Words whose suggestions this process remembers (then the cache and the engines start afresh). */
const MAX_CACHED_WORDS = 10_000

/** Which engine suggests, how often one was built and asked in this process (for tests and timing). */
export const engineStats = {engine: '' as '' | 'retext-spell' | 'nspell', builds: 0, whole: 0, suggests: 0, ms: 0}

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

interface NSpell {
  data: Record<string, string[] | undefined>
  suggest(word: string): string[]
}
type NSpellFactory = (d: {aff: Buffer; dic: Buffer}) => NSpell


/**
 * The suggestion table written by the build (lexicon-build.ts `suggestionTable`), its Bloom filter and
 * the dictionary's affix file copied beside them, if there are.  (The copy spares a one-file run
 * resolving the dictionary package, which loads node's package-exports resolver: some 3 ms.)
 */
function readTable(dialect: SuggestDialect): {table: Buffer; bloom: Buffer; aff: Buffer | undefined} | undefined {
  for (const file of builtFilePlaces(`suggest-${dialect}.txt`)) {
    try {
      const table = readBuiltFile(file)
      const bloom = readBuiltFile(file.replace(/\.txt$/, '.bloom'))
      let aff: Buffer | undefined
      try {
        aff = fs.readFileSync(file.replace(/\.txt$/, '.aff'))
      } catch {
        // Read from the dictionary package.
      }
      // A filter cut short would call every form absent: no suggestions at all.  Then the whole dictionary.
      return bloom.length === SUGGEST_BLOOM_BITS / 8 ? {table, bloom, aff} : undefined
    } catch {
      // Try the next place.
    }
  }
  return undefined
}

/** retext-spell's answer for one word, from a transformer built with some dictionary. */
function ask(transform: ReturnType<RetextSpell>, word: string): string[] {
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

const retextOptions = {max: Infinity, ignoreLiteral: false, ignoreDigits: false}

/**
 * The suggester of one dialect.
 *
 * With the built table (the normal case), nothing is built up front.  nspell
 * holds a dictionary as one object with a key per form (123,000 for en-GB):
 * making it costs ≈ 250 ms and 30 MB, more than the whole rest of a one-file
 * run, and a suggestion then reads only the few hundred forms its edits
 * reach.  So each word is answered in two steps:
 * 1. reach: nspell is built from the aff and the table's head only, and its
 *    `data` is a Proxy that finds each form it asks for by binary search in
 *    the table's body (after its Bloom filter: most forms asked for are no
 *    word, support/bloom.ts); the forms found are the only ones the search can
 *    read for this word.  (nspell reads `data` only by key once it is built:
 *    node_modules/nspell/lib/util/{form,exact}.js, suggest.js; a Proxy is the
 *    only way in, as nspell has no look-up hook.)
 * 2. answer: retext-spell, built on a dictionary of those forms plus the
 *    head, gives the suggestions.  Its search reads the same forms with the
 *    same flags, so the answer is the one the whole dictionary gives
 *    (tests/rules/spelling-suggest.test.ts compares them word for word).
 * A process that asks for many words (a batch, the service) builds the whole
 * dictionary once after FULL_AFTER words: then each word costs a hash look-up
 * per edit instead of a binary search.
 * Without the table (running from source before a build), or with
 * `fullAfter` 0, it is the whole dictionary at once.
 */
export function createSuggester(dialect: SuggestDialect, fullAfter = FULL_AFTER): Suggester {
  const pkg = dialect === 'en-US' ? 'dictionary-en' : 'dictionary-en-gb'
  let packageDir: string | undefined
  const dir = (): string => (packageDir ??= path.dirname(requireHere.resolve(pkg)))
  const built = fullAfter > 0 ? readTable(dialect) : undefined
  const aff = built?.aff ?? fs.readFileSync(path.join(dir(), 'index.aff'))
  const retextSpell = loadRetextSpell()
  engineStats.engine = retextSpell ? 'retext-spell' : 'nspell'
  const nspell = requireHere('nspell') as NSpellFactory
  const whole = (): Suggester => {
    const dictionary = {aff, dic: fs.readFileSync(path.join(dir(), 'index.dic'))}
    engineStats.whole++
    if (!retextSpell) {
      const speller = nspell(dictionary)
      return (word) => speller.suggest(word)
    }
    // The attacher uses no processor (`this`): called directly, it builds nspell now.
    const transform = retextSpell({dictionary, ...retextOptions})
    return (word) => ask(transform, word)
  }
  if (!built) return whole()
  const {table, bloom} = built

  // The head: its count, then `word/FLAGS` lines; the body starts after them.
  let bodyStart = table.indexOf(10) + 1
  const headCount = Number(table.toString('latin1', 0, bodyStart - 1))
  for (let i = 0; i < headCount; i++) bodyStart = table.indexOf(10, bodyStart) + 1
  const head = table.toString('utf8', 0, bodyStart)
  const reach = nspell({aff, dic: Buffer.from(head, 'utf8')})
  const headData = reach.data
  let reached: string[] = []
  let seen = new Set<string>()
  reach.data = new Proxy(headData, {
    get(target, key) {
      if (typeof key !== 'string') return undefined
      const own = target[key]
      if (own !== undefined || !mayHold(bloom, key)) return own
      const at = findEntry(table, key, bodyStart)
      if (at === -1) return undefined
      let end = at
      while (end < table.length && table[end] !== 10) end++
      const flags = table.toString('latin1', at, end)
      if (!seen.has(key)) {
        seen.add(key)
        reached.push(flags ? key + '/' + flags : key)
      }
      return flags ? flags.split('') : []
    }
  })
  let asked = 0
  let full: Suggester | undefined
  return (word) => {
    if (full) return full(word)
    if (++asked > fullAfter) {
      full = whole()
      return full(word)
    }
    reached = []
    seen = new Set()
    const direct = reach.suggest(word)
    if (!retextSpell) return direct
    const dic = Buffer.from(head.slice(head.indexOf('\n') + 1) + reached.join('\n'), 'utf8')
    const lines = headCount + reached.length
    return ask(retextSpell({dictionary: {aff, dic: Buffer.concat([Buffer.from(lines + '\n'), dic])}, ...retextOptions}), word)
  }
}

function engine(dialect: SuggestDialect): Suggester {
  let e = engines.get(dialect)
  if (!e) {
    e = createSuggester(dialect)
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
    // process.hrtime, not performance.now(): the global `performance` loads node's perf_hooks on first use.
    const t0 = process.hrtime.bigint()
    const raw = withEnglishCollation(() => engine(dialect)(word))
    engineStats.ms += Number(process.hrtime.bigint() - t0) / 1e6
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
