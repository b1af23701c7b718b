/**
 * untranslated, part: small words of the source language that the engine
 * carries over into English sentences — a definite article before a name or
 * an English noun ("o Flamengo scored", "sold it to O zenith", "Lo
 * sustainable urban development"), and the position markers of Spanish,
 * French, Italian and Portuguese photo captions ("Celinda Sosa (d), in an
 * archive photograph": derecha, droite, destra, direita).
 *
 * How it decides: lower-case "o" (Portuguese) and "gli" (Italian) are no
 * English words, so one standing alone between spaces before a word is the
 * article; a capitalised "O", "Lo" or "Gli" counts only before a lower-case
 * English word (before a capitalised word it opens a name: "O Globo", "O
 * Estado") and, for "Lo", only when the copy never uses "Lo" as a name.  A
 * position marker is a lower-case letter or abbreviation in brackets right
 * after a capitalised name, in a paragraph of at most 60 words (a caption);
 * English writes "(left)", "(right)", "(centre)" or "(L)", "(R)", "(C)".
 */
import type {ParagraphInfo, WordInfo} from '../support/document.js'
import {isKnownToken} from '../support/lexicon.js'
import {UPPER_START} from '../support/text.js'
import type {Check} from './context.js'

/** Articles: the word → its language. */
const LOWER_ARTICLES: Readonly<Record<string, string>> = {o: 'Portuguese', gli: 'Italian'}
const CAPITAL_ARTICLES: Readonly<Record<string, string>> = {O: 'Portuguese', Lo: 'Italian or Spanish', Gli: 'Italian'}
const ARTICLES = new Map<string, {lower?: string; capital?: string}>([
  ...Object.entries(LOWER_ARTICLES).map(([w, l]): [string, {lower?: string; capital?: string}] => [w, {lower: l}]),
  ...Object.entries(CAPITAL_ARTICLES).map(([w, l]): [string, {lower?: string; capital?: string}] => [w, {capital: l}])
])

/**
 * Caption position markers (lower case) and their English: Spanish (i)zquierda / (d)erecha / (c)entro
 * and "izq.", "der.", "izda.", "dcha."; French (g)auche / (d)roite / (c)entre; Italian (s)inistra /
 * (d)estra, "sx", "dx"; Portuguese (e)squerda / (d)ireita.  Source: the caption style of EFE, AFP
 * (French service), ANSA and Agência Brasil.
 */
const POSITION_MARKERS: Readonly<Record<string, string>> = {
  d: 'right', i: 'left', g: 'left', s: 'left', e: 'left', c: 'centre',
  'izq.': 'left', 'der.': 'right', 'izda.': 'left', 'dcha.': 'right', sx: 'left', dx: 'right'
}

const LETTER = /\p{L}/u
const MARKER = /^\((izq\.|der\.|izda\.|dcha\.|sx|dx|[dicgse])\)/u

function spaceAt(text: string, i: number): boolean {
  return i < 0 || i >= text.length || text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\t'
}

/** Report carried-over articles and caption markers in a paragraph. */
export function sourceMarkers(c: Check, p: ParagraphInfo): void {
  const words = p.words
  const text = p.text
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]
    const value = w.value
    if (value.length > 3) continue
    // First letters of the articles: o, O, g, G, L.
    const k = value.charCodeAt(0)
    if (k !== 111 && k !== 79 && k !== 103 && k !== 71 && k !== 76) continue
    const lower = ARTICLES.get(value)?.lower
    const capital = ARTICLES.get(value)?.capital
    if (!lower && !capital) continue
    const next = words[i + 1]
    if (!spaceAt(text, w.start - 1) || text[w.end] !== ' ' || next.start !== w.end + 1 || !LETTER.test(next.value[0])) continue
    if (next.sentence !== w.sentence) continue
    if (claimedAt(c, w.start, next.end)) continue
    if (lower) {
      // Before a name or an English word only ("o Benfica"); before a foreign word it is part of a run.
      if (!UPPER_START.test(next.value) && !isKnownToken(next.value)) continue
      // "S o Paulo": a lost letter, not an article.
      const before = words[i - 1]
      if (before && before.value.length === 1 && before.end === w.start - 1) continue
      report(c, p, w, next, lower)
      continue
    }
    // Capitalised: before a lower-case English word only ("O Globo" is a name) — or, for "O", before a
    // name the story also writes without it, after a lower-case word ("O Palmeiras returns" beside "at
    // Palmeiras"): information, the name decides.
    if (UPPER_START.test(next.value) && value === 'O' && verbAfter(p, words, i + 1) && bareElsewhere(c, next)) {
      c.reportText(p, w.start, next.end, {
        severity: 'info',
        reason: `“O” before “${next.value}” looks like the Portuguese definite article (the story writes “${next.value}” without it): delete it`,
        expected: [next.value]
      })
      continue
    }
    if (UPPER_START.test(next.value) || !isKnownToken(next.value)) continue
    if (value === 'Lo' && usedAsName(c, 'Lo')) continue
    report(c, p, w, next, capital!)
  }
  captionMarkers(c, p)
}

/** A lower-case word right after the name, in its sentence ("O Palmeiras returns"; not "O Smith, J Jones", an initial). */
function verbAfter(p: ParagraphInfo, words: WordInfo[], k: number): boolean {
  const name = words[k]
  const after = words[k + 1]
  return after !== undefined && after.sentence === name.sentence && after.start === name.end + 1 && p.text[name.end] === ' ' && /^\p{Ll}/u.test(after.value)
}

/** The name is written alone elsewhere in the story, after a lower-case word ("at Palmeiras"), not after "O". */
function bareElsewhere(c: Check, name: WordInfo): boolean {
  if (name.value.length < 3 || name.value === name.value.toUpperCase()) return false
  const words = c.index.words
  for (let i = 1; i < words.length; i++) {
    const w = words[i]
    if (w === name || w.value !== name.value) continue
    const before = words[i - 1]
    const after = words[i + 1]
    // Alone, not the first word of a longer name ("and Globo TV").
    if (after && after.sentence === w.sentence && /^\p{Lu}/u.test(after.value)) continue
    if (before.sentence === w.sentence && /^\p{Ll}+$/u.test(before.value)) return true
  }
  return false
}

function claimedAt(c: Check, start: number, end: number): boolean {
  for (const [s, e] of c.claimed) if (start < e && s < end) return true
  return false
}

function report(c: Check, p: ParagraphInfo, w: WordInfo, next: WordInfo, language: string): void {
  c.reportText(p, w.start, next.end, {
    severity: c.severity,
    reason: `“${w.value}” is the ${language} definite article, left before “${next.value}”: delete it or write “the”`,
    expected: [UPPER_START.test(next.value) ? next.value : UPPER_START.test(w.value) ? next.value[0].toUpperCase() + next.value.slice(1) : next.value]
  })
}

/** "Lo" is a name somewhere in the copy (capitalised inside a sentence, or before a capitalised word). */
function usedAsName(c: Check, value: string): boolean {
  const words = c.index.words
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    if (w.value !== value) continue
    if (w.sentence.words[0] !== w) return true
    const next = words[i + 1]
    if (next && UPPER_START.test(next.value)) return true
  }
  return false
}

function captionMarkers(c: Check, p: ParagraphInfo): void {
  const text = p.text
  if (p.words.length > 60 || !text.includes('(')) return
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    // A lower-case letter of a marker, then ")" or more letters of an abbreviation.
    if (!'dicgse'.includes(text[at + 1] ?? 'x')) continue
    const m = MARKER.exec(text.slice(at, at + 8))
    if (!m) continue
    // Right after a capitalised name: "Celinda Sosa (d)".
    if (text[at - 1] !== ' ') continue
    let k = at - 2
    while (k >= 0 && LETTER.test(text[k])) k--
    const before = text.slice(k + 1, at - 1)
    if (!before || !UPPER_START.test(before)) continue
    const end = at + m[0].length
    const after = text[end]
    if (after !== undefined && LETTER.test(after)) continue
    if (claimedAt(c, at, end)) continue
    c.reportText(p, at, end, {
      severity: c.severity,
      reason: `“${m[0]}” is a source-language caption position marker: English writes “(${POSITION_MARKERS[m[1]]})”`,
      expected: [`(${POSITION_MARKERS[m[1]]})`]
    })
  }
}
