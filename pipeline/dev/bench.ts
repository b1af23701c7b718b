/**
 * `npm run bench [-- --corpus DIR] [--mt-dev DIR] [--generated] [--articles N] [--sizes 100,1000,10000]
 *   [--batch-runs N] [--rule-articles N] [--engine-files N] [--runs N] [--pretenuring] [--inlining]`
 *
 * Prints, on real news read in place — `../shared/corpus/news-clean` (.txt) and
 * `../shared/corpus/mt-dev` (.jsonl excerpts) from the project's root, when
 * present — or on a folder given with --corpus, or on generated articles (our
 * own sentences) when there is no real text or with --generated:
 *  1. cold check of one article through the package's bin (median of process
 *     runs) next to bare `node -e ''` measured in the same run, as a ratio;
 *  2. in-process against the worker pool (and the default choice) on 100,
 *     1,000 and 10,000 files (a size beyond the corpus repeats it, and says
 *     so), alternating runs, medians and spread;
 *  3. the ratio of the full check to a bare retext-english parse of the same
 *     texts, in the same process, alternating, and each rule's own cost;
 *  4. the ratio to the ecosystem's way — unified-engine with retext-spell;
 *  5. peak memory (RSS) of the batches;
 *  6. hostile inputs: time per input and its ratio to size-proportional time.
 * Nothing is asserted: figures only.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import v8 from 'node:v8'
import {fileURLToPath} from 'node:url'

import {batchV8Flags, OPTIMIZE_FROM_FILES} from '../cli/launcher.js'
import {generateArticle, hostileInputs, hostileMarkdownInputs, rng} from './corpus.js'

const here = path.dirname(fileURLToPath(import.meta.url))
// The package's bin (what npx and the pre-commit hook run).
const cli = path.join(here, '..', '..', 'bin', 'cli.cjs')

function writeCorpus(dir: string, n: number, seed = 42): void {
  const random = rng(seed)
  fs.mkdirSync(dir, {recursive: true})
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `article-${String(i).padStart(5, '0')}.txt`), generateArticle(random))
}

function listTxt(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else if (e.name.endsWith('.txt')) out.push(full)
    }
  }
  walk(dir)
  return out
}

const words = (t: string): number => (t.match(/\S+/g) ?? []).length
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/**
 * Instructions a process executes, all threads (valgrind's callgrind), in millions; undefined
 * without valgrind.  Unlike wall time it does not depend on what else the machine runs, so a
 * cold start can be compared across days.  Node's own start-up differs between machines (this
 * one sets NODE_EXTRA_CA_CERTS: every node process then parses the CA bundle, 80% of a bare
 * start), so the bench prints both with and without that variable.
 */
function instructions(args: string[], env: NodeJS.ProcessEnv = process.env): number | undefined {
  const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...args], {
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024
  })
  if (run.error || run.status === null) return undefined
  const m = /Collected\s*:\s*(\d+)/.exec(run.stderr)
  return m ? Number(m[1]) / 1e6 : undefined
}

function timeProcess(args: string[], runs: number): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    spawnSync(process.execPath, args, {stdio: 'ignore'})
    times.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return median(times)
}

// ------------------------------------------------------------ child modes

/** Run the batch over files in this process (workers as given) and print the figures. */
async function childBatch(files: string[], workers: number | undefined): Promise<void> {
  const {runBatch, defaultWorkers} = await import('../cli/batch.js')
  const {resolveConfig} = await import('../core/config.js')
  const config = resolveConfig({})
  const t = performance.now()
  let messages = 0
  await runBatch(
    files.map((f) => ({name: f, path: f, config})),
    {mode: 'check', workers, version: 'bench', onResult: (r) => (messages += r.file.messages.length)}
  )
  const ms = performance.now() - t
  process.stdout.write(JSON.stringify({ms, messages, maxRSS: process.resourceUsage().maxRSS, workers: workers ?? defaultWorkers(files.length), batchFlags: batchFlags ? 1 : 0}))
}

/** The ecosystem's way: unified-engine with retext-english + retext-spell (dictionary-en). */
async function childEngine(files: string[]): Promise<void> {
  const {engine} = await import('unified-engine')
  const {unified} = await import('unified')
  const retextEnglish = (await import('retext-english')).default
  const retextSpell = (await import('retext-spell')).default
  const dictionary = (await import('dictionary-en')).default
  const processor = unified().use(retextEnglish).use(retextSpell, {dictionary})
  const t = performance.now()
  await new Promise<void>((resolve, reject) => {
    engine(
      {processor: processor as never, files, extensions: ['txt'], output: false, out: false, quiet: true, silent: true, streamError: {write: () => true} as never, cwd: process.cwd()},
      (error) => (error ? reject(error) : resolve())
    )
  })
  process.stdout.write(JSON.stringify({ms: performance.now() - t}))
}

/** Keep V8's allocation-site pretenuring (bench --pretenuring), also in the children. */
let pretenuring = false
/** Keep V8's inlining and tier-up in batch runs (bench --inlining), also in the children and the bin. */
let inlining = false
/** This batch child runs under BATCH_V8_FLAGS. */
let batchFlags = false

function runChild(mode: string, files: string[], extra: string[] = [], nodeFlags: string[] = []): Record<string, number> {
  const list = path.join(os.tmpdir(), `wirelint-bench-${process.pid}-${mode}.json`)
  fs.writeFileSync(list, JSON.stringify(files))
  const r = spawnSync(process.execPath, [...nodeFlags, fileURLToPath(import.meta.url), `--child=${mode}`, list, ...extra, ...(pretenuring ? ['--pretenuring'] : []), ...(inlining ? ['--inlining'] : [])], {
    encoding: 'utf8',
    maxBuffer: 1 << 26
  })
  fs.rmSync(list, {force: true})
  if (r.status !== 0) throw new Error(`${mode} child failed: ${r.stderr}`)
  return JSON.parse(r.stdout) as Record<string, number>
}

async function benchHostile(): Promise<Array<{name: string; bytes: number; ms: number; perByteRatio: number}>> {
  const {createChecker} = await import('../core/checker.js')
  const checker = createChecker()
  const random = rng(7)
  const normal = Array.from({length: 20}, () => generateArticle(random)).join('\n')
  await checker.check(normal) // warm up
  let t = performance.now()
  await checker.check(normal)
  const perByte = (performance.now() - t) / normal.length
  const out = []
  for (const [name, text] of hostileInputs()) {
    t = performance.now()
    await checker.check(text)
    const ms = performance.now() - t
    out.push({name, bytes: text.length, ms, perByteRatio: ms / (perByte * text.length)})
  }
  return out
}

/** Hostile Markdown, checked as Markdown: ratio to the per-character time of ordinary Markdown copy. */
async function benchHostileMarkdown(): Promise<Array<{name: string; bytes: number; ms: number; perByteRatio: number; error?: string}>> {
  const {createChecker} = await import('../core/checker.js')
  const checker = createChecker()
  const random = rng(7)
  const normal = Array.from({length: 20}, () => generateArticle(random).split('\n').join('\n\n')).join('\n\n')
  await checker.check(normal, {path: 'normal.md'}) // warm up
  let t = performance.now()
  await checker.check(normal, {path: 'normal.md'})
  const perByte = (performance.now() - t) / normal.length
  const out = []
  for (const [name, text] of hostileMarkdownInputs()) {
    t = performance.now()
    const file = await checker.check(text, {path: 'hostile.md'})
    const ms = performance.now() - t
    const error = file.messages.find((m) => m.ruleId === 'internal-error')?.reason
    out.push({name, bytes: text.length, ms, perByteRatio: ms / (perByte * text.length), ...(error ? {error} : {})})
  }
  return out
}

// ------------------------------------------------------------ main

/**
 * 8. Report formats on many findings: 400 and 1,600 files of 20 findings each
 * (8,000 and 32,000), messages as the CLI gets them (snippets cut, text
 * dropped; the HTML and rdjson reports keep the text).  Linear: the time per
 * finding stays flat from 8,000 to 32,000.  (The vfile-reporter-based stylish
 * report it replaces took ~7 s for 8,000.)
 */
async function benchReports(log: (s: string) => void): Promise<Record<string, Record<string, number>>> {
  const {VFile} = await import('vfile')
  const {formatReport} = await import('../core/report.js')
  const {keepExcerpts} = await import('../core/report-snippet.js')
  const line = 'The vote . Then the rebels , who had taken the city, left for the hills and the coast. '
  const make = (count: number, keepText: boolean) =>
    Array.from({length: count}, (_, k) => {
      const text = Array.from({length: 20}, (_, j) => `${j % 3 === 0 ? '東京 ' : ''}${line.repeat(1 + (j % 4))}`).join('\n') + '\n'
      const file = new VFile({path: `outlet-${k % 7}/story-${k}.txt`, value: text})
      text.split('\n').slice(0, 20).forEach((l, j) => {
        const column = l.indexOf(' .') + 1
        const m = file.message('Space before “.”: punctuation follows the word directly', {place: {start: {line: j + 1, column}, end: {line: j + 1, column: column + 2}}, ruleId: 'punctuation-spacing', source: 'wirelint'})
        m.fatal = j % 3 === 0 ? true : j % 3 === 1 ? false : undefined
      })
      if (!keepText) {
        keepExcerpts(file)
        file.value = ''
      }
      return file
    })
  const out: Record<string, Record<string, number>> = {}
  log(`\n8. reports: ms for 8,000 and 32,000 findings (20 per file), and µs per finding`)
  for (const format of ['stylish', 'json', 'html', 'checkstyle', 'junit', 'gitlab', 'rdjson']) {
    const keep = format === 'html' || format === 'rdjson'
    const row: Record<string, number> = {}
    for (const files of [400, 1600]) {
      const list = make(files, keep)
      await formatReport(format, make(10, keep), {columns: 100})
      const t0 = performance.now()
      const text = await formatReport(format, list, {columns: 100})
      const ms = performance.now() - t0
      row[`ms${files * 20}`] = ms
      row[`bytes${files * 20}`] = text.length
    }
    out[format] = row
    log(`   ${format.padEnd(11)} ${row.ms8000.toFixed(0).padStart(6)} ms  ${row.ms32000.toFixed(0).padStart(6)} ms   ${((row.ms8000 * 1000) / 8000).toFixed(1).padStart(6)} → ${((row.ms32000 * 1000) / 32000).toFixed(1)} µs/finding`)
  }
  return out
}

/** Real news in place: `../shared/corpus` from the project's root (dist/pipeline/dev → ../../..). */
const sharedCorpus = path.resolve(here, '..', '..', '..', '..', 'shared', 'corpus')

/** The `text` of every excerpt in a folder of mt-dev .jsonl files. */
function readJsonlTexts(dir: string): string[] {
  const out: string[] = []
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue
      const text = (JSON.parse(line) as {text?: unknown}).text
      if (typeof text === 'string') out.push(text)
    }
  }
  return out
}

const spread = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length > 1 ? `${(s[0] / 1000).toFixed(2)}–${(s[s.length - 1] / 1000).toFixed(2)} s` : ''
}

/** Each rule's own cost: its transformer alone on a parsed, indexed tree, fastest of `rounds`, ms per text. */
async function ruleCosts(texts: string[], rounds: number): Promise<Array<{rule: string; ms: number}>> {
  const {VFile} = await import('vfile')
  const {getIndex} = await import('../../plugins/support/document.js')
  const {resolveConfig} = await import('../core/config.js')
  const {getProcessor} = await import('../core/processor.js')
  const {loadLexicon} = await import('../../plugins/support/lexicon.js')
  const {RULES} = await import('../core/rules.js')
  await loadLexicon()
  const off = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off' as const]))
  const processor = await getProcessor(resolveConfig({rules: off}), 'text')
  const trees = texts.map((t) => {
    const file = new VFile({value: t})
    const tree = processor.parse(file)
    return {file, tree}
  })
  for (const {tree, file} of trees) {
    await processor.run(tree, file)
    getIndex(tree as never, file)
  }
  const out: Array<{rule: string; ms: number}> = []
  for (const r of RULES) {
    const transform = r.plugin({severity: 'warning'}) as (tree: unknown, file: unknown) => unknown
    for (const {tree} of trees.slice(0, 20)) await transform(tree, new VFile({value: ''}))
    let best = Infinity
    for (let k = 0; k < rounds; k++) {
      const t0 = performance.now()
      // A fresh file per round: findings go to it, the tree and its index are reused.
      for (const {tree, file} of trees) await transform(tree, new VFile({value: file.value}))
      best = Math.min(best, performance.now() - t0)
    }
    out.push({rule: r.meta.id, ms: best / texts.length})
  }
  return out.sort((a, b) => b.ms - a.ms)
}

async function main(): Promise<void> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      corpus: {type: 'string'},
      'mt-dev': {type: 'string'},
      generated: {type: 'boolean', default: false},
      articles: {type: 'string', default: '1000'},
      sizes: {type: 'string', default: '100,1000,10000'},
      'batch-runs': {type: 'string', default: '3'},
      'rule-articles': {type: 'string', default: '200'},
      'engine-files': {type: 'string', default: '100'},
      runs: {type: 'string', default: '15'},
      child: {type: 'string'},
      workers: {type: 'string'},
      'skip-engine': {type: 'boolean', default: false},
      'reports-only': {type: 'boolean', default: false},
      'skip-hostile': {type: 'boolean', default: false},
      json: {type: 'boolean', default: false},
      instructions: {type: 'boolean', default: false},
      'cold-only': {type: 'boolean', default: false},
      pretenuring: {type: 'boolean', default: false},
      inlining: {type: 'boolean', default: false}
    }
  })
  // In-process figures as the CLI gets them: its launcher turns V8's allocation-site pretenuring
  // off (see pipeline/build/bundle.ts; a story's objects die with it, pretenured they clog the
  // old generation), on the V8 versions it knows.  --pretenuring keeps V8's default, for
  // comparison: in this process, its children and the bin it runs (WIRELINT_PRETENURING=1).
  pretenuring = values.pretenuring
  if (values.pretenuring) process.env.WIRELINT_PRETENURING = '1'
  else if (/^1[123]\./.test(process.versions.v8)) v8.setFlagsFromString('--no-allocation-site-pretenuring')
  // A batch as the CLI runs it: past OPTIMIZE_FROM_FILES files the launcher turns the optimizing
  // compiler on with its V8 version's batch flags (batchV8Flags, pipeline/cli/launcher.ts);
  // --inlining keeps V8's defaults.
  inlining = values.inlining
  if (values.inlining) process.env.WIRELINT_INLINING = '1'
  if (values.child) {
    const files = JSON.parse(fs.readFileSync(positionals[0], 'utf8')) as string[]
    if (values.child === 'batch') {
      const flags = values.inlining || files.length <= OPTIMIZE_FROM_FILES ? [] : batchV8Flags(process.versions.v8)
      for (const flag of flags) v8.setFlagsFromString(flag)
      batchFlags = flags.length > 0
      return childBatch(files, values.workers === 'auto' ? undefined : Number(values.workers ?? '1'))
    }
    if (values.child === 'engine') return childEngine(files)
    throw new Error(`unknown child ${values.child}`)
  }

  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  const runs = Math.max(10, Number(values.runs))
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-bench-'))
  const report: Record<string, unknown> = {node: process.version, cores, loadAverage: os.loadavg()[0]}
  const log = (s: string): void => {
    if (!values.json) process.stdout.write(s + '\n')
  }
  if (values['reports-only']) {
    report.reports = await benchReports(log)
    if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
    return
  }
  try {
    // The corpus: real news in place unless told otherwise.
    let files: string[]
    let corpusName: string
    const newsDir = values.corpus ?? path.join(sharedCorpus, 'news-clean')
    if (!values.generated && fs.existsSync(newsDir)) {
      files = listTxt(newsDir)
      corpusName = newsDir
    } else {
      const n = Number(values.articles)
      writeCorpus(path.join(tmp, 'corpus'), n)
      files = listTxt(path.join(tmp, 'corpus'))
      corpusName = `${n} generated articles of ~600 words`
    }
    const mtDir = values['mt-dev'] ?? path.join(sharedCorpus, 'mt-dev')
    const mtTexts = !values.generated && fs.existsSync(mtDir) ? readJsonlTexts(mtDir) : []
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'))
    const wordCounts = texts.map(words)
    const totalWords = wordCounts.reduce((a, b) => a + b, 0)
    report.corpus = {name: corpusName, files: files.length, words: totalWords, mtDev: mtTexts.length}
    log(`node ${process.version}, ${cores} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (timings on a shared machine wander)`)
    log(`corpus: ${corpusName} (${files.length} files, ${totalWords} words)${mtTexts.length ? `; mt-dev: ${mtTexts.length} excerpts` : ''}`)

    // 1. Cold start: one article of the corpus near 600 words (the pre-commit case).
    const byLength = files.map((f, i) => ({f, d: Math.abs(words(texts[i]) - 600)})).sort((a, b) => a.d - b.d)
    const article = path.join(tmp, 'one-article.txt')
    fs.copyFileSync(byLength[0].f, article)
    spawnSync(process.execPath, [cli, article], {stdio: 'ignore'}) // warm the file cache
    const bareTimes: number[] = []
    const coldTimes: number[] = []
    for (let i = 0; i < runs; i++) {
      // Alternating, so both see the same load.
      bareTimes.push(timeProcess(['-e', ''], 1))
      coldTimes.push(timeProcess([cli, article], 1))
    }
    const bare = median(bareTimes)
    const cold = median(coldTimes)
    report.cold = {nodeMs: bare, wirelintMs: cold, ratio: cold / bare, words: words(fs.readFileSync(article, 'utf8'))}
    log(`\n1. cold check of one ${words(fs.readFileSync(article, 'utf8'))}-word article through the bin (median of ${runs} alternating runs)`)
    log(`   node -e '': ${bare.toFixed(1)} ms   wirelint: ${cold.toFixed(1)} ms   ratio ${(cold / bare).toFixed(2)}× (target ≤ 1.5×)`)
    const markdown = path.join(tmp, 'one-article.md')
    fs.copyFileSync(article, markdown)
    const coldMd = timeProcess([cli, markdown], runs)
    ;(report.cold as Record<string, number>).markdownMs = coldMd
    log(`   the same article as Markdown: ${coldMd.toFixed(1)} ms, ratio ${(coldMd / bare).toFixed(2)}×`)
    // The same run with `wirelint daemon start` (a warm checker behind the launcher), in a
    // TMPDIR of the bench's own so no daemon of the user's is used or touched.
    if (process.platform !== 'win32') {
      const daemonEnv: NodeJS.ProcessEnv = {...process.env, TMPDIR: tmp}
      delete daemonEnv.npm_command
      const started = spawnSync(process.execPath, [cli, 'daemon', 'start'], {env: daemonEnv, encoding: 'utf8'})
      if (started.status === 0) {
        const bareD: number[] = []
        const warm: number[] = []
        try {
          for (let i = 0; i < runs; i++) {
            bareD.push(timeProcess(['-e', ''], 1))
            const t = process.hrtime.bigint()
            spawnSync(process.execPath, [cli, article], {stdio: 'ignore', env: daemonEnv})
            warm.push(Number(process.hrtime.bigint() - t) / 1e6)
          }
          // Every timed run went through the daemon (a busy or stale one would send it back).
          const served = Number(/(\d+) runs/.exec(spawnSync(process.execPath, [cli, 'daemon', 'status'], {env: daemonEnv, encoding: 'utf8'}).stdout)?.[1])
          if (served !== runs) log(`   (the daemon served ${served} of the ${runs} runs)`)
        } finally {
          spawnSync(process.execPath, [cli, 'daemon', 'stop'], {env: daemonEnv})
        }
        const b = median(bareD)
        const w = median(warm)
        ;(report.cold as Record<string, unknown>).daemon = {nodeMs: b, wirelintMs: w, ratio: w / b}
        log(`   with \`wirelint daemon start\`: node -e '': ${b.toFixed(1)} ms   wirelint: ${w.toFixed(1)} ms   ratio ${(w / b).toFixed(2)}×`)
      } else log(`   with the daemon: it did not start (${started.stderr.trim()})`)
    }
    if (values.instructions) {
      const withoutCa = {...process.env}
      delete withoutCa.NODE_EXTRA_CA_CERTS
      const counts: Record<string, number | undefined> = {
        node: instructions(['-e', '']),
        wirelint: instructions([cli, article]),
        nodeWithoutExtraCa: instructions(['-e', ''], withoutCa),
        wirelintWithoutExtraCa: instructions([cli, article], withoutCa)
      }
      ;(report.cold as Record<string, unknown>).instructions = counts
      if (counts.node === undefined || counts.wirelint === undefined) log('   instructions: valgrind is not installed (apt-get install valgrind)')
      else {
        const line = (a: number | undefined, b: number | undefined): string =>
          a === undefined || b === undefined ? '–' : `node ${a.toFixed(0)} M, wirelint ${b.toFixed(0)} M: ${(b / a).toFixed(2)}×`
        log(`   instructions (callgrind, all threads; independent of the load): ${line(counts.node, counts.wirelint)}`)
        if (process.env.NODE_EXTRA_CA_CERTS) {
          log(`   the same without NODE_EXTRA_CA_CERTS (set here: node parses that CA bundle at every start): ${line(counts.nodeWithoutExtraCa, counts.wirelintWithoutExtraCa)}`)
        }
      }
    }

    if (values['cold-only']) {
      if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
      return
    }

    // 2 & 5. In-process against the pool, by run size.  Alternating runs, medians.
    const batchRuns = Math.max(1, Number(values['batch-runs']))
    const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0)
    const batches: Array<Record<string, unknown>> = []
    log(`\n2. in-process against the worker pool (median of ${batchRuns} alternating runs; the pool's main thread checks too)`)
    for (const size of sizes) {
      const list = Array.from({length: size}, (_, i) => files[i % files.length])
      const repeated = size > files.length ? ` (the ${files.length}-file corpus repeated ${(size / files.length).toFixed(1)}×)` : ''
      const configs: Array<[string, string]> = [['in-process', '0'], [`pool, ${Math.max(1, cores - 1)} worker(s) + main`, String(Math.max(1, cores - 1))], [`pool, ${cores} workers + main`, String(cores)], ['default', 'auto']]
      const times = new Map<string, Array<Record<string, number>>>(configs.map(([name]) => [name, []]))
      for (let r = 0; r < batchRuns; r++) {
        for (const [name, w] of configs) times.get(name)!.push(runChild('batch', list, [`--workers=${w}`]))
      }
      const listWords = Array.from({length: size}, (_, i) => wordCounts[i % files.length]).reduce((a, b) => a + b, 0)
      const inProcess = median(times.get('in-process')!.map((r) => r.ms))
      const row: Record<string, unknown> = {files: size, words: listWords, repeated: size > files.length}
      const flagged = times.get('in-process')![0].batchFlags === 1
      log(`   ${size} files${repeated}${flagged ? `, under the CLI's batch flags (${batchV8Flags(process.versions.v8).join(' ')})` : ''}:`)
      for (const [name] of configs) {
        const rs = times.get(name)!
        const ms = median(rs.map((r) => r.ms))
        const rss = Math.max(...rs.map((r) => r.maxRSS))
        row[name] = {ms, all: rs.map((r) => r.ms), speedup: inProcess / ms, maxRSSMB: rss / 1024, workers: rs[0].workers, batchFlags: rs[0].batchFlags === 1}
        log(`     ${name.padEnd(28)} ${(ms / 1000).toFixed(2)} s  ${(inProcess / ms).toFixed(2)}× in-process  ${Math.round((size * 1000) / ms)} files/s  (${spread(rs.map((r) => r.ms))}; peak RSS ${(rss / 1024).toFixed(0)} MB${name === 'default' ? `; picks ${rs[0].workers} worker(s)` : ''})`)
      }
      batches.push(row)
    }
    report.batches = batches
    log(`   targets: the pool ≥ 1.6× in-process from 1,000 files up on 2 cores; never slower than in-process`)

    // 3. Against a bare retext-english parse, in this process, one thread, alternating.
    const {unified} = await import('unified')
    const retextEnglish = (await import('retext-english')).default
    const {createChecker} = await import('../core/checker.js')
    const parser = unified().use(retextEnglish).freeze()
    const checker = createChecker()
    const ratioOf = async (set: string[], name: string): Promise<Record<string, unknown>> => {
      for (const t of set.slice(0, 50)) {
        parser.parse(t)
        await checker.check(t)
      }
      const parses: number[] = []
      const checks: number[] = []
      for (let r = 0; r < 3; r++) {
        let t0 = performance.now()
        for (const t of set) parser.parse(t)
        parses.push(performance.now() - t0)
        t0 = performance.now()
        for (const t of set) await checker.check(t)
        checks.push(performance.now() - t0)
      }
      const parseMs = median(parses)
      const checkMs = median(checks)
      log(`   ${name}: parse ${(parseMs / set.length).toFixed(2)} ms, full check ${(checkMs / set.length).toFixed(2)} ms per text: ratio ${(checkMs / parseMs).toFixed(2)}× (target ≤ 4×; ratios of the 3 rounds ${checks.map((c, i) => (c / parses[i]).toFixed(1)).join(', ')})`)
      return {texts: set.length, parseMs, checkMs, ratio: checkMs / parseMs}
    }
    log(`\n3. full check against a bare retext-english parse (same texts, this process, one thread, median of 3 alternating rounds)`)
    const inProcessTexts = texts.slice(0, Number(values.articles))
    report.parse = await ratioOf(inProcessTexts, `${inProcessTexts.length} ${values.generated || !fs.existsSync(newsDir) ? 'generated' : 'news'} articles`)
    if (mtTexts.length) report.parseMtDev = await ratioOf(mtTexts, `${mtTexts.length} mt-dev excerpts`)
    const ruleTexts = texts.slice(0, Number(values['rule-articles']))
    const costs = await ruleCosts(ruleTexts, 3)
    report.rules = costs
    log(`   each rule alone (its transformer on a parsed, indexed tree; fastest of 3 rounds over ${ruleTexts.length} articles), ms per article:`)
    for (const c of costs) log(`     ${c.rule.padEnd(22)} ${c.ms.toFixed(3)}`)

    // 4. Against unified-engine + retext-spell.  The engine attaches retext-spell (and builds its
    // dictionary) for every file and keeps them all: on 1,000 articles it runs out of a 4 GB heap
    // after ~110 s.  So it runs on a subset, and the comparison is per article: its rate on the
    // subset against the wirelint CLI's on the same subset.
    if (!values['skip-engine']) {
      const m = Math.min(files.length, Number(values['engine-files']))
      const subset = files.slice(0, m)
      const engine = runChild('engine', subset)
      const t = process.hrtime.bigint()
      spawnSync(process.execPath, [cli, ...subset, '--quiet', '--format', 'json', '--output', path.join(tmp, 'out.json')], {stdio: 'ignore'})
      const oursCli = Number(process.hrtime.bigint() - t) / 1e6
      const enginePer = engine.ms / m
      const oursPer = oursCli / m
      report.engine = {files: m, engineMs: engine.ms, engineMsPerArticle: enginePer, wirelintCliMs: oursCli, wirelintMsPerArticle: oursPer, ratio: enginePer / oursPer}
      log(`\n4. unified-engine + retext-spell against the wirelint CLI (whole process, all rules, the same ${m} files)`)
      log(`   unified-engine: ${enginePer.toFixed(1)} ms/article   wirelint CLI: ${oursPer.toFixed(2)} ms/article   ratio ${(enginePer / oursPer).toFixed(1)}× faster`)
    }

    // 5. Memory: in section 2 (peak RSS per configuration).

    if (!values['skip-hostile']) {
      // 6. Hostile inputs.
      const hostile = await benchHostile()
      report.hostile = hostile
      log(`\n6. hostile inputs (one file each; ratio to size-proportional time of normal copy, target ≤ 50×)`)
      for (const h of hostile) log(`   ${h.name.padEnd(28)} ${String(h.bytes).padStart(9)} chars  ${h.ms.toFixed(0).padStart(6)} ms  ${h.perByteRatio.toFixed(1)}×`)

      // 7. Hostile Markdown.
      const hostileMd = await benchHostileMarkdown()
      report.hostileMarkdown = hostileMd
      log(`\n7. hostile Markdown (as .md; ratio to size-proportional time of ordinary Markdown copy)`)
      for (const h of hostileMd) log(`   ${h.name.padEnd(32)} ${String(h.bytes).padStart(9)} chars  ${h.ms.toFixed(0).padStart(6)} ms  ${h.perByteRatio.toFixed(1)}×${h.error ? '  (' + h.error.slice(0, 60) + '…)' : ''}`)
    }

    // 8. Reports.
    report.reports = await benchReports(log)
  } finally {
    fs.rmSync(tmp, {recursive: true, force: true})
  }
  if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error)?.stack ?? String(error)}\n`)
  process.exitCode = 1
})
