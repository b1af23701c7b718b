/**
 * The source-language word table is read by runs of lines sharing a first byte
 * (dist/foreign-words.ranges.json, written by the build beside the table):
 * the ranges must cover the file in whole lines, and a look-up through them
 * must find what is in the file.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {foreignFlags, restoredForms} from '../plugins/support/foreign-lexicon.js'

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')

describe('source-language table by first byte', () => {
  const table = fs.readFileSync(path.join(dist, 'foreign-words.txt'))
  const {size, ranges} = JSON.parse(fs.readFileSync(path.join(dist, 'foreign-words.ranges.json'), 'utf8')) as {
    size: number
    ranges: Record<string, [number, number]>
  }

  it('the ranges cover the whole file, in whole lines, each of one first byte', () => {
    expect(size).toBe(table.length)
    const sorted = Object.entries(ranges).sort((a, b) => a[1][0] - b[1][0])
    let at = 0
    for (const [first, [start, end]] of sorted) {
      expect(start).toBe(at)
      expect(start === 0 || table[start - 1] === 10).toBe(true)
      for (let line = start; line < end; ) {
        expect(table[line]).toBe(Number(first))
        const nl = table.indexOf(10, line)
        line = nl === -1 ? table.length : nl + 1
      }
      at = end
    }
    expect(at).toBe(table.length)
    expect(sorted.length).toBeGreaterThan(20)
  })

  it('a look-up finds every sampled entry of the file with its bits, and nothing that is not there', () => {
    const lines = table.toString('utf8').split('\n').filter(Boolean)
    expect(lines.length).toBeGreaterThan(100_000)
    for (let i = 0; i < lines.length; i += 97) {
      const [key, flag] = lines[i].split('\t')
      expect(foreignFlags(key), key).toBe(flag.charCodeAt(0) - 48)
    }
    expect(foreignFlags('zzqxv')).toBe(0)
    expect(foreignFlags('ñzzqxv')).toBe(0)
    // A lost accent put back: the form comes from the word's own first-byte run.
    expect(restoredForms('contaminacin').map((f) => f.form)).toContain('contaminación')
  })
})
