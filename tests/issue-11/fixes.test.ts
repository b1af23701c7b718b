/**
 * Issue 11 ("Never lose a byte"), the plain-text fix items: a furniture-line
 * fix stops at every line separator (#4), a "?" that may stand for a lost
 * quote mark is never "fixed" unattended (#5), and no fix reaches beyond its
 * finding over prose.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createChecker} from '../../pipeline/core/checker.js'
import {applyPatch} from 'diff'
import {fixDiff, fixIsSound, fixText} from '../../pipeline/core/fix.js'
import type {WirelintMessage} from '../../plugins/support/rule.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cli = path.join(root, 'dist/bin/cli.cjs')
const checker = createChecker()

function fixWithCli(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-11-'))
  const file = path.join(dir, name)
  fs.writeFileSync(file, text)
  spawnSync(process.execPath, [cli, '--fix', file], {encoding: 'utf8'})
  const out = fs.readFileSync(file, 'utf8')
  fs.rmSync(dir, {recursive: true, force: true})
  return out
}

describe('issue 11: fixes that keep every byte of copy', () => {
  const copy = 'The mayor said the vote would go ahead on Tuesday.'
  it.each([
    ['U+2028 LINE SEPARATOR', '\u2028'],
    ['U+2029 PARAGRAPH SEPARATOR', '\u2029'],
    ["VT (Word's manual line break)", '\v'],
    ['FF', '\f'],
    ['NEL', '\u0085']
  ])('#4 a furniture-line fix stops at %s and keeps the next sentence', async (_name, sep) => {
    const text = `The council met on Monday.\nAlso read: Budget talks collapse in the capital${sep}${copy}\n`
    const file = await checker.check(text, {path: 'story.txt'})
    const furniture = (file.messages as WirelintMessage[]).find((m) => m.ruleId === 'stray-fragment')
    expect(furniture?.actual).toBe('Also read: Budget talks collapse in the capital')
    const fixed = fixWithCli('story.txt', text)
    expect(fixed).toContain(copy)
    expect(fixed).not.toContain('Also read')
  })

  it('#4 a separator ends a line of copy without changing line numbers', async () => {
    const text = 'Floods hit the north.\u2028The rain began on Sunday , officials said.\n'
    const file = await checker.check(text, {path: 'story.txt'})
    const spacing = file.messages.find((m) => m.ruleId === 'punctuation-spacing')
    expect(spacing?.line).toBe(1)
    expect(spacing?.column).toBe(text.indexOf(' ,') + 1)
  })

  it('#5 a "?" after a full stop is diagnosed as a lost character and never fixed unattended', async () => {
    const text = '“We must stay humble.? the minister told the party.\n'
    const file = await checker.check(text, {path: 'story.txt'})
    const m = (file.messages as WirelintMessage[]).find((x) => x.actual === '.?')
    expect(m?.reason).toMatch(/lost/)
    expect(m?.expected).toEqual(['.”', '.'])
    expect(m?.fix).toBeUndefined()
    expect(fixWithCli('story.txt', text)).toContain('humble.?')
  })

  it('a fix reaching beyond its finding over prose is dropped; over white space and one line ending it is kept', () => {
    const text = 'Also read: Rebels seize the airport\nThe army withdrew.\n'
    const msg = (start: number, end: number, fix: {start: number; end: number}): WirelintMessage =>
      ({
        place: {start: {offset: start}, end: {offset: end}},
        actual: text.slice(start, end),
        fix: {...fix, text: ''}
      }) as unknown as WirelintMessage
    const line = text.indexOf('\n')
    expect(fixIsSound(text, msg(0, line, {start: 0, end: line + 1}))).toBe(true)
    expect(fixIsSound(text, msg(0, line, {start: 0, end: line + 5}))).toBe(false)
    // The text at the finding changed since the check: its fix is stale.
    expect(fixIsSound(text.replace('Also', 'Alto'), msg(0, line, {start: 0, end: line + 1}))).toBe(false)
  })

  it('fixText never applies a fix whose text changed under it', async () => {
    const out = await fixText('The vote . Then they left.\n', (t) => checker.check(t, {path: 'a.txt'}))
    expect(out.text).toBe('The vote. Then they left.\n')
  })

  it('#12 --fix-dry-run of a file dense with fixes prints a diff that patches to the fixed text (40,000 fixed lines; jsdiff took over 10 minutes)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-11-'))
    const file = path.join(dir, 'dense.txt')
    // Distinct lines: identical ones would be deleted as repeated debris.
    const line = (i: number, stop: string): string => `The vote in ward ${i + 1}${stop} Then they left.\n`
    const text = Array.from({length: 40_000}, (_, i) => line(i, ' .')).join('')
    fs.writeFileSync(file, text)
    const r = spawnSync(process.execPath, [cli, '--fix-dry-run', file], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    expect(applyPatch(text, r.stdout)).toBe(Array.from({length: 40_000}, (_, i) => line(i, '.')).join(''))
    expect(fs.readFileSync(file, 'utf8')).toBe(text)
    fs.rmSync(dir, {recursive: true, force: true})
  })

  it('the dry-run diff is the one diff -u would print, CRLF and a missing final newline included', () => {
    expect(fixDiff('x', 'a\r\nb .\r\nc\r\n', 'a\r\nb.\r\nc\r\n')).toBe('===================================================================\n--- a/x\t\n+++ b/x\t\n@@ -1,3 +1,3 @@\n a\r\n-b .\r\n+b.\r\n c\r\n')
    expect(fixDiff('x', 'l1\nl8 .', 'l1\nl8.')).toBe('===================================================================\n--- a/x\t\n+++ b/x\t\n@@ -1,2 +1,2 @@\n l1\n-l8 .\n\\ No newline at end of file\n+l8.\n\\ No newline at end of file\n')
    const lines = Array.from({length: 40}, (_, i) => `line ${i} .`)
    const before = lines.join('\n') + '\n'
    const after = lines.map((l, i) => (i % 7 === 0 ? l.replace(' .', '.') : l)).filter((_, i) => i !== 20).join('\n') + '\n'
    expect(applyPatch(before, fixDiff('x', before, after))).toBe(after)
  })

  it('#6 Markdown: a quotation opening a continuation line is not "glued" to the line before (a second --fix changes nothing)', async () => {
    const md = 'The vote was close\n“We won,” she said.\n'
    const out = await fixText(md, (t) => checker.check(t, {path: 'a.md'}))
    expect(out.text).toBe(md)
    const file = await checker.check(md, {path: 'a.md'})
    expect(file.messages.filter((m) => m.actual === '“')).toEqual([])
  })
})
