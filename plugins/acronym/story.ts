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
 * the name scan reads the paragraphs' words once.
 */
import {EXPANSION_FUNCTION_WORDS, US_STATE_CODES} from '../data/acronym-words.js'
import type {ParagraphInfo} from '../support/document.js'
import {isLetter, isSpace, isUpper} from './characters.js'
import type {XWord} from './expansion.js'
import type {Occurrence} from './occurrences.js'
import {initialOf} from './tables.js'

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

/** Dotted capitals: "P.A.", "E.U.A." (two to five letters). */
const DOTTED = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,5}/gu

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
    if (!text.includes('.')) continue
    DOTTED.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = DOTTED.exec(text)) !== null) {
      const written = m[0]
      if (isLetter(text[m.index + written.length] ?? '')) continue
      const letters = written.replace(/\./g, '')
      if (defined.has(letters) || defined.has(written)) continue
      const d = byKey.get(letterKey(letters))
      if (!d || d.token === letters) continue
      if (capitalNeighbour(p.text, m.index, m.index + written.length)) continue
      out.push({p, start: m.index, end: m.index + written.length, written, definition: d, kind: 'reordered'})
    }
  }

  // 2. Wrong expansions: title-case names whose initials spell a definition of three letters or more.
  const byInitials = new Map<string, Definition>()
  for (const d of definitions.values()) {
    if (d.token.length >= 3 && d.token === d.token.toUpperCase() && /^\p{Lu}+$/u.test(d.token)) byInitials.set(d.token, d)
  }
  if (byInitials.size === 0) return out
  let longest = 0
  for (const k of byInitials.keys()) longest = Math.max(longest, k.length)
  for (const p of paragraphs) scanNames(p, byInitials, longest, out)
  return out
}

interface NameWord {
  start: number
  end: number
  lower: string
  fn: boolean
}

/** Title-case runs of a paragraph (capitalised words with function words between them). */
function scanNames(p: ParagraphInfo, byInitials: ReadonlyMap<string, Definition>, longest: number, out: StoryFinding[]): void {
  const text = p.masked
  const words = p.words
  let run: NameWord[] = []
  const close = (): void => {
    // Leading and trailing function words ("The", "of") are not part of the name.
    let a = 0
    let b = run.length
    while (a < b && run[a].fn) a++
    while (b > a && run[b - 1].fn) b--
    const name = run.slice(a, b)
    run = []
    const significant = name.filter((w) => !w.fn)
    if (significant.length < 3 || significant.length > longest) return
    const initials = significant.map((w) => initialOf(w.lower)).join('')
    const d = byInitials.get(initials)
    if (!d) return
    const start = name[0].start
    const end = name[name.length - 1].end
    // Its own definition ("Arab Monetary Fund (AMF)"), or the defining name itself.
    let k = end
    while (isSpace(text[k])) k++
    if (text[k] === '(') return
    const own = stems(d.name)
    for (const w of significant) if (own.has(w.lower.slice(0, 5))) return
    out.push({p, start, end, written: text.slice(start, end), definition: d, kind: 'expanded'})
  }
  let prevEnd = -1
  for (const w of words) {
    const v = w.value
    const first = v[0] ?? ''
    // Only spaces between the words of a name.
    let gap = prevEnd >= 0 && w.start > prevEnd
    if (gap) for (let i = prevEnd; i < w.start; i++) if (!isSpace(text[i])) gap = false
    if (!gap && run.length > 0) close()
    prevEnd = w.end
    const lower = v.toLowerCase()
    const fn = EXPANSION_FUNCTION_WORDS.has(lower)
    if (isUpper(first) && v !== v.toUpperCase()) {
      run.push({start: w.start, end: w.end, lower, fn})
    } else if (fn && run.length > 0 && !isUpper(first)) {
      run.push({start: w.start, end: w.end, lower, fn: true})
    } else if (run.length > 0) {
      close()
    }
  }
  if (run.length > 0) close()
}
