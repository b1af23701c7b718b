/**
 * Reporters.  Here: JSON, SARIF, GitHub annotations and the format registry;
 * each other format in a module of its own (report-stylish.ts, report-html.ts,
 * report-checkstyle.ts, report-junit.ts, report-gitlab.ts, report-rdjson.ts).
 *
 * The JSON shape is vfile-reporter-json's without `ancestors`, plus each
 * message's `severity` and, when a fix is safe to apply, `fix`:
 * `[{path, messages: [{ruleId, source, reason, fatal, severity, line, column,
 *    place: {start: {line, column, offset}, end: {…}}, actual, expected, url, fix?}],
 *    sourceLanguage?: {lang, confidence, evidence}}]` (the guess, when a rule made one).
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {Fix, WirelintMessage} from '../../plugins/support/rule.js'
import {DOCS_URL} from '../../plugins/support/rule.js'
import {sourceLanguageOf, type SourceLanguageGuess} from './messages.js'
import {RULES} from './rules.js'
import {stylishReport} from './report-stylish.js'

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
  /** The source-language guess the rules recorded for the file (file.data.wirelint.sourceLanguage), when they guessed a language. */
  sourceLanguage?: SourceLanguageGuess
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
  return files.map((file) => {
    const out: JsonFile = {path: file.path ?? '<stdin>', messages: (file.messages as WirelintMessage[]).map(toJsonMessage)}
    const guess = sourceLanguageOf(file)
    if (guess) out.sourceLanguage = guess
    return out
  })
}

export interface ReportOptions {
  quiet?: boolean
  color?: boolean
  /** The tool's version (SARIF). */
  version?: string
  /** Folder paths are made relative to (SARIF, GitHub). */
  cwd?: string
  /** Width of the terminal report (stylish); 80 by default. */
  columns?: number
}

/** Drop warnings and infos (`--quiet`). */
export function onlyErrors(files: VFile[]): void {
  for (const file of files) file.messages = file.messages.filter((m) => m.fatal === true)
}

export async function stylish(files: VFile[], options: ReportOptions = {}): Promise<string> {
  return stylishReport(files, {color: options.color, columns: options.columns})
}

export async function formatReport(format: string, files: VFile[], options: ReportOptions = {}): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(toJson(files), null, 2) + '\n'
    case 'stylish':
      return stylish(files, options)
    case 'sarif':
      return JSON.stringify(toSarif(files, options), null, 2) + '\n'
    case 'github':
      return toGithub(files, options)
    // The others are loaded only when asked for (start-up time matters in a pre-commit hook).
    case 'html':
      return (await import('./report-html.js')).toHtml(files, {cwd: options.cwd, version: options.version})
    case 'checkstyle':
      return (await import('./report-checkstyle.js')).toCheckstyle(files)
    case 'junit':
      return (await import('./report-junit.js')).toJunit(files)
    case 'gitlab':
      return JSON.stringify((await import('./report-gitlab.js')).toGitlab(files, options.cwd), null, 2) + '\n'
    case 'rdjson':
      return JSON.stringify((await import('./report-rdjson.js')).toRdjson(files, options.cwd), null, 2) + '\n'
    default:
      throw new Error(`unknown format ${format}`)
  }
}

/** Report formats (`--format`); input formats are processor.ts's `INPUT_FORMATS`. */
export const REPORT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'html', 'checkstyle', 'junit', 'gitlab', 'rdjson'] as const

/** What each format is, for `--help` and the README. */
export const REPORT_FORMAT_HELP: Record<(typeof REPORT_FORMATS)[number], string> = {
  stylish: 'for people: the flagged text in context, counts by rule (default)',
  json: 'every finding with its place, fix and URL',
  sarif: 'SARIF 2.1.0 (GitHub code scanning)',
  github: 'GitHub Actions annotations',
  html: 'one self-contained page: charts, each text with its findings marked',
  checkstyle: 'Checkstyle XML (Jenkins, reviewdog -f=checkstyle)',
  junit: 'JUnit XML (GitLab, Jenkins, Azure Pipelines test reports)',
  gitlab: 'GitLab Code Quality JSON',
  rdjson: 'reviewdog rdjson, with fixes as suggestions'
}

/** Formats that show or need each file's text (the batch sends it back for them). */
export const FORMATS_WITH_TEXT: ReadonlySet<string> = new Set(['stylish', 'html', 'rdjson'])

/**
 * Does a file's beginning (`head`) and end (`tail`) look like a report
 * wirelint wrote, in any format?  (`-o` replaces only those.)
 */
export function isOwnReport(head: string, tail: string): boolean {
  const start = head.replace(/^\uFEFF?\s+/, '').replace(/^\uFEFF/, '')
  const compact = start.replace(/\s+/g, '')
  if (start.startsWith('[')) {
    if (compact === '[]') return true
    if (start.includes('"path"') && start.includes('"messages"')) return true // json
    if (start.includes('"check_name"') && start.includes('"fingerprint"')) return true // gitlab
    return false
  }
  if (start.startsWith('{')) {
    if (start.includes('sarif') && start.includes('"wirelint"')) return true
    return compact.startsWith('{"source":{"name":"wirelint"') // rdjson
  }
  if (/^::(?:group|error|warning|notice) /.test(start) || start.startsWith('::group::')) return true
  if (/^<!doctype html>\s*<html[^>]*>\s*<head>[\s\S]*<meta name="generator" content="wirelint/i.test(start)) return true
  if (start.startsWith('<?xml')) return /^<\?xml[^>]*\?>\s*(?:<checkstyle[\s>]|<testsuites name="wirelint")/.test(start)
  // stylish: its last line sums up ("✖ 2 findings (…)", "✔ no issues found (…)"; before: "✖ 2 errors", "a.txt: no issues found").
  const lines = tail.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trimEnd()).filter(Boolean)
  // The totals may be wrapped over lines that follow it, indented.
  let i = lines.length - 1
  while (i > 0 && lines[i].startsWith('  ') && lines.length - i < 4) i--
  const last = (lines[i] ?? '').trim()
  return /^(?:[✖⚠ℹ] \d+ |✔ no issues found \(|\d+ messages \()/.test(last) || last.endsWith(': no issues found')
}

export function relativePath(file: VFile, cwd: string | undefined): string {
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
              defaultConfiguration: r.meta.off ? {level: levels[r.meta.severity], enabled: false} : {level: levels[r.meta.severity]}
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
