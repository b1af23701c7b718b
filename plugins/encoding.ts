/**
 * encoding: Mojibake ("â€™", "Ã©"), U+FFFD and "?" standing for a lost character.
 *
 * STUB: not implemented yet (issue 3).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'encoding',
  description: 'Mojibake ("â€™", "Ã©"), U+FFFD and "?" standing for a lost character.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('encoding'),
  examples: {ok: [], notOk: []}
}

export default function encoding(_options: RuleOptions = {}) {
  return (_tree: Root, _file: VFile): void => {}
}
