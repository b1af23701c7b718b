/**
 * name-variants: one name spelt two ways in one story — transliterated two
 * ways ("Zelenskiy" and "Zelensky", "Zelenskyj"; "Oleh" and "Oleg"), a
 * letter doubled or not ("Corinna", "Corina"), a letter changed ("Lopes",
 * "Lopez" for one person).  A form with and without accents ("Erdogan",
 * "Erdoğan") is one spelling, never reported.
 *
 * How it decides (the pairs come from plugins/name-variants/forms.ts, shared
 * with `spelling`): two capitalised forms of the story, compared folded
 * (lower case, accents off), with the same first letter, one letter
 * inserted, dropped, changed or swapped apart, or differing only in doubled
 * letters; not a plural or a demonym (a change in the last two letters:
 * "Syria"/"Syrian", "Koreas"/"Koreans"), not two forms the dictionary knows
 * ("Iran"/"Iraq", "Johnson"/"Johnston"), not a rarer form the dictionary
 * knows as a name of its own ("Pedro" beside "Petro"), not an acronym
 * ("IRNA" beside "Iran").  The pairs `spelling` reports as a typo of the
 * story's own name ("Allepo" beside "Aleppo" five times) are left to it.
 * Evidence for one person: the same first name or title before both forms,
 * or the same word after them ("Volodymyr Zelenskiy", "Volodymyr
 * Zelensky"); a difference the romanisation tables know
 * (data/name-variants.ts: y/iy/yj, h/g, ks/x, ou/u …).  With the same
 * context the pair is a warning; otherwise it is information (two people
 * may have near names: "Horan" and "Horgan" in one team).  Every use of
 * the rarer form is reported, with the commoner form as the candidate.
 * Nothing is fixed automatically.
 */
import {isTypoPair, sameName, variantPairs, type VariantPair} from './name-variants/forms.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'name-variants',
  description: 'One name spelt two ways in one story: "Zelenskiy" and "Zelensky", "Lopes" and "Lopez" (accents alone are fine).',
  severity: 'warning',
  fixable: false,
  url: ruleUrl('name-variants'),
  docs: {
    decides:
      'Capitalised forms of the story are compared folded (lower case, accents off: "Erdogan" and "Erdoğan" are one ' +
      'spelling) with the same first letter: one letter inserted, dropped, changed or swapped apart, or only doubled ' +
      'letters apart. Not a plural or a demonym (the last two letters: "Syria"/"Syrian"), not two forms the dictionary ' +
      'knows ("Iran"/"Iraq"), not a rarer form the dictionary knows as a name, not two full names with different ' +
      'neighbours ("Gustavo Petro", "Pedro Sánchez"), not a short acronym in capitals; a typo of a name the story writes often or the dictionary knows ("Allepo") is spelling\'s. ' +
      'The same first name or title before both forms, or the same word after them, makes it one person: a warning; ' +
      'otherwise information. The romanisation alternations of Cyrillic, Arabic and Persian names (y/iy/yj, h/g, ks/x, ' +
      'ou/u …) name the difference a transliteration. Every use of the rarer form is reported, with the commoner ' +
      'form as the candidate; nothing is fixed automatically.'
  },
  examples: {
    ok: [
      'Recep Tayyip Erdogan met Erdoğan’s ministers; Syria and Syrian troops; Iran and Iraq.',
      'President Gustavo Petro and Pedro Sánchez spoke; the IRNA agency in Iran reported it.'
    ],
    notOk: [
      {
        text: 'President Volodymyr Zelensky spoke in Kyiv. Later, President Volodymyr Zelenskiy left for Brussels.',
        line: 1, column: 72, actual: 'Zelenskiy', fix: 'Zelensky'
      },
      {text: 'Anatoliy Kinakh spoke on Monday; Kinnakh left on Tuesday.', line: 1, column: 34, actual: 'Kinnakh', fix: 'Kinakh'}
    ]
  }
}

/** The pairs this rule reports: not spelling's typos, not a rarer dictionary name, not a short all-capitals form. */
function reported(p: VariantPair): boolean {
  if (isTypoPair(p) || p.rare.known) return false
  // In full names with different neighbours, two people ("Gustavo Petro", "Pedro Sánchez").
  if (!sameName(p.rare, p.main)) return false
  const rare = p.rare.written
  if (rare.length < 6 && rare === rare.toUpperCase()) return false
  // Four-letter names a letter apart are often two names ("Manh", "Minh").
  return p.rare.key.length >= 5 || p.transliteration
}

export default defineRule({
  meta,
  check({index, reportText}) {
    const pairs = variantPairs(index)
    if (pairs.length === 0) return
    for (const pair of pairs) {
      if (!reported(pair)) continue
      const {rare, main} = pair
      const strong = pair.sameContext
      const what = pair.transliteration
        ? `one name transliterated two ways`
        : pair.difference === 'doubling'
          ? 'one name with a letter doubled and not'
          : 'one name spelt two ways'
      for (const w of rare.words) {
        reportText(w.paragraph, w.start, w.start + rare.written.length, {
          reason:
            `“${rare.written}” and “${main.written}” (${main.words.length}×) in one story look like ${what}` +
            (strong ? ', after the same name' : '') +
            ': check the source and use one spelling throughout',
          expected: [main.written],
          severity: strong ? undefined : 'info'
        })
      }
    }
  }
})
