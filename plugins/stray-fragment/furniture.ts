/**
 * stray-fragment, part: is a span page furniture?  The judgement shared by
 * the line check (a whole line) and the tail check (the rest of a paragraph
 * after its last full sentence).
 *
 * What it finds, matched against the folded phrase tables
 * (case-insensitive, accent-insensitive):
 * - a label (related link, call to action, share action, ad slot, credit,
 *   caption) and what follows it: alone (its line, or followed by closing
 *   punctuation only); after a separator (`:`, `|`, `»`, `/`, a spaced dash
 *   …) a tail of the label's kind — any short text, a credit (an agency, a
 *   credit word, a slash credit, or for some labels a run of capitalised
 *   names; "Source:" takes an agency only, since a data source line is
 *   legitimate copy), a share bar; after a plain space, a capitalised
 *   headline without a final stop ("Also read Rebels take the airport"), a
 *   headline after an all-capitals label, a credit ("Photo by Jane Roe/Getty
 *   Images");
 * - a share bar: share actions and platforms only ("Share Facebook Twitter
 *   Email"), at least one action or two platforms;
 * - on a whole line, a slash credit opening with an agency ("EFE/Juan
 *   Pérez");
 * - a copyright notice (copyright.ts).
 * In a paragraph tail only unmistakable labels count ("Related." or "Share."
 * alone do not), and the word counts are tighter.  How: the longest label is
 * walked down the trie while the text is read; the paragraph is folded only
 * for a candidate.
 */
import {wordCount} from '../support/blocks.js'
import {copyrightAt} from './copyright.js'
import {fold, foldedAt, foldedOf, isFoldedLetter, isLetterAt, startsWithAny, type Prose} from './scan.js'
import {leadFlags, T_AGENCY_LEAD, T_SHARE_WORD, type Kind, type Label, type Tables} from './tables.js'

export interface Tok {
  start: number
  end: number
}

/**
 * The end of the word starting at `i` (of the folded text, read from
 * `text`; a letter or digit at `i`): letters and digits, with inner
 * apostrophes and hyphens ("suivez-nous", "l'article").
 */
export function tokenEnd(text: string, i: number, limit: number): number {
  while (i < limit) {
    if (isFoldedLetter(text, i)) i++
    else {
      const f = foldedAt(text, i)
      if ((f === 39 || f === 45) && i + 1 < limit && isFoldedLetter(text, i + 1)) i++
      else break
    }
  }
  return i
}

/** A space or tab in the folded text. */
function isFoldedBlank(text: string, i: number): boolean {
  const f = foldedAt(text, i)
  return f === 32 || f === 9
}

/**
 * Read up to `max` words from `from` (of the folded text, read from `text`),
 * separated by single runs of spaces only.
 */
export function wordsFrom(text: string, from: number, limit: number, max: number): Tok[] {
  const out: Tok[] = []
  let i = from
  while (out.length < max && i < limit) {
    if (!isFoldedLetter(text, i)) break
    const start = i
    i = tokenEnd(text, i, limit)
    out.push({start, end: i})
    let j = i
    while (j < limit && isFoldedBlank(text, j)) j++
    if (j === i) break
    i = j
  }
  return out
}

export interface LabelMatch {
  label: Label
  key: string
  start: number
  end: number
}

/**
 * The longest table label starting at `from`: the words of `wordsFrom`
 * (folded text, read from `text`), walked down the trie while they still
 * begin some label.
 */
export function matchLabel(text: string, from: number, limit: number, t: Tables): LabelMatch | undefined {
  const trie = t.trie
  let best: LabelMatch | undefined
  let node = 0
  let i = from
  for (let n = 0; n < t.maxWords; n++) {
    if (i >= limit || !isFoldedLetter(text, i)) break
    const end = tokenEnd(text, i, limit)
    if (n > 0) node = trie.step(node, 32)
    for (let k = i; k < end && node >= 0; k++) node = trie.step(node, foldedAt(text, k))
    if (node < 0) break
    const entry = trie.labels[node]
    if (entry) best = {label: entry.label, key: entry.key, start: from, end}
    let j = end
    while (j < limit && isFoldedBlank(text, j)) j++
    if (j === end) break
    i = j
  }
  return best
}

/** Leading bullets, arrows and brackets a furniture line may start with. */
const LEAD = new Set([' ', '\t', '»', '>', '›', '►', '▶', '•', '·', '*', '-', '–', '—', '|', '[', '(', '■', '▪', '→', '+'])

export function skipLead(text: string, from: number, limit: number): number {
  let i = from
  let n = 0
  while (i < limit && LEAD.has(text[i]) && n < 8) {
    i++
    n++
  }
  return i
}

const SEPARATORS = new Set([':', '：', '|', '>', '»', '›', '/', '…', '–', '—', '-'])

interface Rest {
  type: 'alone' | 'sep' | 'plain' | 'other'
  /** Start of the tail after the separator or space. */
  tail: number
}

export function restOf(text: string, at: number, limit: number): Rest {
  let i = at
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++
  if (i >= limit) return {type: 'alone', tail: limit}
  const spaced = i > at
  const c = text[i]
  if (SEPARATORS.has(c) || c === '.') {
    // A hyphen or dash separates only with a space before it ("Related - …").
    if ((c === '-' || c === '–' || c === '—') && !spaced) return {type: 'other', tail: i}
    let j = i
    while (j < limit && (SEPARATORS.has(text[j]) || text[j] === '.' || text[j] === ' ' || text[j] === '\t')) j++
    const only = text.slice(j, limit).trim()
    if (only === '' || /^[)\]»!.…*•]*$/u.test(only)) return {type: 'alone', tail: limit}
    if (c === '.' && text[i + 1] !== '.') return {type: 'other', tail: j}
    return {type: 'sep', tail: j}
  }
  if (/^[)\]»!*•]+\s*$/u.test(text.slice(i, limit))) return {type: 'alone', tail: limit}
  if (!spaced) return {type: 'other', tail: i}
  return {type: 'plain', tail: i}
}

/**
 * A credit tail: an agency, a credit word ("File", "Archivo"), a slash credit
 * ("EFE/Juan Pérez"), or (mode 'names') a short run of capitalised names.
 * Mode 'agency' (after "Source:") takes agencies only, so that a data source
 * ("Source: Internet Watch Foundation") is left alone.
 */
export function isCreditTail(text: string, folded: string, from: number, limit: number, mode: 'names' | 'credit' | 'agency', t: Tables): boolean {
  let end = limit
  while (end > from && /[\s.)\]]/u.test(text[end - 1])) end--
  if (end <= from) return false
  const tail = text.slice(from, end)
  if (wordCount(tail) > 8) return false
  const credit = (s: number): boolean => {
    if (startsWithAny(folded, s, t.agencies)) return true
    if (mode === 'agency') return false
    for (const w of t.creditWords) if (folded.startsWith(w, s) && !isLetterAt(folded, s + w.length)) return true
    return false
  }
  if (credit(from)) return true
  // "Juan Pérez/EFE", "Reprodução/Instagram": a slash credit naming an agency or a credit word.
  if (tail.includes('/')) {
    let at = from
    for (const piece of tail.split('/')) {
      let s = at
      while (s < end && folded[s] === ' ') s++
      if (credit(s)) return true
      at += piece.length + 1
    }
  }
  if (mode !== 'names') return false
  const words = tail.split(/[\s/|,;]+/u).filter(Boolean)
  if (words.length === 0) return false
  return /^[\p{Lu}]/u.test(tail) && words.every((w) => /^[\p{Lu}\p{N}@©(]/u.test(w) || t.connectors.has(fold(w)))
}

/** Separators between share-bar words: space | / · • , : - – — (folded code units). */
const isShareSeparator = (f: number): boolean =>
  f === 32 || f === 124 || f === 47 || f === 0xb7 || f === 0x2022 || f === 44 || f === 58 || f === 45 || f === 0x2013 || f === 0x2014

/**
 * Whether the first word `isShareBar` reads begins some share-bar phrase: if
 * not, the bar cannot match (a quick pre-check, without building the words).
 */
function shareBarStarts(text: string, from: number, limit: number, t: Tables): boolean {
  let i = from
  while (i < limit && isShareSeparator(foldedAt(text, i))) i++
  if (i >= limit) return false
  const s = i
  while (i < limit) {
    const f = foldedAt(text, i)
    // "e-mail": no break after a lone "e".
    if (isShareSeparator(f) && !(f === 45 && i - s === 1 && foldedAt(text, s) === 101)) break
    i++
    if (i - s > 30) return false
  }
  let node = 0
  for (let k = s; k < i && node >= 0; k++) node = t.trie.step(node, foldedAt(text, k))
  return node >= 0 && (t.trie.flags[node] & T_SHARE_WORD) !== 0
}

/** Only share-bar words ("Share Facebook Twitter Email"), with at least one action or two platforms. */
function isShareBar(folded: string, from: number, limit: number, t: Tables): boolean {
  const words: string[] = []
  let cur = ''
  for (let i = from; i < limit; i++) {
    const c = folded[i]
    if (c === ' ' || c === '|' || c === '/' || c === '·' || c === '•' || c === ',' || c === ':' || c === '-' || c === '–' || c === '—') {
      if (c === '-' && cur === 'e') {
        cur = 'e-' // "e-mail"
        continue
      }
      if (cur) words.push(cur)
      cur = ''
    } else {
      cur += c
      if (cur.length > 30) return false
    }
    if (words.length > 16) return false
  }
  if (cur) words.push(cur)
  if (words.length === 0) return false
  let actions = 0
  let platforms = 0
  let i = 0
  while (i < words.length) {
    let matched = 0
    for (let k = Math.min(t.shareMaxWords, words.length - i); k >= 1; k--) {
      const kind = t.share.get(words.slice(i, i + k).join(' '))
      if (kind) {
        if (kind === 'action') actions++
        else platforms++
        matched = k
        break
      }
    }
    if (matched === 0) return false
    i += matched
  }
  return actions >= 1 || platforms >= 2
}

export interface Verdict {
  reason: string
}

const KIND_NAME: Record<Kind, string> = {
  related: 'related-link label',
  cta: 'call to action',
  share: 'share bar',
  ad: 'ad slot',
  credit: 'credit or caption label',
  caption: 'caption label'
}

/**
 * Whether the span from `from` (a whole line, or a paragraph tail) is page
 * furniture.  The quick checks read the text; the folded paragraph is built
 * only for a candidate that gets past them.
 */
export function furniture(text: string, v: Prose, from: number, limit: number, whole: boolean, t: Tables): Verdict | undefined {
  const start = whole ? skipLead(text, from, limit) : from
  if (start >= limit) return undefined
  const copy = copyrightAt(text, v, start, limit, whole, t)
  if (copy) return copy
  const m = matchLabel(text, start, limit, t)
  if (m) {
    const verdict = judgeLabel(text, foldedOf(v), m, limit, whole, t)
    if (verdict) return verdict
  }
  if (shareBarStarts(text, start, limit, t) && isShareBar(foldedOf(v), start, limit, t) && wordCount(text.slice(start, limit)) <= 12) {
    return {reason: 'Share bar left in the copy: delete it'}
  }
  if (whole) {
    if (isSlashCredit(text, v, start, limit, t)) return {reason: 'Photo credit left in the copy: delete it'}
  }
  return undefined
}

function judgeLabel(text: string, folded: string, m: LabelMatch, limit: number, whole: boolean, t: Tables): Verdict | undefined {
  const {label} = m
  const rest = restOf(text, m.end, limit)
  const name = KIND_NAME[label.kind]
  const shown = text.slice(m.start, m.end)
  const words = wordCount(text.slice(m.start, limit))
  switch (rest.type) {
    case 'alone':
      if (!label.alone) return undefined
      // In a paragraph tail, only unmistakable labels: not "Related." or "Share."
      if (!whole && (label.kind === 'related' || label.kind === 'share') && label.plain !== 'headline') return undefined
      return {reason: `Page furniture (${name} “${shown}”) left in the copy: delete it`}
    case 'sep': {
      const ok = sepOk(text, folded, label, rest.tail, limit, words, whole, t)
      return ok ? {reason: `Page furniture (${name} “${shown}”) left in the copy: delete it`} : undefined
    }
    case 'plain': {
      const ok = plainOk(text, folded, m, label, rest.tail, limit, words, whole, t)
      return ok ? {reason: `Page furniture (${name} “${shown}”) left in the copy: delete it`} : undefined
    }
    default:
      return undefined
  }
}

function sepOk(text: string, folded: string, label: Label, tail: number, limit: number, words: number, whole: boolean, t: Tables): boolean {
  switch (label.sep) {
    case 'any':
      if (label.kind === 'credit' || label.kind === 'caption') return whole ? words <= 40 : words <= 14
      return whole ? words <= 40 : words <= 20
    case 'short':
      return words <= 16
    case 'creditNames':
      return isCreditTail(text, folded, tail, limit, 'names', t)
    case 'creditStrict':
      return isCreditTail(text, folded, tail, limit, 'agency', t)
    case 'bar':
      return isShareBar(folded, tail, limit, t)
  }
}

export function plainOk(
  text: string,
  folded: string,
  m: LabelMatch,
  label: Label,
  tail: number,
  limit: number,
  words: number,
  whole: boolean,
  t: Tables
): boolean {
  const first = text[tail]
  switch (label.plain) {
    case 'headline':
      // "Also read Rebels take the airport": a capitalised headline (no final full stop) follows.
      return whole && words <= 30 && /[\p{Lu}\p{N}"“‘'«]/u.test(first) && !/[.;,]\s*$/u.test(text.slice(tail, limit))
    case 'caps': {
      // "MORE INFORMATION Rebels take the airport": an all-capitals label before a headline.
      const shown = text.slice(m.start, m.end)
      if (!whole || !/\p{L}/u.test(shown) || shown !== shown.toUpperCase()) return false
      const next = text.slice(tail, Math.min(limit, tail + 3))
      return /^\p{Lu}\p{Ll}/u.test(next) && words <= 30
    }
    case 'short':
      return words <= 16
    case 'credit': {
      // "Photo EFE", "Photo by Jane Roe/Getty Images", "Foto di Mario Rossi".
      const by = wordsFrom(text, tail, limit, 2)
      if (by.length > 0) {
        const w1 = folded.slice(by[0].start, by[0].end)
        const two = by.length > 1 ? w1 + ' ' + folded.slice(by[1].start, by[1].end) : ''
        const after = t.creditBy.has(two) ? by[1].end : t.creditBy.has(w1) ? by[0].end : -1
        if (after >= 0) {
          let s = after
          while (s < limit && text[s] === ' ') s++
          return s < limit && isCreditTail(text, folded, s, limit, 'names', t)
        }
      }
      return wordCount(text.slice(tail, limit)) <= 6 && isCreditTail(text, folded, tail, limit, 'credit', t)
    }
    default:
      return false
  }
}

/** "EFE/Juan Pérez", "REUTERS/Susana Vera": a credit line with a slash. */
function isSlashCredit(text: string, v: Prose, from: number, limit: number, t: Tables): boolean {
  // It opens with an agency (the check below); first its leading word, quickly.
  if ((leadFlags(text, from, t) & T_AGENCY_LEAD) === 0) return false
  const folded = foldedOf(v)
  const span = text.slice(from, limit).trim()
  if (!span.includes('/') || wordCount(span) > 6 || /[.!?]$/u.test(span)) return false
  const agency = startsWithAny(folded, from, t.agencies)
  if (!agency) return false
  let i = from + agency.length
  while (i < limit && text[i] === ' ') i++
  if (text[i] !== '/') return false
  return isCreditTail(text, folded, from, limit, 'credit', t)
}
