/**
 * Transliteration alternations: pairs of letter groups that the common
 * romanisations of one name differ by, so that two spellings of a name in
 * one story that differ by one of them are one name transliterated two ways
 * ("Zelenskiy"/"Zelensky"/"Zelenskyj", "Oleg"/"Oleh", "Dmitry"/"Dmytro").
 *
 * Sources: the romanisation systems of Cyrillic (BGN/PCGN 1947 for Russian
 * and Ukrainian, the Ukrainian national system of 2010, ISO 9, the Czech and
 * Polish spellings of Slavic names: -ij/-yj/-y/-iy), of Arabic (BGN/PCGN,
 * ALA-LC: ou/u, e/a, doubled consonants for shadda: Mohamed/Mohammed,
 * el-/al-), of Turkish and Persian names in English copy (dj/j, ch/sh),
 * as tabulated in Wikipedia's "Romanization of Russian", "Romanization of
 * Ukrainian" and "Romanization of Arabic" articles; and the Portuguese and
 * Spanish spellings of one patronymic (-es/-ez: Wikipedia, "Lopes").
 */
export const TRANSLITERATION_ALTERNATIONS: ReadonlyArray<readonly [string, string]> = [
  // Slavic adjectival surname endings and i/y/j.
  ['iy', 'y'], ['yj', 'y'], ['ij', 'y'], ['ii', 'y'], ['iy', 'i'], ['yi', 'y'], ['y', 'i'], ['j', 'y'], ['j', 'i'],
  // Ukrainian and Russian letters: г h/g, и y/i, е ye/e, ё yo/e, х kh/h, щ shch/sch.
  ['h', 'g'], ['ye', 'e'], ['yo', 'e'], ['kh', 'h'], ['ch', 'tch'], ['sch', 'sh'], ['ts', 'tz'], ['ks', 'x'],
  // Arabic and Persian vowels and consonants.
  ['ou', 'u'], ['oo', 'u'], ['ee', 'i'], ['e', 'a'], ['o', 'u'], ['dj', 'j'], ['q', 'k'], ['w', 'v'], ['ph', 'f'],
  // Iberian patronymics: Portuguese -es, Spanish -ez (Lopes/López, Rodrigues/Rodríguez).
  ['z', 's']
]
