/**
 * Batch tasks: check or fix a group of files.  Runs in a worker thread (each
 * holds one frozen processor per configuration, built on first use, never per
 * file) or in-process for small jobs.  Workers read the files themselves, so
 * the main thread only dispatches and reports; only messages travel back.
 */
import {createRequire} from 'node:module'
import {VFile} from 'vfile'
import {createChecker, type Checker} from '../core/checker.js'
import type {ResolvedConfig} from '../core/config.js'
import {serializeMessages, sourceLanguageOf, type ItemResult, type Task} from '../core/messages.js'
import {readTextSync, ReadError} from '../core/read.js'

const checkers = new Map<string, Checker>()

function checkerFor(config: ResolvedConfig): Checker {
  let checker = checkers.get(config.key)
  if (!checker) {
    checker = createChecker(config)
    checkers.set(config.key, checker)
  }
  return checker
}

// node:crypto (3–4 ms to load) only when --cache asks for hashes: not in a plain hook run.
let crypto: typeof import('node:crypto') | undefined

export function contentHash(task: Task, name: string, text: string): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
  return crypto.createHash('sha256').update(`${task.version}\0${task.config.key}\0${task.mode}\0${name}\0`).update(text).digest('base64url')
}

export async function runTask(task: Task): Promise<ItemResult[]> {
  const checker = checkerFor(task.config)
  const results: ItemResult[] = []
  for (const item of task.items) {
    let text: string
    try {
      text = item.text ?? readTextSync(item.path!, item.maxBytes, item.root)
    } catch (error) {
      if (!(error instanceof ReadError)) throw error
      results.push({messages: [], fixed: 0, readError: error.message})
      continue
    }
    const hash = task.hash ? contentHash(task, item.name, text) : undefined
    if (hash && hash === item.cachedHash) {
      results.push({messages: [], fixed: 0, hash, hit: true, source: task.source ? text : undefined})
      continue
    }
    const check = (t: string) => checker.check(new VFile({value: t, path: item.name}), {path: item.name})
    if (task.mode === 'fix') {
      const {fixText} = await import('../core/fix.js')
      const r = await fixText(text, check)
      results.push({messages: serializeMessages(r.file), fixed: r.fixed, text: r.fixed > 0 ? r.text : undefined, original: r.fixed > 0 ? text : undefined, hash, source: task.source ? r.text : undefined, sourceLanguage: sourceLanguageOf(r.file)})
    } else {
      const file = await check(text)
      results.push({messages: serializeMessages(file), fixed: 0, hash, source: task.source ? text : undefined, sourceLanguage: sourceLanguageOf(file)})
    }
  }
  return results
}

export default runTask
