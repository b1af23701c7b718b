/** Line geometry shared by the rules whose fix deletes a whole line. */

/**
 * The span of the whole line holding [start, end), with its line ending (or,
 * on the last line, the line ending before it) — when nothing else is on the
 * line; otherwise [start, end] itself.  CRLF, LF and lone CR all count.
 */
export function lineRange(value: string, start: number, end: number): [number, number] {
  let s = start
  while (s > 0 && value[s - 1] !== '\n' && value[s - 1] !== '\r') s--
  let e = end
  while (e < value.length && value[e] !== '\n' && value[e] !== '\r') e++
  // Only a line that holds nothing else is deleted whole.
  if (value.slice(s, start).trim() !== '' || value.slice(end, e).trim() !== '') return [start, end]
  if (e < value.length) {
    e += value[e] === '\r' && value[e + 1] === '\n' ? 2 : 1
  } else if (s > 0) {
    s -= value[s - 1] === '\n' && value[s - 2] === '\r' ? 2 : 1
  }
  return [s, e]
}
