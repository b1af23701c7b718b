/**
 * A body paragraph that stops without final punctuation, when no line break
 * explains it (broken.ts runs first).
 *
 * How it decides: only body copy is judged (see support/blocks.ts roles);
 * never a heading (the first line only when it is body copy by its shape:
 * long, several sentences), a bracketed aside, a leaked entity, an
 * all-capitals title, a team sheet, or a line before a transcript's time code.
 * It is flagged when it
 * - ends with a comma or semicolon;
 * - ends with a word no sentence ends with ("the", "of", "and" …): cut in
 *   mid-sentence (reported without a full stop to add);
 * - holds several sentences and only the last lacks a stop;
 * - runs to 16 words or more between two terminated body paragraphs, or
 *   reads as a sentence (mostly lower-case words) between body copy or a
 *   subhead and a subhead or a list (not right after the headline: a
 *   standfirst may go without a stop);
 * - reads as a sentence of 16 words or more and ends on a name after a
 *   comma or "and" ("…, the minister said this afternoon, Ana Costa"), before
 *   a terminated paragraph, a subhead, a list or the end (also right after
 *   the headline: a title, caption or byline does not end so);
 * - is the last paragraph and ends with a closing quotation mark with no
 *   stop inside it.
 */
import {isTerminated, wordCount, type Role} from '../support/blocks.js'
import type {ParagraphInfo} from '../support/document.js'
import {FUNCTION_WORDS} from '../data/english-words.js'
import {LOWER, LOWER_START} from '../support/text.js'
import {lastToken} from './broken.js'

/**
 * Words no sentence ends with: articles, possessive determiners,
 * conjunctions and the prepositions that always take an object.  Not "her",
 * "this", "that", "in", "on", "by" … ("according to her", "he agreed to
 * this", "they moved in").
 */
const DANGLING = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'but', 'nor', 'to', 'for', 'with', 'from', 'as', 'into', 'onto', 'than',
  'its', 'their', 'his', 'our', 'your', 'my', 'whose', 'because', 'whether', 'between', 'among', 'including'
])

export interface Verdict {
  /** Why, in words. */
  why: string
  /** Start of the flagged token in the paragraph text. */
  start: number
  token: string
  /** The token with its full stop. */
  fix: string
  /** The paragraph stops after a word no sentence ends with. */
  dangling?: boolean
}

const CLOSING_QUOTES = /["”’»']+$/u
const LAST_WORD = /([\p{L}'’]+)$/u
const ENTITY_END = /&#?[a-z0-9]{1,10};$/i
const TWO_CAPITALS = /\p{Lu}{2}/u
const TEAM_SHEET = /:\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)+$/u
const NEXT_SENTENCE = /[.!?]["”’)]?\s+\p{Lu}/u
/** A transcript's time code glued to the text of the next line: "00:16the …" (not a live blog's "19:45" line). */
const TIME_CODE_START = /^\d{1,2}[:.]\d{2}\p{L}/u
const WORDS = /[\p{L}][\p{L}'’-]*/gu
const NAME_CHAR = /[\p{L}'’-]/u
const UPPER_START = /\p{Lu}/u

// The tests run cheapest first, and a regular expression only where its
// answer can matter (each Unicode class costs about half a millisecond to
// compile on first use, which a pre-commit hook pays on every run).
export function judge(paragraphs: ParagraphInfo[], role: Role[], i: number, text: string): Verdict | undefined {
  const r = role[i]
  if (r === 'list' || r === 'dateline' || r === 'byline' || r === 'credit') return undefined
  // A Markdown/HTML heading is a heading, whatever follows it.
  if (paragraphs[i].block === 'heading') return undefined
  const lastChar = text[text.length - 1]
  // A closing bracket ends an aside or a credit: "(btw, I agree)", "(Reuters)", "Jane Roe (Kent)".
  if (lastChar === ')') return undefined
  // A leaked HTML entity ("&lt;", "br /&gt;") is the markup rule's finding.
  if (lastChar === ';' && ENTITY_END.test(text)) return undefined
  const lastSentence = text.slice(Math.max(text.lastIndexOf('. '), text.lastIndexOf('? '), text.lastIndexOf('! ')) + 1).trim()
  // An all-capitals title ("THE LEGEND OF ZELDA") or a team sheet ("Not used: Fury, Brooks").
  if (TWO_CAPITALS.test(lastSentence) && !LOWER.test(lastSentence)) return undefined
  if (lastSentence.includes(':') && TEAM_SHEET.test(lastSentence)) return undefined
  const next = paragraphs[i + 1]
  const nextText = next?.text.trimStart()
  // The next line opens with a time code glued to its text: a transcript's segments (merged-words reports the code).
  if (nextText !== undefined && TIME_CODE_START.test(nextText)) return undefined
  // A lower-case next line that broken.ts did not join is not English copy (a slug, a caption).
  if (nextText !== undefined && role[i + 1] === 'body' && LOWER_START.test(nextText)) return undefined
  // Headlines and subheads may end any way they like ("What to look out for"), but not mid-clause.
  if (r === 'heading') return lastChar === ',' || lastChar === ';' ? stop(text, `it ends with “${lastChar}”`) : undefined
  if (lastChar === ',' || lastChar === ';') return stop(text, `it ends with “${lastChar}”`)
  const lastWord = LAST_WORD.exec(text)?.[1]
  if (lastWord && DANGLING.has(lastWord.toLowerCase())) {
    return {why: `it ends with “${lastWord}”`, start: text.length - lastWord.length, token: lastWord, fix: lastWord, dangling: true}
  }

  // Body copy: several sentences, or long and between sentences.
  const p = paragraphs[i]
  // (A one-word tail is an agency trailer or a slug: "… in May. reuter", "… next week. More".)
  const severalSentences = p.sentences.length > 1 && NEXT_SENTENCE.test(text) && lastSentence.includes(' ')
  const words = wordCount(text)
  const nextRole = next === undefined ? undefined : role[i + 1]
  const nextClosed = next !== undefined && isTerminated(next.text.trimEnd())
  const beforeBreak = nextRole === 'heading' || nextRole === 'list'
  if (i === 0) {
    // The first line is the headline, unless it is plainly prose: several
    // sentences, or a long sentence with a semicolon before a subhead or list.
    if (severalSentences && words >= 16 && readsAsSentence(text)) return stop(text, 'its last sentence has no full stop')
    if (words >= 20 && text.includes('; ') && beforeBreak && readsAsSentence(text)) return stop(text, 'its sentence has no full stop')
    return undefined
  }
  if (severalSentences) return stop(text, 'its last sentence has no full stop')
  const prev = paragraphs[i - 1]
  const prevRole = role[i - 1]
  const prevClosed = prevRole === 'body' && isTerminated(prev.text.trimEnd())
  if (words >= 16 && prevClosed && nextClosed) return stop(text, 'its sentence has no full stop')
  // A sentence after a subhead or before one, a list or the end of the story.
  // (Not right after the headline: a standfirst may go without a stop.)
  if (words >= 16 && i > 1 && (prevClosed || prevRole === 'heading') && (beforeBreak || nextClosed) && readsAsSentence(text)) {
    return stop(text, 'its sentence has no full stop')
  }
  // Running prose that ends on a name after a comma or "and" ("…, the minister said this afternoon,
  // Ana Costa"; "…, Peru’s Jose Ruiz and Bolivia’s Ana Costa"): a sentence, also right after the
  // headline or an unterminated line; a title, caption or byline is short or not mostly lower case.
  if (words >= 16 && (next === undefined || nextClosed || beforeBreak) && endsWithName(text) && readsAsSentence(text)) {
    return stop(text, 'its sentence has no full stop')
  }
  // The story's last paragraph closes a quotation without a stop: “… and we will win”.
  if (next === undefined && words >= 8 && CLOSING_QUOTES.test(text) && LOWER.test(text[text.search(CLOSING_QUOTES) - 1] ?? '') && readsAsSentence(text)) {
    return stop(text, 'the quotation has no full stop')
  }
  return undefined
}

/**
 * The verdict for a missing stop: on the last word (with its closing quotes), the fix puts the stop inside them.
 * A lone closing guillemet with no opening one in the paragraph is no quotation (a read-more marker glued
 * on, the quotes rule's finding): the stop goes on the word, which is reported alone.
 */
function stop(text: string, why: string): Verdict {
  let quotes = CLOSING_QUOTES.exec(text)?.[0] ?? ''
  const body = text.slice(0, text.length - quotes.length)
  const m = lastToken(body)
  if (!m) return {why, start: text.length - 1, token: text.slice(-1), fix: text.slice(-1) + '.'}
  const word = m[0].trimEnd()
  if (word === ',' || word === ';') return {why, start: m.index, token: word, fix: '.'}
  if (quotes === '»' && !text.includes('«')) quotes = ''
  return {why, start: m.index, token: word + quotes, fix: word + '.' + quotes}
}

/**
 * Does the paragraph end on a name after a comma or "and" (one to four
 * capitalised words, "Peru’s Jose Ruiz", "Díaz-Canel")?  Read backwards
 * from the end, word by word, without a regular expression.
 */
function endsWithName(text: string): boolean {
  let end = text.length
  for (let words = 0; words < 4; words++) {
    let start = end
    while (start > 0 && NAME_CHAR.test(text[start - 1])) start--
    if (start === end || !UPPER_START.test(text[start])) return false
    if (start < 2 || text[start - 1] !== ' ') return false
    const before = text[start - 2]
    if (before === ',') return true
    if (text.endsWith(' and', start - 1)) return true
    end = start - 1
  }
  return false
}

/** Mostly lower-case words with function words among them: a sentence, not a title or a list of names. */
function readsAsSentence(text: string): boolean {
  let lower = 0
  let all = 0
  let functionWords = 0
  for (const m of text.matchAll(WORDS)) {
    all++
    const w = m[0]
    if (LOWER_START.test(w)) {
      lower++
      if (FUNCTION_WORDS.has(w)) functionWords++
    }
  }
  return all > 0 && lower / all >= 0.45 && functionWords >= 3
}
