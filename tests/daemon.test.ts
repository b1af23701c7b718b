/**
 * `wirelint daemon`: a warm checker behind the package's launcher.  A run sent
 * to it prints and exits exactly as a run in its own process; runs it cannot
 * take (standard input, another build) happen in the caller's process; its
 * socket folder must be the user's alone.  Each test uses a TMPDIR of its own,
 * so no daemon of the user's is touched.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import zlib from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/bin/cli.cjs')
let tmp: string
let work: string

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({...process.env, TMPDIR: tmp, ...extra})
const run = (args: string[], options: {cwd?: string; input?: string; env?: Record<string, string>} = {}) =>
  spawnSync(process.execPath, [cli, ...args], {cwd: options.cwd ?? work, input: options.input, encoding: 'utf8', env: env(options.env), timeout: 120_000})
const local = (args: string[], options: {cwd?: string; input?: string} = {}) => run(args, {...options, env: {WIRELINT_DAEMON: '0'}})
const runs = (): number => Number(/(\d+) runs/.exec(run(['daemon', 'status']).stdout)?.[1] ?? -1)

function stampOf(): string {
  const s = fs.statSync(path.join(root, 'dist/bin/wirelint.cjs'))
  return `${s.size}:${Math.trunc(s.mtimeMs)}:${s.ino}:${Math.trunc(s.ctimeMs)}`
}

function socketFile(): string {
  const dir = path.join(tmp, `wirelint-${process.getuid!()}`)
  const sock = fs.readdirSync(dir).find((f) => f.endsWith('.sock'))
  return path.join(dir, sock!)
}

function ask(file: string, request: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(file, () => socket.write(JSON.stringify(request) + '\n'))
    let text = ''
    socket.on('data', (c) => (text += c.toString('utf8')))
    socket.on('error', reject)
    socket.on('close', () => resolve(text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>)))
  })
}

describe.skipIf(process.platform === 'win32')('wirelint daemon', () => {
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-daemon-test-'))
    work = path.join(tmp, 'work')
    fs.mkdirSync(work)
    fs.writeFileSync(path.join(work, 'story.txt'), 'The minister visited Aleppothe day after the vote , officials said.\n')
    fs.writeFileSync(path.join(work, 'clean.txt'), 'The minister visited the city on Monday, officials said.\n')
    const start = run(['daemon', 'start'])
    expect(start.stderr).toBe('')
    expect(start.stdout).toMatch(/wirelint daemon: started/)
  }, 60_000)

  afterAll(() => {
    run(['daemon', 'stop'])
    fs.rmSync(tmp, {recursive: true, force: true})
  })

  it('runs a check with the caller’s arguments, folder and terminal, printing and exiting as a run of its own', () => {
    const before = runs()
    for (const args of [['story.txt'], ['story.txt', '--format', 'json'], ['story.txt', '--color'], ['clean.txt'], [path.join(root, 'samples'), '--format', 'sarif'], ['--unknown-flag'], ['--version']]) {
      const a = run(args)
      const b = local(args)
      expect(a.stdout, args.join(' ')).toBe(b.stdout)
      expect(a.stderr, args.join(' ')).toBe(b.stderr)
      expect(a.status, args.join(' ')).toBe(b.status)
    }
    expect(run(['story.txt']).status).toBe(1)
    // Every one of them went through the daemon (the status request itself is not a run).
    expect(runs()).toBe(before + 8)
  })

  it('fixes the caller’s files in the caller’s folder', () => {
    const other = path.join(tmp, 'other')
    fs.mkdirSync(other)
    fs.writeFileSync(path.join(other, 'a.txt'), 'The vote , officials said.\n')
    fs.writeFileSync(path.join(work, 'a.txt'), 'The vote , officials said.\n')
    const before = runs()
    run(['--fix', 'a.txt'], {cwd: other})
    local(['--fix', 'a.txt'])
    expect(runs()).toBe(before + 1)
    expect(fs.readFileSync(path.join(other, 'a.txt'), 'utf8')).toBe(fs.readFileSync(path.join(work, 'a.txt'), 'utf8'))
    expect(fs.readFileSync(path.join(other, 'a.txt'), 'utf8')).toBe('The vote, officials said.\n')
  })

  it('checks what git has staged in the caller’s repository', () => {
    const repo = path.join(tmp, 'repo')
    fs.mkdirSync(repo)
    const git = (...args: string[]) => spawnSync('git', args, {cwd: repo, encoding: 'utf8'})
    if (git('init', '-q').status !== 0) return
    fs.writeFileSync(path.join(repo, 'story.md'), 'The minister visited Aleppothe day after the vote.\n')
    git('add', 'story.md')
    const a = run(['--staged', '--format', 'json'], {cwd: repo})
    const b = local(['--staged', '--format', 'json'], {cwd: repo})
    expect(a.stdout).toBe(b.stdout)
    expect(a.status).toBe(1)
    expect(JSON.parse(a.stdout)[0].messages.length).toBeGreaterThan(0)
  })

  it('leaves a run that reads standard input to the caller’s process', () => {
    const before = runs()
    const a = run(['-', '--format', 'json'], {input: 'The minister visited Aleppothe on Monday.\n'})
    expect(a.status).toBe(1)
    expect(JSON.parse(a.stdout)[0].messages.map((m: {ruleId: string}) => m.ruleId)).toContain('merged-words')
    expect(runs()).toBe(before)
  })

  it('leaves `wirelint check` with piped standard input to the caller’s process', () => {
    const before = runs()
    const input = 'The minister visited Aleppothe on Monday.\n'
    const a = run(['check', '--format', 'json'], {input})
    const b = local(['check', '--format', 'json'], {input})
    expect(a.stdout).toBe(b.stdout)
    expect(a.status).toBe(1)
    expect(runs()).toBe(before)
  })

  it('does not run a request whose caller left before the daemon took it', async () => {
    const file = path.join(work, 'left.txt')
    fs.writeFileSync(file, 'The vote , officials said.\n')
    // A caller that gave up (its 2 s passed, or Ctrl-C) before the daemon read the request.
    await new Promise<void>((resolve) => {
      const socket = net.connect(socketFile(), () => {
        socket.end(JSON.stringify({argv: ['--fix', 'left.txt'], cwd: work, env: env(), node: process.version, stamp: stampOf(), stdinTTY: true}) + '\n')
      })
      socket.resume()
      socket.on('error', () => resolve())
      socket.on('close', () => resolve())
    })
    // One run at a time: once this one is answered, the one above is settled.
    expect(run(['clean.txt']).status).toBe(0)
    expect(fs.readFileSync(file, 'utf8')).toBe('The vote , officials said.\n')
  })

  it('leaves runs of another node, long-running commands and runs that would wait to the caller, and stays up', async () => {
    const base = {cwd: work, env: env(), stamp: stampOf(), stdinTTY: true}
    expect(await ask(socketFile(), {...base, argv: ['clean.txt'], node: 'v0.0.0'})).toContainEqual({fallback: 'node'})
    expect(await ask(socketFile(), {...base, argv: ['serve', '--port', '0'], node: process.version})).toContainEqual({fallback: 'command'})
    expect(run(['daemon', 'status']).status).toBe(0)
    // A long run (many files) holds the daemon: a run arriving meanwhile is checked by its caller at once.
    const many = path.join(tmp, 'many')
    fs.mkdirSync(many)
    const text = fs.readFileSync(path.join(work, 'story.txt'), 'utf8').repeat(40)
    for (let i = 0; i < 2500; i++) fs.writeFileSync(path.join(many, `s${i}.txt`), text)
    const before = runs()
    const {spawn} = await import('node:child_process')
    const long = spawn(process.execPath, [cli, many, '--workers', '0', '--format', 'json'], {cwd: work, env: env(), stdio: 'ignore'})
    const longDone = new Promise<number | null>((resolve) => long.on('close', resolve))
    await new Promise((r) => setTimeout(r, 1500))
    const quick = run(['story.txt', '--format', 'json'])
    expect(quick.status).toBe(1)
    expect(quick.stdout).toBe(local(['story.txt', '--format', 'json']).stdout)
    expect(await longDone).toBe(1)
    // Only the long run went through the daemon.
    expect(runs()).toBe(before + 1)
  }, 300_000)

  it('writes files with the caller’s umask', () => {
    if (spawnSync('sh', ['-c', 'true']).status !== 0) return
    const sh = (cmd: string, extra: Record<string, string> = {}) => spawnSync('sh', ['-c', cmd], {cwd: work, env: env(extra), encoding: 'utf8'})
    const before = runs()
    sh(`umask 077 && "${process.execPath}" "${cli}" story.txt --format json -o via-daemon.json`)
    sh(`umask 077 && "${process.execPath}" "${cli}" story.txt --format json -o local.json`, {WIRELINT_DAEMON: '0'})
    expect(runs()).toBe(before + 1)
    const mode = (f: string) => fs.statSync(path.join(work, f)).mode & 0o777
    expect(mode('via-daemon.json')).toBe(0o600)
    expect(mode('via-daemon.json')).toBe(mode('local.json'))
  })

  it('a daemon of another node or build tells the caller to check itself, and ends', async () => {
    const lines = await ask(socketFile(), {argv: ['clean.txt'], cwd: work, env: {}, node: 'v0.0.0', stamp: 'other', stdinTTY: true})
    expect(lines).toContainEqual({fallback: 'stale'})
    await new Promise((r) => setTimeout(r, 200))
    expect(run(['daemon', 'status']).status).toBe(1)
    // The next run checks in its own process and still answers.
    const a = run(['story.txt', '--format', 'json'])
    expect(a.status).toBe(1)
    expect(a.stdout).toBe(local(['story.txt', '--format', 'json']).stdout)
  })

  it('refuses a socket folder other users can open, and runs go on without the daemon', () => {
    const dir = path.join(tmp, `wirelint-${process.getuid!()}`)
    fs.chmodSync(dir, 0o777)
    const start = run(['daemon', 'start'])
    expect(start.status).toBe(2)
    expect(start.stderr).toMatch(/open to other users/)
    expect(run(['story.txt']).status).toBe(1)
    fs.chmodSync(dir, 0o700)
    expect(run(['daemon', 'start']).stdout).toMatch(/started/)
    expect(run(['daemon', 'stop']).stdout).toMatch(/stopped/)
    expect(run(['daemon', 'status']).stdout).toMatch(/not running/)
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.sock'))).toEqual([])
  }, 60_000)

  it('prints a long answer byte for byte, however the socket cuts it (UTF-8 across reads, no quadratic re-scan)', async () => {
    run(['daemon', 'stop'])
    const dir = path.join(tmp, `wirelint-${process.getuid!()}`)
    const file = path.join(dir, (zlib.crc32(fs.realpathSync(path.join(root, 'dist/bin'))) >>> 0).toString(16) + '.sock')
    const text = 'é€—“x”'.repeat(1_500_000) + '\n'
    const server = net.createServer((socket) => {
      socket.once('data', () => {
        socket.write('{"ack":1}\n')
        socket.write(JSON.stringify({o: text}) + '\n')
        socket.end('{"exit":0}\n')
      })
      socket.on('error', () => {})
    })
    await new Promise<void>((resolve) => server.listen(file, () => resolve()))
    try {
      const started = Date.now()
      const child = await new Promise<{stdout: Buffer; code: number | null}>((resolve) => {
        const p = spawn(process.execPath, [cli, 'clean.txt'], {cwd: work, env: env()})
        const out: Buffer[] = []
        p.stdout.on('data', (c: Buffer) => out.push(c))
        p.on('close', (code) => resolve({stdout: Buffer.concat(out), code}))
      })
      expect(child.code).toBe(0)
      expect(child.stdout.length).toBe(Buffer.byteLength(text))
      expect(child.stdout.toString('utf8') === text).toBe(true)
      expect(Date.now() - started).toBeLessThan(10_000)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  }, 60_000)
})
