/**
 * The speed harnesses run and report what they claim (figures are not
 * asserted: speed lives in `npm run bench`, not in tests).  A small corpus of
 * our own generated sentences stands in for ../shared/corpus.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {generateArticle, rng} from '../pipeline/dev/corpus.js'
import {RULES} from '../pipeline/core/rules.js'
import {batchV8Flags} from '../pipeline/cli/launcher.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
let dir: string

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-bench-test-'))
  const random = rng(3)
  fs.mkdirSync(path.join(dir, 'news'))
  for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, 'news', `a${i}.txt`), generateArticle(random, 200))
  fs.mkdirSync(path.join(dir, 'mt'))
  const lines = [0, 1, 2].map((i) => JSON.stringify({id: `x-${i}`, text: generateArticle(random, 80).replace('said', 'said ,')}))
  fs.writeFileSync(path.join(dir, 'mt', 'x.jsonl'), lines.join('\n') + '\n')
})

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('npm run bench', () => {
  it('--cold-only stops after the cold start; --instructions counts instructions with valgrind, or says it is missing', () => {
    const hasValgrind = spawnSync('valgrind', ['--version']).status === 0
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'dist/pipeline/dev/bench.js'), '--corpus', path.join(dir, 'news'), '--mt-dev', path.join(dir, 'mt'), '--runs', '10', '--cold-only', '--instructions', '--json'],
      // Without valgrind on the PATH the count is skipped (and says so); with it, the four counts take a minute.
      {encoding: 'utf8', timeout: 600_000, env: hasValgrind ? process.env : {...process.env, PATH: path.dirname(process.execPath)}}
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout) as {cold: {ratio: number; daemon?: {ratio: number}; instructions: Record<string, number | undefined>}; batches?: unknown; parse?: unknown}
    expect(report.cold.ratio).toBeGreaterThan(0)
    // The same article through `wirelint daemon start` (Unix only).
    if (process.platform !== 'win32') expect(report.cold.daemon?.ratio).toBeGreaterThan(0)
    expect(report.batches).toBeUndefined()
    expect(report.parse).toBeUndefined()
    if (hasValgrind) {
      expect(report.cold.instructions.node).toBeGreaterThan(10)
      expect(report.cold.instructions.wirelint).toBeGreaterThan(report.cold.instructions.node ?? Infinity)
    } else expect(report.cold.instructions.wirelint).toBeUndefined()
  }, 600_000)

  it('reads the corpus folders it is given, compares in-process with the pool by run size, and costs each rule', () => {
    const r = spawnSync(
      process.execPath,
      [
        path.join(root, 'dist/pipeline/dev/bench.js'),
        '--corpus', path.join(dir, 'news'),
        '--mt-dev', path.join(dir, 'mt'),
        '--sizes', '4,17',
        '--batch-runs', '1',
        '--runs', '10',
        '--rule-articles', '3',
        '--skip-engine',
        '--skip-hostile',
        '--json'
      ],
      {encoding: 'utf8', timeout: 240_000}
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout) as {
      corpus: {files: number; mtDev: number}
      cold: {ratio: number}
      batches: Array<Record<string, unknown> & {files: number; repeated: boolean}>
      parse: {ratio: number; texts: number}
      parseMtDev: {ratio: number; texts: number}
      rules: Array<{rule: string; ms: number}>
    }
    expect(report.corpus).toMatchObject({files: 6, mtDev: 3})
    expect(report.cold.ratio).toBeGreaterThan(0)
    // 17 files from a corpus of 6: the corpus repeated, and said so.
    expect(report.batches.map((b) => [b.files, b.repeated])).toEqual([[4, false], [17, true]])
    // Past 16 files a batch runs under the CLI's V8 flags (on the V8 versions the launcher knows).
    const known = batchV8Flags(process.versions.v8).length > 0
    expect(report.batches.map((b) => (b['in-process'] as {batchFlags: boolean}).batchFlags)).toEqual([false, known])
    for (const b of report.batches) {
      expect(Object.keys(b)).toEqual(expect.arrayContaining(['in-process', 'default']))
      // Small runs: the default stays in-process.
      expect((b.default as {workers: number}).workers).toBe(0)
    }
    expect(report.parse.texts).toBe(6)
    expect(report.parseMtDev.texts).toBe(3)
    expect(report.rules.map((x) => x.rule).sort()).toEqual(RULES.map((x) => x.meta.id).sort())
  }, 300_000)
})

describe('npm run loadtest', () => {
  it('has a paced phase: requests sent on schedule at the given rate, every one answered', () => {
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'dist/pipeline/dev/loadtest.js'), '--generated', '--rate', '10', '--rate-seconds', '2', '--clients', '1', '--seconds', '1', '--no-overload', '--json'],
      {encoding: 'utf8', timeout: 120_000}
    )
    expect(r.status).toBe(0)
    const results = JSON.parse(r.stdout.trim().split('\n').find((l) => l.startsWith('['))!) as Array<{name: string; rate: number; sent: number; requests: number; passed: boolean; latencyMs: {p99: number}}>
    expect(results.map((x) => x.name)).toEqual(['paced', 'sustained'])
    const paced = results[0]
    expect(paced.rate).toBe(10)
    // 2 s at 10 a second after a 1.5 s warm-up: 20 measured requests, all answered.
    expect(paced.requests).toBe(20)
    expect(paced.passed).toBe(true)
    expect(paced.latencyMs.p99).toBeGreaterThan(0)
  }, 150_000)
})
