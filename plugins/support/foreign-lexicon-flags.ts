/** Bits stored per key in the source-language word table (foreign-lexicon.ts). */
export const FOREIGN = {
  /** A Spanish word (dictionary-es) or function word. */
  ES: 1,
  /** A Portuguese word (dictionary-pt) or function word. */
  PT: 2,
  /** A French word (dictionary-fr) or function word. */
  FR: 4,
  /** An Italian word (Morph-it!) or function word. */
  IT: 8,
  /** A function word (stopwords-iso) of the languages marked, or of another language with OTHER. */
  FUNCTION: 16,
  /** A function word of another Latin-script language (German, Dutch, Indonesian, Turkish, Polish …). */
  OTHER: 32
} as const

/** The four dictionary languages. */
export const FOREIGN_LANGUAGES = FOREIGN.ES | FOREIGN.PT | FOREIGN.FR | FOREIGN.IT
