/**
 * markup: HTML tags and entities, leaked script and WordPress shortcodes in
 * the copy — what a CMS export or a scraper leaves behind.
 *
 * - HTML tags `<name …>`, `</name>`, `<name/>` where `name` is an HTML element
 *   (case-insensitive), comments `<!-- … -->`, `<!DOCTYPE …>`, `<?php … ?>`;
 *   a `<script>`/`<style>` element is one finding from its start tag to its
 *   end tag.  The fix deletes the tag (a space when a line-break or block
 *   element stood between two words).
 *   Angle brackets are also used in copy: Reuters writes tickers and company
 *   names in them ("<BAC>", "<Sedio N.V.>", "<I>", "<Time Inc>").  So a tag
 *   counts when it is an end tag, self-closing, has an `attr=value`, or is a
 *   bare lower-case start tag ("<p>", "<video controls>"); a bare upper- or
 *   title-case start tag ("<B>", "<P>") only when the same document holds such
 *   definite markup.  "a < b > c", "<3" and unknown names are not tags.
 * - HTML entities: every named reference of the WHATWG list ("&nbsp;",
 *   "&eacute;"; the legacy ones also without ";") and numeric references
 *   ("&#233;", "&#x2019;").  The fix is the decoded character, and one finding
 *   covers a double-encoded reference ("&amp;#233;") or an escaped tag
 *   ("&lt;br /&gt;").  "AT&T", "S&P", "A&E;" are not references.
 * - Leaked page script: ad, analytics and embed snippets
 *   ("googletag.cmd.push(function", "window.dataLayer", "(adsbygoogle = …").
 *   A line made only of code is reported whole (fix: delete the line); code
 *   inside a prose line is reported as the run of code-like tokens around the
 *   fingerprint, without an unattended fix.
 * - WordPress shortcodes: "[caption id=…]", "[/caption]", "[embed]",
 *   "[gallery ids=…]" (core and common plugin names, lower case as WordPress
 *   registers them).  Editorial brackets ("[sic]", "[the minister]",
 *   "[video shows …]") and Markdown links ("[video](…)") are not shortcodes.
 *
 * Scanned on the paragraph's `text` (not `masked`: a URL inside `<a href>` or
 * an entity inside a URL is still markup).  Every scanner is linear: a tag is
 * read up to the next `<` (or 2,000 characters), an entity name up to 32
 * characters, and closing delimiters ("-->", "</script") are found with one
 * cached forward search each.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  BOOLEAN_ATTRIBUTES,
  BREAKING_ELEMENTS,
  CORE_SHORTCODES,
  HTML_ELEMENTS,
  PLUGIN_SHORTCODES,
  PREFIXED_ELEMENTS,
  RAW_TEXT_ELEMENTS,
  SCRIPT_FINGERPRINTS
} from './data/markup.js'
import {C1_REPLACEMENTS, LEGACY_NAMES, namedReference, SPACED_NAMES} from './data/markup-entities.js'
import {getIndex, type DocumentIndex, type ParagraphInfo} from './support/document.js'
import {lineRange} from './support/lines.js'
import {acceptedWords, report, ruleUrl, severityOf, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'markup',
  description: 'HTML tags and entities, leaked script and WordPress shortcodes in the copy.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('markup'),
  options: {shortcodes: 'string[]'},
  examples: {
    ok: [
      'Shares of BankAmerica Corp <BAC> rose after <Lindqvist Holdings N.V.> sold its stake.',
      'Analysts at <I> and <Time Inc> expect a rise if a < b > c holds.',
      'Fans sent <3 messages to AT&T, S&P and the A&E; unit.',
      'The minister said [sic] that the plan [the budget] would pass.',
      'Watch the [video shows the crowd] clip, then see [Gallery] and [Video: AFP] below.',
      'Google Analytics and the dataLayer were discussed at the conference.'
    ],
    notOk: [
      {text: '<p>The council met on Monday.</p>', line: 1, column: 1, actual: '<p>', fix: '', also: [{line: 1, column: 30, actual: '</p>', fix: ''}]},
      {text: 'Rates rose.<br />Shares fell.', line: 1, column: 12, actual: '<br />', fix: ' '},
      {text: 'She opened a small caf&#233; in Lyon.', line: 1, column: 23, actual: '&#233;', fix: 'é'},
      {text: 'Tickets cost &pound;20 each.', line: 1, column: 14, actual: '&pound;', fix: '£'},
      {text: 'The vote passed.\ngoogletag.cmd.push(function() { googletag.display("ad-1"); });', line: 2, column: 1, actual: 'googletag.cmd.push(function() { googletag.display("ad-1"); });', fix: ''},
      {text: '[caption id="attachment_12" width="300"] The harbour at dawn.[/caption]', line: 1, column: 1, actual: '[caption id="attachment_12" width="300"]', fix: '', also: [{line: 1, column: 62, actual: '[/caption]', fix: ''}]},
      {text: 'The mayor spoke &lt;br /&gt; at length.', line: 1, column: 17, actual: '&lt;br /&gt;', fix: ''}
    ]
  }
}

/** Longest tag read before giving up (characters). */
const MAX_TAG = 2000
/** Longest shortcode read before giving up. */
const MAX_SHORTCODE = 600

interface Candidate {
  /** Span in the paragraph text. */
  start: number
  end: number
  reason: string
  kind: 'entity' | 'delete' | 'line' | 'fragment'
  /** Entity: fix candidates, best first. */
  expected?: string[]
  safe?: boolean
  /** Delete: a block element, replaced by a space between two words. */
  breaking?: boolean
  /** A bare upper-case tag: kept only when the document has definite markup. */
  uncertain?: boolean
  /** A definite HTML tag (evidence for the uncertain ones). */
  definiteTag?: boolean
}

export default function markup(options: RuleOptions & {shortcodes?: readonly string[]} = {}) {
  const severity = severityOf(meta, options)
  const accepted = acceptedWords(options)
  const extraShortcodes = new Set<string>()
  for (const s of options.shortcodes ?? []) if (typeof s === 'string') extraShortcodes.add(s)

  return (tree: Root, file: VFile): void => {
    const index = getIndex(tree, file)
    const found: Array<[ParagraphInfo, Candidate[]]> = []
    let evidence = false
    const shortcodeCloser = new Map<string, boolean>()
    const hasCloser = (name: string): boolean => {
      let v = shortcodeCloser.get(name)
      if (v === undefined) {
        v = index.value.includes('[/' + name + ']')
        shortcodeCloser.set(name, v)
      }
      return v
    }
    for (const paragraph of index.paragraphs) {
      const candidates = scanParagraph(paragraph.text, extraShortcodes, hasCloser)
      if (candidates.length === 0) continue
      for (const c of candidates) if (c.definiteTag) evidence = true
      found.push([paragraph, candidates])
    }
    for (const [paragraph, candidates] of found) {
      for (const c of candidates) {
        if (c.uncertain && !evidence) continue
        emit(file, index, paragraph, c, severity, accepted)
      }
    }
  }
}

function emit(
  file: VFile,
  index: DocumentIndex,
  paragraph: ParagraphInfo,
  c: Candidate,
  severity: ReturnType<typeof severityOf>,
  accepted: Set<string>
): void {
  const text = paragraph.text
  if (accepted.size > 0 && accepted.has(text.slice(c.start, c.end).toLowerCase())) return
  const [start, end] = index.range(paragraph, c.start, c.end)
  if (c.kind === 'entity') {
    report(file, index, meta, severity, {start, end, reason: c.reason, expected: c.expected, safe: c.safe})
    return
  }
  if (c.kind === 'line') {
    report(file, index, meta, severity, {start, end, reason: c.reason, expected: [''], fixRange: lineRange(index.value, start, end)})
    return
  }
  if (c.kind === 'fragment') {
    report(file, index, meta, severity, {start, end, reason: c.reason, expected: [''], safe: false})
    return
  }
  const fix = deletionFix(text, c.start, c.end, c.breaking === true)
  const finding = {start, end, reason: c.reason, expected: [fix.text], safe: c.safe}
  if (fix.from !== c.start || fix.to !== c.end) {
    report(file, index, meta, severity, {...finding, fixRange: index.range(paragraph, fix.from, fix.to)})
  } else {
    report(file, index, meta, severity, finding)
  }
}

// ---------------------------------------------------------------------------
// The paragraph scan.

function scanParagraph(
  text: string,
  extraShortcodes: ReadonlySet<string>,
  hasCloser: (name: string) => boolean
): Candidate[] {
  const out: Candidate[] = []
  const script = scriptCandidates(text)
  if (text.indexOf('<') === -1 && text.indexOf('&') === -1 && text.indexOf('[') === -1) return script
  const finder = new Finder(text)
  const SPECIAL = /[<&\[]/g
  let m: RegExpExecArray | null
  let last = 0
  SPECIAL.lastIndex = 0
  while ((m = SPECIAL.exec(text)) !== null) {
    const i = m.index
    if (i < last) {
      SPECIAL.lastIndex = last
      continue
    }
    let c: Candidate | undefined
    if (text[i] === '<') c = scanAngle(text, i, finder)
    else if (text[i] === '&') c = scanEntity(text, i, finder, out.length ? out[out.length - 1].end : 0)
    else c = scanShortcode(text, i, extraShortcodes, hasCloser)
    if (c) {
      out.push(c)
      last = c.end
      SPECIAL.lastIndex = c.end
    }
  }
  if (script.length === 0) return out
  // Script runs and markup may overlap ("document.write('<img …>')"): keep the
  // earlier, longer one.
  const all = [...script, ...out].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Candidate[] = []
  let end = -1
  for (const c of all) {
    if (c.start < end) continue
    kept.push(c)
    end = c.end
  }
  return kept
}

/** Forward searches for closing delimiters, cached so that each is linear overall. */
class Finder {
  private readonly text: string
  private lower: string | undefined
  private readonly next = new Map<string, number>()
  constructor(text: string) {
    this.text = text
  }

  /** First index of `needle` at or after `from`, or -1 (case-insensitive when `fold`). */
  find(needle: string, from: number, fold = false): number {
    const key = (fold ? 'i' : 's') + needle
    const known = this.next.get(key)
    if (known !== undefined && (known === -1 || known >= from)) return known
    const hay = fold ? (this.lower ??= this.text.toLowerCase()) : this.text
    const at = hay.indexOf(needle, from)
    this.next.set(key, at)
    return at
  }
}

// ---------------------------------------------------------------------------
// Tags.

const isTagSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f'

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isAsciiAlnum = (code: number): boolean => isAsciiLetter(code) || (code >= 48 && code <= 57)

interface Tag {
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

function scanAngle(text: string, i: number, finder: Finder): Candidate | undefined {
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

// ---------------------------------------------------------------------------
// Entities.

interface Reference {
  /** Index after the reference. */
  end: number
  decoded: string
  /** Name ("amp", "#233"). */
  name: string
  /** Code point of a numeric reference that is invalid (0, surrogate, too big). */
  invalid?: boolean
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57
const isHex = (code: number): boolean => isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102)

/** Read the body of a character reference starting at `j` (right after "&"). */
function readReference(text: string, j: number): Reference | undefined {
  const n = text.length
  if (text[j] === '#') {
    let k = j + 1
    const hex = text[k] === 'x' || text[k] === 'X'
    if (hex) k++
    const digitsStart = k
    while (k < n && k - digitsStart < 8 && (hex ? isHex(text.charCodeAt(k)) : isDigit(text.charCodeAt(k)))) k++
    const digits = k - digitsStart
    if (digits === 0) return undefined
    let end: number
    if (text[k] === ';') end = k + 1
    else if (!hex && digits >= 2 && !isAsciiAlnum(text.charCodeAt(k))) end = k
    else return undefined
    const code = Number.parseInt(text.slice(digitsStart, k), hex ? 16 : 10)
    const name = text.slice(j, k)
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      return {end, decoded: '', name, invalid: true}
    }
    const mapped = C1_REPLACEMENTS.get(code) ?? code
    return {end, decoded: String.fromCodePoint(mapped), name}
  }
  if (!isAsciiLetter(text.charCodeAt(j))) return undefined
  let k = j + 1
  while (k < n && k - j < 32 && isAsciiAlnum(text.charCodeAt(k))) k++
  const name = text.slice(j, k)
  if (text[k] === ';') {
    const decoded = namedReference(name)
    if (decoded !== undefined) return {end: k + 1, decoded, name}
    return undefined
  }
  // Legacy names also work without ";" ("&nbsp", "&copy 2024"); only the
  // lower-case ones, and not glued to more letters or "=" (a URL query).
  const next = text.charCodeAt(k)
  // ("&nbsp ;" is the spaced form, read whole by readSpacedReference.)
  const spacedSemicolon = text[k] === ' ' && text[k + 1] === ';'
  if (LEGACY_NAMES.has(name) && /^[a-z]/.test(name) && !isAsciiAlnum(next) && text[k] !== '=' && !spacedSemicolon) {
    const decoded = namedReference(name)
    if (decoded !== undefined) return {end: k, decoded, name}
  }
  return undefined
}

/**
 * A reference spaced by machine translation: "& nbsp;", "&nbsp ;" (French
 * typography), "& #233;", "&# 233 ;".  The semicolon is required, and a named
 * one must be a name CMSs commonly emit.
 */
function readSpacedReference(text: string, i: number): Reference | undefined {
  let j = i + 1
  let spaces = 0
  if (text[j] === ' ') {
    j++
    spaces++
  }
  if (text[j] === '#') {
    let k = j + 1
    if (text[k] === ' ') {
      k++
      spaces++
    }
    const hex = text[k] === 'x' || text[k] === 'X'
    if (hex) k++
    const digitsStart = k
    while (k < text.length && k - digitsStart < 8 && (hex ? isHex(text.charCodeAt(k)) : isDigit(text.charCodeAt(k)))) k++
    if (k === digitsStart) return undefined
    const digitsEnd = k
    if (text[k] === ' ') {
      k++
      spaces++
    }
    if (text[k] !== ';' || spaces === 0) return undefined
    const code = Number.parseInt(text.slice(digitsStart, digitsEnd), hex ? 16 : 10)
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
    return {end: k + 1, decoded: String.fromCodePoint(C1_REPLACEMENTS.get(code) ?? code), name: text.slice(j, digitsEnd)}
  }
  if (!isAsciiLetter(text.charCodeAt(j))) return undefined
  let k = j + 1
  while (k < text.length && k - j < 32 && isAsciiAlnum(text.charCodeAt(k))) k++
  const name = text.slice(j, k)
  if (text[k] === ' ') {
    k++
    spaces++
  }
  if (text[k] !== ';' || spaces === 0 || !SPACED_NAMES.has(name)) return undefined
  const decoded = namedReference(name)
  return decoded === undefined ? undefined : {end: k + 1, decoded, name}
}

function scanEntity(text: string, i: number, finder: Finder, lastEnd: number): Candidate | undefined {
  let ref = readReference(text, i + 1) ?? readSpacedReference(text, i)
  if (!ref) return undefined
  let end = ref.end
  // Double (or more) encoding: "&amp;#233;", "&amp;amp;nbsp;".
  for (let depth = 0; depth < 4 && ref.decoded === '&' && !ref.invalid; depth++) {
    const inner = readReference(text, end)
    if (!inner) break
    ref = inner
    end = inner.end
  }
  const raw = text.slice(i, end)
  // An escaped tag: "&lt;p&gt;", "&lt;br /&gt;", "&lt;a href=&quot;…&quot;&gt;".
  if (ref.decoded === '<') {
    const escaped = escapedTag(text, i, end, finder)
    if (escaped) return escaped
  }
  // The tail of an escaped tag whose start was lost: "br /&gt;".
  if (ref.decoded === '>') {
    const tail = escapedTail(text, i, end, lastEnd)
    if (tail) return tail
  }
  const decoded = ref.decoded
  const prev = text[i - 1] ?? ''
  const after = text[end] ?? ''
  if (ref.invalid) {
    return {start: i, end, kind: 'entity', reason: `Invalid character reference “${raw}” in the copy: delete it`, expected: ['']}
  }
  const code = decoded.codePointAt(0) ?? 0
  if (code === 9 || code === 10 || code === 13) {
    return {start: i, end, kind: 'entity', reason: `HTML entity “${raw}” (a line break or tab) in the copy: use a space`, expected: [' ']}
  }
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
    return {start: i, end, kind: 'entity', reason: `HTML entity “${raw}” (a control character) in the copy: delete it`, expected: ['']}
  }
  if (decoded === '¿' && /\p{L}/u.test(prev) && /\p{L}/u.test(after)) {
    // "Blair&#191;s": an apostrophe lost in a character-set conversion.
    return {
      start: i,
      end,
      kind: 'entity',
      reason: `HTML entity “${raw}” (“¿”) between letters: probably a lost apostrophe`,
      expected: ['’', '¿'],
      safe: false
    }
  }
  return {start: i, end, kind: 'entity', reason: `HTML entity “${raw}” in the copy: use ${describe(decoded)}`, expected: [decoded]}
}

/** "&lt;name … &gt;" from `i` ("&lt;" ends at `afterLt`). */
function escapedTag(text: string, i: number, afterLt: number, finder: Finder): Candidate | undefined {
  let j = afterLt
  if (text[j] === '/') j++
  const nameStart = j
  while (j < text.length && j - nameStart < 24 && isAsciiAlnum(text.charCodeAt(j))) j++
  const name = text.slice(nameStart, j).toLowerCase()
  if (!HTML_ELEMENTS.has(name) || !isAsciiLetter(text.charCodeAt(nameStart))) return undefined
  if (text[j] !== '&' && text[j] !== '/' && !isTagSpace(text[j])) return undefined
  const gt = finder.find('&gt;', j)
  if (gt === -1 || gt - i > 400) return undefined
  // Nothing that ends or starts another tag in between.
  const inner = text.slice(j, gt)
  if (/[<>\n]|&lt;/.test(inner)) return undefined
  return {
    start: i,
    end: gt + 4,
    kind: 'delete',
    reason: `Escaped HTML tag “${shorten(text.slice(i, gt + 4))}” in the copy: delete it`,
    breaking: BREAKING_ELEMENTS.has(name),
    definiteTag: true
  }
}

/** "br /&gt;", "/p&gt;": an escaped tag that lost its "&lt;". */
function escapedTail(text: string, i: number, end: number, lastEnd: number): Candidate | undefined {
  const from = Math.max(lastEnd, i - 16)
  const m = /(\/?([A-Za-z][A-Za-z0-9]{0,9})(\s?\/)?)$/.exec(text.slice(from, i))
  if (!m) return undefined
  const body = m[1]
  if (!body.includes('/') || !HTML_ELEMENTS.has(m[2].toLowerCase())) return undefined
  const start = i - body.length
  // Only a whole word: "br /&gt;", not "Toby /&gt;".
  if (start > 0 && !/[\s(>;]/.test(text[start - 1])) return undefined
  if (start < lastEnd) return undefined
  return {
    start,
    end,
    kind: 'delete',
    reason: `Escaped HTML tag “${text.slice(start, end)}” in the copy: delete it`,
    breaking: BREAKING_ELEMENTS.has(m[2].toLowerCase()),
    definiteTag: true
  }
}

// ---------------------------------------------------------------------------
// Shortcodes.

function scanShortcode(
  text: string,
  i: number,
  extra: ReadonlySet<string>,
  hasCloser: (name: string) => boolean
): Candidate | undefined {
  let j = i + 1
  const closing = text[j] === '/'
  if (closing) j++
  const nameStart = j
  const first = text.charCodeAt(j)
  if (!(first >= 97 && first <= 122)) return undefined
  while (j < text.length && j - nameStart < 40 && SHORTCODE_NAME.test(text[j])) j++
  const name = text.slice(nameStart, j)
  const core = CORE_SHORTCODES.has(name)
  const plugin = PLUGIN_SHORTCODES.has(name) || extra.has(name)
  if (!core && !plugin) return undefined
  let end: number
  let attrs = false
  let url = false
  if (text[j] === ']') {
    end = j + 1
  } else if (text[j] === ' ' && !closing) {
    let k = j
    const limit = Math.min(text.length, i + MAX_SHORTCODE)
    while (k < limit && text[k] !== ']' && text[k] !== '[' && text[k] !== '\n') k++
    if (text[k] !== ']') return undefined
    const body = text.slice(j, k)
    attrs = /[a-z0-9_-]=/i.test(body)
    url = /^\s*https?:\/\//.test(body)
    end = k + 1
  } else {
    return undefined
  }
  // Markdown: "[video](https://…)", "[video][1]", "[video]: https://…".
  const after = text[end]
  if (after === '(' || after === '[' || (after === ':' && i === 0)) return undefined
  const bare = !attrs && !url
  if (bare && end - i > name.length + 3) return undefined
  let flag: boolean
  if (closing) flag = true
  else if (attrs || url) flag = true
  else if (core) flag = true
  else flag = name.includes('_') || name.includes('-') || hasCloser(name)
  if (!flag) return undefined
  const raw = text.slice(i, end)
  return {
    start: i,
    end,
    kind: 'delete',
    reason: `WordPress shortcode “${shorten(raw)}” in the copy: delete it`
  }
}

const SHORTCODE_NAME = /[a-z0-9_-]/

// ---------------------------------------------------------------------------
// Leaked script.

/**
 * All fingerprints as one alternation of literals: no quantifiers, so each
 * position costs at most the length of the fingerprints (linear), and the
 * regex engine's native scan is ~5× faster than a hand loop over start
 * characters.
 */
const FINGERPRINT = new RegExp(SCRIPT_FINGERPRINTS.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')

interface Token {
  start: number
  end: number
  code: boolean
  /** The first fingerprint found in the token, if any. */
  hit: string | undefined
}

/** Script keywords that are not also English words. */
const JS_WORDS = new Set(['function', 'var', 'const', 'typeof', 'undefined', 'null', '=>', '||', '&&', '===', '!=='])

function isCodeToken(t: string): boolean {
  if (JS_WORDS.has(t)) return true
  if (/[{}=|[\]$]/.test(t)) return true
  if (/[\w)]\(/.test(t)) return true
  if (/\)[.;,)]/.test(t)) return true
  if (/;./.test(t)) return true
  if (/^[_!]/.test(t)) return true
  if (/^\(?[A-Za-z_$][\w$]+\.[a-z_$][\w$]*/.test(t)) return true
  // A string literal as an argument or a JSON key: "'js',", "\"@type\":".
  if (/^['"][^'"\s]*['"][,);:]+$/.test(t)) return true
  return false
}

function scriptCandidates(text: string): Candidate[] {
  const hits: Array<[number, number, string]> = []
  FINGERPRINT.lastIndex = 0
  let f: RegExpExecArray | null
  while ((f = FINGERPRINT.exec(text)) !== null) hits.push([f.index, f.index + f[0].length, f[0]])
  if (hits.length === 0) return []
  // Whitespace-separated tokens, each classified as code or prose.
  const tokens: Token[] = []
  const TOKEN = /\S+/g
  let m: RegExpExecArray | null
  let h = 0
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index
    const end = start + m[0].length
    let hit: string | undefined
    while (h < hits.length && hits[h][1] <= start) h++
    // A fingerprint overlapping this token ("(function(d, s, id)" spans tokens).
    for (let k = h; k < hits.length && hits[k][0] < end && hit === undefined; k++) if (hits[k][1] > start) hit = hits[k][2]
    tokens.push({start, end, code: hit !== undefined || isCodeToken(m[0]), hit})
  }
  // A short token between two code tokens is code too: "= googletag ||",
  // "'js', new Date());", "(window, document,'script', 'https://…');".
  const wasCode = tokens.map((t) => t.code)
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]
    if (!t.code && wasCode[k - 1] && wasCode[k + 1] && t.end - t.start <= 40) t.code = true
  }
  const out: Candidate[] = []
  let k = 0
  while (k < tokens.length) {
    if (!tokens[k].code) {
      k++
      continue
    }
    let e = k
    let first = tokens[k].hit
    while (e + 1 < tokens.length && tokens[e + 1].code) {
      e++
      first ??= tokens[e].hit
    }
    if (first !== undefined) {
      const start = tokens[k].start
      const end = tokens[e].end
      const whole = k === 0 && e === tokens.length - 1
      out.push({
        start,
        end,
        kind: whole ? 'line' : 'fragment',
        reason: whole
          ? `Line of leaked page script (“${first}”): delete the line`
          : `Leaked page script (“${first}”) in the copy: delete it`
      })
    }
    k = e + 1
  }
  return out
}

// ---------------------------------------------------------------------------
// Helpers.

const SPACE = /\s/
const WORD_END = /[\p{L}\p{N}.,;:!?"”’')\]]/u
const WORD_START = /[\p{L}\p{N}"“‘'([]/u

/** How deleting [s, e) should be applied: swallow a doubled space; a space between words for blocks. */
function deletionFix(text: string, s: number, e: number, breaking: boolean): {from: number; to: number; text: string} {
  const before = s > 0 ? text[s - 1] : ''
  const after = e < text.length ? text[e] : ''
  const spaceBefore = before === '' || SPACE.test(before)
  const spaceAfter = after === '' || SPACE.test(after)
  if (spaceBefore && spaceAfter) {
    let to = e
    while (to < text.length && SPACE.test(text[to])) to++
    if (to > e) return {from: s, to, text: ''}
    let from = s
    while (from > 0 && SPACE.test(text[from - 1])) from--
    return {from, to: e, text: ''}
  }
  if (breaking && !spaceBefore && !spaceAfter && WORD_END.test(before) && WORD_START.test(after)) {
    return {from: s, to: e, text: ' '}
  }
  return {from: s, to: e, text: ''}
}


function shorten(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '…' : s
}

const INVISIBLE: Record<string, string> = {
  '\u00a0': 'a no-break space',
  '\u00ad': 'a soft hyphen (or nothing)',
  '\u200b': 'a zero-width space (or nothing)',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u2009': 'a thin space',
  '\u2002': 'an en space',
  '\u2003': 'an em space',
  '\u200e': 'a left-to-right mark',
  '\u200f': 'a right-to-left mark'
}

function describe(decoded: string): string {
  return INVISIBLE[decoded] ?? `“${decoded}”`
}
