/**
 * Verb complements carried over from the source language (valency calques):
 * the verb is English, the pattern after it is not.  Each table is a class
 * of English verbs, decided by English grammar, not a list of strings seen
 * in translated copy.
 *
 * Sources:
 * - verbs that take an "-ing" form or a "that" clause but never a bare "to"
 *   infinitive ("avoid doing", "suggest doing / that", "announce that"):
 *   M. Swan, "Practical English Usage" (4th ed., 2016), entries "-ing form
 *   or infinitive" and "suggest"; R. Quirk et al., "A Comprehensive Grammar
 *   of the English Language" (1985), §16.38–16.42 (catenative verbs); the
 *   learner-error lists of the Cambridge Learner Corpus (D. Nicholls,
 *   "The Cambridge Learner Corpus: error coding and analysis", 2003: code
 *   "FV", wrong verb form after a verb) and of "Common Mistakes at
 *   Proficiency" (Cambridge, 2003), where "suggested to go", "avoid to
 *   pay", "insisted to see", "risk to lose" are the Romance-speaker errors;
 * - the source patterns: Spanish "anunció lanzar", "sugirió ir", "evitar
 *   pagar", "insistió en ver", "arriesgarse a perder" (Real Academia
 *   Española, "Nueva gramática de la lengua española", 2009, §26.5, the
 *   infinitive as a verb's object), Italian "ha annunciato di lanciare",
 *   "evitare di pagare", French "a annoncé lancer", "éviter de payer",
 *   Portuguese "anunciou lançar" (each grammar's verb + infinitive), and
 *   Korean/Chinese "발표했다 / 宣布推出" where English MT keeps the
 *   infinitive;
 * - "want/seek that" + a subject: Spanish "quieren que el ministro defina",
 *   "buscan que …" (subjunctive after verbs of will: RAE, Nueva gramática,
 *   §25.3), Italian "vogliono che", French "veulent que", Portuguese "querem
 *   que"; English "want" takes an object and a "to" infinitive ("want the
 *   minister to define": Quirk et al. §16.52, Swan "want");
 * - "said X to the …" with a named speaker between: German "sagte X der
 *   dpa", Spanish "dijo X a EFE", Italian "ha detto X all'ANSA"; English
 *   names the hearer with "told" ("X told the German Press Agency"): the AP
 *   Stylebook and the Reuters Handbook of Journalism, entries "said" and
 *   "told".
 */

export interface InfinitiveVerb {
  /** The lemma ("announce"), for the reason. */
  lemma: string
  /** Forms that take the pattern. */
  forms: readonly string[]
  /** What English puts after the verb instead. */
  english: 'ing' | 'that' | 'plans'
  /** "weak": English also says it at times ("clubs requested to have their players"); counted with the document's evidence. */
  tier?: 'weak'
  originals: string
}

/** Verbs that never take a bare "to" infinitive in English (Swan; Quirk et al. §16.38). */
export const INFINITIVE_VERBS: readonly InfinitiveVerb[] = [
  {lemma: 'announce', forms: ['announced', 'announces'], english: 'plans', originals: 'es “anunció lanzar”; it “ha annunciato di lanciare”; fr “a annoncé lancer”; ko “출시한다고 발표했다”'},
  {lemma: 'suggest', forms: ['suggested', 'suggests'], english: 'ing', originals: 'es “sugirió ir”; it “ha suggerito di andare”; fr “a suggéré d’aller”'},
  {lemma: 'recommend', forms: ['recommended', 'recommends'], english: 'ing', originals: 'es “recomendó usar”; it “ha raccomandato di usare”; fr “a recommandé d’utiliser”'},
  {lemma: 'avoid', forms: ['avoid', 'avoids', 'avoided', 'avoiding'], english: 'ing', originals: 'es “evitar pagar”; it “evitare di pagare”; fr “éviter de payer”; pt “evitar pagar”'},
  {lemma: 'insist', forms: ['insisted', 'insists'], english: 'ing', originals: 'es “insistió en ver”; it “ha insistito per vedere”; fr “a insisté pour voir”'},
  {lemma: 'deny', forms: ['denied', 'denies'], english: 'ing', originals: 'es “negó haber”; it “ha negato di avere”; fr “a nié avoir”; pt “negou ter”'},
  {lemma: 'risk', forms: ['risked'], english: 'ing', originals: 'es “se arriesga a perder”; it “rischia di perdere”; fr “risque de perdre”; pt “arrisca perder”'},
  {lemma: 'enjoy', forms: ['enjoy', 'enjoys', 'enjoyed'], english: 'ing', originals: 'es “disfrutar de ver”; fr “aimer voir”'},
  {lemma: 'finish', forms: ['finished', 'finishes'], english: 'ing', originals: 'es “terminó de pagar”; it “ha finito di pagare”; fr “a fini de payer”'},
  // "request to do" without an object is rare but English (Collins, "request"):
  // weak, for "the Prime Minister requested to promote the transition" (vi
  // "yêu cầu thúc đẩy", zh "要求推动", ko "촉진할 것을 요청했다").
  {lemma: 'request', forms: ['requested', 'requests'], english: 'that', tier: 'weak', originals: 'vi “yêu cầu thúc đẩy”; zh “要求推动”; ko “촉진할 것을 요청했다”; es “solicitó promover”'}
]

/** Forms of "want"/"seek" that the Romance subjunctive after verbs of will turns into "want that" + a clause. */
export const WILL_VERBS: ReadonlyMap<string, string> = new Map([
  ['want', 'want'], ['wants', 'wants'], ['wanted', 'wanted'], ['wanting', 'wanting'],
  ['seek', 'want'], ['seeks', 'wants'], ['sought', 'wanted'], ['seeking', 'wanting']
])

export const WILL_ORIGINALS = 'es “quieren que el ministro defina”, “buscan que …”; it “vogliono che …”; fr “veulent que …”; pt “querem que …”'

/** Words that start the subject of a clause after "that" ("want that the minister …", "seek that he …"). */
export const CLAUSE_SUBJECT_STARTS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'all', 'every', 'each'
])

/**
 * Nouns for the people a statement is made to, which are also verbs
 * ("announced to staff", "suggested to police"): never the infinitive's verb.
 */
export const HEARERS: ReadonlySet<string> = new Set([
  'staff', 'police', 'press', 'court', 'crowd', 'crew', 'team', 'board', 'council', 'committee', 'congress', 'parliament',
  'media', 'public', 'house', 'world', 'nation', 'family', 'people', 'state', 'market', 'audience', 'panel', 'jury', 'party', 'union'
])

export const SAID_TO_ORIGINALS = 'de “sagte X der dpa”; es “dijo X a EFE”; it “ha detto X all’ANSA”; fr “a déclaré X à l’AFP”'
