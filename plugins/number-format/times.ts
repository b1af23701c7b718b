/**
 * number-format, clock times written the source's way: a 24-hour time with
 * a.m. or p.m. ("20 p.m.", "15.30 pm", "00:17 AM"), a bare 24-hour hour
 * ("After 13 (local time)"), a time with "noon" or "midnight" ("12.40
 * noon").
 *
 * How it decides: an hour of 13–23, or 0, before "a.m."/"p.m." (any case,
 * with or without points) is no English time: a warning, fixed to the
 * 12-hour time ("8 p.m.", "12:17 a.m."; not unattended).  A bare hour of
 * 13–23 after a time word ("at", "after", "until" …) and before "local
 * time" or "(local time)" is the source's "a las 13 (hora local)": "1 p.m.".
 * "H.MM noon" or "H:MM midnight" says the hour twice: "12:40 p.m.".  UK
 * times ("10.30pm"), 24-hour times without a.m./p.m. ("20:00") and
 * durations ("13 hours") stay alone.
 */
import {TIME_BEFORE} from '../data/number-format.js'
import {wordEndingAt, type ConventionCheck} from './conventions.js'
import {isDigit} from './reading.js'

/** An hour, maybe minutes (":" or "."), then a.m./p.m. or noon/midnight, or "(local time)". */
const CLOCK = /^(\d{1,2})(?:[:.](\d{2}))?(?:[ \u00a0]?([ap])(?:\.m\.?|m)(?![\p{L}\p{N}])| (noon|midnight)\b| \(?local time\b)/iu

export const times: ConventionCheck = ({paragraph, text, t}, out) => {
  if (t.groups[0].length > 2 || isDigit(text[t.start - 1]) || text[t.start - 1] === '.' || text[t.start - 1] === ':') return false
  if (t.seps.length > 1 || (t.seps.length === 1 && (t.seps[0] !== '.' || t.groups[1].length !== 2))) return false
  const m = CLOCK.exec(text.slice(t.start, t.start + 20))
  if (!m) return false
  const hour = Number(m[1])
  const minutes = m[2] ?? ''
  if (hour > 23 || (minutes && Number(minutes) > 59)) return false
  const end = t.start + m[0].length
  const written = m[0]
  const clock = (h: number, pm: boolean): string =>
    `${h % 12 === 0 ? 12 : h % 12}${minutes ? ':' + minutes : ''} ${pm ? 'p.m.' : 'a.m.'}`
  let fixed: string
  let why: string
  if (m[3]) {
    if (!(hour > 12 || hour === 0)) return false
    fixed = clock(hour, hour >= 12)
    why = `a 24-hour time with “${m[3].toLowerCase() === 'a' ? 'a.m.' : 'p.m.'}”`
  } else if (m[4]) {
    // "12.40 noon": noon is 12:00 exactly.
    if (!minutes || Number(minutes) === 0) return false
    const noon = m[4].toLowerCase() === 'noon'
    // Noon: 12.40 is after it; midnight: 12.10 is after it, 11.50 before it.
    fixed = clock(hour, noon ? hour === 12 : hour !== 12 && hour !== 0)
    why = `a time with “${m[4]}”, which is itself a time`
  } else {
    // "After 13 (local time)": a bare 24-hour hour.
    if (minutes || hour < 13 || !TIME_BEFORE.has(wordEndingAt(text, t.start))) return false
    fixed = clock(hour, true)
    why = 'a bare 24-hour hour'
    out.push({
      paragraph, start: t.start, end: t.end, kind: 'time', strong: true,
      expected: [fixed], safe: false,
      reason: `“${text.slice(t.start, t.end)}” is ${why}: English writes “${fixed}”`
    })
    return true
  }
  out.push({
    paragraph, start: t.start, end, kind: 'time', strong: true,
    expected: [fixed], safe: false,
    reason: `“${written}” is ${why}: English writes “${fixed}”`
  })
  return true
}
