/**
 * quotes, the judgement of one mark once the pairing gave it a role.
 *
 * What it finds, in this order (one finding per mark):
 * - a doubled mark (""word, “”word): delete the second;
 * - a quote mark typed for an apostrophe ("Brazil"s", "don‘t", "the ‘90s"):
 *   information (a keyboard slip, not a broken quotation), fixed to the
 *   document's apostrophe; unattended only when sure (not before a space:
 *   "judges" decisions" may be a quotation closed without its comma);
 * - the wrong glyph (`glyphOf`): a foreign mark (« » „ ‹ › ‚) → the English
 *   mark in its partner's style, else the document's; an English mark whose
 *   glyph is the other role (“ closing, ” opening; the German „…“); a pair
 *   whose two marks have two styles ("…” or “…"), reported at its closing
 *   mark (where a reader sees the pair not match), fixed to the opening
 *   mark's style;
 * - a mark on the wrong side of its space ("stay, ”she added"): the space
 *   belongs outside the quotation.  Other spacing of a quote mark with the
 *   right glyph ("deal ”,", "“ the deal", "country”concluded") is the
 *   punctuation-spacing rule's (`spacingOf` is shared with it); with a wrong
 *   glyph the fix here includes the spacing;
 * - a mark left unmatched: a closing mark with no opening one (at the mark);
 *   a double quotation never closed — at the end of the paragraph where it
 *   should have closed (its last words: where a reader looks for the missing
 *   mark), naming where it opened, unless that paragraph is a cut teaser
 *   ("… Read more", "[…]") — or at the opening mark when its glyph is also
 *   wrong.  A missing partner has no unattended fix.
 */
import {APOSTROPHE_OF_STYLE} from '../data/quotes.js'
import {MASK} from '../support/document.js'
import type {Severity} from '../support/rule.js'
import {LETTER_OR_NUMBER} from '../support/text.js'
import {atParagraphEnd, atParagraphStart, english, isQuote, isSpace, styleOf, type Emit, type Rec, type Styles} from './marks.js'

/** In an open quotation: a word, a "?" glued to it, a space and a lower-case word (groups: up to the "?", the next word). */
const LOST_CLOSE = /([\p{L}\p{N}])\? (\p{Ll}[\p{L}’']*)/gu

/** Each paragraph's LOST_CLOSE places, found in one pass (a paragraph of many open quotes is not scanned again for each). */
const lostCloses = new WeakMap<object, Array<{at: number; word: string}>>()

/** The first "?" standing for a lost closing quote at or after `from` in the paragraph. */
function lostCloseAfter(p: {masked: string}, from: number): {at: number; word: string} | undefined {
  let list = lostCloses.get(p)
  if (!list) {
    list = []
    for (const m of p.masked.matchAll(LOST_CLOSE)) list.push({at: m.index + m[1]!.length, word: m[2]!})
    lostCloses.set(p, list)
  }
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]!.at < from) lo = mid + 1
    else hi = mid
  }
  return list[lo]
}

/** What is wrong with a mark's glyph, if anything: the glyph it should be and why. */
export interface GlyphProblem {
  glyph: string
  reason: string
}

/** The glyph problem of a mark with an opening or closing role, if any. */
export function glyphOf(rec: Rec, styles: Styles): GlyphProblem | undefined {
  const role = rec.role
  if (role !== 'open' && role !== 'close') return undefined
  const family = rec.mark.family
  const partner = rec.partner
  const own = styleOf(rec)
  const partnerStyle = partner ? styleOf(partner) : undefined
  if (rec.mark.kind === 'foreign') {
    const style = partnerStyle ?? styles[family]
    const glyph = english(family, style, role)
    const reason =
      partner && partnerStyle === 'curly'
        ? role === 'close'
          ? `Quote opened with ${partner.ch} and closed with ${rec.ch}: use ${glyph}`
          : `Quote opened with ${rec.ch} and closed with ${partner.ch}: use ${glyph}`
        : `Foreign quote mark ${rec.ch} (${rec.mark.name}) in English copy: use ${glyph}`
    return {glyph, reason}
  }
  if (rec.mark.kind === 'english' && rec.mark.nominal !== role) {
    const glyph = english(family, 'curly', role)
    const reason =
      partner && partner.mark.kind === 'foreign' && role === 'close'
        ? `Quote opened with ${partner.ch} and closed with ${rec.ch} (German style): use ${glyph}`
        : role === 'close'
          ? `Opening quote mark ${rec.ch} where a closing one belongs: use ${glyph}`
          : `Closing quote mark ${rec.ch} where an opening one belongs: use ${glyph}`
    return {glyph, reason}
  }
  if (own && partnerStyle && own !== partnerStyle && partner!.mark.kind !== 'foreign' && !(partner!.mark.kind === 'english' && partner!.mark.nominal !== partner!.role)) {
    // "…” or “…": one pair, two styles.  The closing mark follows the opening
    // one, unless the opening mark continues a quotation (a run-on) whose own
    // opening mark has the closing mark's style: then the odd one is the
    // opening mark ("“We want … our homes. "We are living …,” said").
    const opener = role === 'open' ? rec : partner!
    const closer = role === 'open' ? partner! : rec
    const oddOpener = opener.continues !== undefined && styleOf(opener.continues) === styleOf(closer)
    if (oddOpener === (role === 'open')) {
      const style = role === 'open' ? styleOf(closer)! : partnerStyle
      const glyph = english(family, style, role)
      return {
        glyph,
        reason:
          role === 'open'
            ? `Quote mark ${rec.ch} inside a quotation opened with ${opener.continues!.ch} and closed with ${closer.ch}: use ${glyph}, or delete it`
            : `Quote opened with ${partner!.ch} and closed with ${rec.ch}: use ${glyph}`
      }
    }
  }
  return undefined
}

/** Where a quote mark stands against its spaces, when that is wrong. */
export interface SpacingProblem {
  kind: 'wrong-side' | 'space-inside' | 'glued-outside'
  start: number
  end: number
  prefix: string
  suffix: string
  what: string
}

/** The spacing problem of a mark with an opening or closing role, if any (offsets in its paragraph's text). */
export function spacingOf(rec: Rec): SpacingProblem | undefined {
  const t = rec.p.masked
  const i = rec.i
  const before = t[i - 1]
  const after = t[i + 1]
  if (rec.role === 'open') {
    if (after !== undefined && isSpace(after) && !atParagraphEnd(t, i)) {
      return {kind: 'space-inside', start: i, end: i + 2, prefix: '', suffix: '', what: 'space after the opening quote mark'}
    }
    // A line break (inside a Markdown or HTML paragraph) separates like a space.
    if (rec.pos === 'inner' && before !== undefined && before !== MASK && !isQuote(before) && !isSpace(before) && before !== '\n' && before !== '\r') {
      return {kind: 'glued-outside', start: i, end: i + 1, prefix: ' ', suffix: '', what: 'no space before the opening quote mark'}
    }
  } else if (rec.role === 'close') {
    if (before !== undefined && isSpace(before) && !atParagraphStart(t, i)) {
      if (after !== undefined && LETTER_OR_NUMBER.test(after)) {
        return {kind: 'wrong-side', start: i - 1, end: i + 1, prefix: '', suffix: ' ', what: 'closing quote mark on the wrong side of its space'}
      }
      return {kind: 'space-inside', start: i - 1, end: i + 1, prefix: '', suffix: '', what: 'space before the closing quote mark'}
    }
    if ((rec.pos === 'inner' || rec.pos === 'open') && after !== undefined && LETTER_OR_NUMBER.test(after)) {
      return {kind: 'glued-outside', start: i, end: i + 1, prefix: '', suffix: ' ', what: 'no space after the closing quote mark'}
    }
  }
  return undefined
}

/** A paragraph cut short: a teaser ending in an ellipsis, "[…]", "Read more". */
function cutShort(t: string): boolean {
  let e = t.length
  while (e > 0 && isSpace(t[e - 1])) e--
  const tail = t.slice(Math.max(0, e - 16), e)
  return /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))(?:\s*read more)?$/i.test(tail) || /read more$/i.test(tail)
}

/** The last words of a paragraph ("inviolable property."): [start, end) of its last word and final punctuation. */
function lastWords(t: string): [number, number] | undefined {
  let e = t.length
  while (e > 0 && isSpace(t[e - 1])) e--
  let s = e
  while (s > 0 && !isSpace(t[s - 1]) && e - s < 60) s--
  return s < e ? [s, e] : undefined
}

/** An excerpt of the quotation's first words, for the message. */
function openingWords(rec: Rec): string {
  const t = rec.p.text
  const rest = t.slice(rec.i, rec.i + 40)
  const cut = rest.length === 40 ? rest.replace(/\s+\S*$/, '') + '…' : rest
  return cut.replace(/\s+/g, ' ')
}

/** Decide and report what is wrong with one mark. */
export function judge(rec: Rec, styles: Styles, emit: Emit, minor: Severity): void {
  const t = rec.p.masked
  const i = rec.i

  if (rec.role === 'doubled') {
    emit(rec, i, i + 1, `Doubled quote mark ${t[i - 1]}${rec.ch}: delete the second`, [''])
    return
  }
  if (rec.role === 'apostrophe') {
    if (rec.ch === '\u2019' || rec.ch === "'") return
    const fix = APOSTROPHE_OF_STYLE[styles.apostrophe]
    // "Brazil"s" is sure; "judges" decisions" might also be a quotation closed without its comma.
    const safe = rec.mark.family === 'single' || !isSpace(t[i + 1] ?? '')
    // A keyboard slip, not a broken quotation (and not an artifact of translation):
    // reported for information, with its fix.
    emit(rec, i, i + 1, `Quote mark ${rec.ch} used as an apostrophe: use ${fix}`, [fix], minor === 'warning' ? 'info' : minor, safe)
    return
  }
  if (rec.role !== 'open' && rec.role !== 'close') return

  const glyph = glyphOf(rec, styles)
  const spacing = spacingOf(rec)

  if (rec.unmatched === 'open' && !glyph) {
    // Never closed: reported where the closing mark is missing.
    const p = rec.p
    if (cutShort(p.masked)) return
    const span = lastWords(p.masked)
    if (!span || span[1] <= i + 1) return
    const close = english('double', styleOf(rec) ?? styles.double, 'close')
    // A "?" glued to a word and followed by a lower-case word inside the open
    // quotation ("“We must stay humble? the minister added"): the closing mark
    // lost in conversion (a "?" stands for a lost character), or lost after a
    // real question mark.  That is the cause, so it is the one finding.
    const lost = lostCloseAfter(p, i + 1)
    if (lost && lost.at < span[1]) {
      const at = lost.at
      emit(
        rec,
        at,
        at + 1,
        `“?” inside a quotation opened with ${rec.ch} and never closed, before “${lost.word}”: probably the closing quote mark, lost in conversion — restore it`,
        [close, '?' + close],
        undefined,
        false
      )
      return
    }
    // The whole unterminated quotation, from its opening mark to the end of its paragraph.
    emit(
      rec,
      i,
      span[1],
      `Quotation opened with ${rec.ch} (${openingWords(rec)}) is never closed: close it where the quoted words end, or delete the opening mark`,
      [p.text.slice(i, span[1]) + close],
      undefined,
      false
    )
    return
  }
  if (rec.unmatched) {
    const what =
      rec.unmatched === 'close'
        ? `Closing quote ${rec.ch} with no opening quote in its paragraph`
        : `Quote opened with ${rec.ch} is never closed`
    // The glyph fix stays right whatever the balance; a missing partner has no fix.
    const extra = glyph ? ` (${glyph.reason.charAt(0).toLowerCase()}${glyph.reason.slice(1)})` : ''
    emit(rec, i, i + 1, what + extra, glyph ? [glyph.glyph] : undefined)
    return
  }

  if (glyph) {
    const start = spacing ? Math.min(spacing.start, i) : i
    const end = spacing ? Math.max(spacing.end, i + 1) : i + 1
    const fix = (spacing?.prefix ?? '') + glyph.glyph + (spacing?.suffix ?? '')
    emit(rec, start, end, spacing ? `${glyph.reason}; ${spacing.what}` : glyph.reason, [fix])
    return
  }
  // A mark on the wrong side of its space belongs to the wrong word: a quotation's
  // boundary, this rule's.  Other spacing is punctuation-spacing's.
  if (spacing?.kind === 'wrong-side') {
    emit(rec, spacing.start, spacing.end, `Closing quote mark on the wrong side of its space: use ${rec.ch} and a space after it`, [rec.ch + ' '])
  }
}
