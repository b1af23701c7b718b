/**
 * repeated-words: A word repeated by mistake: "the the" (retext-repeated-words).
 *
 * STUB: not implemented yet (issue 3).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'repeated-words',
  description: 'A word repeated by mistake: "the the" (retext-repeated-words).',
  severity: 'warn',
  fixable: true,
  url: ruleUrl('repeated-words'),
  examples: {ok: [], notOk: []}
}

export default function repeatedWords(_options: RuleOptions = {}) {
  return (_tree: Root, _file: VFile): void => {}
}
