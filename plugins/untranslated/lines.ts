/**
 * untranslated, part: short stretches in any language — a short line
 * ("Stiri pe aceeasi tema", "Casos de dengue crescem 587% no estado do
 * Rio"), a label before a colon ("Forrás:", "Imagen principal:"), the
 * words in brackets inside an English sentence ("[sobre a saída do
 * Flamengo]") — which the word lists of the five main source languages do
 * not cover.
 *
 * What it finds: in a paragraph of at most twelve words, in a label of at
 * most three words that opens a paragraph or follows a sentence, or in a
 * bracket of two to twelve words, the stretch that reads foreign: words
 * unknown to the English lexicon, listed foreign words or words with letters
 * English does not use weigh +1, common English words −1, names (capitalised
 * words after the first) and numbers 0; the best-scoring stretch must hold
 * more foreign than English words.
 *
 * How it decides: word evidence picks the stretch, the language identifier
 * (fastText lid.176, lid.ts) confirms it — its top language is not English
 * and English gets at most 0.1 — on the stretch's words with names and
 * numbers left out (a line all in capitalised words is read whole).  A
 * stretch of one word is never judged by the identifier alone: it needs a
 * listed word, a letter English does not use, or a label's colon after a
 * word unknown to English.  A bracketed stretch of capitalised words (the
 * expansion of an acronym) and a quoted one are information.  Without the
 * identifier (it failed to load) nothing is reported here.
 */
import type {ParagraphInfo, WordInfo} from '../support/document.js'
import {FOREIGN, foreignFlags, languageCodes} from '../support/foreign-lexicon.js'
import {FLAG, isCommonWord, isKnownToken, lookup} from '../support/lexicon.js'
import {UPPER_START} from '../support/text.js'
import type {Check} from './context.js'
import {identify, languageName, ready} from './lid.js'
import {deaccent, normalise} from './tables.js'
import {lexiconLanguages} from './words.js'

/** Longest line judged whole, in words. */
const MAX_LINE_WORDS = 16
const LETTER_START = /^\p{L}/u

/** LETTER_START, with ASCII answered by char code. */
function letterStart(value: string): boolean {
  const k = value.charCodeAt(0)
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122)
  return LETTER_START.test(value)
}
const HAS_DIGIT = /\d/
/** Latin letters English does not use (a word holding one and unknown to English is foreign evidence). */
const NON_ENGLISH_LETTER = /[^\x00-\x7f]/
/** A plain word of four letters or more (no apostrophe, hyphen or capitals inside). */
const PLAIN_WORD = /^\p{Lu}?\p{Ll}{3,}$/u
/** A label glued to its value in one token: "Kaynak:Source". */
const GLUED_LABEL = /^(\p{Lu}\p{Ll}{3,}):\p{L}/u
/** A plain lower-case word of four letters or more. */
const GLOSS_TERM = /^\p{Ll}{4,}$/u
/** Capitals (and digits) only: an acronym or code, a name here. */
const ALL_CAPS = /^[\p{Lu}\d]{2,}$/u

interface Span {
  p: ParagraphInfo
  /** Word indices [from, to] in the paragraph. */
  from: number
  to: number
  kind: 'line' | 'label' | 'bracket'
  /** Text span to report. */
  start: number
  end: number
}

const enum Weight {
  English = -1,
  Neutral = 0,
  Foreign = 1
}

interface WordView {
  weight: Weight
  /** Listed, or holding a letter English does not use: evidence on its own. */
  strong: boolean
  name: boolean
  /** A capitalised word of a source language's dictionary: foreign, but maybe part of a name or title. */
  title?: boolean
}

const ENGLISH_VIEW: WordView = {weight: Weight.English, strong: false, name: false}
const NEUTRAL_VIEW: WordView = {weight: Weight.Neutral, strong: false, name: false}
const NAME_VIEW: WordView = {weight: Weight.Neutral, strong: false, name: true}
const FOREIGN_VIEW: WordView = {weight: Weight.Foreign, strong: false, name: false}
const FOREIGN_STRONG_VIEW: WordView = {weight: Weight.Foreign, strong: true, name: false}
const TITLE_VIEW: WordView = {weight: Weight.Foreign, strong: false, name: false, title: true}
const TITLE_STRONG_VIEW: WordView = {weight: Weight.Foreign, strong: true, name: false, title: true}

/**
 * A capitalised word that is no English word and no name Hunspell knows, but a word of a source
 * language's dictionary ("Noticias", "Otras") or a function word of another language not before a
 * capitalised word ("Lees meer"), and not capitalised inside a sentence elsewhere in the story.
 * Looks the source-language table up (read on first need).
 */
function titleWord(c: Check, words: WordInfo[], k: number, norm: string): 'dictionary' | 'function' | undefined {
  if (norm.length < 2 || isKnownToken(norm) || (lookup(norm) & FLAG.NAME) !== 0) return undefined
  const dictionary = norm.length >= 4 && lexiconLanguages(norm) !== 0
  const functionWord = !dictionary && (foreignFlags(norm) & FOREIGN.FUNCTION) !== 0
  if (!dictionary && !functionWord) return undefined
  const next = words[k + 1]
  if (functionWord && next && next.sentence === words[k].sentence && UPPER_START.test(next.value)) return undefined
  if (nameElsewhere(c, words[k].value, words[k].paragraph)) return undefined
  return dictionary ? 'dictionary' : 'function'
}

/** A plain lower-case ASCII word: its own normal form. */
function plainLower(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const k = value.charCodeAt(i)
    if (k < 97 || k > 122) return false
  }
  return true
}

function viewOf(c: Check, words: WordInfo[], k: number, first: boolean, label: boolean, lookFurther: boolean): WordView {
  const w = words[k]
  const value = w.value
  if (!LETTER_START.test(value) || HAS_DIGIT.test(value)) return NEUTRAL_VIEW
  // Part of a path or an address: "katja/saar/…".
  const text = w.paragraph.text
  if (text[w.start - 1] === '/' || text[w.end] === '/' || text[w.start - 1] === '@' || text[w.end] === '@') {
    return NAME_VIEW
  }
  const plain = plainLower(value)
  const capital = !plain && UPPER_START.test(value)
  const norm = plain ? value : normalise(value)
  if (c.accepted.has(norm)) return ENGLISH_VIEW
  if (ALL_CAPS.test(value)) return NAME_VIEW
  if (capital && !first) return titleWord(c, words, k, norm) ? TITLE_VIEW : NAME_VIEW
  const entry = c.tb.words.get(norm)
  const common = isCommonWord(norm)
  // Particles and articles before a capitalised word belong to a name ("El Salvador", "Le Pen", "de las Américas").
  if (entry && (!entry.strong || c.tb.particles.has(norm))) {
    for (let j = k + 1; j < words.length && j <= k + 3 && words[j].sentence === w.sentence; j++) {
      const v = words[j].value
      if (UPPER_START.test(v)) return NAME_VIEW
      const e = c.tb.words.get(normalise(v))
      if (!e || e.strong) break
    }
  }
  if (entry && !common) return entry.strong ? FOREIGN_STRONG_VIEW : FOREIGN_VIEW
  // Only Hunspell's common words count as English: the big word list also holds Scrabble words and
  // foreign loans ("pe", "manifestant"), which are no evidence either way.  In a stretch that already
  // reads foreign (the second reading), a function word of another language is no evidence either
  // ("op", "van", "het" in a Dutch line).
  if (common) return entry || (lookFurther && plain && (foreignFlags(norm) & FOREIGN.FUNCTION) !== 0) ? NEUTRAL_VIEW : ENGLISH_VIEW
  if (isKnownToken(value) || isKnownToken(norm)) return NEUTRAL_VIEW
  // Unknown to English: foreign evidence; a letter English does not use makes it strong
  // (unless its plain form is English: "naïve").
  // An English loan with its accents ("fiancé", "protégé"), an English compound ("über-rich"): English.
  if (NON_ENGLISH_LETTER.test(norm) && isKnownToken(deaccent(norm))) return NEUTRAL_VIEW
  if (norm.includes('-') && norm.split('-').some((part) => part.length > 2 && isCommonWord(part))) return NEUTRAL_VIEW
  const marked = NON_ENGLISH_LETTER.test(norm) && !isKnownToken(deaccent(norm))
  // Capitalised at the start, an unknown word may as well be a name ("Massimiliano"): no evidence either
  // way, unless a source language's dictionary has it ("Noticias", "Otras").
  if (capital && !marked && !label) {
    const title = titleWord(c, words, k, norm)
    return title === 'dictionary' ? TITLE_STRONG_VIEW : title === 'function' ? TITLE_VIEW : NEUTRAL_VIEW
  }
  if (marked) return FOREIGN_STRONG_VIEW
  // A word of a source language's dictionary ("biblioteca", "Lluvias") is evidence on its own (the second reading).
  if (lookFurther && norm.length >= 4 && lexiconLanguages(norm) !== 0) return FOREIGN_STRONG_VIEW
  return FOREIGN_VIEW
}


/** Words of established loans ("joie de vivre", "de facto"): English. */
function loans(c: Check, words: WordInfo[], from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from + 1)
  for (let k = from; k <= to; k++) {
    const list = c.tb.phrases.get(normalise(words[k].value))
    if (!list) continue
    for (const phrase of list) {
      if (phrase.kind !== 'loan' || k + phrase.tokens.length - 1 > to) continue
      let ok = true
      for (let t = 1; t < phrase.tokens.length && ok; t++) ok = normalise(words[k + t].value) === phrase.tokens[t]
      if (!ok) continue
      for (let t = 0; t < phrase.tokens.length; t++) out[k - from + t] = 1
      break
    }
  }
  return out
}

interface Scored {
  views: WordView[]
  best: number
  bestFrom: number
  bestTo: number
}

/** The views of a span's words and its best-scoring stretch (maximum-sum segment). */
function score(c: Check, words: WordInfo[], span: Span, loan: Uint8Array | undefined, lookFurther = false): Scored {
  let start = span.from
  let best = 0
  let bestFrom = -1
  let bestTo = -1
  let sum = 0
  const views: WordView[] = []
  const label = span.kind === 'label'
  for (let k = span.from; k <= span.to; k++) {
    // The first word of the span or sentence, or the first after numbers ("2020-02-24 Stiri …"), is no name.
    let first = k === span.from || words[k].sentence.words[0] === words[k]
    if (!first) {
      let j = k - 1
      while (j >= span.from && !LETTER_START.test(words[j].value)) j--
      first = j < span.from
    }
    const view = loan !== undefined && loan[k - span.from] ? ENGLISH_VIEW : viewOf(c, words, k, first, label, lookFurther)
    views.push(view)
    if (sum <= 0) {
      sum = 0
      start = k
    }
    sum += view.weight
    if (sum > best) {
      best = sum
      bestFrom = start
      bestTo = k
    }
  }
  return {views, best, bestFrom, bestTo}
}

/** Collect the short stretches of a paragraph for the identifier (judged in `c.pending`). */
export function shortStretches(c: Check, p: ParagraphInfo): void {
  const words = p.words
  const text = p.text
  // Brackets inside copy first: judged before the sentence that holds them.
  if (words.length > 3 && (text.includes('[') || text.includes('('))) brackets(c, p)
  let letters = 0
  for (let k = 0; k < words.length && letters <= MAX_LINE_WORDS; k++) if (letterStart(words[k].value)) letters++
  const shortLine = letters <= MAX_LINE_WORDS
  let index = 0
  for (const s of p.sentences) {
    const ws = s.words
    if (ws.length === 0) continue
    const from = words.indexOf(ws[0], index)
    if (from < 0) continue
    index = from + ws.length
    // A label: one to three words and a colon, opening the sentence (or glued to its value: "Kaynak:Source").
    let body = from
    const glued = GLUED_LABEL.exec(ws[0].value)
    if (glued) gluedLabel(c, p, ws[0], glued[1])
    for (let k = 0; k < Math.min(3, ws.length); k++) {
      if (text.charCodeAt(ws[k].end) !== 0x3a /* : */) continue
      addSpan(c, {p, from, to: from + k, kind: 'label', start: 0, end: 0})
      body = from + k + 1
      break
    }
    // A sentence of a short line (inside long paragraphs foreign words are the word runs' business) —
    // or a paragraph's last sentence of four words at most without a full stop, a trailer ("… Lees
    // meer (Nieuwsblad)").
    // … or what follows the last dash of a paragraph's last sentence, a credit ("… told reporters – Česká
    // tisková kancelář"), judged after the sentence.
    const credit = p.sentences[p.sentences.length - 1] === s ? creditAfterDash(p, ws) : -1
    if (shortLine || trailer(p, ws)) {
      let n = 0
      for (let k = body; k < from + ws.length; k++) if (letterStart(words[k].value)) n++
      if (n > 0) addSpan(c, {p, from: body, to: from + ws.length - 1, kind: 'line', start: 0, end: 0})
    }
    if (credit > 0) addSpan(c, {p, from: from + credit, to: from + ws.length - 1, kind: 'line', start: 0, end: 0})
  }
}

/** The paragraph's last sentence, of one to four words with letters, not ending in a full stop, "!" or "?". */
function trailer(p: ParagraphInfo, ws: WordInfo[]): boolean {
  const last = ws[ws.length - 1]
  if (p.sentences[p.sentences.length - 1].words !== ws || ws.length > 6) return false
  let n = 0
  for (const w of ws) if (letterStart(w.value)) n++
  if (n === 0 || n > 4) return false
  const tail = p.text.slice(last.end).trim()
  return !/[.!?…"”’»]/u.test(tail)
}

/**
 * The index in `ws` of the first word after the last spaced dash of the sentence when one to four words
 * with letters follow it to the end of the paragraph, without a full stop; -1 otherwise.
 */
function creditAfterDash(p: ParagraphInfo, ws: WordInfo[]): number {
  const text = p.text
  let k = ws.length - 1
  let n = 0
  while (k > 0 && n <= 4) {
    if (letterStart(ws[k].value)) n++
    const gap = text.slice(ws[k - 1].end, ws[k].start)
    if (/^\s[–—-]\s$/u.test(gap)) break
    k--
  }
  if (k <= 0 || n === 0 || n > 4) return -1
  return /[.!?…"”’»]/u.test(text.slice(ws[ws.length - 1].end).trim()) ? -1 : k
}

function brackets(c: Check, p: ParagraphInfo): void {
  const text = p.text
  const words = p.words
  // Words are in text order: one pointer walks them as the brackets go by.
  let w = 0
  for (let i = 0; i < text.length; i++) {
    const open = text.charCodeAt(i)
    if (open !== 91 && open !== 40) continue
    const close = text.indexOf(open === 91 ? ']' : ')', i + 1)
    if (close < 0 || close - i > 160) continue
    while (w < words.length && words[w].start <= i) w++
    let from = -1
    let to = -1
    for (let k = w; k < words.length && words[k].end <= close; k++) {
      if (from < 0) from = k
      to = k
    }
    if (from >= 0 && to - from >= 1 && to - from < MAX_LINE_WORDS) addSpan(c, {p, from, to, kind: 'bracket', start: i, end: close + 1})
    else if (from >= 0 && from === to && open === 40 && words[from].start === i + 1 && words[from].end === close) glossTerm(c, p, from, i, close + 1)
    i = close
  }
}

/** Pick the foreign stretch of a span by word evidence; queue it for the identifier. */
function addSpan(c: Check, span: Span): void {
  const {p} = span
  const words = p.words
  const claimed = c.claimed
  // Word evidence, first without looking for loans (most lines have none to find); again with the
  // loans' words as English when there is a stretch.
  let scored = score(c, words, span, undefined)
  if (scored.best >= 1) {
    // A second reading: loans' words as English, function words of other languages as no evidence,
    // words of the source languages' dictionaries as strong evidence (the table is read only here).
    const loan = loans(c, words, span.from, span.to)
    scored = score(c, words, span, loan.includes(1) ? loan : undefined, true)
  }
  const views = scored.views
  let bestFrom = scored.bestFrom
  let bestTo = scored.bestTo
  const best = scored.best
  // The expansion of an acronym in brackets, all capitalised words and particles: read whole.
  let capitalised = span.kind === 'bracket'
  for (let k = span.from; k <= span.to && capitalised; k++) {
    const v = words[k].value
    if (LETTER_START.test(v) && !UPPER_START.test(v) && !c.tb.particles.has(normalise(v)) && !(c.tb.words.get(normalise(v))?.strong === false)) capitalised = false
  }
  // … after a word, not after a dateline's number ("Havana, Feb 3 (Prensa Latina)": the agency) …
  let acronymExpansion = capitalised && span.from > 0 && !HAS_DIGIT.test(words[span.from - 1].value)
  if (acronymExpansion) {
    // … and not English or a line-up: no number ("Mellor (Sinama Pongolle 75)": a substitution), and
    // not English words among names with no particle or word a source language weighs as its own
    // ("Glaxo's (Glaxo Holdings PLC)"; "Banco Central do Brasil" stays), whatever language the
    // identifier hears in the names.
    let englishWords = 0
    let foreignWords = 0
    let numbered = false
    for (let k = span.from; k <= span.to && !numbered; k++) {
      const v = words[k].value
      const norm = normalise(v)
      if (HAS_DIGIT.test(v)) numbered = true
      else if (views[k - span.from].weight === Weight.Foreign || c.tb.particles.has(norm)) foreignWords++
      else if (letterStart(v) && v.length >= 4 && isCommonWord(norm) && lexiconLanguages(norm) === 0) englishWords++
    }
    if (numbered || (englishWords > 0 && foreignWords === 0)) acronymExpansion = false
  }
  if (acronymExpansion) {
    bestFrom = span.from
    bestTo = span.to
  } else if (best < 1 || bestFrom < 0) {
    return
  }
  // Extend over names and numbers at the ends that belong to the line ("… no estado do Rio").
  let a = bestFrom
  let b = bestTo
  while (b < span.to && views[b + 1 - span.from].weight === Weight.Neutral && words[b + 1].sentence === words[b].sentence) b++
  // Back over names and words that are no evidence either way ("Stiri pe aceeasi tema").
  while (a > span.from && views[a - 1 - span.from].weight === Weight.Neutral && words[a - 1].sentence === words[a].sentence) a--
  while (a < b && !LETTER_START.test(words[a].value)) a++
  // A line or sentence must be mostly the stretch: foreign words inside an English sentence (a title, a
  // name, a quotation) are the word runs' business (runs.ts), which know their context.
  if (span.kind === 'line' && !acronymExpansion) {
    let total = 0
    for (let k = span.from; k <= span.to; k++) if (LETTER_START.test(words[k].value) && !HAS_DIGIT.test(words[k].value)) total++
    let inside = 0
    for (let k = a; k <= b; k++) if (LETTER_START.test(words[k].value) && !HAS_DIGIT.test(words[k].value)) inside++
    if (inside < 0.6 * total) return
    // A quoted stretch is a quotation: the sentence check and the runs judge it.
    if (/[“"‘«„]/u.test(p.text.slice(Math.max(0, words[a].start - 2), words[a].start))) return
  }
  let foreign = 0
  let english = 0
  let strong = 0
  let titles = 0
  let titleLanguages = 0
  const input: string[] = []
  for (let k = a; k <= b; k++) {
    const v = views[k - span.from]
    if (v.weight === Weight.Foreign) foreign++
    else if (v.weight === Weight.English) english++
    if (v.strong) strong++
    if (v.title) {
      titles++
      titleLanguages |= lexiconLanguages(normalise(words[k].value))
    }
    if ((acronymExpansion || !v.name) && LETTER_START.test(words[k].value) && !HAS_DIGIT.test(words[k].value)) input.push(words[k].value)
  }
  // The identifier reads the whole line or sentence (names and numbers out): English around a
  // stretch ("1.35 dlrs per share") keeps it English.
  const whole: string[] = []
  for (let k = span.from; k <= span.to; k++) {
    const v = views[k - span.from]
    if ((acronymExpansion || !v.name) && LETTER_START.test(words[k].value) && !HAS_DIGIT.test(words[k].value)) whole.push(words[k].value)
  }
  // Two foreign words at least, or one with dictionary evidence, or every word unknown to English
  // ("Lees meer": its capitalised first word too).
  const allUnknown =
    english === 0 &&
    input.filter((x) => !UPPER_START.test(x)).length >= 2 &&
    input.every((x) => !isKnownToken(x) && !isKnownToken(x.toLowerCase()))
  if (input.length > 1 && foreign < 2 && strong === 0 && !acronymExpansion && !allUnknown) return
  if ((foreign <= english && !acronymExpansion) || input.length === 0) return
  if (span.kind === 'label' && english > 0) return
  const single = input.length === 1
  // One word: dictionary evidence (a listed word, a letter English does not use) in lower case (a capitalised
  // one is a name: "Météo-France"), or a label's colon after a plain word unknown to English and not a name
  // elsewhere in the copy, before a short value; the identifier must then be sure.
  if (single) {
    if (span.kind === 'label') {
      // (A word of a source language's dictionary before a longer value: "Lluvias: heavy rain …".)
      if (!PLAIN_WORD.test(input[0]) || nameElsewhere(c, input[0]) || (!shortValue(p, words[span.to].end + 1) && strong === 0)) return
    } else if (strong === 0 || (UPPER_START.test(input[0]) && titles === 0)) {
      return
    }
  }
  const minimum = !single ? 0 : strong > 0 ? 0.3 : 0.35
  const text = p.text
  let s = span.kind === 'bracket' ? span.start : words[a].start
  let e = span.kind === 'bracket' ? span.end : words[b].end
  if (span.kind === 'label') e = Math.min(text.length, words[span.to].end + 1)
  else if (span.kind === 'line') {
    while (e < text.length && '.:!?…'.includes(text[e])) e++
    // A bracket opened inside the stretch closes with it: "Lees meer (Nieuwsblad)".
    if (text[e] === ')' && text.lastIndexOf('(', e) >= s) e++
  }
  // Only stretches nothing else reported (checked again when judged: a bracket judged first wins).
  for (const [cs, ce] of claimed) if (s < ce && cs < e) return
  const quoted = /[“"‘«„]\s*$/u.test(text.slice(Math.max(0, s - 2), s))
  c.queued.push([s, e])
  c.pending.push(() => {
    if (!ready()) return
    const result = identify((single ? input : whole).join(' '))
    if (!confident(result, minimum)) return
    for (const [cs, ce] of claimed) if (s < ce && cs < e) return
    claimed.push([s, e])
    // Capitalised dictionary words only: a title or a name, or a line left in the source language.
    const title = titles > 0 && titles === foreign && span.kind !== 'label'
    // A dictionary word names the language when the identifier's guess is none of its languages
    // ("Lluvias:" read as Catalan is a Spanish word).
    const byWords = languageCodes(title ? titleLanguages : single ? lexiconLanguages(normalise(input[0])) : 0)
    const name =
      byWords.length > 0 && !byWords.includes(result.lang)
        ? byWords.map((code) => languageName(code) ?? code).join(' or ')
        : (languageName(result.lang) ?? 'another language')
    const info = quoted || acronymExpansion || title
    c.reportText(p, s, e, {
      severity: info ? 'info' : c.severity,
      reason: title
        ? `Capitalised words in ${name}: if this is not a name or title, translate it or delete it`
        : span.kind === 'label'
          ? `Label in ${name} left untranslated: translate it or delete it`
          : span.kind === 'bracket'
            ? acronymExpansion
              ? `Name in ${name} in brackets: give its English form`
              : `Words in ${name} in brackets left untranslated: translate them`
            : `Text in ${name} left untranslated: translate it or delete it`
    })
  })
}

/** The word is used as a name elsewhere in the copy: capitalised inside a sentence. */
function nameElsewhere(c: Check, value: string, skip?: ParagraphInfo): boolean {
  for (const w of c.index.words) {
    if (w.value === value && w.sentence.words[0] !== w && w.paragraph !== skip) return true
  }
  return false
}

/** What follows a label's colon is short: at most four words to the end of the sentence. */
function shortValue(p: ParagraphInfo, at: number): boolean {
  let n = 0
  for (const w of p.words) {
    if (w.start < at) continue
    if (++n > 4) return false
  }
  return true
}

/** "Kaynak:Source of News": a plain word unknown to English, glued by its colon to the value. */
function gluedLabel(c: Check, p: ParagraphInfo, w: WordInfo, label: string): void {
  if (isKnownToken(label) || isKnownToken(label.toLowerCase()) || c.accepted.has(label.toLowerCase()) || nameElsewhere(c, label)) return
  const start = w.start
  const end = w.start + label.length + 1
  const claimed = c.claimed
  for (const [cs, ce] of claimed) if (start < ce && cs < end) return
  c.queued.push([start, end])
  c.pending.push(() => {
    if (!ready()) return
    const result = identify(label)
    if (!confident(result, 0.35)) return
    for (const [cs, ce] of claimed) if (start < ce && cs < end) return
    claimed.push([start, end])
    c.reportText(p, start, end, {
      severity: c.severity,
      reason: `Label in ${languageName(result.lang) ?? 'another language'} left untranslated: translate it or delete it`
    })
  })
}

/**
 * The identifier's verdict: not English, and either English at most 0.1 with the top language at
 * least `minimum`, or the top language sure (0.6 or more).
 */
function confident(result: {lang: string; p: number; en: number}, minimum: number): boolean {
  if (result.lang === 'en') return false
  return (result.en <= 0.1 && result.p >= minimum) || result.p >= 0.6
}

/**
 * "presidential candidates (capres)": a lower-case word unknown to English, alone in brackets right
 * after a lower-case English word — the source-language term after its translation.  Information:
 * some styles keep the original term on purpose.
 */
function glossTerm(c: Check, p: ParagraphInfo, k: number, start: number, end: number): void {
  const words = p.words
  const w = words[k]
  if (!GLOSS_TERM.test(w.value) || isKnownToken(w.value) || c.accepted.has(w.value)) return
  const before = words[k - 1]
  if (!before || !/^\p{Ll}+$/u.test(before.value) || !isCommonWord(before.value) || before.end !== start - 1) return
  for (const [cs, ce] of c.claimed) if (start < ce && cs < end) return
  c.reportText(p, start, end, {
    severity: 'info',
    reason: `“${w.value}” in brackets looks like the source-language term for “${before.value}”: delete it unless your style keeps original terms`,
    expected: ['']
  })
}
