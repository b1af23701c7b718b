/**
 * `wirelint serve`: the pre-publication HTTP service (Hono on Node's HTTP
 * server).
 *
 *   GET  /               the editor page (self-contained: no network, no CDN)
 *   POST /api/check      {text, format?, rules?, words?} → {format, messages, summary}
 *   POST /api/fix        {text, format?, rules?, words?} → {text, changed, passes, fixed, remaining, summary}
 *   GET  /api/rules      the rules with their metadata and configured level
 *   POST /v2/check       LanguageTool-compatible check (also GET); see languagetool.ts
 *   GET  /v2/languages   LanguageTool-compatible language list
 *   GET  /healthz        liveness and load
 *
 * Limits: a request body limit (413), a time budget per request counted from
 * its arrival, reading its body included (408 when the body is slower, 503
 * when the check is: it is stopped by ending its worker thread), at most
 * `concurrency` checks at once with `queue` more received or waiting
 * (p-queue), and 503 with Retry-After at once beyond.  What a request may add
 * to the configuration (`words`, `rules`) is bounded, and so are the caches of
 * configurations (by size in bytes) and the findings of one check.
 *
 * Web pages cannot use it: the Host header must name this machine (loopback
 * names, the bound address, or --allow-host names: no DNS rebinding), and a
 * request from a browser must come from the service's own page or an origin
 * given with --allow-origin (refused before its body is read, "simple"
 * cross-origin form and text posts included).  Requests without an Origin
 * (curl, servers, editor plug-ins) are not affected.
 *
 * Requests never touch the file system: texts arrive in the body, the
 * configuration is read once at start-up.  Binds to 127.0.0.1 unless told
 * otherwise.  One JSON line per request on standard error (never the text).
 */
import fs from 'node:fs'
import net, {type AddressInfo} from 'node:net'
import os from 'node:os'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {createServer, type Server} from 'node:http'
import {getRequestListener} from '@hono/node-server'
import {Hono, type Context} from 'hono'
import {cors} from 'hono/cors'
import PQueue from 'p-queue'
import type {WirelintMessage} from '../../plugins/support/rule.js'
import {packageVersion} from '../core/version.js'
import {ConfigError, loadConfigFile, resolveConfig, type ResolvedConfig, type UserConfig} from '../core/config.js'
import {fixText} from '../core/fix.js'
import {reviveFile, type PlainMessage} from '../core/messages.js'
import {INPUT_FORMATS, type Format} from '../core/processor.js'
import {toJsonMessage, type JsonMessage} from '../core/report.js'
import {RULES} from '../core/rules.js'
import {MAX_FINDINGS, WARM_MS, type CheckOutput, type CheckTask, type WarmResult} from './serve-worker.js'
import {SizedLru} from '../core/lru.js'
import {LtError, ltResponse, ltUserConfig, parseLtRequest, toLtMatches, LT_LANGUAGES, ruleInfo} from './languagetool.js'
import {EDITOR_CSP, EDITOR_PAGE} from './editor-page.js'

export const DEFAULT_PORT = 8765
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_BODY_LIMIT = 1024 * 1024
export const DEFAULT_TIMEOUT_MS = 10_000
export const DEFAULT_QUEUE = 64
/** What one request may add to the configuration (more: 413; the configuration file has no such limit). */
export const MAX_REQUEST_WORDS = 1000
export const MAX_REQUEST_WORDS_CHARS = 32 * 1024
/** `rules` of one request: its size as JSON, and how deeply it may nest (a rule's options are 3 levels down). */
export const MAX_RULES_CHARS = 16 * 1024
export const MAX_RULES_DEPTH = 6
/** A LanguageTool `data` object sent as JSON (`{"annotation": [{…}]}` is 3 levels deep). */
const MAX_DATA_DEPTH = 16
/** The service's cache of request configurations, by estimated size. */
export const CONFIG_CACHE_BYTES = 8 * 1024 * 1024
/** After a refusal, how long an unread body is still received (and discarded) so the client reads the answer. */
const DRAIN_MS = 10_000
const MAX_FIX_PASSES = 10

function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
}

/**
 * Checks at once by default: one worker thread per core but one.  The rest
 * of a request is not free: on 2 cores at 100 requests/s of 600-word stories
 * (`npm run loadtest`), the worker checking took 44% of a core, the main
 * thread (HTTP, JSON, the queue) 17% and V8's garbage-collector and compiler
 * threads about 30%; with a second worker the two checking threads, those
 * helpers and the main thread contended for the 2 cores (hand-off p50 8-17 ms
 * against 1 ms, p99 latency in seconds), and each thread warms up on its own.
 */
export function defaultConcurrency(): number {
  return Math.max(1, cores() - 1)
}

export function version(): string {
  return packageVersion()
}

// ------------------------------------------------------------ engines

/** What an engine's warm-up did: the fewest checks a thread ran, the longest a thread took, and how many threads warmed. */
export interface EngineWarmth extends WarmResult {
  threads: number
}

/** Where checks run. */
export interface Engine {
  readonly kind: 'threads' | 'inline'
  /** Check one text; `signal` ends the check (for threads, by ending its worker). */
  check(task: CheckTask, signal: AbortSignal): Promise<CheckOutput>
  /**
   * Warm every checking thread up (serve-worker.ts `warmUp`: lexicon, tables,
   * V8's optimised code) for `warmMs` at most, with the service's
   * configuration; resolves with what the slowest thread did and how many
   * threads warmed.
   */
  warm(warmMs?: number, config?: ResolvedConfig): Promise<EngineWarmth>
  close(): Promise<void>
}

/** The compiled worker, next to this module (dist/pipeline/serve) or beside the bundle (dist/bin → dist/pipeline/serve). */
function workerFile(): URL | undefined {
  for (const rel of ['./serve-worker.js', '../pipeline/serve/serve-worker.js']) {
    const url = new URL(rel, import.meta.url)
    if (url.protocol === 'file:' && fs.existsSync(fileURLToPath(url))) return url
  }
  return undefined
}

async function threadEngine(url: URL, threads: number): Promise<Engine> {
  const {Tinypool} = await import('tinypool')
  const pool = new Tinypool({filename: url.href, minThreads: threads, maxThreads: threads, isolateWorkers: false})
  return {
    kind: 'threads',
    check: (task, signal) => pool.run(task, {signal}) as Promise<CheckOutput>,
    async warm(warmMs, config) {
      // One `warm` task per thread; a thread that gets a second one answers at
      // once (it warms once), so ask again until every thread has answered.
      const seen = new Map<number, WarmResult>()
      for (let attempt = 0; attempt < 4 && seen.size < threads; attempt++) {
        const results = await Promise.all(
          Array.from({length: threads}, () =>
            (pool.run({warmMs, config}, {name: 'warm'}) as Promise<WarmResult & {thread: number}>).catch(() => undefined)
          )
        )
        for (const r of results) if (r) seen.set(r.thread, {checks: r.checks, ms: r.ms})
      }
      const all = [...seen.values()]
      return {checks: all.length ? Math.min(...all.map((r) => r.checks)) : 0, ms: Math.max(0, ...all.map((r) => r.ms)), threads: all.length}
    },
    close: () => pool.destroy()
  }
}

async function inlineEngine(): Promise<Engine> {
  const {default: check, warmUp} = await import('./serve-worker.js')
  let warming: Promise<EngineWarmth> | undefined
  return {
    kind: 'inline',
    // A check in this thread cannot be interrupted; the budget is enforced when it returns.
    async check(task, signal) {
      signal.throwIfAborted()
      const result = await check(task)
      signal.throwIfAborted()
      return result
    },
    warm(warmMs, config) {
      warming ??= warmUp(warmMs, config).then((r) => ({...r, threads: 1}))
      return warming
    },
    async close() {}
  }
}

export async function createEngine(kind: 'auto' | 'threads' | 'inline', threads: number): Promise<Engine> {
  const url = kind === 'inline' ? undefined : workerFile()
  if (url) return threadEngine(url, threads)
  if (kind === 'threads') throw new Error('no compiled worker (dist/pipeline/serve/serve-worker.js): run `npm run build`')
  return inlineEngine()
}

// ------------------------------------------------------------ options

export interface ServeOptions {
  port?: number
  host?: string
  /** Request body limit in bytes. */
  bodyLimit?: number
  /** Time budget per request in milliseconds, from arrival to answer. */
  timeoutMs?: number
  /** Checks running at once (worker threads; default: one per core but one, at least one). */
  concurrency?: number
  /** Requests waiting beyond those; more get 503 at once. */
  queue?: number
  /** The server's configuration (default: wirelint's defaults). */
  config?: ResolvedConfig
  /**
   * Origins (`https://cms.example.com`, `chrome-extension://<id>`, or `*` for
   * any) whose pages may call the API: their requests are served and get CORS
   * headers.  Default: none, the service's own page only.  Requests without an
   * Origin header (curl, servers) are always served.
   */
  allowOrigin?: string | readonly string[]
  /**
   * Host names the service answers to besides the loopback names (localhost,
   * 127.0.0.1, [::1]) and the bound address (and, bound to every interface,
   * any IP address): a request naming another host gets 403.
   */
  allowHosts?: readonly string[]
  /** Where checks run (default: worker threads when compiled, else this thread). */
  engine?: 'auto' | 'threads' | 'inline' | Engine
  /**
   * Before listening, each checking thread checks our own warm-up stories for
   * this long at most (milliseconds, default 2000; 0: no warm-up), so that the
   * first requests are not the ones that load the tables and get V8 to
   * optimise the rules.
   */
  warmMs?: number
  /** One structured log line per request (default: JSON to standard error). */
  log?: (entry: LogEntry) => void
}

export interface LogEntry {
  time: string
  method: string
  path: string
  status: number
  ms: number
  /** Request body size in bytes. */
  bytes: number
  /** Why a request was refused or failed (busy, timeout, body-limit, …). */
  reason?: string
  /** A request that was queued for a check: milliseconds it waited for a free checker, and the check took. */
  queueMs?: number
  checkMs?: number
}

export interface RunningServer {
  url: string
  host: string
  port: number
  engine: Engine
  server: Server
  /** The warm-up done before listening (the slowest thread's). */
  warm: EngineWarmth
  close(): Promise<void>
}

// ------------------------------------------------------------ helpers

class HttpError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 408 | 413 | 415 | 500 | 503,
    message: string,
    readonly reason?: string
  ) {
    super(message)
  }
}

class BudgetError extends Error {
  constructor(readonly ms: number) {
    super(`the check took longer than the time budget of ${ms} ms`)
    this.name = 'BudgetError'
  }
}

class BusyError extends Error {}

class ClientGoneError extends Error {
  constructor() {
    super('the client closed the connection')
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export interface Summary {
  errors: number
  warnings: number
  infos: number
  fixable: number
  byRule: Record<string, {errors: number; warnings: number; infos: number; fixable: number}>
}

function summarize(messages: readonly JsonMessage[]): Summary {
  const summary: Summary = {errors: 0, warnings: 0, infos: 0, fixable: 0, byRule: {}}
  for (const m of messages) {
    const id = m.ruleId ?? 'other'
    const row = (summary.byRule[id] ??= {errors: 0, warnings: 0, infos: 0, fixable: 0})
    const key = m.severity === 'error' ? 'errors' : m.severity === 'warning' ? 'warnings' : 'infos'
    summary[key]++
    row[key]++
    if (m.fix) {
      summary.fixable++
      row.fixable++
    }
  }
  return summary
}

function toJsonMessages(messages: PlainMessage[]): JsonMessage[] {
  return (reviveFile('request', messages).messages as WirelintMessage[]).map(toJsonMessage)
}

/** The raw (user) form of a resolved configuration, to layer a request's rules over. */
function rawOf(config: ResolvedConfig): UserConfig {
  const rules: NonNullable<UserConfig['rules']> = {}
  for (const [id, setting] of Object.entries(config.rules)) rules[id] = [setting.level, {...setting.options}]
  return {rules, words: [...config.words], frontMatter: [...(config.frontMatter ?? [])]}
}

/**
 * Why a JSON value is unfit as a request's `rules`: nested deeper than
 * `maxDepth` containers, or larger than `maxChars` as JSON (counted without
 * recursion, so a value nested 100,000 deep is no stack overflow).
 */
export function jsonBounds(value: unknown, maxDepth: number, maxChars: number): 'deep' | 'large' | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]]
  let chars = 0
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!
    if (typeof v === 'string') chars += v.length + 2
    else if (typeof v === 'object' && v !== null) {
      if (depth >= maxDepth) return 'deep'
      chars += 2
      if (Array.isArray(v)) {
        for (const x of v) {
          chars += 1
          if (chars > maxChars) return 'large'
          stack.push([x, depth + 1])
        }
      } else {
        for (const k of Object.keys(v)) {
          chars += k.length + 4
          if (chars > maxChars) return 'large'
          stack.push([(v as Record<string, unknown>)[k], depth + 1])
        }
      }
    } else chars += String(v).length
    if (chars > maxChars) return 'large'
  }
  return undefined
}

/** Estimated bytes a cached request configuration holds (its key, its words, its own key). */
function configBytes(key: string, config: ResolvedConfig): number {
  let chars = 0
  for (const w of config.words) chars += w.length
  return 1024 + 2 * (key.length + config.key.length + chars) + 48 * config.words.length
}

/** A Host header's (or --allow-host's) name and port: `Name:8765` → `name`, `8765` (IPv6 in brackets); undefined when malformed. */
function splitHost(raw: string): {name: string; port?: string} | undefined {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(?::(\d{1,5}))?$/i.exec(raw.trim())
  if (!m) return undefined
  const name = m[1].toLowerCase()
  if (name.startsWith('[') && !net.isIPv6(name.slice(1, -1))) return undefined
  return {name, port: m[2]}
}

function isIpLiteral(name: string): boolean {
  return net.isIPv4(name) || (name.startsWith('[') && net.isIPv6(name.slice(1, -1)))
}

/** The bound address as a Host header names it (`::1` → `[::1]`). */
function boundName(host: string): string {
  return net.isIPv6(host) ? `[${host.toLowerCase()}]` : host.toLowerCase()
}

/** An origin as given to --allow-origin, compared as browsers send it (lower case, no trailing slash). */
export function normalizeOrigin(raw: string): string {
  return raw.trim().replace(/\/+$/, '').toLowerCase()
}

function parseSize(raw: string): number | undefined {
  const m = /^(\d{1,12})\s*(b|k|kb|kib|m|mb|mib)?$/i.exec(raw.trim())
  if (!m) return undefined
  const unit = (m[2] ?? 'b').toLowerCase()
  const n = Number(m[1]) * (unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1)
  return n > 0 ? n : undefined
}

// ------------------------------------------------------------ the app

export interface App {
  app: Hono<Env>
  queue: PQueue
  /** The cache of request configurations, bounded by size (reported by /healthz). */
  configs: SizedLru<ResolvedConfig>
}

type Env = {
  Variables: {
    bytes: number
    reason: string
    arrived: number
    /** Counted against the service's capacity (running + received or waiting) until answered. */
    admitted: boolean
    /** The body's reader, once reading began. */
    reader: ReadableStreamDefaultReader<Uint8Array>
    /** The whole body was read. */
    bodyRead: boolean
    /** Where a check request's time went (Server-Timing header, log line). */
    timing: Timing
  }
}

/**
 * Where a check request's time went, in milliseconds: reading and decoding
 * its body (`read`, from arrival to the queue), waiting for a free checker
 * (`queue`), the check as the service saw it (`check`: hand-off to the worker
 * thread and back included) and as the worker measured it (`work`).
 */
export interface Timing {
  read: number
  queue: number
  check: number
  work: number
}

/** A Server-Timing header value (https://www.w3.org/TR/server-timing/) for a check request; `total` from arrival to the answer. */
export function serverTiming(t: Timing, total: number): string {
  const d = (x: number): string => (Math.round(x * 10) / 10).toString()
  return `read;dur=${d(t.read)}, queue;dur=${d(t.queue)}, check;dur=${d(t.check)}, work;dur=${d(t.work)}, total;dur=${d(total)}`
}

export function createApp(engine: Engine, options: ServeOptions = {}): App {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
  const budget = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const concurrency = options.concurrency ?? defaultConcurrency()
  const queueLimit = options.queue ?? DEFAULT_QUEUE
  const base = options.config ?? resolveConfig({})
  const baseRaw = rawOf(base)
  const log = options.log ?? ((entry: LogEntry) => process.stderr.write(JSON.stringify(entry) + '\n'))
  const queue = new PQueue({concurrency})
  const configs = new SizedLru<ResolvedConfig>(CONFIG_CACHE_BYTES)
  const started = Date.now()
  const softwareVersion = version()

  // ---------------------------------------------------------- who may call

  const bound = options.host ?? DEFAULT_HOST
  const wildcard = bound === '0.0.0.0' || bound === '::' || bound === ''
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]'])
  if (!wildcard) hosts.add(boundName(bound))
  for (const h of options.allowHosts ?? []) {
    const name = splitHost(h)?.name
    if (name) hosts.add(name)
  }
  const origins = (typeof options.allowOrigin === 'string' ? [options.allowOrigin] : (options.allowOrigin ?? [])).map(normalizeOrigin).filter(Boolean)
  const anyOrigin = origins.includes('*')
  const listed = new Set(origins.filter((o) => o !== '*'))

  /**
   * A Host header naming this service: a loopback name, the bound address, an
   * --allow-host name, or (bound to every interface) any IP address.  A page
   * that rebinds its own DNS name to this machine sends its own name: refused.
   */
  const hostAllowed = (raw: string): boolean => {
    const name = splitHost(raw)?.name
    return name !== undefined && (hosts.has(name) || (wildcard && isIpLiteral(name)))
  }

  /** An Origin header naming the service itself as the browser reached it (the editor page). */
  const sameOrigin = (origin: string, host: string): boolean => {
    let url: URL
    try {
      url = new URL(origin)
    } catch {
      return false
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
    const h = splitHost(host)
    if (!h) return false
    const port = url.protocol === 'https:' ? '443' : '80'
    return url.hostname.toLowerCase() === h.name && (url.port || port) === (h.port ?? port)
  }

  const originAllowed = (origin: string, host: string): boolean => anyOrigin || listed.has(normalizeOrigin(origin)) || sameOrigin(origin, host)

  /** An answer to a request refused before it was read (JSON; LanguageTool's plain text on /v2). */
  const refuse = (c: Context<Env>, status: 403 | 413, message: string, reason: string): Response => {
    c.set('reason', reason)
    return c.req.path.startsWith('/v2/') ? c.text(`Error: ${message}`, status) : c.json({error: message}, status)
  }

  // ---------------------------------------------------------- capacity and configurations

  // Requests being received, waiting for a worker or running: at most
  // `concurrency + queue`; more get 503 at once, before their body is read, so
  // bodies held in memory are bounded too.
  let inflight = 0
  const capacity = concurrency + queueLimit

  /** Count the request against the capacity, or refuse it (idempotent). */
  const admit = (c: Context<Env>): void => {
    if (c.get('admitted')) return
    if (inflight >= capacity) throw new BusyError('the service is busy: the queue is full')
    inflight++
    c.set('admitted', true)
  }

  /**
   * The server's configuration with a request's `rules` and `words` on top
   * (ConfigError when invalid).  What a request may add is bounded (413), and
   * checked without recursion before anything walks it.
   */
  const configFor = (rules: unknown, words: unknown): ResolvedConfig => {
    if (rules === undefined && words === undefined) return base
    if (rules !== undefined && !isPlainObject(rules)) throw new ConfigError('must be an object of rule ids', 'rules')
    if (words !== undefined) {
      if (!Array.isArray(words)) throw new ConfigError('must be an array of strings', 'words')
      const more = 'put longer lists in the configuration file (--config)'
      if (words.length > MAX_REQUEST_WORDS) {
        throw new HttpError(413, `"words" has ${words.length} entries: at most ${MAX_REQUEST_WORDS} in one request; ${more}`, 'words-limit')
      }
      let chars = 0
      for (let i = 0; i < words.length; i++) {
        const w: unknown = words[i]
        if (typeof w !== 'string') throw new ConfigError('must be a non-empty string of at most 200 characters', `words[${i}]`)
        chars += w.length
      }
      if (chars > MAX_REQUEST_WORDS_CHARS) {
        throw new HttpError(413, `"words" has ${chars} characters: at most ${MAX_REQUEST_WORDS_CHARS} in one request; ${more}`, 'words-limit')
      }
    }
    if (rules !== undefined) {
      const bounds = jsonBounds(rules, MAX_RULES_DEPTH, MAX_RULES_CHARS)
      if (bounds === 'deep') throw new ConfigError(`nested more than ${MAX_RULES_DEPTH} levels deep (a rule is "level" or ["level", {options}])`, 'rules')
      if (bounds === 'large') {
        throw new HttpError(413, `"rules" is larger than ${MAX_RULES_CHARS} characters as JSON: put larger settings in the configuration file (--config)`, 'rules-limit')
      }
    }
    const key = JSON.stringify([rules ?? null, words ?? null])
    const cached = configs.get(key)
    if (cached) return cached
    const raw: UserConfig = {
      rules: {...baseRaw.rules, ...(rules as UserConfig['rules'])},
      words: [...(baseRaw.words ?? []), ...((words as string[] | undefined) ?? [])]
    }
    const config = resolveConfig(raw)
    configs.set(key, config, configBytes(key, config))
    return config
  }

  /** The server's configuration with a LanguageTool request's rule levels (keyed by those levels only). */
  const ltConfigFor = (rules: Record<string, string>): ResolvedConfig => {
    if (Object.keys(rules).length === 0) return base
    const key = `lt\0${JSON.stringify(rules)}`
    const cached = configs.get(key)
    if (cached) return cached
    const config = resolveConfig(ltUserConfig(base, rules as Parameters<typeof ltUserConfig>[1]))
    configs.set(key, config, configBytes(key, config))
    return config
  }

  /**
   * Run `work` in the bounded queue within the request's time budget.
   * Throws BusyError when the service is full, BudgetError when time runs out.
   */
  const schedule = async <T>(c: Context<Env>, work: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    admit(c)
    // The budget counts from the request's arrival (reading its body included).
    const left = budget - (performance.now() - (c.get('arrived') ?? performance.now()))
    if (left <= 0) throw new BudgetError(budget)
    const budgetController = new AbortController()
    const timer = setTimeout(() => budgetController.abort(new BudgetError(budget)), left)
    const queuedAt = performance.now()
    const timing: Timing = c.get('timing') ?? {read: queuedAt - (c.get('arrived') ?? queuedAt), queue: 0, check: 0, work: 0}
    c.set('timing', timing)
    // While waiting, running out of time or a client hanging up takes the request
    // out of the queue.  Once running, only the budget stops the check (by ending
    // its worker thread); a check whose client left is let finish, which costs
    // less than a new thread, and keeps the number of running checks exact.
    const queued = new AbortController()
    let running = false
    const leave = (): void => {
      if (!running && !queued.signal.aborted) queued.abort(budgetController.signal.aborted ? budgetController.signal.reason : new ClientGoneError())
    }
    const clientSignal = c.req.raw.signal
    budgetController.signal.addEventListener('abort', leave)
    clientSignal.addEventListener('abort', leave)
    try {
      return await queue.add(
        async () => {
          running = true
          const start = performance.now()
          timing.queue += start - queuedAt
          try {
            return await work(budgetController.signal)
          } finally {
            timing.check += performance.now() - start
          }
        },
        {signal: queued.signal}
      )
    } catch (error) {
      if (budgetController.signal.aborted) throw budgetController.signal.reason as BudgetError
      throw error
    } finally {
      clearTimeout(timer)
      budgetController.signal.removeEventListener('abort', leave)
      clientSignal.removeEventListener('abort', leave)
    }
  }

  const runCheck = async (text: string, format: Format, config: ResolvedConfig, signal: AbortSignal, timing?: Timing): Promise<CheckOutput> => {
    const output = await engine.check({text, format, config}, signal)
    if (timing && typeof output.ms === 'number') timing.work += output.ms
    return output
  }

  /** A check's findings, at most MAX_FINDINGS of them, and whether there were more. */
  const checkCapped = async (
    text: string,
    format: Format,
    config: ResolvedConfig,
    signal: AbortSignal,
    timing?: Timing
  ): Promise<{messages: PlainMessage[]; truncated: boolean; sourceLanguage?: CheckOutput['sourceLanguage']}> => {
    const {messages, sourceLanguage} = await runCheck(text, format, config, signal, timing)
    return messages.length > MAX_FINDINGS ? {messages: messages.slice(0, MAX_FINDINGS), truncated: true, sourceLanguage} : {messages, truncated: false, sourceLanguage}
  }

  /**
   * After the answer, what the client still sends of a body nobody read is
   * received and discarded (for DRAIN_MS at most, then the connection is
   * closed), so a client that is still sending reads its 413 or 403 instead
   * of a reset connection, and the connection stays usable.
   */
  const drain = (c: Context<Env>): void => {
    let reader = c.get('reader')
    if (!reader) {
      const body = c.req.raw.body
      if (!body || body.locked) return
      reader = body.getReader()
    }
    const r = reader
    const timer = setTimeout(() => void r.cancel().catch(() => undefined), DRAIN_MS)
    timer.unref()
    void (async () => {
      try {
        while (!(await r.read()).done) {
          // discarded
        }
      } catch {
        // The client went away.
      } finally {
        clearTimeout(timer)
      }
    })()
  }

  const app = new Hono<Env>()

  // Logging (one JSON line per request), headers every answer carries, and
  // what is left of the request once it is answered.
  app.use('*', async (c, next) => {
    const t0 = performance.now()
    c.set('arrived', t0)
    c.set('bytes', 0)
    try {
      await next()
    } finally {
      if (c.get('admitted')) inflight--
    }
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !c.get('bodyRead')) {
      // A body too slow for the time budget: answer and close the connection.
      if (c.res.status === 408) c.header('Connection', 'close')
      else drain(c)
    }
    const total = performance.now() - t0
    const timing = c.get('timing')
    if (timing) c.header('Server-Timing', serverTiming(timing, total))
    const entry: LogEntry = {
      time: new Date().toISOString(),
      method: c.req.method,
      // The path only: a GET /v2/check carries the text in its query string.
      path: new URL(c.req.url).pathname.slice(0, 200),
      status: c.res.status,
      ms: Math.round(total * 10) / 10,
      bytes: c.get('bytes') ?? 0
    }
    if (timing) {
      entry.queueMs = Math.round(timing.queue * 10) / 10
      entry.checkMs = Math.round(timing.check * 10) / 10
    }
    const reason = c.get('reason')
    if (reason) entry.reason = reason
    try {
      log(entry)
    } catch {
      // A log sink failing must not fail the request.
    }
  })

  // Host and Origin, before anything is read.  The editor page itself may be
  // opened from anywhere (a link, a bookmark); what it does is checked here.
  app.use('*', async (c, next) => {
    const host = c.req.header('host')
    const urlHost = new URL(c.req.url).host
    if (!hostAllowed(urlHost) || (host !== undefined && !hostAllowed(host))) {
      return refuse(c, 403, 'this service does not answer to that host name (start it with --allow-host <name> to add one)', 'host')
    }
    const page = (c.req.method === 'GET' || c.req.method === 'HEAD') && (c.req.path === '/' || c.req.path === '/favicon.ico')
    if (!page && !anyOrigin) {
      const origin = c.req.header('origin')
      if (origin !== undefined) {
        if (!originAllowed(origin, host ?? urlHost)) {
          return refuse(c, 403, 'requests from other web pages are not allowed (start the service with --allow-origin <origin> to allow one)', 'origin')
        }
      } else {
        // No Origin: curl, servers, editor plug-ins — or a browser's cross-site
        // GET (an <img>, a link), which says so in Sec-Fetch-Site.
        const site = c.req.header('sec-fetch-site')
        if (site !== undefined && site !== 'same-origin' && site !== 'none') {
          return refuse(c, 403, 'requests from other web pages are not allowed (start the service with --allow-origin <origin> to allow one)', 'cross-site')
        }
      }
    }
    await next()
  })

  if (origins.length > 0) {
    const corsOrigin = anyOrigin ? '*' : (origin: string): string | null => (listed.has(normalizeOrigin(origin)) ? origin : null)
    const corsHeaders = cors({origin: corsOrigin, allowMethods: ['GET', 'POST'], maxAge: 600})
    app.use('/api/*', corsHeaders)
    app.use('/v2/*', corsHeaders)
  }

  const tooLarge = (): HttpError => new HttpError(413, `the request body is larger than the limit of ${limit} bytes`, 'body-limit')

  /**
   * The request body, at most `limit` bytes (413 beyond, at once when its
   * Content-Length says so), read within the request's time budget (408).
   */
  const readBytes = async (c: Context<Env>): Promise<Uint8Array> => {
    const declared = c.req.header('content-length')
    if (declared !== undefined && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge()
    const body = c.req.raw.body
    if (!body) {
      c.set('bodyRead', true)
      return new Uint8Array(0)
    }
    const reader = body.getReader()
    c.set('reader', reader)
    const left = budget - (performance.now() - c.get('arrived'))
    let timer: NodeJS.Timeout | undefined
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new HttpError(408, `the request body did not arrive within the time budget of ${budget} ms`, 'body-timeout')),
        Math.max(0, left)
      )
    })
    const chunks: Uint8Array[] = []
    let size = 0
    try {
      for (;;) {
        let chunk: Awaited<ReturnType<typeof reader.read>>
        try {
          chunk = await Promise.race([reader.read(), expired])
        } catch (error) {
          if (error instanceof HttpError) throw error
          throw new ClientGoneError()
        }
        if (chunk.done) break
        size += chunk.value.byteLength
        c.set('bytes', size)
        if (size > limit) throw tooLarge()
        chunks.push(chunk.value)
      }
    } finally {
      clearTimeout(timer)
    }
    c.set('bodyRead', true)
    return Buffer.concat(chunks)
  }

  /** The body as text (UTF-8; a byte-order mark is dropped, invalid bytes become U+FFFD). */
  const readBody = async (c: Context<Env>): Promise<string> => new TextDecoder().decode(await readBytes(c))

  /**
   * The JSON API's input: JSON `{text, format?, rules?, words?}`, the same
   * fields form-encoded, or the text itself as text/plain, text/markdown or
   * text/html (format by type, or `?format=`).
   */
  const readInput = async (c: Context<Env>): Promise<{text: string; format: Format; config: ResolvedConfig}> => {
    const type = (c.req.header('content-type') ?? 'application/json').split(';')[0].trim().toLowerCase()
    const body = await readBody(c)
    const query = c.req.query('format')
    if (type === 'text/plain' || type === 'text/markdown' || type === 'text/html') {
      const format = (query ?? (type === 'text/markdown' ? 'markdown' : type === 'text/html' ? 'html' : 'text')) as Format
      if (!INPUT_FORMATS.includes(format)) throw new HttpError(400, `format must be one of ${INPUT_FORMATS.join(', ')}`)
      return {text: body, format, config: base}
    }
    let json: unknown
    if (type === 'application/x-www-form-urlencoded' && !body.trimStart().startsWith('{')) {
      // A form (`curl --data-urlencode text@story.txt`): fields text, format, and rules / words as JSON.
      const form = new URLSearchParams(body)
      const out: Record<string, unknown> = {}
      for (const [k, v] of form) {
        if (k === 'rules' || k === 'words') {
          try {
            out[k] = JSON.parse(v)
          } catch (error) {
            throw new HttpError(400, `"${k}" must be JSON: ${(error as Error).message}`)
          }
        } else out[k] = v
      }
      json = out
    } else if (type === 'application/json' || type === 'application/x-www-form-urlencoded') {
      // (curl -d '{…}' sends JSON labelled as a form.)
      try {
        json = JSON.parse(body)
      } catch (error) {
        throw new HttpError(400, `invalid JSON: ${(error as Error).message}`)
      }
    } else {
      throw new HttpError(415, 'send JSON ({"text": "…"}), a form (text=…), or the text itself as text/plain, text/markdown or text/html')
    }
    if (!isPlainObject(json)) throw new HttpError(400, 'the body must be a JSON object: {"text": "…", "format"?: "text" | "markdown" | "html", "rules"?: {…}}')
    for (const key of Object.keys(json)) {
      if (!['text', 'format', 'rules', 'words'].includes(key)) throw new HttpError(400, `unknown field "${key.slice(0, 50)}" (expected text, format, rules, words)`)
    }
    if (typeof json.text !== 'string') throw new HttpError(400, '"text" must be a string')
    const format = (json.format ?? query ?? 'text') as Format
    if (typeof format !== 'string' || !INPUT_FORMATS.includes(format)) throw new HttpError(400, `"format" must be one of ${INPUT_FORMATS.map((f) => `"${f}"`).join(', ')}`)
    let config: ResolvedConfig
    try {
      config = configFor(json.rules, json.words)
    } catch (error) {
      if (error instanceof ConfigError) throw new HttpError(400, error.message)
      throw error
    }
    return {text: json.text, format, config}
  }

  /** Turn a failure into an answer (JSON for /api, LanguageTool's plain text for /v2). */
  const fail = (c: Context<Env>, error: unknown, plain = false): Response => {
    let status: HttpError['status'] = 500
    let message = 'internal error'
    let reason: string | undefined
    if (error instanceof HttpError) {
      status = error.status
      message = error.message
      reason = error.reason
    } else if (error instanceof LtError) {
      status = 400
      message = error.message
    } else if (error instanceof BusyError) {
      status = 503
      message = error.message
      reason = 'busy'
    } else if (error instanceof BudgetError) {
      status = 503
      message = error.message
      reason = 'timeout'
    } else if (error instanceof ClientGoneError || c.req.raw.signal.aborted) {
      // Nobody will read this answer; it is logged.
      status = 503
      message = 'the client closed the connection'
      reason = 'client-closed'
    } else {
      reason = 'error'
      process.stderr.write(`wirelint serve: ${(error as Error)?.stack ?? String(error)}\n`)
    }
    if (reason) c.set('reason', reason)
    if (status === 503) c.header('Retry-After', '1')
    if (plain) return c.text(`Error: ${message}`, status)
    return c.json({error: message}, status)
  }

  // ---------------------------------------------------------- routes

  app.get('/', (c) => {
    c.header('Content-Security-Policy', EDITOR_CSP)
    c.header('Cache-Control', 'no-store')
    return c.html(EDITOR_PAGE)
  })
  app.get('/favicon.ico', (c) => c.body(null, 204))

  app.get('/healthz', (c) =>
    c.json({
      status: 'ok',
      version: softwareVersion,
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      engine: engine.kind,
      running: queue.pending,
      queued: queue.size,
      concurrency,
      queueLimit,
      configCache: configs.stats()
    })
  )

  app.get('/api/rules', (c) =>
    c.json(
      RULES.map((r) => ({
        id: r.meta.id,
        description: r.meta.description,
        level: base.rules[r.meta.id]?.level ?? r.meta.severity,
        fixable: r.meta.fixable,
        url: r.meta.url,
        category: ruleInfo(r.meta.id).category.id
      }))
    )
  )

  app.post('/api/check', async (c) => {
    try {
      admit(c)
      const input = await readInput(c)
      const {messages, truncated, sourceLanguage} = await schedule(c, (signal) => checkCapped(input.text, input.format, input.config, signal, c.get('timing')))
      const json = toJsonMessages(messages)
      return c.json({format: input.format, messages: json, summary: summarize(json), ...(sourceLanguage ? {sourceLanguage} : {}), ...(truncated ? {truncated} : {})})
    } catch (error) {
      return fail(c, error)
    }
  })

  app.post('/api/fix', async (c) => {
    try {
      admit(c)
      const input = await readInput(c)
      const result = await schedule(c, async (signal) => {
        // The core's fix loop, with the service's capped check in each pass.
        let checked: Awaited<ReturnType<typeof checkCapped>> | undefined
        const outcome = await fixText(
          input.text,
          async (text) => {
            signal.throwIfAborted()
            checked = await checkCapped(text, input.format, input.config, signal, c.get('timing'))
            return reviveFile('request', checked.messages)
          },
          MAX_FIX_PASSES
        )
        const fixed: Array<JsonMessage & {pass: number}> = outcome.applied.map(({message, pass}) => ({...toJsonMessage(message), pass}))
        return {text: outcome.text, passes: outcome.passes, fixed, remaining: toJsonMessages(checked!.messages), truncated: checked!.truncated}
      })
      return c.json({
        format: input.format,
        text: result.text,
        changed: result.text !== input.text,
        passes: result.passes,
        fixed: result.fixed,
        remaining: result.remaining,
        summary: summarize(result.remaining),
        ...(result.truncated ? {truncated: true} : {})
      })
    } catch (error) {
      return fail(c, error)
    }
  })

  const ltCheck = async (c: Context<Env>, params: Record<string, string | undefined>): Promise<Response> => {
    try {
      const request = parseLtRequest(params, base)
      const config = ltConfigFor(request.rules)
      const {messages, truncated} = await schedule(c, (signal) => checkCapped(request.doc.text, 'text', config, signal, c.get('timing')))
      const json = toJsonMessages(messages)
      return c.json(ltResponse(request.language, toLtMatches(request.doc, json, request), softwareVersion, truncated))
    } catch (error) {
      return fail(c, error, true)
    }
  }

  app.post('/v2/check', async (c) => {
    let params: Record<string, string | undefined>
    try {
      admit(c)
      params = {...c.req.query()}
      const contentType = c.req.header('content-type') ?? ''
      const type = contentType.split(';')[0].trim().toLowerCase()
      if (type === 'multipart/form-data') {
        const bytes = await readBytes(c)
        let form: FormData
        try {
          form = await new Response(bytes, {headers: {'Content-Type': contentType}}).formData()
        } catch (error) {
          throw new LtError(`malformed multipart/form-data body: ${(error as Error).message}`)
        }
        for (const [k, v] of form) if (typeof v === 'string') params[k] = v
      } else if (type === 'application/json') {
        // Not LanguageTool's, but convenient for scripts: a JSON object of the same parameters.
        const json: unknown = JSON.parse(await readBody(c))
        if (!isPlainObject(json)) throw new LtError('a JSON body must be an object of parameters')
        for (const [k, v] of Object.entries(json)) {
          if (typeof v === 'string') params[k] = v
          else if (typeof v === 'boolean' || typeof v === 'number') params[k] = String(v)
          else if (k === 'data' && isPlainObject(v)) {
            if (jsonBounds(v, MAX_DATA_DEPTH, Infinity) === 'deep') throw new LtError(`'data' is nested more than ${MAX_DATA_DEPTH} levels deep`)
            params[k] = JSON.stringify(v)
          }
        }
      } else {
        for (const [k, v] of new URLSearchParams(await readBody(c))) params[k] = v
      }
    } catch (error) {
      return fail(c, error instanceof SyntaxError ? new LtError(`invalid JSON: ${error.message}`) : error, true)
    }
    return ltCheck(c, params)
  })
  app.get('/v2/check', (c) => ltCheck(c, {...c.req.query()}))
  app.get('/v2/languages', (c) => c.json(LT_LANGUAGES))

  for (const path of ['/api/check', '/api/fix', '/v2/check', '/v2/languages', '/api/rules', '/healthz', '/']) {
    app.all(path, (c) => {
      c.set('reason', 'method')
      c.header('Allow', path === '/api/check' || path === '/api/fix' ? 'POST' : path === '/v2/check' ? 'GET, POST' : 'GET')
      return c.json({error: `method ${c.req.method} not allowed on ${path}`}, 405)
    })
  }
  app.notFound((c) => c.json({error: `no such endpoint: ${new URL(c.req.url).pathname.slice(0, 200)}`}, 404))
  app.onError((error, c) => fail(c, error))

  return {app, queue, configs}
}

// ------------------------------------------------------------ the server

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const concurrency = options.concurrency ?? defaultConcurrency()
  const engine = typeof options.engine === 'object' ? options.engine : await createEngine(options.engine ?? 'auto', concurrency)
  const {app, queue} = createApp(engine, {...options, concurrency})
  const host = options.host ?? DEFAULT_HOST
  // Warm before listening: a client acting on the listening line meets a warm checker.
  let warm: EngineWarmth
  try {
    warm = await engine.warm(options.warmMs ?? WARM_MS, options.config ?? resolveConfig({}))
  } catch (error) {
    await engine.close()
    throw error
  }
  const log = options.log ?? ((entry: LogEntry) => process.stderr.write(JSON.stringify(entry) + '\n'))
  const listener = getRequestListener(app.fetch, {
    hostname: host,
    // The app reads and discards bodies itself (the adapter's own clean-up
    // closes a connection 0.5 s after the answer, resetting a client that is
    // still sending its body, before it reads its 413).
    autoCleanupIncoming: false,
    // A request the adapter cannot even make a URL of (a malformed Host header).
    errorHandler: (error) => {
      try {
        log({time: new Date().toISOString(), method: '', path: '', status: 400, ms: 0, bytes: 0, reason: 'bad-request'})
      } catch {
        // A log sink failing must not fail the request.
      }
      const message = `bad request: ${(error as Error)?.message ?? String(error)}`.slice(0, 200)
      return new Response(JSON.stringify({error: message}), {
        status: 400,
        headers: {'Content-Type': 'application/json', Connection: 'close', 'X-Content-Type-Options': 'nosniff'}
      })
    }
  })
  const server: Server = createServer(listener)
  // Slow or stalled clients cannot hold a connection for ever.
  server.requestTimeout = Math.max(30_000, (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) * 2)
  server.headersTimeout = 20_000
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error)
    server.once('error', onError)
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', onError)
      resolve()
    })
  }).catch(async (error) => {
    await engine.close()
    throw error
  })
  server.on('error', (error) => process.stderr.write(`wirelint serve: ${error.message}\n`))
  const address = server.address() as AddressInfo
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address
  let closing: Promise<void> | undefined
  return {
    url: `http://${shown}:${address.port}`,
    host: address.address,
    port: address.port,
    engine,
    server,
    warm,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeIdleConnections()
        })
        await queue.onIdle()
        await engine.close()
      })()
      return closing
    }
  }
}

function help(): string {
  return `Usage: wirelint serve [options]

Start the pre-publication HTTP service: the editor page at /, the JSON API
(POST /api/check, POST /api/fix), a LanguageTool-compatible endpoint
(POST /v2/check) and GET /healthz.

Options:
      --port <n>           port (default ${DEFAULT_PORT}; 0 = any free port)
      --host <address>     address to bind (default ${DEFAULT_HOST}; 0.0.0.0 = all
                           interfaces: the service has no authentication)
      --body-limit <size>  largest request body, in bytes or with k/m (default 1m)
      --timeout-ms <n>     time budget per request, from arrival, reading its body
                           included (default ${DEFAULT_TIMEOUT_MS}); a body slower: 408, a check: 503
      --concurrency <n>    checks at once, one worker thread each (default: cores but one, ${defaultConcurrency()})
      --queue <n>          requests being received or waiting for a free worker
                           (default ${DEFAULT_QUEUE}); beyond that: 503 with Retry-After at once
      --warm-ms <n>        before listening, warm each worker up on built-in stories
                           for this long at most (default ${WARM_MS}; 0 = no warm-up)
  -c, --config <path>      configuration file (default: wirelint's defaults);
                           requests may switch rules with "rules"
      --allow-host <name>  also answer to this Host name (repeatable; default:
                           localhost, 127.0.0.1, [::1] and the bound address)
      --allow-origin <o>   let pages of this origin call /api and /v2, with CORS
                           headers (repeatable; e.g. chrome-extension://<id> for a
                           browser add-on; * for any); default: the service's own page
  -h, --help               show this help

Logs: one JSON line per request on standard error (time, method, path, status,
ms, bytes, reason); the text is never logged.
`
}

export async function serveMain(argv: string[]): Promise<number> {
  let values
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: {type: 'string'},
        host: {type: 'string'},
        'body-limit': {type: 'string'},
        'timeout-ms': {type: 'string'},
        concurrency: {type: 'string'},
        queue: {type: 'string'},
        'warm-ms': {type: 'string'},
        config: {type: 'string', short: 'c'},
        'allow-origin': {type: 'string', multiple: true},
        'allow-host': {type: 'string', multiple: true},
        help: {type: 'boolean', short: 'h', default: false}
      }
    }).values
  } catch (error) {
    process.stderr.write(`wirelint serve: ${(error as Error).message}\nRun "wirelint serve --help" for usage.\n`)
    return 2
  }
  if (values.help) {
    process.stdout.write(help())
    return 0
  }
  const usage = (message: string): number => {
    process.stderr.write(`wirelint serve: ${message}\n`)
    return 2
  }
  const integer = (name: string, raw: string | undefined, min: number, max: number): number | undefined | null => {
    if (raw === undefined) return undefined
    const n = Number(raw)
    return /^\d+$/.test(raw.trim()) && Number.isInteger(n) && n >= min && n <= max ? n : null
  }
  const port = integer('port', values.port, 0, 65535)
  if (port === null) return usage('--port needs a number from 0 to 65535')
  const timeoutMs = integer('timeout-ms', values['timeout-ms'], 1, 3_600_000)
  if (timeoutMs === null) return usage('--timeout-ms needs a whole number of milliseconds (1 or more)')
  const concurrency = integer('concurrency', values.concurrency, 1, 256)
  if (concurrency === null) return usage('--concurrency needs a whole number from 1 to 256')
  const queueSize = integer('queue', values.queue, 0, 100_000)
  if (queueSize === null) return usage('--queue needs a whole number from 0 to 100000')
  const warmMs = integer('warm-ms', values['warm-ms'], 0, 600_000)
  if (warmMs === null) return usage('--warm-ms needs a whole number of milliseconds from 0 to 600000')
  let limit: number | undefined
  if (values['body-limit'] !== undefined) {
    limit = parseSize(values['body-limit'])
    if (limit === undefined) return usage('--body-limit needs a size in bytes, e.g. 1048576, 512k or 2m')
  }
  let config: ResolvedConfig | undefined
  if (values.config) {
    try {
      config = loadConfigFile(values.config)
    } catch (error) {
      if (error instanceof ConfigError) return usage(`configuration error: ${error.message}`)
      throw error
    }
  }
  const host = values.host ?? DEFAULT_HOST
  const split = (list: string[] | undefined): string[] => (list ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
  const allowOrigin = split(values['allow-origin'])
  for (const origin of allowOrigin) {
    if (origin !== '*' && origin !== 'null' && !/^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+\/?$/i.test(origin)) {
      return usage(`--allow-origin needs an origin like https://cms.example.com or chrome-extension://<id> (or *), not ${JSON.stringify(origin)}`)
    }
  }
  const allowHosts = split(values['allow-host'])
  for (const name of allowHosts) {
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(:\d{1,5})?$/i.test(name)) return usage(`--allow-host needs a host name like wirelint.example.com, not ${JSON.stringify(name)}`)
  }

  let running: RunningServer
  try {
    running = await startServer({
      port: port ?? DEFAULT_PORT,
      host,
      bodyLimit: limit,
      timeoutMs,
      concurrency,
      queue: queueSize,
      warmMs,
      config,
      allowOrigin,
      allowHosts
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') return usage(`port ${port ?? DEFAULT_PORT} on ${host} is already in use (try --port 0 for any free port)`)
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return usage(`cannot bind to ${host}: no such local address`)
    if (code === 'EACCES') return usage(`not allowed to bind to port ${port ?? DEFAULT_PORT} on ${host}`)
    throw error
  }
  // Handlers first: a client may act on the listening line at once.
  const stopped = new Promise<number>((resolve) => {
    let stopping = false
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        process.stderr.write(`wirelint: ${signal} again, stopping now\n`)
        process.exit(130)
      }
      stopping = true
      process.stderr.write(`wirelint: ${signal}: finishing running requests, then stopping\n`)
      running.close().then(
        () => resolve(0),
        (error: unknown) => {
          process.stderr.write(`wirelint serve: ${(error as Error).message}\n`)
          resolve(1)
        }
      )
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  if (running.warm.checks > 0) {
    const {checks, ms, threads} = running.warm
    process.stderr.write(`wirelint: warmed up in ${Math.round(ms)} ms: ${checks} checks ${threads === 1 ? 'in 1 thread' : `in each of ${threads} threads`}\n`)
  }
  process.stderr.write(`wirelint: listening on ${running.url}\n`)
  if (!['127.0.0.1', '::1', 'localhost'].includes(host)) {
    process.stderr.write('wirelint: warning: the service is reachable from other machines and has no authentication\n')
  }
  return stopped
}
