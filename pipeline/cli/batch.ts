/**
 * The batch runner: p-queue bounds reading and dispatch; checking runs in a
 * pool of worker threads (tinypool), each holding one frozen processor per
 * configuration; results come back in input order, with at most `window`
 * files read but not yet reported, so memory stays bounded whatever the
 * number of files.  Small jobs run in-process: no pool start-up.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import type {ResolvedConfig} from '../core/config.js'
import {reviveFile, type ItemResult, type PlainMessage, type SourceLanguageGuess, type Task, type TaskItem} from '../core/messages.js'
import type {ResultCache} from './cache.js'
import {runTask} from './worker.js'

export interface BatchItem {
  /** Name shown in reports. */
  name: string
  /** The text; or else `path`, read by the worker (so the main thread never reads). */
  text?: string
  /** A file name the system may not read as UTF-8 is given as bytes. */
  path?: string | Uint8Array
  /** The folder the file must resolve into: no reading through a symbolic link out of it. */
  root?: string
  /** Already known to be unreadable: reported as a read error, not checked. */
  error?: string
  config: ResolvedConfig
  /** Key for the cache (an absolute path); no caching without it. */
  cacheKey?: string
}

export interface BatchResult {
  index: number
  item: BatchItem
  file: VFile
  /** The text as read (fix mode, when fixes were applied: to write and diff). */
  original?: string
  fixed: number
  fixedText?: string
  /** A read failure: the message is in `file`. */
  failed?: boolean
}

export interface BatchOptions {
  mode: 'check' | 'fix'
  /** Worker threads: 0 = in-process; undefined = automatic. */
  workers?: number
  cache?: ResultCache
  version: string
  /** Largest file read (bytes). */
  maxBytes?: number
  /** Give each result's file its text (`file.value`), for reports that show it. */
  source?: boolean
  onResult: (result: BatchResult) => void
}

/**
 * Below this many files a worker cannot pay for itself on a small machine: it
 * starts and warms up (loading, the rule tables, V8 optimising the hot code)
 * while the main thread, whose collector and compiler already keep a second
 * core busy (a run in one thread uses about 1.45 cores), checks on.  Through
 * the bin on our 2-core machine, quiet, news articles, in-process against the
 * main thread + one worker: 1,000 files 4.98 s against 6.30 s, 2,607 files
 * 11.95 s against 13.54 s, 5,000 files (the corpus about twice) 15.84 s
 * against 14.46 s.  (The limit was 200 files, from runs on a machine at load
 * 12, where the load check kept the pool out anyway.)  `npm run bench`
 * section 2 gives these figures.
 */
export const MIN_FILES_FOR_POOL = 5000

function coreCount(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
}

/**
 * Worker threads by default: none for small runs, on one core, or when the
 * machine has no idle core (1-minute load average within one of the core
 * count); otherwise one per idle core, at most one per core but one, since
 * the main thread checks too (see runBatch).  A worker on a busy machine only
 * adds its warm-up to the CPU the run must share: measured on our 2-core
 * machine at load average 12, 100 files took 7.3 s in-process and 10.8 s with
 * one worker.  `--workers N` overrides this.
 */
export function defaultWorkers(count: number, cores = coreCount(), load = os.loadavg()[0]): number {
  if (count < MIN_FILES_FOR_POOL || cores < 2) return 0
  const idle = Math.floor(cores - load)
  return Math.max(0, Math.min(cores - 1, idle))
}

/**
 * The worker: the bundled one (dist/bin/worker.js, a few files instead of some
 * 400 modules: it starts in about 40 ms instead of 120) wherever it exists and
 * is not older than the compiled modules — beside the CLI bundle, or from the
 * library in dist/pipeline/cli — else the compiled module next to this one.
 */
function findWorker(): URL | undefined {
  const here = new URL('./worker.js', import.meta.url)
  if (here.protocol !== 'file:') return undefined
  const own = fs.statSync(fileURLToPath(here), {throwIfNoEntry: false})
  const bundled = new URL('../../bin/worker.js', import.meta.url)
  if (path.basename(path.dirname(fileURLToPath(here))) === 'cli') {
    // Not a bundle older than the compiled modules (a `tsc` run without the bundle step).
    const built = fs.statSync(fileURLToPath(bundled), {throwIfNoEntry: false})
    if (built && (!own || built.mtimeMs >= own.mtimeMs)) return bundled
  }
  return own ? here : undefined
}

/** Files per worker task: fewer, larger messages between threads. */
const CHUNK = 8

/** Chunk states. */
const WAITING = 0
const ON_WORKER = 1
const SETTLED = 2

/** Let the event loop run (worker replies, dispatch) between two in-process checks. */
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * Check or fix `items`, reporting each result in input order through
 * `onResult`.
 *
 * With a pool, the pool only ever helps: the main thread checks too, from the
 * first file on (while the workers start and warm up), taking the next chunk
 * like any worker.  When nothing is left to start, or the reporting window is
 * full because the oldest unfinished chunk sits on a worker, the main thread
 * checks that chunk itself, and whichever copy finishes first counts (checks
 * are pure; the other result is dropped and the pool is ended without waiting
 * for it).  So a run never waits on a worker that is still warming up, and is
 * never much slower than the same run in-process.  Written here rather than with
 * p-queue: this work sharing and end-game re-check are not a queue's; the
 * lanes are a few lines over one shared cursor.
 */
export interface BatchSummary {
  /** Worker threads the run used (0 = in-process). */
  workers: number
  /** Files whose result came from the main thread / from a worker. */
  mainThread: number
  onWorkers: number
}

export async function runBatch(items: BatchItem[], options: BatchOptions): Promise<BatchSummary> {
  const workerFile = findWorker()
  // Running from TypeScript sources (tests) there is no compiled worker: check in-process.
  const workers = workerFile ? options.workers ?? defaultWorkers(items.length) : 0
  let pool: import('tinypool').Tinypool | undefined
  if (workers > 0 && workerFile) {
    const {Tinypool} = await import('tinypool')
    pool = new Tinypool({filename: workerFile.href, minThreads: workers, maxThreads: workers, isolateWorkers: false})
  }

  // Consecutive items with the same configuration go together, CHUNK at a time (one at a time in-process).
  const size = pool ? CHUNK : 1
  const chunks: number[][] = []
  for (let i = 0; i < items.length; i++) {
    const last = chunks[chunks.length - 1]
    if (last && last.length < size && items[last[0]].config.key === items[i].config.key) last.push(i)
    else chunks.push([i])
  }

  // Never more than `window` files between dispatch and reporting.
  const window = Math.max(4, (workers + 1) * 2) * size * 2
  const state = new Uint8Array(chunks.length)
  let cursor = 0
  let settled = 0
  const done = new Map<number, BatchResult>()
  let next = 0
  let waiters: Array<() => void> = []
  let failure: unknown
  let finished: () => void = () => {}
  const allSettled = new Promise<void>((resolve) => {
    finished = resolve
  })

  const wake = (): void => {
    const w = waiters
    waiters = []
    for (const resolve of w) resolve()
  }
  const waitForChange = (): Promise<void> => new Promise<void>((resolve) => waiters.push(resolve))

  const flush = (): void => {
    let r: BatchResult | undefined
    while ((r = done.get(next)) !== undefined) {
      done.delete(next)
      next++
      options.onResult(r)
    }
    wake()
  }

  const fail = (error: unknown): void => {
    failure ??= error
    finished()
    wake()
  }

  const cached = new Map<number, {messages: PlainMessage[]; sourceLanguage?: SourceLanguageGuess}>()
  const readError = (i: number, reason: string): void => {
    const item = items[i]
    const file = new VFile({path: item.name})
    const message = file.message(reason, {source: 'wirelint', ruleId: 'read-error'})
    message.fatal = true
    done.set(i, {index: i, item, file, fixed: 0, failed: true})
  }

  const toCheck = (c: number): number[] => chunks[c].filter((i) => items[i].error === undefined)

  const taskFor = (chunk: number[]): Task => {
    const taskItems: TaskItem[] = chunk.map((i) => {
      const item = items[i]
      let cachedHash: string | undefined
      if (options.cache && item.cacheKey && options.mode === 'check') {
        const entry = options.cache.peek(item.cacheKey)
        if (entry) {
          cachedHash = entry.hash
          cached.set(i, {messages: entry.messages, sourceLanguage: entry.sourceLanguage})
        }
      }
      return {name: item.name, text: item.text, path: item.text === undefined ? item.path : undefined, root: item.root, maxBytes: options.maxBytes, cachedHash}
    })
    return {
      mode: options.mode,
      version: options.version,
      config: items[chunk[0]].config,
      items: taskItems,
      hash: Boolean(options.cache) && options.mode === 'check',
      source: options.source
    }
  }

  /** Record a chunk's results, once (the first copy to finish). */
  const summary: BatchSummary = {workers: pool ? workers : 0, mainThread: 0, onWorkers: 0}
  const settle = (c: number, results: ItemResult[], byMain: boolean): void => {
    if (state[c] === SETTLED) return
    state[c] = SETTLED
    if (byMain) summary.mainThread += results.length
    else summary.onWorkers += results.length
    for (const i of chunks[c]) if (items[i].error !== undefined) readError(i, items[i].error!)
    toCheck(c).forEach((i, k) => {
      const item = items[i]
      const r = results[k]
      if (r.readError !== undefined) {
        readError(i, r.readError)
        return
      }
      let messages = r.messages
      let sourceLanguage = r.sourceLanguage
      if (r.hit) {
        messages = cached.get(i)?.messages ?? []
        sourceLanguage = cached.get(i)?.sourceLanguage
        options.cache!.hits++
      } else if (r.hash && item.cacheKey && options.cache) {
        options.cache.misses++
        options.cache.set(item.cacheKey, r.hash, messages, sourceLanguage)
      }
      cached.delete(i)
      const file = reviveFile(item.name, messages)
      if (r.source !== undefined) file.value = r.source
      // The guess, where the JSON report reads it (as on a file checked in this process).
      if (sourceLanguage) file.data.wirelint = {...(file.data.wirelint as object | undefined), sourceLanguage}
      done.set(i, {index: i, item, file, original: r.original, fixed: r.fixed, fixedText: r.text})
    })
    flush()
    if (++settled === chunks.length) finished()
  }

  /** The next chunk to start, if the reporting window has room. */
  const take = (): number => {
    if (cursor < chunks.length && chunks[cursor][0] - next < window) return cursor++
    return -1
  }

  /** A worker's lane: start chunks until none is left. */
  const workerLane = async (): Promise<void> => {
    while (!failure) {
      if (cursor >= chunks.length) return
      const c = take()
      if (c === -1) {
        await waitForChange()
        continue
      }
      const chunk = toCheck(c)
      if (chunk.length === 0) {
        settle(c, [], false)
        continue
      }
      state[c] = ON_WORKER
      let results: ItemResult[]
      try {
        results = (await pool!.run(taskFor(chunk))) as ItemResult[]
      } catch (error) {
        // Ended by the pool's destruction after the main thread settled it: not a failure.
        if (state[c] !== SETTLED) fail(error)
        return
      }
      settle(c, results, false)
    }
  }

  /** The main thread's lane: new chunks first, else the oldest chunk still on a worker. */
  const mainLane = async (): Promise<void> => {
    let oldest = 0
    while (!failure && settled < chunks.length) {
      let c = take()
      if (c === -1 && pool) {
        while (oldest < cursor && state[oldest] !== ON_WORKER) oldest++
        if (oldest < cursor) c = oldest
      }
      if (c === -1) {
        await waitForChange()
        continue
      }
      const chunk = toCheck(c)
      const results: ItemResult[] = []
      for (const i of chunk) {
        // One file at a time, yielding between files, so worker replies are taken and workers fed.
        if (pool) await yieldToLoop()
        if (state[c] === SETTLED || failure) break
        results.push(...(await runTask(taskFor([i]))))
      }
      if (results.length === chunk.length) settle(c, results, true)
      if (pool) await yieldToLoop()
    }
  }

  try {
    if (chunks.length === 0) return summary
    const lanes: Array<Promise<void>> = [mainLane().catch(fail)]
    if (pool) for (let k = 0; k < workers * 2; k++) lanes.push(workerLane().catch(fail))
    await allSettled
    if (failure) throw failure
    flush()
    return summary
  } finally {
    wake()
    await pool?.destroy()
  }
}
