/**
 * quotes, the document's styles: which double quotes and apostrophes it
 * prefers (the evidence the fixes follow), and the check for straight and
 * curly double quotes mixed in one document.
 *
 * How it decides: the prevailing double-quote style is the more frequent of
 * " and “ ” (curly on a tie); the apostrophe style the more frequent of ' and
 * ’ between two letters (the double-quote style on a tie).  Mixing is judged
 * on the marks the pairing kept as quotes and no other finding reported:
 * one finding for the document (information), at the first mark of the
 * minority style (on a tie, the style not used first), naming the counts;
 * never fixed unattended (changing one mark would leave the others).
 */
import {cached, type DocumentIndex} from '../support/document.js'
import type {Severity} from '../support/rule.js'
import {LETTER} from '../support/text.js'
import {english, styleOf, type Emit, type Rec, type Style, type Styles} from './marks.js'

/** The document's prevailing style of double quotes and apostrophes (curly on a tie). */
export function documentStyles(index: DocumentIndex): Styles {
  return cached(index, 'quotes:styles', () => countStyles(index))
}

function countStyles(index: DocumentIndex): Styles {
  let straight = 0
  let curly = 0
  let straightApos = 0
  let curlyApos = 0
  for (const p of index.paragraphs) {
    const t = p.masked
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i)
      if (c === 34) straight++
      else if (c === 0x201c || c === 0x201d) curly++
      else if ((c === 39 || c === 0x2019) && i > 0 && i + 1 < t.length && LETTER.test(t[i - 1]) && LETTER.test(t[i + 1])) {
        if (c === 39) straightApos++
        else curlyApos++
      }
    }
  }
  const double: Style = straight > curly ? 'straight' : 'curly'
  const apostrophe: Style = straightApos > curlyApos ? 'straight' : curlyApos > straightApos ? 'curly' : double
  // Single quotes: only curly openings are tracked (a straight ' is never taken for an opening quote).
  return {double, single: 'curly', apostrophe}
}

/**
 * Straight and curly double quotes in one document: one finding for the
 * document, at the first mark of the minority style, naming how many marks
 * of each style it holds (information: a style slip of the page, often
 * copy pasted from two sources, not a broken quotation).
 */
export function mixing(recs: Rec[], emit: Emit, level: Severity): void {
  let straight = 0
  let curly = 0
  let firstStyle: Style | undefined
  for (const r of recs) {
    if (r.reported || (r.role !== 'open' && r.role !== 'close')) continue
    const s = styleOf(r)
    if (!s) continue
    firstStyle ??= s
    if (s === 'straight') straight++
    else curly++
  }
  if (straight === 0 || curly === 0) return
  const minority: Style = straight < curly ? 'straight' : curly < straight ? 'curly' : firstStyle === 'curly' ? 'straight' : 'curly'
  const majority: Style = minority === 'straight' ? 'curly' : 'straight'
  const first = recs.find((r) => !r.reported && (r.role === 'open' || r.role === 'close') && styleOf(r) === minority)
  if (!first) return
  const fix = english('double', majority, first.role as 'open' | 'close')
  const count = minority === 'straight' ? straight : curly
  emit(
    first,
    first.i,
    first.i + 1,
    `Straight and curly double quotes mixed in one document (${straight} straight, ${curly} curly), first here: use ${majority} quotes throughout (${count} ${minority} mark${count === 1 ? '' : 's'} to change)`,
    [fix],
    level === 'error' || level === 'warning' ? 'info' : level,
    false
  )
}
