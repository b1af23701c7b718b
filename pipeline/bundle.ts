/**
 * Build step: bundle the compiled CLI and the batch worker into
 * `dist/bin/` with esbuild (ES modules, code-split so Markdown/HTML bridges,
 * git, fixes and franc stay in chunks loaded on demand).  Loading a few files
 * instead of some 400 modules roughly halves the CLI's start-up time, which
 * matters in a pre-commit hook.  The library entry (`dist/pipeline/index.js`)
 * stays unbundled.
 *
 * Packages that find their own files at run time stay external: the Hunspell
 * dictionaries, word-list, and tinypool (which starts worker threads).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const started = performance.now()
fs.rmSync(path.join(dist, 'bin'), {recursive: true, force: true})
await build({
  entryPoints: [path.join(dist, 'pipeline/cli.js'), path.join(dist, 'pipeline/worker.js')],
  outdir: path.join(dist, 'bin'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['dictionary-en', 'dictionary-en-gb', 'word-list', 'tinypool'],
  // CommonJS dependencies (nspell, picomatch …) call require(); give ES modules one.
  banner: {js: "import {createRequire as __wirelintRequire} from 'node:module';const require = __wirelintRequire(import.meta.url);"},
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  keepNames: false
})
console.error(`wirelint: CLI bundled into ${path.relative(process.cwd(), path.join(dist, 'bin'))} in ${Math.round(performance.now() - started)} ms`)
