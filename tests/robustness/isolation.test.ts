/**
 * Per-file isolation: an unreadable, binary, invalid UTF-8 or oversized file
 * gets one clear error; the other files are still checked; exit code 2 only
 * for read and usage failures.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {decode, firstInvalidUtf8, ReadError} from '../../pipeline/core/read.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cli = path.join(root, 'dist/bin/cli.cjs')
let dir: string

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args, '--format', 'json'], {cwd: dir, encoding: 'utf8'})
  return {code: r.status, files: r.stdout ? (JSON.parse(r.stdout) as Array<{path: string; messages: Array<{reason: string; fatal: boolean; ruleId: string}>}>) : [], stderr: r.stderr}
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-iso-'))
  fs.writeFileSync(path.join(dir, 'good.txt'), 'Headline\nThe vote . Then.\n')
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]))
  fs.writeFileSync(path.join(dir, 'control.txt'), Buffer.alloc(200, 0x01))
  fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' ouvert.\n')]))
  fs.writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(2048))
  fs.writeFileSync(path.join(dir, 'locked.txt'), 'Headline\nFine.\n')
  fs.chmodSync(path.join(dir, 'locked.txt'), 0o000)
})

afterAll(() => {
  fs.chmodSync(path.join(dir, 'locked.txt'), 0o644)
  fs.rmSync(dir, {recursive: true, force: true})
})

describe('read failures', () => {
  it('a binary file (NUL byte) gets one error naming the offset, and the rest is checked', () => {
    const r = run(['binary.txt', 'good.txt'])
    expect(r.code).toBe(2)
    expect(r.files[0].messages).toHaveLength(1)
    expect(r.files[0].messages[0]).toMatchObject({fatal: true, ruleId: 'read-error'})
    expect(r.files[0].messages[0].reason).toBe('binary file (NUL byte at offset 2)')
    expect(r.files[1].messages[0].ruleId).toBe('punctuation-spacing')
  })

  it('a file of control characters is binary', () => {
    expect(run(['control.txt']).files[0].messages[0].reason).toMatch(/binary file/)
  })

  it('invalid UTF-8 is reported with its byte offset, never replaced', () => {
    const r = run(['latin1.txt'])
    expect(r.code).toBe(2)
    expect(r.files[0].messages[0].reason).toBe('invalid UTF-8 at byte offset 3')
  })

  it('a file over --max-file-size is skipped with a message', () => {
    const r = run(['big.txt', 'good.txt', '--max-file-size', '1024'])
    expect(r.code).toBe(2)
    expect(r.files[0].messages[0].reason).toMatch(/2048 bytes, over the 1024-byte limit/)
    expect(r.files[1].messages).toHaveLength(1)
  })

  it('an unreadable file gets one error', () => {
    if (process.getuid?.() === 0) return // root reads anything; nothing to test
    const r = run(['locked.txt', 'good.txt'])
    expect(r.code).toBe(2)
    expect(r.files[0].messages[0].reason).toMatch(/permission denied/)
  })

  it('an invalid UTF-8 --fix run writes nothing', () => {
    const before = fs.readFileSync(path.join(dir, 'latin1.txt'))
    spawnSync(process.execPath, [cli, '--fix', 'latin1.txt'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, 'latin1.txt')).equals(before)).toBe(true)
  })
})

describe('decode', () => {
  it.each([
    [[0xc3, 0x28], 0],
    [[0x41, 0xe2, 0x82], 1],
    [[0x41, 0x42, 0xed, 0xa0, 0x80], 2], // a UTF-16 surrogate encoded in UTF-8
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0xc0, 0xaf], 0], // overlong
    [[0x41, 0x80], 1]
  ])('finds the first invalid byte in %j at %i', (bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset)
    expect(() => decode(Uint8Array.from(bytes), 'x')).toThrow(ReadError)
  })

  it('accepts valid UTF-8 of every length and strips a byte order mark', () => {
    const text = 'a é € 𝄞'
    expect(firstInvalidUtf8(Buffer.from(text))).toBe(-1)
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'x')).toBe(text)
  })
})
