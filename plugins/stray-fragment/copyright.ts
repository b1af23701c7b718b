/**
 * stray-fragment, part: copyright notices.
 *
 * What it finds: a line or tail that opens with "©", "(c) 2024" or
 * "Copyright" before a year, "©", "(c)" or a colon; a copyright phrase of
 * the tables ("All rights reserved", "Todos los derechos reservados",
 * "Riproduzione riservata"); on a whole line, a phrase closing a run of
 * names, years and connectors ("Example Agency, all rights reserved."); and
 * a short "© Holder" credit ending a caption line ("The minister in Kyiv ©
 * Example Agency").  None in a line of more than 40 words (30 for a phrase,
 * 15 for a closing phrase).  How: the leading run of letters is looked up in
 * the trie, the closing run in the reversed trie; the paragraph is folded
 * and the words counted only when a notice is in view.
 */
import {wordCount} from '../support/blocks.js'
import {fold, foldedAt, foldedOf, isLetterAt, isSpaceAt, lastIndexIn, startsWithAny, wordCountRange, type Prose} from './scan.js'
import {endsCopyrightRun, leadFlags, T_COPY_LEAD, T_COPYRIGHT, type Tables} from './tables.js'
import type {Verdict} from './furniture.js'

/**
 * Copyright notices: "© 2024 …", "Copyright 2024 …", "All rights reserved", "Todos los derechos reservados".
 * None in a line of more than 40 words; the word count is taken only when a
 * notice is in view.
 */
export function copyrightAt(text: string, v: Prose, from: number, limit: number, whole: boolean, t: Tables): Verdict | undefined {
  let counted = -1
  // Capped: only compared with 40 or less.
  const words = (): number => (counted < 0 ? (counted = wordCountRange(text, from, limit, 41)) : counted)
  const c = text[from]
  // "(c) 2024 …", not a list item "(c) the third option".
  if (c === '©' || (foldedAt(text, from) === 40 && /^\(c\) ?[12]\d{3}\b/u.test(fold(text.slice(from, from + 10))))) {
    return words() > 40 ? undefined : {reason: 'Copyright line left in the copy: delete it'}
  }
  // The leading word ("copyright" followed by no letter or digit, or a phrase's first word).
  const lead = leadFlags(text, from, t)
  if (lead & T_COPYRIGHT) {
    const after = text.slice(from + 9, from + 20).trimStart()
    if (/^(?:©|\([cC]\)|[12]\d{3}\b|:)/u.test(after)) return words() > 40 ? undefined : {reason: 'Copyright line left in the copy: delete it'}
  }
  if (lead & T_COPY_LEAD) {
    const phrase = startsWithAny(foldedOf(v), from, t.copyright)
    if (phrase && words() <= 30) return {reason: `Copyright notice (“${text.slice(from, from + phrase.length)}”) left in the copy: delete it`}
  }
  if (whole) {
    // "Example Agency, all rights reserved."
    let end = limit
    while (end > from && (text[end - 1] === '.' || isSpaceAt(text, end - 1))) end--
    if (!endsCopyrightRun(text, end, t) || words() > 15) return undefined
    const folded = foldedOf(v)
    for (const p of t.copyright) {
      const at = end - p.length
      if (at > from && folded.startsWith(p, at) && !isLetterAt(folded, at - 1) && isNameRun(text.slice(from, at), t)) {
        return {reason: `Copyright notice (“${text.slice(at, end)}”) left in the copy: delete it`}
      }
    }
  }
  return undefined
}

/** Only names, years and connectors ("Example Press Agency,", "© 2024 EFE."): the holder of a notice. */
function isNameRun(span: string, t: Tables): boolean {
  const words = span.split(/[\s,.;:|/-]+/u).filter(Boolean)
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}©(]/u.test(w) || t.connectors.has(fold(w)))
}

/** "… in Kyiv © Example Agency", "… in Kyiv (© Example)": a short copyright credit ending the line. */
export function trailingCopyright(v: Prose, from: number, limit: number): {start: number; cut: number} | undefined {
  const text = v.text
  const at = lastIndexIn(v, '©', limit - 1)
  if (at <= from) return undefined
  let start = at
  if (text[at - 1] === '(') start = at - 1
  if (start <= from || !isSpaceAt(text, start - 1)) return undefined
  const rest = text.slice(at + 1, limit)
  if (wordCount(rest) > 6 || /[.!?]\s+\p{Lu}/u.test(rest)) return undefined
  if (start === at - 1 && !/\)\s*$/u.test(rest)) return undefined
  let cut = start
  while (cut > from && isSpaceAt(text, cut - 1)) cut--
  return {start, cut}
}
