/**
 * The rule registry: every rule plugin with its metadata, in the order they
 * run.  The one list behind config validation, `--help`, the README table,
 * SARIF `tool.driver.rules` and the rule tests.
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {RuleMeta, RuleOptions} from '../../plugins/support/rule.js'
import acronym, {meta as acronymMeta} from '../../plugins/acronym.js'
import calque, {meta as calqueMeta} from '../../plugins/calque.js'
import capitalization, {meta as capitalizationMeta} from '../../plugins/capitalization.js'
import encoding, {meta as encodingMeta} from '../../plugins/encoding.js'
import hashtags, {meta as hashtagsMeta} from '../../plugins/hashtags.js'
import houseStyle, {meta as houseStyleMeta} from '../../plugins/house-style.js'
import markup, {meta as markupMeta} from '../../plugins/markup.js'
import mergedWords, {meta as mergedWordsMeta} from '../../plugins/merged-words.js'
import nameVariants, {meta as nameVariantsMeta} from '../../plugins/name-variants.js'
import article, {meta as articleMeta} from '../../plugins/article.js'
import falseFriend, {meta as falseFriendMeta} from '../../plugins/false-friend.js'
import pronounGender, {meta as pronounGenderMeta} from '../../plugins/pronoun-gender.js'
import numberFormat, {meta as numberFormatMeta} from '../../plugins/number-format.js'
import punctuationSpacing, {meta as punctuationSpacingMeta} from '../../plugins/punctuation-spacing.js'
import quotes, {meta as quotesMeta} from '../../plugins/quotes.js'
import repeatedWords, {meta as repeatedWordsMeta} from '../../plugins/repeated-words.js'
import spelling, {meta as spellingMeta} from '../../plugins/spelling.js'
import strayFragment, {meta as strayFragmentMeta} from '../../plugins/stray-fragment.js'
import terminalPunctuation, {meta as terminalPunctuationMeta} from '../../plugins/terminal-punctuation.js'
import untranslated, {meta as untranslatedMeta} from '../../plugins/untranslated.js'

export type RulePlugin = (options?: RuleOptions & Record<string, unknown>) => Transformer<Root, Root> | ((tree: Root, file: import('vfile').VFile) => void)

export interface RuleEntry {
  meta: RuleMeta
  plugin: RulePlugin
}

export const RULES: readonly RuleEntry[] = [
  {meta: encodingMeta, plugin: encoding as RulePlugin},
  {meta: markupMeta, plugin: markup as RulePlugin},
  {meta: mergedWordsMeta, plugin: mergedWords as RulePlugin},
  {meta: spellingMeta, plugin: spelling as RulePlugin},
  {meta: nameVariantsMeta, plugin: nameVariants as RulePlugin},
  {meta: repeatedWordsMeta, plugin: repeatedWords as RulePlugin},
  {meta: terminalPunctuationMeta, plugin: terminalPunctuation as RulePlugin},
  {meta: punctuationSpacingMeta, plugin: punctuationSpacing as RulePlugin},
  {meta: quotesMeta, plugin: quotes as RulePlugin},
  {meta: hashtagsMeta, plugin: hashtags as RulePlugin},
  {meta: strayFragmentMeta, plugin: strayFragment as RulePlugin},
  {meta: acronymMeta, plugin: acronym as RulePlugin},
  {meta: numberFormatMeta, plugin: numberFormat as RulePlugin},
  {meta: untranslatedMeta, plugin: untranslated as RulePlugin},
  {meta: calqueMeta, plugin: calque as RulePlugin},
  {meta: houseStyleMeta, plugin: houseStyle as RulePlugin},
  {meta: pronounGenderMeta, plugin: pronounGender as RulePlugin},
  {meta: falseFriendMeta, plugin: falseFriend as RulePlugin},
  {meta: articleMeta, plugin: article as RulePlugin},
  {meta: capitalizationMeta, plugin: capitalization as RulePlugin}
]

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id))

export function ruleById(id: string): RuleEntry | undefined {
  return RULES.find((r) => r.meta.id === id)
}
