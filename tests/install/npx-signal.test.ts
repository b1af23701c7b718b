/**
 * `npx wirelint serve` stopped with SIGTERM stops the real server.  npm runs
 * the bin through `sh -c` and passes the signal only to that shell, which
 * dies without passing it on; the launcher notices its parent is gone and
 * stops the server as if signalled itself.  Real npx, a project that has the
 * package installed (linked to this checkout, as `npm install` of a folder does).
 * No timing assertions: the test waits (up to a generous bound) for the port
 * to close, and kills a leftover server itself.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {gitEnv, root, tmp} from './helpers.js'

let dir: string
const mark = `wirelint-npx-signal-${process.pid}-${Date.now()}`

/** Processes whose environment carries this test's mark (the server, however it was started). */
function marked(): number[] {
  const found: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (fs.readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`WIRELINT_TEST_MARK=${mark}`)) found.push(Number(entry))
    } catch {
      // Gone, or not ours.
    }
  }
  return found
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(() => {
  dir = tmp('npx')
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({name: 'desk', version: '1.0.0', private: true}))
  fs.mkdirSync(path.join(dir, 'node_modules/.bin'), {recursive: true})
  fs.symlinkSync(root, path.join(dir, 'node_modules/wirelint'))
  fs.symlinkSync('../wirelint/dist/bin/cli.cjs', path.join(dir, 'node_modules/.bin/wirelint'))
})

afterAll(() => {
  for (const pid of marked()) process.kill(pid, 'SIGKILL')
  if (dir) fs.rmSync(dir, {recursive: true, force: true})
})

it.skipIf(process.platform === 'win32')('SIGTERM to npx stops the server behind it', async () => {
  const npx = spawn('npx', ['--no-install', 'wirelint', 'serve', '--port', '0'], {
    cwd: dir,
    env: gitEnv({WIRELINT_TEST_MARK: mark}),
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let err = ''
  npx.stderr!.setEncoding('utf8')
  npx.stderr!.on('data', (chunk: string) => (err += chunk))
  const url = await new Promise<string>((resolve, reject) => {
    npx.stderr!.on('data', () => {
      const m = /wirelint: listening on (http:\/\/\S+)/.exec(err)
      if (m) resolve(m[1])
    })
    npx.once('exit', (code) => reject(new Error(`npx exited with ${code}:\n${err}`)))
  })
  expect((await fetch(url)).ok).toBe(true)
  const servers = marked().filter((pid) => pid !== npx.pid)
  expect(servers.length).toBeGreaterThan(0)

  npx.kill('SIGTERM')
  // Wait for every marked process to be gone (bounded generously; no speed is asserted).
  for (let i = 0; i < 600 && marked().length > 0; i++) await sleep(100)
  expect(marked()).toEqual([])
  await expect(fetch(url)).rejects.toThrow()
}, 120_000)
