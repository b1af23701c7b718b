/**
 * English word look-ups without building nspell.
 *
 * The table is one sorted file (`key\tflag\n…`, sorted by UTF-8 bytes)
 * prepared at build time (see lexicon-build.ts); a look-up is a binary search
 * over its bytes.  Loading costs one file read — not even a UTF-8 decode;
 * nothing is parsed up front.
 */
import fs from 'node:fs'
import {builtFilePlaces} from './built-files.js'
import {FLAG} from './lexicon-flags.js'
import {lowerCase} from './text.js'

export {FLAG}

let table: Buffer | undefined
let pending: Promise<Buffer> | undefined

const candidates = builtFilePlaces('lexicon.txt')

function readBuilt(): Buffer | undefined {
  for (const file of candidates) {
    try {
      return fs.readFileSync(file)
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
  pending ??= import('./lexicon-build.js').then((m) => m.buildLexiconText()).then((t) => Buffer.from(t, 'utf8'))
  table = await pending
}

/** Synchronous access; throws if `loadLexicon()` was never awaited and no built file exists. */
function bytes(): Buffer {
  if (table === undefined) {
    const built = readBuilt()
    if (built === undefined) {
      throw new Error('wirelint: lexicon not built; run `npm run build` or await loadLexicon()')
    }
    table = built
  }
  return table
}

/**
 * Look-up cache in two generations: when the young one is full it becomes the
 * old one (the previous old one is dropped), and an old hit moves back to the
 * young one.  Bounded like a plain clear at the limit, but the words every
 * story uses survive the turnover (a full clear made each of them miss again;
 * 12 clears and 23% misses over 600 stories × 4 rounds of the speed check).
 */
const LIMIT = 50_000
let cache = new Map<string, number>()
let old = new Map<string, number>()

/** Flags of a lower-case key, 0 when absent. */
export function lookup(key: string): number {
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const aged = old.get(key)
  const value = aged ?? search(bytes(), key)
  if (cache.size >= LIMIT) {
    old = cache
    cache = new Map()
  }
  cache.set(key, value)
  return value
}

/** Flags of a key without caching it (for one-off probes such as edit-distance candidates). */
export function probe(key: string): number {
  return cache.get(key) ?? old.get(key) ?? search(bytes(), key)
}

/** Order of `key` against the entry bytes [start, end): negative, 0 or positive. */
function compareAscii(key: string, t: Buffer, start: number, end: number): number {
  const n = Math.min(key.length, end - start)
  for (let i = 0; i < n; i++) {
    const d = key.charCodeAt(i) - t[start + i]
    if (d !== 0) return d
  }
  return key.length - (end - start)
}

function isAscii(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 127) return false
  return true
}

/**
 * The entry around byte `mid`: its start (after the previous line feed) and its
 * tab.  Byte loops in JavaScript, not `Buffer#lastIndexOf`/`indexOf`: entries are
 * a few bytes long, and each native call cost more than the scan (a look-up that
 * misses the cache made some 60 of them; measured 1.3 µs a miss before).
 */
function lineStart(t: Buffer, mid: number): number {
  let start = mid
  while (start > 0 && t[start - 1] !== 10) start--
  return start
}

function tabAfter(t: Buffer, start: number): number {
  const n = t.length
  let tab = start
  while (tab < n && t[tab] !== 9) tab++
  return tab < n ? tab : -1
}

function search(t: Buffer, key: string): number {
  const value = findEntry(t, key)
  return value === -1 ? 0 : t[value] - 48
}

/**
 * Binary search of a table of `key\tvalue\n` lines sorted by the UTF-8 bytes of
 * their keys, within the bytes [from, t.length): the offset of the entry's
 * value (just after its tab), or -1.  Shared by the lexicon and the spelling
 * rule's suggestion table (plugins/spelling/suggest.ts).
 */
export function findEntry(t: Buffer, key: string, from = 0): number {
  // ASCII keys (nearly all) compare char codes with bytes directly: no Buffer per look-up.
  const ascii = isAscii(key)
  const bytesOfKey = ascii ? undefined : Buffer.from(key, 'utf8')
  const n = t.length
  let lo = from
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const start = Math.max(from, lineStart(t, mid))
    const tab = tabAfter(t, start)
    if (tab === -1) return -1
    const order = ascii ? compareAscii(key, t, start, tab) : bytesOfKey!.compare(t, start, tab)
    if (order === 0) return tab + 1
    if (order > 0) {
      // The key sorts after this entry: the next line (values are a few bytes long).
      let nl = tab + 1
      while (nl < n && t[nl] !== 10) nl++
      lo = nl + 1
      if (lo > n) return -1
    } else {
      hi = start
    }
  }
  return -1
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
  const lower = lowerCase(token)
  const f = lookup(lower)
  if (f === 0) return false
  if (token === lower) return (f & (FLAG.LOWER | FLAG.LIST)) !== 0
  return true
}

/**
 * Visit the entries whose key starts with an ASCII `prefix`, in the table's
 * order, as byte offsets into the table (`key` is [start, end); no string is
 * made), until `visit` returns true.  One binary search for the first such
 * entry, then a walk: for near-miss searches that would otherwise probe
 * dozens of made-up words one by one (added with spelling's capitalised
 * words).
 */
export function scanPrefix(prefix: string, visit: (table: Buffer, start: number, end: number, flags: number) => boolean | void): void {
  const t = bytes()
  // The first line whose key sorts at or after the prefix (the lower bound).
  let lo = 0
  let hi = t.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const start = mid === 0 ? 0 : t.lastIndexOf(10, mid - 1) + 1
    const tab = t.indexOf(9, start)
    if (tab === -1) break
    if (compareAscii(prefix, t, start, tab) > 0) {
      const nl = t.indexOf(10, tab)
      if (nl === -1) return
      lo = nl + 1
    } else {
      hi = start
    }
  }
  let at = lo
  const n = prefix.length
  while (at < t.length) {
    const tab = t.indexOf(9, at)
    if (tab === -1 || tab - at < n) return
    for (let i = 0; i < n; i++) if (t[at + i] !== prefix.charCodeAt(i)) return
    if (visit(t, at, tab, t[tab + 1] - 48) === true) return
    const nl = t.indexOf(10, tab)
    if (nl === -1) return
    at = nl + 1
  }
}
