/**
 * A minimal LSP client over a child process's standard input and output
 * (JSON-RPC with Content-Length framing), for `npm run bench:lsp` and the
 * protocol tests.  Server-to-client requests (client/registerCapability,
 * workspace/configuration …) are answered with `null`.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'

export interface RpcMessage {
  jsonrpc: '2.0'
  id?: number | string
  method?: string
  params?: any
  result?: any
  error?: {code: number; message: string}
}

export interface LspClient {
  child: ChildProcessWithoutNullStreams
  /** Every message received, in order. */
  received: RpcMessage[]
  stderr(): string
  request<T = any>(method: string, params?: unknown): Promise<T>
  notify(method: string, params?: unknown): void
  /** The first message (already received or still to come) that satisfies `test`. */
  waitFor(test: (m: RpcMessage) => boolean, timeoutMs?: number, from?: number): Promise<RpcMessage>
  /** Close the connection politely (shutdown, exit) and wait for the process to end. */
  close(): Promise<number | null>
}

export function startClient(command: string, args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): LspClient {
  const child = spawn(command, args, {cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe']})
  let buffer = Buffer.alloc(0)
  let nextId = 0
  let stderr = ''
  const pending = new Map<number | string, {resolve: (v: any) => void; reject: (e: Error) => void}>()
  const received: RpcMessage[] = []
  const listeners = new Set<(m: RpcMessage) => void>()
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  let closing = false
  // A server that dies fails what waits for it at once, with what it said, instead of a time-out.
  child.on('exit', (code, signal) => {
    if (closing) return
    const error = new Error(`the server exited (${signal ?? code}): ${stderr}`)
    for (const waiter of pending.values()) waiter.reject(error)
    pending.clear()
    for (const fail of failures) fail(error)
  })
  const failures = new Set<(error: Error) => void>()

  const send = (message: RpcMessage): void => {
    const body = Buffer.from(JSON.stringify(message), 'utf8')
    child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]))
  }

  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  child.stdin.on('error', () => {})
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      const head = buffer.indexOf('\r\n\r\n')
      if (head < 0) return
      const length = Number(/content-length:\s*(\d+)/i.exec(buffer.subarray(0, head).toString('ascii'))?.[1])
      if (!Number.isInteger(length)) throw new Error(`bad header: ${buffer.subarray(0, head).toString()}`)
      if (buffer.length < head + 4 + length) return
      const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString('utf8')) as RpcMessage
      buffer = buffer.subarray(head + 4 + length)
      received.push(message)
      if (message.method === undefined && message.id !== undefined) {
        const waiter = pending.get(message.id)
        pending.delete(message.id)
        if (message.error) waiter?.reject(new Error(`${message.error.code}: ${message.error.message}`))
        else waiter?.resolve(message.result)
      } else if (message.method !== undefined && message.id !== undefined) {
        send({jsonrpc: '2.0', id: message.id, result: null})
      }
      for (const listener of [...listeners]) listener(message)
    }
  })

  const client: LspClient = {
    child,
    received,
    stderr: () => stderr,
    request(method, params) {
      const id = ++nextId
      return new Promise((resolve, reject) => {
        pending.set(id, {resolve, reject})
        send({jsonrpc: '2.0', id, method, params})
      })
    },
    notify(method, params) {
      send({jsonrpc: '2.0', method, params})
    },
    waitFor(test, timeoutMs = 30_000, from = 0) {
      for (let i = from; i < received.length; i++) if (test(received[i])) return Promise.resolve(received[i])
      return new Promise((resolve, reject) => {
        const done = (): void => {
          clearTimeout(timer)
          listeners.delete(listener)
          failures.delete(fail)
        }
        const fail = (error: Error): void => {
          done()
          reject(error)
        }
        const timer = setTimeout(() => fail(new Error(`no matching message within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs)
        const listener = (m: RpcMessage): void => {
          if (!test(m)) return
          done()
          resolve(m)
        }
        listeners.add(listener)
        failures.add(fail)
        if (child.exitCode !== null || child.signalCode !== null) fail(new Error(`the server has exited: ${stderr}`))
      })
    },
    async close() {
      closing = true
      if (child.exitCode === null) {
        try {
          await Promise.race([client.request('shutdown'), new Promise((r) => setTimeout(r, 5000))])
          client.notify('exit')
        } catch {
          // Already gone.
        }
      }
      const timer = setTimeout(() => child.kill(), 5000)
      const code = await exited
      clearTimeout(timer)
      return code
    }
  }
  return client
}
