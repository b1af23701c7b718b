/**
 * untranslated, part: whole sentences left in the source language.
 *
 * What it finds: in each sentence of six words or more, its most foreign
 * stretch — the whole sentence when foreign words outweigh English ones 1.5
 * to 1 (less an English lead-in or tail: "The minister told reporters:
 * “…”"), else the maximum-sum segment (foreign words +1, English −1.5, names
 * and particles 0), extended back over the capitalised words that open it.
 * How it decides: the stretch needs four foreign words, two of them listed,
 * and is confirmed with franc-min (English and the five source languages
 * only; names left out of its input; English first, or English above 0.9,
 * clears it; close calls go to the word lists' votes); without franc-min, a
 * stricter count.  Adjacent foreign sentences are reported once, merged; a
 * quotation, a stretch followed by an English gloss, or a capitalised stretch
 * with English on both sides of it (a title: "He read Cien años de soledad on
 * the plane") is information.  franc-min is loaded only when a sentence gets
 * this far.
 */
import {createRequire} from 'node:module'
import type {LanguageCode} from '../data/untranslated.js'
import type {ParagraphInfo, SentenceInfo} from '../support/document.js'
import {isCommonWord} from '../support/lexicon.js'
import {classifyLower} from './classify.js'
import {Kind, type Check, type Token} from './context.js'
import {glossed} from './runs.js'
import {LANGUAGE_NAMES} from './tables.js'

const FRANC_ONLY = ['eng', 'spa', 'ita', 'fra', 'por', 'deu']

type FrancAll = (value: string, options?: {only?: string[]; minLength?: number}) => Array<[string, number]>

let francAll: FrancAll | undefined
let francState: 'idle' | 'loaded' | 'pending' | 'failed' = 'idle'

/**
 * franc-min, loaded on first use: synchronously where Node can require an ES
 * module (Node ≥ 20.19), else in the background for the next files (this
 * file then falls back to the word lists).
 */
function getFranc(): FrancAll | undefined {
  if (francState === 'loaded') return francAll
  if (francState !== 'idle') return undefined
  try {
    const mod = createRequire(import.meta.url)('franc-min') as {francAll?: FrancAll}
    if (typeof mod.francAll === 'function') {
      francAll = mod.francAll
      francState = 'loaded'
      return francAll
    }
  } catch {
    // Older Node: load asynchronously below.
  }
  francState = 'pending'
  import('franc-min').then(
    (mod) => {
      francAll = mod.francAll as FrancAll
      francState = 'loaded'
    },
    () => {
      francState = 'failed'
    }
  )
  return undefined
}

/** Find, judge and report the foreign sentences of a paragraph; mark their tokens `done`. */
export function sentenceLevel(c: Check, p: ParagraphInfo, tokens: Token[], done: Uint8Array): void {
  const found: Array<{
    from: number
    to: number
    start: number
    end: number
    lang: LanguageCode
    quoted: boolean
    embedded: boolean
  }> = []
  let i = 0
  while (i < tokens.length) {
    const sentence = tokens[i].word.sentence
    let j = i
    while (j < tokens.length && tokens[j].word.sentence === sentence) j++
    const segment = foreignSegment(c, tokens, i, j)
    if (segment) {
      const verdict = judgeSegment(c, tokens, segment[0], segment[1])
      if (verdict) {
        // A capitalised foreign stretch with English on both sides in the
        // same sentence is a title or a name ("He read Cien años de
        // soledad on the plane"), not a sentence the engine skipped.
        let [a, b] = segment
        let f = a
        while (f < b && segmentWeight(c, tokens[f]) <= 0) f++
        let l = b
        while (l > f && segmentWeight(c, tokens[l]) <= 0) l--
        let s0 = f
        while (s0 > i && tokens[s0 - 1].joined && tokens[s0 - 1].capital) s0--
        let before = false
        let after = false
        for (let t = i; t < f && !before; t++) before = segmentWeight(c, tokens[t]) < 0
        for (let t = l + 1; t < j && !after; t++) after = segmentWeight(c, tokens[t]) < 0
        const embedded = before && after && tokens[s0].capital && !tokens[s0].initial
        if (embedded) {
          a = s0
          b = l
        }
        const [start, end] = segmentSpan(p, tokens, a, b, sentence)
        found.push({from: a, to: b, start, end, ...verdict, embedded})
      }
    }
    i = j
  }
  // Merge foreign stretches separated only by spaces and punctuation.
  let k = 0
  while (k < found.length) {
    let m = k
    while (m + 1 < found.length && !/[\p{L}\p{N}]/u.test(p.text.slice(found[m].end, found[m + 1].start))) m++
    const first = found[k]
    const last = found[m]
    // A quotation in the original language followed by its English gloss
    // is deliberate: “Ni una menos” (Not one less).
    const gloss = glossed(p, last.end)
    const quoted = found.slice(k, m + 1).every((f) => f.quoted)
    const embedded = k === m && first.embedded
    const name = LANGUAGE_NAMES[first.lang]
    const count = m - k + 1
    c.reportText(p, first.start, last.end, {
      severity: quoted || gloss || embedded ? 'info' : c.severity,
      reason: gloss
        ? `Quotation in ${name}, followed by a gloss: check that it is meant to stay in ${name}`
        : embedded
          ? `Words in ${name} inside an English sentence: a title or name? Otherwise translate them`
          : quoted
          ? `Quotation left in ${name}: translate it or add an English gloss`
          : count > 1
            ? `${count} sentences left untranslated (${name})`
            : `Sentence left untranslated (${name})`
    })
    for (let t = first.from; t <= last.to; t++) done[t] = 1
    k = m + 1
  }
}


/**
 * The stretch of a sentence that reads most foreign (maximum-sum
 * segment: foreign words +1, English words −2, names 0), extended back
 * over the capitalised words that open it ("Los ministros …").
 */
function foreignSegment(c: Check, tokens: Token[], from: number, to: number): [number, number] | undefined {
  if (to - from < 6) return undefined
  // The whole sentence, when it reads foreign as a whole.
  let foreign = 0
  let english = 0
  for (let i = from; i < to; i++) {
    const w = segmentWeight(c, tokens[i])
    if (w > 0) foreign += w
    else if (w < 0) english++
  }
  if (foreign >= 4 && foreign >= 1.5 * english) return trimSegment(c, tokens, from, to - 1)
  // Else the most foreign stretch (an English lead-in to a quotation).
  let best = 0
  let bestFrom = -1
  let bestTo = -1
  let sum = 0
  let start = from
  for (let i = from; i < to; i++) {
    const w = segmentWeight(c, tokens[i])
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += w
    if (sum > best) {
      best = sum
      bestFrom = start
      bestTo = i
    }
  }
  if (best < 4 || bestFrom < 0) return undefined
  let a = bestFrom
  while (a > from && tokens[a - 1].joined && tokens[a - 1].capital) a--
  if (bestTo - a + 1 < 6) return undefined
  return [a, bestTo]
}

/**
 * Drop an English lead-in or tail ("The minister told reporters: “…”",
 * "…”, he said"): the cut that leaves the most foreign segment, when what
 * it drops holds at least two English words.
 */
function trimSegment(c: Check, tokens: Token[], from: number, to: number): [number, number] | undefined {
  let a = from
  let b = to
  let sum = 0
  let low = 0
  let cut = from
  for (let i = from; i <= to; i++) {
    sum += segmentWeight(c, tokens[i])
    if (sum < low) {
      low = sum
      cut = i + 1
    }
  }
  const cutStart = low <= -2.5
  if (cutStart) a = cut
  sum = 0
  low = 0
  cut = to
  for (let i = to; i >= a; i--) {
    sum += segmentWeight(c, tokens[i])
    if (sum < low) {
      low = sum
      cut = i - 1
    }
  }
  const cutEnd = low <= -2.5
  if (cutEnd) b = cut
  if (cutStart) while (a < b && !tokens[a].capital && segmentWeight(c, tokens[a]) <= 0.25) a++
  if (cutEnd) while (b > a && !tokens[b].capital && segmentWeight(c, tokens[b]) <= 0.25) b--
  return b - a + 1 >= 6 ? [a, b] : undefined
}

function segmentWeight(c: Check, t: Token): number {
  const v = sentenceView(c, t)
  if (v.kind === Kind.Other) {
    // Only Hunspell's common words count as English here: the big word
    // list also holds Scrabble loans ("manifestant", "retraite").
    if (t.capital || !isCommonWord(t.norm)) return 0
    // A particle before a name ("am Dienstag") is no evidence of English.
    return c.tb.words.has(t.norm) ? 0.25 : -1.5
  }
  if (v.kind === Kind.Weak && v.score === 0) return 0.25
  return 1
}

/** A token as sentence judgement sees it: quoted words are judged too. */
function sentenceView(c: Check, t: Token): Token {
  if (!t.quoted || t.kind !== Kind.Other || t.capital) return t
  if (!t.view) {
    t.view = {...t, kind: Kind.Other, score: 0, langs: []}
    classifyLower(t.view, c.tb, c.accepted)
  }
  return t.view
}

function judgeSegment(c: Check, tokens: Token[], from: number, to: number): {lang: LanguageCode; quoted: boolean} | undefined {
  let foreign = 0
  let listed = 0
  let english = 0
  let quoted = 0
  const votes = new Map<LanguageCode, number>()
  const parts: string[] = []
  for (let i = from; i <= to; i++) {
    const t = tokens[i]
    if (!t.capital || t.initial || i === from) parts.push(t.word.value)
    const v = sentenceView(c, t)
    const kind = v.kind
    if (kind === Kind.Other) {
      if (!t.capital && isCommonWord(t.norm) && !c.tb.words.has(t.norm)) english++
      continue
    }
    for (const l of v.langs) votes.set(l, (votes.get(l) ?? 0) + 1)
    foreign++
    if (t.quoted) quoted++
    if (kind !== Kind.Unknown) listed++
  }
  if (foreign < 4 || listed < 2 || foreign < 1.5 * english) return undefined
  const franc = getFranc()
  let lang: LanguageCode | undefined
  if (franc) {
    // Names left out: franc reads "Lula da Silva" as Portuguese.
    const result = franc(parts.join(' '), {only: FRANC_ONLY, minLength: 10})
    const top = result[0]
    if (!top || top[0] === 'eng' || top[0] === 'und') return undefined
    const eng = result.find((r) => r[0] === 'eng')?.[1] ?? 0
    if (eng > 0.9) return undefined
    // Close calls (Spanish or Portuguese?) go to the word lists.
    let bestVotes = -1
    for (const [code, score] of result) {
      if (code === 'eng' || score < top[1] - 0.1) continue
      const v = votes.get(code as LanguageCode) ?? 0
      if (v > bestVotes) {
        bestVotes = v
        lang = code as LanguageCode
      }
    }
  } else {
    // Without franc: a stricter count, and the language of the word lists.
    if (foreign < 6 || foreign < 3 * english) return undefined
    let best = 0
    for (const [l, n] of votes) {
      if (n > best) {
        best = n
        lang = l
      }
    }
  }
  if (!lang) return undefined
  return {lang, quoted: quoted > foreign / 2}
}

/** Paragraph text span of a segment, with an opening quote before it and closing punctuation after it. */
function segmentSpan(p: ParagraphInfo, tokens: Token[], from: number, to: number, sentence: SentenceInfo): [number, number] {
  let start = tokens[from].word.start
  // Up to two opening marks: "“¡No pasarán!”".
  for (let k = 0; k < 2 && start > 0 && '“«„"‘\'¿¡('.includes(p.text[start - 1]); k++) start--
  let end = tokens[to].word.end
  const limit = Math.min(sentence.end, end + 8)
  while (end < limit && '.!?…”’»"\')'.includes(p.text[end])) end++
  return [start, end]
}

/* --------------------------------------------------------------- runs */
