/**
 * quotes: quotation marks that machine translation or a careless paste left
 * broken in English copy.
 *
 * - Foreign marks: « » „ ‹ › ‚ (Spanish, Italian, French, Portuguese, German
 *   conventions) → the English mark for the same role; French spacing inside
 *   guillemets goes with them ("« texte »" → “texte”).
 * - A quote opened in one style and closed in another: “…», «…”, „…“
 *   (German closing “), "…” (straight and curly in one pair).
 * - A closing quote with no opening one ("…bread,” he added"), and an
 *   opening quote never closed — except the wire convention (a quotation that
 *   runs on leaves its paragraph open and the next paragraph opens with a
 *   quote mark) and a quotation carried over sentence-per-line breaks and
 *   closed later.
 * - A mark on the wrong side of its space: "the deal ”, said", "“ the deal",
 *   "stay, ”she added", an opening mark where a closing one belongs
 *   ("the deal“ he said") and the reverse; a quote glued to the word before
 *   or after ("read:"We", "said."Next"); a doubled mark (""word").
 * - A quote mark typed for an apostrophe: "Indonesia"s", "isn"t", "the
 *   judges" decisions", "the ‘90s", "in ‘94", "don‘t" (information: the
 *   quotation is not broken, and it is mostly legacy conversion, not MT).
 * - Straight and curly double quotes mixed in one document: a warning on
 *   the marks of the minority style (never on apostrophes).
 *
 * Not quotes: apostrophes (country’s, players’, ’90s, ’tis: a ’ or ' inside
 * or at the edge of a word that no open single quote is waiting for), inch
 * marks and seconds (5' 10", 12" single, 26'46"N), straight single quotes
 * (British copy quotes with '…', indistinguishable from apostrophes in plain
 * text: never checked, except as the straight closing of a curly ‘).  Single
 * quotes go through the same machinery as double ones, but a ’ with nothing
 * open is an apostrophe, and a ‘ never closed is not reported (too often an
 * elision typed by autocorrect: ‘bot, ‘til).
 *
 * How: each paragraph's marks are found in one pass; a mark's role (opening
 * or closing) comes from its flanks (space or bracket before → opening;
 * space or punctuation after → closing), then from its glyph, then from
 * whether a quotation is open.  One stack per family (double, single), kept
 * across paragraphs, pairs them: a paragraph whose first mark opens it
 * continues the running quotation (wire convention); a new opening mark
 * after a full stop inside a quotation opened in the same paragraph starts a
 * run-on paragraph of that quotation (wire copy with merged paragraphs:
 * `… rates. "Dismal …`); anywhere else it nests.  Whatever is still open at
 * the end of the document was never closed.  Everything is one left-to-right
 * pass with O(1) work per mark (bounded look-around), and at most
 * MAX_PER_PARAGRAPH findings per paragraph.
 *
 * Why not retext-quotes: it checks one thing, that each mark has the
 * preferred style (straight vs smart) for its nesting level, so it would
 * flag every straight quote of copy that uses them consistently (all of our
 * clean news) and every British ‘…’ at the first level.  It knows neither
 * guillemets nor low-9 marks, does not pair an opening of one style with a
 * closing of another, never reports a mark left unmatched or on the wrong
 * side of its space, knows nothing about quotations that run on across
 * paragraphs, and walks the tree with unist-util-visit (the house rule is to
 * read the shared index).  Its apostrophe heuristics (a ’ inside a word;
 * after an "s" with no single quote open; before a decade) are kept here.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  APOSTROPHE,
  CLITICS,
  ELISIONS,
  ENGLISH,
  LEFT_FLANK,
  QUOTE_MARKS,
  RIGHT_FLANK,
  SENTENCE_END,
  SPACES,
  type QuoteFamily,
  type QuoteMark
} from './data/quotes.js'
import {getIndex, MASK, type DocumentIndex, type ParagraphInfo} from './support/document.js'
import {reportText, ruleUrl, severityOf, type RuleMeta, type RuleOptions, type Severity} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'quotes',
  description: 'Quotes opened in one style and closed in another, foreign quote marks, unbalanced or misplaced quotes.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('quotes'),
  examples: {
    ok: [
      '“We are staying put,” the mayor told reporters on Friday.',
      '“We will not leave,” she said. “Our families have lived here for generations.\n“We will stay.”',
      '“They lost the ‘final battle’, as the papers called it,” he said.',
      '‘Stay at home’ order lifted\nThe players’ union welcomed the decision in the ’90s style of the club.',
      'The senator called the plan "reckless" and "unfunded", aides said.',
      'He stands 6\' 2" tall. The country\'s leaders met on Monday.',
      '“We are entrenched at home”\nResidents stayed indoors.',
      '"It\'s over," he said. "We lost. "Next year we come back."'
    ],
    notOk: [
      {text: 'The allies urged “a political solution to the conflict».', line: 1, column: 55, actual: '»', fix: '”'},
      {text: 'The minister called it «a historic day» on Monday.', line: 1, column: 24, actual: '«', fix: '“', also: [{line: 1, column: 39, actual: '»', fix: '”'}]},
      {text: 'The mayor said „we are ready“ on Tuesday.', line: 1, column: 16, actual: '„', fix: '“', also: [{line: 1, column: 29, actual: '“', fix: '”'}]},
      {text: 'The rebels “are calm,” who handed out free bread,” he added.', line: 1, column: 50, actual: '”'},
      {text: '“We need the deal ”, said the envoy.', line: 1, column: 18, actual: ' ”', fix: '”'},
      {text: '“We will stay, ”she added.', line: 1, column: 15, actual: ' ”', fix: '” '},
      {text: 'He said the talks had “failed and left the room.\nThe vote is on Monday, said “a senior aide”.', line: 1, column: 23, actual: '“'},
      {text: 'Exports from Brazil"s farms rose.', line: 1, column: 20, actual: '"', fix: "'"}
    ]
  }
}

type Pos = 'open' | 'close' | 'lone' | 'inner'
type Style = 'curly' | 'straight'

interface Rec {
  p: ParagraphInfo
  /** Index in the paragraph text. */
  i: number
  ch: string
  mark: QuoteMark
  pos: Pos
  role: 'open' | 'close' | 'apostrophe' | 'doubled' | 'skip'
  /** The same mark follows at once (""word). */
  doubled?: boolean
  partner?: Rec
  /** Set when the mark is left unmatched. */
  unmatched?: 'close' | 'open'
  /** Set when a finding was reported for this mark. */
  reported?: boolean
}

/** Report an opening quote left open at the end of the document. */
const FLAG_OPEN_AT_END = true

/** At most this many findings in one paragraph (garbage input must not flood the report). */
const MAX_PER_PARAGRAPH = 100

const QUOTE_CHARS = /["'\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u201B\u2039\u203A]/g
const LETTER = /\p{L}/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const DIGIT = /\p{N}/u

export default function quotes(options: RuleOptions = {}) {
  const severity = severityOf(meta, options)
  // Style slips that do not break a quotation (mixed styles, a quote mark
  // typed for an apostrophe) are warnings.
  const minor: Severity = severity === 'error' ? 'warn' : severity

  return (tree: Root, file: VFile): void => {
    const index = getIndex(tree, file)
    const styles = documentStyles(index)
    const doubles = runFamily(index, 'double')
    const singles = runFamily(index, 'single')
    const perParagraph = new Map<number, number>()
    const emit = (rec: Rec, start: number, end: number, reason: string, expected: string[] | undefined, level = severity, safe = true): void => {
      rec.reported = true
      // A paragraph of nothing but broken quotes gets a bounded number of messages.
      const n = perParagraph.get(rec.p.index) ?? 0
      if (n >= MAX_PER_PARAGRAPH) return
      perParagraph.set(rec.p.index, n + 1)
      reportText(file, index, meta, level, rec.p, start, end, {reason, expected, safe})
    }
    for (const rec of doubles) judge(rec, styles, emit, minor)
    for (const rec of singles) judge(rec, styles, emit, minor)
    mixing(doubles, emit, minor)
  }
}

interface Styles {
  double: Style
  single: Style
  apostrophe: Style
}

/** The document's prevailing style of double quotes and apostrophes (curly on a tie). */
function documentStyles(index: DocumentIndex): Styles {
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

function isQuote(c: string | undefined): boolean {
  return c !== undefined && QUOTE_MARKS.has(c)
}

/** Whether the mark at i is open on its left: start, space, opening bracket, dash (skipping other quote marks). */
function leftFlank(t: string, i: number): boolean {
  let j = i - 1
  for (let k = 0; k < 3 && j >= 0 && isQuote(t[j]); k++) j--
  if (j < 0) return true
  return LEFT_FLANK.has(t[j])
}

/** Whether the mark at i is open on its right: end, space, punctuation, closing bracket, dash. */
function rightFlank(t: string, i: number): boolean {
  let j = i + 1
  for (let k = 0; k < 3 && j < t.length && isQuote(t[j]); k++) j++
  if (j >= t.length) return true
  const c = t[j]
  // A full stop, but not an ellipsis ("...That does not").
  if (c === '.') return t[j + 1] !== '.'
  return RIGHT_FLANK.has(c)
}

function position(t: string, i: number): Pos {
  const l = leftFlank(t, i)
  const r = rightFlank(t, i)
  if (l && !r) return 'open'
  if (r && !l) return 'close'
  if (l && r) return 'lone'
  return 'inner'
}

/** Only spaces, dashes, bullets or brackets before i: the mark opens the paragraph. */
function atParagraphStart(t: string, i: number): boolean {
  if (i > 8) return false
  for (let j = 0; j < i; j++) {
    const c = t[j]
    if (!LEFT_FLANK.has(c) && !isQuote(c)) return false
  }
  return true
}

/** Only spaces (and closing marks) after i: the mark ends the paragraph. */
function atParagraphEnd(t: string, i: number): boolean {
  for (let j = i + 1, k = 0; j < t.length; j++, k++) {
    if (k > 8) return false
    const c = t[j]
    if (!SPACES.has(c) && !isQuote(c)) return false
  }
  return true
}

/** A full stop, question or exclamation mark (perhaps a bracket) before the spaces before i. */
function sentenceEndBefore(t: string, i: number): boolean {
  let j = i - 1
  for (let k = 0; k < 4 && j >= 0 && SPACES.has(t[j]); k++) j--
  if (j === i - 1) return false
  // "… interesting.' "My …", "… (he said.) "Next …": a closed inner quotation or bracket.
  for (let k = 0; k < 2 && j >= 0 && (t[j] === ')' || isQuote(t[j])); k++) j--
  return j >= 0 && SENTENCE_END.has(t[j])
}

/** "Indonesia"s", "isn"t", "don‘t": a quote mark standing for an apostrophe. */
function apostropheLike(t: string, i: number): boolean {
  if (i === 0 || !LETTER.test(t[i - 1])) return false
  let j = i + 1
  let run = ''
  while (j < t.length && run.length < 3 && LETTER.test(t[j])) run += t[j++]
  if (run.length === 0 || run.length > 2) return false
  if (j < t.length && LETTER_OR_DIGIT.test(t[j])) return false
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
  if (DIGIT.test(t[i + 1] ?? '') && DIGIT.test(t[i + 2] ?? '')) {
    let j = i + 3
    const decade = t[j] === 's'
    if (decade) j++
    return !LETTER_OR_DIGIT.test(t[j] ?? ' ') && (decade || lastCloser < i)
  }
  let j = i + 1
  let word = ''
  while (j < t.length && word.length < 6 && LETTER.test(t[j])) word += t[j++]
  return !LETTER_OR_DIGIT.test(t[j] ?? ' ') && ELISIONS.has(word.toLowerCase())
}

/**
 * Pair the marks of one family over the whole document.  Returns every mark
 * with its role, partner and whether it was left unmatched.
 */
function runFamily(index: DocumentIndex, family: QuoteFamily): Rec[] {
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
        all.push({p, i: m.index, ch: m[0], mark, pos: 'inner', role: 'doubled'})
        continue
      }
      marks.push({p, i: m.index, ch: m[0], mark, pos: position(t, m.index), role: 'skip'})
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
    for (const rec of marks) {
      all.push(rec)
      const openHere = stack.length > carried
      // A quotation counts as open for an ambiguous mark when it was opened in
      // this paragraph, or runs on into this paragraph's first mark; an
      // older one left open long ago must not turn later marks around.
      const open = openHere || (first && carried > 0)
      const role = single ? singleRole(rec, t, open, openHere, lastCloser) : doubleRole(rec, t, open)
      rec.role = role
      if (role === 'open') {
        if (first && carried > 0 && atParagraphStart(t, rec.i)) {
          // Wire convention: the paragraph reopens the running quotation.
          stack.pop()
          carried--
        } else if (stack.length > carried && sentenceEndBefore(t, rec.i)) {
          // A run-on quotation inside one paragraph (merged wire paragraphs): "… rates. "Dismal …".
          stack.pop()
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
  if (FLAG_OPEN_AT_END && !single) for (const r of stack) r.unmatched = 'open'
  return all
}

/** Role of a double mark from its flanks, its glyph and whether a quotation is open. */
function doubleRole(rec: Rec, t: string, open: boolean): Rec['role'] {
  const {pos, mark, i} = rec
  const nominal = mark.nominal
  switch (pos) {
    case 'open':
      if (atParagraphStart(t, i)) return 'open'
      // "stay, ”she added": a closing mark on the wrong side of its space.
      if (nominal === 'close' && open) return 'close'
      return 'open'
    case 'close':
      // 5' 10", 5’ 10”: an inch mark, not a quote.
      if (mark.nominal !== 'open' && !open && DIGIT.test(t[i - 1] ?? '')) return 'skip'
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
      if (mark.nominal !== 'open' && !open && DIGIT.test(t[i - 1] ?? '')) return 'skip'
      if (nominal === 'open') return 'open'
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

type Emit = (rec: Rec, start: number, end: number, reason: string, expected: string[] | undefined, level?: Severity, safe?: boolean) => void

function styleOf(rec: Rec): Style | undefined {
  if (rec.mark.kind === 'straight') return 'straight'
  if (rec.mark.kind === 'english') return 'curly'
  return undefined
}

/** The English mark for a role, in a style. */
function english(family: QuoteFamily, style: Style, role: 'open' | 'close'): string {
  return ENGLISH[family][style][role === 'open' ? 0 : 1]
}

/** Decide and report what is wrong with one mark. */
function judge(rec: Rec, styles: Styles, emit: Emit, minor: Severity): void {
  const t = rec.p.masked
  const family = rec.mark.family
  const i = rec.i

  if (rec.role === 'doubled') {
    emit(rec, i, i + 1, `Doubled quote mark ${t[i - 1]}${rec.ch}: delete the second`, [''])
    return
  }
  if (rec.role === 'apostrophe') {
    if (rec.ch === '\u2019' || rec.ch === "'") return
    const fix = APOSTROPHE[styles.apostrophe]
    // "Brazil"s" is sure; "judges" decisions" might also be a quotation closed without its comma.
    const safe = rec.mark.family === 'single' || !SPACES.has(t[i + 1] ?? '')
    // A keyboard slip, not a broken quotation (and not an artifact of translation):
    // reported for information, with its fix.
    emit(rec, i, i + 1, `Quote mark ${rec.ch} used as an apostrophe: use ${fix}`, [fix], minor === 'warn' ? 'info' : minor, safe)
    return
  }
  if (rec.role !== 'open' && rec.role !== 'close') return
  const role = rec.role
  const partner = rec.partner
  const own = styleOf(rec)
  const partnerStyle = partner ? styleOf(partner) : undefined

  // The glyph this mark should be.
  let glyph = rec.ch
  let reason: string | undefined
  if (rec.mark.kind === 'foreign') {
    const style = partnerStyle ?? styles[family]
    glyph = english(family, style, role)
    reason =
      partner && partnerStyle === 'curly'
        ? role === 'close'
          ? `Quote opened with ${partner.ch} and closed with ${rec.ch}: use ${glyph}`
          : `Quote opened with ${rec.ch} and closed with ${partner.ch}: use ${glyph}`
        : `Foreign quote mark ${rec.ch} (${rec.mark.name}) in English copy: use ${glyph}`
  } else if (rec.mark.kind === 'english' && rec.mark.nominal !== role) {
    glyph = english(family, 'curly', role)
    reason =
      partner && partner.mark.kind === 'foreign' && role === 'close'
        ? `Quote opened with ${partner.ch} and closed with ${rec.ch} (German style): use ${glyph}`
        : role === 'close'
          ? `Opening quote mark ${rec.ch} where a closing one belongs: use ${glyph}`
          : `Closing quote mark ${rec.ch} where an opening one belongs: use ${glyph}`
  } else if (own && partnerStyle && own !== partnerStyle) {
    // "…” or “…": one pair, two styles.  One of the two is in the document's
    // style (curly on a tie): flag the other.
    const docStyle = styles[family]
    if (own !== docStyle) {
      glyph = english(family, docStyle, role)
      reason =
        role === 'close'
          ? `Quote opened with ${partner!.ch} and closed with ${rec.ch}: use ${glyph}`
          : `Quote opened with ${rec.ch} and closed with ${partner!.ch}: use ${glyph}`
    }
  }

  // Spacing: which side of its space the mark sits.
  let start = i
  let end = i + 1
  let prefix = ''
  let suffix = ''
  let spacing: string | undefined
  const before = t[i - 1]
  const after = t[i + 1]
  if (role === 'open') {
    if (after !== undefined && SPACES.has(after) && !atParagraphEnd(t, i)) {
      end = i + 2
      spacing = 'space after the opening quote mark'
    } else if (rec.pos === 'inner' && before !== undefined && before !== MASK && !isQuote(before) && !SPACES.has(before)) {
      prefix = ' '
      spacing = 'no space before the opening quote mark'
    }
  } else {
    if (before !== undefined && SPACES.has(before) && !atParagraphStart(t, i)) {
      start = i - 1
      if (after !== undefined && LETTER_OR_DIGIT.test(after)) {
        suffix = ' '
        spacing = 'closing quote mark on the wrong side of its space'
      } else {
        spacing = 'space before the closing quote mark'
      }
    } else if ((rec.pos === 'inner' || rec.pos === 'open') && after !== undefined && LETTER_OR_DIGIT.test(after)) {
      suffix = ' '
      spacing = 'no space after the closing quote mark'
    }
  }

  if (rec.unmatched) {
    const what =
      rec.unmatched === 'close'
        ? `Closing quote ${rec.ch} with no opening quote in its paragraph`
        : `Quote opened with ${rec.ch} is never closed`
    // The glyph fix stays right whatever the balance; a missing partner has no fix.
    const extra = reason ? ` (${reason.charAt(0).toLowerCase()}${reason.slice(1)})` : ''
    emit(rec, i, i + 1, what + extra, glyph !== rec.ch ? [glyph] : undefined)
    return
  }

  if (!reason && !spacing) return
  const fix = prefix + glyph + suffix
  const text = reason
    ? spacing
      ? `${reason}; ${spacing}`
      : reason
    : `${spacing!.charAt(0).toUpperCase()}${spacing!.slice(1)}`
  emit(rec, start, end, text, [fix])
}

/** Straight and curly double quotes in one document: warn on the marks of the minority style. */
function mixing(recs: Rec[], emit: Emit, level: Severity): void {
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
  for (const r of recs) {
    if (r.reported || (r.role !== 'open' && r.role !== 'close') || styleOf(r) !== minority) continue
    const fix = english('double', majority, r.role)
    emit(
      r,
      r.i,
      r.i + 1,
      `Straight and curly double quotes mixed in one document (${straight} straight, ${curly} curly): use ${fix}`,
      [fix],
      level,
      r.pos === 'open' || r.pos === 'close'
    )
  }
}
