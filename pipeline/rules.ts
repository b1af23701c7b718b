/**
 * The rule registry: every rule plugin with its metadata, in the order they
 * run.  The one list behind config validation, `--help`, the README table,
 * SARIF `tool.driver.rules` and the rule tests.
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {RuleMeta, RuleOptions} from '../plugins/support/rule.js'
import hashtags, {meta as hashtagsMeta} from '../plugins/hashtags.js'
import mergedWords, {meta as mergedWordsMeta} from '../plugins/merged-words.js'
import punctuationSpacing, {meta as punctuationSpacingMeta} from '../plugins/punctuation-spacing.js'
import terminalPunctuation, {meta as terminalPunctuationMeta} from '../plugins/terminal-punctuation.js'

export type RulePlugin = (options?: RuleOptions & Record<string, unknown>) => Transformer<Root, Root> | ((tree: Root, file: import('vfile').VFile) => void)

export interface RuleEntry {
  meta: RuleMeta
  plugin: RulePlugin
}

export const RULES: readonly RuleEntry[] = [
  {meta: mergedWordsMeta, plugin: mergedWords as RulePlugin},
  {meta: terminalPunctuationMeta, plugin: terminalPunctuation as RulePlugin},
  {meta: punctuationSpacingMeta, plugin: punctuationSpacing as RulePlugin},
  {meta: hashtagsMeta, plugin: hashtags as RulePlugin}
]

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id))

export function ruleById(id: string): RuleEntry | undefined {
  return RULES.find((r) => r.meta.id === id)
}
