/**
 * The popes' names in the source languages, which English copy always
 * translates ("Pope Francis", "Benedict XVI", "St. Peter's Square"), for
 * the `untranslated` rule.  The regnal names of the popes since 1846 (Pius
 * IX) and the Vatican's basilica and square.
 *
 * Source: the Holy See's list of the Supreme Pontiffs (vatican.va, in its
 * Spanish, Italian, Portuguese, French and German editions) and Wikipedia,
 * "List of popes" in es, it, pt, fr and de; the English forms from the AP
 * Stylebook ("pope", "Francis") and vatican.va in English.
 */

/** Regnal name in a source language → English, used with a numeral ("Juan Pablo II", "Pío XII", "Benedicto XVI"). */
export const PAPAL_NAMES: Readonly<Record<string, string>> = {
  // Francis
  Francisco: 'Francis', Francesco: 'Francis', François: 'Francis', Franziskus: 'Francis',
  // Benedict
  Benedicto: 'Benedict', Benedetto: 'Benedict', Bento: 'Benedict', Benoît: 'Benedict', Benedikt: 'Benedict',
  // John Paul
  'Juan Pablo': 'John Paul', 'Giovanni Paolo': 'John Paul', 'João Paulo': 'John Paul', 'Jean-Paul': 'John Paul', 'Johannes Paul': 'John Paul',
  // John, Paul
  Juan: 'John', Giovanni: 'John', João: 'John', Jean: 'John', Johannes: 'John',
  Pablo: 'Paul', Paolo: 'Paul', Paulo: 'Paul',
  // Pius, Leo
  Pío: 'Pius', Pio: 'Pius', Pie: 'Pius',
  León: 'Leo', Leone: 'Leo', Leão: 'Leo', Léon: 'Leo'
}

/**
 * Of those, the forms that name the pope alone in a story about him ("met
 * Francisco", "Pope Benedicto"); the others (Juan, Pío, León …) only with a
 * numeral or after "Pope".
 */
export const PAPAL_BARE: ReadonlySet<string> = new Set([
  'Francisco', 'Francesco', 'François', 'Franziskus', 'Benedicto', 'Benedetto', 'Benoît', 'Benedikt',
  'Juan Pablo', 'Giovanni Paolo', 'João Paulo', 'Johannes Paul'
])

/** St. Peter in the source languages (the basilica and the square). */
export const SAINT_PETER: readonly string[] = ['San Pedro', 'San Pietro', 'São Pedro', 'Saint-Pierre', 'Sankt Peter']

/** Words that show a story is about the pope. */
export const PAPAL_CONTEXT = /\b(?:[Pp]ope|[Pp]ontiff|[Pp]apacy|[Pp]apal|Vatican|Holy See)\b/u
