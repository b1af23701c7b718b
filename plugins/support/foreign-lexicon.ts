/**
 * Source-language word look-ups: is a word that English does not know a word
 * of Spanish, Portuguese, French or Italian, or a function word of another
 * Latin-script language?
 *
 * The table is one sorted file (`key\tflag\n…`, sorted by UTF-8 bytes, flag
 * `48 + FOREIGN bits`) prepared at build time (foreign-lexicon-build.ts,
 * pipeline/build/build-foreign-lexicon.ts), searched in place like the English
 * lexicon.  It is read on the first look-up only — once per process, and
 * never for a story that gives no candidate (a lower-case word English does
 * not know, a line or label that reads foreign).  Without the built file
 * (running from source without a build) every look-up answers 0: the rules
 * fall back to their other evidence.
 */
import fs from 'node:fs'
import {bufferFor, builtFilePlaces} from './built-files.js'
import {cached, type DocumentIndex, type WordInfo} from './document.js'
import {FOREIGN, FOREIGN_LANGUAGES} from './foreign-lexicon-flags.js'
import {FLAG, isCommonWord, isKnownToken, probe} from './lexicon.js'
import {LOWER_ONLY, perWord} from './text.js'

export {FOREIGN, FOREIGN_LANGUAGES}

let table: Buffer | undefined | null

const candidates = builtFilePlaces('foreign-words.txt')

/**
 * The table's lines whose key starts with the byte of `key`'s first character:
 * the file is sorted by UTF-8 bytes, so they are one run of whole lines, whose
 * place the build wrote beside it (`foreign-words.ranges.json`).  Only that run
 * is read (a story with one unknown word reads a few hundred KB of the 5.5 MB,
 * each run once per process); without the ranges file, the whole table.
 */
const shards = new Map<number, Buffer | null>()
let ranges: {file: string; size: number; ranges: Record<string, [number, number]>} | null | undefined

function shardOf(key: string): Buffer | null {
  const code = key.charCodeAt(0)
  const first = code < 0x80 ? code : Buffer.from(key.slice(0, 2), 'utf8')[0]
  const hit = shards.get(first)
  if (hit !== undefined) return hit
  if (ranges === undefined) {
    ranges = null
    for (const file of candidates) {
      try {
        const index = JSON.parse(fs.readFileSync(file.replace(/\.txt$/, '.ranges.json'), 'utf8')) as {size: number; ranges: Record<string, [number, number]>}
        // Ranges made for this very file (a rebuilt table with stale ranges is read whole).
        if (fs.statSync(file).size === index.size) ranges = {file, ...index}
        break
      } catch {
        // Try the next place.
      }
    }
  }
  let shard: Buffer | null
  if (ranges === null) shard = bytes()
  else {
    const range = ranges.ranges[first]
    if (range === undefined) shard = null
    else {
      const [start, end] = range
      shard = bufferFor(end - start)
      const fd = fs.openSync(ranges.file, 'r')
      try {
        if (fs.readSync(fd, shard, 0, end - start, start) !== end - start) shard = bytes()
      } finally {
        fs.closeSync(fd)
      }
    }
  }
  shards.set(first, shard)
  return shard
}

function bytes(): Buffer | null {
  if (table !== undefined) return table
  table = null
  for (const file of candidates) {
    try {
      table = fs.readFileSync(file)
      break
    } catch {
      // Try the next place.
    }
  }
  return table
}

/** Whether the table has been read in this process (for start-up measurements). */
export function foreignLexiconLoaded(): boolean {
  return (table !== undefined && table !== null) || [...shards.values()].some((s) => s !== null)
}

const cache = new Map<string, number>()

/** FOREIGN bits of a lower-case key (NFC), 0 when absent or when the table is not built. */
export function foreignFlags(key: string): number {
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const t = key.length === 0 ? null : shardOf(key)
  const value = t === null ? 0 : search(t, key)
  if (cache.size > 20_000) cache.clear()
  cache.set(key, value)
  return value
}

/** FOREIGN bits of a key without caching it (for probes such as restored accents). */
export function probeForeign(key: string): number {
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const t = key.length === 0 ? null : shardOf(key)
  return t === null ? 0 : search(t, key)
}

/** A word of a dictionary language (not only a function word of another language): its language bits. */
export function dictionaryLanguages(key: string): number {
  return foreignFlags(key) & FOREIGN_LANGUAGES
}

function search(t: Buffer, key: string): number {
  const k = Buffer.from(key, 'utf8')
  let lo = 0
  let hi = t.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const start = mid === 0 ? 0 : t.lastIndexOf(10, mid - 1) + 1
    const tab = t.indexOf(9, start)
    if (tab === -1) return 0
    const order = k.compare(t, start, tab)
    if (order === 0) return t[tab + 1] - 48
    if (order > 0) {
      const nl = t.indexOf(10, tab)
      if (nl === -1) return 0
      lo = nl + 1
    } else {
      hi = start
    }
  }
  return 0
}

/** Accented letters a lost character may have been, by how the source languages use them. */
const RESTORABLE = new Set('áéíóúàèìòùâêîôûãõçñäöüï')

const restoredCache = new Map<string, Array<{form: string; bits: number}>>()

/**
 * The words of the table (dictionary words of the languages in `mask`) that
 * `word` becomes when one accented letter is put back at one place
 * ("contaminacin" → "contaminación"), in table order.  For each place, one
 * binary search finds the keys that go on from the letters before it with a
 * letter outside ASCII; each is compared with the rest of the word.
 */
export function restoredForms(word: string, mask: number = FOREIGN_LANGUAGES): Array<{form: string; bits: number}> {
  const key = word + '\t' + mask
  const hit = restoredCache.get(key)
  if (hit) return hit
  const out: Array<{form: string; bits: number}> = []
  // Every form shares the word's first byte (a letter is put back at place 1 or later).
  const t = word.length === 0 ? null : shardOf(word)
  if (t === null) return out
  const bytesOfWord = Buffer.from(word, 'utf8')
  for (let i = 1; i <= bytesOfWord.length; i++) {
    // The first key at or after head + U+0080 (the smallest two-byte UTF-8 character, C2 80).
    const head = bytesOfWord.subarray(0, i)
    const probe = Buffer.concat([head, Buffer.from([0xc2, 0x80])])
    let at = lowerBound(t, probe)
    while (at < t.length) {
      const tab = t.indexOf(9, at)
      if (tab === -1 || tab - at < i + 2 || t.compare(head, 0, i, at, at + i) !== 0) break
      const lead = t[at + i]
      if (lead < 0xc2) break
      // One two-byte character, then the rest of the word.
      const rest = bytesOfWord.subarray(i)
      if (tab - at === i + 2 + rest.length && t.compare(rest, 0, rest.length, at + i + 2, tab) === 0) {
        const ch = t.toString('utf8', at + i, at + i + 2)
        const bits = (t[tab + 1] - 48) & mask
        if (RESTORABLE.has(ch) && bits !== 0) out.push({form: t.toString('utf8', at, tab), bits})
      }
      const nl = t.indexOf(10, tab)
      if (nl === -1) break
      at = nl + 1
    }
  }
  if (restoredCache.size > 5000) restoredCache.clear()
  restoredCache.set(key, out)
  return out
}

/** Byte offset of the first line whose key sorts at or after `key`. */
function lowerBound(t: Buffer, key: Buffer): number {
  let lo = 0
  let hi = t.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const start = mid === 0 ? 0 : t.lastIndexOf(10, mid - 1) + 1
    const tab = t.indexOf(9, start)
    if (tab === -1) return t.length
    if (key.compare(t, start, tab) > 0) {
      const nl = t.indexOf(10, tab)
      if (nl === -1) return t.length
      lo = nl + 1
    } else {
      hi = start
    }
  }
  return lo
}

/** Language codes of FOREIGN bits (fastText's: "es", "pt", "fr", "it"). */
export function languageCodes(bits: number): string[] {
  const out: string[] = []
  if (bits & FOREIGN.ES) out.push('es')
  if (bits & FOREIGN.PT) out.push('pt')
  if (bits & FOREIGN.FR) out.push('fr')
  if (bits & FOREIGN.IT) out.push('it')
  return out
}

/**
 * The words of a document written in lower-case letters only, four letters or
 * more, that the English lexicon does not know (`isKnownToken`): the
 * candidates of the source-language look-ups (untranslated's lone words,
 * encoding's lost accented letters), worked out once per document.  One
 * char-code test per word first: most words stop at their first letter or
 * length; the rest cost one cached lexicon look-up each.
 */
export function unknownLowerWords(index: DocumentIndex): readonly WordInfo[] {
  return cached(index, 'foreign:unknown-lower', () => {
    const out: WordInfo[] = []
    for (const w of index.words) {
      const v = w.value
      if (v.length < 4) continue
      const k = v.charCodeAt(0)
      if (k < 128 ? k < 97 || k > 122 : !LOWER_ONLY.test(v)) continue
      if (k < 128 && !lowerAscii(v) && !LOWER_ONLY.test(v)) continue
      if (isKnownToken(v)) continue
      out.push(w)
    }
    return out
  })
}

/** Only a–z. */
function lowerAscii(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const k = v.charCodeAt(i)
    if (k < 97 || k > 122) return false
  }
  return true
}

/** English prefixes on an English word ("renationalisation", "unbuilt"). */
const PREFIXES = ['re', 'un', 'de', 'dis', 'non', 'anti', 'pre', 'post', 'over', 'under', 'mis', 'co', 'sub', 'super', 'inter', 'counter', 'out', 'mid']
/** English suffixes on an English word ("liftings", "showbusiness"). */
const SUFFIXES = ['s', 'es', 'ed', 'ing', 'ings', 'er', 'ers', 'ly', 'ness', 'less', 'ful', 'able', 'ism', 'ist']
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** English builds the word from its own words: a compound, or a prefix or suffix on an English word. */
export function englishMade(w: string): boolean {
  const n = w.length
  for (let i = 3; i <= n - 3; i++) if (isCommonWord(w.slice(0, i)) && isKnownToken(w.slice(i))) return true
  for (const p of PREFIXES) if (w.startsWith(p) && n - p.length >= 4 && isKnownToken(w.slice(p.length))) return true
  for (const s of SUFFIXES) if (w.endsWith(s) && n - s.length >= 3 && isCommonWord(w.slice(0, n - s.length))) return true
  return false
}

/** One deletion, insertion, substitution or swap from a common English word (or "don't" from "dont"). */
export function nearEnglishSearch(w: string): boolean {
  const common = (x: string): boolean => (probe(x) & FLAG.LOWER) !== 0
  const n = w.length
  for (let i = 0; i < n; i++) {
    if (common(w.slice(0, i) + w.slice(i + 1))) return true
    if (i + 1 < n && common(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true
    for (const ch of LETTERS) if (ch !== w[i] && common(w.slice(0, i) + ch + w.slice(i + 1))) return true
  }
  for (let i = 0; i <= n; i++) {
    for (const ch of LETTERS) if (common(w.slice(0, i) + ch + w.slice(i))) return true
    if (i > 0 && i < n && common(w.slice(0, i) + "'" + w.slice(i))) return true
  }
  return false
}

/** `nearEnglishSearch`, remembered per process (the same foreign words come back story after story). */
export const nearEnglish = perWord(nearEnglishSearch)

