/**
 * Quotation marks and apostrophes: what each mark is, which languages use it,
 * and which English mark replaces it.
 *
 * Sources:
 * - Unicode CLDR, `delimiters` (quotationStart/End, alternateQuotationStart/End)
 *   of the locales wirelint's source languages use: en “ ” ‘ ’; es « » “ ”;
 *   it « » “ ”; fr « » « » (with a narrow no-break space inside); pt “ ” ‘ ’
 *   (pt-PT « » “ ”); de „ “ ‚ ‘ (and the book style » « › ‹); de-CH « » ‹ ›;
 *   pl, ro, hu „ ”; sv, fi ” ” ’ ’.
 * - Wikipedia, “Quotation mark” (Summary table of usage in various
 *   languages), for the reversed German guillemets and „…” pairs.
 * - The Unicode Standard, ch. 6.2 (General Punctuation, Quotation Marks and
 *   Apostrophes): U+2019 is both the closing single quote and the preferred
 *   apostrophe; U+201F/U+201B are rare reversed forms.
 * - The Chicago Manual of Style (6.9–6.11, 6.115–6.116, quotations running
 *   on across paragraphs 13.30) and the Guardian/BBC style guides (single
 *   quotes in headlines, double quotes within single in British copy).
 */

/** Which kind of quotation a mark belongs to. */
export type QuoteFamily = 'double' | 'single'

/** What a mark is. */
export interface QuoteMark {
  family: QuoteFamily
  /** 'straight' (", '), 'english' (“ ” ‘ ’) or 'foreign' (« » „ ‹ › ‚ …). */
  kind: 'straight' | 'english' | 'foreign'
  /** The role the glyph has in its own convention (none for straight marks). */
  nominal: 'open' | 'close' | undefined
  /** Where it is used, for messages. */
  name: string
}

export const QUOTE_MARKS: ReadonlyMap<string, QuoteMark> = new Map<string, QuoteMark>([
  ['"', {family: 'double', kind: 'straight', nominal: undefined, name: 'straight double quote'}],
  ['\u201C', {family: 'double', kind: 'english', nominal: 'open', name: 'opening double quote'}], // “
  ['\u201D', {family: 'double', kind: 'english', nominal: 'close', name: 'closing double quote'}], // ”
  ['\u201E', {family: 'double', kind: 'foreign', nominal: 'open', name: 'German/Polish low double quote'}], // „
  ['\u201F', {family: 'double', kind: 'foreign', nominal: 'open', name: 'reversed double quote'}], // ‟
  ['\u00AB', {family: 'double', kind: 'foreign', nominal: 'open', name: 'guillemet'}], // «
  ['\u00BB', {family: 'double', kind: 'foreign', nominal: 'close', name: 'guillemet'}], // »
  ['\u2018', {family: 'single', kind: 'english', nominal: 'open', name: 'opening single quote'}], // ‘
  ['\u2019', {family: 'single', kind: 'english', nominal: 'close', name: 'closing single quote'}], // ’
  ['\u201A', {family: 'single', kind: 'foreign', nominal: 'open', name: 'German low single quote'}], // ‚
  ['\u201B', {family: 'single', kind: 'foreign', nominal: 'open', name: 'reversed single quote'}], // ‛
  ['\u2039', {family: 'single', kind: 'foreign', nominal: 'open', name: 'single guillemet'}], // ‹
  ['\u203A', {family: 'single', kind: 'foreign', nominal: 'close', name: 'single guillemet'}], // ›
  ["'", {family: 'single', kind: 'straight', nominal: undefined, name: 'straight single quote'}]
])

/** The English marks: [open, close] by family and style. */
export const ENGLISH = {
  double: {curly: ['\u201C', '\u201D'], straight: ['"', '"']},
  single: {curly: ['\u2018', '\u2019'], straight: ["'", "'"]}
} as const

/** The apostrophe glyph of each style. */
export const APOSTROPHE_OF_STYLE = {curly: '\u2019', straight: "'"} as const

/**
 * What may follow an apostrophe inside a word (English contractions and the
 * possessive): "Russia’s", "don’t", "they’re", "we’ll", "I’ve", "he’d",
 * "I’m".  Source: the contractions of English grammar (Cambridge Grammar of
 * the English Language, ch. 18).  A double quote between a letter and one of
 * these is a mistyped apostrophe ("Indonesia"s", "isn"t").
 */
export const CLITICS: ReadonlySet<string> = new Set(['s', 't', 're', 'll', 've', 'd', 'm'])

/**
 * Words that begin with an apostrophe (an elided start), where autocorrect
 * often types an opening quote instead: "’tis", "’twas", "’n’".  Only the
 * unambiguous ones; "’em", "’cause", "’bot" could also open a quotation.
 * Source: Oxford English Dictionary headwords in apostrophe; Chicago Manual
 * of Style 6.117 ("the ’90s", "rock ’n’ roll").
 */
export const ELISIONS: ReadonlySet<string> = new Set(['tis', 'twas', 'twere', 'twill', 'n'])

/** Characters before a mark that leave it "open on the left": spaces, opening brackets, dashes, slashes. */
export const LEFT_FLANK = new Set([
  ' ', '\t', '\u00A0', '\u2009', '\u202F', '\u2002', '\u2003', '(', '[', '{', '<', '-', '\u2013', '\u2014', '\u2015', '/', '\u2022'
])

/** Characters after a mark that leave it "open on the right": spaces, closing brackets, punctuation, dashes, slashes. */
export const RIGHT_FLANK = new Set([
  ' ', '\t', '\u00A0', '\u2009', '\u202F', '\u2002', '\u2003', ')', ']', '}', '>', ',', ';', ':', '!', '?', '-', '\u2013',
  '\u2014', '\u2015', '/'
])

/** Sentence-final punctuation: a new quotation opened after it continues a run-on quotation. */
export const SENTENCE_END = new Set(['.', '!', '?', '\u2026'])

/**
 * Characters typed for an apostrophe that are no apostrophe: spacing accents
 * and the prime, which Spanish, Portuguese and other keyboards put where the
 * English apostrophe key is ("people´s", "O`Clock").
 *
 * Source: The Unicode Standard, ch. 6.2 (U+00B4 ACUTE ACCENT and U+0060
 * GRAVE ACCENT are spacing clones of diacritics, "not to be used for the
 * apostrophe"; U+2032 PRIME is a mathematical and measurement symbol), and
 * the Unicode apostrophe FAQ (U+2019 is the preferred apostrophe).
 */
export const APOSTROPHE_LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['\u00B4', 'acute accent'],
  ['`', 'grave accent (backtick)'],
  ['\u2032', 'prime']
])
