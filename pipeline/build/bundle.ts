/**
 * Build step: bundle the compiled CLI for a fast start, which matters in a
 * pre-commit hook.
 *
 * - `dist/bin/wirelint.cjs`: the whole CLI, esbuild's CommonJS bundle written
 *   as one function expression that the launcher compiles and calls (not a
 *   module to `require`; Markdown/HTML bridges, git, fixes, the service … are
 *   wrapped by esbuild so their module bodies run only on first use).
 * - `dist/bin/wirelint.cjs.tables`: the rules' largest tables, made by the
 *   same run as the code cache (see the launcher's comment and
 *   plugins/support/text.ts `lazy`).
 * - `dist/bin/wirelint.cjs.cache`: V8's code cache for it, made here by running
 *   the CLI once over the bundled samples, so that the functions a check needs
 *   are already compiled: node ≥ 22 has `module.enableCompileCache()` for this;
 *   node 20 only offers `vm.Script`'s `cachedData`, which is what the launcher
 *   uses.  A cache from another node version is rejected by V8 and the bundle
 *   simply compiles as usual.
 * - `dist/bin/cli.cjs`: the launcher (the package's `bin`); `dist/bin/cli.js`
 *   is the same launcher for those who call that path.
 * - `dist/bin/worker.js` + chunks: the batch worker, as ES modules (tinypool
 *   imports it by file name).
 * - `dist/bin/lsp-protocol.cjs`: vscode-languageserver and its protocol
 *   libraries, for `wirelint lsp` only (the server's own code is in the CLI
 *   bundle, run on first use; this chunk is read only when the server starts).
 *
 * Packages that find their own files at run time stay external: the Hunspell
 * dictionaries, word-list, and tinypool (which starts worker threads).  In the
 * CommonJS bundle their `import()` goes through a function the launcher passes
 * in: code compiled from a cache cannot use vm's dynamic-import hook on node 20
 * (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
 */
import {spawnSync} from 'node:child_process'
import {builtinModules} from 'node:module'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {BATCH_V8_FLAGS} from '../cli/launcher.js'

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const bin = path.join(dist, 'bin')
const root = path.dirname(dist)
const external = ['dictionary-en', 'dictionary-en-gb', 'word-list', 'tinypool', 'franc-min']
// esbuild's tables think node 20 lacks some Unicode property escapes and would turn every
// /\p{…}/u literal into a `new RegExp()` built on each call (in hot loops); node 20 has them all.
const supported = {'regexp-unicode-property-escapes': true}
// jsonc-parser's "main" is a UMD build that require()s its parts by computed names esbuild
// cannot follow; its ES module build ("module") bundles like any other.
const alias = {'jsonc-parser': 'jsonc-parser/lib/esm/main.js'}
/**
 * The spelling rule's suggestion engine (plugins/spelling/suggest.ts) loads retext-spell and
 * nspell with a `require` of its own, on first use, so that the library does not load them
 * up front.  esbuild does not follow such a `require`: in the bundles it would be a second,
 * slow load from node_modules (an ES module graph resolved at run time, ≈ 40 ms of a cold
 * check with a typo).  Here it becomes a plain `require`, which esbuild bundles as a module
 * initialised on first call: still loaded only when a word wants suggestions.
 */
const bundledSpellEngine = {
  name: 'bundled-spell-engine',
  setup(b: import('esbuild').PluginBuild) {
    b.onLoad({filter: /[\\/]spelling[\\/]suggest\.js$/}, (args) => {
      const source = fs.readFileSync(args.path, 'utf8')
      const contents = source.replace(/\brequireHere\((['"])(retext-spell|nspell)\1\)/g, 'require($1$2$1)')
      if (contents === source) throw new Error(`bundle: no engine require() found in ${args.path}`)
      return {contents, loader: 'js', resolveDir: path.dirname(args.path)}
    })
  }
}
/**
 * jsonc-parser's module builds its formatter's caches when loaded (some 1,400 strings, 300 KB of
 * a one-file run's heap), and wirelint only parses (pipeline/core/config.ts: parseTree).  In the
 * bundles its main module gets a formatter and editor that say so if ever called, and esbuild
 * leaves the rest of the formatter out.  (No option of the package loads the parser alone: its
 * ES module files import each other without extensions, which node cannot load unbundled.)
 */
const jsoncParserOnly = {
  name: 'jsonc-parser-only',
  setup(b: import('esbuild').PluginBuild) {
    b.onLoad({filter: /[\\/]jsonc-parser[\\/]lib[\\/]esm[\\/]main\.js$/}, (args) => {
      const source = fs.readFileSync(args.path, 'utf8')
      const stub = "{format() { throw new Error('wirelint: jsonc-parser formatting is not bundled') }, setProperty() { throw new Error('wirelint: jsonc-parser editing is not bundled') }, applyEdit() { throw new Error('wirelint: jsonc-parser editing is not bundled') }, isWS() { return false }}"
      const contents = source
        .replace("import * as formatter from './impl/format';", `const formatter = ${stub};`)
        .replace("import * as edit from './impl/edit';", `const edit = ${stub};`)
      if (contents === source || /impl\/(?:format|edit)'/.test(contents)) throw new Error(`bundle: jsonc-parser's imports not as expected in ${args.path}`)
      return {contents, loader: 'js', resolveDir: path.dirname(args.path)}
    })
  }
}
/**
 * Node's built-in modules in the CommonJS bundle, through a small module each instead of
 * esbuild's interop.  A default import (`import fs from 'node:fs'`, 40-odd files) of an external
 * CommonJS module becomes `__toESM(require('node:fs'))`, which defines a getter for every export
 * of the module on a fresh object (some 100 for fs) each time a module imports it: about 4 ms of
 * a cold one-article check in all.  The module written here keeps node's own object as the
 * prototype, so `fs.readFileSync` and a named import read through to it, and gives esbuild two
 * properties to copy (`__esModule`, `default`).  `node:module` is the one exception: its first
 * load also loads node's ES module loader (about 2 ms), and the bundle only ever asks it for
 * `createRequire(import.meta.url)`, which in the bundle is the launcher's own `require` (the same
 * folder); any other base still gets node's createRequire, loaded then.  Written by hand: no
 * option of esbuild changes its interop for externals.
 */
const builtinShims = {
  name: 'builtin-shims',
  setup(b: import('esbuild').PluginBuild) {
    // Also the bare names some dependencies use ("process", "stream"), as node:….
    const bare = new RegExp(`^(?:node:.*|${builtinModules.filter((m) => !m.startsWith('_') && !m.includes(':')).join('|')})$`)
    b.onResolve({filter: bare}, (args) => {
      const id = args.path.startsWith('node:') ? args.path : 'node:' + args.path
      return args.namespace === 'builtin-shim' ? {path: id, external: true} : {path: id, namespace: 'builtin-shim'}
    })
    b.onLoad({filter: /.*/, namespace: 'builtin-shim'}, (args) => {
      const id = JSON.stringify(args.path)
      const contents =
        args.path === 'node:module'
          ? `let real\nexports.createRequire = (base) => (base === __wirelintUrl ? require : (real ??= require(${id})).createRequire(base))\n`
          : `const m = require(${id})\nmodule.exports = Object.create(m, {__esModule: {value: true}, default: {value: m, enumerable: true}})\n`
      return {contents, loader: 'js'}
    })
  }
}
const started = performance.now()
fs.rmSync(bin, {recursive: true, force: true})

// The worker, as ES modules.
await build({
  entryPoints: [path.join(dist, 'pipeline/cli/worker.js')],
  outdir: bin,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [bundledSpellEngine, jsoncParserOnly],
  supported,
  alias,
  // CommonJS dependencies (nspell, picomatch …) call require(); give ES modules one.
  banner: {js: "import {createRequire as __wirelintRequire} from 'node:module';const require = __wirelintRequire(import.meta.url);"},
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  keepNames: false
})

// The language server's protocol libraries (vscode-languageserver …): a chunk of their own,
// dist/bin/lsp-protocol.cjs, that only `wirelint lsp` loads; an ordinary check never parses it.
const lspChunk = './lsp-protocol.cjs'
await build({
  entryPoints: [path.join(dist, 'pipeline/lsp/protocol.js')],
  outfile: path.join(bin, lspChunk),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported,
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  keepNames: false
})
/** In the CLI bundle, the language server imports that chunk instead of bundling the libraries. */
const lspProtocolExternal = {
  name: 'lsp-protocol-chunk',
  setup(b: import('esbuild').PluginBuild) {
    b.onResolve({filter: /^\.\/protocol\.js$/}, (args) =>
      args.importer.endsWith(path.join('lsp', 'server.js')) ? {path: lspChunk, external: true} : undefined
    )
  }
}

// The CLI, as one CommonJS file run by the launcher.
const bundleFile = path.join(bin, 'wirelint.cjs')
await build({
  entryPoints: [path.join(dist, 'pipeline/cli/cli.js')],
  outfile: bundleFile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [lspProtocolExternal, bundledSpellEngine, jsoncParserOnly, builtinShims],
  supported,
  alias,
  define: {'import.meta.url': '__wirelintUrl'},
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  keepNames: false
})
let code = fs.readFileSync(bundleFile, 'utf8').replace(/^#!.*\n/, '')
const pattern = new RegExp(`\\bimport\\((["'])(${[...external, lspChunk].map((e) => e.replace(/[-/.]/g, '\\$&')).join('|')})\\1\\)`, 'g')
code = code.replace(pattern, '__wirelintImport($1$2$1)')
const left = code.match(/\bimport\((?!\))/g)
if (left) throw new Error(`bundle: ${left.length} dynamic import(s) left in ${bundleFile}; add them to the externals`)
// The launcher compiles the file as it is: the function it calls is written here, so a run
// decodes the bundle once instead of building a second 1.7 MB string around it.
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname, __wirelintUrl, __wirelintImport, __wirelintTables, __wirelintLauncher) {'
code = asciiOnly(code)
fs.writeFileSync(bundleFile, WRAPPER_HEAD + code + '\n})')

/**
 * The bundle in ASCII, so the launcher decodes it as one-byte text: with a single character
 * outside ASCII, V8 keeps the whole 1.8 MB source as UTF-16 — twice the memory, a slower decode
 * (about 1,000 page faults of a cold check, 11 µs each on the bench machine).  esbuild's
 * default (`charset: 'ascii'`) escapes strings, templates and names but leaves regular
 * expression literals as written; written by hand because no option of esbuild does this.
 * What is left outside ASCII is in those literals (minified, no comments), where `\uXXXX`
 * means the same character, with or without the `u` flag (a surrogate pair written as two
 * escapes is one code point under `u`).  An identity escape of such a character (`\’`)
 * becomes the bare escape.
 */
function asciiOnly(text: string): string {
  const out = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes: string, c: string) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes
    return kept + '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')
  })
  if (!/^[\x00-\x7f]*$/.test(out)) throw new Error('bundle: not ASCII after escaping')
  return out
}

const launcher = `#!/usr/bin/env node
'use strict'
// wirelint's launcher: runs dist/bin/wirelint.cjs with V8's code cache (see pipeline/build/bundle.ts).
const fs = require('node:fs')
const path = require('node:path')
const vm = require('node:vm')
const {pathToFileURL} = require('node:url')
const bundle = path.join(__dirname, 'wirelint.cjs')
const cacheFile = bundle + '.cache'
const writeCache = process.env.WIRELINT_WRITE_CODE_CACHE === '1'
const argv = process.argv.slice(2)
// Commands that run for hours (a server, a language server, the daemon).
const longRunning = ['serve', 'lsp', 'daemon'].includes(argv[0])

// 'wirelint daemon start' keeps a checker warm (pipeline/cli/daemon.ts): when its socket
// answers, this run is sent there and costs about node's own start-up.  Checked before the
// checker is loaded; anything unexpected (no daemon, another build, a run that reads standard
// input, no answer within 2 s) and the run happens here as always.
function daemonSocket() {
  // (The variables that ask this process for its own tables, or for a report of them, keep the run here.)
  if (process.platform === 'win32' || process.env.WIRELINT_DAEMON === '0' || writeCache) return undefined
  if (process.env.WIRELINT_TABLES !== undefined || process.env.WIRELINT_TABLES_REPORT !== undefined) return undefined
  if (longRunning) return undefined
  const zlib = require('node:zlib')
  if (typeof zlib.crc32 !== 'function' || typeof process.getuid !== 'function') return undefined
  const dir = path.join(require('node:os').tmpdir(), 'wirelint-' + process.getuid())
  let real = __dirname
  try {
    real = fs.realpathSync(__dirname)
  } catch {}
  const file = path.join(dir, (zlib.crc32(real) >>> 0).toString(16) + '.sock')
  try {
    const d = fs.lstatSync(dir)
    if (!d.isDirectory() || d.uid !== process.getuid() || (d.mode & 0o077) !== 0) return undefined
    fs.statSync(file)
  } catch {
    return undefined
  }
  return file
}

function viaDaemon(file) {
  let stamp = 'unbundled'
  try {
    const s = fs.statSync(bundle)
    stamp = s.size + ':' + Math.trunc(s.mtimeMs) + ':' + s.ino + ':' + Math.trunc(s.ctimeMs)
  } catch {}
  let cwd
  try {
    cwd = process.cwd()
  } catch {
    // A working folder deleted under us: the run here reports it.
    return runHere()
  }
  const request = {
    argv,
    cwd,
    umask: process.umask(),
    env: process.env,
    node: process.version,
    stamp,
    stdinTTY: process.stdin.isTTY === true,
    stdoutTTY: process.stdout.isTTY === true,
    stderrTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns
  }
  const socket = require('node:net').connect(file)
  let acked = false
  let done = false
  // The bytes of the line not yet ended: split on the newline byte (never inside a UTF-8
  // sequence) and decoded once per line, so a character cut between two reads stays whole
  // and a long line is not searched again from its start at every read.
  let pending = []
  const local = () => {
    if (done) return
    done = true
    socket.destroy()
    runHere()
  }
  const timer = setTimeout(local, 2000)
  socket.on('connect', () => socket.write(JSON.stringify(request) + '\\n'))
  socket.on('error', () => {
    if (!acked) local()
  })
  socket.on('data', (chunk) => {
    let start = 0
    let nl
    while ((nl = chunk.indexOf(10, start)) >= 0) {
      pending.push(chunk.subarray(start, nl))
      start = nl + 1
      const line = JSON.parse(Buffer.concat(pending).toString('utf8'))
      pending = []
      if (line.ack) {
        acked = true
        clearTimeout(timer)
        // The daemon runs the check only on this word: a run given up on (the 2 s passed and
        // it is checked here, or Ctrl-C) is never run there as well.
        socket.write('{"go":1}\\n')
      } else if (line.fallback) {
        clearTimeout(timer)
        local()
        return
      } else if (line.o !== undefined) process.stdout.write(line.o)
      else if (line.e !== undefined) process.stderr.write(line.e)
      else if (line.exit !== undefined) {
        done = true
        socket.destroy()
        exit(line.exit)
        return
      }
    }
    if (start < chunk.length) pending.push(chunk.subarray(start))
  })
  socket.on('close', () => {
    if (done) return
    if (!acked) return local()
    done = true
    process.stderr.write('wirelint: the daemon stopped during the run; run again (WIRELINT_DAEMON=0 checks without it)\\n')
    exit(2)
  })
}

// When main() is done (a server only returns once it has stopped, a worker pool is destroyed
// before), the output is flushed and the process exits at once: left to end by itself, node
// first waits for V8's background work (optimising compiles, concurrent marking), 15-50 ms of
// nothing a pre-commit hook would wait for.
function exit(code) {
  process.exitCode = code
  let pending = 2
  const done = () => {
    if (--pending === 0) process.exit(code)
  }
  process.stdout.write('', done)
  process.stderr.write('', done)
}

// A reader that goes away early ("wirelint … | head") is not an error of the check: stop
// writing and end with the check's own exit code.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
})

const socketFile = daemonSocket()
if (socketFile === undefined) runHere()
else viaDaemon(socketFile)

function runHere() {
// The bundle and its code cache are read into one buffer, the cache over the bundle's bytes once its
// text is decoded: a run then touches 1.8 MB less fresh memory (some 450 page faults, 11 µs each on
// the bench machine).  (Not while writing the cache: the bundle's bytes are read again at exit.)
const sizeOf = (file) => {
  try {
    return fs.statSync(file).size
  } catch {
    return 0
  }
}
// Bytes [position, position + length) of a file, into \`into\` (a fresh buffer by default); the file is
// opened for the read and closed at once.
const readRange = (file, position, length, into = Buffer.allocUnsafe(length)) => {
  const fd = fs.openSync(file, 'r')
  try {
    let done = 0
    while (done < length) {
      const n = fs.readSync(fd, into, done, length - done, position + done)
      if (n === 0) throw new Error('short read: ' + file)
      done += n
    }
  } finally {
    fs.closeSync(fd)
  }
  return into.subarray(0, length)
}
const bundleSize = fs.statSync(bundle).size
const cacheSize = writeCache ? 0 : sizeOf(cacheFile)
const scratch = Buffer.allocUnsafeSlow(Math.max(bundleSize, cacheSize))
const source = readRange(bundle, 0, bundleSize, scratch)
// The build writes the bundle in ASCII (asciiOnly): decoded as one-byte text, half the memory of
// UTF-16.  An edited bundle with other characters is decoded as UTF-8, as before.
const text = source.toString(require('node:buffer').isAscii(source) ? 'latin1' : 'utf8')
// V8 checks only the source's length against the cache, so the cache file starts with the
// CRC-32 of the bundle it was made from: an edited bundle (a hot patch, patch-package) never
// runs stale compiled code.  zlib.crc32 (node >= 20.15) takes 0.3 ms; without it, no cache.
let cachedData
let cacheState = 'absent'
let crc
if (!writeCache && cacheSize > 0) {
  try {
    const zlib = require('node:zlib')
    if (typeof zlib.crc32 !== 'function') cacheState = 'unchecked (no zlib.crc32): not used'
    else {
      crc = zlib.crc32(source) >>> 0
      const file = readRange(cacheFile, 0, cacheSize, scratch)
      if (file.length > 4 && file.readUInt32LE(0) === crc) cachedData = file.subarray(4)
      else cacheState = 'stale'
    }
  } catch {}
}
// The bundle is one function expression (exports, require, module, __filename, __dirname,
// __wirelintUrl, __wirelintImport, __wirelintTables, __wirelintLauncher), written so by the build.
const script = new vm.Script(text, {filename: bundle, cachedData})
// Tables the check would build on first use (plugins/support/text.ts: \`lazy\` with a name), made by
// the build's own run and kept next to the bundle as V8 serializations: reading one costs a
// fraction of building it (the tables were about a third of a cold one-article check).  Used only
// with the code cache accepted (the same bundle, the same V8) and the file made from this very
// bundle; otherwise, or with WIRELINT_TABLES=0, every table is built as always.
const tablesFile = bundle + '.tables'
let tables
if (writeCache) {
  const v8 = require('node:v8')
  const made = new Map()
  tables = {
    get: () => undefined,
    put(name, value) {
      try {
        made.set(name, v8.serialize(value))
      } catch {}
    },
    // A table stored in parts, each read on its own when asked for (plugins/support/text.ts \`split\`).
    encode: (value) => v8.serialize(value)
  }
  process.on('exit', () => {
    const entries = []
    let offset = 0
    const zlib = require('node:zlib')
    for (const [name, data] of made) {
      entries.push([name, offset, data.length, zlib.crc32(data) >>> 0])
      offset += data.length
    }
    const index = Buffer.from(JSON.stringify({crc: require('node:zlib').crc32(source) >>> 0, v8: process.versions.v8, entries}))
    const head = Buffer.alloc(4)
    head.writeUInt32LE(index.length)
    fs.writeFileSync(tablesFile, Buffer.concat([head, index, ...made.values()]))
  })
} else if (cachedData !== undefined && !script.cachedDataRejected && process.env.WIRELINT_TABLES !== '0') {
  // The index is read once; each table's bytes only when the check asks for it, each checked
  // against its CRC-32 (a damaged table is built instead).  The file is opened for each read and
  // closed at once: a language server that runs for days holds nothing open in the package.  Each
  // table gets a buffer of its own: the typed arrays V8's deserializer gives back are views of it.
  let found
  const readAt = (position, length, into) => readRange(tablesFile, position, length, into)
  // The scratch buffer's memory, its bundle and cache bytes used up once the script is compiled
  // (V8 copies what it keeps), is lent to the large reads the check keeps for the process: the
  // tables here, and the built files the rules read whole or in blocks (plugins/support/
  // built-files.ts \`bufferFor\`).  Memory already touched: some 450 page faults fewer (11 µs each
  // on the bench machine) than fresh buffers of the same size.  Never given back, never lent twice.
  let lent = 0
  let loans = 0
  const borrow = (length) => {
    const start = (lent + 7) & ~7
    if (length <= 0 || start + length > scratch.length) return undefined
    lent = start + length
    loans++
    return scratch.subarray(start, start + length)
  }
  if (process.env.WIRELINT_LENT_REPORT === '1') {
    process.on('exit', () => process.stderr.write('wirelint: memory lent to ' + loans + ' reads: ' + lent + ' of ' + scratch.length + ' bytes\\n'))
  }
  tables = {
    get(name) {
      if (found === undefined) {
        found = new Map()
        try {
          const length = readAt(0, 4).readUInt32LE(0)
          if (length > 1 << 20) throw new Error('index')
          const index = JSON.parse(readAt(4, length).toString('utf8'))
          const body = 4 + length
          // The whole file as its index describes it (a file cut short or grown is not used).
          const size = index.entries.reduce((sum, e) => sum + e[2], 0)
          if (index.crc === crc && index.v8 === process.versions.v8 && fs.statSync(tablesFile).size === body + size) {
            for (const [n, offset, bytes, check] of index.entries) found.set(n, [body + offset, bytes, check])
          }
        } catch {}
      }
      const at = found.get(name)
      if (at === undefined) return undefined
      let value
      try {
        const data = readAt(at[0], at[1], borrow(at[1]))
        if (require('node:zlib').crc32(data) >>> 0 !== at[2]) throw new Error('damaged')
        value = require('node:v8').deserialize(data)
      } catch {
        // Damaged: this table is built instead.
        found.delete(name)
        return undefined
      }
      read.push(name)
      return value
    },
    put() {},
    borrow,
    decode: (bytes) => require('node:v8').deserialize(bytes)
  }
}
const read = []
if (process.env.WIRELINT_TABLES_REPORT === '1') {
  process.on('exit', () => process.stderr.write('wirelint: prebuilt tables read: ' + (read.sort().join(' ') || 'none') + '\\n'))
}
if (process.env.WIRELINT_CODE_CACHE_REPORT === '1') {
  process.stderr.write('wirelint: code cache ' + (cachedData === undefined ? cacheState : script.cachedDataRejected ? 'rejected' : 'accepted') + '\\n')
}
// V8's optimizing compiler (TurboFan) costs a short run more than it gives back: its compiles
// (some 300 functions in the first checks, on a helper thread that shares the two cores of a
// small machine) are worth it only past a dozen or so stories.  Without it, the bench's article
// takes 850 fewer page faults, 110 M fewer instructions, 25 ms less CPU.  So a check runs
// without it, and the CLI turns it back on for a batch of more than 16 files
// (__wirelintLauncher.optimize; the measurements are in pipeline/cli/launcher.ts).  Servers
// (serve, lsp, daemon) keep it.  Set after the code cache is read (V8 compares the flags with
// those the cache was made under) and only on the V8 versions that know the flag (an unknown one
// is an error message on standard error).
// WIRELINT_TURBOFAN=1 keeps it on; WIRELINT_COMPILER_REPORT=1 says at exit what was used.
let optimizing = true
let optimizeReason = 'on'
if (!writeCache && !longRunning && process.env.WIRELINT_TURBOFAN !== '1' && /^1[123]\\./.test(process.versions.v8)) {
  require('node:v8').setFlagsFromString('--no-turbofan')
  optimizing = false
  optimizeReason = 'off'
}
// V8's allocation-site pretenuring moves the objects of an allocation site straight into the old
// generation once a young-generation collection finds nearly all of them alive.  A check's
// objects live exactly as long as its story: a collection in the middle of a story finds the
// story's objects alive, so their sites are pretenured, and from then on each story's garbage
// goes to the old generation, where it holds young objects alive until the next full collection
// (each young collection then cost ~6.5 ms instead of ~1.6).  Measured on 500 news-length stories
// checked in one process, in most runs: 2.6-3.0 ms a story with it, 1.75 ms without it (and
// the same 1.75 ms in the runs where V8 happened not to pretenure).  So a process started here
// runs without it; WIRELINT_PRETENURING=1 keeps it (WIRELINT_COMPILER_REPORT=1 reports it too).
// Set after the code cache is read, like the flag above.
let pretenuring = 'on'
if (!writeCache && process.env.WIRELINT_PRETENURING !== '1' && /^1[123]\\./.test(process.versions.v8)) {
  require('node:v8').setFlagsFromString('--no-allocation-site-pretenuring')
  pretenuring = 'off'
}
// A batch that turns the compiler on sees most of its code for the first time: on varied text V8
// optimizes some 700 functions in the first thousand stories and throws a third of them away again
// (type feedback not yet seen), and those compiles cost more CPU than the check itself (traced, which
// slows both: 7.4 s on a helper thread against 5.3 s of checking, 1,000 news articles).  Without
// inlining, and with twice V8 11's interrupt budget before a function is optimized (135,168 bytes of
// bytecode: later, on fuller feedback), a compile costs half as much and fewer are thrown away.
// Through the bin, one process, medians of alternating runs of the previous build and this one: 200
// news articles 1.53 against 1.27 s (CPU 2.50 against 1.82 s), 1,000 4.84 against 4.39 s (CPU 7.63
// against 5.94 s), 237 mt-dev excerpts 2.32 against 2.10 s; the flags alone on the previous build:
// 2,607 8.99 against 8.66 s, 5,000 with the pool 13.67 against 13.71 s (CPU 18.2 against 16.5 s).
// The flags are per V8 version (BATCH_V8_FLAGS in pipeline/cli/launcher.ts).  On node 22 (V8 12,
// with its own flag for a later tier-up), medians of alternating runs through the bin (the code
// cache rejected by that node, in both): 200 news articles 1.36 against 1.15 s (CPU 2.15 against
// 1.64 s), 237 mt-dev excerpts 2.40 against 2.09 s, 1,000 articles 4.28 against 4.27 s and 4.74
// against 3.90 s in two sets of runs (CPU 6.71 against 5.89 s).  Node 24 (V8 13) gained nothing
// and keeps V8's defaults.  Servers keep V8's defaults: a
// process that sees the same words for hours is about 12% faster with inlining once everything is
// compiled.  WIRELINT_INLINING=1 keeps them for a batch too; so does WIRELINT_TURBOFAN=1, which has
// the compiler on from the start, so that no batch turns it on.
let tiering = ''
const launcher = {
  optimize(reason) {
    if (optimizing) return
    const batchFlags = ${JSON.stringify(BATCH_V8_FLAGS)}[process.versions.v8.split('.')[0]]
    if (process.env.WIRELINT_INLINING !== '1' && batchFlags) {
      for (const flag of batchFlags) require('node:v8').setFlagsFromString(flag)
      tiering = ', without inlining, later tier-up'
    }
    require('node:v8').setFlagsFromString('--turbofan')
    optimizing = true
    optimizeReason = 'turned on (' + reason + ')' + tiering
  }
}
if (process.env.WIRELINT_COMPILER_REPORT === '1') {
  process.on('exit', () => process.stderr.write('wirelint: optimizing compiler ' + optimizeReason + '; allocation-site pretenuring ' + pretenuring + '\\n'))
}
if (writeCache) {
  process.on('exit', () => {
    const header = Buffer.alloc(4)
    header.writeUInt32LE(require('node:zlib').crc32(source) >>> 0)
    fs.writeFileSync(cacheFile, Buffer.concat([header, script.createCachedData()]))
  })
}
// Under npx / npm exec the chain is npm → sh -c → this process, and npm forwards a SIGTERM
// only to the shell, which dies without passing it on: the server would run on, orphaned.
// Node has no parent-death signal (prctl), so when npm started us we look at our parent
// once a second (an unref'd timer: it never keeps the process alive) and, once the shell
// is gone, stop as if we had been sent the signal ourselves (a server shuts down cleanly).
if (process.env.npm_command !== undefined && process.platform !== 'win32') {
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM')
  }, 1000).unref()
}
const mod = {exports: {}}
script.runInThisContext()(mod.exports, require, mod, bundle, __dirname, pathToFileURL(bundle).href, (specifier) => import(specifier), tables, launcher)
mod.exports.main(argv).then(exit, (error) => {
  process.stderr.write('wirelint: internal error: ' + ((error && error.stack) || String(error)) + '\\n')
  exit(2)
})
}
`
fs.writeFileSync(path.join(bin, 'cli.cjs'), launcher, {mode: 0o755})
fs.writeFileSync(path.join(bin, 'cli.js'), "#!/usr/bin/env node\n// The same launcher as cli.cjs (the package's bin), for those who call this path.\nimport './cli.cjs'\n", {mode: 0o755})

// The code cache: one run of the CLI over the samples (plain text, Markdown, HTML), so the
// functions a check uses are compiled into it.  Findings are expected (exit 1); the output is dropped.
const samples = path.join(root, 'samples')
const args = fs.existsSync(samples) ? [samples, '--format', 'json', '--workers', '0'] : ['--version']
const run = spawnSync(process.execPath, [path.join(bin, 'cli.cjs'), ...args], {
  cwd: root,
  env: {...process.env, WIRELINT_WRITE_CODE_CACHE: '1'},
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8'
})
if (run.status !== 0 && run.status !== 1) throw new Error(`bundle: the code-cache run failed (${run.status}): ${run.stderr}`)
console.error(`wirelint: CLI bundled into ${path.relative(process.cwd(), bin)} with a ${Math.round(fs.statSync(bundleFile + '.cache').size / 1024)} KB code cache in ${Math.round(performance.now() - started)} ms`)
