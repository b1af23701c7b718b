/**
 * Traces of a story's source language, for the source-language guess
 * (plugins/support/source-language.ts). Each trace names the languages it
 * points to; the guess adds them up over the document.
 *
 * Sources:
 * - official and majority languages of countries and their demonyms: the
 * CIA World Factbook, field "Languages", and ISO 639-1 codes (Library of
 * Congress, ISO 639-2 registration authority);
 * - currencies: ISO 4217 (the currency of each country above);
 * - news agencies and their home countries: each agency's own "about" page
 *   (EFE Madrid, Prensa Latina Havana, Télam Buenos Aires, ANSA Rome, AGI
 * Rome, AFP Paris, Lusa Lisbon, Agência Brasil Brasília, dpa Hamburg, TASS
 * and RIA Novosti Moscow, Ukrinform and UNIAN Kyiv, Anadolu Ankara, IRNA
 * and Fars Tehran, Xinhua Beijing, Yonhap Seoul, Kyodo Tokyo, Antara
 * Jakarta, VNA Hanoi, PAP Warsaw, Agerpres Bucharest, MTI Budapest,
 * Armenpress Yerevan, WAFA Ramallah, SPA Riyadh, Kazinform Astana);
 * - major cities and regions: the UN Demographic Yearbook (city
 * populations) and ISO 3166-2 (first-level subdivisions); heads of state
 * and government and the main parties 2018–2025: the governments' own
 * sites (only names that belong to one country's politics);
 * - letters: the alphabets of each language (Unicode Standard, chapter 7,
 *   "Europe-I", the Latin letters each orthography adds).
 */

/** A word of the story (as written, capitalised) → the languages it points to. */
export const NAMED_TRACES: Readonly<Record<string, string>> = {
  // Countries, their demonyms and capitals whose press writes in one language.
  Spain: 'es', Spanish: 'es', Madrid: 'es', Mexico: 'es', Mexican: 'es', Cuba: 'es', Cuban: 'es', Havana: 'es',
  Argentina: 'es', Argentine: 'es', Argentinian: 'es', Colombia: 'es', Colombian: 'es', Bogotá: 'es', Bogota: 'es',
  Peru: 'es', Peruvian: 'es', Lima: 'es', Chile: 'es', Chilean: 'es', Santiago: 'es', Venezuela: 'es', Venezuelan: 'es',
  Caracas: 'es', Ecuador: 'es', Ecuadorian: 'es', Bolivia: 'es', Bolivian: 'es', Paraguay: 'es', Uruguay: 'es',
  Uruguayan: 'es', Guatemala: 'es', Honduras: 'es', Nicaragua: 'es', Nicaraguan: 'es', Salvador: 'es', Panama: 'es',
  Dominican: 'es', Catalonia: 'es', Andalusia: 'es', PSOE: 'es', Peso: 'es', pesos: 'es',
  Barcelona: 'es', Valencia: 'es', Seville: 'es', Guadalajara: 'es', Monterrey: 'es', Medellín: 'es', Medellin: 'es',
  Brazil: 'pt', Brazilian: 'pt', Brasília: 'pt', Brasilia: 'pt', Portugal: 'pt', Portuguese: 'pt', Lisbon: 'pt',
  Angola: 'pt', Mozambique: 'pt', reais: 'pt', Porto: 'pt', Recife: 'pt',
  Paulo: 'pt', Janeiro: 'pt', Minas: 'pt', Bahia: 'pt',
  Italy: 'it', Italian: 'it', Rome: 'it', Milan: 'it', Naples: 'it', Sicily: 'it', Lombardy: 'it',
  Turin: 'it', Florence: 'it', Venice: 'it', Bologna: 'it', Genoa: 'it', Palermo: 'it', Bari: 'it', Sardinia: 'it',
  Tuscany: 'it', Calabria: 'it', Apulia: 'it', Puglia: 'it', Campania: 'it', Lazio: 'it', Veneto: 'it', Piedmont: 'it',
  Liguria: 'it',
  France: 'fr', French: 'fr', Paris: 'fr', Marseille: 'fr', Lyon: 'fr', Quebec: 'fr', Senegal: 'fr',
  Toulouse: 'fr', Bordeaux: 'fr', Lille: 'fr', Nantes: 'fr', Strasbourg: 'fr', Brittany: 'fr', Normandy: 'fr',
  Élysée: 'fr', Elysee: 'fr', Matignon: 'fr',
  Germany: 'de', German: 'de', Berlin: 'de', Munich: 'de', Hamburg: 'de', Bavaria: 'de', Austria: 'de', Austrian: 'de',
  Vienna: 'de', Bundestag: 'de', Bundesliga: 'de', SPD: 'de', CDU: 'de', AfD: 'de',
  Russia: 'ru', Russian: 'ru', Moscow: 'ru', Kremlin: 'ru', Kazakhstan: 'ru', rubles: 'ru', roubles: 'ru',
  Astana: 'ru', Almaty: 'ru',
  Ukraine: 'uk', Ukrainian: 'uk', Kyiv: 'uk', Kiev: 'uk', hryvnias: 'uk',
  Kharkiv: 'uk', Odesa: 'uk', Zaporizhzhia: 'uk', Sumy: 'uk', Donetsk: 'uk', Luhansk: 'uk', Kherson: 'uk', oblast: 'uk',
  Turkey: 'tr', Turkish: 'tr', Türkiye: 'tr', Turkiye: 'tr', Ankara: 'tr', Istanbul: 'tr', lira: 'tr',
  Iran: 'fa', Iranian: 'fa', Tehran: 'fa', rials: 'fa',
  China: 'zh', Chinese: 'zh', Beijing: 'zh', Shanghai: 'zh', yuan: 'zh',
  Korea: 'ko', Korean: 'ko', Seoul: 'ko',
  Japan: 'ja', Japanese: 'ja', Tokyo: 'ja', yen: 'ja',
  Indonesia: 'id', Indonesian: 'id', Jakarta: 'id', rupiah: 'id',
  Vietnam: 'vi', Vietnamese: 'vi', Hanoi: 'vi', Saigon: 'vi',
  Thailand: 'th', Thai: 'th', Bangkok: 'th', baht: 'th',
  Poland: 'pl', Polish: 'pl', Warsaw: 'pl', zlotys: 'pl', zloty: 'pl',
  Netherlands: 'nl', Dutch: 'nl', Amsterdam: 'nl',
  Romania: 'ro', Romanian: 'ro', Bucharest: 'ro', lei: 'ro',
  Hungary: 'hu', Hungarian: 'hu', Budapest: 'hu', forints: 'hu',
  Israel: 'he', Israeli: 'he', Jerusalem: 'he', shekels: 'he',
  Greece: 'el', Greek: 'el', Athens: 'el',
  Armenia: 'hy', Armenian: 'hy', Yerevan: 'hy',
  Saudi: 'ar', Egypt: 'ar', Egyptian: 'ar', Cairo: 'ar', Syria: 'ar', Syrian: 'ar', Iraq: 'ar', Iraqi: 'ar', Lebanon: 'ar',
  Palestinian: 'ar', Gaza: 'ar', Riyadh: 'ar', Qatar: 'ar', Emirates: 'ar',
  // News agencies (home country's language).
  EFE: 'es', Télam: 'es', Telam: 'es', ANSA: 'it', AGI: 'it', AFP: 'fr', Lusa: 'pt', dpa: 'de', TASS: 'ru', RIA: 'ru',
  Ukrinform: 'uk', UNIAN: 'uk', Anadolu: 'tr', IRNA: 'fa', Xinhua: 'zh', Yonhap: 'ko', Kyodo: 'ja', Antara: 'id',
  VNA: 'vi', PAP: 'pl', Agerpres: 'ro', MTI: 'hu', Armenpress: 'hy', WAFA: 'ar', Kazinform: 'ru'
}

/**
 * Heads of state and government and party leaders whose name belongs to one
 * country's politics (2018–2025, the governments' own sites): traces for the
 * guess, and people (not places) for pronoun-gender.
 */
export const PEOPLE_TRACES: Readonly<Record<string, string>> = {
  Sánchez: 'es', Lula: 'pt', Meloni: 'it', Macron: 'fr', Scholz: 'de', Merz: 'de', Putin: 'ru', Zelensky: 'uk',
  Zelenskyy: 'uk', Erdogan: 'tr', Erdoğan: 'tr', Xi: 'zh', Orbán: 'hu', Feijóo: 'es', Milei: 'es', Maduro: 'es',
  Petro: 'es', Boric: 'es', Sheinbaum: 'es', Bukele: 'es', Obrador: 'es', Bolsonaro: 'pt', Mattarella: 'it',
  Salvini: 'it', Schlein: 'it', Draghi: 'it', Tajani: 'it', Attal: 'fr', Barnier: 'fr', Bayrou: 'fr',
  Mélenchon: 'fr', Melenchon: 'fr', Lavrov: 'ru', Peskov: 'ru', Nguyen: 'vi', Nguyễn: 'vi'
}

/** Two-word traces (a news agency or a country written in two words). */
export const NAMED_PAIRS: Readonly<Record<string, string>> = {
  'Prensa Latina': 'es', 'Agência Brasil': 'pt', 'Agencia Brasil': 'pt', 'Costa Rica': 'es', 'Puerto Rico': 'es',
  'Buenos Aires': 'es', 'São Paulo': 'pt', 'Sao Paulo': 'pt', 'Rio de': 'pt', 'South Korea': 'ko', 'North Korea': 'ko'
}

/** Letters a language's orthography adds to the Latin alphabet (only the telling ones). */
export const LETTER_TRACES: ReadonlyArray<readonly [string, string]> = [
  ['ñ', 'es'], ['¿', 'es'], ['¡', 'es'],
  ['ã', 'pt'], ['õ', 'pt'], ['ç', 'pt fr'],
  ['è', 'fr it'], ['ê', 'fr pt'], ['ë', 'fr nl'], ['ï', 'fr'], ['œ', 'fr'],
  ['ò', 'it'], ['ù', 'it fr'], ['ì', 'it'],
  ['ß', 'de'], ['ä', 'de'], ['ö', 'de tr hu'], ['ü', 'de tr hu'],
  ['ı', 'tr'], ['ş', 'tr'], ['ğ', 'tr'], ['İ', 'tr'],
  ['ł', 'pl'], ['ś', 'pl'], ['ż', 'pl'], ['ź', 'pl'], ['ę', 'pl'], ['ą', 'pl'],
  ['ő', 'hu'], ['ű', 'hu'],
  ['ă', 'ro vi'], ['ș', 'ro'], ['ț', 'ro'], ['ş', 'ro tr'],
  ['đ', 'vi'], ['ơ', 'vi'], ['ư', 'vi'], ['ạ', 'vi'], ['ế', 'vi'], ['ộ', 'vi'],
  ['ř', 'cs'], ['ě', 'cs'], ['ů', 'cs'],
  ['ā', 'lv'], ['ē', 'lv'], ['ī', 'lv'], ['ū', 'lv']
]

/** Scripts: a letter of the script points to its languages (Unicode script blocks). */
export const SCRIPT_TRACES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Cyrillic}/u, 'ru uk'],
  [/\p{Script=Arabic}/u, 'ar fa'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh ja'],
  [/\p{Script=Thai}/u, 'th']
]

/**
 * Words of the story's own English that a source language's calques leave
 * (lower case): "this Sunday" for este domingo / ce dimanche … Only the
 * telling ones, each tied to the languages whose construction it copies
 * (see plugins/data/calque-phrases.ts for the sources).
 */
export const CALQUE_TRACES: Readonly<Record<string, string>> = {
  'this-day': 'es fr pt it',
  'the-past-day': 'es',
  'assured-that': 'es pt',
  'the-also': 'es pt',
  'president-of-the-government': 'es',
  'in-declarations-to': 'es pt it',
  'attribution-verb': 'pt es it fr',
  'perfect-with-past-time': 'it fr de',
  'last-date': 'es it pt',
  'the-opposition-name': 'es pt',
  'said-as-determiner': 'es',
  'in-the-framework-of': 'es it fr pt',
  'counted-with-the-presence': 'es pt',
  'the-oppositions': 'it fr'
}
