/**
 * number-format, both separators at once: "1.234,5" → "1,234.5".
 *
 * How it decides: thousands dots, then one decimal comma last, with a first
 * group of one to three digits and groups of three between: no English
 * number is written so, so it is strong and fixed unattended.
 */
import {finish, spacedNote, type FormatCheck} from './reading.js'

export const continental: FormatCheck = (n, out) => {
  const {groups, seps} = n
  if (
    !(
      seps.length >= 2 &&
      seps[seps.length - 1] === ',' &&
      seps.slice(0, -1).every((s) => s === '.') &&
      groups[0].length <= 3 &&
      groups.slice(1, -1).every((g) => g.length === 3)
    )
  ) {
    return false
  }
  const fixed = groups.slice(0, -1).join(',') + '.' + groups[groups.length - 1]
  const {end, expected} = finish(n, fixed)
  out.push({
    paragraph: n.paragraph, start: n.start, end, kind: 'continental', strong: true,
    expected, safe: true,
    reason: `Source-language number “${n.value}”: English writes “${fixed}”${spacedNote(n)}`
  })
  return true
}
