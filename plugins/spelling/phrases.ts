/**
 * spelling, part: misspellings that are words — the evidence is the words
 * around them.
 *
 * What it finds, and how it decides:
 * - a real word in place of the story's own word ("Prime Minster" beside
 *   "Prime Minister", "prime minster" beside "prime minister"): the same
 *   word (no function word) before both at least twice, the odd one a letter
 *   short of the story's form or two letters swapped, inside the word (not
 *   in its last three letters: "games"/"gamers" is grammar), the story's
 *   form at least three times as often.
 * - a stray letter ("the e same"): a lone lower-case letter other than "a",
 *   "i", "o" or "x" between a function word and a dictionary word.
 * - a sentence-initial function word missing a letter ("Te PM said"): see
 *   `droppedLetter`.
 * - the disease's name with its number detached ("covid 19", "Covid 19"):
 *   English writes "COVID-19" (WHO's name, ICD-10 code U07.1) or "Covid-19".
 * - a thing's word where its twin names a person (data PERSON_TWINS: "aid"
 *   for "aide"): a possessive before it ("his aid") and a person after it —
 *   a speech verb right after ("his aid said") or a relative "who" within
 *   five words of the same clause, with no "to", "for", "from", "and" or
 *   "of" between (which could bring in the person: "her aid to refugees,
 *   who").
 * - "yo" for "you" (a letter dropped): lower case between a lower-case
 *   dictionary word that is no function word and an English function word
 *   ("telling yo to"); not the interjection, which opens its clause or
 *   stands before a comma ("Yo, listen"), nor Spanish text (no English
 *   function word after it).
 */
import {FUNCTION_WORDS} from '../data/english-words.js'
import {PERSON_TWINS, POSSESSIVE_DETERMINERS, SPEECH_VERBS} from '../data/spelling-words.js'
import type {DocumentIndex, WordInfo} from '../support/document.js'
import {FLAG, lookup} from '../support/lexicon.js'
import type {Spotted} from './capitalised.js'

const COVID = /(?<![\p{L}\p{N}-])(covid|Covid|COVID)[ \u00a0]19(?![\p{N}-])/gu

const LETTERS = /^[a-z]+$/

/** Function words that start sentences, capitalised: one letter dropped from them is a typo ("Te" for "The"). */
const STARTERS = ['The', 'This', 'That', 'They', 'There', 'These', 'Those', 'Then', 'When', 'What', 'While']

/**
 * A capitalised word of two or three letters opening a sentence, no common
 * word of English in capitals ("Te"), one letter short of a function word
 * that opens sentences, before an all-capitals acronym or a lower-case
 * dictionary word ("Te PM expressed", "Te minister said"; not a Māori "Te
 * Whatu Ora" or "Te reo").
 */
function droppedLetter(w: WordInfo, next: WordInfo, out: Spotted[]): void {
  const v = w.value
  if (v.length < 2 || v.length > 4 || !/^[A-Z][a-z]+$/.test(v) || next.start - w.end !== 1) return
  // Not a word of its own ("Ten years ago"); two letters may be a note ("te") and still a typo.
  if (FUNCTION_WORDS.has(v.toLowerCase()) || (v.length > 2 && (lookup(v.toLowerCase()) & FLAG.LOWER) !== 0)) return
  const n = next.value
  const acronym = /^[A-Z]{2,5}$/.test(n)
  const word = /^[a-z]{3,}$/.test(n) && (lookup(n) & FLAG.LOWER) !== 0
  if (!acronym && !word) return
  for (const starter of STARTERS) {
    if (starter.length !== v.length + 1) continue
    for (let i = 1; i < starter.length; i++) {
      if (starter.slice(0, i) + starter.slice(i + 1) === v) {
        out.push({
          paragraph: w.paragraph, start: w.start, end: w.end,
          reason: `“${v}” opening the sentence: a letter dropped from “${starter}”?`,
          expected: [starter]
        })
        return
      }
    }
  }
}

export function phraseTypos(index: DocumentIndex, out: Spotted[]): void {
  for (const p of index.paragraphs) {
    for (const s of p.sentences) {
      const words = s.words
      // "Te PM said": a sentence-initial function word missing a letter.
      if (words.length > 1 && words[0].value.length <= 4) droppedLetter(words[0], words[1], out)
      for (let i = 1; i + 1 < words.length; i++) {
        const w = words[i]
        if (w.value.length !== 1) continue
        // A stray letter: "the e same".
        const lower = w.value
        if (!/[b-hj-np-wyz]/.test(lower)) continue
        const prev = words[i - 1]
        const next = words[i + 1]
        if (
          FUNCTION_WORDS.has(prev.value.toLowerCase()) && w.start - prev.end === 1 && next.start - w.end === 1 &&
          /^\p{Ll}{2,}$/u.test(next.value) && (lookup(next.value) & FLAG.LOWER) !== 0
        ) {
          out.push({
            paragraph: p, start: prev.start, end: next.end,
            reason: `Stray letter “${w.value}” in “${prev.value} ${w.value} ${next.value}”: delete it`,
            expected: [`${prev.value} ${next.value}`]
          })
        }
      }
    }
  }
  realWordTwins(index, out)
  personTwins(index, out)
  // "covid 19".
  for (const p of index.paragraphs) {
    const text = p.masked
    if (!text.includes('19')) continue
    COVID.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = COVID.exec(text)) !== null) {
      out.push({
        paragraph: p, start: m.index, end: m.index + m[0].length,
        reason: `“${m[0]}”: the disease is written with a hyphen (“COVID-19”, or “Covid-19” in British style)`,
        expected: [m[1] === 'Covid' ? 'Covid-19' : 'COVID-19']
      })
    }
  }
}

/**
 * A real word in place of the story's own word after the same word ("Prime
 * Minster" beside "Prime Minister" three times).  Found from the story's
 * words used three times or more: their inner deletions and swaps looked up
 * among the story's own words of six letters or more (no lexicon search),
 * then each odd occurrence
 * checked for the same word before it as before the story's form.
 */
function realWordTwins(index: DocumentIndex, out: Spotted[]): void {
  // Counts of the story's words of six letters or more (lower case): all a twin can be.
  const counts = new Map<string, number>()
  for (const w of index.words) {
    const v = w.value
    if (v.length < 6) continue
    // Most words are lower case already: no new string for them.
    const c = v.charCodeAt(0)
    const lower = c >= 0x61 && c <= 0x7a ? v : v.toLowerCase()
    counts.set(lower, (counts.get(lower) ?? 0) + 1)
  }
  let twins: Array<[string, string]> | undefined
  for (const [main, c] of counts) {
    if (c < 3 || main.length < 7 || !LETTERS.test(main)) continue
    for (let i = 1; i < main.length - 3; i++) {
      const deleted = main.slice(0, i) + main.slice(i + 1)
      const dc = counts.get(deleted)
      if (dc !== undefined && c >= 3 * dc) (twins ??= []).push([deleted, main])
      if (main[i] !== main[i + 1]) {
        const swapped = main.slice(0, i) + main[i + 1] + main[i] + main.slice(i + 2)
        const sc = counts.get(swapped)
        if (sc !== undefined && c >= 3 * sc) (twins ??= []).push([swapped, main])
      }
    }
  }
  if (!twins) return
  for (const [odd, main] of twins) {
    if ((lookup(main) & FLAG.LOWER) === 0) continue
    // The words before the story's form, and the odd occurrences.
    const before = new Map<string, number>()
    const oddWords: Array<[WordInfo, string]> = []
    for (const p of index.paragraphs) {
      for (const s of p.sentences) {
        const words = s.words
        for (let i = 1; i < words.length; i++) {
          const lower = words[i].value.toLowerCase()
          if (lower !== main && lower !== odd) continue
          const prev = words[i - 1]
          if (words[i].start - prev.end !== 1) continue
          const p = prev.value.toLowerCase()
          if (lower === main) before.set(p, (before.get(p) ?? 0) + 1)
          else oddWords.push([words[i], p])
        }
      }
    }
    for (const [w, prev] of oddWords) {
      const n = before.get(prev) ?? 0
      if (n < 2 || FUNCTION_WORDS.has(prev)) continue
      const fixed = w.value[0] === w.value[0].toUpperCase() ? main[0].toUpperCase() + main.slice(1) : main
      out.push({
        paragraph: w.paragraph, start: w.start, end: w.end,
        reason: `“${w.value}” after “${prev}”, where the story writes “${prev} ${main}” ${n}×: a misspelling of “${fixed}”?`,
        expected: [fixed]
      })
    }
  }
}

/** Words that may bring in another noun between a twin and its "who" ("aid to refugees, who"). */
const BRINGERS: ReadonlySet<string> = new Set(['to', 'for', 'from', 'and', 'of', 'or', 'with'])

/** "his aid, who" → "aide"; "telling yo to" → "you". */
function personTwins(index: DocumentIndex, out: Spotted[]): void {
  // Plain searches first: most stories hold neither word.
  const value = index.value
  if (!value.includes(' aid') && !value.includes(' yo ')) return
  for (const p of index.paragraphs) {
    for (const s of p.sentences) {
      const words = s.words
      for (let i = 1; i < words.length; i++) {
        const w = words[i]
        const v = w.value
        if (v === 'yo') {
          yoForYou(words, i, out)
          continue
        }
        if (v.length < 3 || v.length > 4 || !Object.hasOwn(PERSON_TWINS, v)) continue
        const prev = words[i - 1]
        if (w.start - prev.end !== 1 || !POSSESSIVE_DETERMINERS.has(prev.value.toLowerCase())) continue
        if (!personFollows(p.text, words, i)) continue
        const twin = PERSON_TWINS[v]
        out.push({
          paragraph: p, start: w.start, end: w.end,
          reason: `“${prev.value} ${v}” names a person here (${personCue(p.text, words, i)}): “${v}” is assistance, the person is an “${twin}”`,
          expected: [twin]
        })
      }
    }
  }
}

/** A speech verb right after the word, or "who" within five words of its clause with no word that brings in another noun. */
function personFollows(text: string, words: readonly WordInfo[], i: number): boolean {
  const next = words[i + 1]
  if (next && next.start - words[i].end === 1 && SPEECH_VERBS.has(next.value)) return true
  for (let k = i + 1; k < words.length && k <= i + 6; k++) {
    const gap = text.slice(words[k - 1].end, words[k].start)
    const v = words[k].value
    if (v === 'who') return gap === ' ' || gap === ', '
    // Only spaces and hyphens inside the clause.
    if (gap !== ' ' && gap !== '-') return false
    if (BRINGERS.has(v.toLowerCase())) return false
  }
  return false
}

function personCue(text: string, words: readonly WordInfo[], i: number): string {
  const next = words[i + 1]
  if (next && SPEECH_VERBS.has(next.value) && next.start - words[i].end === 1) return `“${next.value}” follows`
  return '“who” follows'
}

/** "telling yo to": a dictionary word that is no function word, "yo", an English function word, one space each. */
function yoForYou(words: readonly WordInfo[], i: number, out: Spotted[]): void {
  const prev = words[i - 1]
  const next = words[i + 1]
  const w = words[i]
  if (!next || w.start - prev.end !== 1 || next.start - w.end !== 1) return
  const pv = prev.value
  if (!/^\p{Ll}{2,}$/u.test(pv) || FUNCTION_WORDS.has(pv) || (lookup(pv) & FLAG.LOWER) === 0) return
  if (!FUNCTION_WORDS.has(next.value)) return
  out.push({
    paragraph: w.paragraph, start: w.start, end: w.end,
    reason: `“${pv} yo ${next.value}”: a letter dropped from “you”?`,
    expected: ['you']
  })
}
