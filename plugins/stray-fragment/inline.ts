/**
 * stray-fragment, part: furniture inside a line.
 *
 * What it finds: furniture after the last full sentence of a line, running
 * to its end ("… on Sunday. Photo: EFE/Juan Pérez", "… overnight. Follow us
 * on Twitter.", "… © 2024 Example Agency. All rights reserved."), and photo
 * credits in brackets ("(Photo: AFP)", "(Foto: ANSA)").  How it decides: a
 * tail candidate follows . ! ? … (and closing quotes or brackets) and white
 * space, not after an abbreviation, not inside a quotation, within the last
 * 600 characters, and must open with a label word, "©", "(c)" or
 * "copyright" (a trie look-up) before the furniture judgement (furniture.ts)
 * looks at it.  A bracket is a credit when a credit label opens it and a
 * separator and at most eight words, or a credit after a plain space, follow.
 * The deletion takes the space before the tail or bracket with it (at the
 * start of a line, the spaces after the bracket).
 */
import {wordCount} from '../support/blocks.js'
import {furniture, matchLabel, plainOk, restOf, tokenEnd} from './furniture.js'
import {foldedAt, foldedOf, indexIn, insideQuote, isAbbreviationBefore, isFoldedLetter, isSpaceAt, lowerBound, stopsOf, type Prose} from './scan.js'
import {T_TAIL_WORD, type Tables} from './tables.js'
import type {Unit} from './lines.js'

/**
 * Whether the first word at `s` (folded, as `wordsFrom` reads it) is the
 * first word of a label or of a copyright phrase, or "copyright".
 */
function opensWithTailWord(text: string, s: number, limit: number, t: Tables): boolean {
  if (!isFoldedLetter(text, s)) return false
  const end = tokenEnd(text, s, limit)
  let node = 0
  for (let k = s; k < end && node >= 0; k++) node = t.trie.step(node, foldedAt(text, k))
  return node >= 0 && (t.trie.flags[node] & T_TAIL_WORD) !== 0
}

/** Closing quotes and brackets skipped before a tail's full stop: " ” ’ ) ] ». */
function isTailCloserCode(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0xbb
}

/** Furniture after a full sentence, running to the end of the line. */
export function tailFurniture(
  text: string,
  v: Prose,
  from: number,
  limit: number,
  t: Tables
): {start: number; cut: number; reason: string} | undefined {
  // Candidate starts: after ". ", "! ", "? " (and closing quotes/brackets), not after an abbreviation.
  // Tail furniture is short: look at the last 600 characters only.
  const lower = limit - from > 600 ? limit - 600 : from
  // Candidates: white space at i (lower < i < limit - 1) right after . ! ? …
  // and any closing quotes or brackets.  The scan jumps from one such stop
  // to the next, from the start of the closers before `lower + 1`.
  let k = lower
  while (k > from && isTailCloserCode(text.charCodeAt(k))) k--
  const stops = stopsOf(v)
  for (let n = lowerBound(stops, k); n < stops.length; n++) {
    const j = stops[n]
    let i = j + 1
    while (i < limit && isTailCloserCode(text.charCodeAt(i))) i++
    if (i >= limit - 1) break
    if (i <= lower || !isSpaceAt(text, i)) continue
    let s = i
    while (s < limit && isSpaceAt(text, s)) s++
    if (s >= limit) break
    // Quick check: the tail must open with a label word, "©", "(c)" or "copyright".
    if (text.charCodeAt(s) !== 0xa9 /* © */ && !opensWithTailWord(text, s, limit, t) && !(foldedAt(text, s) === 40 && foldedAt(text, s + 1) === 99 && foldedAt(text, s + 2) === 41)) {
      continue
    }
    // (Pure checks, the cheap ones first: a candidate after an abbreviation
    // or inside a quotation is dropped all the same.)
    const verdict = furniture(text, v, s, limit, false, t)
    if (!verdict || (text[j] === '.' && j === i - 1 && isAbbreviationBefore(text, j)) || insideQuote(v, s)) continue
    return {start: s, cut: i, reason: verdict.reason}
  }
  return undefined
}

const BRACKET_CREDIT = new Set(['photo', 'photos', 'picture', 'pictures', 'image', 'images', 'video', 'foto', 'fotos', 'credit', 'photo credit', 'image credit', 'picture credit', 'imagen', 'immagine', 'imagem', 'bild', 'credito', 'credito foto', 'credit photo', 'file photo', 'archive photo', 'foto de archivo', 'photograph', 'photography', 'fotografia'])

export interface BracketCredit {
  start: number
  end: number
  cut: number
  reason: string
  fixEnd: number
}

/** "(Photo: AFP)", "(Picture: Example Images)", "(Foto: ANSA)": credits in brackets (undefined if none). */
export function bracketCredits(u: Unit, text: string, v: Prose, t: Tables): BracketCredit[] | undefined {
  let out: BracketCredit[] | undefined
  let at = indexIn(v, '(', u.start)
  while (at !== -1 && at < u.end) {
    const close = indexIn(v, ')', at)
    if (close === -1 || close >= u.end + 1) return out
    if (close - at <= 80) {
      const m = matchLabel(text, at + 1, close, t)
      if (m && BRACKET_CREDIT.has(m.key)) {
        const rest = restOf(text, m.end, close)
        const ok =
          (rest.type === 'sep' && wordCount(text.slice(rest.tail, close)) <= 8) ||
          (rest.type === 'plain' && plainOk(text, foldedOf(v), m, m.label, rest.tail, close, 0, false, t))
        if (ok) {
          // Delete the spaces before the bracket too; at the start of the line, the ones after it.
          let cut = at
          while (cut > u.start && (text[cut - 1] === ' ' || text[cut - 1] === '\t')) cut--
          let fixEnd = close + 1
          if (cut === u.start) {
            cut = at
            while (fixEnd < u.end && (text[fixEnd] === ' ' || text[fixEnd] === '\t')) fixEnd++
          }
          ;(out ??= []).push({start: at, end: close + 1, cut, reason: `Photo credit “${text.slice(at, close + 1)}” left in the copy: delete it`, fixEnd})
        }
      }
    }
    at = indexIn(v, '(', close + 1)
  }
  return out
}
