/**
 * acronym, the story's own definitions: an acronym the story defines with
 * an English name that its letters follow ("the Associated Press (AP)") is
 * the English form; two traces of machine translation show against it.
 *
 * - The same letters in another order, never defined ("P.A." or "PA" after
 *   "Associated Press (AP)"): the acronym of the same name in the source
 *   language's word order (Prensa Asociada).  English copy keeps the form it
 *   defined, or a typo of it ("ABD" after "Asian Development Bank (ADB)").
 *   Not reported: a form the story also defines, one standing next to
 *   another word in capitals (a name or a heading in capitals), an undotted
 *   US state code ("Pittsburgh, PA").
 * - A title-case name elsewhere in the story whose initials spell a defined
 *   acronym of three letters or more but that shares no significant word
 *   with the name the story gave it ("the Association of Mayors of France
 *   (AMF)" … "the Arab Monetary Fund has decided"): the translation expanded
 *   the bare acronym of the source into another body that has the same
 *   letters.  The name must have as many significant words as the acronym
 *   has letters (each giving one), no word in capitals, and must not itself
 *   be followed by the acronym in brackets (a second definition).
 *
 * How it decides cheaply: nothing runs unless the story defines an acronym;
 * dotted forms are found from the full stops, and the name scan reads the
 * paragraphs' words once, by character codes, building initials only for
 * runs of as many significant words as a definition has letters.
 */
import {EXPANSION_FUNCTION_WORDS, US_STATE_CODES} from '../data/acronym-words.js'
import type {ParagraphInfo, WordInfo} from '../support/document.js'
import {isLetter, isSpace, isUpper} from './characters.js'
import type {XWord} from './expansion.js'
import type {Occurrence} from './occurrences.js'

/** An acronym the story defines with an English name its letters follow. */
export interface Definition {
  token: string
  /** The words before the bracket (or inside it), as read by the expansion check. */
  name: XWord[]
  occ: Occurrence
}

export interface StoryFinding {
  p: ParagraphInfo
  start: number
  end: number
  written: string
  definition: Definition
  kind: 'reordered' | 'expanded'
}

/** Letters of an acronym, upper case, sorted: the key of its reorderings. */
function letterKey(token: string): string {
  const out: string[] = []
  for (const c of token) if (isLetter(c)) out.push(c.toUpperCase())
  return out.sort().join('')
}

/** The significant words of a name, lower case, cut to five letters (spelling variants: Organization/Organisation). */
function stems(words: readonly XWord[]): Set<string> {
  const out = new Set<string>()
  for (const w of words) if (!w.fn) out.add(w.lower.slice(0, 5))
  return out
}

/**
 * Dotted capitals starting at the full stop `dot` ("P.A.", "E.U.A.": two to
 * five single capitals, each with its stop), as [start, end), when `dot` is
 * the first stop of such a run.
 */
function dottedAt(text: string, dot: number): [number, number] | undefined {
  const start = dot - 1
  if (start < 0 || !isUpper(text[start]) || !isLetter(text[start]) || isLetter(text[start - 1] ?? '') || text[start - 1] === '.') return undefined
  if (start > 0 && /\p{N}/u.test(text[start - 1])) return undefined
  let end = dot + 1
  let n = 1
  while (n < 5 && isUpper(text[end] ?? '') && isLetter(text[end]) && text[end + 1] === '.') {
    end += 2
    n++
  }
  if (n < 2 || isLetter(text[end] ?? '')) return undefined
  return [start, end]
}

/** Another capitalised word right before or after the span: a name or a heading in capitals. */
function capitalNeighbour(text: string, start: number, end: number): boolean {
  let i = start - 1
  while (i >= 0 && isSpace(text[i])) i--
  if (i < start - 1 && isLetter(text[i]) && isUpper(text[i])) {
    // The word before is in capitals too ("PITTSBURGH, PA" is not: a comma stands between).
    let k = i
    while (k > 0 && isLetter(text[k - 1])) k--
    if (text.slice(k, i + 1) === text.slice(k, i + 1).toUpperCase() && i - k >= 1) return true
  }
  let k = end
  while (k < text.length && isSpace(text[k])) k++
  if (k > end && isLetter(text[k]) && isUpper(text[k])) {
    let e = k
    while (e < text.length && isLetter(text[e])) e++
    const word = text.slice(k, e)
    return word.length >= 2 && word === word.toUpperCase()
  }
  return false
}

/**
 * The reorderings and the wrong expansions of the story's definitions.
 * `definitions` holds one per token (its first definition); `defined` every
 * token the story defines or explains in brackets.
 */
export function storyFindings(
  definitions: ReadonlyMap<string, Definition>,
  defined: ReadonlySet<string>,
  occurrences: readonly Occurrence[],
  paragraphs: readonly ParagraphInfo[]
): StoryFinding[] {
  const out: StoryFinding[] = []
  if (definitions.size === 0) return out
  const byKey = new Map<string, Definition>()
  for (const d of definitions.values()) byKey.set(letterKey(d.token), d)

  // 1. Reorderings: plain tokens from the scan, dotted ones from the text.
  for (const occ of occurrences) {
    if (occ.entry || occ.name || occ.plural || defined.has(occ.token)) continue
    if (occ.token !== occ.token.toUpperCase() || US_STATE_CODES.has(occ.token)) continue
    const d = byKey.get(letterKey(occ.token))
    if (!d || d.token === occ.token || d.token.includes('.')) continue
    if (capitalNeighbour(occ.p.text, occ.start, occ.end)) continue
    out.push({p: occ.p, start: occ.start, end: occ.end, written: occ.token, definition: d, kind: 'reordered'})
  }
  for (const p of paragraphs) {
    const text = p.masked
    // Dotted capitals ("P.A."), found from each full stop after a capital.
    let dot = text.indexOf('.')
    while (dot >= 0) {
      const span = dottedAt(text, dot)
      if (span) {
        const [start, end] = span
        dot = text.indexOf('.', end)
        const written = text.slice(start, end)
        const letters = written.replace(/\./g, '')
        if (defined.has(letters) || defined.has(written)) continue
        const d = byKey.get(letterKey(letters))
        if (!d || d.token === letters) continue
        if (capitalNeighbour(p.text, start, end)) continue
        out.push({p, start, end, written, definition: d, kind: 'reordered'})
      } else {
        dot = text.indexOf('.', dot + 1)
      }
    }
  }

  // 2. Wrong expansions: title-case names whose initials spell a definition of three letters or more.
  let byFirst: Map<number, Definition[]> | undefined
  for (const d of definitions.values()) {
    if (d.token.length < 3 || d.token.length > 8 || !/^\p{Lu}+$/u.test(d.token)) continue
    byFirst ??= new Map()
    const key = d.token.charCodeAt(0)
    const list = byFirst.get(key)
    if (list) list.push(d)
    else byFirst.set(key, [d])
  }
  if (!byFirst) return out
  for (const p of paragraphs) {
    const words = p.words
    for (let i = 0; i < words.length; i++) {
      const defs = byFirst.get(words[i].value.charCodeAt(0))
      if (!defs || !titleCase(words[i].value)) continue
      // Part of a longer name: a capitalised word (not an article) right before it.
      if (i > 0 && adjacent(p.masked, words[i - 1], words[i]) && titleCase(words[i - 1].value) && !EXPANSION_FUNCTION_WORDS.has(words[i - 1].value.toLowerCase())) continue
      for (const d of defs) {
        const f = expandedAt(p, words, i, d)
        if (f) out.push(f)
      }
    }
  }
  return out
}

/** Are two words separated by exactly one space? */
function adjacent(text: string, a: {end: number}, b: {start: number}): boolean {
  return b.start - a.end === 1 && text.charCodeAt(a.end) === 32
}

/** Is the word capitalised and not in capitals ("Monetary", not "AMF")?  By character codes, ASCII first. */
function titleCase(v: string): boolean {
  const c0 = v.charCodeAt(0)
  if (c0 < 65 || (c0 > 90 && c0 < 128)) return false
  if (c0 > 127 && !isUpper(v[0])) return false
  const c1 = v.charCodeAt(1)
  return v.length > 1 && !(c1 >= 65 && c1 <= 90)
}

/**
 * The name starting at word `i` whose significant words open with the
 * acronym's letters in order, single spaces and lower-case function words
 * between them, no capitalised word right after it; not the story's own name
 * (a word in common) nor a definition of its own ("… (AMF)").
 */
function expandedAt(p: ParagraphInfo, words: readonly WordInfo[], i: number, d: Definition): StoryFinding | undefined {
  const text = p.masked
  const token = d.token
  let j = i
  let letter = 1
  while (letter < token.length) {
    let k = j + 1
    while (k < words.length && adjacent(text, words[k - 1], words[k]) && words[k].value.length <= 4 && EXPANSION_FUNCTION_WORDS.has(words[k].value)) k++
    if (k >= words.length || !adjacent(text, words[k - 1], words[k])) return undefined
    const v = words[k].value
    if (v.charCodeAt(0) !== token.charCodeAt(letter) || !titleCase(v)) return undefined
    j = k
    letter++
  }
  const next = words[j + 1]
  if (next && adjacent(text, words[j], next) && titleCase(next.value)) return undefined
  const start = words[i].start
  const end = words[j].end
  let k = end
  while (isSpace(text[k])) k++
  if (text[k] === '(') return undefined
  const own = stems(d.name)
  for (let w = i; w <= j; w++) {
    const v = words[w].value
    if (!EXPANSION_FUNCTION_WORDS.has(v) && own.has(v.toLowerCase().slice(0, 5))) return undefined
  }
  return {p, start, end, written: text.slice(start, end), definition: d, kind: 'expanded'}
}
