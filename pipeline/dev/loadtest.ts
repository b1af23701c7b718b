/**
 * `npm run loadtest [-- options]`: a bounded, self-stopping load test of
 * `wirelint serve` on loopback.
 *
 * Starts the built server as a child process on a free port, then runs three
 * phases sending ~600-word stories — real news articles read in place from
 * `../shared/corpus/news-clean` when present (the 32 nearest 600 words), else
 * generated ones (our own sentences, pipeline/dev/corpus.ts) — for a fixed
 * time after a short unmeasured warm-up:
 *
 *  0. paced — requests at a fixed rate (--rate, default 100 a second), sent on
 *     schedule whether or not earlier ones were answered (an open loop), each
 *     latency counted from its scheduled time: the service-level figure (p99);
 *  1. sustained — the server's defaults (one worker per core, queue 64) and
 *     fewer clients than the queue holds: what the machine sustains;
 *  2. overload — a small queue and many clients: shows that what cannot be
 *     served is refused with 503 (and Retry-After), never dropped.
 *
 * Prints requests/s, p50/p95/p99/max latency and the count of 200, 503,
 * other statuses and network errors, and checks that every answer that is
 * not 200 is a 503 and no request was lost (exit code 1 otherwise).  Every
 * request has a deadline and the whole run a hard stop; the server is
 * stopped at the end whatever happens.
 *
 * Options: --rate R (paced, default 100; 0 skips the phase), --rate-seconds T (default 10),
 * --clients N (sustained, default 8), --seconds T (default 10),
 * --overload-clients N (default 32), --overload-seconds T (default 5),
 * --overload-queue N (default 4), --concurrency N (default: cores),
 * --server-args "…" (more `wirelint serve` options for every phase), --cli PATH
 * (another build's dist/bin/cli.cjs, to compare builds with one generator),
 * --endpoint /api/check | /api/fix | /v2/check, --no-overload, --json.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {monitorEventLoopDelay} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {generateArticle, rng} from './corpus.js'

const here = path.dirname(fileURLToPath(import.meta.url))
let cli = path.join(here, '..', '..', 'bin', 'cli.cjs')

interface PhaseResult {
  name: string
  /** Requests a second sent on schedule (0 = closed-loop clients). */
  rate: number
  clients: number
  seconds: number
  serverArgs: string[]
  requests: number
  perSecond: number
  /** Latency of the 200 answers. */
  latencyMs: {p50: number; p95: number; p99: number; max: number}
  /** Latency of the 503 answers (how fast a refusal comes). */
  busyLatencyMs: {p50: number; p99: number}
  status: {ok: number; busy: number; other: number; networkErrors: number}
  busyWithoutRetryAfter: number
  otherStatuses: Record<string, number>
  /** Requests the server logged for the endpoint (to compare with what the clients sent). */
  serverLogged: number
  sent: number
  passed: boolean
  /** Where the 200 answers' time went (from the server's Server-Timing header and the generator's own clocks). */
  breakdown?: Breakdown
}

/** One answered request's time, split (milliseconds). */
interface Parts {
  /** When it was due, in seconds after the measured time began. */
  at?: number
  /** How late the generator sent it (paced: after its due time). */
  late: number
  read: number
  queue: number
  /** Hand-off to the worker thread and back (the service's check time less the worker's). */
  handoff: number
  work: number
  /** After the check: findings to JSON and the answer made. */
  encode: number
  /** Neither sending late nor in the service's handler: HTTP on both sides, and either event loop busy. */
  outside: number
  total: number
}

const PARTS = ['late', 'read', 'queue', 'handoff', 'work', 'encode', 'outside'] as const

interface Breakdown {
  /** p50 and p99 of each part over the 200 answers (the parts are missing when the server sent no Server-Timing: an older build). */
  p50?: Parts
  p99?: Parts
  /** The mean of each part over the slowest 1% of the 200 answers, and over all of them. */
  slowest?: Parts & {count: number}
  mean?: Parts
  /** p99 latency of the 200 answers due in each second of the measured time (shows a backlog from the start draining, or growing). */
  p99BySecond?: number[]
  /** CPU the load generator used (its own process, all threads), in % of one core, and its event loop's delay. */
  generatorCpuPercent: number
  generatorLoopDelayMs: {p50: number; p99: number; max: number}
  /** CPU the server process used (all threads) in % of one core (Linux: /proc). */
  serverCpuPercent?: number
  /** CPU the whole machine used, and what of it was neither the server nor the generator (other processes), in % of one core (Linux: /proc/stat). */
  machineCpuPercent?: number
  othersCpuPercent?: number
  /** The server's main thread (HTTP, JSON, the queue) and its other threads (worker threads, V8's GC and compiler helpers, libuv), busiest first, in % of one core. */
  serverThreads?: {main: number; others: number[]}
}

/** CPU time in milliseconds of each thread of a process, by thread id (Linux: /proc/PID/task). */
function threadCpuMs(pid: number | undefined): Map<number, number> {
  const out = new Map<number, number>()
  if (pid === undefined) return out
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const cpu = taskCpuMs(pid, Number(tid))
      if (cpu !== undefined) out.set(Number(tid), cpu)
    }
  } catch {
    // not Linux, or the process is gone
  }
  return out
}

function taskCpuMs(pid: number, tid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(rest[11]) + Number(rest[12])) * 1000) / 100
  } catch {
    return undefined
  }
}

/** The machine's busy CPU time in milliseconds, all cores (Linux: /proc/stat, in clock ticks of 10 ms). */
function machineCpuMs(): number | undefined {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]
    const f = line.trim().split(/\s+/).slice(1).map(Number)
    // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
    return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) * 10
  } catch {
    return undefined
  }
}

/** `read;dur=1.2, queue;dur=0.1, …` → {read: 1.2, queue: 0.1, …}. */
function parseServerTiming(header: string | null | undefined): Record<string, number> | undefined {
  if (!header) return undefined
  const out: Record<string, number> = {}
  for (const m of header.matchAll(/([a-z]+);dur=([\d.]+)/g)) out[m[1]] = Number(m[2])
  return out
}

/** A process's CPU time in milliseconds (user + system, all threads), from /proc on Linux. */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command (which may hold spaces) in parentheses: utime is the 14th field, stime the 15th.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(rest[11]) + Number(rest[12])) * 1000) / 100
  } catch {
    return undefined
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

const round = (x: number): number => Math.round(x * 10) / 10

interface Server {
  url: string
  child: ChildProcess
  logged(path: string): number
  stop(): Promise<void>
}

async function startServer(args: string[]): Promise<Server> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], {stdio: ['ignore', 'ignore', 'pipe']})
  let buffer = ''
  const counts = new Map<string, number>()
  child.stderr!.setEncoding('utf8')
  let resolveUrl: (url: string) => void
  let rejectUrl: (error: Error) => void
  const url = new Promise<string>((resolve, reject) => {
    resolveUrl = resolve
    rejectUrl = reject
  })
  child.stderr!.on('data', (chunk: string) => {
    buffer += chunk
    let nl: number
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl)
      buffer = buffer.slice(nl + 1)
      const m = /wirelint: listening on (http:\/\/\S+)/.exec(line)
      if (m) resolveUrl(m[1])
      if (line.startsWith('{')) {
        try {
          const entry = JSON.parse(line) as {path?: string}
          if (entry.path) counts.set(entry.path, (counts.get(entry.path) ?? 0) + 1)
        } catch {
          // not a log line
        }
      }
    }
  })
  child.once('exit', (code) => rejectUrl(new Error(`wirelint serve exited early (${code})`)))
  const timer = setTimeout(() => rejectUrl(new Error('wirelint serve did not start within 60 s')), 60_000)
  const u = await url.finally(() => clearTimeout(timer))
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  return {
    url: u,
    child,
    logged: (p) => counts.get(p) ?? 0,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      const hard = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(hard)
    }
  }
}

/** A request's body and type, made once per story (not on each send). */
interface Prepared {
  body: Buffer
  type: string
}

function prepare(endpoint: string, story: string): Prepared {
  if (endpoint === '/v2/check') return {body: Buffer.from(new URLSearchParams({text: story, language: 'en-US'}).toString()), type: 'application/x-www-form-urlencoded'}
  return {body: Buffer.from(JSON.stringify({text: story})), type: 'application/json'}
}

interface Answer {
  status: number
  header(name: string): string | undefined
}

/**
 * POST with node:http over kept-alive connections.  The generator shares the
 * machine's cores with the server, so it should cost little: fetch (undici's
 * WHATWG layer: streams, Headers, an AbortSignal per request) took 15-20% of
 * a core at 100 requests/s here.
 */
function post(agent: http.Agent, target: URL, prepared: Prepared, timeoutMs: number): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {'Content-Type': prepared.type, 'Content-Length': prepared.body.length}
      },
      (res) => {
        res.on('data', () => undefined)
        res.on('end', () => resolve({status: res.statusCode ?? 0, header: (name) => res.headers[name] as string | undefined}))
        res.on('error', reject)
      }
    )
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')))
    req.on('error', reject)
    req.end(prepared.body)
  })
}

async function runPhase(
  name: string,
  serverArgs: string[],
  clients: number,
  seconds: number,
  endpoint: string,
  stories: string[],
  /** Requests a second, sent on schedule (open loop) instead of `clients` closed-loop clients. */
  rate = 0
): Promise<PhaseResult> {
  const server = await startServer(serverArgs)
  let agent: http.Agent | undefined
  try {
    const target = new URL(server.url + endpoint)
    // Connections kept alive and reused; as many as there are requests in flight.
    agent = new http.Agent({keepAlive: true, maxSockets: Infinity})
    const keptAlive = agent
    const prepared = stories.map((story) => prepare(endpoint, story))
    const latencies: number[] = []
    const busyLatencies: number[] = []
    const status = {ok: 0, busy: 0, other: 0, networkErrors: 0}
    const otherStatuses: Record<string, number> = {}
    let busyWithoutRetryAfter = 0
    let sent = 0
    const warmupMs = 1500
    const loopDelay = monitorEventLoopDelay({resolution: 5})
    let cpuAtMeasure: NodeJS.CpuUsage | undefined
    let serverCpuAtMeasure: number | undefined
    let machineCpuAtMeasure: number | undefined
    let threadsAtMeasure = new Map<number, number>()
    const t0 = performance.now()
    const measureFrom = t0 + warmupMs
    const stopAt = measureFrom + seconds * 1000
    // The generator's and the server's CPU, and the generator's event-loop delay, over the measured time.
    const measuring = setTimeout(() => {
      cpuAtMeasure = process.cpuUsage()
      serverCpuAtMeasure = processCpuMs(server.child.pid)
      machineCpuAtMeasure = machineCpuMs()
      threadsAtMeasure = threadCpuMs(server.child.pid)
      loopDelay.enable()
    }, warmupMs)
    let measuredSent = 0
    let next = 0
    const parts: Parts[] = []

    /** Send one story; a counted request's latency (from `from`) and status go to the tallies. */
    const send = async (story: Prepared, from: number, counted: boolean): Promise<void> => {
      try {
        // Every request has a deadline: the server's own budget (10 s) plus a margin.
        const sentAt = performance.now()
        const res = await post(keptAlive, target, story, 20_000)
        if (!counted) return
        const ms = performance.now() - from
        if (res.status === 200) {
          status.ok++
          latencies.push(ms)
          const t = parseServerTiming(res.header('server-timing'))
          if (t && t.total !== undefined) {
            const late = sentAt - from
            const encode = t.total - t.read - t.queue - t.check
            parts.push({at: (from - measureFrom) / 1000, late, read: t.read, queue: t.queue, handoff: t.check - t.work, work: t.work, encode, outside: ms - late - t.total, total: ms})
          }
        } else if (res.status === 503) {
          busyLatencies.push(ms)
          status.busy++
          if (!res.header('retry-after')) busyWithoutRetryAfter++
        } else {
          status.other++
          otherStatuses[res.status] = (otherStatuses[res.status] ?? 0) + 1
        }
      } catch {
        if (counted) status.networkErrors++
      }
    }

    const client = async (): Promise<void> => {
      while (performance.now() < stopAt) {
        const story = prepared[next++ % prepared.length]
        const start = performance.now()
        const counted = start >= measureFrom
        sent++
        if (counted) measuredSent++
        await send(story, start, counted)
      }
    }
    /** One request sent at `due` (performance.now() time): its latency counts from then. */
    const paced = async (due: number): Promise<void> => {
      const story = prepared[next++ % prepared.length]
      const counted = due >= measureFrom
      sent++
      if (counted) measuredSent++
      await send(story, due, counted)
    }
    if (rate > 0) {
      // Open loop: the k-th request is due at t0 + k / rate, sent then (or at once if the timer was late).
      const inFlight: Array<Promise<void>> = []
      for (let k = 0; ; k++) {
        const due = t0 + (k * 1000) / rate
        if (due >= stopAt) break
        const wait = due - performance.now()
        if (wait > 0) await new Promise((r) => setTimeout(r, wait))
        inFlight.push(paced(due))
      }
      await Promise.all(inFlight)
    } else {
      await Promise.all(Array.from({length: clients}, client))
    }
    const elapsed = (performance.now() - measureFrom) / 1000
    clearTimeout(measuring)
    loopDelay.disable()
    const cpu = process.cpuUsage(cpuAtMeasure)
    const serverCpu = processCpuMs(server.child.pid)
    const machineCpu = machineCpuMs()
    const threadsNow = threadCpuMs(server.child.pid)
    const percentOf = (ms: number): number => round((ms / (elapsed * 1000)) * 100)
    const serverCpuPercent = serverCpu !== undefined && serverCpuAtMeasure !== undefined ? percentOf(serverCpu - serverCpuAtMeasure) : undefined
    const generatorCpuPercent = percentOf((cpu.user + cpu.system) / 1000)
    const machineCpuPercent = machineCpu !== undefined && machineCpuAtMeasure !== undefined ? percentOf(machineCpu - machineCpuAtMeasure) : undefined
    latencies.sort((a, b) => a - b)
    busyLatencies.sort((a, b) => a - b)
    // Let the last log lines arrive.
    await new Promise((r) => setTimeout(r, 200))
    const answered = status.ok + status.busy + status.other
    const serverLogged = server.logged(endpoint)
    const passed =
      status.other === 0 && status.networkErrors === 0 && busyWithoutRetryAfter === 0 && answered === measuredSent && serverLogged === sent
    return {
      name,
      rate,
      clients,
      seconds,
      serverArgs,
      requests: answered,
      perSecond: round(status.ok / elapsed),
      latencyMs: {
        p50: round(percentile(latencies, 50)),
        p95: round(percentile(latencies, 95)),
        p99: round(percentile(latencies, 99)),
        max: round(latencies[latencies.length - 1] ?? 0)
      },
      busyLatencyMs: {p50: round(percentile(busyLatencies, 50)), p99: round(percentile(busyLatencies, 99))},
      status,
      busyWithoutRetryAfter,
      otherStatuses,
      serverLogged,
      sent,
      passed,
      breakdown: breakdownOf(parts, {
        generatorCpuPercent,
        generatorLoopDelayMs: {
          p50: round(loopDelay.count ? loopDelay.percentile(50) / 1e6 : 0),
          p99: round(loopDelay.count ? loopDelay.percentile(99) / 1e6 : 0),
          max: round(loopDelay.count ? loopDelay.max / 1e6 : 0)
        },
        serverCpuPercent,
        serverThreads:
          threadsNow.size > 0
            ? {
                main: percentOf((threadsNow.get(server.child.pid!) ?? 0) - (threadsAtMeasure.get(server.child.pid!) ?? 0)),
                others: [...threadsNow]
                  .filter(([tid]) => tid !== server.child.pid)
                  .map(([tid, ms]) => percentOf(ms - (threadsAtMeasure.get(tid) ?? 0)))
                  .filter((x) => x >= 1)
                  .sort((a, b) => b - a)
              }
            : undefined,
        machineCpuPercent,
        othersCpuPercent:
          machineCpuPercent !== undefined && serverCpuPercent !== undefined ? round(Math.max(0, machineCpuPercent - serverCpuPercent - generatorCpuPercent)) : undefined
      })
    }
  } finally {
    agent?.destroy()
    await server.stop()
  }
}

function breakdownOf(parts: Parts[], cpu: Omit<Breakdown, 'p50' | 'p99' | 'slowest' | 'mean' | 'p99BySecond'>): Breakdown {
  if (parts.length === 0) return cpu
  const at = (p: number): Parts => {
    const out = {} as Parts
    for (const k of [...PARTS, 'total'] as const) out[k] = round(percentile(parts.map((x) => x[k]).sort((a, b) => a - b), p))
    return out
  }
  const slow = [...parts].sort((a, b) => b.total - a.total).slice(0, Math.max(1, Math.ceil(parts.length / 100)))
  const slowest = {count: slow.length} as Parts & {count: number}
  for (const k of [...PARTS, 'total'] as const) slowest[k] = round(slow.reduce((n, x) => n + x[k], 0) / slow.length)
  const mean = {} as Parts
  for (const k of [...PARTS, 'total'] as const) mean[k] = round(parts.reduce((n, x) => n + x[k], 0) / parts.length)
  const bySecond: number[][] = []
  for (const x of parts) (bySecond[Math.max(0, Math.floor(x.at ?? 0))] ??= []).push(x.total)
  const p99BySecond = Array.from(bySecond, (xs) => (xs ? round(percentile(xs.sort((a, b) => a - b), 99)) : 0))
  return {p50: at(50), p99: at(99), slowest, mean, p99BySecond, ...cpu}
}

function describeMachine(): string {
  const cpus = os.cpus()
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ')
  return `${cores} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), load average ${load}, ${Math.round(os.freemem() / 2 ** 20)} MB free of ${Math.round(os.totalmem() / 2 ** 20)} MB, Node ${process.version}`
}

function describeBreakdown(b: Breakdown): string {
  const row = (label: string, x: Parts): string => `    ${label.padEnd(19)} ` + [...PARTS, 'total'].map((k) => `${k} ${x[k as keyof Parts]}`).join(', ') + '\n'
  return (
    (b.p50 && b.p99 && b.mean && b.slowest && b.p99BySecond
      ? `  where the time of 200 answers went (ms; the service's Server-Timing, the rest measured here):\n` +
        row('p50', b.p50) +
        row('p99', b.p99) +
        row('mean', b.mean) +
        row(`slowest ${b.slowest.count}, mean`, b.slowest) +
        `    p99 by second:      ${b.p99BySecond.join(', ')}\n`
      : '') +
    `  CPU over the measured time (% of one core): load generator ${b.generatorCpuPercent}%` +
    (b.serverCpuPercent !== undefined ? `, server ${b.serverCpuPercent}%` : '') +
    (b.machineCpuPercent !== undefined ? `, whole machine ${b.machineCpuPercent}% of ${(os.availableParallelism?.() ?? os.cpus().length) * 100}% (other processes ${b.othersCpuPercent}%)` : '') +
    (b.serverThreads ? `; server's main thread ${b.serverThreads.main}%, its other threads ${b.serverThreads.others.join('%, ')}%` : '') +
    `; generator's event-loop delay p50 ${b.generatorLoopDelayMs.p50} ms, p99 ${b.generatorLoopDelayMs.p99} ms, max ${b.generatorLoopDelayMs.max} ms\n`
  )
}

function print(r: PhaseResult): void {
  const s = r.status
  process.stdout.write(
    `\n${r.name}: ${r.rate ? `${r.rate} requests/s on schedule (latency from each one's due time)` : `${r.clients} clients`} for ${r.seconds} s (after a 1.5 s warm-up), server ${r.serverArgs.join(' ') || '(defaults)'}\n` +
      `  ${r.requests} answers, ${r.perSecond} requests/s answered 200\n` +
      `  latency of 200 answers: p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms\n` +
      (r.status.busy ? `  latency of 503 answers: p50 ${r.busyLatencyMs.p50} ms, p99 ${r.busyLatencyMs.p99} ms\n` : '') +
      `  200: ${s.ok}   503: ${s.busy}   other: ${s.other}${s.other ? ' ' + JSON.stringify(r.otherStatuses) : ''}   network errors: ${s.networkErrors}\n` +
      (r.breakdown ? describeBreakdown(r.breakdown) : '') +
      `  server logged ${r.serverLogged} requests for the ${r.sent} the clients sent (warm-up included)\n` +
      `  ${r.passed ? '✓' : '✗'} every answer that is not 200 is a 503 with Retry-After, and every request got an answer\n`
  )
}

async function main(argv: string[]): Promise<number> {
  const {values} = parseArgs({
    args: argv,
    strict: true,
    options: {
      rate: {type: 'string', default: '100'},
      'rate-seconds': {type: 'string', default: '10'},
      corpus: {type: 'string'},
      generated: {type: 'boolean', default: false},
      clients: {type: 'string', default: '8'},
      seconds: {type: 'string', default: '10'},
      'overload-clients': {type: 'string', default: '32'},
      'overload-seconds': {type: 'string', default: '5'},
      'overload-queue': {type: 'string', default: '4'},
      concurrency: {type: 'string'},
      'server-args': {type: 'string', default: ''},
      cli: {type: 'string'},
      endpoint: {type: 'string', default: '/api/check'},
      'no-overload': {type: 'boolean', default: false},
      json: {type: 'boolean', default: false}
    }
  })
  const num = (name: string, raw: string, max: number): number => {
    const n = Number(raw)
    if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} needs a whole number from 1 to ${max}`)
    return n
  }
  const clients = num('clients', values.clients, 1000)
  const seconds = num('seconds', values.seconds, 600)
  const overloadClients = num('overload-clients', values['overload-clients'], 1000)
  const overloadSeconds = num('overload-seconds', values['overload-seconds'], 600)
  const overloadQueue = Number(values['overload-queue'])
  if (!Number.isInteger(overloadQueue) || overloadQueue < 0) throw new Error('--overload-queue needs a whole number')
  const endpoint = values.endpoint
  if (!['/api/check', '/api/fix', '/v2/check'].includes(endpoint)) throw new Error('--endpoint is /api/check, /api/fix or /v2/check')
  const concurrencyArgs = [
    ...(values.concurrency ? ['--concurrency', String(num('concurrency', values.concurrency, 256))] : []),
    // More `wirelint serve` options for every phase (e.g. "--warm-ms 0"), split at spaces.
    ...values['server-args'].split(/\s+/).filter(Boolean)
  ]

  // Another build's bin (e.g. main's, for a before/after with the same generator).
  if (values.cli) cli = path.resolve(values.cli)
  const rate = Number(values.rate)
  if (!Number.isFinite(rate) || rate < 0 || rate > 10_000) throw new Error('--rate needs a number of requests a second from 0 to 10000')
  const rateSeconds = num('rate-seconds', values['rate-seconds'], 600)
  const newsDir = values.corpus ?? path.resolve(here, '..', '..', '..', '..', 'shared', 'corpus', 'news-clean')
  let stories: string[]
  let source: string
  if (!values.generated && fs.existsSync(newsDir)) {
    // Real news, read in place: the 32 articles nearest 600 words.
    const wordsOf = (t: string): number => (t.match(/\S+/g) ?? []).length
    stories = fs
      .readdirSync(newsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => fs.readFileSync(path.join(newsDir, f), 'utf8'))
      .map((t) => ({t, d: Math.abs(wordsOf(t) - 600)}))
      .sort((a, b) => a.d - b.d)
      .slice(0, 32)
      .map((x) => x.t)
    source = `news articles from ${newsDir}`
  } else {
    const random = rng(7)
    stories = Array.from({length: 32}, () => generateArticle(random, 600))
    source = 'generated stories'
  }
  const words = Math.round(stories.reduce((n, s) => n + (s.match(/\S+/g) ?? []).length, 0) / stories.length)
  const chars = Math.round(stories.reduce((n, s) => n + s.length, 0) / stories.length)

  // A hard stop for the whole run, whatever happens.
  const budgetMs = (seconds + overloadSeconds + (rate > 0 ? rateSeconds : 0) + 120) * 1000
  const hard = setTimeout(() => {
    process.stderr.write(`loadtest: still running after ${budgetMs / 1000} s: stopping\n`)
    process.exit(1)
  }, budgetMs)
  hard.unref()

  process.stdout.write(`wirelint load test on loopback: POST ${endpoint}, ${source} of ~${words} words (~${chars} characters)\n`)
  process.stdout.write(`machine before: ${describeMachine()}\n`)
  const results: PhaseResult[] = []
  if (rate > 0) {
    results.push(await runPhase('paced', [...concurrencyArgs], 0, rateSeconds, endpoint, stories, rate))
    print(results[results.length - 1])
    process.stdout.write(`  target: p99 ≤ 50 ms at 100 requests/s of 600-word stories\n`)
  }
  results.push(await runPhase('sustained', [...concurrencyArgs], clients, seconds, endpoint, stories))
  print(results[results.length - 1])
  if (!values['no-overload']) {
    results.push(await runPhase('overload', [...concurrencyArgs, '--queue', String(overloadQueue)], overloadClients, overloadSeconds, endpoint, stories))
    print(results[results.length - 1])
  }
  process.stdout.write(`\nmachine after: ${describeMachine()}\n`)
  if (values.json) process.stdout.write(JSON.stringify(results) + '\n')
  const passed = results.every((r) => r.passed)
  process.stdout.write(passed ? 'loadtest: passed\n' : 'loadtest: FAILED (see ✗ above)\n')
  clearTimeout(hard)
  return passed ? 0 : 1
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`loadtest: ${(error as Error).message}\n`)
    process.exitCode = 2
  }
)
