/**
 * reviewdog's Reviewdog Diagnostic Format, rdjson (`--format rdjson`), for
 * `reviewdog -f=rdjson`: one diagnostic per finding with its range (end
 * exclusive), severity, rule code and URL, and, as suggestions, the fix:
 * the safe fix when there is one, else each candidate replacement of the
 * flagged text.  rdjson columns count UTF-8 bytes (wirelint's count UTF-16
 * code units): they are converted with the file's text when it is at hand.
 */
import type {VFile} from 'vfile'
import type {WirelintMessage} from '../../plugins/support/rule.js'
import {DOCS_URL} from '../../plugins/support/rule.js'
import {relativePath, toJsonMessage} from './report.js'

interface Position {
  line: number
  column: number
}

interface Range {
  start: Position
  end: Position
}

export interface RdjsonDiagnostic {
  message: string
  location: {path: string; range?: Range}
  severity: 'ERROR' | 'WARNING' | 'INFO'
  source: {name: string; url: string}
  code?: {value: string; url?: string}
  suggestions?: Array<{range: Range; text: string}>
}

export interface Rdjson {
  source: {name: string; url: string}
  diagnostics: RdjsonDiagnostic[]
}

const SEVERITY = {true: 'ERROR', false: 'WARNING', undefined: 'INFO'} as const

/** Line starts of a text, and conversions between UTF-16 places and rdjson (UTF-8 byte) positions. */
function positions(text: string | undefined) {
  const starts = [0]
  if (text !== undefined) for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  const lineOf = (offset: number): number => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
  const byteColumn = (line: number, column: number): number => {
    if (text === undefined || line > starts.length) return column
    const begin = starts[line - 1]
    return Buffer.byteLength(text.slice(begin, begin + column - 1)) + 1
  }
  return {
    point: (p: Position): Position => ({line: p.line, column: byteColumn(p.line, p.column)}),
    offset: (offset: number): Position => {
      const line = lineOf(offset)
      return {line, column: byteColumn(line, offset - starts[line - 1] + 1)}
    },
    slice: (start: number, end: number): string | undefined => (text === undefined ? undefined : text.slice(start, end))
  }
}

export function toRdjson(files: VFile[], cwd?: string): Rdjson {
  const source = {name: 'wirelint', url: DOCS_URL}
  const diagnostics: RdjsonDiagnostic[] = []
  for (const f of files) {
    const path = relativePath(f, cwd)
    const text = typeof f.value === 'string' && f.value !== '' ? f.value : undefined
    const at = positions(text)
    for (const m of f.messages as WirelintMessage[]) {
      const json = toJsonMessage(m)
      const d: RdjsonDiagnostic = {message: m.reason, location: {path}, severity: SEVERITY[String(m.fatal) as 'true' | 'false' | 'undefined'] ?? 'INFO', source}
      if (json.place) d.location.range = {start: at.point(json.place.start), end: at.point(json.place.end)}
      else if (json.line) d.location.range = {start: {line: json.line, column: json.column ?? 1}, end: {line: json.line, column: json.column ?? 1}}
      if (m.ruleId) d.code = m.url ? {value: m.ruleId, url: m.url} : {value: m.ruleId}
      if (m.fix) {
        d.suggestions = [{range: {start: at.offset(m.fix.start), end: at.offset(m.fix.end)}, text: m.fix.text}]
      } else if (m.expected && m.expected.length > 0 && json.place && json.place.start.offset >= 0 && m.actual != null) {
        // A candidate replaces the flagged text: only when the place holds exactly that text.
        const {start, end} = json.place
        if (at.slice(start.offset, end.offset) === m.actual) {
          d.suggestions = m.expected.map((e) => ({range: {start: at.offset(start.offset), end: at.offset(end.offset)}, text: e}))
        }
      }
      diagnostics.push(d)
    }
  }
  return {source, diagnostics}
}
