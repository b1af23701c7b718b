/** Bits stored per lower-cased key in the lexicon. */
export const FLAG = {
  /** In en_US Hunspell, any case. */
  US: 1,
  /** In en_GB Hunspell, any case. */
  GB: 2,
  /** Has an all-lower-case form in Hunspell: a common word. */
  LOWER: 4,
  /** Has a capitalised form in Hunspell: a proper name ("Aleppo", "Madrid"). */
  NAME: 8,
  /** In the big `word-list` (lower case, includes rare and Scrabble words). */
  LIST: 16,
  /** Has an all-capitals form in Hunspell (an acronym: "NATO"). */
  CAPS: 32
} as const
