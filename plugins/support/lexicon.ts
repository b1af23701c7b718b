/**
 * English word look-ups without building nspell.
 *
 * The table is one sorted file (`key\tflag\n…`, sorted by UTF-8 bytes)
 * prepared at build time (see lexicon-build.ts); a look-up is a binary search
 * over its bytes — no UTF-8 decode, nothing parsed up front.  Beside it the
 * build writes where each block of about 2 KB starts (`lexicon.blocks`): until
 * a process has needed half of the blocks it reads only the block a key
 * falls in (a cold check of one story: some 300 blocks, 0.6 MB, instead of the
 * whole 3.9 MB table; 800 with a typo, whose near misses probe far and wide;
 * on the bench machine each 4 KB page first touched costs 11 µs), then the
 * whole table once.  Without the index, the whole table.
 */
import fs from 'node:fs'
import {bufferFor, builtFilePlaces} from './built-files.js'
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
 * The block index (lexicon-build.ts `lexiconBlockIndex`), parsed without a
 * string per key: the first keys stay in the index's bytes.
 */
interface Blocks {
  file: string
  index: Buffer
  /** Block i's first key is index[keyStart[i], keyEnd[i]); it starts at start[i] of the table (start[n]: its size). */
  keyStart: Uint32Array
  keyEnd: Uint32Array
  start: Float64Array
  got: Array<Buffer | undefined>
  count: number
  fd: number | undefined
}

/** undefined: not looked for yet; null: none (or given up): the whole table. */
let blocks: Blocks | null | undefined

function readBlocks(): Blocks | null {
  for (const file of candidates) {
    let index: Buffer
    try {
      index = fs.readFileSync(file.replace(/\.txt$/, '.blocks'))
    } catch {
      continue
    }
    try {
      const head = index.indexOf(10)
      const match = /^wirelint-lexicon-blocks 1 (\d+)$/.exec(index.toString('latin1', 0, head))
      // An index made for this very file (a rebuilt table with a stale index is read whole).
      if (match === null || fs.statSync(file).size !== Number(match[1])) return null
      let n = 0
      for (let i = head + 1; i < index.length; i++) if (index[i] === 10) n++
      const keyStart = new Uint32Array(n)
      const keyEnd = new Uint32Array(n)
      const start = new Float64Array(n + 1)
      let at = head + 1
      for (let i = 0; i < n; i++) {
        let offset = 0
        while (index[at] !== 9) offset = offset * 10 + index[at++] - 48
        start[i] = offset
        keyStart[i] = ++at
        while (index[at] !== 10) at++
        keyEnd[i] = at++
      }
      start[n] = Number(match[1])
      if (n === 0 || start[0] !== 0) return null
      return {file, index, keyStart, keyEnd, start, got: new Array(n), count: 0, fd: undefined}
    } catch {
      return null
    }
  }
  return null
}

/** The block a key falls in: the last whose first key sorts at or before it (the first block for a key before all). */
function blockOf(b: Blocks, key: string, ascii: boolean, keyBytes: Buffer | undefined): number {
  let lo = 0
  let hi = b.keyStart.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    const order = ascii ? compareAscii(key, b.index, b.keyStart[mid], b.keyEnd[mid]) : keyBytes!.compare(b.index, b.keyStart[mid], b.keyEnd[mid])
    if (order >= 0) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Block i's bytes (whole lines), read once.  The file stays open while a run
 * reads blocks and is closed as soon as the event loop turns (a server or
 * language server holds nothing open between checks).  undefined when the
 * read fails or half of the blocks have been read: the caller goes to
 * the whole table.
 */
function blockAt(b: Blocks, i: number): Buffer | undefined {
  const hit = b.got[i]
  if (hit !== undefined) return hit
  if (b.count * 2 >= b.got.length) return giveUpBlocks(b)
  try {
    if (b.fd === undefined) {
      b.fd = fs.openSync(b.file, 'r')
      setTimeout(() => closeBlocks(b), 0).unref()
    }
    const length = b.start[i + 1] - b.start[i]
    const data = bufferFor(length)
    // Whole lines (the file's last line has no line feed), or the file changed under us.
    if (fs.readSync(b.fd, data, 0, length, b.start[i]) !== length || (data[length - 1] !== 10 && i + 1 < b.got.length)) return giveUpBlocks(b)
    b.got[i] = data
    b.count++
    return data
  } catch {
    return giveUpBlocks(b)
  }
}

function closeBlocks(b: Blocks): void {
  if (b.fd === undefined) return
  try {
    fs.closeSync(b.fd)
  } catch {
    // Already closed.
  }
  b.fd = undefined
}

function giveUpBlocks(b: Blocks): undefined {
  closeBlocks(b)
  blocks = null
  return undefined
}

/**
 * Make sure the table can be read.  Synchronous when the built file exists
 * (the normal case); otherwise builds it from the dictionaries once per process.
 */
export async function loadLexicon(): Promise<void> {
  if (table !== undefined) return
  if (blocks === undefined) blocks = readBlocks()
  if (blocks !== null) return
  const built = readBuilt()
  if (built !== undefined) {
    table = built
    return
  }
  pending ??= import('./lexicon-build.js').then((m) => m.buildLexiconText()).then((t) => Buffer.from(t, 'utf8'))
  table = await pending
}

/** Synchronous access to the whole table; throws if `loadLexicon()` was never awaited and no built file exists. */
function bytes(): Buffer {
  if (table === undefined) {
    const built = readBuilt()
    if (built === undefined) {
      throw new Error('wirelint: lexicon not built; run `npm run build` or await loadLexicon()')
    }
    table = built
    if (blocks) closeBlocks(blocks)
    blocks = null
  }
  return table
}

/** How the table is being read, for start-up measurements and tests: the blocks read so far, or the whole table. */
export function lexiconReading(): {blocks: number; of: number} | 'whole' | 'not yet' {
  if (table !== undefined) return 'whole'
  return blocks ? {blocks: blocks.count, of: blocks.got.length} : 'not yet'
}

/** Flags of a lower-case key from the table as it is read now (blocks or whole). */
function search(key: string): number {
  if (table === undefined) {
    if (blocks === undefined) blocks = readBlocks()
    if (blocks !== null) {
      const ascii = isAscii(key)
      const keyBytes = ascii ? undefined : Buffer.from(key, 'utf8')
      const data = blockAt(blocks, blockOf(blocks, key, ascii, keyBytes))
      if (data !== undefined) {
        const value = findEntry(data, key)
        return value === -1 ? 0 : data[value] - 48
      }
    }
  }
  const t = bytes()
  const value = findEntry(t, key)
  return value === -1 ? 0 : t[value] - 48
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
  const value = aged ?? search(key)
  if (cache.size >= LIMIT) {
    old = cache
    cache = new Map()
  }
  cache.set(key, value)
  return value
}

/** Flags of a key without caching it (for one-off probes such as edit-distance candidates). */
export function probe(key: string): number {
  return cache.get(key) ?? old.get(key) ?? search(key)
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
  let resume = 0
  if (table === undefined) {
    if (blocks === undefined) blocks = readBlocks()
    const b = blocks
    if (b !== null) {
      // From the block the prefix falls in, on through the next ones while their entries still start with it.
      let i = blockOf(b, prefix, true, undefined)
      let data = blockAt(b, i)
      let from = data === undefined ? 0 : lowerBound(data, prefix)
      while (data !== undefined) {
        if (walkPrefix(data, from, prefix, visit) !== 'more') return
        if (++i >= b.got.length) return
        data = blockAt(b, i)
        from = 0
        // Given up on blocks mid-walk: on in the whole table from this block's start.
        if (data === undefined) resume = b.start[i]
      }
    }
  }
  const t = bytes()
  walkPrefix(t, resume === 0 ? lowerBound(t, prefix) : resume, prefix, visit)
}

/** The first line of `t` whose key sorts at or after an ASCII `prefix` (t.length when none). */
function lowerBound(t: Buffer, prefix: string): number {
  let lo = 0
  let hi = t.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const start = mid === 0 ? 0 : t.lastIndexOf(10, mid - 1) + 1
    const tab = t.indexOf(9, start)
    if (tab === -1) break
    if (compareAscii(prefix, t, start, tab) > 0) {
      const nl = t.indexOf(10, tab)
      if (nl === -1) return t.length
      lo = nl + 1
    } else {
      hi = start
    }
  }
  return lo
}

/**
 * Visit the entries from `at` on while they start with `prefix`: 'done' when
 * one does not (or `visit` said stop), 'more' when `t` ended first.
 */
function walkPrefix(t: Buffer, at: number, prefix: string, visit: (table: Buffer, start: number, end: number, flags: number) => boolean | void): 'done' | 'more' {
  const n = prefix.length
  while (at < t.length) {
    const tab = t.indexOf(9, at)
    if (tab === -1 || tab - at < n) return 'done'
    for (let i = 0; i < n; i++) if (t[at + i] !== prefix.charCodeAt(i)) return 'done'
    if (visit(t, at, tab, t[tab + 1] - 48) === true) return 'done'
    const nl = t.indexOf(10, tab)
    if (nl === -1) return 'done'
    at = nl + 1
  }
  return 'more'
}
