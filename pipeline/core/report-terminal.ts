/**
 * What the terminal report may use: colours and width.
 *
 * The colour decision is written out here rather than taken from
 * `supports-color`, which reads `--color`/`--no-color` from process.argv
 * itself and cannot be told which stream (or which file, `-o`) the report
 * goes to; the rules are the usual ones (https://no-color.org and
 * FORCE_COLOR as Node and supports-color read it).
 */

export interface ColorInputs {
  /** `--color` (true) or `--no-color` (false); undefined when neither was given. */
  flag?: boolean
  env?: Record<string, string | undefined>
  /** The report goes to a terminal. */
  isTTY?: boolean
}

/**
 * Colours on or off: the flag first; then FORCE_COLOR (0 or "false" = off,
 * 1, 2, 3, "true" or empty = on); then NO_COLOR (set and not empty = off);
 * else on for a terminal that is not TERM=dumb.
 */
export function colorEnabled({flag, env = process.env, isTTY = false}: ColorInputs): boolean {
  if (flag !== undefined) return flag
  const force = env.FORCE_COLOR
  if (force !== undefined) {
    const value = force.trim().toLowerCase()
    if (value === '' || value === 'true') return true
    if (value === 'false') return false
    const level = Number.parseInt(value, 10)
    if (!Number.isNaN(level)) return level > 0
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTTY && env.TERM !== 'dumb'
}

/** Columns of the report: the terminal's, else $COLUMNS, else 80 (never under 40). */
export function reportColumns(stream?: {isTTY?: boolean; columns?: number}, env: Record<string, string | undefined> = process.env): number {
  let columns = stream?.isTTY && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : Number.parseInt(env.COLUMNS ?? '', 10)
  if (!Number.isFinite(columns) || columns <= 0) columns = 80
  return Math.max(40, columns)
}
