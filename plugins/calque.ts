/**
 * calque: Translationese: "this Sunday", "the Hebrew State", "considered that".
 *
 * STUB: not implemented yet (issue 3).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'calque',
  description: 'Translationese: "this Sunday", "the Hebrew State", "considered that".',
  severity: 'info',
  fixable: false,
  url: ruleUrl('calque'),
  examples: {ok: [], notOk: []}
}

export default function calque(_options: RuleOptions = {}) {
  return (_tree: Root, _file: VFile): void => {}
}
