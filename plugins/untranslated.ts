/**
 * untranslated: Words or sentences of the source language left in the English copy.
 *
 * STUB: not implemented yet (issue 3).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'untranslated',
  description: 'Words or sentences of the source language left in the English copy.',
  severity: 'warn',
  fixable: false,
  url: ruleUrl('untranslated'),
  examples: {ok: [], notOk: []}
}

export default function untranslated(_options: RuleOptions = {}) {
  return (_tree: Root, _file: VFile): void => {}
}
