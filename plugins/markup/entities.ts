/**
 * markup, HTML entities: every named reference of the WHATWG list ("&nbsp;",
 * "&eacute;"; the legacy ones also without ";") and numeric references
 * ("&#233;", "&#x2019;").
 *
 * How it decides: a reference is read as the HTML parser reads it (a name
 * up to 32 characters, at most eight digits); a legacy name without ";"
 * counts only in lower case and not glued to more letters or "=" (a URL
 * query: "AT&T", "S&P", "A&E;" are not references).  Machine translation's
 * spaced forms ("& nbsp;", "&nbsp ;", "&# 233 ;") count with the semicolon,
 * for names CMSs commonly emit.  The fix is the decoded character (a space
 * for a line break or tab; nothing for a control character or an invalid
 * code point); one finding covers a double-encoded reference ("&amp;#233;")
 * and an escaped tag ("&lt;br /&gt;", or its tail "br /&gt;" whose "&lt;"
 * was lost), which is deleted.  "&#191;" between letters ("Blair&#191;s") is
 * an apostrophe lost in a conversion: offered, not applied.
 */
import {BREAKING_ELEMENTS, HTML_ELEMENTS} from '../data/markup.js'
import {C1_REPLACEMENTS, LEGACY_NAMES, namedReference, SPACED_NAMES} from '../data/markup-entities.js'
import {isAsciiDigitCode as isDigit, isAsciiLetterCode as isAsciiLetter, isHexDigitCode as isHex, LETTER} from '../support/text.js'
import {isAsciiAlnum, isTagSpace, shorten, type Candidate, type Finder} from './candidate.js'

interface Reference {
  /** Index after the reference. */
  end: number
  decoded: string
  /** Name ("amp", "#233"). */
  name: string
  /** Code point of a numeric reference that is invalid (0, surrogate, too big). */
  invalid?: boolean
}

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

export function scanEntity(text: string, i: number, finder: Finder, lastEnd: number): Candidate | undefined {
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
  if (decoded === '¿' && LETTER.test(prev) && LETTER.test(after)) {
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

/** How a message names a decoded character. */
function describe(decoded: string): string {
  return INVISIBLE[decoded] ?? `“${decoded}”`
}
