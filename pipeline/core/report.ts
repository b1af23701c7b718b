/**
 * Reporters: stylish (vfile-reporter) and JSON.
 *
 * The JSON shape is vfile-reporter-json's without `ancestors`, plus each
 * message's `severity` and, when a fix is safe to apply, `fix`:
 * `[{path, messages: [{ruleId, source, reason, fatal, severity, line, column,
 *    place: {start: {line, column, offset}, end: {…}}, actual, expected, url, fix?}]}]`.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {Fix, WirelintMessage} from '../../plugins/support/rule.js'
import {DOCS_URL} from '../../plugins/support/rule.js'
import {RULES} from './rules.js'

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
  /** The tool's version (SARIF). */
  version?: string
  /** Folder paths are made relative to (SARIF, GitHub). */
  cwd?: string
}

/** Drop warnings and infos (`--quiet`). */
export function onlyErrors(files: VFile[]): void {
  for (const file of files) file.messages = file.messages.filter((m) => m.fatal === true)
}

export async function stylish(files: VFile[], options: ReportOptions = {}): Promise<string> {
  const {reporter} = await import('vfile-reporter')
  return reporter(files, {quiet: options.quiet ?? false, color: options.color ?? false, verbose: false})
}

export async function formatReport(format: string, files: VFile[], options: ReportOptions = {}): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(toJson(files), null, 2) + '\n'
    case 'stylish': {
      const text = await stylish(files, options)
      return text ? text + '\n' : ''
    }
    case 'sarif':
      return JSON.stringify(toSarif(files, options), null, 2) + '\n'
    case 'github':
      return toGithub(files, options)
    default:
      throw new Error(`unknown format ${format}`)
  }
}

/** Report formats (`--format`); input formats are processor.ts's `INPUT_FORMATS`. */
export const REPORT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const

function relativePath(file: VFile, cwd: string | undefined): string {
  const p = file.path ?? '<stdin>'
  if (!path.isAbsolute(p)) return p.split(path.sep).join('/')
  return path.relative(cwd ?? process.cwd(), p).split(path.sep).join('/')
}

function sarifUri(p: string): string {
  return p.split('/').map((segment) => encodeURIComponent(segment)).join('/')
}

/**
 * SARIF 2.1.0: one run, `tool.driver` with every rule, one result per message
 * (level error / warning / note), with its region and, for safe fixes, a
 * `fixes` entry.  Columns are UTF-16 code units (`columnKind`).  Files that
 * could not be read become tool execution notifications.
 */
export function toSarif(files: VFile[], options: ReportOptions = {}): Record<string, unknown> {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]))
  const results: unknown[] = []
  const notifications: unknown[] = []
  const level = (fatal: boolean | null | undefined) => (fatal === true ? 'error' : fatal === false ? 'warning' : 'note')
  for (const file of files) {
    const uri = sarifUri(relativePath(file, options.cwd))
    for (const m of file.messages as WirelintMessage[]) {
      const json = toJsonMessage(m)
      const start = json.place?.start ?? (json.line ? {line: json.line, column: json.column ?? 1, offset: -1} : undefined)
      const end = json.place?.end ?? start
      const location = {
        physicalLocation: {
          artifactLocation: {uri},
          ...(start && end
            ? {region: {startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: Math.max(end.column, start.line === end.line ? start.column : 1)}}
            : {})
        }
      }
      if (!m.ruleId || !ruleIndex.has(m.ruleId)) {
        notifications.push({
          level: level(m.fatal),
          message: {text: m.reason},
          locations: [location],
          ...(m.ruleId ? {descriptor: {id: m.ruleId}} : {})
        })
        continue
      }
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId),
        level: level(m.fatal),
        message: {text: m.reason},
        locations: [location]
      }
      if (m.fix) {
        result.fixes = [
          {
            description: {text: m.fix.text === '' ? 'Delete' : `Replace with “${m.fix.text}”`},
            artifactChanges: [
              {
                artifactLocation: {uri},
                replacements: [{deletedRegion: {charOffset: m.fix.start, charLength: m.fix.end - m.fix.start}, insertedContent: {text: m.fix.text}}]
              }
            ]
          }
        ]
      }
      results.push(result)
    }
  }
  // SARIF's own words for the three severities (its spec has no "info").
  const levels: Record<string, string> = {error: 'error', warning: 'warning', info: 'note'}
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wirelint',
            version: options.version ?? '0.0.0',
            informationUri: DOCS_URL,
            rules: RULES.map((r) => ({
              id: r.meta.id,
              shortDescription: {text: r.meta.description},
              helpUri: r.meta.url,
              defaultConfiguration: {level: levels[r.meta.severity]}
            }))
          }
        },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: !notifications.some((n) => (n as {level: string}).level === 'error'),
            toolExecutionNotifications: notifications
          }
        ],
        results
      }
    ]
  }
}

/** GitHub Actions workflow-command escaping. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, grouped per file. */
export function toGithub(files: VFile[], options: ReportOptions = {}): string {
  const out: string[] = []
  for (const file of files) {
    if (file.messages.length === 0) continue
    const p = relativePath(file, options.cwd)
    out.push(`::group::${escapeData(p)}`)
    for (const m of file.messages as WirelintMessage[]) {
      const json = toJsonMessage(m)
      const command = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'notice'
      const props = [`file=${escapeProperty(p)}`]
      const start = json.place?.start
      const end = json.place?.end
      if (start) props.push(`line=${start.line}`, `col=${start.column}`)
      else if (json.line) props.push(`line=${json.line}`, `col=${json.column ?? 1}`)
      if (end) props.push(`endLine=${end.line}`, `endColumn=${end.column}`)
      props.push(`title=${escapeProperty(`wirelint${m.ruleId ? ` (${m.ruleId})` : ''}`)}`)
      const fix = m.expected && m.expected.length > 0 ? ` (fix: ${m.expected.map((e) => (e === '' ? 'delete' : `“${e}”`)).join(' or ')})` : ''
      out.push(`::${command} ${props.join(',')}::${escapeData(m.reason + fix)}`)
    }
    out.push('::endgroup::')
  }
  return out.length ? out.join('\n') + '\n' : ''
}
