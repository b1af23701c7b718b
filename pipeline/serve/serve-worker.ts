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
import {isMainThread} from 'node:worker_threads'
import {createChecker} from '../core/checker.js'
import {resolveConfig, type ResolvedConfig} from '../core/config.js'
import {serializeMessages, sourceLanguageOf, type PlainMessage, type SourceLanguageGuess} from '../core/messages.js'
import type {Format} from '../core/processor.js'

export interface CheckTask {
  text: string
  format: Format
  config: ResolvedConfig
}

/** Findings a check reports at most (the service says when it cut the list). */
export const MAX_FINDINGS = 1000

// A new worker thread (at start-up, or replacing one stopped at its time
// budget) loads the lexicon and builds the default processor at once, not on
// its first request.
if (!isMainThread) {
  void check({text: 'The talks resume on Monday.\n', format: 'text', config: resolveConfig({})}).catch(() => undefined)
}

/** A check's messages, and the source-language guess the rules recorded (file.data.wirelint.sourceLanguage), when they guessed a language. */
export interface CheckOutput {
  messages: PlainMessage[]
  sourceLanguage?: SourceLanguageGuess
}

export default async function check(task: CheckTask): Promise<CheckOutput> {
  const file = await createChecker(task.config).check(task.text, {format: task.format})
  // Sorted by position: keep the first ones, and one more to say there were more.
  if (file.messages.length > MAX_FINDINGS + 1) file.messages.length = MAX_FINDINGS + 1
  const sourceLanguage = sourceLanguageOf(file)
  return sourceLanguage ? {messages: serializeMessages(file), sourceLanguage} : {messages: serializeMessages(file)}
}
