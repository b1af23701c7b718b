/**
 * number-format, thousands grouped with a space: "10 000", "3 000 soldiers".
 *
 * How it decides: groups of three after a first group of one to three
 * digits, all joined by the same space.  A no-break, thin or narrow
 * no-break space is typographic grouping (strong, fixed unattended).  A plain
 * space may just separate two numbers ("In 2008 400 people died"), so it
 * counts only for a round quantity ending in "00" before a count, a unit, a
 * currency or a magnitude, not a rate, not after a word that starts a
 * number of something else ("May 5 300 protesters"), and not inside a list
 * or a longer run of digits; and then never unattended.
 */
import {NUMBER_STARTERS_NOT_QUANTITY} from '../data/number-format.js'
import {TYPOGRAPHIC_DIGIT_GROUP_SPACE} from '../support/text.js'
import {finish, isDigit, spacedNote, wordBefore, type FormatCheck} from './reading.js'

export const spaceThousands: FormatCheck = (n, out) => {
  const {groups, seps, info, tail, text, start} = n
  if (!(n.allSpace && n.threes && groups[0].length <= 3)) return false
  const typographic = seps.every((s) => TYPOGRAPHIC_DIGIT_GROUP_SPACE.test(s))
  const fixed = groups.join(',')
  if (!typographic) {
    const quantity =
      info.context === 'count' || info.context === 'measure' || info.context === 'currency' || info.context === 'magnitude'
    if (!quantity || info.rate || !tail[tail.length - 1].endsWith('00')) return true
    if (NUMBER_STARTERS_NOT_QUANTITY.has(wordBefore(text, start).toLowerCase())) return true
    if (isDigit(text[start - 2]) || text[start - 1] === ',') return true
  }
  const {end, expected} = finish(n, fixed)
  out.push({
    paragraph: n.paragraph, start, end, kind: 'space-thousands', strong: true,
    expected, safe: typographic,
    reason: `Thousands grouped with a space “${n.value}”: English writes “${fixed}”${spacedNote(n)}`
  })
  return true
}
