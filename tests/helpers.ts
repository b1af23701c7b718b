/**
 * Shared test helpers: run one rule (all others off) through the real
 * pipeline, or a plugin alone after plain retext-english.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {createChecker} from '../pipeline/checker.js'
import type {UserConfig} from '../pipeline/config.js'
import {RULES} from '../pipeline/rules.js'
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
