/**
 * The check behind `wirelint serve`: one text, one format, one configuration
 * → plain messages.  Runs in the service's worker threads (so a check that
 * overruns its time budget can be stopped by ending its thread), or in the
 * main thread when no compiled worker exists (tests run from sources).
 *
 * Checkers (each with its frozen processor) are kept per configuration, at
 * most MAX_CHECKERS of them, least recently used dropped first, so clients
 * sending ever-different `rules` cannot grow the worker's memory.
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

const MAX_CHECKERS = 32
const checkers = new Map<string, Checker>()

function checkerFor(config: ResolvedConfig): Checker {
  let checker = checkers.get(config.key)
  if (checker) {
    // Most recently used last.
    checkers.delete(config.key)
  } else {
    checker = createChecker(config)
    if (checkers.size >= MAX_CHECKERS) checkers.delete(checkers.keys().next().value as string)
  }
  checkers.set(config.key, checker)
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
  return serializeMessages(file)
}
