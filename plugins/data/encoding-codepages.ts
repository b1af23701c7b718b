/**
 * The single-byte code pages that UTF-8 bytes are most often mis-read with,
 * as strings of the characters for bytes 0x80 and up (bytes below 0x80 are
 * ASCII in all of them).
 *
 * Sources:
 * - Windows-1252: the WHATWG Encoding Standard, `index-windows-1252.txt`
 *   (https://encoding.spec.whatwg.org/), the decoder browsers and Node's
 *   `TextDecoder('windows-1252')` use.  Bytes 0xA0–0xFF are Latin-1 (the
 *   same code point); the five bytes Microsoft left undefined (0x81, 0x8D,
 *   0x8F, 0x90, 0x9D) decode to the C1 control with the same number.
 * - ISO-8859-1 (Latin-1): every byte is the code point with the same number,
 *   so 0x80–0x9F are the C1 controls U+0080–U+009F; no table needed.
 * - Mac OS Roman: Unicode Consortium, `MAPPINGS/VENDORS/APPLE/ROMAN.TXT`
 *   (0xDB is the euro sign since Mac OS 8.5; 0xF0 is the Apple logo, U+F8FF).
 * - Code page 437 (the DOS / Windows console code page): Unicode Consortium,
 *   `MAPPINGS/VENDORS/MICSFT/PC/CP437.TXT`.
 *
 * Checked in `tests/rules/encoding.test.ts` against `TextDecoder` where Node
 * has the encoding.
 */
import {lazy} from '../support/text.js'

/** Windows-1252 bytes 0x80–0x9F (WHATWG). */
export const WINDOWS_1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Bytes of Windows-1252 that Microsoft left undefined (decoded as C1 controls). */
export const WINDOWS_1252_UNDEFINED: readonly number[] = [0x81, 0x8d, 0x8f, 0x90, 0x9d]

/** Mac OS Roman bytes 0x80–0xFF. */
export const MAC_ROMAN_80_FF =
  '\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8' +
  '\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc' +
  '\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u00b4\u00a8\u2260\u00c6\u00d8' +
  '\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0\u222b\u00aa\u00ba\u03a9\u00e6\u00f8' +
  '\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026\u00a0\u00c0\u00c3\u00d5\u0152\u0153' +
  '\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02' +
  '\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4' +
  '\uf8ff\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02db\u02c7'

/** Code page 437 bytes 0x80–0xFF. */
export const CP437_80_FF =
  '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5' +
  '\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u20a7\u0192' +
  '\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u2310\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb' +
  '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510' +
  '\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567' +
  '\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580' +
  '\u03b1\u00df\u0393\u03c0\u03a3\u03c3\u00b5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229' +
  '\u2261\u00b1\u2265\u2264\u2320\u2321\u00f7\u2248\u00b0\u2219\u00b7\u221a\u207f\u00b2\u25a0\u00a0'

export type CodePage = 'windows-1252' | 'latin-1' | 'mac-roman' | 'cp437'

/** The character a code page gives a byte. */
export function byteToChar(page: CodePage, byte: number): string {
  if (byte < 0x80) return String.fromCharCode(byte)
  switch (page) {
    case 'windows-1252':
      return byte < 0xa0 ? WINDOWS_1252_80_9F[byte - 0x80] : String.fromCharCode(byte)
    case 'latin-1':
      return String.fromCharCode(byte)
    case 'mac-roman':
      return MAC_ROMAN_80_FF[byte - 0x80]
    case 'cp437':
      return CP437_80_FF[byte - 0x80]
  }
}

/** Character → Windows-1252 byte, built on first use. */
const reverse1252 = lazy(() => {
  const map = new Map<string, number>()
  for (let b = 0; b < 0x100; b++) map.set(byteToChar('windows-1252', b), b)
  return map
})

/** The Windows-1252 byte of a character (the inverse of `byteToChar`), or -1. */
export function windows1252Byte(char: string): number {
  return reverse1252().get(char) ?? -1
}
