/** Line geometry shared by the parser and the rules whose fix deletes a whole line. */

/**
 * Line breaks: LF and CR (which also count lines, as editors and LSP do),
 * and the separators Unicode and word processors treat as the end of a line
 * without starting a new numbered line: VT (Word's manual line break), FF,
 * NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.  A line of wire copy ends at
 * any of them: a fix that deletes "the line" must stop there.
 */
export function isLineBreakCode(code: number): boolean {
  return (
    code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029
  )
}

/** Whether the break at `code` also starts a new numbered line (LF, CR). */
export function isCountedBreakCode(code: number): boolean {
  return code === 0x0a || code === 0x0d
}

/** Length of the line break starting at `at` (CRLF counts as one break of 2), 0 if none. */
export function lineBreakLength(value: string, at: number): number {
  const code = value.charCodeAt(at)
  if (!isLineBreakCode(code)) return 0
  return code === 0x0d && value.charCodeAt(at + 1) === 0x0a ? 2 : 1
}

/** Length of the line break ending at `at` (exclusive), 0 if none. */
function lineBreakBefore(value: string, at: number): number {
  const code = value.charCodeAt(at - 1)
  if (at <= 0 || !isLineBreakCode(code)) return 0
  return code === 0x0a && value.charCodeAt(at - 2) === 0x0d ? 2 : 1
}

/** Start of the line holding `at`. */
export function lineStartOf(value: string, at: number): number {
  let s = at
  while (s > 0 && !isLineBreakCode(value.charCodeAt(s - 1))) s--
  return s
}

/** End of the line holding `at` (before its line break). */
export function lineEndOf(value: string, at: number): number {
  let e = at
  while (e < value.length && !isLineBreakCode(value.charCodeAt(e))) e++
  return e
}

/**
 * The span of the whole line holding [start, end), with its line ending (or,
 * on the last line, the line ending before it) — when nothing else is on the
 * line; otherwise [start, end] itself.  Every break of `isLineBreakCode`
 * counts, CRLF as one.
 */
export function lineRange(value: string, start: number, end: number): [number, number] {
  let s = lineStartOf(value, start)
  let e = lineEndOf(value, end)
  // Only a line that holds nothing else is deleted whole.
  if (value.slice(s, start).trim() !== '' || value.slice(end, e).trim() !== '') return [start, end]
  if (e < value.length) {
    e += lineBreakLength(value, e)
  } else if (s > 0) {
    s -= lineBreakBefore(value, s)
  }
  return [s, e]
}
