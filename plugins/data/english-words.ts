/**
 * Closed classes of English words used by the word rules.
 *
 * Source: the closed-class (function) words of English as listed in standard
 * grammars (Quirk et al., "A Comprehensive Grammar of the English Language",
 * 1985: articles, determiners, pronouns, prepositions, conjunctions, auxiliary
 * and modal verbs), trimmed to the words that appear in news copy.
 */

/** Function words that can follow a lost dash, comma or space: "Aleppo|the", "tickets|and". */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // articles and determiners
  'the', 'an', 'a', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'some', 'any', 'each', 'every', 'both', 'all', 'most', 'many', 'much', 'several', 'such', 'no',
  // pronouns and relatives
  'who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'what', 'why', 'how',
  'he', 'she', 'it', 'we', 'they', 'them', 'him', 'us', 'you', 'i',
  // prepositions
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'into', 'onto', 'over', 'under',
  'after', 'before', 'during', 'since', 'until', 'against', 'between', 'among', 'amid', 'about',
  'near', 'across', 'through', 'toward', 'towards', 'without', 'within', 'despite', 'including',
  // conjunctions
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'because', 'although', 'though', 'whether', 'than',
  // auxiliaries and modals
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'may', 'might', 'must', 'shall', 'should', 'does', 'did', 'not'
])

/**
 * Words after which a lost separator was most likely a comma or dash (an
 * apposition or an aside): "Aleppo, the country's second city", "412 dead,
 * mostly combatants".  Fixes then offer "X, the" before "X the".
 */
export const APPOSITION_STARTERS: ReadonlySet<string> = new Set([
  'the', 'an', 'a', 'who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'including',
  'mostly', 'mainly', 'largely', 'chiefly', 'particularly', 'especially', 'notably', 'both', 'all'
])

/**
 * Left parts that make a lower-case join suspicious: "thegovernment", "andthe".
 * Prepositions are not here: real compounds start with them ("overreach", "onboarding").
 */
export const JOIN_LEFT_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'that', 'which', 'their', 'this', 'these', 'those', 'its', 'his', 'her',
  'our', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'said', 'says'
])

/** Verbs of reporting that wire copy glues to a name: "Ministrysaid". */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'warned', 'announced', 'reported', 'confirmed', 'stated',
  'explained', 'insisted', 'claimed', 'denied', 'noted', 'stressed', 'urged', 'called', 'asked'
])

/**
 * Word-formation elements that attach to names in real English words
 * ("Blairism", "Obamacare", "Disneyland", "Watergate"): never the right part
 * of a merge.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'ism', 'isms', 'ist', 'ists', 'ite', 'ites', 'ian', 'ians', 'ese', 'er', 'ers', 'ing', 'ings', 'ed',
  'less', 'ness', 'ship', 'ships', 'dom', 'hood', 'ward', 'wards', 'wide', 'like', 'land', 'lands',
  'ville', 'town', 'burg', 'burgh', 'stan', 'shire', 'field', 'fields', 'ford', 'ton', 'berg',
  'stein', 'wood', 'gate', 'mania', 'phobia', 'phile', 'watch', 'care', 'bank', 'net', 'com',
  'soft', 'tech', 'link', 'air', 'jet', 'mart', 'corp', 'co', 'gram', 'book', 'star', 'sky',
  'port', 'mouth', 'bridge', 'borough', 'bury', 'ham', 'ley', 'worth', 'more', 'son', 'sons',
  'man', 'men', 'woman', 'women', 'ette', 'ettes', 'esque', 'ology', 'ologist', 'nomics', 'speak',
  'verse', 'fest', 'gram', 'cast', 'casts', 'wave', 'head', 'heads', 'hub', 'house', 'line', 'lines',
  'point', 'place', 'side', 'view', 'way', 'ways', 'works', 'world', 'zone', 'ia', 'ans',
  'es', 'os', 'ic', 'ics', 'al', 'ial', 'ine', 'ino', 'ina', 'ini', 'ova', 'ov', 'ev', 'ski',
  'vich', 'wicz', 'ez', 'elli', 'etti', 'ucci', 'ahu', 'yahu'
])
