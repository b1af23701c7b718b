/**
 * stray-fragment: Orphan fragments and page furniture: "told AFP. land.", "Also read:", "Tweet", credit and copyright lines.
 *
 * STUB: not implemented yet (issue 3).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'stray-fragment',
  description: 'Orphan fragments and page furniture: "told AFP. land.", "Also read:", "Tweet", credit and copyright lines.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('stray-fragment'),
  examples: {ok: [], notOk: []}
}

export default function strayFragment(_options: RuleOptions = {}) {
  return (_tree: Root, _file: VFile): void => {}
}
