/**
 * Test support for `wirelint serve`: start the built CLI's server on an
 * ephemeral loopback port as a child process and stop it again.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const cli = path.join(root, 'dist/bin/cli.cjs')

export interface ServerProcess {
  url: string
  /** Milliseconds from spawning to the listening line. */
  startMs: number
  child: ChildProcess
  /** Everything written to standard error so far. */
  stderr(): string
  /** The JSON log lines so far. */
  logs(): Array<Record<string, unknown>>
  stop(): Promise<number | null>
}

export async function startServe(args: string[] = [], timeoutMs = 15_000): Promise<ServerProcess> {
  const t0 = performance.now()
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
  let err = ''
  child.stderr!.setEncoding('utf8')
  child.stderr!.on('data', (chunk: string) => (err += chunk))
  child.stdout!.resume()
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line within ${timeoutMs} ms:\n${err}`)), timeoutMs)
    const onData = (): void => {
      const m = /wirelint: listening on (http:\/\/\S+)/.exec(err)
      if (m) {
        clearTimeout(timer)
        child.stderr!.off('data', onData)
        resolve(m[1])
      }
    }
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`wirelint serve exited with ${code}:\n${err}`))
    })
  })
  const startMs = performance.now() - t0
  return {
    url,
    startMs,
    child,
    stderr: () => err,
    logs: () =>
      err
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      const code = await exited
      clearTimeout(timer)
      return code
    }
  }
}

export async function postJson(url: string, body: unknown): Promise<{status: number; json: any; headers: Headers}> {
  const res = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)})
  const text = await res.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return {status: res.status, json, headers: res.headers}
}

export async function postForm(url: string, params: Record<string, string>): Promise<{status: number; json: any; text: string; headers: Headers}> {
  const res = await fetch(url, {method: 'POST', body: new URLSearchParams(params)})
  const text = await res.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return {status: res.status, json, text, headers: res.headers}
}

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json: any
}

/**
 * A request with headers fetch will not send as given (Host, Origin,
 * Sec-Fetch-Site): node:http, one connection per request.
 */
export async function request(
  url: string,
  options: {method?: string; headers?: Record<string, string>; body?: string | Buffer} = {}
): Promise<RawResponse> {
  const {request: httpRequest} = await import('node:http')
  const target = new URL(url)
  return new Promise<RawResponse>((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
        headers: options.headers,
        agent: false
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => {
          let json: unknown
          try {
            json = JSON.parse(text)
          } catch {
            json = undefined
          }
          resolve({status: res.statusCode ?? 0, headers: res.headers, text, json})
        })
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}
