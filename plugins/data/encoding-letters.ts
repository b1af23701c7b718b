/**
 * Letters and words the `encoding` rule uses to guess what a lost character
 * ("?" or U+FFFD) stood for.
 */

/**
 * Accented letters of the source languages (Spanish, Portuguese, French,
 * Italian, German) by the plain letter they fold to, most frequent first.
 * Source: the alphabets of those languages (Real Academia Española,
 * Acordo Ortográfico, Académie française, Accademia della Crusca, Duden);
 * the order follows their letter-frequency tables (Wikipedia "Letter
 * frequency": é, á, ó, í, ú, ñ, ã, ç, à, è, ü, ö, ä …).
 */
export const ACCENTED_BY_BASE: Readonly<Record<string, readonly string[]>> = {
  a: ['á', 'ã', 'à', 'â', 'ä'],
  e: ['é', 'è', 'ê', 'ë'],
  i: ['í', 'ì', 'î', 'ï'],
  o: ['ó', 'ö', 'ô', 'õ', 'ò'],
  u: ['ú', 'ü', 'ù', 'û'],
  n: ['ñ'],
  c: ['ç']
}

/**
 * English contraction and possessive endings after an apostrophe ("it’s",
 * "don’t", "we’ll", "they’re", "I’ve", "he’d", "I’m").  Source: the
 * contractions of standard English grammar (Quirk et al. 1985, §3.23).
 */
export const CONTRACTION_SUFFIXES: ReadonlySet<string> = new Set(['s', 't', 'll', 're', 've', 'd', 'm'])

/**
 * One-letter prefixes that take an apostrophe before a capitalised name:
 * Irish "O’Brien", French/Italian elision "d’Ivoire", "l’Aquila".
 */
export const ELISION_PREFIXES: ReadonlySet<string> = new Set(['O', 'D', 'd', 'L', 'l'])

/**
 * Words that open a direct question in English (interrogative pronouns and
 * adverbs, and the auxiliaries of subject–auxiliary inversion; Quirk et al.
 * 1985, §11.4–11.14): a "?" after such a sentence is a real question mark.
 */
export const QUESTION_STARTERS: ReadonlySet<string> = new Set([
  'who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how',
  'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'have', 'has', 'had',
  'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must',
  'isn’t', 'aren’t', 'wasn’t', 'weren’t', 'don’t', 'doesn’t', 'didn’t', 'haven’t', 'hasn’t',
  'can’t', 'couldn’t', 'won’t', 'wouldn’t', 'shouldn’t',
  "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "haven't", "hasn't",
  "can't", "couldn't", "won't", "wouldn't", "shouldn't"
])
