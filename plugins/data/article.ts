/**
 * Articles that a source language leaves out or puts in, and the English
 * usage they break.
 *
 * Sources: M. Swan, "Practical English Usage" (4th ed., Oxford 2016),
 * sections 142–150 (articles with place names: countries, most cities,
 * continents and lakes take none; plural and "United …", "Republic" names,
 * regions named with a common noun take "the") and 139 (generalisations with
 * uncountable nouns: "Inflation rose", not "The inflation rose"); the
 * Cambridge Grammar of the English Language (Huddleston & Pullum, 2002),
 * ch. 5 §6 on singular count nouns needing a determiner; for the source
 * languages: Russian, Ukrainian, Polish, Czech, Armenian, Persian, Turkish,
 * Chinese, Japanese, Korean, Vietnamese, Thai and Indonesian have no
 * articles (W. Haspelmath et al., "The World Atlas of Language Structures",
 * features 37A and 38A), Greek, Spanish, Portuguese, Italian and French put
 * the definite article before abstract nouns and names ("la inflación",
 * "o Palmeiras", "η ελληνική κοινωνία").
 */

/** Countries and cities whose English name takes no article (Swan §146). */
export const NO_ARTICLE_PLACES: ReadonlySet<string> = new Set([
  'Spain', 'Mexico', 'Cuba', 'Argentina', 'Colombia', 'Peru', 'Chile', 'Venezuela', 'Ecuador', 'Bolivia', 'Paraguay',
  'Uruguay', 'Brazil', 'Portugal', 'Italy', 'France', 'Germany', 'Austria', 'Russia', 'Ukraine', 'Turkey', 'Iran',
  'China', 'Japan', 'Korea', 'Indonesia', 'Vietnam', 'Thailand', 'Poland', 'Romania', 'Hungary', 'Israel', 'Greece',
  'Armenia', 'Egypt', 'Syria', 'Iraq', 'Lebanon', 'Qatar', 'Kazakhstan', 'India', 'Pakistan', 'Canada', 'Australia',
  'Belgium', 'Switzerland', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Ireland', 'Britain', 'England', 'Scotland',
  'Europe', 'Asia', 'Africa', 'America', 'Madrid', 'Paris', 'Rome', 'Berlin', 'Moscow', 'Kyiv', 'Beijing', 'Tokyo',
  'Seoul', 'Havana', 'Caracas', 'Lisbon', 'Athens', 'Warsaw', 'Ankara', 'Tehran', 'Cairo', 'Damascus', 'Baghdad'
])

/** Acronyms of countries that take "the" as nouns (Swan §146: "the United States", "the United Kingdom"). */
export const THE_ACRONYMS: ReadonlySet<string> = new Set(['US', 'U.S.', 'UK', 'U.K.', 'UAE', 'EU', 'UN'])

/**
 * Common nouns that name a region after its proper name and take "the" ("the
 * Donetsk region", "the Bab al-Hadid area").  Not "province": "in Aceh
 * province" is usual English.
 */
export const REGION_NOUNS: ReadonlySet<string> = new Set([
  'region', 'area', 'district', 'governorate', 'countryside', 'neighborhood', 'neighbourhood', 'oblast'
])

/** Singular count nouns that need a determiner before "of"/"in" ("the situation in Syria", "the result of"). */
export const DETERMINED_NOUNS: ReadonlySet<string> = new Set([
  'situation', 'result', 'direction', 'outcome', 'aftermath', 'role', 'creation', 'normalization', 'normalisation'
])

/** Uncountable nouns used in general statements without "the" (Swan §139). */
export const GENERAL_NOUNS: ReadonlySet<string> = new Set(['inflation', 'unemployment', 'poverty', 'corruption', 'society'])

/**
 * Titles before "of" + an institution ("the Speaker of the Senate", "the
 * head of the Social Security Organization"), and the institution nouns
 * whose names take "the" (Swan §146: names with a common noun such as
 * "Committee", "Ministry", "Senate" take "the"; "Parliament" and "Congress"
 * are used without it, and are left out).
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set([
  'speaker', 'head', 'chairman', 'chairwoman', 'chairperson', 'chair', 'secretary', 'member', 'members', 'president',
  'director', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'leader', 'vice-chairman', 'vice-president',
  'commissioner', 'rector', 'minister'
])
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'Senate', 'Organization', 'Organisation', 'Committee', 'Commission', 'Ministry', 'Assembly', 'Agency', 'Administration',
  'Office', 'Court', 'Federation', 'Authority', 'Institute', 'Department', 'Front'
])
/** Lower-case level words before a body ("of provincial party committee"). */
export const BODY_LEVELS: ReadonlySet<string> = new Set(['provincial', 'municipal', 'city', 'district', 'regional', 'central', 'national'])
export const BODY_NOUNS: ReadonlySet<string> = new Set(['committee', 'council', 'assembly', 'department', 'commission'])

/**
 * Singular nouns that are countable in their news senses and so never stand
 * bare after "such" or as the object of a light verb ("such a question",
 * "made a commitment"): the entries marked [countable] only, in these
 * senses, in the Oxford Advanced Learner's Dictionary (10th ed., 2020) and
 * the Cambridge Dictionary's [C] labels; nouns also used uncountably
 * ("action", "evaluation", "agreement", "support", "progress") are left out.
 */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'question', 'decision', 'commitment', 'statement', 'mistake', 'promise', 'proposal', 'speech', 'visit', 'request',
  'appeal', 'offer', 'announcement', 'step', 'move', 'problem', 'plan', 'attempt', 'choice', 'trip', 'threat', 'warning',
  'remark', 'incident', 'event', 'attack', 'accident', 'song', 'meeting', 'scenario', 'idea', 'interview', 'answer',
  'vow', 'pledge', 'gesture', 'phone', 'tour', 'photo', 'rally', 'referendum'
])

/**
 * Light verbs that take a countable object with its article ("made a
 * commitment", "gave a speech", "held a meeting"): Swan §§ 592–593 (delexical
 * verbs), with the nouns each takes in the Oxford Collocations Dictionary.
 */
export const LIGHT_VERBS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const make = new Set(['commitment', 'decision', 'statement', 'mistake', 'promise', 'proposal', 'speech', 'visit', 'request', 'appeal', 'offer', 'announcement', 'attempt', 'choice', 'threat', 'remark', 'vow', 'pledge', 'gesture', 'trip', 'tour'])
  const take = new Set(['decision', 'step', 'trip', 'photo', 'choice'])
  const give = new Set(['speech', 'statement', 'warning', 'interview', 'answer', 'promise', 'pledge'])
  const hold = new Set(['meeting', 'rally', 'referendum', 'interview'])
  const map = new Map<string, ReadonlySet<string>>()
  for (const v of ['make', 'makes', 'made', 'making']) map.set(v, make)
  for (const v of ['take', 'takes', 'took', 'taken', 'taking']) map.set(v, take)
  for (const v of ['give', 'gives', 'gave', 'given', 'giving']) map.set(v, give)
  for (const v of ['hold', 'holds', 'held', 'holding']) map.set(v, hold)
  return map
})()

/**
 * News agencies whose names take no article (their own style: "AFP
 * reported", "told Reuters", "EFE learned"; Swan §146: names of
 * organisations that are not common nouns take none).  "AP" is left out:
 * "the AP" is usual American English.
 */
export const AGENCIES: ReadonlySet<string> = new Set([
  'AFP', 'EFE', 'ANSA', 'TASS', 'Tass', 'Xinhua', 'dpa', 'Reuters', 'Yonhap', 'Kyodo', 'Interfax', 'Bernama', 'Antara', 'IRNA',
  'WAFA', 'Anadolu', 'Notimex', 'Prensa Latina', 'Europa Press', 'Ukrinform', 'Armenpress'
])

/**
 * Titles used before a person's name, which then takes no article ("Pope
 * Francis", "President Lula"; Swan §147: titles with names have no article;
 * Romance languages say "el papa Francisco", "o presidente Lula").
 */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'Pope', 'President', 'Senator', 'Governor', 'Mayor', 'Cardinal', 'Archbishop', 'Patriarch', 'Ayatollah', 'Sheikh', 'Emir',
  'Chancellor', 'Premier', 'Minister', 'Judge', 'Bishop'
])
// Not "King", "Queen", "Prince": ships, pubs and horses are named so ("the Queen Mary", "the Queen Vic").

/** Words before a title head that make it a rank ("Supreme Leader", "Vice president", "Prime Minister"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'Supreme', 'Vice', 'Prime', 'Deputy', 'Foreign', 'Defence', 'Defense', 'Interior', 'Finance', 'Chief', 'Acting', 'Senior',
  'First', 'Executive', 'Health', 'Economy', 'Justice', 'Education'
])

/**
 * Title and institution nouns that open a sentence with "The" ("The Supreme
 * Leader urged", "The Vice President and delegates observed"): Swan §146 —
 * a title used without a name, and an institution named with a common noun,
 * take "the".  "Parliament", "Congress", "Government" (British usage) and
 * "Police" are left out.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'Leader', 'President', 'president', 'Minister', 'minister', 'Premier', 'Army', 'Ministry', 'Committee', 'Council',
  'Commission', 'Secretary', 'Spokesman', 'Spokeswoman', 'Governor', 'Mayor', 'Chairman', 'Court', 'Agency', 'Office',
  'Administration'
])
