/**
 * The batch runner: p-queue bounds reading and dispatch; checking runs in a
 * pool of worker threads (tinypool), each holding one frozen processor per
 * configuration; results come back in input order, with at most `window`
 * files read but not yet reported, so memory stays bounded whatever the
 * number of files.  Small jobs run in-process: no pool start-up.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import {fileURLToPath} from 'node:url'
import PQueue from 'p-queue'
import {VFile} from 'vfile'
import {createChecker, type Checker} from './checker.js'
import type {ResolvedConfig} from './config.js'
import {reviveFile, serializeMessages, type PlainMessage, type Task, type TaskResult} from './messages.js'
import type {ResultCache} from './cache.js'

export interface BatchItem {
  /** Name shown in reports. */
  name: string
  /** Text, or a function that reads it (so reading happens inside the bounded queue). */
  text: string | (() => Promise<string>)
  config: ResolvedConfig
  /** Key for the cache (an absolute path); no caching without it. */
  cacheKey?: string
}

export interface BatchResult {
  index: number
  item: BatchItem
  file: VFile
  /** The text as read (only kept in fix mode, to write and diff). */
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
  /** Turn a read error into a message (returns undefined for other errors, which are rethrown). */
  readFailure?: (item: BatchItem, error: unknown) => string | undefined
  onResult: (result: BatchResult) => void
}

/** Below this many files, or bytes, a pool costs more than it saves. */
const MIN_FILES_FOR_POOL = 24

export function defaultWorkers(count: number): number {
  if (count < MIN_FILES_FOR_POOL) return 0
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  return Math.max(1, Math.min(cores, Math.ceil(count / 8)))
}

function hashOf(version: string, config: ResolvedConfig, name: string, text: string, mode: string): string {
  return crypto.createHash('sha256').update(`${version}\0${config.key}\0${mode}\0${name}\0`).update(text).digest('base64url')
}

export async function runBatch(items: BatchItem[], options: BatchOptions): Promise<void> {
  const workerFile = new URL('./worker.js', import.meta.url)
  // Running from TypeScript sources (tests) there is no compiled worker: check in-process.
  const workers = fs.existsSync(fileURLToPath(workerFile)) ? options.workers ?? defaultWorkers(items.length) : 0
  let pool: import('tinypool').Tinypool | undefined
  if (workers > 0) {
    const {Tinypool} = await import('tinypool')
    pool = new Tinypool({
      filename: workerFile.href,
      minThreads: workers,
      maxThreads: workers,
      isolateWorkers: false
    })
  }
  const checkers = new Map<string, Checker>()
  const local = async (task: Task): Promise<TaskResult> => {
    let checker = checkers.get(task.config.key)
    if (!checker) {
      checker = createChecker(task.config)
      checkers.set(task.config.key, checker)
    }
    const check = (text: string) => checker!.check(new VFile({value: text, path: task.name}), {path: task.name})
    if (task.mode === 'fix') {
      const {fixText} = await import('./fix.js')
      const r = await fixText(task.text, check)
      return {messages: serializeMessages(r.file), fixed: r.fixed, text: r.fixed > 0 ? r.text : undefined}
    }
    return {messages: serializeMessages(await check(task.text)), fixed: 0}
  }

  const concurrency = Math.max(2, workers * 2)
  const window = concurrency * 4
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

  const one = async (item: BatchItem, index: number): Promise<void> => {
    let text: string
    try {
      text = typeof item.text === 'string' ? item.text : await item.text()
    } catch (error) {
      const reason = options.readFailure?.(item, error)
      if (reason === undefined) throw error
      const file = new VFile({path: item.name})
      const message = file.message(reason, {source: 'wirelint', ruleId: 'read-error'})
      message.fatal = true
      done.set(index, {index, item, file, fixed: 0, failed: true})
      return
    }
    const hash = options.cache && item.cacheKey && options.mode === 'check' ? hashOf(options.version, item.config, item.name, text, options.mode) : undefined
    let result: TaskResult | undefined
    if (hash) {
      const hit = options.cache!.get(item.cacheKey!, hash)
      if (hit) result = {messages: hit, fixed: 0}
    }
    if (!result) {
      const task: Task = {mode: options.mode, name: item.name, text, config: item.config}
      result = pool ? ((await pool.run(task)) as TaskResult) : await local(task)
      if (hash) options.cache!.set(item.cacheKey!, hash, result.messages as PlainMessage[])
    }
    done.set(index, {
      index,
      item,
      file: reviveFile(item.name, result.messages),
      original: options.mode === 'fix' ? text : undefined,
      fixed: result.fixed,
      fixedText: result.text
    })
  }

  try {
    for (let i = 0; i < items.length; i++) {
      if (failure) break
      // Bounded memory: never more than `window` files between reading and reporting.
      while (i - next >= window && !failure) {
        await new Promise<void>((resolve) => {
          waiting = resolve
        })
      }
      const index = i
      queue
        .add(() => one(items[index], index))
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
