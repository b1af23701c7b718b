/**
 * Closed-class English words (pronouns, the definite article, auxiliaries
 * and modals, short prepositions, a few sentence adverbs) that English
 * capitalises only at a sentence start or inside a title.  Mid-sentence, a
 * capital on one of them is a sentence break the source had or the machine
 * translation made ("Adorni He said", "the agency's website, The office
 * is", "…; They urged").
 *
 * Sources: the closed word classes of R. Huddleston & G. K. Pullum, "The
 * Cambridge Grammar of the English Language" (2002), ch. 5 (pronouns and
 * determinatives), ch. 3 §2 (auxiliaries) and ch. 7 (prepositions); the
 * capitalisation rules of "The Chicago Manual of Style" (17th ed.), 8.1 and
 * 8.159 (capitals for sentence starts, proper nouns and titles only).
 * Words that are often names ("May", "Do", "Can" are also a month or given
 * names) are left out or checked against the document's own use.
 */

/** Subject pronouns. */
export const CAPITAL_PRONOUNS: ReadonlySet<string> = new Set(['He', 'She', 'They', 'It', 'We'])

/** Auxiliaries and modals that follow a subject. */
export const CAPITAL_AUXILIARIES: ReadonlySet<string> = new Set([
  'Will', 'Would', 'Has', 'Had', 'Have', 'Is', 'Was', 'Are', 'Were', 'Can', 'Could', 'Should', 'Must', 'Did', 'Does'
])

/** Short prepositions and sentence adverbs that open a clause. */
export const CAPITAL_OPENERS: ReadonlySet<string> = new Set(['At', 'On', 'In', 'By', 'For', 'With', 'From', 'Now', 'Then', 'Also'])

/** The definite article. */
export const CAPITAL_ARTICLE = 'The'
