/**
 * number-format: Source-language number formats: decimal commas, thousands dots, "5 %", billón as billion.
 *
 * STUB: not implemented yet (issue 3).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'number-format',
  description: 'Source-language number formats: decimal commas, thousands dots, "5 %", billón as billion.',
  severity: 'warn',
  fixable: false,
  url: ruleUrl('number-format'),
  examples: {ok: [], notOk: []}
}

export default function numberFormat(_options: RuleOptions = {}) {
  return (_tree: Root, _file: VFile): void => {}
}
