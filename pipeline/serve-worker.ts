/**
 * The check behind `wirelint serve`: one text, one format, one configuration
 * → plain messages.  Runs in the service's worker threads (so a check that
 * overruns its time budget can be stopped by ending its thread), or in the
 * main thread when no compiled worker exists (tests run from sources).
 *
 * Checkers are kept per configuration in a cache bounded by an estimate of
 * their size in bytes (not by their number: one configuration may carry a
 * thousand words, another none), least recently used dropped first, so
 * clients sending ever-different `rules` or `words` cannot grow the worker's
 * memory.  A check answers with at most MAX_FINDINGS + 1 messages (the first
 * ones by position): the extra one tells the service the list was cut, and
 * copying, reviving and serializing a hundred thousand findings of a hostile
 * text cannot hold the service's main thread.
 */
import {isMainThread} from 'node:worker_threads'
import {createChecker, type Checker} from './checker.js'
import {resolveConfig, type ResolvedConfig} from './config.js'
import {serializeMessages, type PlainMessage} from './messages.js'
import type {Format} from './processor.js'

export interface CheckTask {
  text: string
  format: Format
  config: ResolvedConfig
}

/** Findings a check reports at most (the service says when it cut the list). */
export const MAX_FINDINGS = 1000

/**
 * A least-recently-used cache bounded by the summed size of its entries (an
 * estimate in bytes given with each entry).  An entry larger than the whole
 * budget is not kept.
 */
export class SizedLru<V> {
  private map = new Map<string, {value: V; size: number}>()
  private total = 0
  constructor(readonly maxBytes: number) {}
  get(key: string): V | undefined {
    const entry = this.map.get(key)
    if (entry === undefined) return undefined
    this.map.delete(key)
    this.map.set(key, entry)
    return entry.value
  }
  set(key: string, value: V, size: number): void {
    const old = this.map.get(key)
    if (old) {
      this.map.delete(key)
      this.total -= old.size
    }
    if (size > this.maxBytes) return
    this.map.set(key, {value, size})
    this.total += size
    while (this.total > this.maxBytes) {
      const oldest = this.map.keys().next().value as string
      this.total -= this.map.get(oldest)!.size
      this.map.delete(oldest)
    }
  }
  /** Entries and their summed size. */
  stats(): {entries: number; bytes: number; maxBytes: number} {
    return {entries: this.map.size, bytes: this.total, maxBytes: this.maxBytes}
  }
}

/**
 * What a configuration costs once a processor is built for it, estimated
 * from its words (each word is indexed by several rules: about 400 bytes per
 * word plus 16 per character, measured) and its serialized rules.
 */
export function checkerBytes(config: ResolvedConfig): number {
  let chars = 0
  for (const w of config.words) chars += w.length
  return 32 * 1024 + 400 * config.words.length + 16 * chars + 2 * config.key.length
}

/** Per worker thread. */
export const CHECKER_CACHE_BYTES = 16 * 1024 * 1024
const checkers = new SizedLru<Checker>(CHECKER_CACHE_BYTES)

function checkerFor(config: ResolvedConfig): Checker {
  let checker = checkers.get(config.key)
  if (!checker) {
    checker = createChecker(config)
    checkers.set(config.key, checker, checkerBytes(config))
  }
  return checker
}

// A new worker thread (at start-up, or replacing one stopped at its time
// budget) loads the lexicon and builds the default processor at once, not on
// its first request.
if (!isMainThread) {
  void check({text: 'The talks resume on Monday.\n', format: 'text', config: resolveConfig({})}).catch(() => undefined)
}

export default async function check(task: CheckTask): Promise<PlainMessage[]> {
  const file = await checkerFor(task.config).check(task.text, {format: task.format})
  // Sorted by position: keep the first ones, and one more to say there were more.
  if (file.messages.length > MAX_FINDINGS + 1) file.messages.length = MAX_FINDINGS + 1
  return serializeMessages(file)
}
