/**
 * JUnit XML (`--format junit`), the shape Ant's XML formatter made common and
 * GitLab, Jenkins, Azure Pipelines and CircleCI read: one <testsuite> per
 * checked file; one <testcase> per finding, named by place and rule, with a
 * <failure> (type error or warning) for errors and warnings, and the message
 * as <system-out> for an info (a passing test: infos never fail a run); a
 * file without findings is one passing test case.
 */
import type {VFile} from 'vfile'
import type {WirelintMessage} from '../../plugins/support/rule.js'
import {severityName, toJsonMessage} from './report.js'
import {buildXml, xmlAttribute, xmlText} from './report-xml.js'

export function toJunit(files: VFile[]): string {
  let tests = 0
  let failures = 0
  const testsuite = files.map((f) => {
    const name = xmlAttribute(f.path ?? '<stdin>')
    const messages = f.messages as WirelintMessage[]
    let fileFailures = 0
    const testcase = messages.map((m) => {
      const json = toJsonMessage(m)
      const start = json.place?.start
      const where = start ? `${start.line}:${start.column}` : json.line ? `${json.line}:${json.column ?? 1}` : '-'
      const severity = severityName(m.fatal)
      const rule = m.ruleId ?? 'unknown'
      const fix = m.expected && m.expected.length > 0 ? ` (fix: ${m.expected.map((e) => (e === '' ? 'delete' : `“${e}”`)).join(' or ')})` : ''
      const detail = xmlText(`${f.path ?? '<stdin>'}:${where} ${severity} ${rule}: ${m.reason}${fix}${m.url ? `\n${m.url}` : ''}`)
      const test: Record<string, unknown> = {'@_name': xmlAttribute(`${where} ${rule}`), '@_classname': name, '@_time': '0'}
      if (severity === 'info') test['system-out'] = detail
      else {
        fileFailures++
        test.failure = {'@_type': severity, '@_message': xmlAttribute(m.reason), '#text': detail}
      }
      return test
    })
    if (testcase.length === 0) testcase.push({'@_name': 'wirelint', '@_classname': name, '@_time': '0'})
    tests += testcase.length
    failures += fileFailures
    return {
      '@_name': name,
      '@_tests': testcase.length,
      '@_failures': fileFailures,
      '@_errors': 0,
      '@_skipped': 0,
      '@_time': '0',
      testcase
    }
  })
  return buildXml({testsuites: {'@_name': 'wirelint', '@_tests': tests, '@_failures': failures, '@_errors': 0, '@_time': '0', testsuite}})
}
