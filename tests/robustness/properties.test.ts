/**
 * Property-based tests (fast-check) over random and mutated wire text:
 * the checker never throws; every position is inside the file and start ≤ end;
 * fixes stay within their findings' lines and converge; checking is
 * deterministic across runs and across worker counts.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
// The compiled batch runner: worker threads load compiled JavaScript (npm test builds first).
// @ts-ignore -- dist has no types for the tests' tsconfig
import {runBatch as runBatchBuilt} from '../../dist/pipeline/cli/batch.js'
// @ts-ignore
import {toJson as toJsonBuilt} from '../../dist/pipeline/core/report.js'
import {createChecker} from '../../pipeline/core/checker.js'
import {resolveConfig} from '../../pipeline/core/config.js'
import {applyFixes, fixText} from '../../pipeline/core/fix.js'
import {toJson} from '../../pipeline/core/report.js'
import type {WirelintMessage} from '../../plugins/support/rule.js'

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples')
const stories = fs.readdirSync(samples).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(samples, f), 'utf8'))
const checker = createChecker()
const check = (text: string, name = 'story.txt') => checker.check(new VFile({value: text, path: name}), {path: name})

// Pieces of wire copy and of its artifacts.
const piece = fc.constantFrom(
  'The', 'rebels', 'took', 'Aleppo', 'Aleppothe', 'deadmostly', 'ticketsand', 'OSDH', 'ONU', 'U.S.', 'p.m.', 'said',
  'this Sunday', 'the the', '1,500', '2,5%', '1.500 people', '5 %', '6-1, 4-6', '3.5', '#MeToo', '#Syria #Aleppo',
  'â€™', 'Ã©', '\uFFFD', 'on?Monday', '&nbsp;', '&amp;', '<p>', '</p>', '[caption]', 'según', 'della', 'Also read:',
  'Tweet', 'land.', '“', '”', '«', '»', '„', '"', "'", '’', ' . ', ' , ', '?.', ',,', '...', '…', '!', '?', ':', ';',
  '(', ')', '-', '—', '\t', '\u00a0', '\u200b', 'e\u0301', '🗳️', '𝐓', '\n', '\r\n', '\r', '\n\n', ' ', ' ', ' ',
  'https://example.com/a.b', 'info@example.com', '@reuters', 'Mr.', 'McDonald', 'iPhone'
)
const wireText = fc.array(piece, {maxLength: 80}).map((parts) => parts.join(' '))
const mutated = fc
  .tuple(fc.constantFrom(...stories), fc.array(fc.tuple(fc.nat(), fc.nat({max: 3}), fc.string({maxLength: 4, unit: 'binary'})), {maxLength: 12}))
  .map(([story, edits]) => {
    let s = story
    for (const [at, remove, insert] of edits) {
      const i = s.length === 0 ? 0 : at % s.length
      s = s.slice(0, i) + insert + s.slice(i + remove)
    }
    return s
  })
const anyText = fc.oneof(wireText, mutated, fc.string({maxLength: 200, unit: 'grapheme'}), fc.string({maxLength: 100, unit: 'binary'}))

function assertPlaces(text: string, messages: VFile['messages']): void {
  for (const m of messages) {
    const p = m.place as {start?: {offset?: number; line: number; column: number}; end?: {offset?: number}} | undefined
    if (!p?.start) continue // file-level messages
    const s = p.start.offset!
    const e = p.end!.offset!
    expect(s).toBeGreaterThanOrEqual(0)
    expect(e).toBeGreaterThanOrEqual(s)
    expect(e).toBeLessThanOrEqual(text.length)
    expect(p.start.line).toBeGreaterThanOrEqual(1)
    expect(p.start.column).toBeGreaterThanOrEqual(1)
    expect(m.actual).toBe(text.slice(s, e))
  }
}

/** Start and end offsets of the lines a span touches (with their line endings). */
function lineBounds(text: string, start: number, end: number): [number, number] {
  let s = start
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--
  let e = end
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++
  while (e < text.length && (text[e] === '\n' || text[e] === '\r')) e++
  // A last line deletes the line ending before it.
  while (s > 0 && (text[s - 1] === '\n' || text[s - 1] === '\r')) s--
  return [s, e]
}

describe('properties', () => {
  it('never throws; positions are inside the text, start ≤ end, and `actual` is the flagged text', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom('a.txt', 'a.md', 'a.html'), async (text, name) => {
        const file = await check(text, name)
        if (name === 'a.txt') assertPlaces(text, file.messages)
        else {
          for (const m of file.messages) {
            const p = m.place as {start?: {offset?: number}; end?: {offset?: number}} | undefined
            if (p?.start?.offset !== undefined) {
              expect(p.start.offset).toBeGreaterThanOrEqual(0)
              expect(p.end!.offset!).toBeLessThanOrEqual(text.length)
              expect(p.end!.offset!).toBeGreaterThanOrEqual(p.start.offset)
            }
          }
        }
      }),
      {numRuns: 150}
    )
  }, 300_000)

  it('each fix stays on the lines of its finding, and applying all fixes changes nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(wireText, mutated), async (text) => {
        const file = await check(text)
        const messages = file.messages as WirelintMessage[]
        for (const m of messages) {
          if (!m.fix) continue
          const p = m.place as {start: {offset: number}; end: {offset: number}}
          const [ls, le] = lineBounds(text, p.start.offset, p.end.offset)
          expect(m.fix.start).toBeGreaterThanOrEqual(ls)
          expect(m.fix.end).toBeLessThanOrEqual(le)
        }
        const {text: out, applied} = applyFixes(text, messages)
        // Rebuild from the untouched gaps: everything outside the fixed spans is byte-identical.
        let rebuilt = ''
        let at = 0
        for (const m of applied) {
          rebuilt += text.slice(at, m.fix!.start) + m.fix!.text
          at = m.fix!.end
        }
        expect(out).toBe(rebuilt + text.slice(at))
      }),
      {numRuns: 100}
    )
  }, 300_000)

  it('fixing converges: the fixed text has no safe fix left and a second --fix changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(wireText, mutated), async (text) => {
        const once = await fixText(text, check)
        if (once.passes < 10) {
          expect((once.file.messages as WirelintMessage[]).filter((m) => m.fix && applyFixes(once.text, [m]).text !== once.text)).toEqual([])
        }
        const twice = await fixText(once.text, check)
        expect(twice.text).toBe(once.text)
      }),
      {numRuns: 60}
    )
  }, 300_000)

  it('is deterministic across runs', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const a = toJson([await check(text)])
        const b = toJson([await createChecker().check(new VFile({value: text, path: 'story.txt'}))])
        expect(b).toEqual(a)
      }),
      {numRuns: 40}
    )
  }, 300_000)

  it('is deterministic across worker counts', async () => {
    const texts = fc.sample(fc.oneof(wireText, mutated), {numRuns: 30, seed: 11})
    const config = resolveConfig({})
    const collect = async (workers: number) => {
      const out: unknown[] = []
      await runBatchBuilt(
        texts.map((t: string, i: number) => ({name: `f${i}.txt`, text: t, config})),
        {mode: 'check', workers, version: 'test', onResult: (r: {file: VFile}) => out.push(toJsonBuilt([r.file]))}
      )
      return out
    }
    const inProcess = await collect(0)
    const pooled = await collect(2)
    expect(pooled).toEqual(inProcess)
  }, 300_000)
})
