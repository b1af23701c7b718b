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
import PQueue from 'p-queue'
import {VFile} from 'vfile'
import type {ResolvedConfig} from '../core/config.js'
import {reviveFile, type ItemResult, type PlainMessage, type Task, type TaskItem} from '../core/messages.js'
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

/** Below this many files, or bytes, a pool costs more than it saves. */
const MIN_FILES_FOR_POOL = 24

export function defaultWorkers(count: number): number {
  if (count < MIN_FILES_FOR_POOL) return 0
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  return Math.max(1, Math.min(cores, Math.ceil(count / 8)))
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

export async function runBatch(items: BatchItem[], options: BatchOptions): Promise<void> {
  const workerFile = findWorker()
  // Running from TypeScript sources (tests) there is no compiled worker: check in-process.
  const workers = workerFile ? options.workers ?? defaultWorkers(items.length) : 0
  let pool: import('tinypool').Tinypool | undefined
  if (workers > 0 && workerFile) {
    const {Tinypool} = await import('tinypool')
    pool = new Tinypool({filename: workerFile.href, minThreads: workers, maxThreads: workers, isolateWorkers: false})
  }
  const run = (task: Task): Promise<ItemResult[]> => (pool ? (pool.run(task) as Promise<ItemResult[]>) : runTask(task))

  // Consecutive items with the same configuration go together, CHUNK at a time (one at a time in-process).
  const size = pool ? CHUNK : 1
  const chunks: number[][] = []
  for (let i = 0; i < items.length; i++) {
    const last = chunks[chunks.length - 1]
    if (last && last.length < size && items[last[0]].config.key === items[i].config.key) last.push(i)
    else chunks.push([i])
  }

  const concurrency = Math.max(2, workers * 2)
  const window = concurrency * size * 2
  const queue = new PQueue({concurrency})
  const done = new Map<number, BatchResult>()
  let next = 0
  let waiting: (() => void) | undefined
  let failure: unknown

  const flush = (): void => {
    let r: BatchResult | undefined
    while ((r = done.get(next)) !== undefined) {
      done.delete(next)
      next++
      options.onResult(r)
    }
    if (waiting) {
      const w = waiting
      waiting = undefined
      w()
    }
  }

  const cached = new Map<number, PlainMessage[]>()
  const readError = (i: number, reason: string): void => {
    const item = items[i]
    const file = new VFile({path: item.name})
    const message = file.message(reason, {source: 'wirelint', ruleId: 'read-error'})
    message.fatal = true
    done.set(i, {index: i, item, file, fixed: 0, failed: true})
  }

  const one = async (chunk: number[]): Promise<void> => {
    const known = chunk.filter((i) => items[i].error !== undefined)
    for (const i of known) readError(i, items[i].error!)
    chunk = chunk.filter((i) => items[i].error === undefined)
    if (chunk.length === 0) return
    const first = items[chunk[0]]
    const taskItems: TaskItem[] = chunk.map((i) => {
      const item = items[i]
      let cachedHash: string | undefined
      if (options.cache && item.cacheKey && options.mode === 'check') {
        const entry = options.cache.peek(item.cacheKey)
        if (entry) {
          cachedHash = entry.hash
          cached.set(i, entry.messages)
        }
      }
      return {name: item.name, text: item.text, path: item.text === undefined ? item.path : undefined, root: item.root, maxBytes: options.maxBytes, cachedHash}
    })
    const results = await run({
      mode: options.mode,
      version: options.version,
      config: first.config,
      items: taskItems,
      hash: Boolean(options.cache) && options.mode === 'check',
      source: options.source
    })
    chunk.forEach((i, k) => {
      const item = items[i]
      const r = results[k]
      if (r.readError !== undefined) {
        readError(i, r.readError)
        return
      }
      let messages = r.messages
      if (r.hit) {
        messages = cached.get(i) ?? []
        options.cache!.hits++
      } else if (r.hash && item.cacheKey && options.cache) {
        options.cache.misses++
        options.cache.set(item.cacheKey, r.hash, messages)
      }
      cached.delete(i)
      const file = reviveFile(item.name, messages)
      if (r.source !== undefined) file.value = r.source
      done.set(i, {index: i, item, file, original: r.original, fixed: r.fixed, fixedText: r.text})
    })
  }

  try {
    for (const chunk of chunks) {
      if (failure) break
      // Bounded memory: never more than `window` files between dispatch and reporting.
      while (chunk[0] - next >= window && !failure) {
        await new Promise<void>((resolve) => {
          waiting = resolve
        })
      }
      queue
        .add(() => one(chunk))
        .then(flush, (error: unknown) => {
          failure ??= error
          flush()
        })
    }
    await queue.onIdle()
    flush()
    if (failure) throw failure
  } finally {
    await pool?.destroy()
  }
}
