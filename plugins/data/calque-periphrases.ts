/**
 * Country periphrases of Romance-language news copy, as machine translation
 * renders them into English: "el Estado hebreo" → "the Hebrew State",
 * "el país azteca" → "the Aztec country", "el gigante asiático" → "the Asian
 * giant".  Spanish, Italian, French and Portuguese newsrooms use them to avoid
 * repeating a country's name; English wire style names the country (or uses
 * its ordinary adjective: "the Israeli army", not "the Hebrew army").
 *
 * Sources:
 * - the periphrases themselves: Wikipedia, "List of country nicknames", and
 *   French Wikipedia, "Liste de périphrases désignant des pays";
 * - Spanish newsrooms' own guidance against them: Fundéu BBVA (the EFE
 *   agency's language desk), "«Azteca» no es sinónimo de «mexicano»" (2009):
 *   write "el presidente mexicano", not "el presidente azteca";
 * - the English side: the AP Stylebook and the Reuters Handbook of Journalism
 *   (name the country; "Israeli", "Mexican", "Swiss" are the adjectives), and
 *   Fowler's "Modern English Usage", entry "elegant variation".
 *
 * Left out on purpose, because native English copy uses them: "the Jewish
 * state" (normal English in coverage of Israel), "the Islamic Republic"
 * (Iran), "the Andean nation/country", "the Alpine country", "the Gulf
 * state", "the Balkan country", "the Asian/African/European country", "the
 * Land of the Rising Sun", "the Eternal City", "the Big Apple".
 */

export interface Periphrasis {
  /** Stable id, for reports and counts. */
  id: string
  /** The adjective as MT writes it, lower case; two words allowed ("north american"). */
  adjectives: readonly string[]
  /** Country names, best first; several when the periphrasis is ambiguous (the document decides). */
  countries: readonly string[]
  /** The ordinary English adjective for each country (same order). */
  demonyms: readonly string[]
  /** Capital of each country, for "the Gallic capital" (same order); omit when not a periphrasis. */
  capitals?: readonly string[]
  /** Heads after "the ADJ" that stand for the country itself: "the Hebrew State" → "Israel". */
  nameHeads: readonly string[]
  /** Heads after the adjective that keep the noun: "the Hebrew army" → "the Israeli army". */
  adjectiveHeads: readonly string[]
  /** The source-language originals. */
  originals: string
}

/** Institutions and office holders: the head nouns of "the Gallic government" etc. */
const STATE_HEADS = [
  'government', 'executive', 'authorities', 'president', 'prime minister', 'premier', 'foreign minister',
  'foreign ministry', 'cabinet', 'diplomacy', 'head of state', 'head of government'
] as const

const MILITARY_HEADS = ['army', 'military', 'armed forces', 'forces', 'troops', 'air force', 'navy', 'soldiers'] as const

const TEAM_HEADS = ['team', 'squad', 'national team'] as const

export const PERIPHRASES: readonly Periphrasis[] = [
  {
    id: 'hebrew',
    adjectives: ['hebrew'],
    countries: ['Israel'],
    demonyms: ['Israeli'],
    nameHeads: ['state', 'country', 'nation'],
    adjectiveHeads: [...STATE_HEADS, ...MILITARY_HEADS, 'police', 'security forces', 'security cabinet', 'ambassador', 'embassy'],
    originals: 'es “el Estado hebreo”, “el país hebreo”, “el Ejército hebreo”; it “lo Stato ebraico”; fr “l’État hébreu”; pt “o Estado hebreu”'
  },
  {
    id: 'aztec',
    adjectives: ['aztec'],
    countries: ['Mexico'],
    demonyms: ['Mexican'],
    // "the Aztec nation/state/capital/empire" are history: left alone.
    nameHeads: ['country', 'republic'],
    adjectiveHeads: [...STATE_HEADS, ...TEAM_HEADS, 'army', 'armed forces', 'security forces', 'navy', 'national guard'],
    originals: 'es “el país azteca”, “el Gobierno azteca”, “la selección azteca”; pt “o país asteca”'
  },
  {
    // es "el presidente caribeño" for Cuba's or the Dominican Republic's
    // president (Fundéu BBVA on gentilicios; the AP Stylebook names the
    // country).  Only office holders: "the Caribbean nation/island" is
    // ordinary English and stays out.
    id: 'caribbean',
    adjectives: ['caribbean'],
    countries: ['Cuba', 'Dominican Republic', 'Haiti', 'Jamaica'],
    demonyms: ['Cuban', 'Dominican', 'Haitian', 'Jamaican'],
    nameHeads: [],
    adjectiveHeads: ['president', 'prime minister', 'premier', 'foreign minister', 'head of state', 'head of government'],
    originals: 'es “el presidente caribeño”, “el mandatario caribeño”; pt “o presidente caribenho”'
  },
  {
    id: 'gallic',
    adjectives: ['gallic'],
    countries: ['France'],
    demonyms: ['French'],
    capitals: ['Paris'],
    nameHeads: ['country', 'nation', 'republic', 'state'],
    adjectiveHeads: [...STATE_HEADS, 'army', 'armed forces', 'justice ministry', 'interior ministry', 'parliament'],
    originals: 'es “el país galo”, “el Gobierno galo”, “la capital gala”; pt “o país gaulês”'
  },
  {
    id: 'helvetic',
    adjectives: ['helvetic', 'helvetian'],
    countries: ['Switzerland'],
    demonyms: ['Swiss'],
    capitals: ['Bern'],
    nameHeads: ['country', 'confederation', 'nation', 'republic', 'state'],
    adjectiveHeads: [...STATE_HEADS, 'justice', 'army', 'parliament', 'federal council', 'banks', 'bank'],
    originals: 'es “el país helvético”, “la Confederación Helvética”; it “la Confederazione elvetica”; fr “la Confédération helvétique”; pt “a Confederação Helvética”'
  },
  {
    id: 'transalpine',
    adjectives: ['transalpine'],
    // Spanish "el país transalpino" is Italy; Italian "i transalpini" are the French.
    countries: ['Italy', 'France'],
    demonyms: ['Italian', 'French'],
    capitals: ['Rome', 'Paris'],
    nameHeads: ['country', 'nation', 'republic'],
    adjectiveHeads: [...STATE_HEADS, ...TEAM_HEADS],
    originals: 'es “el país transalpino” (Italy); it “il paese transalpino”, “d’Oltralpe” (France)'
  },
  {
    id: 'lusitanian',
    adjectives: ['lusitanian', 'luso'],
    countries: ['Portugal'],
    demonyms: ['Portuguese'],
    capitals: ['Lisbon'],
    nameHeads: ['country', 'nation', 'republic'],
    adjectiveHeads: [...STATE_HEADS, ...TEAM_HEADS],
    originals: 'es “el país luso”, “el Gobierno luso”; it “il paese lusitano”; fr “le pays lusitanien”'
  },
  {
    id: 'nipponese',
    adjectives: ['nipponese'],
    countries: ['Japan'],
    demonyms: ['Japanese'],
    capitals: ['Tokyo'],
    nameHeads: ['country', 'nation', 'archipelago'],
    adjectiveHeads: [...STATE_HEADS, ...TEAM_HEADS],
    originals: 'es “el país nipón”, “el archipiélago nipón”; it “il paese nipponico”; fr “l’archipel nippon”; pt “o país nipônico”'
  },
  {
    id: 'teutonic',
    adjectives: ['teutonic', 'germanic'],
    countries: ['Germany'],
    demonyms: ['German'],
    capitals: ['Berlin'],
    nameHeads: ['country', 'nation', 'republic'],
    adjectiveHeads: [...STATE_HEADS, 'chancellor'],
    originals: 'es “el país germano”, “el país teutón”; it “il paese teutonico”; fr “le pays germanique”'
  },
  {
    id: 'hellenic',
    adjectives: ['hellenic', 'hellene'],
    countries: ['Greece'],
    demonyms: ['Greek'],
    capitals: ['Athens'],
    // "the Hellenic Republic" is Greece's official name in English: left alone.
    nameHeads: ['country', 'nation'],
    adjectiveHeads: [],
    originals: 'es “el país heleno”, “el país helénico”; it “il paese ellenico”; fr “le pays hellène”'
  },
  {
    id: 'magyar',
    adjectives: ['magyar'],
    countries: ['Hungary'],
    demonyms: ['Hungarian'],
    capitals: ['Budapest'],
    nameHeads: ['country'],
    adjectiveHeads: ['government', 'prime minister', 'premier', 'executive', 'foreign minister'],
    originals: 'es “el país magiar”, “el Gobierno magiar”; it “il paese magiaro”; fr “le pays magyar”'
  },
  {
    id: 'persian',
    adjectives: ['persian'],
    countries: ['Iran'],
    demonyms: ['Iranian'],
    // "the Persian capital/empire/nation" are history; "the Persian Gulf" is a name.
    nameHeads: ['country', 'republic'],
    // Armies and kings are ancient history ("the Persian army at Marathon").
    adjectiveHeads: ['regime', 'government', 'authorities', 'president', 'foreign minister', 'diplomacy', 'executive'],
    originals: 'es “el país persa”, “el régimen persa”; it “il paese persiano”; fr “le pays perse”'
  },
  {
    id: 'ottoman',
    adjectives: ['ottoman'],
    countries: ['Turkey', 'Türkiye'],
    demonyms: ['Turkish', 'Turkish'],
    nameHeads: ['country'],
    adjectiveHeads: [],
    originals: 'es “el país otomano”; it “il paese ottomano”'
  },
  {
    id: 'inca',
    adjectives: ['inca', 'incan'],
    countries: ['Peru'],
    demonyms: ['Peruvian'],
    nameHeads: ['country'],
    adjectiveHeads: [],
    originals: 'es “el país inca”'
  },
  {
    id: 'charrua',
    adjectives: ['charrúa', 'charrua', 'charruan'],
    countries: ['Uruguay'],
    demonyms: ['Uruguayan'],
    nameHeads: ['country', 'nation'],
    adjectiveHeads: [...STATE_HEADS, ...TEAM_HEADS],
    originals: 'es “el país charrúa”, “la selección charrúa”'
  },
  {
    id: 'guarani',
    adjectives: ['guaraní', 'guarani'],
    countries: ['Paraguay'],
    demonyms: ['Paraguayan'],
    nameHeads: ['country', 'nation'],
    adjectiveHeads: ['government', 'president', 'executive'],
    originals: 'es “el país guaraní”'
  },
  {
    id: 'tico',
    adjectives: ['tico'],
    countries: ['Costa Rica'],
    demonyms: ['Costa Rican'],
    nameHeads: ['country', 'nation'],
    adjectiveHeads: ['government', 'president', 'executive'],
    originals: 'es “el país tico”'
  },
  {
    id: 'quisqueyan',
    adjectives: ['quisqueyan', 'quisqueyano'],
    countries: ['Dominican Republic'],
    demonyms: ['Dominican'],
    nameHeads: ['country', 'nation'],
    adjectiveHeads: ['government', 'president', 'executive'],
    originals: 'es “el país quisqueyano”'
  },
  {
    id: 'bolivarian',
    adjectives: ['bolivarian'],
    countries: ['Venezuela'],
    demonyms: ['Venezuelan'],
    // "the Bolivarian Republic", "the Bolivarian revolution/government" are names and slogans.
    nameHeads: ['country', 'nation'],
    adjectiveHeads: [],
    originals: 'es “el país bolivariano”'
  },
  {
    id: 'cherifian',
    adjectives: ['cherifian', 'sherifian', 'alawite', 'alaouite'],
    countries: ['Morocco'],
    demonyms: ['Moroccan'],
    // Only "kingdom": "Alawite" alone mostly means Syria's Alawites.
    nameHeads: ['kingdom'],
    adjectiveHeads: [],
    originals: 'es “el reino alauí”, “el reino jerifiano”; fr “le royaume chérifien”'
  },
  {
    id: 'iberian',
    adjectives: ['iberian'],
    // Italian/French "il paese iberico", "le pays ibérique" is mostly Spain.
    countries: ['Spain', 'Portugal'],
    demonyms: ['Spanish', 'Portuguese'],
    capitals: ['Madrid', 'Lisbon'],
    // "the Iberian peninsula" is a name: left alone.
    nameHeads: ['country', 'nation'],
    adjectiveHeads: ['government', 'executive', 'prime minister', 'premier'],
    originals: 'it “il paese iberico”; fr “le pays ibérique”; pt “o país ibérico”'
  },
  {
    id: 'north-american',
    adjectives: ['north american', 'north-american'],
    // Spanish "norteamericano" is "American" (United States).
    countries: ['United States', 'Canada', 'Mexico'],
    demonyms: ['US', 'Canadian', 'Mexican'],
    nameHeads: ['country', 'nation', 'giant', 'superpower'],
    adjectiveHeads: [
      ...STATE_HEADS, 'administration', 'secretary of state', 'ambassador', 'embassy', 'army', 'armed forces',
      'troops', 'congress', 'senate', 'treasury', 'intelligence', 'president-elect'
    ],
    originals: 'es “el país norteamericano”, “el presidente norteamericano”; it “il presidente nordamericano”; pt “o presidente norte-americano”'
  },
  {
    id: 'asian-giant',
    adjectives: ['asian'],
    countries: ['China', 'India'],
    demonyms: ['Chinese', 'Indian'],
    nameHeads: ['giant', 'colossus', 'dragon'],
    adjectiveHeads: [],
    originals: 'es “el gigante asiático”, “el coloso asiático”; it “il gigante asiatico”; fr “le géant asiatique”; pt “o gigante asiático”'
  },
  {
    id: 'south-american-giant',
    adjectives: ['south american', 'south-american', 'latin american'],
    countries: ['Brazil'],
    demonyms: ['Brazilian'],
    nameHeads: ['giant', 'colossus'],
    adjectiveHeads: [],
    originals: 'es “el gigante sudamericano”, “el gigante latinoamericano”; pt “o gigante sul-americano”'
  },
  {
    id: 'eurasian-giant',
    adjectives: ['eurasian'],
    countries: ['Russia'],
    demonyms: ['Russian'],
    nameHeads: ['giant', 'colossus'],
    adjectiveHeads: [],
    originals: 'es “el gigante euroasiático”; it “il gigante eurasiatico”'
  }
]

/**
 * Words after "the Asian giant" etc. that show a company or an animal, not a
 * country: "the Asian giant hornet", "the Asian giant Samsung" (a capitalised
 * word is checked in code).
 */
export const GIANT_NOT_BEFORE: ReadonlySet<string> = new Set([
  'hornet', 'hornets', 'panda', 'pandas', 'salamander', 'salamanders', 'squirrel', 'squirrels', 'tortoise',
  'tortoises', 'company', 'firm', 'group', 'bank', 'conglomerate', 'retailer', 'automaker', 'carmaker',
  'manufacturer', 'maker', 'chipmaker', 'insurer', 'airline', 'brand', 'corporation', 'economy',
  'economies', 'of', 'in'
])

/**
 * Periphrases written as a phrase rather than "the ADJ country": the noun
 * phrase, lower case, and the country.  Source: as above (French Wikipedia's
 * list of periphrases; Fundéu BBVA).
 */
export interface PhrasePeriphrasis {
  id: string
  /** Word sequence after "the", lower case. */
  words: readonly string[]
  country: string
  originals: string
}

export const PHRASE_PERIPHRASES: readonly PhrasePeriphrasis[] = [
  {id: 'rising-sun', words: ['country', 'of', 'the', 'rising', 'sun'], country: 'Japan', originals: 'es “el país del sol naciente”; it “il paese del Sol Levante”; fr “le pays du Soleil-Levant”'},
  {id: 'pharaohs', words: ['country', 'of', 'the', 'pharaohs'], country: 'Egypt', originals: 'es “el país de los faraones”; it “il paese dei faraoni”; fr “le pays des pharaons”'},
  {id: 'maple-leaf', words: ['country', 'of', 'the', 'maple', 'leaf'], country: 'Canada', originals: 'es “el país de la hoja de arce”; fr “le pays de la feuille d’érable”'},
  {id: 'tulips', words: ['country', 'of', 'the', 'tulips'], country: 'the Netherlands', originals: 'es “el país de los tulipanes”; it “il paese dei tulipani”'},
  {id: 'condal-city', words: ['condal', 'city'], country: 'Barcelona', originals: 'es “la Ciudad Condal”'},
  {id: 'ciudad-condal', words: ['ciudad', 'condal'], country: 'Barcelona', originals: 'es “la Ciudad Condal”'}
]
