/**
 * Checkstyle XML (`--format checkstyle`), as ESLint's checkstyle formatter
 * writes it and Jenkins (Warnings NG), reviewdog (-f=checkstyle), Danger and
 * SonarQube read it: one <file> per checked file, one <error> per finding with
 * line, column, severity (error, warning, info), message and source
 * ("wirelint.RULE").
 */
import type {VFile} from 'vfile'
import type {WirelintMessage} from '../../plugins/support/rule.js'
import {severityName, toJsonMessage} from './report.js'
import {buildXml, xmlAttribute} from './report-xml.js'

export function toCheckstyle(files: VFile[]): string {
  const file = files.map((f) => ({
    '@_name': xmlAttribute(f.path ?? '<stdin>'),
    error: (f.messages as WirelintMessage[]).map((m) => {
      const json = toJsonMessage(m)
      const start = json.place?.start
      return {
        '@_line': start?.line ?? json.line ?? 1,
        '@_column': start?.column ?? json.column ?? 1,
        '@_severity': severityName(m.fatal),
        '@_message': xmlAttribute(m.reason),
        '@_source': xmlAttribute(`wirelint.${m.ruleId ?? 'unknown'}`)
      }
    })
  }))
  return buildXml({checkstyle: {'@_version': '4.3', file}})
}
