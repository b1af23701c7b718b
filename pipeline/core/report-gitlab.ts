/**
 * GitLab Code Quality (`--format gitlab`): the JSON array GitLab reads from a
 * job's `artifacts: reports: codequality` (a subset of the Code Climate issue
 * format): description, check_name, fingerprint, severity and location (path
 * relative to the project, begin line).  Severities: error → major, warning →
 * minor, info → info.  The fingerprint is the same from run to run while the
 * finding stands (path, rule, flagged text and its rank among the same
 * findings in the file; not the line, which moves with edits above it) and
 * unique in the report.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {WirelintMessage} from '../../plugins/support/rule.js'
import {relativePath, severityName, toJsonMessage} from './report.js'

export interface CodeQualityIssue {
  type: 'issue'
  description: string
  check_name: string
  fingerprint: string
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker'
  categories: string[]
  location: {path: string; lines: {begin: number; end: number}; positions: {begin: {line: number; column: number}; end: {line: number; column: number}}}
}

const SEVERITY = {error: 'major', warning: 'minor', info: 'info'} as const

export function toGitlab(files: VFile[], cwd?: string): CodeQualityIssue[] {
  const issues: CodeQualityIssue[] = []
  const seen = new Set<string>()
  for (const f of files) {
    const path = relativePath(f, cwd)
    const rank = new Map<string, number>()
    for (const m of f.messages as WirelintMessage[]) {
      const json = toJsonMessage(m)
      const start = json.place?.start ?? {line: json.line ?? 1, column: json.column ?? 1}
      const end = json.place?.end ?? start
      const rule = m.ruleId ?? 'unknown'
      const key = `${path}\0${rule}\0${m.actual ?? m.reason}`
      const n = (rank.get(key) ?? 0) + 1
      rank.set(key, n)
      let fingerprint = createHash('md5').update(`${key}\0${n}`).digest('hex')
      // Unique in the report whatever the input (two files given under one name).
      while (seen.has(fingerprint)) fingerprint = createHash('md5').update(fingerprint).digest('hex')
      seen.add(fingerprint)
      issues.push({
        type: 'issue',
        description: `${m.reason} (${rule})`,
        check_name: rule,
        fingerprint,
        severity: SEVERITY[severityName(m.fatal)],
        categories: ['Style'],
        location: {
          path,
          lines: {begin: start.line, end: end.line},
          positions: {begin: {line: start.line, column: start.column}, end: {line: end.line, column: end.column}}
        }
      })
    }
  }
  return issues
}
