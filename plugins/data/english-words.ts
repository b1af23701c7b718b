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

/**
 * Function words that, glued after a word, show a lost space: "ticketsand",
 * "filethat", "forthe".  Narrower than FUNCTION_WORDS: words that also end
 * real compounds are left out ("pushover", "somehow", "standby", "login").
 */
export const JOINING_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'to', 'that', 'for', 'with', 'from', 'this', 'these', 'those', 'which', 'who',
  'whose', 'its', 'their', 'his', 'her', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'is',
  'are', 'an', 'as', 'at', 'in', 'on', 'or', 'but', 'than', 'while', 'after', 'amid', 'into'
])

/**
 * Joining words after a capitalised word: "Aleppothe", "Forumwhere".  Only the
 * words that start an apposition, a clause or a phrase; not the endings of
 * many names ("Teather", "Danaher", "Jonathan", "Douglas").  Two-letter words
 * ("Assad|an") are allowed separately, after a name the document uses.
 */
export const TITLE_JOINING_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'that', 'for', 'with', 'from', 'this', 'these', 'those', 'which', 'who', 'whose',
  'their', 'while', 'after', 'amid', 'into', 'where', 'when', 'whom', 'during', 'since', 'until',
  'including', 'mostly', 'mainly', 'because'
])

/** Two-letter joining words, allowed after a name the document uses on its own: "Assad|an". */
export const SHORT_JOINING_WORDS: ReadonlySet<string> = new Set(['an', 'as', 'at', 'in', 'on', 'or', 'is', 'of', 'to', 'by'])

/**
 * Nouns that open an apposition after a place or person ("Lima, capital of
 * Peru"; "Madrid, president of …"): glued to a name they are a merge.
 */
export const APPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'capital', 'city', 'country', 'president', 'minister', 'leader', 'government', 'region', 'province',
  'state', 'town', 'village', 'party', 'group', 'movement', 'company', 'army', 'police', 'court',
  'parliament', 'senate', 'council', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief',
  'head', 'secretary', 'governor', 'mayor', 'prosecutor', 'judge', 'official', 'officials', 'authorities',
  'district', 'county', 'border', 'airport', 'station', 'university', 'newspaper', 'agency', 'ministry',
  'minister', 'where', 'which', 'who'
])
