/**
 * Build step (run by `npm run build`, hence on install): expands the Hunspell
 * dictionaries (dictionary-en, dictionary-en-gb) through nspell and merges
 * them with the `word-list` package into one sorted, newline-separated file,
 * `dist/lexicon.txt`.  At run time `plugins/support/lexicon.ts` answers look-ups
 * by binary search over that file's text: no parse, no Set, no nspell build
 * (nspell costs ≈ 250 ms per process; reading this file costs a few ms).
 * Also writes the spelling rule's suggestion tables (see lexicon-build.ts
 * `suggestionTable`).
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildLexiconText, buildSuggestionTables, lexiconBlockIndex} from '../../plugins/support/lexicon-build.js'

const here = path.dirname(fileURLToPath(import.meta.url))
// dist/pipeline/build/build-lexicon.js → dist/lexicon.txt
const target = path.resolve(here, '..', '..', 'lexicon.txt')
const started = performance.now()
const text = await buildLexiconText()
fs.writeFileSync(target, text)
// Where each block of about 2 KB starts, and its first key: a cold check reads only the blocks it needs.
fs.writeFileSync(target.replace(/\.txt$/, '.blocks'), lexiconBlockIndex(Buffer.from(text, 'utf8')))
const lines = text.length === 0 ? 0 : text.split('\n').length
console.error(
  `wirelint: lexicon of ${lines} words written to ${path.relative(process.cwd(), target)} in ${Math.round(performance.now() - started)} ms`
)

// The spelling rule's suggestion tables (plugins/spelling/suggest.ts): dist/suggest-en-US.txt, dist/suggest-en-GB.txt.
const tablesStarted = performance.now()
const tables = await buildSuggestionTables()
const resolve = createRequire(import.meta.url).resolve
for (const [dialect, {table, bloom}] of Object.entries(tables)) {
  fs.writeFileSync(path.resolve(here, '..', '..', `suggest-${dialect}.txt`), table)
  fs.writeFileSync(path.resolve(here, '..', '..', `suggest-${dialect}.bloom`), bloom)
  // The dictionary's affix file beside its table: a run reads it without resolving the package.
  const pkg = dialect === 'en-US' ? 'dictionary-en' : 'dictionary-en-gb'
  fs.copyFileSync(path.join(path.dirname(resolve(pkg)), 'index.aff'), path.resolve(here, '..', '..', `suggest-${dialect}.aff`))
}
console.error(`wirelint: suggestion tables written to dist/suggest-en-{US,GB}.{txt,bloom,aff} in ${Math.round(performance.now() - tablesStarted)} ms`)
