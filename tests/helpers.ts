/**
 * Shared test helpers: run one rule (all others off) through the real
 * pipeline, or a plugin alone after plain retext-english.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {createChecker} from '../pipeline/core/checker.js'
import type {UserConfig} from '../pipeline/core/config.js'
import {RULES} from '../pipeline/core/rules.js'
import type {WirelintMessage} from '../plugins/support/rule.js'

export interface Found {
  ruleId: string | null | undefined
  line: number | null | undefined
  column: number | null | undefined
  actual: string | undefined
  expected: string[] | undefined
  fatal: boolean | null | undefined
  fix: WirelintMessage['fix']
  reason: string
}

export function simplify(messages: VFile['messages']): Found[] {
  return (messages as WirelintMessage[]).map((m) => ({
    ruleId: m.ruleId,
    line: m.line,
    column: m.column,
    actual: m.actual,
    expected: m.expected,
    fatal: m.fatal,
    fix: m.fix,
    reason: m.reason
  }))
}

/** Check text with only `ruleId` on (plus extra config). */
export async function runRule(
  ruleId: string,
  text: string,
  options: Record<string, unknown> = {},
  extra: UserConfig = {},
  path = 'story.txt'
): Promise<Found[]> {
  const rules: NonNullable<UserConfig['rules']> = {}
  for (const r of RULES) rules[r.meta.id] = 'off'
  const entry = RULES.find((r) => r.meta.id === ruleId)
  if (!entry) throw new Error(`no rule ${ruleId}`)
  rules[ruleId] = Object.keys(options).length ? [entry.meta.severity, options] : entry.meta.severity
  Object.assign(rules, extra.rules)
  const checker = createChecker({...extra, rules})
  const file = await checker.check(text, {path})
  return simplify(file.messages).filter((m) => m.ruleId === ruleId)
}

/** Run a plugin alone after plain retext-english, as another unified chain would. */
export async function runAlone(plugin: any, text: string, options?: unknown): Promise<Found[]> {
  const processor = unified().use(retextEnglish).use(plugin, options)
  const file = new VFile({value: text})
  await processor.run(processor.parse(file), file)
  return simplify(file.messages)
}

/** One expected finding in a rule test: the shape every rule test shares. */
export interface ExpectedFinding {
  line: number
  column: number
  actual: string
  /** The first fix candidate; absent when the rule offers none. */
  fix?: string
}

/** A rule test case: a text and the complete list of the rule's findings on it. */
export interface RuleCase {
  text: string
  findings: ExpectedFinding[]
  /** Rule options. */
  options?: Record<string, unknown>
  /** File name (picks the format). */
  path?: string
}

/** The findings of one rule (all others off) in the shared case shape, in document order. */
export async function findingsOf(ruleId: string, c: Omit<RuleCase, 'findings'>): Promise<ExpectedFinding[]> {
  const found = await runRule(ruleId, c.text, c.options ?? {}, {}, c.path ?? 'story.txt')
  return found.map((m) => {
    const f: ExpectedFinding = {line: m.line ?? 0, column: m.column ?? 0, actual: m.actual ?? ''}
    if (m.expected && m.expected.length > 0) f.fix = m.expected[0]
    return f
  })
}
