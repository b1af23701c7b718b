/**
 * punctuation-spacing, dashes and the punctuation of other languages'
 * conventions that machine translation keeps:
 * - a hyphen spaced on one side only, where English has a dash or a
 *   hyphenated word ("Mercurio -the most important newspaper- and",
 *   "-as Sánchez maintains", "full -scale", "Syria- The"); a suspended hyphen
 *   ("small- and medium-sized", "six- to eight-year-olds") is fine;
 * - a dash spaced on one side only — the Spanish raya closed up to the words
 *   of an aside ("From Puno —he said— 300", "region —within"); English closes
 *   a dash up on both sides or spaces it on both;
 * - a spaced dash inside a compound ("co – leader", "far – right"): after a
 *   prefix that is no word of its own, or in the political compounds of news
 *   copy;
 * - Spanish and agency datelines: ".-" ("Lima, May 3 (EFE).- The"), an
 *   underscore ("CARACAS_ After", "(ST)_Syrian"), a hyphen glued to the
 *   agency's name before the first word of the story ("SANA-The Italian",
 *   "(SANA)- The");
 * - a comma and a dash together (", – he said": the Russian and Ukrainian
 *   ", —" before an attribution; "L1 -, and");
 * - a bulleted list run into the paragraph ("results:- increased flow;-
 *   bringing", "Awardees:•Order").
 *
 * How it decides: each hyphen, dash, underscore and bullet of the masked
 * paragraph text is judged from the characters and words around it (one
 * pass, bounded look-around).  Negative numbers, ranges ("1990–2000"),
 * scores ("1-6"), emoticons (":-)") and list bullets at the start of a line
 * are fine.  Sources: plugins/data/punctuation-spacing.ts.
 */
import {endsWithAbbreviation} from '../data/abbreviations.js'
import {
  COMBINING_PREFIXES,
  COMPOUND_HEADS,
  COMPOUND_TAILS,
  EMOTICON_TAILS,
  STORY_OPENERS,
  SUSPENDED_HYPHEN_FOLLOWERS
} from '../data/punctuation-spacing.js'
import {FUNCTION_WORDS} from '../data/english-words.js'
import type {ParagraphInfo} from '../support/document.js'
import {INLINE_SPACE, LETTER, LETTER_OR_NUMBER, LOWER, UPPER} from '../support/text.js'
import type {Check} from './context.js'

const CANDIDATE = /[-\u2013\u2014_\u2022]/g

/**
 * Lower-case words that open an aside or a clause and are never a part of a
 * compound or range joined by an en dash: determiners and pronouns (Quirk et
 * al. 1985, as FUNCTION_WORDS in plugins/data/english-words.ts), without the
 * prepositions and "and"/"or" that do sit inside dashed compounds.
 */
const ASIDE_OPENERS: ReadonlySet<string> = new Set([
  'any', 'the', 'a', 'an', 'who', 'which', 'this', 'these', 'those', 'he', 'she', 'they', 'we', 'it',
  'its', 'his', 'her', 'their', 'some', 'every', 'each', 'no', 'not', 'but'
])

/** The letters of the word ending at `end` (at most 30). */
function wordBefore(t: string, end: number): string {
  let s = end
  while (s > 0 && end - s < 30 && LETTER.test(t[s - 1])) s--
  return t.slice(s, end)
}

/** The letters of the word starting at `start` (at most 30). */
function wordAfter(t: string, start: number): string {
  let e = start
  while (e < t.length && e - start < 30 && LETTER.test(t[e])) e++
  return t.slice(start, e)
}

const space = (c: string | undefined): boolean => c !== undefined && INLINE_SPACE.test(c)
const letter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c)

export function checkDashes(check: Check): void {
  for (const paragraph of check.index.paragraphs) {
    const t = paragraph.masked
    CANDIDATE.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = CANDIDATE.exec(t)) !== null) {
      const i = m.index
      const c = m[0]
      if (c === '_') underscore(check, paragraph, t, i)
      else if (c === '\u2022') bullet(check, paragraph, t, i)
      else if (c === '-') hyphen(check, paragraph, t, i)
      else dash(check, paragraph, t, i, c)
    }
  }
}

/** A dateline's dash spelt as the source's agencies do. */
const DATELINE_REASON = 'Dateline punctuated as in the source language: use a dash, “ – ”'

function hyphen({emit}: Check, p: ParagraphInfo, t: string, i: number): void {
  const b = t[i - 1]
  const a = t[i + 1]
  // Emoticons and flattened list items after a colon or semicolon: ":-)", ";- bringing".
  if (b === ':' || b === ';') {
    if (EMOTICON_TAILS.includes(a ?? '')) return
    if (space(a) && letter(t[i + 2])) {
      emit(p, {
        start: i - 1,
        end: i + 2,
        reason: `List items run into one paragraph (“${b}-” starts an item): the bulleted list lost its line breaks — put each item on its own line`,
        certainty: 'likely'
      })
    }
    return
  }
  // "(EFE).- The", "CARCAS.- Supporters": the Spanish agencies' dateline (not "U.S.-Canadian", "Dr.-Ing.").
  if (b === '.' && space(a) && UPPER.test(t[i + 2] ?? '') && (t[i - 2] === ')' || /^\p{L}{3,}$/u.test(wordBefore(t, i - 1)))) {
    const w = wordBefore(t, i - 1)
    if (t[i - 2] === ')' || (!endsWithAbbreviation(t.slice(0, i - 1)) && t[i - 2 - w.length] !== '.')) {
      emit(p, {start: i - 1, end: i + 2, reason: DATELINE_REASON, expected: [' – ']})
      return
    }
  }
  // ", - much", "L1 -, and": a comma and a dash together.
  if (b === ' ' && t[i - 2] === ',' && space(a) && letter(t[i + 2])) {
    emit(p, {start: i - 2, end: i + 1, reason: 'Comma and dash together “, -”: keep the dash, “ – ”', expected: [' –'], certainty: 'likely'})
    return
  }
  if (space(b) && a === ',' && LETTER_OR_NUMBER.test(t[i - 2] ?? '')) {
    emit(p, {start: i - 1, end: i + 2, reason: 'Dash and comma together “ -,”: keep one of them', expected: [' –', ','], safe: false, certainty: 'likely'})
    return
  }
  // "Rome, SANA-The Italian", "Idleb, Hama, SANA-A military": the agency's name glued to the story's first word.
  if (i < 60 && (b === ')' || /^\p{Lu}{2,}$/u.test(wordBefore(t, i))) && datelineBefore(t, i) && datelineStart(t, i + 1)) {
    emit(p, {start: i, end: space(a) ? i + 2 : i + 1, reason: DATELINE_REASON, expected: [' – ']})
    return
  }
  // A hyphen spaced on one side only.
  if (space(b) && letter(a) && (letter(t[i - 2]) || CLOSER.test(t[i - 2] ?? ''))) {
    // " -which", "full -scale", "Indonesia -Many".
    const left = wordBefore(t, i - 1)
    const right = wordAfter(t, i + 1)
    oneSided(emit, p, i - 1, i + 1, left, right)
    return
  }
  if (space(a) && (letter(b) || b === ')') && letter(t[i + 2])) {
    // "newspaper- and" may be a suspended hyphen: "small- and medium-sized".
    const right = wordAfter(t, i + 2)
    if (SUSPENDED_HYPHEN_FOLLOWERS.has(right.toLowerCase()) && letter(b)) {
      // "newspaper- and in La Tercera" closes an aside opened with " -the": a dash.
      if (!/\s-\p{L}/u.test(t.slice(Math.max(0, i - 120), i))) return
    }
    const left = b === ')' ? '' : wordBefore(t, i)
    oneSided(emit, p, i, i + 2, left, right)
  }
}

const CLOSER = /[)"”’»]/

/** A dateline before `i`: place names with a comma ("Rome, SANA"), or capitals only ("PROVINCES,(SANA)"). */
function datelineBefore(t: string, i: number): boolean {
  const head = t.slice(0, i)
  return head.includes(',') || !/\p{Ll}/u.test(head)
}

/** The first word of a story after a dateline: a capitalised function word ("The", "A military", "According"). */
function datelineStart(t: string, at: number): boolean {
  let j = at
  if (space(t[j])) j++
  const w = wordAfter(t, j)
  if (w.length === 0 || !UPPER.test(w[0]) || !space(t[j + w.length])) return false
  if (w.length > 1 && !LOWER.test(w[1])) return false
  return STORY_OPENERS.has(w.toLowerCase())
}

/** Report a hyphen spaced on one side: a compound's hyphen or a dash (the compound first after a prefix). */
function oneSided(emit: Check['emit'], p: ParagraphInfo, start: number, end: number, left: string, right: string): void {
  const compound = left !== '' && isCompound(left, right)
  emit(p, {
    start,
    end,
    reason: compound
      ? `Hyphen spaced on one side only: the compound “${left}-${right}” without the space, or a dash spaced on both sides (“ – ”)`
      : 'Hyphen spaced on one side only: a dash, spaced on both sides (“ – ”), or a compound’s hyphen without the space',
    expected: compound ? ['-', ' – '] : [' – ', '-'],
    safe: false,
    certainty: 'likely'
  })
}

function isCompound(left: string, right: string): boolean {
  const l = left.toLowerCase()
  const r = right.toLowerCase()
  return COMBINING_PREFIXES.has(l) || (COMPOUND_HEADS.has(l) && COMPOUND_TAILS.has(r))
}

function dash({emit}: Check, p: ParagraphInfo, t: string, i: number, c: string): void {
  const b = t[i - 1]
  const a = t[i + 1]
  // ", – he said", ", — Ukrainian Foreign Minister": a comma and a dash together.
  if (space(b) && t[i - 2] === ',' && letter(t[i - 3]) && (space(a) || a === undefined)) {
    emit(p, {start: i - 2, end: i + 1, reason: `Comma and dash together “, ${c}”: keep the dash`, expected: [` ${c}`], certainty: 'likely'})
    return
  }
  // "co – leader", "far – right": a spaced dash inside a compound.
  if (space(b) && space(a) && letter(t[i - 2]) && letter(t[i + 2])) {
    const left = wordBefore(t, i - 1)
    const right = wordAfter(t, i + 2)
    if (LOWER.test(left[0] ?? '') && LOWER.test(right[0] ?? '') && isCompound(left, right)) {
      emit(p, {start: i - 1, end: i + 2, reason: `Spaced dash inside a compound: “${left}-${right}”`, expected: ['-']})
    }
    return
  }
  // "fact–any Syrian vessel": an en dash closed up between a word and a determiner or pronoun is an
  // aside's dash that lost its spaces (a compound's or range's dash never has such a word as a part).
  if (c === '\u2013' && letter(b) && letter(a)) {
    const left = wordBefore(t, i)
    const right = wordAfter(t, i + 1)
    if (left.length > 1 && LOWER.test(left[0]) && !FUNCTION_WORDS.has(left) && ASIDE_OPENERS.has(right)) {
      emit(p, {start: i, end: i + 1, reason: `Dash closed up between “${left}” and “${right}” (an aside, not a compound): space it, “ ${c} ”`, expected: [` ${c} `], certainty: 'likely'})
    }
    return
  }
  // The Spanish raya: closed up to the words of an aside on one side, spaced on the other.
  const reason = `Dash spaced on one side only (the Spanish style of an aside): space it on both sides, “ ${c} ”`
  if (space(b) && letter(a) && letter(t[i - 2])) {
    emit(p, {start: i - 1, end: i + 1, reason, expected: [` ${c} `], certainty: 'likely'})
    return
  }
  if (space(a) && letter(b) && letter(t[i + 2])) {
    emit(p, {start: i, end: i + 2, reason, expected: [` ${c} `], certainty: 'likely'})
  }
}

/** "CARACAS_ After", "(ST)_Syrian": an underscore standing for a dateline's dash. */
function underscore({emit}: Check, p: ParagraphInfo, t: string, i: number): void {
  const b = t[i - 1]
  const a = t[i + 1]
  if (!(letter(b) || b === ')')) return
  // Not inside a name or handle ("@A_ListMGMT", "snake_case"): a space after it, or a bracket before it.
  if (space(a) ? UPPER.test(t[i + 2] ?? '') && UPPER.test(t[i - 2] ?? '') : b === ')' && UPPER.test(a ?? '')) {
    emit(p, {start: i, end: space(a) ? i + 2 : i + 1, reason: 'Underscore where the dateline has a dash: use “ – ”', expected: [' – ']})
  }
}

/** "Awardees:•Order", "LLP.•Order": a list bullet inside the paragraph. */
function bullet({emit}: Check, p: ParagraphInfo, t: string, i: number): void {
  const b = t[i - 1]
  if (b === undefined || space(b)) return
  emit(p, {
    start: i - 1,
    end: i + 1,
    reason: 'A list bullet run into the paragraph: the list lost its line breaks — put each item on its own line',
    certainty: 'likely'
  })
}
