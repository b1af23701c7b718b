/**
 * punctuation-spacing, the shared context of its checks: how a check reports
 * (paragraph text offsets, fix candidates, how sure it is), and the
 * document-level evidence some checks weigh.
 */
import type {DocumentIndex, ParagraphInfo} from '../support/document.js'
import type {Severity} from '../support/rule.js'

/** How sure a finding is: `sure` at the rule's severity, `likely` one step softer, `look` information. */
export type Certainty = 'sure' | 'likely' | 'look'

export interface Finding {
  start: number
  end: number
  reason: string
  /** Fix candidates, best first; none when only the editor can tell. */
  expected?: string[]
  /** Whether the single candidate may be applied unattended (default: yes). */
  safe?: boolean
  certainty?: Certainty
}

export type Emit = (paragraph: ParagraphInfo, finding: Finding) => void

export interface Check {
  index: DocumentIndex
  emit: Emit
}

/** The severity of a certainty under the rule's configured severity. */
export function levelOf(certainty: Certainty, severity: Severity, softer: Severity): Severity {
  if (certainty === 'sure') return severity
  if (certainty === 'likely') return softer
  return severity === 'error' || severity === 'warning' ? 'info' : severity
}
