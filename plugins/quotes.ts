/**
 * quotes: Quotes opened in one style and closed in another, foreign quote marks, unbalanced or misplaced quotes.
 *
 * STUB: not implemented yet (issue 3).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'quotes',
  description: 'Quotes opened in one style and closed in another, foreign quote marks, unbalanced or misplaced quotes.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('quotes'),
  examples: {ok: [], notOk: []}
}

export default function quotes(_options: RuleOptions = {}) {
  return (_tree: Root, _file: VFile): void => {}
}
