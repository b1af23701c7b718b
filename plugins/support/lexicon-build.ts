/**
 * Expands the Hunspell dictionaries into the lexicon table used by
 * `lexicon.ts`.  Used at build time (pipeline/build-lexicon.ts) and, only when
 * the built file is missing (running from source without a build), once per
 * process at run time.
 *
 * Sources of the entries:
 * - dictionary-en (SCOWL/Hunspell en_US, via nspell: every affixed form);
 * - dictionary-en-gb (SCOWL/Hunspell en_GB, likewise);
 * - word-list (sindresorhus/word-list: 274,000 lower-case English words).
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import {bloomBits, SUGGEST_BLOOM_BITS} from './bloom.js'
import {FLAG} from './lexicon-flags.js'

interface Spell {
  data: Record<string, string[]>
  rules: Record<string, unknown>
}

// The Hunspell packages are ESM with top-level await; nspell is CommonJS.
async function expandDictionaries(): Promise<{en: Spell; gb: Spell}> {
  const nspell = createRequire(import.meta.url)('nspell') as (d: {aff: Buffer | string; dic: Buffer | string}) => Spell
  const en = (await import('dictionary-en')).default
  const gb = (await import('dictionary-en-gb')).default
  // @types/nspell wants a Buffer or string; dictionary-en 4 gives Uint8Array.
  const build = (d: {aff: Uint8Array; dic: Uint8Array}): Spell => nspell({aff: Buffer.from(d.aff), dic: Buffer.from(d.dic)})
  return {en: build(en), gb: build(gb)}
}

const utf8Order = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))

/**
 * The suggestion table of one dialect (plugins/spelling/suggest.ts): the
 * dictionary with its affixes applied (every form nspell holds), each with
 * the flags nspell still reads once a dictionary is loaded (NOSUGGEST,
 * KEEPCASE, ONLYINCOMPOUND, FORBIDDENWORD, WARN, compound-rule flags: the
 * affix-rule flags are dropped, they only make forms).  Two parts:
 * - a head: its line count, then the entries with flags as Hunspell `.dic`
 *   lines (`word/FLAGS`; some fifty: numbers' compound parts, words never
 *   suggested), which every nspell built from this table loads;
 * - a body: every entry as `word\tFLAGS`, sorted by UTF-8 bytes, for the
 *   binary search of lexicon.ts `findEntry`.
 */
function suggestionTable(spell: Spell): {table: string; bloom: Buffer} {
  const head: string[] = []
  const body: string[] = []
  const forms = Object.keys(spell.data).map((form) => ({form, bytes: Buffer.from(form, 'utf8')}))
  forms.sort((a, b) => Buffer.compare(a.bytes, b.bytes))
  for (const {form} of forms) {
    // A form nspell could not read back from a .dic line (none in the en dictionaries today).
    if (form.length === 0 || /[\s/#\\]/.test(form)) continue
    const flags = [...new Set(spell.data[form].filter((code) => !(code in spell.rules)))].join('')
    if (flags) head.push(form + '/' + flags)
    body.push(form + '\t' + flags)
  }
  const bloom = new Uint8Array(SUGGEST_BLOOM_BITS / 8)
  for (const {form} of forms) for (const bit of bloomBits(form)) bloom[bit >>> 3] |= 1 << (bit & 7)
  return {table: head.length + '\n' + head.join('\n') + '\n' + body.join('\n') + '\n', bloom: Buffer.from(bloom)}
}

/** The suggestion tables of both dialects (see `suggestionTable`), each with its Bloom filter (see `bloomBits`). */
export async function buildSuggestionTables(): Promise<{'en-US': {table: string; bloom: Buffer}; 'en-GB': {table: string; bloom: Buffer}}> {
  const {en, gb} = await expandDictionaries()
  return {'en-US': suggestionTable(en), 'en-GB': suggestionTable(gb)}
}

export async function buildLexiconText(): Promise<string> {
  const spells = await expandDictionaries()
  const wordListPath = (await import('word-list')).default as string

  const table = new Map<string, number>()
  const add = (key: string, bits: number): void => {
    table.set(key, (table.get(key) ?? 0) | bits)
  }

  const dictionaries: Array<[Spell, number]> = [
    [spells.en, FLAG.US],
    [spells.gb, FLAG.GB]
  ]
  for (const [spell, dialect] of dictionaries) {
    for (const form of Object.keys(spell.data)) {
      if (form.length === 0 || /[\s\t]/.test(form)) continue
      const lower = form.toLowerCase()
      let bits = dialect
      if (form === lower) bits |= FLAG.LOWER
      else if (form === form.toUpperCase() && form.length > 1) bits |= FLAG.CAPS
      else bits |= FLAG.NAME
      add(lower, bits)
    }
  }

  for (const word of fs.readFileSync(wordListPath, 'utf8').split('\n')) {
    if (word) add(word.toLowerCase(), FLAG.LIST)
  }

  // Sorted by UTF-8 bytes: the order lexicon.ts searches in.
  const keys = [...table.keys()].sort(utf8Order)
  return keys.map((key) => key + '\t' + String.fromCharCode(48 + table.get(key)!)).join('\n')
}

/** Bytes per block of lexicon.blocks (the last line of a block may run past it). */
export const LEXICON_BLOCK_BYTES = 2048

/**
 * The block index of a lexicon table (`dist/lexicon.blocks`, read by
 * lexicon.ts): the table cut at line starts into blocks of about
 * LEXICON_BLOCK_BYTES, one line per block, `offset\tfirst key\n`, after a head
 * line `wirelint-lexicon-blocks 1 <table size>`.  A look-up reads only the
 * block its key falls in (a cold check of one story reads some 300 blocks,
 * 0.6 MB, instead of the whole 3.9 MB table).
 */
export function lexiconBlockIndex(table: Buffer): string {
  const lines = [`wirelint-lexicon-blocks 1 ${table.length}`]
  let at = 0
  while (at < table.length) {
    const tab = table.indexOf(9, at)
    if (tab === -1) break
    lines.push(`${at}\t${table.toString('utf8', at, tab)}`)
    const end = table.indexOf(10, Math.min(at + LEXICON_BLOCK_BYTES, table.length) - 1)
    if (end === -1) break
    at = end + 1
  }
  return lines.join('\n') + '\n'
}
