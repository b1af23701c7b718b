/**
 * spelling, part: misspellings that are words — the evidence is the words
 * around them.
 *
 * What it finds, and how it decides:
 * - a real word in place of the story's own word ("Prime Minster" beside
 *   "Prime Minister", "prime minster" beside "prime minister"): the same
 *   word before both, the two one letter inserted, dropped or swapped apart
 *   (not at the end: "state"/"states" is grammar), the story's form at
 *   least twice and at least three times as often as the odd one.
 * - a stray letter ("the e same"): a lone lower-case letter other than "a",
 *   "i", "o" or "x" between a function word and a dictionary word.
 * - a sentence-initial function word missing a letter ("Te PM said"): see
 *   `droppedLetter`.
 * - the disease's name with its number detached ("covid 19", "Covid 19"):
 *   English writes "COVID-19" (WHO's name, ICD-10 code U07.1) or "Covid-19".
 */
import {FUNCTION_WORDS} from '../data/english-words.js'
import type {DocumentIndex, WordInfo} from '../support/document.js'
import {FLAG, lookup} from '../support/lexicon.js'
import type {Spotted} from './capitalised.js'

const COVID = /(?<![\p{L}\p{N}-])(covid|Covid|COVID)[ \u00a0]19(?![\p{N}-])/gu

/**
 * Insertion, deletion or transposition apart, inside the word: not in its
 * last three letters ("gamers"/"games", "state"/"states" are grammar).
 */
function innerEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || !LETTERS.test(a) || !LETTERS.test(b)) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (i >= Math.max(a.length, b.length) - 3) return false
  if (a.length === b.length) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  return long.slice(i + 1) === short.slice(i)
}

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
  // Bigrams of the document: previous word → word → occurrences.
  const bigrams = new Map<string, Map<string, WordInfo[]>>()
  for (const p of index.paragraphs) {
    for (const s of p.sentences) {
      const words = s.words
      for (let i = 0; i < words.length; i++) {
        const w = words[i]
        const lower = w.value.toLowerCase()
        // A stray letter: "the e same".
        if (lower.length === 1 && w.value === lower && /[b-hj-np-wyz]/.test(lower) && i > 0 && i + 1 < words.length) {
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
        // "Te PM said": a sentence-initial function word missing a letter.
        if (i === 0 && words.length > 1) droppedLetter(w, words[1], out)
        if (i === 0 || lower.length < 5 || w.start - words[i - 1].end !== 1) continue
        const prev = words[i - 1].value.toLowerCase()
        let row = bigrams.get(prev)
        if (!row) {
          row = new Map()
          bigrams.set(prev, row)
        }
        const list = row.get(lower)
        if (list) list.push(w)
        else row.set(lower, [w])
      }
    }
  }
  // A real word in place of the story's own word after the same word.
  for (const [prev, row] of bigrams) {
    if (row.size < 2 || FUNCTION_WORDS.has(prev)) continue
    for (const [odd, oddWords] of row) {
      for (const [main, mainWords] of row) {
        if (mainWords.length < 2 || mainWords.length < 3 * oddWords.length || !innerEdit(odd, main)) continue
        if ((lookup(main) & FLAG.LOWER) === 0) continue
        for (const w of oddWords) {
          const fixed = w.value[0] === w.value[0].toUpperCase() ? main[0].toUpperCase() + main.slice(1) : main
          out.push({
            paragraph: w.paragraph, start: w.start, end: w.end,
            reason: `“${w.value}” after “${prev}”, where the story writes “${prev} ${main}” ${mainWords.length}×: a misspelling of “${fixed}”?`,
            expected: [fixed]
          })
        }
      }
    }
  }
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
