/**
 * stray-fragment, part: video captions that end in their duration.
 *
 * What it finds: a line that ends in a duration m:ss or mm:ss, bracketed or
 * not ("… in the capital 2:15", "Rescue teams reach the village (01:42)"),
 * after at least three words that are not a sentence (no final stop, colon
 * or comma before the duration) nor a time expression ("The polls open at
 * 7:30", "Kick-off 15:00").  Results lines ("1. Jane Roe (Kenya) 2:15:25")
 * are left alone: the seconds must be 00–59 and nothing numeric may precede
 * the minutes.
 */
import {wordCount} from '../support/blocks.js'
import {foldedOf, isDigitAt, isSpaceAt, type Prose} from './scan.js'
import type {Tables} from './tables.js'

/** A video caption that ends in a duration: "… in the capital 2:15". */
export function isDurationCaption(text: string, v: Prose, from: number, limit: number, t: Tables): boolean {
  let end = limit
  while (end > from && isSpaceAt(text, end - 1)) end--
  if (text[end - 1] === ')') end--
  // m:ss
  if (end - from < 8) return false
  if (!isDigitAt(text, end - 1) || !isDigitAt(text, end - 2) || text[end - 3] !== ':') return false
  if (!/[0-5]/.test(text[end - 2])) return false
  let s = end - 4
  if (!/\d/.test(text[s] ?? '')) return false
  if (/\d/.test(text[s - 1] ?? '')) s--
  const before = text[s - 1]
  if (before === undefined || /[\d:.,]/u.test(before) || s - 1 < from) return false
  // The text before: at least three words, not a sentence, not a time expression.
  let p = s - 1
  while (p > from && /[\s(|\-–—]/u.test(text[p])) p--
  const head = text.slice(from, p + 1)
  if (wordCount(head) < 3 || /[.!?:;,]["”’)]?$/u.test(head)) return false
  const last = /([\p{L}.'-]+)$/u.exec(foldedOf(v).slice(Math.max(from, p - 20), p + 1))
  if (last && t.timeWords.has(last[1].replace(/\.$/, ''))) return false
  return true
}
