/**
 * stray-fragment, part: the line classifier — the checks that read a line
 * with the page around it (page.ts), in order of certainty: site chrome
 * (chrome.ts), layout debris and stamps (stamps.ts), repetition
 * (repeats.ts), credits, bylines and mastheads (people.ts), captions
 * (captions.ts), related headlines and pagers (related.ts).  The first
 * verdict wins.  In Markdown and HTML, table cells are left alone, and
 * headings and list items are read for chrome and layout debris only.  Segments (a date field before the lead, a site name after
 * a headline, a teaser cut, link text in brackets) come from
 * `lineSegments`.
 */
import {captionLine, gluedAltText} from './captions.js'
import {chromeLine} from './chrome.js'
import type {Page} from './page.js'
import {isMastheadLine, peopleLine, sourceRunIn} from './people.js'
import {relatedLine} from './related.js'
import {headlineRunIn, repeatedLine} from './repeats.js'
import {doubledSegments} from './doubled.js'
import {fusedSegments} from './segments.js'
import {dateField, layoutLine, stampLine, trailingDate} from './stamps.js'
import {teaserSegments} from './teasers.js'
import type {LineVerdict} from './verdict.js'

const whole = (v: LineVerdict | undefined): LineVerdict | undefined => (v && v.start === undefined ? v : undefined)

/** A whole-line verdict for line k, if any. */
export function classifyLine(page: Page, k: number): LineVerdict | undefined {
  // Markdown and HTML blocks: a table cell is data, a heading or list item is what the author made it —
  // only chrome and layout debris are read there.
  const block = page.lines[k].u.p.block
  if (block === 'tableCell' || block === 'tableRow') return undefined
  if (block === 'heading' || block === 'listItem') return chromeLine(page, k, false) ?? whole(layoutLine(page, k))
  return (
    chromeLine(page, k) ??
    whole(layoutLine(page, k)) ??
    stampLine(page, k) ??
    whole(dateField(page, k)) ??
    repeatedLine(page, k) ??
    peopleLine(page, k) ??
    captionLine(page, k, (j) => isMastheadLine(page, j)) ??
    relatedLine(page, k)
  )
}

/** Segments of line k (a line with no whole-line verdict), in order, not overlapping. */
export function lineSegments(page: Page, k: number): LineVerdict[] | undefined {
  const block = page.lines[k].u.p.block
  if (block === 'tableCell' || block === 'tableRow') return undefined
  let out: LineVerdict[] = []
  const field = dateField(page, k)
  if (field && field.start !== undefined) out.push(field)
  const embed = layoutLine(page, k)
  if (embed && embed.start !== undefined) out.push(embed)
  const alt = gluedAltText(page, k)
  if (alt) out.push(alt)
  const runIn = headlineRunIn(page, k)
  if (runIn) out.push(runIn)
  const fused = fusedSegments(page, k)
  if (fused) out.push(...fused)
  const source = sourceRunIn(page, k)
  if (source) out.push(...source)
  const date = trailingDate(page, k)
  if (date) out.push(date)
  const teaser = teaserSegments(page, k)
  if (teaser) out.push(...teaser)
  const doubled = doubledSegments(page, k)
  if (doubled) out.push(...doubled)
  if (out.length === 0) return undefined
  out.sort((a, b) => a.start! - b.start!)
  // Drop overlaps (the first wins).
  const kept: LineVerdict[] = []
  for (const v of out) {
    const last = kept[kept.length - 1]
    if (last && v.start! < last.end!) continue
    kept.push(v)
  }
  out = kept
  return out
}
