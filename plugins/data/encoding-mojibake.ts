/**
 * The mojibake table: what the characters that matter in news copy look like
 * after their UTF-8 bytes were read with the wrong code page, and back.
 *
 * How it is made (once per process, on first use; nothing is typed by hand):
 * every target character below is encoded as UTF-8 (`TextEncoder`) and the
 * bytes are decoded again, byte by byte, with the code pages of
 * `encoding-codepages.ts`:
 * - Windows-1252 (WHATWG) — "’" → "â€™", "é" → "Ã©", NBSP → "Â\u00a0";
 * - the same with the undefined bytes replaced by U+FFFD (a strict decoder
 *   with `errors="replace"`) — "”" → "â€\ufffd";
 * - Latin-1 (ISO-8859-1) — "’" → "â\u0080\u0099" (C1 controls);
 * - Windows-1252 twice (the mojibake encoded and mis-read again) —
 *   "’" → "Ã¢â‚¬â„¢", "é" → "ÃƒÂ©";
 * - Mac OS Roman — "’" → "‚Äô", "é" → "√©";
 * - code page 437, for punctuation and the accented letters only —
 *   "’" → "ΓÇÖ", "é" → "├⌐".
 * The table maps each garbled form to the decoded character (the fix); the
 * rule matches the longest form first.
 *
 * Target characters (Unicode blocks, https://www.unicode.org/charts/): the
 * Latin-1 Supplement (U+00A0–U+00FF) and Latin Extended-A (U+0100–U+017F) —
 * the accented letters of the source languages and of names; the Romanian
 * comma-below letters (U+0218–U+021B); the modifier apostrophe (U+02BC);
 * the combining accents of decomposed (NFD) text; General Punctuation
 * (quotes, dashes, spaces, bullets, ellipsis, per mille, primes, guillemets),
 * the Currency Symbols block (€, ₹ …), № and ™, the minus sign and the byte
 * order mark.
 */
import {byteToChar, WINDOWS_1252_UNDEFINED, type CodePage} from './encoding-codepages.js'
import {lazy} from '../support/text.js'

const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x00ff],
  [0x0100, 0x017f],
  [0x0218, 0x021b],
  [0x02bc, 0x02bc],
  // Combining grave, acute, circumflex, tilde, macron, breve, dot, diaeresis,
  // ring, double acute, caron, cedilla, ogonek.
  [0x0300, 0x0304],
  [0x0306, 0x0308],
  [0x030a, 0x030c],
  [0x0327, 0x0328],
  [0x2002, 0x200d],
  [0x2010, 0x2027],
  [0x202f, 0x202f],
  [0x2030, 0x203a],
  [0x2044, 0x2044],
  [0x2060, 0x2060],
  [0x20a0, 0x20bf],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2212, 0x2212],
  [0xfeff, 0xfeff]
]

/** Invisible format characters: the fix deletes them rather than restoring them. */
const DELETE_ON_FIX: ReadonlySet<number> = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff])

export interface MojibakeTable {
  /** Garbled form → decoded character (the fix). */
  forms: Map<string, string>
  /** First characters of the forms. */
  leads: Set<string>
  /** Length of the longest form, in UTF-16 units. */
  maxLength: number
  /** Forms that two different characters produce (left out: the fix is not known). */
  conflicts: string[]
}

export function targetCharacters(): string[] {
  const out: string[] = []
  for (const [from, to] of RANGES) for (let c = from; c <= to; c++) out.push(String.fromCodePoint(c))
  return out
}

const encoder = new TextEncoder()

/** Read UTF-8 bytes with a single-byte code page. */
export function misread(bytes: Uint8Array | readonly number[], page: CodePage): string {
  let s = ''
  for (const b of bytes) s += byteToChar(page, b)
  return s
}

/**
 * The garbled forms of one character, most likely first: Windows-1252, its
 * strict variant, Latin-1, Windows-1252 twice, Mac Roman, code page 437.
 */
export function garbledForms(char: string): string[] {
  return rankedForms(char).map((f) => f.form)
}

interface RankedForm {
  form: string
  /** Lower is likelier; a clash between ranks goes to the likelier reading. */
  rank: number
}

function rankedForms(char: string): RankedForm[] {
  const bytes = encoder.encode(char)
  const code = char.codePointAt(0) ?? 0
  const forms: RankedForm[] = []
  const cp1252 = misread(bytes, 'windows-1252')
  forms.push({form: cp1252, rank: 0})
  // A strict decoder with replacement: the undefined bytes became U+FFFD.
  let replaced = cp1252
  for (const b of WINDOWS_1252_UNDEFINED) replaced = replaced.split(String.fromCharCode(b)).join('\ufffd')
  if (replaced !== cp1252) forms.push({form: replaced, rank: 0})
  forms.push({form: misread(bytes, 'latin-1'), rank: 0})
  forms.push({form: misread(encoder.encode(cp1252), 'windows-1252'), rank: 1})
  forms.push({form: misread(bytes, 'mac-roman'), rank: 2})
  if ((code >= 0xc0 && code <= 0xff) || code >= 0x2000) forms.push({form: misread(bytes, 'cp437'), rank: 3})
  return forms.filter((f) => f.form !== char && f.form.length > 1)
}

/** The table, built on first use. */
export const mojibakeTable: () => MojibakeTable = lazy(() => {
  const best = new Map<string, {fix: string; rank: number}>()
  const leads = new Set<string>()
  const conflicts = new Set<string>()
  for (const char of targetCharacters()) {
    const code = char.codePointAt(0) ?? 0
    const fix = DELETE_ON_FIX.has(code) ? '' : char
    for (const {form, rank} of rankedForms(char)) {
      // A form that starts with white space (Mac Roman reads 0xCA as a
      // non-breaking space) would match ordinary spacing.
      if (/^\s/.test(form)) continue
      const had = best.get(form)
      if (!had || rank < had.rank) {
        best.set(form, {fix, rank})
        conflicts.delete(form)
      } else if (rank === had.rank && had.fix !== fix) {
        // "Ã\ufffd" is Á, Í, Ï, Ð or Ý: an ambiguous form is no table entry.
        conflicts.add(form)
      }
      // "Ã®" is "î" in Windows-1252 and a combining ogonek in Mac Roman: the likelier reading wins.
    }
  }
  const forms = new Map<string, string>()
  let maxLength = 0
  for (const [form, {fix}] of best) {
    if (conflicts.has(form)) continue
    forms.set(form, fix)
    leads.add(form[0])
    if (form.length > maxLength) maxLength = form.length
  }
  return {forms, leads, maxLength, conflicts: [...conflicts]}
}, {name: 'encoding/mojibake'})

/** UTF-8 lead bytes whose continuation byte was undefined in Windows-1252 and got lost. */
export const LOST_BYTE_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  // "Ã" + 0x81 Á, 0x8D Í, 0x8F Ï, 0x90 Ð, 0x9D Ý (most frequent in the source languages first).
  'Ã': ['Á', 'Í', 'Ý', 'Ï', 'Ð'],
  // "â€" + 0x9D: the closing double quote (0x81 em quad, 0x8D ZWJ, 0x8F RLM, 0x90 hyphen are rare).
  'â€': ['”']
}
