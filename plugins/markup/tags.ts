/**
 * markup, HTML tags: `<name …>`, `</name>`, `<name/>` where `name` is an HTML
 * element (case-insensitive), comments `<!-- … -->`, `<!DOCTYPE …>`,
 * CDATA, `<?php … ?>`, `<?xml … ?>`; a `<script>`/`<style>` element is one
 * finding from its start tag to its end tag.
 *
 * How it decides: angle brackets are also used in copy: Reuters writes
 * tickers and company names in them ("<BAC>", "<Sedio N.V.>", "<I>", "<Time
 * Inc>").  So a tag is definite when it is an end tag, self-closing, has an
 * `attr=value`, or is a bare lower-case start tag ("<p>", "<video
 * controls>"); a bare upper- or title-case start tag ("<B>", "<P>") is
 * uncertain: reported only when the same document holds definite markup.  A
 * word that is not a boolean attribute ("<Time Inc>", "<a few>") makes it no
 * tag; "a < b > c", "<3" and unknown names are not tags.  Spaced by machine
 * translation ("< br >", "</ p>") it still counts, but a bare spaced start
 * tag needs a name of two letters or more.  A tag is read up to the next `<`
 * (or 2,000 characters).
 */
import {BOOLEAN_ATTRIBUTES, BREAKING_ELEMENTS, HTML_ELEMENTS, PREFIXED_ELEMENTS, RAW_TEXT_ELEMENTS} from '../data/markup.js'
import {isAsciiLetterCode as isAsciiLetter} from '../support/text.js'
import {isAsciiAlnum, isTagSpace, shorten, type Candidate, type Finder} from './candidate.js'

/** Longest tag read before giving up (characters). */
export const MAX_TAG = 2000

export interface Tag {
  end: number
  /** Lower case. */
  name: string
  /** As written. */
  written: string
  /** A space after "<" or "</": machine translation's "< br >", "</ p>". */
  spaced: boolean
  closing: boolean
  selfClosing: boolean
  eqAttrs: number
  otherAttrs: number
}

/** Read an HTML tag at `i` (a `<`), or undefined. Stops at the next `<`. */
export function scanTag(text: string, i: number): Tag | undefined {
  const n = text.length
  let j = i + 1
  let spaced = false
  if (text[j] === ' ') {
    j++
    spaced = true
  }
  const closing = text[j] === '/'
  if (closing) j++
  if (closing && text[j] === ' ') {
    j++
    spaced = true
  }
  const nameStart = j
  if (!isAsciiLetter(text.charCodeAt(j))) return undefined
  while (j < n && j - nameStart < 24 && isAsciiAlnum(text.charCodeAt(j))) j++
  if (text[j] === ':' && isAsciiLetter(text.charCodeAt(j + 1))) {
    j++
    while (j < n && j - nameStart < 40 && (isAsciiAlnum(text.charCodeAt(j)) || text[j] === '-')) j++
  }
  const name = text.slice(nameStart, j)
  const lower = name.toLowerCase()
  if (!HTML_ELEMENTS.has(lower) && !PREFIXED_ELEMENTS.has(lower)) return undefined
  const after = text[j]
  if (after !== '>' && after !== '/' && !isTagSpace(after)) return undefined
  const tag: Tag = {end: 0, name: lower, written: name, spaced, closing, selfClosing: false, eqAttrs: 0, otherAttrs: 0}
  const limit = Math.min(n, i + MAX_TAG)
  while (j < limit) {
    const c = text[j]
    if (isTagSpace(c)) {
      j++
      continue
    }
    if (c === '>') {
      tag.end = j + 1
      return tag
    }
    if (c === '<') return undefined
    if (c === '/') {
      // "/>", or "/ >" as machine translation spaces it.
      const gt = text[j + 1] === '>' ? j + 1 : text[j + 1] === ' ' && text[j + 2] === '>' ? j + 2 : -1
      if (gt !== -1) {
        if (closing) return undefined
        tag.selfClosing = true
        tag.end = gt + 1
        return tag
      }
      j++
      continue
    }
    // End tags take no attributes.
    if (closing) return undefined
    if (c === '"' || c === "'" || c === '=') return undefined
    const attrStart = j
    while (j < limit && !isTagSpace(text[j]) && !ATTR_NAME_STOP.has(text[j])) j++
    const attr = text.slice(attrStart, j).toLowerCase()
    let k = j
    while (k < limit && isTagSpace(text[k])) k++
    if (text[k] === '=') {
      k++
      while (k < limit && isTagSpace(text[k])) k++
      const q = text[k]
      if (q === '"' || q === "'") {
        k++
        while (k < limit && text[k] !== q && text[k] !== '<' && text[k] !== '\n') k++
        if (text[k] !== q) return undefined
        k++
      } else {
        const valueStart = k
        while (k < limit && !isTagSpace(text[k]) && !ATTR_VALUE_STOP.has(text[k])) k++
        if (k === valueStart) return undefined
      }
      tag.eqAttrs++
      j = k
    } else if (!BOOLEAN_ATTRIBUTES.has(attr)) {
      // A word that is not a boolean attribute: "<Time Inc>", "<a few>".
      tag.otherAttrs++
    }
  }
  return undefined
}

const ATTR_NAME_STOP = new Set(['"', "'", '>', '/', '=', '<'])
const ATTR_VALUE_STOP = new Set(['"', "'", '<', '>', '`', '='])

export function scanAngle(text: string, i: number, finder: Finder): Candidate | undefined {
  const next = text[i + 1]
  if (next === '!') return scanBang(text, i, finder)
  if (next === '?') return scanProcessing(text, i, finder)
  const tag = scanTag(text, i)
  if (!tag) return undefined
  const raw = text.slice(i, tag.end)
  const lowerName = tag.name
  const isLower = tag.written === lowerName
  const definite = tag.closing || tag.selfClosing || tag.eqAttrs > 0 || (isLower && tag.otherAttrs === 0)
  if (!definite && tag.otherAttrs > 0) return undefined
  // Spaced by machine translation ("< br >", "</ p>", "< img src = … >"), but
  // not "a < b > c": a bare spaced start tag needs a name of two letters or more.
  if (tag.spaced && !tag.closing && !tag.selfClosing && tag.eqAttrs === 0 && !(definite && lowerName.length >= 2)) {
    return undefined
  }
  const breaking = BREAKING_ELEMENTS.has(lowerName)
  if (definite && !tag.closing && !tag.selfClosing && RAW_TEXT_ELEMENTS.has(lowerName)) {
    // A whole <script> … </script> or <style> … </style> block.
    const close = finder.find('</' + lowerName, tag.end, true)
    if (close !== -1) {
      let e = close + 2 + lowerName.length
      while (e < text.length && e - close < 40 && isTagSpace(text[e])) e++
      if (text[e] === '>') {
        return {
          start: i,
          end: e + 1,
          kind: 'delete',
          reason: `Leaked <${lowerName}> block in the copy: delete it`,
          definiteTag: true,
          breaking: true
        }
      }
    }
  }
  return {
    start: i,
    end: tag.end,
    kind: 'delete',
    reason: `HTML tag “${shorten(raw)}” in the copy: delete it`,
    breaking,
    definiteTag: definite,
    uncertain: !definite
  }
}

/** `<!-- … -->`, `<!DOCTYPE …>`, `<![CDATA[ … ]]>`. */
function scanBang(text: string, i: number, finder: Finder): Candidate | undefined {
  if (text.startsWith('<!--', i)) {
    const close = finder.find('-->', i + 4)
    const end = close === -1 ? i + 4 : close + 3
    return {start: i, end, kind: 'delete', reason: 'HTML comment in the copy: delete it', definiteTag: true}
  }
  if (text.startsWith('<![CDATA[', i)) {
    const close = finder.find(']]>', i + 9)
    const end = close === -1 ? i + 9 : close + 3
    return {start: i, end, kind: 'delete', reason: 'CDATA section in the copy: delete it', definiteTag: true}
  }
  if (text.slice(i + 2, i + 9).toLowerCase() === 'doctype' && isTagSpace(text[i + 9])) {
    let e = i + 9
    const limit = Math.min(text.length, i + MAX_TAG)
    while (e < limit && text[e] !== '>' && text[e] !== '<') e++
    if (text[e] !== '>') return undefined
    return {start: i, end: e + 1, kind: 'delete', reason: 'HTML doctype in the copy: delete it', definiteTag: true}
  }
  return undefined
}

/** `<?php … ?>`, `<?xml … ?>`. */
function scanProcessing(text: string, i: number, finder: Finder): Candidate | undefined {
  const word = text.slice(i + 2, i + 5).toLowerCase()
  if ((word !== 'php' && word !== 'xml') || isAsciiAlnum(text.charCodeAt(i + 5))) return undefined
  const close = finder.find('?>', i + 5)
  const end = close === -1 ? i + 5 : close + 2
  return {start: i, end, kind: 'delete', reason: `Leaked <?${word} …?> code in the copy: delete it`, definiteTag: true}
}
