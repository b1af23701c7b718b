/**
 * Positions with BOM, CRLF, lone CR, tabs, non-breaking and zero-width
 * spaces, combining marks, emoji and astral characters: line and column as an
 * editor shows them (columns in UTF-16 code units, as VS Code and LSP count),
 * offsets into the text, and fixes that keep line endings and the BOM.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createChecker} from '../../pipeline/core/checker.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cli = path.join(root, 'dist/bin/cli.cjs')
const checker = createChecker({rules: {'terminal-punctuation': 'off', spelling: 'off'}})

async function spans(text: string) {
  const file = await checker.check(text, {path: 'a.txt'})
  return file.messages
    .filter((m) => m.ruleId === 'punctuation-spacing')
    .map((m) => {
      const p = m.place as {start: {line: number; column: number; offset: number}; end: {offset: number}}
      return {line: p.start.line, column: p.start.column, offset: p.start.offset, actual: text.slice(p.start.offset, p.end.offset)}
    })
}

describe('positions', () => {
  it.each([
    ['CRLF', 'Head\r\nThe vote . Then.\r\n', {line: 2, column: 9, offset: 14}],
    ['lone CR', 'Head\rThe vote . Then.\r', {line: 2, column: 9, offset: 13}],
    ['tab', 'Head\n\tThe vote . Then.\n', {line: 2, column: 10, offset: 14}],
    ['non-breaking space', 'Head\nThe\u00a0vote . Then.\n', {line: 2, column: 9, offset: 13}],
    ['zero-width space', 'Head\nThe\u200bvote . Then.\n', {line: 2, column: 9, offset: 13}],
    ['combining mark', 'Head\nThe cafe\u0301 vote . Then.\n', {line: 2, column: 15, offset: 19}],
    ['emoji (astral, 2 code units)', 'Head\nThe 🗳️ vote . Then.\n', {line: 2, column: 13, offset: 17}],
    ['astral letter', 'Head\n𝐓he vote . Then.\n', {line: 2, column: 10, offset: 14}]
  ])('%s', async (_name, text, expected) => {
    const [m] = await spans(text)
    expect(m).toEqual({...expected, actual: ' .'})
  })

  it('a BOM is not counted by the CLI (the editor does not show it), and --fix keeps it and CRLF', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-bom-'))
    const file = path.join(dir, 'bom.txt')
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Head\r\nThe vote . Then.\r\n')]))
    const r = spawnSync(process.execPath, [cli, 'bom.txt', '--format', 'json'], {cwd: dir, encoding: 'utf8'})
    const [out] = JSON.parse(r.stdout) as Array<{messages: Array<{place: {start: {line: number; column: number; offset: number}}}>}>
    expect(out.messages[0].place.start).toEqual({line: 2, column: 9, offset: 14})
    spawnSync(process.execPath, [cli, '--fix', 'bom.txt'], {cwd: dir})
    expect(fs.readFileSync(file).equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Head\r\nThe vote. Then.\r\n')]))).toBe(true)
    fs.rmSync(dir, {recursive: true, force: true})
  })

  it('a lone-CR file keeps its line endings through --fix', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-cr-'))
    const file = path.join(dir, 'cr.txt')
    fs.writeFileSync(file, 'Head\rThe vote . Then.\r#One #Two\r')
    spawnSync(process.execPath, [cli, '--fix', 'cr.txt'], {cwd: dir})
    expect(fs.readFileSync(file, 'utf8')).toBe('Head\rThe vote. Then.\r')
    fs.rmSync(dir, {recursive: true, force: true})
  })
})
