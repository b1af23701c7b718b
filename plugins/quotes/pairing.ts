/**
 * quotes, the pairing: gives every mark of one family (double or single) a
 * role and pairs openings with closings over the whole document.
 *
 * How it decides: a mark's role comes from its position (marks.ts), then
 * from its glyph, then from whether a quotation is open.  One stack per
 * family, kept across paragraphs, pairs them:
 * - a paragraph whose first mark opens it continues the running quotation
 *   (wire convention: a quotation that runs on leaves its paragraph open and
 *   the next paragraph opens again);
 * - a quotation left open is carried into the next paragraphs until a
 *   closing mark closes it: real copy breaks one paragraph into several
 *   (one sentence a line, a paragraph split where a link was stripped), so a
 *   paragraph that does not reopen does not prove the quotation unclosed;
 *   one still open at the end of the document was never closed;
 * - a new opening mark after a full stop inside a quotation opened in the
 *   same paragraph starts a run-on paragraph of that
 *   quotation (merged wire paragraphs: `… rates. "Dismal …`); anywhere else
 *   it nests.
 *
 * Position and glyph disagree in a few shapes the pairing settles by the
 * quotation that is open: a mark glued to words on both sides
 * ("soon“Motuzianyk", "far“on") closes an open quotation and opens
 * otherwise, whatever its glyph; a mark after the closing punctuation of a
 * quotation and its space, before a lower-case word, with no closing mark
 * later in the paragraph ("tradition, “he added", `pensions, "tried to`),
 * is a closing mark on the wrong side of its space.
 *
 * Not quotes: apostrophes (a ’ or ' that no open single quote is waiting
 * for; a ‘ inside a word, before a decade or an elision), inch marks and
 * seconds after a digit (5' 10", 26'46"N), a double mark after a plural's
 * "s" with nothing open ("the judges" decisions"), a quote mark standing for
 * the apostrophe of a clitic ("Indonesia"s", "isn"t").  A straight single
 * quote only ever closes a curly ‘ opened in its paragraph.  One left-to-right
 * pass, O(1) work per mark (bounded look-around).
 */
import {CLITICS, ELISIONS, QUOTE_MARKS, type QuoteFamily} from '../data/quotes.js'
import {cached, type DocumentIndex} from '../support/document.js'
import {LETTER, LETTER_OR_NUMBER, LOWER, NUMBER} from '../support/text.js'
import {atParagraphEnd, atParagraphStart, isSpace, newRec, position, sentenceEndBefore, type Rec} from './marks.js'

const QUOTE_CHARS = /["'\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u201B\u2039\u203A]/g

/** The marks of both families, paired once per document (the quotes and punctuation-spacing rules share them). */
export interface Pairing {
  doubles: Rec[]
  singles: Rec[]
}

export function pairing(index: DocumentIndex): Pairing {
  return cached(index, 'quotes:pairing', () => ({doubles: runFamily(index, 'double'), singles: runFamily(index, 'single')}))
}

/**
 * Pair the marks of one family over the whole document.  Returns every mark
 * with its role, partner and whether it was left unmatched.
 */
export function runFamily(index: DocumentIndex, family: QuoteFamily): Rec[] {
  const all: Rec[] = []
  /**
   * Open quotations, outermost first.  It lives across paragraphs: a
   * quotation left open may run on (a sentence-per-line break, or the wire
   * convention) and be closed or reopened in a later paragraph.
   */
  const stack: Rec[] = []
  const single = family === 'single'

  for (const p of index.paragraphs) {
    const t = p.masked
    const marks: Rec[] = []
    QUOTE_CHARS.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = QUOTE_CHARS.exec(t)) !== null) {
      const mark = QUOTE_MARKS.get(m[0])!
      if (mark.family !== family) continue
      const prev = marks[marks.length - 1]
      if (family === 'double' && prev && prev.i === m.index - 1 && !prev.doubled) {
        // ""word", “”word: two double marks in a row; the first one does the quoting.
        prev.doubled = true
        all.push(newRec(p, m.index, m[0], mark, 'inner', 'doubled'))
        continue
      }
      marks.push(newRec(p, m.index, m[0], mark, position(t, m.index), 'skip'))
    }

    if (marks.length === 0) continue

    // Single quotes: the last ’ or ' that could close a quotation (for straight closings).
    let lastCloser = -1
    if (single) {
      for (let k = marks.length - 1; k >= 0; k--) {
        const r = marks[k]
        if ((r.ch === '\u2019' || r.ch === "'") && (r.pos === 'close' || r.pos === 'lone')) {
          lastCloser = r.i
          break
        }
      }
    }

    /** Quotations opened in earlier paragraphs and still open. */
    let carried = stack.length
    let first = true
    for (let k = 0; k < marks.length; k++) {
      const rec = marks[k]
      all.push(rec)
      const openHere = stack.length > carried
      // A quotation counts as open for an ambiguous mark when it was opened in
      // this paragraph, or runs on into this paragraph's first mark; an
      // older one left open long ago must not turn later marks around.
      const open = openHere || (first && carried > 0)
      const role = single ? singleRole(rec, t, open, openHere, lastCloser) : doubleRole(rec, t, open, marks[k + 1])
      rec.role = role
      if (role === 'open') {
        if (first && carried > 0 && atParagraphStart(t, rec.i)) {
          // Wire convention: the paragraph reopens the running quotation.
          stack.pop()
          carried--
        } else if (stack.length > carried && sentenceEndBefore(t, rec.i)) {
          // A run-on quotation inside one paragraph (merged wire paragraphs): "… rates. "Dismal …".
          rec.continues = stack.pop()
        }
        // Anywhere else a new quotation nests (in the running one, if any).
        stack.push(rec)
        first = false
      } else if (role === 'close') {
        const opener = stack.pop()
        if (stack.length < carried) carried = stack.length
        if (opener) {
          opener.partner = rec
          rec.partner = opener
        } else {
          rec.unmatched = 'close'
        }
        first = false
      }
    }
  }
  // A ‘ left open is often an elision typed with the wrong mark (‘bot, ‘til):
  // only double quotes are reported as never closed.
  if (!single) for (const r of stack) r.unmatched = 'open'
  return all
}

/** "Indonesia"s", "isn"t", "don‘t": a quote mark standing for an apostrophe. */
function apostropheLike(t: string, i: number): boolean {
  if (i === 0 || !LETTER.test(t[i - 1])) return false
  let j = i + 1
  let run = ''
  while (j < t.length && run.length < 3 && LETTER.test(t[j])) run += t[j++]
  if (run.length === 0 || run.length > 2) return false
  if (j < t.length && LETTER_OR_NUMBER.test(t[j])) return false
  return CLITICS.has(run.toLowerCase())
}

/** "judges" decisions": after a plural in -s, before a space and a word. */
function pluralPossessive(t: string, i: number): boolean {
  return (t[i - 1] === 's' || t[i - 1] === 'S') && LETTER.test(t[i - 2] ?? '') && t[i + 1] === ' ' && LETTER.test(t[i + 2] ?? '')
}

/**
 * "‘90s", "in ‘94", "‘tis": an opening single quote where the apostrophe of
 * a year or an elision belongs.  A bare year counts only when no ’ after it
 * could close it ("‘99 problems’ is a title").
 */
function elisionAfter(t: string, i: number, lastCloser: number): boolean {
  if (NUMBER.test(t[i + 1] ?? '') && NUMBER.test(t[i + 2] ?? '')) {
    let j = i + 3
    const decade = t[j] === 's'
    if (decade) j++
    return !LETTER_OR_NUMBER.test(t[j] ?? ' ') && (decade || lastCloser < i)
  }
  let j = i + 1
  let word = ''
  while (j < t.length && word.length < 6 && LETTER.test(t[j])) word += t[j++]
  return !LETTER_OR_NUMBER.test(t[j] ?? ' ') && ELISIONS.has(word.toLowerCase())
}

/**
 * "tradition, “he added", `pensions, "tried to`: after the closing
 * punctuation of a quotation (comma, full stop, ? or !) and its space, before
 * a lower-case word — the closing mark stands on the wrong side of its space.
 * Only when no closing mark follows in the paragraph (a nested quotation
 * opened there would need one).
 */
function closingOnWrongSide(t: string, i: number, next: Rec | undefined): boolean {
  if (!isSpace(t[i - 1] ?? '')) return false
  const punct = t[i - 2]
  if (punct !== ',' && punct !== '.' && punct !== '?' && punct !== '!') return false
  if (!LOWER.test(t[i + 1] ?? '')) return false
  return next === undefined || next.pos === 'open'
}

/** Role of a double mark from its flanks, its glyph and whether a quotation is open. */
function doubleRole(rec: Rec, t: string, open: boolean, next: Rec | undefined): Rec['role'] {
  const {pos, mark, i} = rec
  const nominal = mark.nominal
  switch (pos) {
    case 'open':
      if (atParagraphStart(t, i)) return 'open'
      // "stay, ”she added": a closing mark on the wrong side of its space.
      if (nominal === 'close' && open) return 'close'
      // "tradition, “he added": the same, typed with an opening mark.
      if (open && closingOnWrongSide(t, i, next)) return 'close'
      return 'open'
    case 'close':
      // 5' 10", 5’ 10”: an inch mark, not a quote.
      if (mark.nominal !== 'open' && !open && NUMBER.test(t[i - 1] ?? '')) return 'skip'
      // "the judges" decisions": a plural possessive typed with a double quote.
      if (!open && pluralPossessive(t, i)) return 'apostrophe'
      return 'close'
    case 'lone':
      if (atParagraphEnd(t, i)) return 'close'
      if (atParagraphStart(t, i)) return 'open'
      // Spaces on both sides ("months, “ he said", "« texte »"): the glyph is no
      // evidence (a mistyped mark is as likely as a misplaced space).
      return open ? 'close' : 'open'
    case 'inner':
      if (apostropheLike(t, i)) return 'apostrophe'
      // 40°26'46"N: seconds of arc.
      if (mark.nominal !== 'open' && !open && NUMBER.test(t[i - 1] ?? '')) return 'skip'
      // Glued on both sides ("soon“Motuzianyk", "because”that"): the open quotation decides, not the glyph.
      return open ? 'close' : 'open'
  }
}

/** Role of a single mark: ’ and ' are apostrophes unless a single quotation waits for them. */
function singleRole(rec: Rec, t: string, open: boolean, openHere: boolean, lastCloser: number): Rec['role'] {
  const {pos, mark, i, ch} = rec
  if (ch === "'") {
    // Straight ' only closes a curly ‘ opened in this paragraph with no ’ to close it later.
    if (openHere && (pos === 'close' || pos === 'lone') && lastCloser <= i) return 'close'
    return 'skip'
  }
  if (ch === '\u2019') {
    if ((pos === 'close' || pos === 'lone') && open) return 'close'
    return 'skip'
  }
  if (ch === '\u2018') {
    if (pos === 'inner' && LETTER.test(t[i - 1] ?? '') && LETTER.test(t[i + 1] ?? '')) return 'apostrophe'
    if (pos === 'open' && elisionAfter(t, i, lastCloser)) return 'apostrophe'
    if (pos === 'close') return open ? 'close' : 'apostrophe'
    return 'open'
  }
  // Foreign single marks ‚ ‛ ‹ ›.
  switch (pos) {
    case 'open':
      return 'open'
    case 'close':
      return 'close'
    default:
      return mark.nominal === 'close' && open ? 'close' : mark.nominal ?? 'open'
  }
}
