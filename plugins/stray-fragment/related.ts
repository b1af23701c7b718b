/**
 * stray-fragment, part: headlines of other stories pasted among the body
 * paragraphs (related-story links whose label was stripped) and pagers.
 *
 * What it finds:
 * - a line in title case — its first word and at least five content words
 *   capitalised, no word in lower case but the small words title case
 *   leaves low (a, the, of, in …) — of seven to 25 words (a short
 *   title-case subhead is copy), with no final stop
 *   or colon, no brackets, no fixture "v", not a list item, standing
 *   alone between two body paragraphs or after the last one: a warning.
 *   News copy writes its subheads in sentence case, and a list of names or
 *   fixtures comes in runs; a lone title-case line among the paragraphs is
 *   the headline of another story.  On a listing page (three such lines or
 *   more, or teasers cut with an ellipsis) the headlines are the content,
 *   and nothing is reported;
 * - a pager line: "PREV" or "NEXT" in capitals before a headline: an error;
 * - a page that opens with bulleted headlines (six words or more, no final
 *   stop) before the story: each is a link to another story — a warning.
 */
import {cached} from '../support/document.js'
import {placeOf, textOf, type Page} from './page.js'
import {cutLines} from './teasers.js'
import type {LineVerdict} from './verdict.js'

/** Small words title case writes in lower case. */
const TITLE_LOW = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'onto', 'over', 'per', 'up', 'off', 'out'])

/** Whether line k has the shape of a title-case headline (place aside); `strict`: not a list or fixture line. */
function isTitleCase(page: Page, k: number, strict = true): boolean {
  const l = page.lines[k]
  if (l.words < 7 || l.words > 25 || l.terminated || l.body) return false
  const line = textOf(l).trim()
  if (strict && !plainTitle(line)) return false
  return titleWords(line)
}

/** No bracket, fixture "v", score, number, percentage, two commas, colon at the end or after the first word: a headline, not a list, results or field line. */
function plainTitle(line: string): boolean {
  return !(/[:;,]$/u.test(line) || (line.match(/,/gu)?.length ?? 0) >= 2 || line.includes('%') || /^[^\s:]+\s?:/u.test(line) || /[()[\]]/u.test(line) || /\s(?:v|vs)\.?\s/u.test(line) || /^\d/u.test(line) || /\d\s?[-–:]\s?\d/u.test(line))
}

/** The first word and five content words or more capitalised, no lower-case word but the small ones. */
function titleWords(line: string): boolean {
  if (!/^[\p{Lu}"“‘'«]/u.test(line)) return false
  let caps = 0
  for (const raw of line.split(/\s+/u)) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    if (!w) continue
    if (/^\p{Lu}/u.test(w)) {
      if (!TITLE_LOW.has(w.toLowerCase())) caps++
    } else if (/^\p{Ll}/u.test(w)) {
      if (!TITLE_LOW.has(w)) return false
    }
  }
  return caps >= 5
}

/** Title-case lines of the page and mid-sentence cuts: many of them make a listing page. */
function isListing(page: Page): boolean {
  return cached(page.index, 'stray-fragment:listing', () => {
    let n = 0
    for (let k = page.firstBody; k <= page.lastBody; k++) {
      if (isTitleCase(page, k, false) && ++n >= 3) return true
    }
    return cutLines(page) >= 2
  })
}

const BULLET = /^[•·▪►]\s/u

/** The page opens with a list of bulleted headlines (links to other stories) before the story: line k is one. */
function openingLinkList(page: Page, k: number): boolean {
  if (k >= page.firstBody || k > 8) return false
  for (let j = 0; j <= k; j++) {
    const l = page.lines[j]
    if (!BULLET.test(textOf(l).trimStart()) || l.terminated || l.words < 6) return false
  }
  return true
}

export function relatedLine(page: Page, k: number): LineVerdict | undefined {
  const l = page.lines[k]
  if (l.words < 3 || l.words > 25) return undefined
  const line = textOf(l).trim()
  if (/^(?:PREV|NEXT|PREVIOUS)\s+\p{Lu}/u.test(line)) return {level: 'strong', reason: 'Pager link to another story left in the copy: delete it'}
  if (openingLinkList(page, k)) return {level: 'likely', reason: 'Headline of another story (a list of links above the story) left in the copy: delete it'}
  if (l.words < 7 || placeOf(page, k) === 'top' || !isTitleCase(page, k)) return undefined
  // Alone between two body paragraphs, or after the last one.
  const prev = page.lines[k - 1]
  const next = page.lines[k + 1]
  if (!prev || !prev.body || (next && !next.body && placeOf(page, k) !== 'foot')) return undefined
  if (isListing(page)) return undefined
  return {level: 'likely', reason: 'Headline of another story (a related link) left among the paragraphs: delete it'}
}
