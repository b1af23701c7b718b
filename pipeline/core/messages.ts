/**
 * Messages as plain data, to cross a worker boundary or sit in the cache, and
 * back into vfile messages for the reporters.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Fix, WirelintMessage} from '../../plugins/support/rule.js'
import type {SourceLanguageGuess} from '../../plugins/support/source-language.js'
import type {ResolvedConfig} from './config.js'

export interface PlainMessage {
  reason: string
  ruleId: string | null
  source: string | null
  fatal: boolean | null
  place: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}} | {line: number; column: number} | null
  actual: string | null
  expected: string[] | null
  url: string | null
  note: string | null
  fix?: Fix
}

/** One file of a batch task: its text, or a path the worker reads itself. */
export interface TaskItem {
  name: string
  text?: string
  /** A file name the system may not read as UTF-8 is given as bytes. */
  path?: string | Uint8Array
  /** The folder the file must resolve into (no symbolic link out of it). */
  root?: string
  maxBytes?: number
  /** The cached content hash: when the file still has it, the worker answers `hit`. */
  cachedHash?: string
}

export interface Task {
  mode: 'check' | 'fix'
  version: string
  config: ResolvedConfig
  items: TaskItem[]
  /** Compute content hashes (for the cache). */
  hash: boolean
  /** Send back each file's text (the one its messages point into), for reports that show it. */
  source?: boolean
}

export interface ItemResult {
  messages: PlainMessage[]
  fixed: number
  /** The fixed text, when fixes were applied. */
  text?: string
  /** The text as read, in fix mode when fixes were applied (to write and diff). */
  original?: string
  /** Content hash, when asked for. */
  hash?: string
  /** The content still has the cached hash: use the cached messages. */
  hit?: boolean
  /** The file could not be read or decoded. */
  readError?: string
  /** The text the messages point into (the fixed text after fixes), when the task asked for it. */
  source?: string
  /** The source-language guess the rules recorded (file.data.wirelint.sourceLanguage), when they guessed one. */
  sourceLanguage?: SourceLanguageGuess
}

export type {SourceLanguageGuess}

/** The guess a check left on its file, if it names a language (for reports, workers and the cache). */
export function sourceLanguageOf(file: VFile): SourceLanguageGuess | undefined {
  const guess = (file.data as {wirelint?: {sourceLanguage?: SourceLanguageGuess}}).wirelint?.sourceLanguage
  return guess && guess.lang !== 'unknown' ? guess : undefined
}

export function serializeMessages(file: VFile): PlainMessage[] {
  return (file.messages as WirelintMessage[]).map((m) => {
    const out: PlainMessage = {
      reason: m.reason,
      ruleId: m.ruleId ?? null,
      source: m.source ?? null,
      fatal: m.fatal ?? null,
      place: (m.place as PlainMessage['place']) ?? null,
      actual: m.actual ?? null,
      expected: m.expected ?? null,
      url: m.url ?? null,
      note: m.note ?? null
    }
    if (m.fix) out.fix = m.fix
    return out
  })
}

/** A VFile (without its text) carrying the given messages. */
export function reviveFile(name: string, messages: PlainMessage[]): VFile {
  const file = new VFile({path: name})
  for (const m of messages) {
    const message = new VFileMessage(m.reason, {
      place: m.place ?? undefined,
      ruleId: m.ruleId ?? undefined,
      source: m.source ?? undefined
    }) as WirelintMessage
    message.file = name
    message.fatal = m.fatal === null ? undefined : m.fatal
    if (m.actual !== null) message.actual = m.actual
    if (m.expected !== null) message.expected = m.expected
    if (m.url !== null) message.url = m.url
    if (m.note !== null) message.note = m.note
    if (m.fix) message.fix = m.fix
    file.messages.push(message)
  }
  return file
}
