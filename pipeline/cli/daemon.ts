/**
 * `wirelint daemon start|stop|status`: a checker kept warm in the background, so that a
 * pre-commit hook or an editor's "lint on save" costs about node's own start-up instead
 * of loading the checker, its tables and the spelling engine for every run (the
 * eslint_d / prettierd pattern).
 *
 * How a run reaches it: the package's launcher (dist/bin/cli.cjs, see
 * pipeline/build/bundle.ts) looks for the daemon's socket *before* it loads the
 * checker.  If one answers, the launcher sends its arguments, working directory,
 * environment and terminal facts, and prints what comes back; otherwise — no daemon,
 * another node or another build of wirelint, a run that reads standard input,
 * `serve`, `lsp` — it checks in its own process as always.  Results are the same
 * either way: the daemon runs the same `main()` with the same arguments, in the
 * caller's directory and environment, one run at a time.
 *
 * Where: a Unix socket in `$TMPDIR/wirelint-<uid>/` (a folder only its owner can
 * open: it is created with mode 0700 and refused when it is anything else), one per
 * installation (named by a CRC-32 of the launcher's folder).  Not on Windows.
 *
 * Protocol (hand-written: a few lines of newline-delimited JSON over a local socket;
 * no package does this smaller): the client sends one request line; the daemon
 * answers `{"ack":1}` at once, then `{"o":…}` / `{"e":…}` lines for standard output
 * and standard error, and `{"exit":N}`; or `{"fallback":reason}` before any output
 * when the run must happen in the caller's process.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import zlib from 'node:zlib'

/** The folder holding the launcher (dist/bin in the package; the bundle's own folder). */
function binDir(): string {
  return path.dirname(fileURLToPath(import.meta.url))
}

/** The bundle file whose size and time name this build (a daemon of another build is stale). */
function bundleStamp(): string {
  const file = path.join(binDir(), 'wirelint.cjs')
  try {
    // npm pack gives every file the same time (1985): size and time alone cannot tell two
    // releases apart, but unpacking gives the file a new inode and change time.
    const s = fs.statSync(file)
    return `${s.size}:${Math.trunc(s.mtimeMs)}:${s.ino}:${Math.trunc(s.ctimeMs)}`
  } catch {
    return 'unbundled'
  }
}

/** The socket folder and path; the launcher computes the same (keep them in step). */
export function socketPath(): {dir: string; file: string} {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0
  const dir = path.join(os.tmpdir(), `wirelint-${uid}`)
  let real = binDir()
  try {
    real = fs.realpathSync(real)
  } catch {}
  const crc = typeof zlib.crc32 === 'function' ? (zlib.crc32(real) >>> 0).toString(16) : 'nocrc'
  return {dir, file: path.join(dir, `${crc}.sock`)}
}

/** The folder is ours alone: a real directory (not a link), owned by us, closed to others. */
function safeDir(dir: string): string | undefined {
  let s: fs.Stats
  try {
    s = fs.lstatSync(dir)
  } catch {
    return `${dir} does not exist`
  }
  if (!s.isDirectory()) return `${dir} is not a folder`
  if (typeof process.getuid === 'function' && s.uid !== process.getuid()) return `${dir} belongs to another user`
  if ((s.mode & 0o077) !== 0) return `${dir} is open to other users (mode ${(s.mode & 0o777).toString(8)})`
  return undefined
}

interface Request {
  argv: string[]
  cwd: string
  env: Record<string, string>
  node: string
  stamp: string
  stdinTTY: boolean
  stdoutTTY: boolean
  stderrTTY: boolean
  columns?: number
  umask?: number
  stop?: boolean
  status?: boolean
}

/** Send one request; resolve with every answer line (for start/stop/status and tests). */
function ask(file: string, request: Partial<Request>, timeoutMs = 2000): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(file)
    const lines: Array<Record<string, unknown>> = []
    let rest = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error('no answer'))
    }, timeoutMs)
    socket.on('connect', () => socket.write(JSON.stringify(request) + '\n'))
    socket.on('data', (chunk) => {
      rest += chunk.toString('utf8')
      let nl
      while ((nl = rest.indexOf('\n')) >= 0) {
        lines.push(JSON.parse(rest.slice(0, nl)) as Record<string, unknown>)
        rest = rest.slice(nl + 1)
      }
    })
    socket.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(lines)
    })
  })
}

/**
 * Someone listens on the socket.  The kernel accepts a connection even while the daemon is
 * busy with a long check (its event loop cannot answer then), so this tells a busy daemon from
 * a dead one, where an unanswered request cannot.
 */
function alive(file: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(file)
    s.once('connect', () => {
      s.destroy()
      resolve(true)
    })
    s.once('error', () => resolve(false))
  })
}

async function status(file: string): Promise<Record<string, unknown> | undefined> {
  try {
    const lines = await ask(file, {status: true, node: process.version, stamp: bundleStamp()})
    return lines.find((l) => 'pid' in l)
  } catch {
    return undefined
  }
}

const USAGE = 'wirelint: use "wirelint daemon start [--idle-minutes N]", "wirelint daemon stop" or "wirelint daemon status"\n'

export async function daemonMain(args: string[]): Promise<number> {
  if (process.platform === 'win32') {
    process.stderr.write('wirelint: the daemon needs Unix sockets; it is not available on Windows\n')
    return 2
  }
  const {dir, file} = socketPath()
  const command = args[0]
  let idleMinutes = 30
  const i = args.indexOf('--idle-minutes')
  if (i >= 0) {
    idleMinutes = Number(args[i + 1])
    // setTimeout holds at most 2^31 - 1 ms (about 24 days); beyond, it fires at once.
    if (!(idleMinutes > 0) || idleMinutes * 60_000 > 2 ** 31 - 1) {
      process.stderr.write('wirelint: --idle-minutes needs a number above 0 and at most 35791 (24 days)\n')
      return 2
    }
  }
  if (command === 'status') {
    const s = await status(file)
    if (!s) {
      if (await alive(file)) {
        process.stdout.write(`wirelint daemon: running, busy with a run (socket ${file})\n`)
        return 0
      }
      process.stdout.write('wirelint daemon: not running\n')
      return 1
    }
    process.stdout.write(`wirelint daemon: running (pid ${s.pid}, ${s.runs} runs, up ${s.uptime} s, socket ${file})\n`)
    return 0
  }
  if (command === 'stop') {
    if (!(await alive(file))) {
      process.stdout.write('wirelint daemon: not running\n')
      return 0
    }
    try {
      await ask(file, {stop: true}, 60_000)
    } catch {
      process.stdout.write('wirelint daemon: it did not answer; it stops after its run\n')
      return 0
    }
    process.stdout.write('wirelint daemon: stopped\n')
    return 0
  }
  if (command === 'start') {
    if (await alive(file)) {
      process.stdout.write(`wirelint daemon: already running (socket ${file})\n`)
      return 0
    }
    const problem = prepareDir(dir)
    if (problem) {
      process.stderr.write(`wirelint: cannot start the daemon: ${problem}\n`)
      return 2
    }
    const script = process.argv[1]
    // Without npm_command: the launcher ends a process started under npm once its parent
    // is gone (npx signal forwarding), and the daemon must outlive "wirelint daemon start".
    const {npm_command: _npm, ...env} = process.env
    const child = spawn(process.execPath, [script, 'daemon', 'run', '--idle-minutes', String(idleMinutes)], {
      detached: true,
      stdio: 'ignore',
      cwd: os.homedir(),
      env: {...env, WIRELINT_DAEMON: '0'}
    })
    child.unref()
    for (let t = 0; t < 100; t++) {
      await new Promise((r) => setTimeout(r, 50))
      const s = await status(file)
      if (s) {
        process.stdout.write(`wirelint daemon: started (pid ${String(s.pid)}, socket ${file}; it stops after ${idleMinutes} idle minutes)\n`)
        return 0
      }
    }
    process.stderr.write('wirelint: the daemon did not start within 5 seconds\n')
    return 2
  }
  if (command === 'run') return serve(dir, file, idleMinutes)
  process.stderr.write(USAGE)
  return 2
}

/** Create the socket folder (0700) or check the one there. */
function prepareDir(dir: string): string | undefined {
  try {
    fs.mkdirSync(dir, {mode: 0o700})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return (error as Error).message
  }
  return safeDir(dir)
}

/** The daemon itself: one run at a time, in the caller's folder, environment and terminal. */
async function serve(dir: string, file: string, idleMinutes: number): Promise<number> {
  const problem = prepareDir(dir)
  if (problem) return 2
  // A socket file nobody listens on is left from a daemon that died: replace it.
  if (fs.existsSync(file)) {
    if (await alive(file)) return 0
    fs.rmSync(file, {force: true})
  }
  const {main, readsStdin} = await import('./cli.js')
  const stamp = bundleStamp()
  const started = Date.now()
  let runs = 0
  let queue: Promise<void> = Promise.resolve()
  /** Runs accepted and not finished (one runs, the others wait). */
  let pending = 0
  let idle: NodeJS.Timeout | undefined
  let inode: number | undefined
  const server = net.createServer()
  const shutDown = (): void => {
    server.close()
    // Only our own socket file: a daemon started after this one may have replaced it.
    try {
      if (fs.statSync(file).ino === inode) fs.rmSync(file, {force: true})
    } catch {}
  }
  const armIdle = (): void => {
    if (idle) clearTimeout(idle)
    idle = setTimeout(shutDown, idleMinutes * 60_000)
  }
  server.on('connection', (socket) => {
    let buffer = ''
    socket.on('error', () => {})
    // Whole characters, however the reads cut the bytes.
    socket.setEncoding('utf8')
    socket.on('data', (chunk: Buffer | string) => {
      const scanned = buffer.length
      buffer += String(chunk)
      const nl = buffer.indexOf('\n', scanned)
      if (nl < 0) return
      socket.removeAllListeners('data')
      let request: Request
      try {
        request = JSON.parse(buffer.slice(0, nl)) as Request
      } catch {
        socket.destroy()
        return
      }
      buffer = buffer.slice(nl + 1)
      const send = (o: Record<string, unknown>): void => {
        if (!socket.destroyed) socket.write(JSON.stringify(o) + '\n')
      }
      send({ack: 1})
      if (request.status) {
        send({pid: process.pid, runs, uptime: Math.round((Date.now() - started) / 1000), node: process.version})
        socket.end()
        return
      }
      if (request.stop) {
        socket.end()
        shutDown()
        return
      }
      if (!Array.isArray(request.argv) || typeof request.cwd !== 'string' || typeof request.env !== 'object' || request.env === null) {
        socket.destroy()
        return
      }
      // Another build of wirelint: the caller checks itself, and this daemon ends.  Another node
      // (two terminals under nvm): the caller checks itself, and the daemon stays for the others.
      if (request.stamp !== stamp) {
        send({fallback: 'stale'})
        socket.end()
        shutDown()
        return
      }
      if (request.node !== process.version) {
        send({fallback: 'node'})
        socket.end()
        return
      }
      // Long-running commands and runs that read standard input stay in the caller's process;
      // so does a run that would wait behind another (a hook is not held up by a long check).
      if (['serve', 'lsp', 'daemon'].includes(String(request.argv[0]))) {
        send({fallback: 'command'})
        socket.end()
        return
      }
      if (pending > 0) {
        send({fallback: 'busy'})
        socket.end()
        return
      }
      if (readsStdin(request.argv, request.stdinTTY)) {
        send({fallback: 'stdin'})
        socket.end()
        return
      }
      // The caller says "go" once it has the ack: one that gave up before (its 2 s passed and it
      // checked itself, or it was interrupted) never does, and its run is not made here as well.
      const go = (): void => {
        socket.removeListener('data', more)
        if (!buffer.startsWith('{"go":1}\n')) {
          socket.destroy()
          return
        }
        socket.resume()
        armIdle()
        pending++
        queue = queue.then(async () => {
          try {
            // Nor when the caller left while it waited for its turn.
            if (socket.destroyed || socket.readableEnded) return
            await runOne(request, send)
            runs++
          } catch {
          } finally {
            pending--
          }
          socket.end()
        })
      }
      const more = (chunk: Buffer | string): void => {
        buffer += String(chunk)
        if (buffer.includes('\n') || buffer.length > 64) go()
      }
      socket.on('data', more)
      if (buffer.includes('\n')) go()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(file, () => resolve())
  })
  fs.chmodSync(file, 0o600)
  inode = fs.statSync(file).ino
  armIdle()
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, shutDown)
  await new Promise<void>((resolve) => server.on('close', () => resolve()))
  return 0

  /** One run of `main`, with the process's folder, environment, streams and terminal facts the caller's. */
  async function runOne(request: Request, send: (o: Record<string, unknown>) => void): Promise<void> {
    const savedCwd = process.cwd()
    const savedEnv = {...process.env}
    const out = process.stdout
    const err = process.stderr
    const savedWrites = [out.write, err.write]
    const facts: Array<[NodeJS.WriteStream | NodeJS.ReadStream, string, unknown]> = [
      [out, 'isTTY', request.stdoutTTY],
      [out, 'columns', request.columns],
      [err, 'isTTY', request.stderrTTY],
      [err, 'columns', request.columns],
      [process.stdin, 'isTTY', request.stdinTTY]
    ]
    const redirect = (key: 'o' | 'e') =>
      function (this: unknown, chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean {
        const cb = typeof encoding === 'function' ? encoding : callback
        send({[key]: typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')})
        if (typeof cb === 'function') queueMicrotask(() => (cb as () => void)())
        return true
      }
    let code = 2
    // Files the run writes (--fix, --output, --cache) get the caller's permissions.
    const savedMask = typeof request.umask === 'number' ? process.umask(request.umask) : undefined
    try {
      process.chdir(request.cwd)
      for (const key of Object.keys(process.env)) delete process.env[key]
      Object.assign(process.env, request.env, {WIRELINT_DAEMON: '0'})
      for (const [stream, key, value] of facts) Object.defineProperty(stream, key, {value, configurable: true, writable: true})
      out.write = redirect('o') as typeof out.write
      err.write = redirect('e') as typeof err.write
      code = await main(request.argv)
    } catch (error) {
      send({e: `wirelint: internal error: ${(error as Error)?.stack ?? String(error)}\n`})
      code = 2
    } finally {
      out.write = savedWrites[0] as typeof out.write
      err.write = savedWrites[1] as typeof err.write
      for (const [stream, key] of facts) delete (stream as unknown as Record<string, unknown>)[key]
      for (const key of Object.keys(process.env)) delete process.env[key]
      Object.assign(process.env, savedEnv)
      try {
        process.chdir(savedCwd)
      } catch {}
      if (savedMask !== undefined) process.umask(savedMask)
    }
    send({exit: code})
  }
}
