/**
 * The batch runner through the CLI: many files with worker threads, results
 * in input order and identical to an in-process run; --cache re-checks only
 * what changed.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {generateArticle, rng} from '../pipeline/dev/corpus.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// The compiled batch runner (from the sources there is no compiled worker, so no pool).
const batchModule = path.join(root, 'dist/pipeline/cli/batch.js')
const configModule = path.join(root, 'dist/pipeline/core/config.js')
const cli = path.join(root, 'dist/bin/cli.cjs')
let dir: string

const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8'})

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-batch-'))
  const random = rng(9)
  fs.mkdirSync(path.join(dir, 'stories'))
  for (let i = 0; i < 40; i++) {
    let text = generateArticle(random, 150)
    if (i % 3 === 0) text = text.replace('said', 'said .')
    fs.writeFileSync(path.join(dir, 'stories', `s${String(i).padStart(2, '0')}.txt`), text)
  }
  fs.writeFileSync(path.join(dir, 'stories', 's99.txt'), Buffer.from([0x41, 0x00, 0x42]))
})

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('batch', () => {
  it('gives the same report, in input order, with 0, 1 and 2 worker threads', () => {
    const outs = [0, 1, 2].map((w) => run(['stories', '--format', 'json', '--workers', String(w)]))
    for (const o of outs) expect(o.status).toBe(2) // the binary file is a read failure
    const reports = outs.map((o) => JSON.parse(o.stdout) as Array<{path: string}>)
    expect(reports[0].map((f) => f.path)).toEqual([...reports[0].map((f) => f.path)].sort())
    expect(reports[0]).toHaveLength(41)
    expect(reports[1]).toEqual(reports[0])
    expect(reports[2]).toEqual(reports[0])
  })

  it('--cache reuses the findings of unchanged files and re-checks changed ones', () => {
    const cacheFile = path.join(dir, 'cache.json')
    const first = run(['stories', '--format', 'json', '--cache', '--cache-location', cacheFile])
    expect(fs.existsSync(cacheFile)).toBe(true)
    const second = run(['stories', '--format', 'json', '--cache', '--cache-location', cacheFile])
    expect(second.stdout).toBe(first.stdout)
    // Change one file: its findings change, the others come from the cache.
    fs.writeFileSync(path.join(dir, 'stories', 's01.txt'), 'Headline\nThe vote . Then ,, more.\n')
    const third = JSON.parse(run(['stories', '--format', 'json', '--cache', '--cache-location', cacheFile]).stdout) as Array<{path: string; messages: unknown[]}>
    expect(third.find((f) => f.path.endsWith('s01.txt'))!.messages).toHaveLength(2)
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {version: number; entries: Record<string, unknown>}
    expect(cache.version).toBe(1)
    expect(Object.keys(cache.entries)).toHaveLength(40)
  })

  it('a corrupt cache of ours is ignored and replaced; a file that is not a wirelint cache is not overwritten', () => {
    const cacheFile = path.join(dir, 'bad-cache.json')
    fs.writeFileSync(cacheFile, '{"version":1,"entries":{"x":')
    expect(run(['stories/s00.txt', '--cache', '--cache-location', cacheFile]).status).toBe(1)
    expect(JSON.parse(fs.readFileSync(cacheFile, 'utf8'))).toMatchObject({version: 1})
    const other = path.join(dir, 'not-a-cache.json')
    fs.writeFileSync(other, '{not json')
    const r = run(['stories/s00.txt', '--cache', '--cache-location', other])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('is not overwritten: it is not a wirelint cache')
    expect(fs.readFileSync(other, 'utf8')).toBe('{not json')
  })
})

describe('batch pool', () => {
  it('stays in-process for small runs, on one core and with no idle core, else one worker per idle core, one per core but one at most', async () => {
    const {defaultWorkers, MIN_FILES_FOR_POOL} = (await import(batchModule)) as typeof import('../pipeline/cli/batch.js')
    expect(defaultWorkers(MIN_FILES_FOR_POOL - 1, 2, 0)).toBe(0)
    expect(defaultWorkers(10_000, 1, 0)).toBe(0)
    expect(defaultWorkers(MIN_FILES_FOR_POOL, 2, 0.2)).toBe(1)
    expect(defaultWorkers(10_000, 2, 1.5)).toBe(0)
    expect(defaultWorkers(10_000, 2, 12)).toBe(0)
    expect(defaultWorkers(10_000, 8, 0)).toBe(7)
    expect(defaultWorkers(10_000, 8, 5.5)).toBe(2)
  })

  it('the main thread checks too, and every file is reported once, in order, as in-process', async () => {
    const {runBatch} = (await import(batchModule)) as typeof import('../pipeline/cli/batch.js')
    const {resolveConfig} = (await import(configModule)) as typeof import('../pipeline/core/config.js')
    const config = resolveConfig({})
    const random = rng(21)
    const items = Array.from({length: 64}, (_, i) => {
      let text = generateArticle(random, 120)
      if (i % 4 === 0) text = text.replace('said', 'said ,')
      return {name: `s${i}.txt`, text, config}
    })
    items.push({name: 'unreadable.txt', error: 'could not read', config} as never)
    const collect = async (workers: number) => {
      const seen: Array<{index: number; messages: string[]}> = []
      const summary = await runBatch(items, {
        mode: 'check',
        workers,
        version: 'test',
        onResult: (r) => seen.push({index: r.index, messages: r.file.messages.map((m) => `${m.ruleId} ${m.place && 'start' in m.place ? m.place.start.offset : ''}`)})
      })
      return {seen, summary}
    }
    const alone = await collect(0)
    const pooled = await collect(1)
    expect(alone.summary).toEqual({workers: 0, mainThread: 64, onWorkers: 0})
    expect(pooled.seen.map((r) => r.index)).toEqual(items.map((_, i) => i))
    expect(pooled.seen).toEqual(alone.seen)
    expect(alone.seen.some((r) => r.messages.length > 0)).toBe(true)
    expect(pooled.summary.workers).toBe(1)
    // The main thread checked while the worker started; together they checked every readable file once.
    expect(pooled.summary.mainThread).toBeGreaterThan(0)
    expect(pooled.summary.mainThread + pooled.summary.onWorkers).toBe(64)
  })
})
