/**
 * markup: HTML tags and entities, leaked script and WordPress shortcodes in the copy.
 *
 * STUB: not implemented yet (issue 3).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'markup',
  description: 'HTML tags and entities, leaked script and WordPress shortcodes in the copy.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('markup'),
  examples: {ok: [], notOk: []}
}

export default function markup(_options: RuleOptions = {}) {
  return (_tree: Root, _file: VFile): void => {}
}
