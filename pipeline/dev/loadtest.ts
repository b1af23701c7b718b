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
 * --endpoint /api/check | /api/fix | /v2/check, --no-overload, --json.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {generateArticle, rng} from './corpus.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const cli = path.join(here, '..', '..', 'bin', 'cli.cjs')

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
  const timer = setTimeout(() => rejectUrl(new Error('wirelint serve did not start within 15 s')), 15_000)
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

function requestFor(endpoint: string, story: string): RequestInit {
  if (endpoint === '/v2/check') return {method: 'POST', body: new URLSearchParams({text: story, language: 'en-US'})}
  return {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({text: story})}
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
  try {
    const target = server.url + endpoint
    const latencies: number[] = []
    const busyLatencies: number[] = []
    const status = {ok: 0, busy: 0, other: 0, networkErrors: 0}
    const otherStatuses: Record<string, number> = {}
    let busyWithoutRetryAfter = 0
    let sent = 0
    const warmupMs = 1500
    const t0 = performance.now()
    const measureFrom = t0 + warmupMs
    const stopAt = measureFrom + seconds * 1000
    let measuredSent = 0
    let next = 0

    /** Send one story; a counted request's latency (from `from`) and status go to the tallies. */
    const send = async (story: (typeof stories)[number], from: number, counted: boolean): Promise<void> => {
      try {
        // Every request has a deadline: the server's own budget (10 s) plus a margin.
        const res = await fetch(target, {...requestFor(endpoint, story), signal: AbortSignal.timeout(20_000)})
        await res.arrayBuffer()
        if (!counted) return
        const ms = performance.now() - from
        if (res.status === 200) {
          status.ok++
          latencies.push(ms)
        } else if (res.status === 503) {
          busyLatencies.push(ms)
          status.busy++
          if (!res.headers.get('retry-after')) busyWithoutRetryAfter++
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
        const story = stories[next++ % stories.length]
        const start = performance.now()
        const counted = start >= measureFrom
        sent++
        if (counted) measuredSent++
        await send(story, start, counted)
      }
    }
    /** One request sent at `due` (performance.now() time): its latency counts from then. */
    const paced = async (due: number): Promise<void> => {
      const story = stories[next++ % stories.length]
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
      passed
    }
  } finally {
    await server.stop()
  }
}

function describeMachine(): string {
  const cpus = os.cpus()
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ')
  return `${cores} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), load average ${load}, ${Math.round(os.freemem() / 2 ** 20)} MB free of ${Math.round(os.totalmem() / 2 ** 20)} MB, Node ${process.version}`
}

function print(r: PhaseResult): void {
  const s = r.status
  process.stdout.write(
    `\n${r.name}: ${r.rate ? `${r.rate} requests/s on schedule (latency from each one's due time)` : `${r.clients} clients`} for ${r.seconds} s (after a 1.5 s warm-up), server ${r.serverArgs.join(' ') || '(defaults)'}\n` +
      `  ${r.requests} answers, ${r.perSecond} requests/s answered 200\n` +
      `  latency of 200 answers: p50 ${r.latencyMs.p50} ms, p95 ${r.latencyMs.p95} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms\n` +
      (r.status.busy ? `  latency of 503 answers: p50 ${r.busyLatencyMs.p50} ms, p99 ${r.busyLatencyMs.p99} ms\n` : '') +
      `  200: ${s.ok}   503: ${s.busy}   other: ${s.other}${s.other ? ' ' + JSON.stringify(r.otherStatuses) : ''}   network errors: ${s.networkErrors}\n` +
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
  const concurrencyArgs = values.concurrency ? ['--concurrency', String(num('concurrency', values.concurrency, 256))] : []

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
