/**
 * untranslated, part: the tokens of a paragraph and what the copy around
 * them says.
 *
 * What it finds: the paragraph's words as tokens (normalised; capitalised;
 * sentence-initial, also after an opening quote, bracket, colon or dash;
 * inside a short quotation or bracketed gloss of at most eight words; joined
 * to the next by spaces only); the phrases among them — established loans
 * ("de facto": English, never flagged), page labels ("Ver más": only as a
 * label, alone or set off by punctuation, not inside a capitalised title)
 * and function phrases ("sin embargo": lower case, or capitalised at a
 * sentence start, not before a name); a capitalised strong word opening a
 * sentence that cannot be a name there ("Según el informe", "Selon the
 * report"; not "Durante said"); and the words of names: particles before a
 * capitalised word and words between two ("Banco de España", "von der
 * Leyen"), which stop being foreign.
 */
import type {ParagraphInfo} from '../support/document.js'
import {FLAG, isCommonWord, lookup} from '../support/lexicon.js'
import {LETTER, NON_ASCII, UPPER_START} from '../support/text.js'
import {Kind, type Check, type Token} from './context.js'
import {normalise, type Phrase, type Tables} from './tables.js'

/** What joins two tokens of a run: one to three spaces, tabs or no-break spaces, nothing else. */
const JOINING_SPACES = /^[ \t\u00a0]{1,3}$/

const OPENERS = '“‘«„‚‹"\'(['
const CLOSERS = '”’»“‘›"\')]'

/** Whether a code unit is one of OPENERS (the same test as `OPENERS.includes(text[i])`, without the string). */
function isOpenerCode(c: number): boolean {
  return c === 0x201c || c === 0x2018 || c === 0xab || c === 0x201e || c === 0x201a || c === 0x2039 || c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b
}

/**
 * Character ranges [start, end) of short quotations and bracketed glosses
 * (at most `maxWords` words), scanned by hand within a bounded window.
 */
function shortQuotes(text: string, maxWords: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const n = text.length
  let i = 0
  while (i < n) {
    // Most characters open nothing: one code test each, before any one-character string is made.
    if (!isOpenerCode(text.charCodeAt(i))) {
      i++
      continue
    }
    const c = text[i]
    if ((i === 0 || /[\s(\[—–-]/u.test(text[i - 1])) && i + 1 < n && (c === '«' || !/\s/u.test(text[i + 1]))) {
      const limit = Math.min(n, i + 160)
      let words = 1
      let found = -1
      for (let j = i + 1; j < limit; j++) {
        const d = text[j]
        if (d === ' ') {
          words++
          if (words > maxWords) break
          continue
        }
        if (c === '(' || c === '[') {
          if (d === (c === '(' ? ')' : ']')) {
            found = j
            break
          }
          continue
        }
        if (CLOSERS.includes(d) && (d === '»' || !/\s/u.test(text[j - 1]))) {
          const after = j + 1 < n ? text[j + 1] : ''
          // An apostrophe inside a word ("Aleppo’s") is not a closing quote.
          if ((d === '’' || d === "'") && LETTER.test(after)) continue
          if (d === ')' || d === ']') continue
          found = j
          break
        }
      }
      if (found > 0) {
        ranges.push([i, found + 1])
        i = found + 1
        continue
      }
    }
    i++
  }
  return ranges
}

export function tokenize(p: ParagraphInfo): Token[] {
  const quotes = shortQuotes(p.text, 8)
  const tokens: Token[] = []
  let q = 0
  const words = p.words
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    if (!LETTER.test(w.value)) continue
    while (q < quotes.length && quotes[q][1] <= w.start) q++
    const quoted = q < quotes.length && quotes[q][0] < w.start && w.end <= quotes[q][1]
    const sentenceWords = w.sentence.words
    let initial = sentenceWords[0] === w
    if (!initial && w.start > 0) {
      // After an opening quote or bracket, or a colon/dash.
      let k = w.start - 1
      while (k > 0 && p.text.charCodeAt(k) === 0x20) k--
      const c = p.text[k]
      initial = '“‘«„"(\'[:—–'.includes(c) && (k === 0 || /[\s(\[]/u.test(p.text[k - 1]) || c === ':' || c === '—')
    }
    tokens.push({
      word: w,
      norm: normalise(w.value),
      kind: Kind.Other,
      score: 0,
      langs: [],
      gloss: '',
      phrase: undefined,
      quoted,
      capital: UPPER_START.test(w.value),
      initial,
      joined: false
    })
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i].word
    const b = tokens[i + 1].word
    tokens[i].joined = a.sentence === b.sentence && JOINING_SPACES.test(p.text.slice(a.end, b.start))
  }
  return tokens
}


export function matchPhrases(p: ParagraphInfo, tokens: Token[], covered: Uint8Array, c: Check): void {
  const {tb, accepted} = c
  for (let i = 0; i < tokens.length; i++) {
    const list = tb.phrases.get(tokens[i].norm)
    if (!list) continue
    let match: Phrase | undefined
    for (const phrase of list) {
      if (i + phrase.tokens.length > tokens.length) continue
      let ok = true
      for (let k = 1; k < phrase.tokens.length && ok; k++) {
        ok = tokens[i + k - 1].joined && tokens[i + k].norm === phrase.tokens[k]
      }
      if (ok) {
        match = phrase
        break
      }
    }
    if (!match) continue
    const end = i + match.tokens.length
    if (match.kind === 'loan' || accepted.has(match.tokens.join(' '))) {
      for (let k = i; k < end; k++) covered[k] = 1
      i = end - 1
      continue
    }
    const first = tokens[i]
    if (first.quoted) continue
    if (match.kind === 'phrase') {
      // Function phrases: lower case, or capitalised at a sentence start.
      if (first.capital && !first.initial) continue
      let caps = false
      for (let k = i + 1; k < end; k++) if (tokens[k].capital) caps = true
      if (caps) continue
      // Not part of a name ("Banco de España" never reaches here; "Lo Que" titles are capitalised).
      if (end < tokens.length && tokens[end - 1].joined && tokens[end].capital && tb.particles.has(tokens[end - 1].norm)) continue
    } else if (!pageContext(p, tokens, i, end)) {
      continue
    }
    const phrase = {start: i, end, page: match.kind === 'page'}
    for (let k = i; k < end; k++) {
      const t = tokens[k]
      covered[k] = 1
      t.kind = Kind.Strong
      t.score = k === i ? 3 : 0
      t.langs = match.langs
      t.gloss = match.gloss
      t.phrase = phrase
    }
    i = end - 1
  }
}

/**
 * A page label is a label: alone on its line, or set off by punctuation
 * (". Leer más", "Ver más »"), or in lower case inside a sentence; a
 * capitalised phrase inside a title ("Lo Más Leído del Año") is not.
 */
function pageContext(p: ParagraphInfo, tokens: Token[], i: number, end: number): boolean {
  const first = tokens[i]
  if (!first.capital) return true
  if (first.initial) return true
  let k = first.word.start - 1
  while (k >= 0 && /\s/u.test(p.text[k])) k--
  return k < 0 || '.!?|:»›>•·–—-'.includes(p.text[k]) || end === tokens.length
}


/** Particles before a capitalised word, and words between two capitalised words, belong to names. */
export function nameContext(tokens: Token[], tb: Tables): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.kind === Kind.Other || t.capital || t.phrase) continue
    const nextCap = capitalAhead(tokens, i, tb)
    if (!nextCap) continue
    const prevCap = i > 0 && tokens[i - 1].joined && tokens[i - 1].capital
    if (tb.particles.has(t.norm) || prevCap) {
      t.kind = Kind.Other
      t.score = 0
    }
  }
}

/** The next word (after up to three particles) is capitalised and joined. */
function capitalAhead(tokens: Token[], i: number, tb: Tables): boolean {
  let j = i
  for (let steps = 0; steps < 4; steps++) {
    if (!tokens[j].joined || j + 1 >= tokens.length) return false
    const next = tokens[j + 1]
    if (next.capital || /^\p{Ll}{1,3}['’]\p{Lu}/u.test(next.word.value)) return true
    if (!tb.particles.has(next.norm)) return false
    j++
  }
  return false
}

/** Sentence-initial capitalised strong words that cannot be names there ("Según el informe", "Selon the report"). */
export function markInitialStrong(tokens: Token[], covered: Uint8Array, c: Check): void {
  const {tb, accepted, index} = c
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (covered[i] || t.quoted || !t.capital || !t.initial) continue
    const entry = tb.words.get(t.norm)
    if (!entry?.strong || isCommonWord(t.norm) || accepted.has(t.norm)) continue
    const next = i + 1 < tokens.length && t.joined ? tokens[i + 1] : undefined
    const foreignNext = next !== undefined && !next.capital && next.kind !== Kind.Other
    // Else only a word that cannot be a name: accented ("Según"), or not a
    // name in the dictionary and not used as a name elsewhere in the copy
    // ("Selon the report" yes; "Durante said" no).
    const nameLike =
      (lookup(t.norm) & FLAG.NAME) !== 0 || (index.counts.get(t.word.value) ?? 0) > 1 || t.norm.length < 4
    if (!foreignNext && !NON_ASCII.test(t.norm) && (nameLike || next === undefined || next.capital)) continue
    t.kind = Kind.Strong
    t.score = 3
    t.langs = entry.langs
    t.gloss = entry.gloss
  }
}
