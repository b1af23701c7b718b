/**
 * Reporters: stylish (vfile-reporter) and JSON.
 *
 * The JSON shape is vfile-reporter-json's without `ancestors`, plus each
 * message's `severity` and, when a fix is safe to apply, `fix`:
 * `[{path, messages: [{ruleId, source, reason, fatal, severity, line, column,
 *    place: {start: {line, column, offset}, end: {…}}, actual, expected, url, fix?}]}]`.
 */
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import type {Fix, WirelintMessage} from '../plugins/support/rule.js'

export interface JsonPoint {
  line: number
  column: number
  offset: number
}

export interface JsonMessage {
  ruleId: string | null
  source: string | null
  reason: string
  fatal: boolean | null
  severity: 'error' | 'warning' | 'info'
  line: number | null
  column: number | null
  place: {start: JsonPoint; end: JsonPoint} | null
  actual: string | null
  expected: string[] | null
  url: string | null
  fix?: Fix
}

export interface JsonFile {
  path: string
  messages: JsonMessage[]
}

export function severityName(fatal: boolean | null | undefined): 'error' | 'warning' | 'info' {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}

function point(p: unknown): JsonPoint | undefined {
  if (!p || typeof p !== 'object') return undefined
  const {line, column, offset} = p as {line?: number; column?: number; offset?: number}
  if (typeof line !== 'number' || typeof column !== 'number') return undefined
  return {line, column, offset: offset ?? -1}
}

export function toJsonMessage(m: WirelintMessage): JsonMessage {
  const place = m.place
  let start: JsonPoint | undefined
  let end: JsonPoint | undefined
  if (place && 'start' in place) {
    start = point(place.start)
    end = point(place.end)
  } else if (place) {
    start = point(place)
    end = start
  }
  const out: JsonMessage = {
    ruleId: m.ruleId ?? null,
    source: m.source ?? null,
    reason: m.reason,
    fatal: m.fatal ?? null,
    severity: severityName(m.fatal),
    line: m.line ?? null,
    column: m.column ?? null,
    place: start && end ? {start, end} : null,
    actual: m.actual ?? null,
    expected: m.expected ?? null,
    url: m.url ?? null
  }
  if (m.fix) out.fix = m.fix
  return out
}

export function toJson(files: VFile[]): JsonFile[] {
  return files.map((file) => ({
    path: file.path ?? '<stdin>',
    messages: (file.messages as WirelintMessage[]).map(toJsonMessage)
  }))
}

export interface ReportOptions {
  quiet?: boolean
  color?: boolean
}

/** Drop warnings and infos (`--quiet`). */
export function onlyErrors(files: VFile[]): void {
  for (const file of files) file.messages = file.messages.filter((m) => m.fatal === true)
}

export function stylish(files: VFile[], options: ReportOptions = {}): string {
  return reporter(files, {quiet: options.quiet ?? false, color: options.color ?? false, verbose: false})
}

export function formatReport(format: string, files: VFile[], options: ReportOptions = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(toJson(files), null, 2) + '\n'
    case 'stylish': {
      const text = stylish(files, options)
      return text ? text + '\n' : ''
    }
    default:
      throw new Error(`unknown format ${format}`)
  }
}
