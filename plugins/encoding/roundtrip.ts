/**
 * encoding, code-page round trips: UTF-8 read with any of the code pages it
 * is commonly mis-read with — Windows-1252 and Latin-1 ("Ã©", "Ð¿Ñ€Ð¸"),
 * Windows-1251 ("РїСЂРё"), Windows-1250 and ISO-8859-2 ("ZĂĽrich"), GBK
 * ("It鈥檚", "鈥渜uoted"), Shift_JIS, Mac Roman and code page 866 — beyond
 * the forms of the mojibake table (mojibake.ts).
 *
 * How it decides: a run of two or more characters outside ASCII is encoded
 * back into each code page (the page's own decoder, Node's TextDecoder,
 * gives the table, built once on first use) and the bytes are decoded as
 * UTF-8, strictly.  The run is mojibake when that succeeds and gives fewer
 * characters, none of them a control or replacement character — random real
 * text almost never re-encodes into valid multi-byte UTF-8 (a Russian or
 * Chinese word, "café", "Zürich" all fail).  A result that decodes again is
 * decoded again (mojibake made twice).  When the whole run fails, its
 * longest decodable start is tried (a real character may follow the
 * garbled ones).  The decoding is the fix, applied unattended.
 */
import {WINDOWS_1252_80_9F} from '../data/encoding-codepages.js'
import {lazy} from '../support/text.js'
import type {Hit} from './context.js'

/** Code pages tried, most common first (WHATWG names, as TextDecoder knows them). */
const SINGLE_BYTE = ['windows-1252', 'windows-1251', 'windows-1250', 'iso-8859-2', 'macintosh', 'ibm866', 'windows-1254', 'windows-1253', 'windows-1257'] as const
const DOUBLE_BYTE = ['gbk', 'shift_jis', 'big5', 'euc-kr'] as const

/** Longest run tried, in characters. */
const MAX_RUN = 96

/**
 * Character → its bytes in a page, by UTF-16 code unit: 0 for none, a value up to 0xFF for one byte,
 * lead × 256 + trail for two (a lead byte is 0x81 or more).  Typed, not a Map of arrays: a double-byte
 * page has some 20,000 characters, and a Map of them cost about 25 ms a page to build.
 */
type Table = Uint16Array

/** Record `ch`'s bytes unless the page already gave it some (the first wins), or it is not one code unit. */
function put(table: Table, ch: string, bytes: number): void {
  if (ch.length === 1 && ch !== '\ufffd' && table[ch.charCodeAt(0)] === 0) table[ch.charCodeAt(0)] = bytes
}

/** Character → bytes of a single-byte page (0x80–0xFF); Latin-1's C1 controls are the bytes themselves. */
function singleByteTable(page: string): Table {
  const table: Table = new Uint16Array(0x10000)
  const bytes = new Uint8Array(128)
  for (let b = 0; b < 128; b++) bytes[b] = 0x80 + b
  // Node's TextDecoder reads "windows-1252" as Latin-1: its 0x80–0x9F come from the WHATWG table.
  const text =
    page === 'windows-1252' ? WINDOWS_1252_80_9F + new TextDecoder('latin1').decode(bytes.subarray(32)) : new TextDecoder(page).decode(bytes)
  let b = 0x80
  for (const ch of text) put(table, ch, b++)
  if (page === 'windows-1252') for (let c = 0x80; c <= 0x9f; c++) put(table, String.fromCharCode(c), c)
  return table
}

/** Character → bytes of a double-byte page: every lead and trail byte pair decoded once. */
function doubleByteTable(page: string): Table {
  const table: Table = new Uint16Array(0x10000)
  const pairs: number[] = []
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead * 256 + trail)
  }
  putEach(table, page, pairs)
  // Single bytes of the page above ASCII (Shift_JIS half-width katakana), each on its own: decoded as one
  // run, a lead byte would take the next byte as its trail.
  const singles: number[] = []
  for (let b = 0x80; b <= 0xff; b++) singles.push(b)
  putEach(table, page, singles)
  return table
}

/**
 * Record what each byte sequence (one byte, or lead × 256 + trail) decodes to in `page`, when that is one
 * character: the sequences are decoded in one call, a line feed after each, and read back between them.
 */
function putEach(table: Table, page: string, codes: readonly number[]): void {
  const bytes: number[] = []
  for (const code of codes) {
    if (code > 0xff) bytes.push(code >> 8)
    bytes.push(code & 0xff, 0x0a)
  }
  const decoded = new TextDecoder(page).decode(Uint8Array.from(bytes))
  let from = 0
  for (const code of codes) {
    const end = decoded.indexOf('\n', from)
    if (end === from + 1) put(table, decoded[from]!, code)
    from = end + 1
  }
}

const tables = new Map<string, () => Table>()
for (const page of SINGLE_BYTE) tables.set(page, lazy(() => singleByteTable(page)))
for (const page of DOUBLE_BYTE) tables.set(page, lazy(() => doubleByteTable(page)))

const utf8 = new TextDecoder('utf-8', {fatal: true})
/** What a decoding must not hold: controls, replacement and private-use characters. */
const BAD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff]/u
const HAN = /\p{Script=Han}/u

/** Decode `run` as UTF-8 read with `page`, or undefined. */
function decodeWith(run: string, page: string, double: boolean): string | undefined {
  const table = tables.get(page)!()
  const bytes = new Uint8Array(run.length * 2)
  let n = 0
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i)
    if (code < 0x80) {
      bytes[n++] = code
      continue
    }
    // (A character outside the BMP is two code units, neither in any table.)
    const b = table[code]!
    if (b === 0) return undefined
    if (b > 0xff) bytes[n++] = b >> 8
    bytes[n++] = b & 0xff
  }
  let out: string
  try {
    out = utf8.decode(bytes.subarray(0, n))
  } catch {
    return undefined
  }
  // Fewer characters (a double-byte page keeps the count: "鈥檚" is "’s").
  if (BAD.test(out) || out.length > run.length || (!double && out.length === run.length) || !/[^\x00-\x7f]/.test(out)) return undefined
  return out
}

/** The first page whose round trip decodes `run`, and the decoding (applied twice when it decodes again). */
function decodeRun(run: string): {text: string; page: string} | undefined {
  const double = HAN.test(run)
  const pages: readonly string[] = double ? DOUBLE_BYTE : SINGLE_BYTE
  for (const page of pages) {
    const once = decodeWith(run, page, double)
    if (once === undefined) continue
    const twice = once.length >= 2 ? decodeWith(once, page, double) : undefined
    return {text: twice ?? once, page}
  }
  return undefined
}

const NAMES: Record<string, string> = {
  'windows-1252': 'Windows-1252 (Latin-1)', 'windows-1251': 'Windows-1251 (Cyrillic)', 'windows-1250': 'Windows-1250 (Central European)',
  'iso-8859-2': 'ISO-8859-2', macintosh: 'Mac Roman', ibm866: 'code page 866', 'windows-1254': 'Windows-1254 (Turkish)',
  'windows-1253': 'Windows-1253 (Greek)', 'windows-1257': 'Windows-1257 (Baltic)', gbk: 'GBK (Chinese)', shift_jis: 'Shift_JIS (Japanese)',
  big5: 'Big5 (Chinese)', 'euc-kr': 'EUC-KR (Korean)'
}

/**
 * The run of characters outside ASCII that starts at `i` (GBK mojibake may hold ASCII letters that the
 * page's pairs swallowed: none here, they stay visible), decoded by a round trip; undefined when no page
 * decodes it or a prefix of it.
 */
export function roundTrip(text: string, i: number): Hit | undefined {
  let end = i
  while (end < text.length && end - i < MAX_RUN && text.charCodeAt(end) >= 0x80) end++
  if (end - i < 2) return undefined
  for (let e = end; e - i >= 2; e--) {
    const found = decodeRun(text.slice(i, e))
    if (!found) continue
    return {
      start: i,
      end: e,
      reason: `Mojibake “${text.slice(i, e)}”: UTF-8 read as ${NAMES[found.page] ?? found.page}; it stands for “${found.text}”`,
      expected: [found.text],
      safe: true
    }
  }
  return undefined
}

/** End of the run of characters outside ASCII at `i`. */
export function runEnd(text: string, i: number): number {
  let end = i
  while (end < text.length && text.charCodeAt(end) >= 0x80) end++
  return end
}

/** Punctuation a lost last byte most often leaves behind, best first. */
const LIKELY = '’”“‘–—…•'

/**
 * A lone Han character in Latin text whose GBK bytes are the start of a UTF-8 character cut short
 * ("鈥" is E2 80, the first two bytes of ’ ” “ – —): the candidates are the punctuation those bytes begin.
 */
export function truncatedLead(text: string, i: number): Hit | undefined {
  const ch = text[i]
  if (!HAN.test(ch) || HAN.test(text[i - 1] ?? '') || HAN.test(text[i + 1] ?? '')) return undefined
  // In Latin text only: a letter of another script nearby means real Chinese or Japanese.
  const around = text.slice(Math.max(0, i - 20), i + 21)
  if (/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(around)) return undefined
  const pair = tables.get('gbk')!()[ch.charCodeAt(0)]!
  const bytes = [pair >> 8, pair & 0xff]
  if (bytes[0] < 0xe0 || bytes[0] > 0xef || bytes[1] < 0x80 || bytes[1] > 0xbf) return undefined
  const found: string[] = []
  for (let b = 0x80; b <= 0xbf; b++) {
    try {
      const c = utf8.decode(Uint8Array.from([bytes[0], bytes[1], b]))
      if (/\p{P}/u.test(c)) found.push(c)
    } catch {
      // not a character
    }
  }
  if (found.length === 0) return undefined
  found.sort((a, b) => (LIKELY.includes(a) ? LIKELY.indexOf(a) : 99) - (LIKELY.includes(b) ? LIKELY.indexOf(b) : 99))
  let end = i + 1
  if (text[end] === '\ufffd') end++
  return {
    start: i,
    end,
    reason: `Mojibake “${text.slice(i, end)}”: the start of a UTF-8 character read as GBK, its last byte lost; probably “${found[0]}”`,
    expected: found.slice(0, 5),
    safe: false
  }
}
