/**
 * `npm run bench [-- --corpus DIR] [--articles N] [--batch-runs N] [--engine-files N] [--runs N]`
 *
 * Prints, on a corpus it generates (our own sentences) or one given:
 *  1. cold check of one ~600-word article through the CLI (median of process
 *     runs) next to bare `node -e ''` measured in the same run, as a ratio;
 *  2. batch throughput (words/s, articles/s) with 1 worker and with all cores,
 *     and the speed-up;
 *  3. the ratio of the full check to a bare retext-english parse of the same texts;
 *  4. the ratio to the ecosystem's way — unified-engine with retext-spell;
 *  5. peak memory (RSS) of the batch;
 *  6. hostile inputs: time per input and its ratio to size-proportional time.
 * Nothing is asserted: figures only.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'

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
async function childBatch(files: string[], workers: number): Promise<void> {
  const {runBatch} = await import('../cli/batch.js')
  const {resolveConfig} = await import('../core/config.js')
  const config = resolveConfig({})
  const t = performance.now()
  let messages = 0
  await runBatch(
    files.map((f) => ({name: f, path: f, config})),
    {mode: 'check', workers, version: 'bench', onResult: (r) => (messages += r.file.messages.length)}
  )
  const ms = performance.now() - t
  process.stdout.write(JSON.stringify({ms, messages, maxRSS: process.resourceUsage().maxRSS}))
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

function runChild(mode: string, files: string[], extra: string[] = [], nodeFlags: string[] = []): Record<string, number> {
  const list = path.join(os.tmpdir(), `wirelint-bench-${process.pid}-${mode}.json`)
  fs.writeFileSync(list, JSON.stringify(files))
  const r = spawnSync(process.execPath, [...nodeFlags, fileURLToPath(import.meta.url), `--child=${mode}`, list, ...extra], {encoding: 'utf8', maxBuffer: 1 << 26})
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

async function main(): Promise<void> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      corpus: {type: 'string'},
      articles: {type: 'string', default: '10000'},
      'batch-runs': {type: 'string', default: '3'},
      'engine-files': {type: 'string', default: '100'},
      runs: {type: 'string', default: '15'},
      child: {type: 'string'},
      workers: {type: 'string'},
      'skip-engine': {type: 'boolean', default: false},
      'skip-confined': {type: 'boolean', default: false},
      'reports-only': {type: 'boolean', default: false},
      json: {type: 'boolean', default: false}
    }
  })
  if (values.child) {
    const files = JSON.parse(fs.readFileSync(positionals[0], 'utf8')) as string[]
    if (values.child === 'batch') return childBatch(files, Number(values.workers ?? '1'))
    if (values.child === 'engine') return childEngine(files)
    throw new Error(`unknown child ${values.child}`)
  }

  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  const runs = Math.max(10, Number(values.runs))
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-bench-'))
  const report: Record<string, unknown> = {node: process.version, cores}
  const log = (s: string): void => {
    if (!values.json) process.stdout.write(s + '\n')
  }
  if (values['reports-only']) {
    report.reports = await benchReports(log)
    if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
    return
  }
  try {
    let files: string[]
    if (values.corpus) {
      files = listTxt(values.corpus)
      log(`corpus: ${values.corpus} (${files.length} files)`)
    } else {
      const n = Number(values.articles)
      writeCorpus(path.join(tmp, 'corpus'), n)
      files = listTxt(path.join(tmp, 'corpus'))
      log(`corpus: ${n} generated articles of ~600 words`)
    }
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'))
    const totalWords = texts.reduce((n, t) => n + words(t), 0)

    // 1. Cold start.
    const article = path.join(tmp, 'one-article.txt')
    fs.writeFileSync(article, generateArticle(rng(1)))
    spawnSync(process.execPath, [cli, article], {stdio: 'ignore'}) // warm the file cache
    const bare = timeProcess(['-e', ''], runs)
    const cold = timeProcess([cli, article], runs)
    report.cold = {nodeMs: bare, wirelintMs: cold, ratio: cold / bare}
    log(`\n1. cold check of one ~600-word article (median of ${runs} runs)`)
    log(`   node -e '': ${bare.toFixed(1)} ms   wirelint: ${cold.toFixed(1)} ms   ratio ${(cold / bare).toFixed(2)}× (target ≤ 3.0×)`)
    // The same article as Markdown (the pre-commit case of a content repository): remark and the bridge load too.
    const markdown = path.join(tmp, 'one-article.md')
    fs.copyFileSync(article, markdown)
    const coldMd = timeProcess([cli, markdown], runs)
    ;(report.cold as Record<string, number>).markdownMs = coldMd
    log(`   the same article as Markdown: ${coldMd.toFixed(1)} ms, ratio ${(coldMd / bare).toFixed(2)}×`)

    // 2 & 5. Batch throughput and memory.  This VM's timings wander by ±30% from one run to
    // the next, so the two configurations run alternately, `--batch-runs` times each, and the
    // medians are compared.
    const batchRuns = Math.max(1, Number(values['batch-runs']))
    const ones: Array<Record<string, number>> = []
    const alls: Array<Record<string, number>> = []
    for (let r = 0; r < batchRuns; r++) {
      ones.push(runChild('batch', files, ['--workers=1']))
      alls.push(runChild('batch', files, [`--workers=${cores}`]))
    }
    const mid = (runs: Array<Record<string, number>>): Record<string, number> => {
      const sorted = [...runs].sort((a, b) => a.ms - b.ms)
      return {...sorted[(sorted.length - 1) >> 1], maxRSS: Math.max(...runs.map((r) => r.maxRSS))}
    }
    const one = mid(ones)
    const all = mid(alls)
    const perSec = (ms: number) => ({wordsPerSec: (totalWords * 1000) / ms, articlesPerSec: (files.length * 1000) / ms})
    report.batch = {files: files.length, words: totalWords, runs: batchRuns, oneWorker: {...one, ...perSec(one.ms), all: ones.map((r) => r.ms)}, allCores: {...all, ...perSec(all.ms), all: alls.map((r) => r.ms)}, speedup: one.ms / all.ms}
    const list = (runs: Array<Record<string, number>>) => runs.map((r) => (r.ms / 1000).toFixed(2)).join(', ')
    log(`\n2. batch of ${files.length} articles (${totalWords} words), median of ${batchRuns} alternating runs`)
    log(`   1 worker:  ${(one.ms / 1000).toFixed(2)} s  ${Math.round(perSec(one.ms).wordsPerSec)} words/s  ${perSec(one.ms).articlesPerSec.toFixed(1)} articles/s   (runs: ${list(ones)} s)`)
    log(`   ${cores} workers: ${(all.ms / 1000).toFixed(2)} s  ${Math.round(perSec(all.ms).wordsPerSec)} words/s  ${perSec(all.ms).articlesPerSec.toFixed(1)} articles/s   (runs: ${list(alls)} s)`)
    log(`   speed-up ${(one.ms / all.ms).toFixed(2)}× (target ≥ 1.6× on 2 cores)`)
    // Why the speed-up stops short of the core count: V8 runs garbage collection and JIT
    // compilation on helper threads, which a single worker gets to run on the idle cores.
    // With every thread confined to one core (node --single-threaded), the same batch shows
    // how the checking itself scales.  Figures only; wirelint never runs like this.
    if (cores > 1 && !values['skip-confined']) {
      const oneConfined = runChild('batch', files, ['--workers=1'], ['--single-threaded'])
      const allConfined = runChild('batch', files, [`--workers=${cores}`], ['--single-threaded'])
      report.confined = {oneWorkerMs: oneConfined.ms, allCoresMs: allConfined.ms, speedup: oneConfined.ms / allConfined.ms}
      log(`   with V8's helper threads confined (node --single-threaded, one run each): 1 worker ${(oneConfined.ms / 1000).toFixed(2)} s, ${cores} workers ${(allConfined.ms / 1000).toFixed(2)} s, speed-up ${(oneConfined.ms / allConfined.ms).toFixed(2)}×`)
    }

    // 3. Against a bare retext-english parse, in this process, one thread.
    const {unified} = await import('unified')
    const retextEnglish = (await import('retext-english')).default
    const {createChecker} = await import('../core/checker.js')
    const parser = unified().use(retextEnglish).freeze()
    const checker = createChecker()
    for (const t of texts.slice(0, 20)) {
      parser.parse(t)
      await checker.check(t)
    }
    let t0 = performance.now()
    for (const t of texts) parser.parse(t)
    const parseMs = performance.now() - t0
    t0 = performance.now()
    for (const t of texts) await checker.check(t)
    const checkMs = performance.now() - t0
    report.parse = {parseMs, checkMs, ratio: checkMs / parseMs, batchVsParse: ((totalWords * 1000) / all.ms) / ((totalWords * 1000) / parseMs)}
    log(`\n3. full check vs bare retext-english parse (same texts, one thread)`)
    log(`   parse: ${(parseMs / 1000).toFixed(2)} s   full check: ${(checkMs / 1000).toFixed(2)} s   ratio ${(checkMs / parseMs).toFixed(2)}×`)
    log(`   all-cores batch throughput = ${(100 * (parseMs / all.ms)).toFixed(0)}% of bare-parse throughput (target ≥ 50%)`)

    // 4. Against unified-engine + retext-spell.  The engine attaches retext-spell (and builds its
    // dictionary) for every file and keeps them all: on 1,000 articles it runs out of a 4 GB heap
    // after ~110 s.  So it runs on a subset, and the comparison is per article: its rate on the
    // subset against the wirelint CLI's on the whole corpus.
    if (!values['skip-engine']) {
      const m = Math.min(files.length, Number(values['engine-files']))
      const engine = runChild('engine', files.slice(0, m))
      const dir = path.dirname(files[0])
      const t = process.hrtime.bigint()
      spawnSync(process.execPath, [cli, ...(values.corpus ? [values.corpus] : [dir]), '--quiet', '--format', 'json', '--output', path.join(tmp, 'out.json')], {stdio: 'ignore'})
      const oursCli = Number(process.hrtime.bigint() - t) / 1e6
      const enginePer = engine.ms / m
      const oursPer = oursCli / files.length
      report.engine = {engineFiles: m, engineMs: engine.ms, engineMsPerArticle: enginePer, wirelintFiles: files.length, wirelintCliMs: oursCli, wirelintMsPerArticle: oursPer, ratio: enginePer / oursPer}
      log(`\n4. unified-engine + retext-spell vs the wirelint CLI (whole process, all rules)`)
      log(`   unified-engine: ${(engine.ms / 1000).toFixed(2)} s for ${m} articles = ${enginePer.toFixed(1)} ms/article (on 1,000 it runs out of a 4 GB heap)`)
      log(`   wirelint CLI:   ${(oursCli / 1000).toFixed(2)} s for ${files.length} articles = ${oursPer.toFixed(2)} ms/article   ratio ${(enginePer / oursPer).toFixed(1)}× faster (target ≥ 20×)`)
    }

    // 5. Memory.
    log(`\n5. peak RSS of the batch: 1 worker ${(one.maxRSS / 1024).toFixed(0)} MB, ${cores} workers ${(all.maxRSS / 1024).toFixed(0)} MB (target < 400 MB for 10,000 articles)`)

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
