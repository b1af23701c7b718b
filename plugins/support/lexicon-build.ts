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
import {FLAG} from './lexicon-flags.js'

// The Hunspell packages are ESM with top-level await; nspell is CommonJS.
export async function buildLexiconText(): Promise<string> {
  const nspell = createRequire(import.meta.url)('nspell') as (d: {
    aff: Buffer | string
    dic: Buffer | string
  }) => {data: Record<string, unknown>}
  const en = (await import('dictionary-en')).default
  const gb = (await import('dictionary-en-gb')).default
  const wordListPath = (await import('word-list')).default as string

  const table = new Map<string, number>()
  const add = (key: string, bits: number): void => {
    table.set(key, (table.get(key) ?? 0) | bits)
  }

  const dictionaries: Array<[{aff: Uint8Array; dic: Uint8Array}, number]> = [
    [en, FLAG.US],
    [gb, FLAG.GB]
  ]
  for (const [dictionary, dialect] of dictionaries) {
    // @types/nspell wants a Buffer or string; dictionary-en 4 gives Uint8Array.
    const spell = nspell({
      aff: Buffer.from(dictionary.aff),
      dic: Buffer.from(dictionary.dic)
    })
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
  const keys = [...table.keys()].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')))
  return keys.map((key) => key + '\t' + String.fromCharCode(48 + table.get(key)!)).join('\n')
}
