/**
 * The bundled samples: every expected finding is reported at its place under
 * its rule, nothing in must_not_flag gets an error or warning, and the clean
 * stories are silent (no error, no warning).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createChecker} from '../pipeline/core/checker.js'

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../samples')
const checker = createChecker()

interface Labels {
  expected: Array<{rule: string; line: number; column: number; text: string; fix?: string}>
  must_not_flag: Array<{line?: number; text: string}>
}

const stories = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))
const labelled = stories.filter((f) => fs.existsSync(path.join(dir, f.replace(/\.txt$/, '.expected.json'))))
const clean = stories.filter((f) => f.startsWith('clean-'))

/** Code-point columns of a message on one line: [start, end). */
function span(lines: string[], m: {place?: any; line?: number | null; column?: number | null}): [number, number, number] {
  const s = m.place?.start ?? {line: m.line, column: m.column}
  const e = m.place?.end ?? s
  const line = lines[s.line - 1] ?? ''
  const cp = (col: number) => [...line.slice(0, col - 1)].length + 1
  const end = e.line === s.line ? cp(e.column) : [...line].length + 1
  return [s.line, cp(s.column), Math.max(end, cp(s.column) + 1)]
}

describe('samples', () => {
  it('has at least six labelled stories and two clean ones', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(6)
    expect(clean.length).toBeGreaterThanOrEqual(2)
  })

  describe.each(labelled)('%s', (name) => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8')
    const labels = JSON.parse(fs.readFileSync(path.join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as Labels
    const lines = text.split('\n')

    it.each(labels.expected.map((e) => [`${e.rule} ${e.line}:${e.column} ${e.text}`, e] as const))('finds %s', async (_title, e) => {
      const file = await checker.check(text, {path: name})
      const hit = file.messages.find((m) => {
        if (m.ruleId !== e.rule) return false
        const [line, s, end] = span(lines, m)
        return line === e.line && s < e.column + [...e.text].length && e.column < end
      })
      expect(hit, `${e.rule} at ${e.line}:${e.column}`).toBeDefined()
    })

    it('flags nothing listed under must_not_flag', async () => {
      const file = await checker.check(text, {path: name})
      for (const item of labels.must_not_flag) {
        lines.forEach((lineText, i) => {
          if (item.line !== undefined && item.line !== i + 1) return
          let at = lineText.indexOf(item.text)
          while (at !== -1) {
            const s = [...lineText.slice(0, at)].length + 1
            const e = s + [...item.text].length
            const bad = file.messages.filter((m) => {
              if (m.fatal !== true && m.fatal !== false) return false
              const [line, ms, me] = span(lines, m)
              return line === i + 1 && ms < e && s < me
            })
            expect(bad.map((m) => `${m.ruleId}: ${m.reason}`), `"${item.text}" on line ${i + 1}`).toEqual([])
            at = lineText.indexOf(item.text, at + 1)
          }
        })
      }
    })
  })

  it.each(clean)('%s gives no error or warning', async (name) => {
    const file = await checker.check(fs.readFileSync(path.join(dir, name), 'utf8'), {path: name})
    expect(file.messages.filter((m) => m.fatal === true || m.fatal === false).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([])
  })
})
