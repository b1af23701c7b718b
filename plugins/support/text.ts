/**
 * The text toolkit rules share: named character classes (one meaning per
 * name), code-point tests, and lazily built tables.
 *
 * Names say exactly what they match, so two rules never mean different
 * things by one name: `INLINE_SPACE` is the space between words on a line,
 * `WHITE_SPACE` is JavaScript's `\s` (line breaks included).
 */

/** A letter of any script. */
export const LETTER = /\p{L}/u
/** An upper-case letter of any script. */
export const UPPER = /\p{Lu}/u
/** A lower-case letter of any script. */
export const LOWER = /\p{Ll}/u
/** A letter or a number of any script. */
export const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u
/** A number character of any script (digits, superscripts, fractions …). */
export const NUMBER = /\p{N}/u
/** An ASCII digit. */
export const ASCII_DIGIT = /[0-9]/
/** Space between words on one line: space, tab, no-break space. */
export const INLINE_SPACE = /[ \t\u00a0]/
/** JavaScript white space, line breaks included. */
export const WHITE_SPACE = /\s/
/** Apostrophes: straight and typographic. */
export const APOSTROPHE = /[’']/

/** Whether a UTF-16 code unit is an ASCII letter. */
export function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Whether a UTF-16 code unit is an ASCII digit. */
export function isAsciiDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/**
 * Tables made at build time, handed in by the CLI's launcher (see
 * pipeline/build/bundle.ts): `get` gives a table by name (a copy made by
 * V8's serializer, or undefined), `put` records one (only in the build's own
 * run).  Absent in the library, the language server's and service's
 * processes started another way, and any run whose bundle or node differs
 * from the build's: then every table is built on first use as always.
 */
interface PrebuiltTables {
  get(name: string): unknown
  put(name: string, value: unknown): void
  /** V8's serializer, in the build's run (for `split` tables). */
  encode?(value: unknown): Uint8Array
  /** V8's deserializer, in a run that reads the tables (for `split` tables). */
  decode?(bytes: Uint8Array): unknown
  /**
   * Memory the launcher no longer needs (the buffer it read the bundle and
   * its code cache into), lent once for data kept for the process: already
   * touched, it costs no page faults.  Undefined when too little is left.
   */
  borrow?(length: number): Buffer | undefined
}
declare const __wirelintTables: PrebuiltTables | undefined
const prebuiltTables: PrebuiltTables | undefined = typeof __wirelintTables === 'undefined' ? undefined : __wirelintTables

/** `length` bytes lent by the CLI's launcher (PrebuiltTables.borrow), if it has them. */
export function lentBuffer(length: number): Buffer | undefined {
  return prebuiltTables?.borrow?.(length)
}

export interface LazyOptions<T> {
  /**
   * Name of a table the build may make ahead (see PrebuiltTables): for tables
   * that cost milliseconds to build, are plain data (objects, arrays, Maps,
   * Sets, typed arrays, strings, numbers; no functions, no objects as keys:
   * see plainData), depend only on the package's own code and data, and are
   * never compared by identity with another table's objects (a table comes
   * back as its own copy).  A one-file CLI run then reads it instead of
   * building it: measured, the tables built on a cold check were about a
   * third of its time.
   */
  name: string
  /** Gives back what V8's serializer drops (class prototypes). */
  revive?: (value: T) => T
  /**
   * A table whose parts a check reads only some of (a map from words to
   * entries of which a story meets a few dozen): \`pack\` turns the built table
   * into what is stored, each part serialized on its own with \`encode\`;
   * \`unpack\` turns what is read back into the table, decoding a part when it
   * is first asked for.  Without the launcher's serializer the table is built.
   */
  split?: {
    pack(value: T, encode: (part: unknown) => Uint8Array): unknown
    unpack(stored: unknown, decode: (bytes: Uint8Array) => unknown): T
  }
}

/**
 * Objects, arrays, Maps, Sets, typed arrays, RegExps and primitives only, each with its own class's prototype
 * exactly, and no object as a Map key or Set member (a copy would no longer be the key the code looks up with).
 * Checked in the build's run: what V8's serializer would give back changed is not recorded.
 */
function plainData(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === 'function' || typeof value === 'symbol') return false
  if (value === null || typeof value !== 'object' || seen.has(value)) return true
  seen.add(value)
  const proto = Object.getPrototypeOf(value) as unknown
  if (ArrayBuffer.isView(value)) return true
  if (value instanceof RegExp) return proto === RegExp.prototype
  if (value instanceof Map) {
    if (proto !== Map.prototype) return false
    for (const [k, v] of value) if ((typeof k === 'object' && k !== null) || !plainData(k, seen) || !plainData(v, seen)) return false
    return true
  }
  if (value instanceof Set) {
    if (proto !== Set.prototype) return false
    for (const v of value) if ((typeof v === 'object' && v !== null) || !plainData(v, seen)) return false
    return true
  }
  if (Array.isArray(value) ? proto !== Array.prototype : proto !== Object.prototype) return false
  for (const v of Object.values(value)) if (!plainData(v, seen)) return false
  return true
}

/**
 * A yes-or-no test of one word that depends on the word alone (the
 * dictionaries never change in a process), remembered for the process: the
 * near-miss searches behind them probe hundreds of made-up words, and the
 * same foreign words and names come back story after story.  Cleared at
 * `limit` words, so it stays bounded on any input.
 */
export function perWord(test: (word: string) => boolean, limit = 20_000): (word: string) => boolean {
  const answers = new Map<string, boolean>()
  return (word) => {
    let answer = answers.get(word)
    if (answer === undefined) {
      answer = test(word)
      if (answers.size >= limit) answers.clear()
      answers.set(word, answer)
    }
    return answer
  }
}

/**
 * A value built on first use and kept for the process: tables, tries and
 * indexes a rule needs only when a document reaches it.
 */
export function lazy<T>(build: () => T, options?: LazyOptions<T>): () => T {
  let value: T | undefined
  let built = false
  return () => {
    if (!built) {
      const tables = options ? prebuiltTables : undefined
      const split = options?.split
      // A table stored in parts is read with the launcher's deserializer and written with its serializer.
      const made = tables && (!split || tables.decode) ? tables.get(options!.name) : undefined
      if (made !== undefined) value = split ? split.unpack(made, tables!.decode!) : options!.revive ? options!.revive(made as T) : (made as T)
      else {
        value = build()
        // Recorded only as plain data: V8's serializer would give back a class instance without its
        // class (unless `revive` restores it) and drops functions.
        if (tables && split) {
          if (tables.encode) tables.put(options!.name, split.pack(value, tables.encode))
        } else if (tables && (options!.revive || plainData(value))) tables.put(options!.name, value)
      }
      built = true
    }
    return value as T
  }
}

/** What a table keyed by words answers (a Map, or a PartsMap read back from the stored table). */
export interface WordTable<V> extends Iterable<[string, V]> {
  readonly size: number
  get(key: string): V | undefined
  has(key: string): boolean
  keys(): Iterable<string>
}

/** A map of words stored in parts (LazyOptions.split): its keys, and each value serialized on its own. */
export interface StoredMap {
  keys: string[]
  /** Where each value's bytes end in `bytes`. */
  ends: Uint32Array
  bytes: Uint8Array
}

/** A map of words as its stored parts (LazyOptions.split's `pack`). */
export function packMap(map: ReadonlyMap<string, unknown>, encode: (part: unknown) => Uint8Array): StoredMap {
  const keys = [...map.keys()]
  const parts = keys.map((k) => encode(map.get(k)))
  const ends = new Uint32Array(parts.length)
  let total = 0
  parts.forEach((part, i) => (ends[i] = total += part.length))
  const bytes = new Uint8Array(total)
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return {keys, ends, bytes}
}

/** LazyOptions.split for a table that is one map of words. */
export function mapInParts<V>(): NonNullable<LazyOptions<WordTable<V>>['split']> {
  return {
    pack: (map, encode) => packMap(map as ReadonlyMap<string, V>, encode),
    unpack: (stored, decode) => new PartsMap<V>(stored as StoredMap, decode)
  }
}

/**
 * The map read back from its stored parts (LazyOptions.split's `unpack`): a
 * value is decoded the first time it is asked for, then kept.  Values come
 * back as copies of their own (two keys that shared an object no longer do).
 */
export class PartsMap<V> implements WordTable<V> {
  private readonly at: Map<string, number>
  private readonly got: Array<V | undefined>
  constructor(
    private readonly stored: StoredMap,
    private readonly decode: (bytes: Uint8Array) => unknown
  ) {
    this.at = new Map(stored.keys.map((k, i) => [k, i]))
    this.got = new Array<V | undefined>(stored.keys.length).fill(undefined)
  }

  get size(): number {
    return this.stored.keys.length
  }

  has(key: string): boolean {
    return this.at.has(key)
  }

  get(key: string): V | undefined {
    const i = this.at.get(key)
    if (i === undefined) return undefined
    let value = this.got[i]
    if (value === undefined) {
      const {ends, bytes} = this.stored
      value = this.decode(bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i])) as V
      this.got[i] = value
    }
    return value
  }

  keys(): Iterable<string> {
    return this.stored.keys
  }

  /** Every entry (each value decoded): for what walks the whole table, which a check does not. */
  *entries(): IterableIterator<[string, V]> {
    for (const key of this.stored.keys) yield [key, this.get(key)!]
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries()
  }
}

/**
 * The "candidates, then evidence" pattern: scan the document for
 * candidates, gather evidence over all of them (and the document), then
 * judge each candidate with it.  Most documents have no candidate, so the
 * evidence is only computed when there is one.
 */
export function judgeWithEvidence<C, E>(candidates: readonly C[], evidence: (all: readonly C[]) => E, judge: (candidate: C, evidence: E) => void): void {
  if (candidates.length === 0) return
  const e = evidence(candidates)
  for (const c of candidates) judge(c, e)
}

// ---------------------------------------------------------------------------
// Word shapes and marks (added with stray-fragment, untranslated, spelling,
// merged-words, repeated-words, terminal-punctuation, punctuation-spacing on
// defineRule).  Anchored patterns test a whole string or its first character;
// `…_ALL` patterns are global, for `replace` only (a global pattern's `test`
// keeps state between calls).

/** The string starts with an upper-case letter of any script. */
export const UPPER_START = /^\p{Lu}/u
/** The string starts with a lower-case letter of any script. */
export const LOWER_START = /^\p{Ll}/u
/** The string is letters of any script only (one at least). */
export const LETTERS_ONLY = /^\p{L}+$/u
/** The string is lower-case letters of any script only (one at least). */
export const LOWER_ONLY = /^\p{Ll}+$/u
/** An ASCII capital letter A–Z. */
export const ASCII_UPPER = /[A-Z]/
/** A character outside ASCII. */
export const NON_ASCII = /[^\x00-\x7f]/
/**
 * The marks written for an apostrophe besides the straight one: right and
 * left single quotation marks, modifier letter apostrophe, backtick, acute
 * accent (’ ‘ ʼ ` ´).
 */
export const APOSTROPHE_MARK = /[’‘ʼ`´]/
/** `APOSTROPHE_MARK`, global: for `replace` only. */
export const APOSTROPHE_MARK_ALL = /[’‘ʼ`´]/g
/** The straight apostrophe or one of the `APOSTROPHE_MARK`s (' ’ ‘ ʼ ` ´). */
export const ANY_APOSTROPHE = /['’‘ʼ`´]/
/**
 * Marks folded to an apostrophe in word look-ups: right and left single
 * quotation marks, modifier letter apostrophe, prime, backtick (’ ‘ ʼ ′ `;
 * unlike `APOSTROPHE_MARK`, the prime and not the acute accent).  Global:
 * for `replace` only.
 */
export const APOSTROPHE_OR_PRIME_ALL = /[’‘ʼ′`]/g
/** The Unicode hyphen and non-breaking hyphen (U+2010, U+2011), global: for `replace` only. */
export const UNICODE_HYPHEN_ALL = /[‐‑]/g

// ---------------------------------------------------------------------------
// Classes of single UTF-16 code units, as bits: hot loops test a bit of a
// table instead of running a regular expression per character.  Each code
// unit is worked out once per process, on first sight, with the patterns
// above; a lone surrogate is in no class.

/** `WHITE_SPACE` (`\s`). */
export const CODE_WHITE_SPACE = 2
/** `LETTER_OR_NUMBER`. */
export const CODE_LETTER_OR_NUMBER = 4
/** `LETTER`. */
export const CODE_LETTER = 8
/** `LOWER`. */
export const CODE_LOWER = 16
/** `UPPER`. */
export const CODE_UPPER = 32
/** `NUMBER`. */
export const CODE_NUMBER = 64
const CODE_DONE = 1
const codeClasses = new Uint8Array(65536)

/** The class bits of a UTF-16 code unit (`CODE_…`). */
export function codeClass(code: number): number {
  let v = codeClasses[code]
  if (v === 0) {
    const c = String.fromCharCode(code)
    v =
      CODE_DONE |
      (WHITE_SPACE.test(c) ? CODE_WHITE_SPACE : 0) |
      (LETTER_OR_NUMBER.test(c) ? CODE_LETTER_OR_NUMBER : 0) |
      (LETTER.test(c) ? CODE_LETTER : 0) |
      (LOWER.test(c) ? CODE_LOWER : 0) |
      (UPPER.test(c) ? CODE_UPPER : 0) |
      (NUMBER.test(c) ? CODE_NUMBER : 0)
    codeClasses[code] = v
  }
  return v
}

/** The code unit at `i` of `s` is in one of the classes `bits` (false out of range). */
export function isCodeClassAt(s: string, i: number, bits: number): boolean {
  return i >= 0 && i < s.length && (codeClass(s.charCodeAt(i)) & bits) !== 0
}

/**
 * One character (a string of one UTF-16 code unit, or undefined past either
 * end of a text) is in one of the classes `bits` (`CODE_…`).
 */
export function isCharClass(c: string | undefined, bits: number): boolean {
  return c !== undefined && c !== '' && (codeClass(c.charCodeAt(0)) & bits) !== 0
}

// ---------------------------------------------------------------------------
// Spaces, case, digits and possessives (added with calque, acronym, markup,
// encoding, number-format, quotes on defineRule).
//
// Rules differ in which typographic spaces count; each set has a name of its
// own (NBSP no-break space U+00A0, thin U+2009, NNBSP narrow no-break space
// U+202F, en U+2002, em U+2003):
//
//                                   space tab NBSP thin NNBSP en em LF CR FF
//   INLINE_SPACE                      x    x   x
//   INLINE_SPACE_NARROW               x    x   x         x
//   INLINE_SPACE_THIN                 x    x   x    x    x
//   INLINE_SPACE_TYPOGRAPHIC          x    x   x    x    x    x  x
//   DIGIT_GROUP_SPACE                 x        x    x    x
//   TYPOGRAPHIC_DIGIT_GROUP_SPACE              x    x    x
//   HTML_SPACE                        x    x                          x  x  x
//   WHITE_SPACE (\s)                  all of these, and more

/** `INLINE_SPACE` and the narrow no-break space (no thin space). */
export const INLINE_SPACE_NARROW = /[ \t\u00a0\u202f]/
/** `INLINE_SPACE`, the thin space and the narrow no-break space. */
export const INLINE_SPACE_THIN = /[ \t\u00a0\u2009\u202f]/
/** `INLINE_SPACE_THIN`, the en space and the em space. */
export const INLINE_SPACE_TYPOGRAPHIC = /[ \t\u00a0\u2009\u202f\u2002\u2003]/
/** A space that groups the digits of a number: space, no-break, thin, narrow no-break (no tab). */
export const DIGIT_GROUP_SPACE = /[ \u00a0\u2009\u202f]/
/** `DIGIT_GROUP_SPACE` but the plain space: the typographic ones (no-break, thin, narrow no-break). */
export const TYPOGRAPHIC_DIGIT_GROUP_SPACE = /[\u00a0\u2009\u202f]/
/** ASCII white space as HTML reads it between attributes: space, tab, LF, CR, FF. */
export const HTML_SPACE = /[ \t\n\r\f]/

/** Whether a UTF-16 code unit is `INLINE_SPACE_NARROW` (hot loops: no regular expression per character). */
export function isInlineSpaceNarrowCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f
}

/** Whether a UTF-16 code unit is `INLINE_SPACE_THIN`. */
export function isInlineSpaceThinCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x2009 || code === 0x202f
}

/** Whether a UTF-16 code unit is `INLINE_SPACE_TYPOGRAPHIC`. */
export function isInlineSpaceTypographicCode(code: number): boolean {
  return isInlineSpaceThinCode(code) || code === 0x2002 || code === 0x2003
}

/** Whether a UTF-16 code unit is `DIGIT_GROUP_SPACE`. */
export function isDigitGroupSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x2009 || code === 0x202f
}

/** Whether a UTF-16 code unit is an ASCII hexadecimal digit (0–9, A–F, a–f). */
export function isHexDigitCode(code: number): boolean {
  return isAsciiDigitCode(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66)
}

/** One character (or undefined) is an ASCII digit. */
export function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c !== '' && isAsciiDigitCode(c.charCodeAt(0))
}

/** A letter, a combining mark or a number of any script (what a run of word characters is made of). */
export const LETTER_MARK_OR_NUMBER = /[\p{L}\p{M}\p{N}]/u

/**
 * Case by the case mappings, not by the Unicode category: a character has
 * case when its lower and upper forms differ (letters with case, and also
 * Ⓐ, Ⅻ; not the letters of scripts without case), and is upper-case when
 * `toUpperCase` keeps it and `toLowerCase` changes it.  ASCII is answered
 * from the code, with the same answers.
 */
export function hasCase(c: string | undefined): boolean {
  if (c === undefined) return false
  if (c.length === 1) {
    const k = c.charCodeAt(0) | 32
    if (k < 128) return k >= 97 && k <= 122
  }
  return c.toLowerCase() !== c.toUpperCase()
}

/** Upper case by the case mappings (see `hasCase`). */
export function isUpperByCase(c: string): boolean {
  if (c.length === 1) {
    const k = c.charCodeAt(0)
    if (k < 128) return k >= 65 && k <= 90
  }
  return c !== c.toLowerCase() && c === c.toUpperCase()
}

/** The string ends in a possessive: ’s or 's. */
export const POSSESSIVE_END = /[’']s$/

/** The string is upper-case letters of any script only (one at least). */
export const UPPER_ONLY = /^\p{Lu}+$/u

/**
 * `value.toLowerCase()`, but `value` itself when it has no capital: no new
 * string per call, and the look-ups that follow reuse the hash V8 keeps on
 * the word's own string (most words are in lower case already).
 */
export function lowerCase(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 65 && (c <= 90 || c >= 128)) return value.toLowerCase()
  }
  return value
}
