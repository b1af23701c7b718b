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
// The byte range of each first byte's lines (the file is sorted by UTF-8 bytes, so each is one
// run of whole lines): a look-up reads only its key's range (plugins/support/foreign-lexicon.ts).
const bytes = Buffer.from(text, 'utf8')
const ranges: Record<string, [number, number]> = {}
for (let at = 0; at < bytes.length; ) {
  const first = bytes[at]
  const start = at
  while (at < bytes.length && bytes[at] === first) {
    const nl = bytes.indexOf(10, at)
    at = nl === -1 ? bytes.length : nl + 1
  }
  ranges[first] = [start, at]
}
fs.writeFileSync(target.replace(/\.txt$/, '.ranges.json'), JSON.stringify({size: bytes.length, ranges}))
const lines = text.length === 0 ? 0 : text.split('\n').length
console.error(
  `wirelint: source-language table of ${lines} words written to ${path.relative(process.cwd(), target)} in ${Math.round(performance.now() - started)} ms`
)
