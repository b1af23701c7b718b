/**
 * acronym: Source-language acronyms (OSDH, ONU, OTAN) and acronyms that do not fit their expansion.
 *
 * STUB: not implemented yet (issue 3).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'acronym',
  description: 'Source-language acronyms (OSDH, ONU, OTAN) and acronyms that do not fit their expansion.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('acronym'),
  examples: {ok: [], notOk: []}
}

export default function acronym(_options: RuleOptions = {}) {
  return (_tree: Root, _file: VFile): void => {}
}
