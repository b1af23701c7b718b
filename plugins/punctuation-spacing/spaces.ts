/**
 * punctuation-spacing, spaces where none belong or too many:
 * - several spaces in a row between two words ("takes pride  in", "DR
 *   For") in plain text — information: two spaces after a full stop are the
 *   typewriter convention many clean sites keep, and a run of three or more
 *   may align a table, so only two are fixed unattended; in Markdown and
 *   HTML a run of spaces collapses when the page is shown, and is left
 *   alone;
 * - spaces inside brackets ("( CDU )", "( also facing)"), and a closing
 *   bracket with nothing open after a full stop and a space ("(Val-de-Marne).
 *   ),": debris, deleted with the stop when a comma follows);
 * - a spaced apostrophe ("Germany ‘ s", "Spain 's"), and in a document that
 *   has one, the spaced apostrophe of a plural ("the Greens ‘ projected
 *   result");
 * - a spaced slash between two words ("and / or", "CDU / CSU") —
 *   information (Chicago 6.106 closes it up between single words; some
 *   house styles space it).
 *
 * How it decides: one pass over each paragraph's masked text (syntax such as
 * URLs blanked), looking only at the characters around each space run,
 * bracket, apostrophe and slash.
 */
import {APOSTROPHE_OF_STYLE, CLITICS} from '../data/quotes.js'
import {documentStyles} from '../quotes/styles.js'
import {MASK, type ParagraphInfo} from '../support/document.js'
import {INLINE_SPACE, LETTER, LOWER} from '../support/text.js'
import type {Check, Finding} from './context.js'

const CANDIDATE = /[ \u00a0]{2,}|\(|\)|[’‘'´`]|\//g

const space = (c: string | undefined): boolean => c !== undefined && INLINE_SPACE.test(c)
const letter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c)
const prose = (c: string | undefined): boolean => c !== undefined && c !== MASK && !/\s/.test(c)

/**
 * Whether the document is Markdown or HTML (its format bridge left a source
 * map): there a run of spaces collapses to one when the page is shown.
 */
function rendered(check: Check): boolean {
  const data = check.index.file.data as {wirelintSourceMap?: unknown} | undefined
  return data?.wirelintSourceMap !== undefined
}

export function checkSpaces(check: Check): void {
  const markup = rendered(check)
  const plurals: Array<[ParagraphInfo, Finding]> = []
  let spacedApostrophes = 0
  let apostrophe: string | undefined
  for (const paragraph of check.index.paragraphs) {
    const t = paragraph.masked
    CANDIDATE.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = CANDIDATE.exec(t)) !== null) {
      const i = m.index
      const c = m[0]
      if (c.length > 1) {
        if (!markup) spaceRun(check, paragraph, t, i, i + c.length)
      } else if (c === '(') {
        // Not an emoticon (":- (").
        if (space(t[i + 1]) && !/[:;-]/.test(space(t[i - 1]) ? t[i - 2] ?? '' : t[i - 1] ?? '')) {
          let j = i + 1
          while (space(t[j])) j++
          if ((prose(t[j]) || t[j] === MASK) && t[j] !== ')') {
            check.emit(paragraph, {start: i, end: j, reason: 'Space after an opening bracket', expected: ['(']})
          }
        }
      } else if (c === ')') {
        if (space(t[i - 1])) {
          let j = i - 1
          while (j > 0 && space(t[j - 1])) j--
          if (j > 0 && (prose(t[j - 1]) || t[j - 1] === MASK) && t[j - 1] !== '(' && !/[-–—:;,.…]/.test(t[j - 1])) {
            check.emit(paragraph, {start: j, end: i + 1, reason: 'Space before a closing bracket', expected: [')']})
          } else if (j > 1 && t[j - 1] === '.' && t[j - 2] !== '.' && !openBracketBefore(t, i)) {
            // "(Val-de-Marne). ),": a closing bracket with nothing open, after a full stop: debris of the conversion.
            const stray = t[i + 1] === ',' || t[i + 1] === ';'
            check.emit(paragraph, {
              start: stray ? j - 1 : j,
              end: i + 1,
              reason: stray
                ? 'A full stop and a closing bracket with nothing open before a comma: debris of the conversion; delete them'
                : 'A closing bracket with nothing open, after a full stop: debris of the conversion; delete it',
              expected: ['']
            })
          }
        }
      } else if (c === '/') {
        // "and / or": a spaced slash between two words.
        if (space(t[i - 1]) && space(t[i + 1]) && letter(t[i - 2]) && letter(t[i + 2])) {
          check.emit(paragraph, {
            start: i - 1,
            end: i + 2,
            reason: 'Spaced slash between two words: close it up (“and/or”)',
            expected: ['/'],
            certainty: 'look'
          })
        }
      } else if (space(t[i - 1]) && letter(t[i - 2])) {
        // "Germany ‘ s", "Spain 's": an apostrophe cut from its word.
        let j = i + 1
        const spaced = space(t[j])
        if (spaced) j++
        let k = j
        while (k < t.length && k - j < 3 && letter(t[k])) k++
        const clitic = t.slice(j, k)
        if (k > j && !letter(t[k]) && CLITICS.has(clitic.toLowerCase()) && (spaced || clitic === 's')) {
          spacedApostrophes++
          apostrophe ??= APOSTROPHE_OF_STYLE[documentStyles(check.index).apostrophe]
          check.emit(paragraph, {
            start: i - 1,
            end: k,
            reason: `Space around an apostrophe: write “${wordBefore(t, i - 1)}${apostrophe}${clitic}” as one word`,
            expected: [`${apostrophe}${clitic}`]
          })
        } else if (spaced && t[i - 2] === 's' && LOWER.test(t[j] ?? '') && c !== '`' && c !== '´') {
          // "the Greens ‘ projected result": a plural's possessive, when the document also cuts "’s".
          plurals.push([paragraph, {start: i - 1, end: i + 2, reason: wordBefore(t, i - 1)}])
        }
      }
    }
  }
  if (spacedApostrophes === 0) return
  for (const [p, f] of plurals) {
    check.emit(p, {...f, reason: `Space around an apostrophe: write the plural's possessive “${f.reason}${apostrophe}” with its word`, expected: [`${apostrophe} `]})
  }
}

function wordBefore(t: string, end: number): string {
  let s = end
  while (s > 0 && end - s < 30 && LETTER.test(t[s - 1])) s--
  return t.slice(s, end)
}

/** Two or more spaces between two characters of prose. */
function spaceRun({emit}: Check, p: ParagraphInfo, t: string, start: number, end: number): void {
  if (start === 0 || !prose(t[start - 1]) || !prose(t[end])) return
  const afterStop = /[.!?]/.test(t[start - 1]) || (/["”’)]/.test(t[start - 1]) && /[.!?]/.test(t[start - 2] ?? ''))
  emit(p, {
    start,
    end,
    reason: afterStop
      ? `${end - start} spaces after the full stop (typewriter style): one is the convention`
      : `${end - start} spaces in a row: use one`,
    expected: [' '],
    safe: end - start === 2,
    certainty: 'look'
  })
}

/** Is a bracket still open at `end` in the paragraph (more "(" than ")" before it)? */
function openBracketBefore(t: string, end: number): boolean {
  let depth = 0
  for (let k = 0; k < end; k++) {
    if (t[k] === '(') depth++
    else if (t[k] === ')' && depth > 0) depth--
  }
  return depth > 0
}
