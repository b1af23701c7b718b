/**
 * punctuation-spacing, runs of punctuation: a space before `, . ; : ? !`
 * ("the vote . Then", "now” , she"), no space after sentence punctuation
 * ("said.It", "Party,said", "in July 2026.The", "degree:Igor",
 * `Association".Sultanbek`), doubled or mixed punctuation ("?.", "! ?",
 * ",,", a Spanish "country?, enough").
 *
 * How it decides: runs of punctuation are found in the paragraph's masked
 * text (URLs, e-mail addresses and other syntax blanked) with a simple
 * character class, and each run is judged from the characters around it.
 * Fine: decimals (".5", "3.5"), ellipses ("...", " . . ."), "U.S.", "p.m.",
 * "etc.,", "?!", scores ("1-6,4-6") and times ("10:30"), emoticons (":-)"),
 * a "?" glued to a letter (the encoding rule's lost character), a title
 * ending in "?" or "!" before a comma ("Do They Know It's Christmas?, which").
 * A "?" right after a finished sentence ("humble.? the") is reported as a
 * probably lost closing quote, without an unattended fix.  Every pattern is
 * linear: the surroundings of a run are inspected by hand.
 */
import {endsWithAbbreviation} from '../data/abbreviations.js'
import {MASK, type ParagraphInfo} from '../support/document.js'
import {isCommonWord} from '../support/lexicon.js'
import {INLINE_SPACE, LETTER, LOWER, NUMBER, UPPER} from '../support/text.js'
import type {Check} from './context.js'

const RUN = /[,;:.!?…](?:[ \t\u00a0]?[,;:.!?…])*/g
const BEFORE_OK = /[\p{L}\p{N}”’"')\]%]/u

/** ":-)", ";-(", ":)", ":D" — emoticons are not punctuation. */
const EMOTICON = /^(?:-?[()DPp|/\\])/

/** Closing quote marks and brackets that may stand between a word and its full stop ("Association".Next"). */
const CLOSERS = /["”’)\]]/

export function checkRuns(check: Check): void {
  for (const paragraph of check.index.paragraphs) {
    const text = paragraph.masked
    RUN.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = RUN.exec(text)) !== null) checkRun(check, paragraph, m.index, m.index + m[0].length)
  }
}

/** Whether white space comes right before `at`. */
function spaceBeforeRun(text: string, at: number): boolean {
  return at > 0 && INLINE_SPACE.test(text[at - 1])
}

function checkRun({emit}: Check, paragraph: ParagraphInfo, start: number, end: number): void {
  const text = paragraph.masked
  // ", .com": a trailing full stop that starts a domain or file suffix is not part of the run.
  if (end - start > 2 && text[end - 1] === '.' && INLINE_SPACE.test(text[end - 2]) && LOWER.test(text[end] ?? '')) {
    end--
    while (end > start && INLINE_SPACE.test(text[end - 1])) end--
  }
  if ((text[end - 1] === ':' || text[end - 1] === ';') && EMOTICON.test(text.slice(end, end + 2))) return
  // ":- <(": an emoticon too; ":- increased" (a list item) is the dashes check's.
  if ((text[end - 1] === ':' || text[end - 1] === ';') && text[end] === '-') return
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
    // " : " between digits is a score or time.
    !(core === ':' && /\d/.test(before) && /\d/.test(afterNext))

  // "humble.?" — a "?" right after a finished sentence is, far more often than
  // a doubled mark, a character lost in conversion (a closing quote mark that
  // the code page could not hold).  Dropping either mark could change what a
  // quotation says, so the finding names the likely cause and offers no
  // unattended fix.
  if (!spaceBeforeRun(text, start) && /^[.!,;:]\?$/.test(run) && (after === '' || /[\s”’"'»)]/.test(after))) {
    const mark = run[0]
    const opened = /[“"«]/.test(text.slice(Math.max(0, start - 400), start))
    emit(paragraph, {
      start,
      end,
      reason: `“?” after “${mark}”: probably a character lost in conversion, often a closing quote mark — restore it or delete the “?”`,
      expected: opened ? [mark + '”', mark] : [mark, mark + '”'],
      safe: false
    })
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
    emit(paragraph, {start: from, end, reason, expected: [fix]})
    return
  }

  if (core.length !== 1) return
  const c = core
  // No space after: "said.It", "2026.The", `Association".Sultanbek`.
  if ((c === '.' || c === '!') && UPPER.test(after) && LOWER.test(afterNext)) {
    // Closing quote marks or brackets between the word and its stop.
    let w = start
    for (let k = 0; k < 2 && w > 0 && CLOSERS.test(text[w - 1]); k++) w--
    const prev2 = text.slice(Math.max(0, w - 2), w)
    const afterWord = wordAt(text, end)
    const lowerWord = /^\p{Ll}{2}$/u.test(prev2)
    // "in July 2026.The": a number, then a common word that opens the next sentence.
    const number = NUMBER.test(prev2[0] ?? '') && NUMBER.test(prev2[1] ?? '') && w === start && isCommonWord(afterWord.toLowerCase())
    if (!lowerWord && !number) return
    if (c === '.' && w === start && endsWithAbbreviation(text.slice(0, start))) return
    // "Halo.Bungie.Org": a dotted name, not two sentences.
    if (/^\p{L}+\.\p{L}/u.test(text.slice(end, end + 40))) return
    if (/\p{L}\.\p{L}+$/u.test(text.slice(Math.max(0, w - 40), w))) return
    emit(paragraph, {start, end, reason: `No space after “${c}” before “${afterWord}”`, expected: [c + ' ']})
    return
  }
  const prev2 = text.slice(Math.max(0, start - 2), start)
  // "Party,said", "PROVINCES,(SANA)".
  if ((c === ',' || c === ';') && /^\p{L}{2}$/u.test(prev2) && (LETTER.test(after) ? LETTER.test(afterNext) : text.charCodeAt(end) === 0x28 /* ( */ && LETTER.test(afterNext))) {
    emit(paragraph, {start, end, reason: `No space after “${c}” before “${after === '(' ? '(' : wordAt(text, end)}”`, expected: [c + ' ']})
    return
  }
  // "degree:Igor", "english:Hungarian", `"Kurmet":Valery` — a colon glued to the next word.
  if (c === ':' && LETTER.test(after) && LETTER.test(afterNext)) {
    let w = start
    if (/["”]/.test(text[w - 1] ?? '')) w--
    // A lower-case word or a quotation before the colon ("CSI:NY" is a name).
    if (!/^\p{Ll}{3}$/u.test(text.slice(Math.max(0, w - 3), w)) && w === start) return
    // "re:Invent", "mailto:x": a prefix of a name or address, not a sentence's colon.
    const word = /\p{L}+$/u.exec(text.slice(Math.max(0, w - 20), w))?.[0] ?? ''
    if (word.length < 3 || COLON_PREFIXES.has(word.toLowerCase())) return
    emit(paragraph, {start, end, reason: `No space after “:” before “${wordAt(text, end)}”`, expected: [': ']})
  }
}

/** Words that may be glued to a colon: URI schemes and a few name prefixes. */
const COLON_PREFIXES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'ftp', 'tel', 'urn', 'data', 'file', 'news', 'xmlns'])

function wordAt(text: string, at: number): string {
  let e = at
  while (e < text.length && e - at < 30 && LETTER.test(text[e])) e++
  return text.slice(at, e)
}

function acceptableSequence(text: string, start: number, run: string, core: string): boolean {
  if (/^(?:\.{3,}|…)(?:[.,;:]|[?!]+)?$/.test(core)) return true
  if (/^\.(?: \.){2,}$/.test(run)) return true
  if (/^[!?]+$/.test(core) && !/\s/.test(run)) return true
  // A title that ends in ? or ! inside a sentence: "Do They Know It's Christmas?, which"; a
  // question inside a quotation before its attribution ("arrived?," he asked).
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
  // "country?, enough": the question stays a question.
  if (/^[!?][,;:]$/.test(core)) return core[0]
  const marks = core.replace(/…/g, '.')
  const midSentence = after === '' ? false : /\s/.test(after) && LOWER.test(afterNext)
  if (midSentence) {
    for (const c of [',', ';', ':']) if (marks.includes(c)) return c
  }
  for (const c of STRENGTH) if (marks.includes(c)) return c
  return marks[0]
}
