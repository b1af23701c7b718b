/**
 * Fixes: only flagged spans change, a second pass changes nothing, overlaps
 * are resolved deterministically, and --fix writes atomically and safely.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createChecker} from '../pipeline/core/checker.js'
import {applyFixes, fixText} from '../pipeline/core/fix.js'
import type {WirelintMessage} from '../plugins/support/rule.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/bin/cli.cjs')
const checker = createChecker()
const check = (text: string) => checker.check(new VFile({value: text, path: 'story.txt'}))

function msg(start: number, end: number, text: string, ruleId = 'r'): WirelintMessage {
  return {fix: {start, end, text}, ruleId} as unknown as WirelintMessage
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes and leaves every other byte alone', () => {
    const r = applyFixes('abcdefgh', [msg(6, 7, 'G'), msg(1, 2, 'B')])
    expect(r.text).toBe('aBcdefGh')
    expect(r.applied).toHaveLength(2)
  })

  it('resolves overlaps deterministically: the earlier span wins, the other waits', () => {
    const a = applyFixes('abcdef', [msg(2, 5, 'X', 'b'), msg(1, 3, 'Y', 'a')])
    const b = applyFixes('abcdef', [msg(1, 3, 'Y', 'a'), msg(2, 5, 'X', 'b')])
    expect(a.text).toBe('aYdef')
    expect(b.text).toBe(a.text)
    expect(a.deferred).toHaveLength(1)
  })

  it('counts an identical fix from two rules once', () => {
    expect(applyFixes('a  b', [msg(1, 2, '', 'x'), msg(1, 2, '', 'y')]).text).toBe('a b')
  })

  it('ignores messages without a safe fix and out-of-range fixes', () => {
    expect(applyFixes('abc', [{ruleId: 'x'} as WirelintMessage, msg(2, 9, 'Z')]).text).toBe('abc')
  })
})

describe('fixText', () => {
  const story = 'Rebels seize city\r\n\r\nThe vote . Then they left ,, quickly.\r\nFans queued for ticketsand programmes.\r\n#Peru #Lima\r\n'

  it('fixes the safe findings, keeps line endings, and changes only the flagged spans', async () => {
    const result = await fixText(story, check)
    expect(result.text).toBe('Rebels seize city\r\n\r\nThe vote. Then they left, quickly.\r\nFans queued for tickets and programmes.\r\n')
    expect(result.fixed).toBe(4)
  })

  it('is idempotent: fixing the fixed text changes nothing', async () => {
    const once = await fixText(story, check)
    const twice = await fixText(once.text, check)
    expect(twice.text).toBe(once.text)
    expect(twice.fixed).toBe(0)
  })

  it('keeps a byte order mark', async () => {
    const result = await fixText('\uFEFFThe vote . Then.\n', check)
    expect(result.text).toBe('\uFEFFThe vote. Then.\n')
  })
})

describe('--fix and --fix-dry-run', () => {
  let dir: string
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-fix-'))
  })
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Headline\nThe vote . Then.\n')
    const r = run(['--fix-dry-run', 'a.txt'])
    expect(r.stdout).toContain('-The vote . Then.')
    expect(r.stdout).toContain('+The vote. Then.')
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('Headline\nThe vote . Then.\n')
  })

  it('--fix writes the file, keeps its mode, leaves no temporary file, and exits 0 when nothing is left', () => {
    const file = path.join(dir, 'b.txt')
    fs.writeFileSync(file, 'Headline\nThe vote . Then.\n', {mode: 0o640})
    fs.chmodSync(file, 0o640)
    const r = run(['--fix', 'b.txt'])
    expect(r.status).toBe(0)
    expect(fs.readFileSync(file, 'utf8')).toBe('Headline\nThe vote. Then.\n')
    expect(fs.statSync(file).mode & 0o777).toBe(0o640)
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([])
    expect(r.stderr).toContain('fixed 1 problem in 1 file')
  })

  it('reports what it could not fix and exits 1 for remaining errors', () => {
    fs.writeFileSync(path.join(dir, 'c.txt'), 'Headline\nThe fighting left 412 deadmostly combatants . It ended.\n')
    const r = run(['--fix', 'c.txt', '--format', 'json'])
    expect(r.status).toBe(1)
    const [file] = JSON.parse(r.stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(file.messages.map((m) => m.ruleId)).toEqual(['merged-words'])
    expect(fs.readFileSync(path.join(dir, 'c.txt'), 'utf8')).toBe('Headline\nThe fighting left 412 deadmostly combatants. It ended.\n')
  })

  it('leaves a read-only file alone, with a message', () => {
    if (process.getuid?.() === 0) {
      // root can write read-only files; the mode check still refuses.
    }
    const file = path.join(dir, 'ro.txt')
    fs.writeFileSync(file, 'Headline\nThe vote . Then.\n')
    fs.chmodSync(file, 0o444)
    const r = run(['--fix', 'ro.txt'])
    expect(r.stderr).toContain('read-only')
    expect(fs.readFileSync(file, 'utf8')).toBe('Headline\nThe vote . Then.\n')
    expect(r.status).toBe(1)
  })

  it('refuses to write through a symbolic link that leads out of the project', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-outside-'))
    const target = path.join(outside, 'target.txt')
    fs.writeFileSync(target, 'Headline\nThe vote . Then.\n')
    fs.symlinkSync(target, path.join(dir, 'link.txt'))
    const r = run(['--fix', 'link.txt'])
    // Not even read (its content would be shown in the report): a read error naming the link.
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('through a symbolic link') // (the report wraps messages)
    expect(r.status).toBe(2)
    expect(fs.readFileSync(target, 'utf8')).toBe('Headline\nThe vote . Then.\n')
    fs.rmSync(outside, {recursive: true, force: true})
  })

  it('refuses --fix on standard input', () => {
    expect(spawnSync(process.execPath, [cli, '--fix', '-'], {cwd: dir, input: 'x', encoding: 'utf8'}).status).toBe(2)
  })
})
