/**
 * punctuation-spacing: punctuation that lost its place when markup was
 * stripped or text was machine-translated.
 *
 * - a space before `, . ; : ? !` ("the vote . Then", "now” , she");
 * - no space after sentence punctuation before the next word ("said.It",
 *   "Party,said");
 * - doubled or mixed punctuation ("?.", "! ?", ",,").
 *
 * Fine: decimals (".5", "3.5"), ellipses ("...", " . . ."), "U.S.", "p.m.",
 * "etc.,", "?!", scores ("1-6,4-6"), URLs and e-mail addresses (masked as
 * syntax), a "?" glued to a letter (the `encoding` rule's lost character).
 *
 * Every pattern is scanned in linear time: punctuation runs are found with a
 * simple character class and their surroundings are inspected by hand.
 */
import {endsWithAbbreviation} from './data/abbreviations.js'
import {MASK, type ParagraphInfo} from './support/document.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'
import {INLINE_SPACE, LETTER, LOWER, UPPER} from './support/text.js'

export const meta: RuleMeta = {
  id: 'punctuation-spacing',
  description: 'A space before punctuation, no space after it, or doubled and mixed punctuation.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('punctuation-spacing'),
  docs: {
    decides:
      'Runs of punctuation are found in the paragraph text with URLs, e-mail addresses and other syntax masked, and ' +
      'each run is judged from the characters around it. A space before `, . ; : ? !` counts only after a word, a ' +
      'number or a closing quote or bracket, and never for ellipses, decimals (".5", ".com"), digit ratios and scores, ' +
      'or a "?" standing for a lost character (the encoding rule\'s finding). Doubled and mixed marks are flagged ' +
      'unless they are an ellipsis, "?!", an abbreviation\'s full stop before punctuation ("etc.,", "U.S.?") or a ' +
      'title ending in "?" or "!" before a comma; the fix keeps one mark (a comma, semicolon or colon mid-sentence, ' +
      'else the strongest). No space after a stop is flagged between two lower-case letters and a capitalised word ' +
      '("said.It"), not after an abbreviation or inside a dotted name ("Halo.Bungie.Org"); after a comma or ' +
      'semicolon between two letters ("Party,said"). A "?" right after a finished sentence ("humble.? the") is ' +
      'reported as a probably lost closing quote, without an unattended fix.'
  },
  examples: {
    ok: [
      'The U.S. economy grew 3.5 per cent by 10 p.m. on Friday.',
      'She won 6-1, 4-6, 7-5 and wrote to info@example.com about it.',
      'Apples, pears, etc., were sold. Wait ... what?! Really?',
      'He left . . . and never came back.',
      'The score was 1-6,4-6 after an hour.'
    ],
    notOk: [
      {text: 'They lost the vote . Then they left.', line: 1, column: 19, actual: ' .', fix: '.'},
      {text: '“We will stay now” , she said.', line: 1, column: 19, actual: ' ,', fix: ','},
      {text: 'The minister said.It was over.', line: 1, column: 18, actual: '.', fix: '. '},
      {text: 'The Labour Party,said the leader.', line: 1, column: 17, actual: ',', fix: ', '},
      {text: 'Is it over ?. Nobody knows.', line: 1, column: 11, actual: ' ?.', fix: '?'},
      {text: 'The deal,, signed on Monday, held.', line: 1, column: 9, actual: ',,', fix: ','},
      {text: '“We must stay humble.? the minister said.', line: 1, column: 21, actual: '.?', fix: '.”'}
    ]
  }
}

const RUN = /[,;:.!?…](?:[ \t\u00a0]?[,;:.!?…])*/g
const BEFORE_OK = /[\p{L}\p{N}”’"')\]%]/u

/** ":-)", ";-(", ":)" — emoticons are not punctuation. */
const EMOTICON = /^[-()DPp]/

export default defineRule({
  meta,
  check({index, reportText}) {
    for (const paragraph of index.paragraphs) {
      const text = paragraph.masked
      // One callback per paragraph, not per punctuation mark.
      const emit: Emit = (start, end, reason, fix, candidates) => {
        reportText(paragraph, start, end, candidates ? {reason, expected: candidates, safe: false} : {reason, expected: [fix]})
      }
      RUN.lastIndex = 0
      let m: RegExpExecArray | null
      while ((m = RUN.exec(text)) !== null) checkRun(paragraph, m.index, m.index + m[0].length, emit)
    }
  }
})

/** Report [start, end) with one safe fix, or with several candidates and no unattended fix. */
type Emit = (start: number, end: number, reason: string, fix: string, candidates?: string[]) => void

/** Whether white space comes right before `at`. */
function spaceBeforeRun(text: string, at: number): boolean {
  return at > 0 && INLINE_SPACE.test(text[at - 1])
}

function checkRun(paragraph: ParagraphInfo, start: number, end: number, emit: Emit): void {
  const text = paragraph.masked
  // ", .com": a trailing full stop that starts a domain or file suffix is not part of the run.
  if (end - start > 2 && text[end - 1] === '.' && INLINE_SPACE.test(text[end - 2]) && LOWER.test(text[end] ?? '')) {
    end--
    while (end > start && INLINE_SPACE.test(text[end - 1])) end--
  }
  if ((text[end - 1] === ':' || text[end - 1] === ';') && EMOTICON.test(text[end] ?? '')) return
  const run = text.slice(start, end)
  const core = run.replace(/[ \t\u00a0]/g, '')
  const after = text[end] ?? ''
  const afterNext = text[end + 1] ?? ''

  // Spaces before the run.
  let lead = start
  while (lead > 0 && INLINE_SPACE.test(text[lead - 1])) lead--
  const before = lead > 0 ? text[lead - 1] : ''

  const isEllipsis = /^(?:\.{3,}|…)[.?!,]?$/.test(core)
  const spacedEllipsis = /^\.(?: \.){2,}$/.test(run)
  // ".5", and ".com", ".png" (a domain or file suffix named in the text).
  const decimal = core[0] === '.' && core.length === 1 && /[\d\p{Ll}]/u.test(after)
  // The ";" of an HTML entity ("caf&#233;,"): the markup rule reports those.
  const entity = core[0] === ';' && /&#?[a-z0-9]{1,10}$/i.test(text.slice(Math.max(0, start - 12), start))
  // "talks ? with": a "?" alone between lower-case words is a lost dash (the encoding rule reports it).
  const lostCharacter = /^\?+$/.test(core) && (LETTER.test(after) || (lead < start && INLINE_SPACE.test(after) && LOWER.test(afterNext)))

  const spaceBefore =
    lead < start &&
    before !== '' &&
    before !== MASK &&
    BEFORE_OK.test(before) &&
    !isEllipsis &&
    !spacedEllipsis &&
    !decimal &&
    !lostCharacter &&
    // A dash-like or list use: "A : B" ratios are rare in copy, but " : " between
    // digits is a score or time.
    !(core === ':' && /\d/.test(before) && /\d/.test(afterNext))

  // "humble.?" — a "?" right after a finished sentence is, far more often than
  // a doubled mark, a character lost in conversion (a closing quote mark that
  // the code page could not hold).  Dropping either mark could change what a
  // quotation says, so the finding names the likely cause and offers no
  // unattended fix.
  if (!spaceBeforeRun(text, start) && /^[.!,;:]\?$/.test(run) && (after === '' || /[\s”’"'»)]/.test(after))) {
    const mark = run[0]
    const opened = /[“"«]/.test(text.slice(Math.max(0, start - 400), start))
    emit(
      start,
      end,
      `“?” after “${mark}”: probably a character lost in conversion, often a closing quote mark — restore it or delete the “?”`,
      '',
      opened ? [mark + '”', mark] : [mark, mark + '”']
    )
    return
  }

  const badSequence = core.length >= 2 && !entity && !acceptableSequence(text, start, run, core)

  if (spaceBefore || badSequence) {
    const from = spaceBefore ? lead : start
    const fix = badSequence ? choose(core, after, afterNext) : run
    const reason = spaceBefore
      ? badSequence
        ? `Space before punctuation and doubled punctuation “${run}”: use “${fix}”`
        : `Space before “${core}”: punctuation follows the word directly`
      : `Doubled or mixed punctuation “${run}”: use “${fix}”`
    emit(from, end, reason, fix)
    return
  }

  // No space after: "said.It", "Party,said".
  if (core.length === 1 && LETTER.test(after)) {
    const c = core
    const prev2 = text.slice(Math.max(0, start - 2), start)
    if ((c === '.' || c === '!' || c === '?') && /^\p{Ll}{2}$/u.test(prev2) && UPPER.test(after) && LOWER.test(afterNext)) {
      if (c === '.' && endsWithAbbreviation(text.slice(0, start))) return
      if (c === '?') return
      // "Halo.Bungie.Org": a dotted name, not two sentences.
      if (/^\p{L}+\.\p{L}/u.test(text.slice(end, end + 40))) return
      if (/\p{L}\.\p{L}+$/u.test(text.slice(Math.max(0, start - 40), start))) return
      emit(start, end, `No space after “${c}” before “${wordAt(text, end)}”`, c + ' ')
      return
    }
    if ((c === ',' || c === ';') && /^\p{L}{2}$/u.test(prev2) && LETTER.test(afterNext)) {
      emit(start, end, `No space after “${c}” before “${wordAt(text, end)}”`, c + ' ')
    }
  }
}

function wordAt(text: string, at: number): string {
  let e = at
  while (e < text.length && e - at < 30 && LETTER.test(text[e])) e++
  return text.slice(at, e)
}

function acceptableSequence(text: string, start: number, run: string, core: string): boolean {
  if (/^(?:\.{3,}|…)(?:[.,;:]|[?!]+)?$/.test(core)) return true
  if (/^\.(?: \.){2,}$/.test(run)) return true
  if (/^[!?]+$/.test(core) && !/\s/.test(run)) return true
  // A title that ends in ? or ! inside a sentence: "Do They Know It's Christmas?, which".
  if (/^[!?][,;:]$/.test(core)) return true
  if (/^[.?!]?…$/.test(core)) return true
  // "etc.,", "U.S.?", "Inc.;", "p.m.)" — an abbreviation's full stop then punctuation.
  if (core.length === 2 && core[0] === '.' && !/\s/.test(run) && endsWithAbbreviation(text.slice(0, start))) {
    return true
  }
  return false
}

const STRENGTH = ['?', '!', '.', ':', ';', ',']

/** The one mark to keep from a doubled or mixed run. */
function choose(core: string, after: string, afterNext: string): string {
  const marks = core.replace(/…/g, '.')
  const midSentence = after === '' ? false : /\s/.test(after) && LOWER.test(afterNext)
  if (midSentence) {
    for (const c of [',', ';', ':']) if (marks.includes(c)) return c
  }
  for (const c of STRENGTH) if (marks.includes(c)) return c
  return marks[0]
}
