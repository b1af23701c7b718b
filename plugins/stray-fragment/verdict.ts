/**
 * stray-fragment, part: what the line classifier's checks return.
 *
 * A verdict names the class of debris in plain words and how sure the
 * check is: 'strong' (the rule's severity: an error by default) for
 * vocabulary and shapes that are never copy, 'likely' (a warning) where
 * shape and place agree, 'weak' (info) where only one of them speaks.  A
 * verdict covers the whole line unless it gives a span of the paragraph
 * text (a segment: "date 2023-05-09" before the lead, "| News" after a
 * headline), with `cut` and `fixEnd` the span the fix deletes.
 */
export type Level = 'strong' | 'likely' | 'weak'

export interface LineVerdict {
  level: Level
  reason: string
  /** A segment of the line (paragraph text indices); absent: the whole line. */
  start?: number
  end?: number
  /** What the fix deletes (defaults: the segment). */
  cut?: number
  fixEnd?: number
  /** No unattended fix (the editor must look). */
  unsafe?: boolean
}
