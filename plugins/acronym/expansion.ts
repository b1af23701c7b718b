/**
 * acronym, the expansion: the words of the name next to an acronym, and
 * whether the acronym's letters follow them.
 *
 * How it decides: a name is up to 16 words before "(ACR)" (commas allowed,
 * stopping at "U.S.", "G7") or inside "ACR (Name)"; each word keeps its
 * hyphen and camel-case parts ("Co-operation", "PwC"), an all-capitals word
 * ("UN") gives each of its letters.  The acronym fits when its letters come,
 * in order, from the initials of the words and parts, skipping function
 * words and at most one other word (strict), with lower-case letters of the
 * acronym also from inside a word ("Ofcom", "PwC", "BoE"); the loose reading
 * takes any letter from inside a word and skips any number of words
 * ("TEPCO", "Nymex").  The first letter comes from a word of the name, not a
 * function word; the last from the name's last significant word (a trailing
 * generic noun aside).  The search is memoised and bounded.
 */
import {EXPANSION_FUNCTION_WORDS, TRAILING_NOUNS} from '../data/acronym-words.js'
import {MASK} from '../support/document.js'
import {UPPER_ONLY} from '../support/text.js'
import {isDigit, isLetter, isSpace, isUpper, isWordChar} from './characters.js'

export interface XWord {
  raw: string
  lower: string
  fn: boolean
  /** An all-capitals word inside the name ("UN"): each letter counts. */
  caps: boolean
  /** Hyphen and camel-case parts ("Co-operation" → Co, operation). */
  segs: string[]
}

function makeWord(raw: string): XWord | undefined {
  const w = plainWord(raw) ? raw : raw.replace(/^['’-]+/u, '').replace(/(?:['’]s|['’])$/u, '').replace(/-+$/u, '')
  if (w.length === 0) return undefined
  const lower = w.toLowerCase()
  const fn = EXPANSION_FUNCTION_WORDS.has(lower)
  const caps = w.length >= 2 && w.length <= 6 && UPPER_ONLY.test(w)
  const segs: string[] = []
  if (caps) {
    for (const c of w) segs.push(c)
  } else {
    for (const part of w.split('-')) {
      if (part.length === 0 || part === '&') continue
      let from = 0
      for (let i = 1; i < part.length; i++) {
        if (isUpper(part[i]) && !isUpper(part[i - 1]) && isLetter(part[i - 1])) {
          segs.push(part.slice(from, i))
          from = i
        }
      }
      segs.push(part.slice(from))
    }
  }
  if (segs.length === 0) return undefined
  return {raw, lower, fn, caps, segs}
}

/** A word the three trims of makeWord leave as it is (no edge apostrophe, hyphen, possessive). */
function plainWord(raw: string): boolean {
  const first = raw[0]
  const last = raw[raw.length - 1]
  if (first === undefined || first === "'" || first === '’' || first === '-') return false
  if (last === "'" || last === '’' || last === '-') return false
  if (last === 's') {
    const before = raw[raw.length - 2]
    if (before === "'" || before === '’') return false
  }
  return true
}

/** Up to 16 words before `pos` (commas allowed), in reading order. */
export function wordsBefore(text: string, pos: number): XWord[] {
  const out: XWord[] = []
  let j = pos
  while (out.length < 16) {
    while (j > 0 && isSpace(text[j - 1])) j--
    if (j === 0) break
    const c = text[j - 1]
    if (c === ',') {
      j--
      continue
    }
    if (!isWordChar(c)) break
    let k = j
    while (k > 0 && isWordChar(text[k - 1]) && j - k < 60) k--
    if (k > 0 && (isDigit(text[k - 1]) || text[k - 1] === '.' || text[k - 1] === MASK)) {
      // "U.S.", "G7": part of a word this scan does not read; stop here.
      break
    }
    const word = makeWord(text.slice(k, j))
    if (word) out.push(word)
    j = k
  }
  return out.reverse()
}

/** The words of a bracketed name ("ACR (Name Of Body)"). */
export function wordsOf(text: string): XWord[] {
  const out: XWord[] = []
  for (const raw of text.split(/[\s,]+/u)) {
    if (raw.length === 0) continue
    if (!/^[\p{L}'’&-]+$/u.test(raw)) return []
    const w = makeWord(raw)
    if (w) out.push(w)
    if (out.length > 16) return []
  }
  return out
}

/** Index of the last word of the name an acronym must reach. */
function anchorOf(words: XWord[]): number {
  for (let i = words.length - 1; i >= 0; i--) {
    if (!words[i].fn && !TRAILING_NOUNS.has(words[i].lower)) return i
  }
  for (let i = words.length - 1; i >= 0; i--) if (!words[i].fn) return i
  return -1
}

/**
 * Do the acronym's letters follow the name?  Initials of words and their
 * parts in order (function words may give a letter: "DOJ", "BoE"); at most
 * one significant word skipped (strict) or any number (loose); letters from
 * inside a word only for lower-case letters (strict: "PwC", "Ofcom") or any
 * letter (loose: "TEPCO", "Nymex").  The last letter must come from the
 * name's last significant word.
 */
export function fitsExpansion(acronym: string, words: XWord[], strict: boolean): boolean {
  const anchor = anchorOf(words)
  if (anchor < 0) return false
  const letters: string[] = []
  const upper: boolean[] = []
  for (const c of acronym) {
    if (!isLetter(c)) continue
    letters.push(c.toLowerCase())
    upper.push(isUpper(c))
  }
  const n = letters.length
  if (n === 0) return false
  const segs: Array<{w: number; s: string}> = []
  for (let w = 0; w < words.length && segs.length < 1000; w++) for (const s of words[w].segs) segs.push({w, s: s.toLowerCase()})
  let budget = 20_000
  const failed = new Set<number>()
  const go = (i: number, s: number, c: number, skips: number): boolean => {
    if (--budget < 0) return false
    if (i === n) return s >= 0 && segs[s].w >= anchor
    const key = ((i * 1024 + (s + 1)) * 64 + Math.min(c, 63)) * 4 + skips
    if (failed.has(key)) return false
    if (s >= 0 && (!strict || !upper[i])) {
      const t = segs[s].s
      for (let p = c; p < t.length; p++) {
        if (t[p] === letters[i] && go(i + 1, s, p + 1, skips)) return true
      }
    }
    for (let t = s + 1; t < segs.length; t++) {
      if (segs[t].s[0] !== letters[i]) continue
      // The first letter comes from a word of the name, not from "of" or "the".
      if (i === 0 && words[segs[t].w].fn) continue
      let add = 0
      if (s >= 0) for (let w = segs[s].w + 1; w < segs[t].w; w++) if (!words[w].fn) add++
      if (strict && skips + add > 1) break
      if (go(i + 1, t, 1, Math.min(3, skips + add))) return true
    }
    failed.add(key)
    return false
  }
  return go(0, -1, 0, 0)
}
