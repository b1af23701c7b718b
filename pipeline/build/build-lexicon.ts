/**
 * Build step (run by `npm run build`, hence on install): expands the Hunspell
 * dictionaries (dictionary-en, dictionary-en-gb) through nspell and merges
 * them with the `word-list` package into one sorted, newline-separated file,
 * `dist/lexicon.txt`.  At run time `plugins/support/lexicon.ts` answers look-ups
 * by binary search over that file's text: no parse, no Set, no nspell build
 * (nspell costs ≈ 250 ms per process; reading this file costs a few ms).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildLexiconText} from '../../plugins/support/lexicon-build.js'

const here = path.dirname(fileURLToPath(import.meta.url))
// dist/pipeline/build/build-lexicon.js → dist/lexicon.txt
const target = path.resolve(here, '..', '..', 'lexicon.txt')
const started = performance.now()
const text = await buildLexiconText()
fs.writeFileSync(target, text)
const lines = text.length === 0 ? 0 : text.split('\n').length
console.error(
  `wirelint: lexicon of ${lines} words written to ${path.relative(process.cwd(), target)} in ${Math.round(performance.now() - started)} ms`
)
