/**
 * The English lexicon is read by blocks of about 2 KB (dist/lexicon.blocks,
 * written by the build beside dist/lexicon.txt) until a process has needed a
 * half of them: the index must cut the file at line starts and cover it,
 * and a look-up or prefix walk through the blocks must answer exactly what a
 * search of the whole file answers.  Each slice of blocks is checked in a
 * process of its own (the module reads blocks once per process).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const table = fs.readFileSync(path.join(dist, 'lexicon.txt'))
const indexLines = fs.readFileSync(path.join(dist, 'lexicon.blocks'), 'utf8').split('\n').filter(Boolean)
const starts = indexLines.slice(1).map((l) => Number(l.split('\t')[0]))

/** In a fresh process: probe every key of blocks [from, to) plus near misses, and walk prefixes, through lexicon.js. */
const CHILD = `
const fs = require('node:fs')
const [distDir, from, to] = process.argv.slice(1)
import(distDir + '/plugins/support/lexicon.js').then((lex) => {
  const whole = fs.readFileSync(distDir + '/lexicon.txt')
  const starts = fs.readFileSync(distDir + '/lexicon.blocks', 'utf8').split('\\n').filter(Boolean).slice(1).map((l) => Number(l.split('\\t')[0]))
  starts.push(whole.length)
  const bad = []
  let probes = 0
  let prefixes = 0
  let crossing = 0
  // Every line of the file, and where each block's lines begin (the file is sorted: a prefix's lines are one run).
  const all = whole.toString('utf8').split('\\n')
  const firstLine = []
  for (let i = 0, line = 0, at = 0; i < starts.length; i++) {
    while (at < starts[i]) at += Buffer.byteLength(all[line++], 'utf8') + 1
    firstLine.push(line)
  }
  const reference = (prefix, near) => {
    let a = near
    while (a > 0 && all[a - 1].startsWith(prefix)) a--
    const out = []
    for (let b = a; b < all.length && all[b].startsWith(prefix); b++) out.push(all[b])
    return out
  }
  for (let i = Number(from); i < Number(to); i++) {
    const lines = whole.toString('utf8', starts[i], starts[i + 1]).split('\\n').filter(Boolean)
    for (const line of lines) {
      const [key, flag] = line.split('\\t')
      for (const [probe, want] of [[key, flag.charCodeAt(0) - 48], [key + '\\u0001', -1], [key.slice(0, -1), -1]]) {
        const expected = want >= 0 ? want : (() => { const at = lex.findEntry(whole, probe); return at === -1 ? 0 : whole[at] - 48 })()
        probes++
        if (lex.probe(probe) !== expected) bad.push(probe)
      }
    }
    // The first four letters of the block's last key: their entries often run on into the next block.
    const last = firstLine[i + 1] - 1
    const prefix = all[last].split('\\t')[0].slice(0, 4)
    if (/^[a-z]{4}$/.test(prefix) && i % 3 === 0) {
      const seen = []
      lex.scanPrefix(prefix, (t, s, e, f) => { seen.push(t.toString('utf8', s, e) + '\\t' + String.fromCharCode(48 + f)) })
      prefixes++
      if (JSON.stringify(seen) !== JSON.stringify(reference(prefix, last))) bad.push('prefix ' + prefix)
      if (seen.length > 0 && all[firstLine[i + 1]].startsWith(prefix)) crossing++
    }
  }
  process.stdout.write(JSON.stringify({bad: bad.slice(0, 10), probes, prefixes, crossing, reading: lex.lexiconReading()}))
})
`

interface ChildResult {
  bad: string[]
  probes: number
  prefixes: number
  crossing: number
  reading: unknown
}

function inChild(from: number, to: number): ChildResult {
  const r = spawnSync(process.execPath, ['-e', CHILD, dist, String(from), String(to)], {encoding: 'utf8', maxBuffer: 1 << 24})
  expect(r.stderr).toBe('')
  return JSON.parse(r.stdout) as ChildResult
}

describe('English lexicon by blocks', () => {
  it('the index cuts the file at line starts into blocks of about 2 KB and covers it', () => {
    expect(indexLines[0]).toBe(`wirelint-lexicon-blocks 1 ${table.length}`)
    expect(starts[0]).toBe(0)
    expect(starts.length).toBeGreaterThan(1000)
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i]
      const end = i + 1 < starts.length ? starts[i + 1] : table.length
      expect(start === 0 || table[start - 1] === 10).toBe(true)
      expect(end - start).toBeGreaterThanOrEqual(i + 1 < starts.length ? 2048 : 1)
      expect(end - start).toBeLessThan(2048 + 200)
      // Each line of the index names its block's first key.
      expect(indexLines[i + 1].split('\t')[1]).toBe(table.toString('utf8', start, table.indexOf(9, start)))
    }
  })

  it('look-ups and prefix walks through the blocks answer what a search of the whole file answers (every block)', () => {
    // A quarter of the blocks a process (with their neighbours, which near misses and prefix walks
    // reach): under the half that makes a process read the whole table.
    const slice = Math.floor(starts.length / 4)
    let probes = 0
    let prefixes = 0
    let crossing = 0
    for (let from = 0; from < starts.length; from += slice) {
      const r = inChild(from, Math.min(starts.length, from + slice))
      expect(r.bad).toEqual([])
      // Still reading by blocks at the end: the answers came from them.
      expect(r.reading).toMatchObject({of: starts.length})
      probes += r.probes
      prefixes += r.prefixes
      crossing += r.crossing
    }
    expect(probes).toBeGreaterThan(3 * 300_000)
    expect(prefixes).toBeGreaterThan(300)
    // Walks that ran on from one block into the next.
    expect(crossing).toBeGreaterThan(100)
  }, 120_000)

  it('past half of the blocks a process reads the whole table once, and answers stay the same', () => {
    const r = inChild(0, Math.floor((starts.length * 3) / 4))
    expect(r.bad).toEqual([])
    expect(r.reading).toBe('whole')
  }, 60_000)
})

describe('built files read whole (plugins/support/built-files.ts)', () => {
  it('readBuiltFile gives the file\'s bytes, in a buffer of its own outside the CLI (no launcher to lend memory)', async () => {
    const {readBuiltFile, bufferFor} = (await import(path.join(dist, 'plugins/support/built-files.js'))) as typeof import('../plugins/support/built-files.js')
    const file = path.join(dist, 'lexicon.blocks')
    const read = readBuiltFile(file)
    expect(read.equals(fs.readFileSync(file))).toBe(true)
    const a = bufferFor(4096)
    const b = bufferFor(4096)
    expect(a.length).toBe(4096)
    a.fill(1)
    b.fill(2)
    expect(a[0]).toBe(1)
  })
})

