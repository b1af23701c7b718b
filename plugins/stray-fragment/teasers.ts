/**
 * stray-fragment, part: teaser ends and link remnants inside a line — what
 * a listing page leaves when it cuts a story short, and the words of links
 * and photo references whose target is gone.
 *
 * What it finds:
 * - a "read more" link after an ellipsis at the end of a line ("… of …
 *   Read more", "...Continue reading »"): an error, whatever the quotes
 *   before it (teaser cuts often leave a quotation open);
 * - a cut mark at the end of a line (or before a last link in brackets):
 *   "[…]", "[...]", "(...)": an error;
 * - an ellipsis ending a line in mid-sentence ("… the PSD,…", "… was
 *   interested in..."): after a comma or a small word (the sentence is
 *   broken; "… the poetic…" may be the teaser's own trailing off), not
 *   after a full stop, not before a closing quotation, not in a line that
 *   trails off with ellipses elsewhere; a warning, info on a listing page
 *   (two cut lines or more, where the cuts are the page's design), nothing
 *   there when the teaser's own read-more link follows on its line (the
 *   link is reported; the cut is where it takes over); and an
 *   ellipsis after a full stop ("wheat....") on a page with other cuts;
 * - a "»" read-more arrow after the last full stop of a line with no «;
 * - link text in brackets ("(read the article)", "[Read the article in
 *   …]", "(see video)"): an error; a photo reference ("(pictured)",
 *   "(pictured right)", "(photo on the left)"): a warning.
 * - furniture after the last sentence of a line: a call to a lost link
 *   ("For more, click here."), a reading time ("2 min read"), a page count
 *   ("2 out of 4 pages"), a translator's or editor's credit ("Translated by
 *   Jane Roe."), a source given as an address ("Source: https://…", "– Site:
 *   example.org"), an agency's desk codes ("dpa ab cde fg"), initials or a
 *   source in brackets ("(ABC)"), a source name after a dash ("… the
 *   drought. – Example TV"): an error;
 * - the end mark of an agency story ("./.").
 */
import {cached} from '../support/document.js'
import {isKnownToken} from '../support/lexicon.js'
import {textOf, type Page} from './page.js'
import {foldPhrase} from './scan.js'
import {tables} from './tables.js'
import type {Level, LineVerdict} from './verdict.js'

const READ_MORE_END = /(?:…|\.{3,})\s*\[?(?:read more|read the rest|continue reading|keep reading|read full story|read the full story|more|leer más|leia mais|leggi tutto|lire la suite|weiterlesen)\]?\s*[»›>]?\s*$/iu
const CUT_MARK_END = /\s?(?:\[\s?(?:…|\.{3})\s?\]|\(\s?(?:…|\.{3})\s?\))\s*(?:\[[^\]]{1,60}\])?\s*$/u
const ELLIPSIS_END = /(\S)\s?(…|\.{3,})\s*$/u
const LINK_BRACKET = /[[(](?:read more|read the (?:full )?(?:article|story|note|report|interview)(?: in [^\])]{1,40})?|continue reading|click here|see (?:the )?(?:video|photos|gallery)|watch (?:the )?video|view (?:the )?(?:gallery|video|photos))[\])]/giu
const PHOTO_BRACKET = /\((?:pictured(?: (?:left|right|centre|center|above|below|top|bottom|here))?|(?:photo|picture|image)s? (?:on|in|at) (?:the )?(?:left|right|centre|center|top|bottom|middle)|(?:left|right|centre|center) (?:in|of) (?:the )?(?:photo|picture|image)|in the (?:photo|picture|image))\)/giu

/** An agency's name and desk codes ("dpa ab cde fg"): two of the codes at least no English words. */
const DESK_CODES = /(?:^|[.!?]["”’)]?\s+)((?:dpa|afp|efe|ap|ansa|apa|sda|kna|epd)(?:\s+[a-z]{2,4}){2,})$/u

/**
 * Furniture closing a line after its last sentence (the text after a stop,
 * or after a dash for a source): a link's call ("For more, click here."),
 * a reading time, a page count, a translator's or editor's credit, a
 * source given as an address, an agency's desk codes ("dpa ab cde fg").
 */
const TAILS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:^|[.!?]["”’)]?\s+)((?:for more(?: information| details| news)?|to (?:read|learn|find out|see) more|read more here|more here)[,:]?\s*(?:click|tap|go|see|visit) here\.?)$/iu, 'Call to a link that is gone (“click here”) left in the copy: delete it'],
  [/(?:^|[.!?)]["”’]?\s+)(\d{1,3}\s*(?:mins?|minutes?)\s+read\.?)$/iu, 'Reading time of the web page left in the copy: delete it'],
  [/(?:^|[.!?]["”’)]?\s+)((?:page\s+)?\d{1,3}\s+(?:of|out of)\s+\d{1,3}(?:\s+pages?)?\.?)$/iu, 'Page count of the web page left in the copy: delete it'],
  [/(?:^|[.!?]["”’)]?\s+)((?:[Ee]dited|[Ee]diting|[Tt]ranslated|[Tt]ranslating|[Tt]ranslation)(?:\s+and\s+(?:[Tt]ranslated|[Tt]ranslating|[Ee]dited|[Ee]diting|[Tt]ranslation))?\s+by\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\.?)$/u, 'Translator’s or editor’s credit left in the copy: delete it'],
  [/(?:^|[.!?]["”’)]?\s*)((?:[Ss]ources?|[Ff]uente|[Ff]onte|[Qq]uelle)\s?:\s?(?:https?:\/\/|www\.)\S+)$/u, 'Source line of the web page (a web address) left in the copy: delete it'],
  [/\s([–—-]\s*\p{L}+\s?:\s?(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}\/?)$/u, 'Source line of the web page (a web address) left in the copy: delete it'],
  [DESK_CODES, 'Desk codes of an agency story left in the copy: delete them'],
  [/[.!?]["”’]?\s+(\(\p{Lu}[\p{Lu}.]{1,6}\))$/u, 'Source or author initials in brackets after the last sentence: delete them'],
  [/[.!?]\s+([–—-]\s+\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*){0,3})$/u, 'Source name after the last sentence (from the web page): delete it']
]

/**
 * Whether the last word of text[from, to) may end one of TAILS: a bracket,
 * "here", "read", "page(s)", a number, an address (a "." or "/" inside), a
 * capitalised name (after " by " or a dash), desk codes in lower case.
 * Most lines end in a sentence's last word and a stop, and fail at once.
 */
function mayEndInTail(text: string, from: number, to: number): boolean {
  let e = to
  while (e > from && (text.charCodeAt(e - 1) === 0x2e || text.charCodeAt(e - 1) === 0x20)) e--
  if (e <= from) return false
  const c = text.charCodeAt(e - 1)
  if (c === 0x29) return true
  let b = e
  while (b > from && text.charCodeAt(b - 1) !== 32) b--
  const word = text.slice(b, e)
  if (/^(?:here|read|pages?|\d{1,3})$/iu.test(word) || /[./]/u.test(word)) return true
  const near = text.slice(Math.max(from, b - 60), b)
  if (/^\p{Lu}/u.test(word)) return near.includes(' by ') || / [–—-] /u.test(near + ' ')
  return /^[a-z]{2,4}$/u.test(word) && /\b(?:dpa|afp|efe|ap|ansa|apa|sda|kna|epd) /u.test(near + ' ')
}

/**
 * Words a sentence cannot end on (articles, prepositions that need their
 * object, conjunctions, auxiliaries, possessives): an ellipsis after them
 * cuts the sentence.  Particles that may end one ("goes on…", "and so
 * on…") are not among them.
 */
const CUT_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'for', 'with', 'from', 'in', 'into', 'by', 'at', 'about', 'than', 'between', 'among',
  'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whose', 'whom', 'if', 'because', 'although', 'while', 'whether',
  'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'must',
  'his', 'her', 'their', 'its', 'our', 'your', 'my', 'this', 'these', 'those', 'all', 'some', 'any', 'each', 'every'
])

/** A teaser cut after a word that may end a sentence needs a body line at least this long (characters). */
const TEASER_LENGTH = 150

/** Lines of the page that end in a mid-sentence ellipsis (counted once per page). */
export function cutLines(page: Page): number {
  return cached(page.index, 'stray-fragment:cuts', () => {
    let n = 0
    for (const l of page.lines) {
      const text = l.u.p.text
      const last = text.charCodeAt(l.u.end - 1)
      if ((last === 0x2026 || last === 0x2e) && midCut(text, l.u.start, l.u.end) > l.u.start) n++
    }
    return n
  })
}

/** The ellipsis ending text[from, to) cuts a sentence: its start, or -1. */
function midCut(text: string, from: number, to: number): number {
  const tail = text.slice(Math.max(from, to - 12), to)
  const m = ELLIPSIS_END.exec(tail)
  if (!m) return -1
  const before = m[1]
  // Not after a full stop, ? or !, nor a closing quote (a quotation trailing off).
  if (/[.!?"”’»)]/u.test(before)) return -1
  if (m[2].length > 3 && m[2].startsWith('....')) return -1
  return to - (m[0].length - m[1].length)
}

/** Is line k a read-more link alone ("Read more", "Leer más", "Weiterlesen": data/stray-fragment.ts CONTINUATION_LABELS)? */
function readMoreLine(page: Page, k: number): boolean {
  const l = page.lines[k]
  return l !== undefined && l.words <= 6 && tables().continuations.has(foldPhrase(textOf(l)))
}

export function teaserSegments(page: Page, k: number): LineVerdict[] | undefined {
  const l = page.lines[k]
  const text = l.u.p.text
  const {start, end} = l.u
  let out: LineVerdict[] | undefined
  const last = text.charCodeAt(end - 1)
  // Link text and photo references in brackets.
  if (text.indexOf('(', start) !== -1 || text.indexOf('[', start) !== -1) {
    const line = text.slice(start, end)
    for (const re of [LINK_BRACKET, PHOTO_BRACKET]) {
      re.lastIndex = 0
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const s = start + m.index
        const e = s + m[0].length
        let cut = s
        while (cut > start && (text[cut - 1] === ' ' || text[cut - 1] === '\t')) cut--
        const link = re === LINK_BRACKET
        ;(out ??= []).push({
          level: link ? 'strong' : 'likely',
          reason: link ? `Link text “${m[0]}” left without its link: delete it` : `Photo reference “${m[0]}” left from a caption: delete it`,
          start: s,
          end: e,
          cut: cut === start ? s : cut
        })
      }
    }
  }
  // The end mark of an agency story ("./.").
  const mark = text.indexOf('./.', start)
  if (mark !== -1 && mark < end && (mark + 3 === end || text[mark + 3] === ' ')) {
    ;(out ??= []).push({level: 'strong', reason: 'End mark of an agency story (“./.”) left in the copy: delete it', start: mark, end: mark + 3, cut: mark})
  }
  // Furniture after the last sentence (quick check on the last word first).
  const late = mayEndInTail(text, start, end) ? text.slice(Math.max(start, end - 160), end) : ''
  if (late) for (const [re, reason] of TAILS) {
    const m = re.exec(late)
    if (!m) continue
    if (re === DESK_CODES && m[1].split(' ').slice(1).filter((w) => !isKnownToken(w)).length < 2) continue
    const s = end - m[1].length
    let cut = s
    while (cut > start && text[cut - 1] === ' ') cut--
    return [...(out ?? []).filter((v) => v.end! <= s), {level: 'strong', reason, start: s, end, cut: cut === start ? s : cut}]
  }
  // Teaser ends: a "read more" after an ellipsis, a cut mark, a mid-sentence ellipsis, a "»".
  const tail = text.slice(Math.max(start, end - 40), end)
  if (tail.includes('…') || tail.includes('...')) {
    const rm = READ_MORE_END.exec(tail)
    if (rm && end - rm[0].length > start) {
      const s = end - rm[0].length
      let cut = s
      while (cut > start && text[cut - 1] === ' ') cut--
      let from = s
      while (text[from] === ' ') from++
      return [...(out ?? []), {level: 'strong', reason: 'Teaser “read more” link left in the copy: delete it', start: from, end, cut}]
    }
  }
  if (last === 0x5d || last === 0x29) {
    const cm = CUT_MARK_END.exec(tail)
    if (cm && end - cm[0].length > start) {
      let s = end - cm[0].length
      const cut = s
      while (text[s] === ' ') s++
      // A link bracket after the mark is already reported: the mark alone.
      const markEnd = s + (/^(?:\[\s?(?:…|\.{3})\s?\]|\(\s?(?:…|\.{3})\s?\))/u.exec(text.slice(s, end))?.[0].length ?? end - s)
      const kept = (out ?? []).filter((v) => v.end! <= s || v.start! >= markEnd)
      const mark: LineVerdict = {level: 'strong', reason: 'Cut mark of a teaser (the story stops here): delete it and complete or end the sentence', start: s, end: markEnd, cut, fixEnd: markEnd, unsafe: true}
      return [...kept, mark].sort((a, b) => a.start! - b.start!)
    }
  }
  if (last === 0x2026 || last === 0x2e) {
      const at = midCut(text, start, end)
      if (at > start) {
        let s = at
        while (text[s] === ' ') s++
        const word = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(start, at - 20), at))
        const small = text[at - 1] === ',' || (word !== null && CUT_WORDS.has(word[1].toLowerCase()))
        // Only a cut after a comma or a small word is a broken sentence ("the poetic…" may be the
        // teaser's own trailing off), and not in a line that trails off with ellipses elsewhere.
        if (text.slice(start, at).includes('...') || text.slice(start, at).includes('…')) return out
        // After another word, a cut only on a listing page of teasers: a long line (a teaser's
        // length) ending in a glued "…" on a page with at least three such cuts, for information
        // (a writer's own trailing off is spaced or dotted, and rarely repeated down a page).
        if (!small && !(last === 0x2026 && text[at - 1] !== ' ' && l.body && at - start >= TEASER_LENGTH && cutLines(page) >= 3)) return out
        // A listed teaser followed by its own read-more link ("… they extend …" then "Read more"): the
        // entry of a listing, cut where its link takes over; the link line is the furniture to report.
        if (cutLines(page) >= 2 && readMoreLine(page, k + 1)) return out
        // On a listing page (several cuts), the cuts are the teasers' design: info.
        const level: Level = !small || cutLines(page) >= 2 ? 'weak' : 'likely'
        return [...(out ?? []), {level, reason: 'Teaser cut: the paragraph stops in mid-sentence with an ellipsis; complete the sentence from the source or end it', start: s, end, cut: at, unsafe: true}]
      }
      // "… in September. …" — a spaced ellipsis after the last full sentence: the cut mark of a
      // teaser whose sentence was complete (information: a writer may mark an omission so).
      const spaced = /[.!?] (…|\.{3})$/u.exec(text.slice(Math.max(start, end - 6), end))
      if (spaced && l.words >= 4) {
        const s = end - spaced[1].length
        return [...(out ?? []), {level: 'weak', reason: 'Teaser cut mark after the last sentence: delete it', start: s, end, cut: s - 1}]
      }
      // "wheat...." — an ellipsis after a full stop.
      if (/\p{L}\.{4,}$/u.test(text.slice(Math.max(start, end - 8), end)) && l.words >= 4 && cutLines(page) >= 2) {
        const dots = /\.{4,}$/u.exec(text.slice(start, end))![0].length
        return [...(out ?? []), {level: 'likely', reason: 'Teaser ellipsis after the full stop: delete it', start: end - dots + 1, end, cut: end - dots + 1}]
      }
  }
  if (last === 0xbb && /[.!?]»$/u.test(text.slice(end - 2, end)) && text.lastIndexOf('«', end) < start) {
    return [...(out ?? []), {level: 'likely', reason: 'Read-more arrow “»” left after the last sentence: delete it', start: end - 1, end, cut: end - 1}]
  }
  return out
}
