/**
 * untranslated, the popes' names: a pope's name, or St. Peter's, left in
 * the source language ("Juan Pablo II", "Pope Francisco", "Benedicto XVI",
 * "San Pedro Square") in a story about the pope; English copy always
 * translates them (data/untranslated-popes.ts).
 *
 * How it decides: only in a story that names the pope, the pontiff, the
 * papacy, the Vatican or the Holy See.  A regnal name of the table before
 * a Roman numeral ("Pío XII"); a form that names the pope alone
 * ("Francisco", "Juan Pablo") when no other capitalised word is glued to it
 * by a space — not "San Francisco", "Francisco Sagasti", "Jean-Paul
 * Belmondo" — other than "Pope" before it; any form after "Pope" ("Pope
 * León").  St. Peter in the source language before "Square" or "Basilica"
 * ("San Pedro Square"), or after "Plaza de", "Piazza", "Praça de", "Place",
 * "basilica of" ("Piazza San Pietro").  A warning, fixed to the English
 * form, not unattended.  One regular-expression test on the whole story
 * after a few plain searches for the context words (most stories name no
 * pope).
 */
import {PAPAL_BARE, PAPAL_CONTEXT, PAPAL_NAMES, SAINT_PETER} from '../data/untranslated-popes.js'
import type {DocumentIndex, ParagraphInfo} from '../support/document.js'
import {lazy} from '../support/text.js'
import type {Check} from './context.js'

/** Regular-expression metacharacters escaped (the table's forms hold letters, spaces and hyphens; a hyphen needs no escape outside a class). */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const PATTERNS = lazy(() => {
  const names = Object.keys(PAPAL_NAMES).sort((a, b) => b.length - a.length).map(escape).join('|')
  const peter = SAINT_PETER.map(escape).join('|')
  return {
    any: new RegExp(`(?:${names}|${peter})`, 'u'),
    // A name, then an optional Roman numeral (I to XXIX).
    name: new RegExp(`(?<![\\p{L}\\p{M}'’-])(${names})(?: (?=[IVX])(X{0,2}(?:IX|IV|V?I{0,3})))?(?![\\p{L}\\p{M}\\p{N}'’-])`, 'gu'),
    peter: new RegExp(`(?<![\\p{L}\\p{M}'’-])(${peter})(?![\\p{L}\\p{M}'’-])`, 'gu')
  }
})

const BEFORE_PETER = /(?:Plaza de|Piazza|Praça de|Place|[Bb]asilica of|[Ss]quare of|Basílica de) $/u
const AFTER_PETER = /^(?:['’]s)? (Square|Basilica|square|basilica)(?![\p{L}])/u

/** Is a capitalised word glued to [start, end) by one space, before or after? */
function capitalNeighbour(text: string, start: number, end: number): string | undefined {
  const before = /(\p{Lu}[\p{L}\p{M}'’-]*) $/u.exec(text.slice(Math.max(0, start - 40), start))
  if (before) return before[1]
  if (/^ \p{Lu}/u.test(text.slice(end, end + 2))) return 'after'
  return undefined
}

export function popeNames(c: Check, index: DocumentIndex): void {
  const value = index.value
  // Plain searches first (most stories name no pope), then the regular expressions.
  if (
    !value.includes('Pope') && !value.includes('pope') && !value.includes('ontiff') && !value.includes('Vatican') &&
    !value.includes('Holy See') && !value.includes('apal') && !value.includes('apacy')
  ) return
  if (!PAPAL_CONTEXT.test(value)) return
  const pat = PATTERNS()
  if (!pat.any.test(value)) return
  for (const p of index.paragraphs) {
    const text = p.masked
    if (!pat.any.test(text)) continue
    names(c, p, text, pat.name)
    peter(c, p, text, pat.peter)
  }
}

function names(c: Check, p: ParagraphInfo, text: string, re: RegExp): void {
  re.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    const name = m[1]
    const numeral = m[2]
    const start = m.index
    const end = start + m[0].length
    const english = PAPAL_NAMES[name]
    if (!english || c.accepted.has(name.toLowerCase())) continue
    const neighbour = capitalNeighbour(text, start, start + name.length + (numeral ? 1 + numeral.length : 0))
    const afterPope = neighbour === 'Pope'
    if (numeral) {
      // "Juan Pablo II": the numeral makes it the regnal name.
      if (neighbour !== undefined && !afterPope && neighbour !== 'after') continue
    } else {
      if (!afterPope && (neighbour !== undefined || !PAPAL_BARE.has(name))) continue
      if (afterPope && /^ \p{Lu}/u.test(text.slice(end, end + 2))) continue
    }
    const fixed = numeral ? `${english} ${numeral}` : english
    c.reportText(p, start, end, {
      reason: `“${m[0]}” is the pope’s name in the source language: English copy writes “${fixed}”`,
      expected: [fixed],
      safe: false,
      severity: 'warning'
    })
  }
}

function peter(c: Check, p: ParagraphInfo, text: string, re: RegExp): void {
  re.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    const start = m.index
    let end = start + m[0].length
    const after = AFTER_PETER.exec(text.slice(end, end + 12))
    let what: string
    if (after) {
      what = after[1].toLowerCase() === 'square' ? 'Square' : 'Basilica'
      end += after[0].length
    } else if (BEFORE_PETER.test(text.slice(Math.max(0, start - 14), start))) {
      const lead = /(?:Plaza de|Piazza|Praça de|Place) $/u.test(text.slice(Math.max(0, start - 14), start))
      what = lead ? 'Square' : 'Basilica'
    } else continue
    c.reportText(p, start, end, {
      reason: `“${text.slice(start, end)}”: St. Peter in the source language; English copy writes “St. Peter’s ${what}”`,
      expected: [`St. Peter’s ${what}`],
      safe: false,
      severity: 'warning'
    })
  }
}
