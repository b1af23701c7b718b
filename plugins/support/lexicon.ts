/**
 * English word look-ups without building nspell.
 *
 * The table is one sorted string (`key\tflag\n…`) prepared at build time
 * (see lexicon-build.ts); a look-up is a binary search over that string.
 * Loading costs one file read; nothing is parsed up front.
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {FLAG} from './lexicon-flags.js'

export {FLAG}

let table: string | undefined
let pending: Promise<string> | undefined

const candidates = [
  // dist/plugins/support/lexicon.js → dist/lexicon.txt
  new URL('../../lexicon.txt', import.meta.url),
  // dist/bin/<chunk>.js (the bundled CLI) → dist/lexicon.txt
  new URL('../lexicon.txt', import.meta.url),
  // plugins/support/lexicon.ts (running from source) → dist/lexicon.txt
  new URL('../../dist/lexicon.txt', import.meta.url)
]

function readBuilt(): string | undefined {
  for (const url of candidates) {
    try {
      return fs.readFileSync(fileURLToPath(url), 'utf8')
    } catch {
      // Try the next place.
    }
  }
  return undefined
}

/**
 * Make sure the table is loaded.  Synchronous when the built file exists (the
 * normal case); otherwise builds it from the dictionaries once per process.
 */
export async function loadLexicon(): Promise<void> {
  if (table !== undefined) return
  const built = readBuilt()
  if (built !== undefined) {
    table = built
    return
  }
  pending ??= import('./lexicon-build.js').then((m) => m.buildLexiconText())
  table = await pending
}

/** Synchronous access; throws if `loadLexicon()` was never awaited and no built file exists. */
function text(): string {
  if (table === undefined) {
    const built = readBuilt()
    if (built === undefined) {
      throw new Error('wirelint: lexicon not built; run `npm run build` or await loadLexicon()')
    }
    table = built
  }
  return table
}

const cache = new Map<string, number>()

/** Flags of a lower-case key, 0 when absent. */
export function lookup(key: string): number {
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const value = search(text(), key)
  if (cache.size > 50_000) cache.clear()
  cache.set(key, value)
  return value
}

function search(t: string, key: string): number {
  let lo = 0
  let hi = t.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const start = t.lastIndexOf('\n', mid - 1) + 1
    const tab = t.indexOf('\t', start)
    const entry = t.slice(start, tab)
    if (entry === key) return t.charCodeAt(tab + 1) - 48
    if (entry < key) {
      // Next line.
      const nl = t.indexOf('\n', tab)
      if (nl === -1) return 0
      lo = nl + 1
    } else {
      hi = start
    }
  }
  return 0
}

/** In the Hunspell dictionaries (US or GB), in any case. */
export function inDictionary(key: string): boolean {
  return (lookup(key) & (FLAG.US | FLAG.GB)) !== 0
}

/** A common (lower-case) Hunspell word. */
export function isCommonWord(lower: string): boolean {
  return (lookup(lower) & FLAG.LOWER) !== 0
}

/** A proper name in Hunspell ("Aleppo"), and not also a common word. */
export function isDictionaryName(lower: string): boolean {
  const f = lookup(lower)
  return (f & FLAG.NAME) !== 0 && (f & FLAG.LOWER) === 0
}

/**
 * Is `token` an English word as written?  Accepts the dictionary's own case,
 * sentence case and all capitals of a known word, the big word list, and both
 * dialects.
 */
export function isKnownToken(token: string): boolean {
  const lower = token.toLowerCase()
  const f = lookup(lower)
  if (f === 0) return false
  if (token === lower) return (f & (FLAG.LOWER | FLAG.LIST)) !== 0
  return true
}
