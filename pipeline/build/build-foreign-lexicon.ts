/**
 * Build step (run by `npm run build`, after the English lexicon): the
 * source-language word table, `dist/foreign-words.txt` (see
 * plugins/support/foreign-lexicon-build.ts for its sources and contents).
 * At run time plugins/support/foreign-lexicon.ts answers look-ups by binary
 * search over the file's bytes, read only when a candidate word needs it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildForeignLexiconText} from '../../plugins/support/foreign-lexicon-build.js'

const here = path.dirname(fileURLToPath(import.meta.url))
// dist/pipeline/build/build-foreign-lexicon.js → dist/foreign-words.txt
const target = path.resolve(here, '..', '..', 'foreign-words.txt')
const started = performance.now()
const text = await buildForeignLexiconText()
fs.writeFileSync(target, text)
const lines = text.length === 0 ? 0 : text.split('\n').length
console.error(
  `wirelint: source-language table of ${lines} words written to ${path.relative(process.cwd(), target)} in ${Math.round(performance.now() - started)} ms`
)
