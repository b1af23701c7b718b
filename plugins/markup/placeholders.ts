/**
 * markup, leaked template code: what a page template or a CMS theme leaves
 * in the text when a value was never filled in or a widget lost its markup —
 * printf and template placeholders ("Connecting to %s", "{{title}}",
 * "${name}", "{0}"), template identifiers ("spot_img", "[ad_1]",
 * "td_module_title"), the text a site's e-mail protection puts in place of
 * an address ("[email protected]"), and Markdown emphasis marks in plain
 * text ("** Joint statement", "**Breaking**").
 *
 * How it decides: by shape, not by a list of themes — English prose has no
 * use for "%s", for braces around an identifier, or for a lower-case word
 * joined to another by "_" (a programmer's identifier); a URL, an e-mail
 * address or a handle is masked out before.  A "**" counts alone between
 * spaces or around a stretch of words on one line, never in a line made of
 * asterisks (a section break) or right after a word (a footnote mark:
 * "the survey**").  Placeholders and identifiers are reported without an
 * unattended fix (the sentence around them may need rewriting); a "**" is
 * deleted, its words kept.
 */
import {MASK} from '../support/document.js'
import type {Candidate} from './candidate.js'

/** printf ("%s", "%d", "%1$s"), double-brace, dollar-brace and single-brace placeholders. */
const PLACEHOLDER = /%(?:\d\$)?[sdif](?![\p{L}\p{N}])|\{\{\s*[\w.]{1,40}\s*\}\}|\$\{[\w.]{1,40}\}|\{(?:\d{1,2}|[a-z_][a-z0-9_]{0,30})\}/gu
/** A programmer's identifier: lower-case words joined by "_" ("spot_img", "ad_1"), maybe in brackets. */
const IDENTIFIER = /\[?[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,8}\]?/g
/** What a site's e-mail protection leaves in place of an address. */
const PROTECTED_EMAIL = '[email\u00a0protected]'
const PROTECTED_EMAIL_SPACE = '[email protected]'
/** Markdown strong emphasis: a pair on one line, or a "**" standing alone. */
const STARS_PAIR = /\*\*(?=[^\s*])([^*\n]{1,120}?[^\s*])\*\*/g
const STARS_ALONE = /\*{2,3}/g

const WORD_CHAR = /[\p{L}\p{N}]/u

/** Leaked template code in one paragraph (masked text marks URLs, e-mail addresses and handles). */
export function placeholderCandidates(text: string, masked: string): Candidate[] {
  const out: Candidate[] = []
  if (text.includes('%') || text.includes('{')) {
    PLACEHOLDER.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = PLACEHOLDER.exec(text))) {
      const start = m.index
      // "50%d" is no placeholder; neither is a masked span.
      if (start > 0 && m[0][0] === '%' && WORD_CHAR.test(text[start - 1])) continue
      if (masked[start] === MASK) continue
      out.push({start, end: start + m[0].length, kind: 'fragment', reason: `Template placeholder “${m[0]}” left in the copy: fill it in or delete it`})
    }
  }
  if (text.includes('_')) {
    IDENTIFIER.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = IDENTIFIER.exec(text))) {
      const start = m.index
      const end = start + m[0].length
      const bracketed = m[0][0] === '[' && m[0][m[0].length - 1] === ']'
      if (!bracketed && m[0][0] === '[') continue
      // Inside a longer token (a path, a URL, a handle, CamelCase code): left to other checks.
      const before = start > 0 ? text[start - 1] : ' '
      if (/[\p{L}\p{N}@#/.\\{$]/u.test(before) || (before === '-' && start > 1 && WORD_CHAR.test(text[start - 2]))) continue
      if (end < text.length && /[\p{L}\p{N}@/\\-]/u.test(text[end])) continue
      if (masked[start + (bracketed ? 1 : 0)] === MASK) continue
      out.push({
        start,
        end,
        kind: 'fragment',
        reason: bracketed
          ? `Template placeholder “${m[0]}” left in the copy: delete it`
          : `Template identifier “${m[0]}” left in the copy (a widget that lost its markup): delete it`
      })
    }
  }
  for (const needle of [PROTECTED_EMAIL, PROTECTED_EMAIL_SPACE]) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      out.push({
        start: at,
        end: at + needle.length,
        kind: 'fragment',
        reason: 'The site’s e-mail protection replaced an address with “[email protected]”: restore the address or delete it'
      })
    }
  }
  if (text.includes('**')) stars(text, out)
  return out.sort((a, b) => a.start - b.start)
}

function stars(text: string, out: Candidate[]): void {
  // A line of asterisks (and spaces) is a section break.
  if (/^[\s*]+$/u.test(text)) return
  const taken: Array<[number, number]> = []
  STARS_PAIR.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = STARS_PAIR.exec(text))) {
    const start = m.index
    const end = start + m[0].length
    // "2**3" (a power) or a word right before: not emphasis.
    if (start > 0 && WORD_CHAR.test(text[start - 1])) continue
    taken.push([start, end])
    out.push({start, end, kind: 'entity', expected: [m[1]], safe: true, reason: 'Markdown emphasis “**” left in the copy: delete the asterisks'})
  }
  STARS_ALONE.lastIndex = 0
  while ((m = STARS_ALONE.exec(text))) {
    const start = m.index
    const end = start + m[0].length
    if (taken.some(([s, e]) => start < e && s < end)) continue
    const before = start === 0 ? ' ' : text[start - 1]
    const after = end >= text.length ? ' ' : text[end]
    if (before === '*' || after === '*') continue
    // Alone: spaces (or the line's edge) on both sides, a word after it.
    if (!/\s/u.test(before) || !/\s/u.test(after) || end >= text.length) continue
    out.push({start, end, kind: 'delete', safe: true, reason: `Markdown mark “${m[0]}” left in the copy: delete it`})
  }
}
