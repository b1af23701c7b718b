/**
 * Broken lines: a sentence split across lines or paragraphs — where a link or
 * tag was stripped ("the government of\nMaria Lopez\nsaid"), by fixed-width
 * hard line breaks ("must pass a course before\nstarting work in June"),
 * or by a paragraph break in mid-clause ("between\n\nyes\n\nand no").
 *
 * How it decides, from the two lines around each break:
 * - the line ends without final punctuation and the next one continues it:
 *   it starts in lower case, or with a comma, semicolon or closing bracket
 *   before a lower-case word, and its first words are English (so a slug
 *   or a caption in another language — "mensaje unidad …" — is not a
 *   continuation); the line's own last words are English too;
 * - a short line that is only a name (two to five capitalised words: a
 *   stripped link) after an unfinished body line: joined to it, and to the
 *   next line when that one continues, else closed with a full stop;
 * - in a document whose lines are hard-wrapped (two breaks or more continue
 *   in lower case), a line whose last sentence is a short unfinished tail
 *   (". The Transport") before a line that opens with a capital.
 * Never in verse or lyrics (a run of four short lines or more), unless the
 * line ends on an article.
 * Never inside a list, table, credit or dateline, and never before a line
 * that opens with a time code (a transcript's: the merged-words rule's).
 * The fix joins the lines with one space (none before punctuation); it is
 * applied unattended only for a lower-case continuation between English
 * lines with nothing but white space between them, after a word that binds
 * to what follows ("of", "the", "and", "was" …): after any other word a
 * stripped link may have taken a name with it.
 */
import {isTerminated, type Role} from '../support/blocks.js'
import type {DocumentIndex, ParagraphInfo} from '../support/document.js'
import {isCommonWord, isDictionaryName, isKnownToken} from '../support/lexicon.js'
import type {Finding} from '../support/rule.js'
import {LOWER_START, UPPER_START} from '../support/text.js'

/** One report of a join: the span, the fix, whether it is safe. */
export interface Join extends Finding {}

/** The last word (or comma, semicolon) of a text, with its start. */
const LAST_TOKEN = /(?:[\p{L}\p{N}][\p{L}\p{N}'’.%-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[,;])\s*$/u
const SPACE = /\s/u

/**
 * LAST_TOKEN's match, searched from the start of the text's last run of
 * non-space characters: the token holds no space, so it cannot start
 * earlier.  A regular expression anchored only at its end is otherwise tried
 * from every position of a paragraph (about 0.16 µs a character: 56–69 ms
 * over mt-dev's 2,001 paragraphs against 2.2 ms this way, the same matches).
 */
export function lastToken(text: string): RegExpExecArray | null {
  let end = text.length
  while (end > 0 && SPACE.test(text[end - 1])) end--
  let start = end
  while (start > 0 && !SPACE.test(text[start - 1])) start--
  if (start === 0) return LAST_TOKEN.exec(text)
  const m = LAST_TOKEN.exec(text.slice(start))
  if (m) m.index += start
  return m
}
const WORDS = /[\p{L}][\p{L}'’-]*/gu
/** A continuation that opens with punctuation: ", support the …", "; and …", ") said". */
const PUNCTUATION_START = /^[,;:)\]]\s*\p{Ll}/u
/** Words that bind to what follows them: articles, prepositions, conjunctions, possessives. */
const BINDING_WORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'but', 'nor', 'to', 'for', 'with', 'from', 'as', 'into', 'onto', 'than', 'in',
  'on', 'at', 'by', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'whose', 'because', 'whether', 'between',
  'among', 'including', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had'
])
/** Lower-case particles inside names: "María del Carmen", "Ludwig van Beethoven". */
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'y', 'e'])
const POSSESSIVE = /[’']s$/u
/** A line ending on an article: a sentence that goes on ("chaired by the\nminister"). */
const ARTICLE_END = /(?:^|\s)(?:the|a|an)$/iu
const SPACES = /\s+/u
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’]*/u
/** A name word: capitalised, letters, inner hyphens and apostrophes ("Díaz-Canel", "O’Neill", "Cuba's"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u

/** The text between two paragraphs is white space only: the break can be joined. */
function gapIsSpace(index: DocumentIndex, p: ParagraphInfo, next: ParagraphInfo): boolean {
  const v = index.value
  if (next.start < p.end) return false
  for (let i = p.end; i < next.start; i++) {
    const c = v.charCodeAt(i)
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9 && c !== 0xa0) return false
  }
  return true
}

/** The break after `p` is one line break (no blank line): a hard wrap in plain text. */
function isSingleBreak(index: DocumentIndex, p: ParagraphInfo, next: ParagraphInfo): boolean {
  let breaks = 0
  const v = index.value
  for (let i = p.end; i < next.start; i++) if (v.charCodeAt(i) === 10) breaks++
  return breaks === 1
}

/** Whether `text` (trimmed) opens like the rest of a sentence in English. */
export function opensContinuation(text: string): boolean {
  if (LOWER_START.test(text)) return englishWords(text, 2, true)
  return PUNCTUATION_START.test(text) && englishWords(text, 2, true)
}

/**
 * Among the first (or last) `n` lower-case words of `text`, at most one the
 * lexicon does not know — and the first word known, when `first` is set.
 */
function englishWords(text: string, n: number, fromStart: boolean, atMostUnknown = 0): boolean {
  const words = text.match(WORDS) ?? []
  const lower: string[] = []
  if (fromStart) {
    for (const w of words) {
      if (lower.length >= n) break
      if (LOWER_START.test(w)) lower.push(w)
      else if (lower.length === 0) return false
      else break
    }
  } else {
    for (let i = words.length - 1; i >= 0 && lower.length < n; i--) if (LOWER_START.test(words[i])) lower.push(words[i])
  }
  if (lower.length === 0) return !fromStart
  let unknown = 0
  for (const w of lower) if (!isKnownToken(w.replace(POSSESSIVE, ''))) unknown++
  return unknown <= atMostUnknown
}

/** The last words of a line read as English: at most one of its last four lower-case words unknown. */
function endsInEnglish(text: string): boolean {
  return englishWords(text, 4, false, 1)
}

/** A line that is only a name: two to five capitalised words (particles allowed), not a sentence. */
export function isNameLine(text: string): boolean {
  if (text.length > 60 || isTerminated(text)) return false
  const words = text.split(SPACES)
  if (words.length < 2 || words.length > 5) return false
  let uncommon = 0
  for (const w of words) {
    if (NAME_PARTICLES.has(w)) continue
    if (!NAME_WORD.test(w)) return false
    const bare = w.replace(POSSESSIVE, '').toLowerCase()
    if (bare === bare.toUpperCase()) return false
    if (!isCommonWord(bare)) uncommon++
  }
  return uncommon > 0
}

export interface BrokenContext {
  index: DocumentIndex
  role: Role[]
  /** Lines are hard-wrapped in this document. */
  wrapped: boolean
}

/** Whether the document's lines are hard-wrapped: two single line breaks or more continue a sentence in lower case. */
export function isWrapped(index: DocumentIndex): boolean {
  const paragraphs = index.paragraphs
  let n = 0
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i]
    const next = paragraphs[i + 1]
    if (p.block !== undefined || next.block !== undefined) continue
    if (!LOWER_START.test(next.text)) continue
    const text = p.masked.trimEnd()
    if (text.length === 0 || isTerminated(text)) continue
    if (isSingleBreak(index, p, next) && opensContinuation(next.text.trimStart()) && ++n >= 2) return true
  }
  return false
}

/**
 * The join that mends the break after paragraph `i`, if the lines around it
 * show a sentence broken there; undefined otherwise.  `text` is the
 * paragraph's masked text, trimmed at the end and not terminated.
 */
export function brokenAfter(ctx: BrokenContext, i: number, text: string): Join | undefined {
  const {index, role} = ctx
  const paragraphs = index.paragraphs
  const p = paragraphs[i]
  const next = paragraphs[i + 1]
  if (!next || !gapIsSpace(index, p, next)) return undefined
  const r = role[i]
  if (r === 'list' || r === 'dateline' || r === 'byline' || r === 'credit') return undefined
  const nr = role[i + 1]
  if (nr === 'list' || nr === 'dateline' || nr === 'byline' || nr === 'credit') return undefined
  const nextText = next.text.trimStart()
  // Verse keeps its own breaks, but no line of verse ends on an article.
  if (isVerse(paragraphs, i) && !ARTICLE_END.test(text)) return undefined
  const m = lastToken(text)
  if (!m) return undefined
  const token = m[0].trimEnd()
  const tokenStart = m.index
  const [from] = index.range(p, tokenStart, tokenStart + token.length)
  const glue = PUNCTUATION_START.test(nextText) ? '' : ' '

  // The next line continues the sentence: "… before\nstarting work …", "… Santos\n\n, and then …".
  if (opensContinuation(nextText) && (endsInEnglish(text) || isNameLine(text))) {
    return {
      start: from,
      end: next.start,
      reason: 'A sentence is broken across lines (a line break inside it, or a stripped link or tag): join the lines',
      expected: [token + glue],
      safe: true
    }
  }
  if (r !== 'body' && !(ctx.wrapped && r === 'heading' && isSingleBreak(index, p, next))) return undefined

  // A name alone on the next line, after an unfinished line: a stripped link ("of\n\nAna Costa\n\nare").
  if (isNameLine(nextText) && endsInEnglish(text)) {
    const after = paragraphs[i + 2]
    const continued = after !== undefined && gapIsSpace(index, next, after) && opensContinuation(after.text.trimStart())
    if (continued) {
      return {
        start: from,
        end: next.start,
        reason: 'A sentence is broken around a name on a line of its own (a stripped link): join the lines',
        expected: [token + ' '],
        safe: false
      }
    }
    const name = next.text.trimEnd()
    const [, to] = index.range(next, 0, name.length)
    return {
      start: from,
      end: to,
      reason: 'A sentence ends in a name on a line of its own, without final punctuation (a stripped link): join the name to its sentence and close it',
      expected: [`${token} ${name.trimStart()}.`],
      safe: false
    }
  }

  // A hard-wrapped document: ". The Transport\nAviation Authority …".
  if (ctx.wrapped && isSingleBreak(index, p, next) && UPPER_START.test(nextText) && shortTail(text)) {
    return {
      start: from,
      end: next.start,
      reason: 'A sentence is broken across lines by a fixed-width line break: join the lines',
      expected: [token + ' '],
      safe: false
    }
  }
  return undefined
}

/** Short lines: verse, lyrics, a stack of labels. */
const SHORT_LINE = 45

/**
 * Poetry or lyrics: the break after `i` lies in a run of four short lines
 * or more (each under 45 characters, of two words or more).  Their breaks
 * are the author's.
 */
function isVerse(paragraphs: readonly ParagraphInfo[], i: number): boolean {
  const short = (k: number): boolean => {
    const p = paragraphs[k]
    if (!p) return false
    const t = p.text.trim()
    // A line of verse has words: a single letter or word per line is not a poem.
    return t.length > 0 && t.length < SHORT_LINE && t.includes(' ')
  }
  if (!short(i) || !short(i + 1)) return false
  let run = 2
  for (let k = i - 1; k >= 0 && run < 4 && short(k); k--) run++
  for (let k = i + 2; run < 4 && short(k); k++) run++
  return run >= 4
}

/** The line's last sentence is a short unfinished tail after a full stop: "… on 1 May. The Transport". */
function shortTail(text: string): boolean {
  const at = Math.max(text.lastIndexOf('. '), text.lastIndexOf('? '), text.lastIndexOf('! '))
  if (at < 0) return false
  const tail = text.slice(at + 2).trim()
  if (tail.length === 0) return false
  let words = 1
  for (let k = 0; k < tail.length; k++) if (tail.charCodeAt(k) === 32) words++
  return words <= 3
}

/**
 * A paragraph that stops after a word no sentence ends with, before a body
 * paragraph that opens with a capital ("… or\n\nThey decide …"): the join,
 * with the first word lower-cased when it is a common word; never applied
 * unattended (the paragraph may have been cut instead).
 */
export function danglingJoin(index: DocumentIndex, p: ParagraphInfo, next: ParagraphInfo | undefined, tokenStart: number, token: string): Join | undefined {
  if (!next || !gapIsSpace(index, p, next)) return undefined
  const nextText = next.text.trimStart()
  const first = CAPITALISED_WORD.exec(nextText)?.[0]
  if (!first) return undefined
  const lower = first.toLowerCase()
  const word = first !== 'I' && isCommonWord(lower) && !isDictionaryName(lower) ? lower : first
  const [from] = index.range(p, tokenStart, tokenStart + token.length)
  const offset = next.text.length - nextText.length
  const [, to] = index.range(next, offset, offset + first.length)
  return {
    start: from,
    end: to,
    reason: `The paragraph stops after “${token}”, in mid-sentence, and the next one goes on: join them if they are one sentence, else complete it`,
    expected: [`${token} ${word}`],
    safe: false
  }
}
