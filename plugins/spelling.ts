/**
 * spelling: Misspelt words (retext-spell with dictionary-en; names, acronyms and both dialects accepted).
 *
 * STUB: not implemented yet (issue 3).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'spelling',
  description: 'Misspelt words (retext-spell with dictionary-en; names, acronyms and both dialects accepted).',
  severity: 'warn',
  fixable: false,
  url: ruleUrl('spelling'),
  examples: {ok: [], notOk: []}
}

export default function spelling(_options: RuleOptions = {}) {
  return (_tree: Root, _file: VFile): void => {}
}
