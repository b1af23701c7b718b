/**
 * The check behind `wirelint serve`: one text, one format, one configuration
 * → plain messages.  Runs in the service's worker threads (so a check that
 * overruns its time budget can be stopped by ending its thread), or in the
 * main thread when no compiled worker exists (tests run from sources).
 *
 * A checker is cheap: what it builds, a processor per configuration and
 * format, is kept in the core's one processor cache, bounded by an estimate
 * of its size in bytes (pipeline/core/processor.ts), so clients sending
 * ever-different `rules` or `words` cannot grow the worker's memory.  A check answers with at most MAX_FINDINGS + 1 messages (the first
 * ones by position): the extra one tells the service the list was cut, and
 * copying, reviving and serializing a hundred thousand findings of a hostile
 * text cannot hold the service's main thread.
 */
import {isMainThread, threadId} from 'node:worker_threads'
import {createChecker} from '../core/checker.js'
import {resolveConfig, type ResolvedConfig} from '../core/config.js'
import {serializeMessages, sourceLanguageOf, type PlainMessage, type SourceLanguageGuess} from '../core/messages.js'
import type {Format} from '../core/processor.js'
import {WARM_STORIES} from './warm-text.js'

export interface CheckTask {
  text: string
  format: Format
  config: ResolvedConfig
}

/** Findings a check reports at most (the service says when it cut the list). */
export const MAX_FINDINGS = 1000

/** How long a thread warms up at most (wall clock), and how many rounds of the warm stories at most. */
export const WARM_MS = 2000
export const WARM_ROUNDS = 20

export interface WarmResult {
  checks: number
  ms: number
}

/**
 * Check our own warm stories (warm-text.ts) in rounds until `budgetMs` has
 * passed or WARM_ROUNDS are done: loads the lexicon and tables, builds the
 * spelling engine and lets V8 optimise the rules, so that requests do not pay
 * for it (a cold thread checks a 600-word story in 40-50 ms of CPU, a warm
 * one in 4-10 ms; the first round of a cold thread costs about as much as the
 * next ten).  Each round checks the stories one by one and then as one text.
 * Markdown and HTML are parsed once each.  `config` is the
 * service's own (its processor is then built too).  Never throws.
 */
export async function warmUp(budgetMs: number = WARM_MS, config: ResolvedConfig = resolveConfig({})): Promise<WarmResult> {
  const t0 = performance.now()
  let checks = 0
  if (budgetMs <= 0) return {checks, ms: 0}
  const once = async (text: string, format: Format): Promise<void> => {
    try {
      await check({text, format, config})
    } catch {
      // A warm-up check failing is no reason not to serve.
    }
    checks++
  }
  await once(`# ${WARM_STORIES[0]}`, 'markdown')
  await once(`<p>${WARM_STORIES[0].replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`, 'html')
  // The stories one by one, then as one long text: a 600-word story runs the
  // rules' document-wide paths on more evidence than a 150-word one.
  const texts = [...WARM_STORIES, WARM_STORIES.join('\n')]
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (const text of texts) {
      await once(text, 'text')
      if (performance.now() - t0 >= budgetMs) return {checks, ms: performance.now() - t0}
    }
  }
  return {checks, ms: performance.now() - t0}
}

// A new worker thread (at start-up, or replacing one stopped at its time
// budget) loads the lexicon and builds the default processor first.  (Only
// while it has a task: an idle tinypool thread blocks in Atomics.wait, so work
// of its own makes no progress then.  The full warm-up is the task below.)
if (!isMainThread) {
  void check({text: 'The talks resume on Monday.\n', format: 'text', config: resolveConfig({})}).catch(() => undefined)
}

let warming: Promise<WarmResult> | undefined

/**
 * Tinypool task `warm` (`{warmMs, config}`): this thread's warm-up, done once per
 * thread (asked again, it answers at once), with the thread's id so that the
 * service can tell that every thread warmed.
 */
export async function warm(options: {warmMs?: number; config?: ResolvedConfig} = {}): Promise<WarmResult & {thread: number}> {
  warming ??= warmUp(options.warmMs ?? WARM_MS, options.config)
  return {...(await warming), thread: threadId}
}

/** A check's messages, and the source-language guess the rules recorded (file.data.wirelint.sourceLanguage), when they guessed a language. */
export interface CheckOutput {
  messages: PlainMessage[]
  sourceLanguage?: SourceLanguageGuess
  /** Milliseconds the check itself took where it ran (the service reports it in Server-Timing). */
  ms?: number
}

export default async function check(task: CheckTask): Promise<CheckOutput> {
  const t0 = performance.now()
  const file = await createChecker(task.config).check(task.text, {format: task.format})
  // Sorted by position: keep the first ones, and one more to say there were more.
  if (file.messages.length > MAX_FINDINGS + 1) file.messages.length = MAX_FINDINGS + 1
  const sourceLanguage = sourceLanguageOf(file)
  const messages = serializeMessages(file)
  const ms = performance.now() - t0
  return sourceLanguage ? {messages, sourceLanguage, ms} : {messages, ms}
}
