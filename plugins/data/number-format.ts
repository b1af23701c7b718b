/**
 * Words around numbers that tell the `number-format` rule what a number is:
 * a quantity with a unit (so "2,5" before it is a decimal), a count of whole
 * things (so "1.500" before it is a thousand and five hundred), a currency.
 * All keys are lower case.
 */

/**
 * Percent words.  Source: AP Stylebook ("percent"), The Economist Style
 * Guide and the BBC News style guide ("per cent", matched as "per" + "cent"),
 * Reuters 1980s wire copy ("pct").
 */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'per', 'percentage'])

/**
 * Magnitude words and their wire abbreviations.  Source: the short-scale
 * names of large numbers (Wikipedia, "Names of large numbers") and the
 * abbreviations of the Reuters and BBC style guides ("mln", "bln", "bn",
 * "m", "tn").
 */
export const MAGNITUDES: ReadonlySet<string> = new Set([
  'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions',
  'mln', 'mn', 'm', 'bln', 'bn', 'b', 'tn', 'trn', 'k', 'lakh', 'crore'
])

/**
 * Units of measure, full and abbreviated, British and American spelling.
 * Source: the BIPM SI Brochure (9th ed., 2019) units and prefixes in common
 * use, and the non-SI units of the AP Stylebook and The Economist Style Guide
 * (miles, feet, acres, barrels, knots …).
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'metre', 'metres', 'meter', 'meters',
  'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters', 'mm', 'millimetre', 'millimetres',
  'millimeter', 'millimeters', 'mile', 'miles', 'ft', 'feet', 'foot', 'inch', 'inches', 'yard', 'yards',
  'kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'g', 'gram', 'grams',
  'tonne', 'tonnes', 'ton', 'tons', 't', 'lb', 'lbs', 'ounce', 'ounces', 'oz',
  'litre', 'litres', 'liter', 'liters', 'l', 'ml', 'gallon', 'gallons', 'barrel', 'barrels', 'bpd',
  'hectare', 'hectares', 'ha', 'acre', 'acres', 'sq', 'square', 'cubic', 'km2', 'm2', 'm3',
  'degree', 'degrees', 'celsius', 'fahrenheit', 'c', 'f',
  'kmh', 'km/h', 'mph', 'knot', 'knots',
  'w', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'twh', 'watt', 'watts', 'kilowatt', 'kilowatts',
  'megawatt', 'megawatts', 'gigawatt', 'gigawatts', 'volt', 'volts', 'kv',
  'gb', 'mb', 'tb', 'mbps', 'gbps', 'ghz', 'mhz',
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'point', 'points', 'pts', 'times', 'fold', 'magnitude', 'richter'
])

/**
 * Currency names (singular and plural, English) and wire abbreviations.
 * Source: ISO 4217 currency names in English, with the plurals of the
 * Oxford English Dictionary; "dlrs", "stg" from Reuters style.
 */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'euro', 'euros', 'dollar', 'dollars', 'dlrs', 'dlr', 'pound', 'pounds', 'sterling', 'stg', 'pence', 'cents',
  'peso', 'pesos', 'real', 'reais', 'reals', 'franc', 'francs', 'lira', 'lire', 'liras', 'yen', 'yuan',
  'renminbi', 'rupee', 'rupees', 'rouble', 'roubles', 'ruble', 'rubles', 'bolivar', 'bolivars', 'bolivares',
  'sol', 'soles', 'colon', 'colones', 'quetzal', 'quetzales', 'lempira', 'lempiras', 'cordoba', 'cordobas',
  'guarani', 'guaranis', 'boliviano', 'bolivianos', 'krona', 'kronor', 'krone', 'kroner', 'zloty', 'zlotys',
  'forint', 'forints', 'rand', 'dinar', 'dinars', 'dirham', 'dirhams', 'riyal', 'riyals', 'shekel', 'shekels',
  'ringgit', 'baht', 'naira', 'escudo', 'escudos', 'peseta', 'pesetas', 'mark', 'marks', 'deutschmarks'
])

/**
 * ISO 4217 codes and symbols written before an amount ("€2,5", "US$1,8",
 * "EUR 2,5").  Source: ISO 4217 and the Unicode Currency Symbols block.
 */
export const CURRENCY_PREFIXES: ReadonlySet<string> = new Set([
  '€', '$', '£', '¥', '₹', '₽', '₺', '₩', '₪', '₦', '₱', '฿', 'R$', 'US$', 'A$', 'C$', 'NZ$', 'HK$', 'S$', 'MX$',
  'EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'VES', 'UYU',
  'INR', 'RUB', 'TRY', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'ZAR'
])

/**
 * Count nouns: things counted in whole numbers in news copy, so "1.500" before
 * one of them cannot be one and a half.  Source: the count nouns of the
 * grammar (Quirk et al. 1985, §5.3) that news copy quantifies, chosen from the
 * subjects of wire reporting (casualties, population, jobs, housing, votes,
 * migration, business, sport).
 */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'inhabitants', 'residents', 'citizens', 'voters', 'votes', 'ballots',
  'signatures', 'members', 'supporters', 'protesters', 'demonstrators', 'marchers', 'fans', 'spectators',
  'visitors', 'tourists', 'passengers', 'pilgrims', 'guests', 'participants', 'delegates', 'attendees',
  'dead', 'deaths', 'victims', 'casualties', 'fatalities', 'bodies', 'injured', 'wounded', 'survivors',
  'missing', 'hostages', 'detainees', 'prisoners', 'inmates', 'arrests', 'arrested',
  'soldiers', 'troops', 'officers', 'police', 'policemen', 'agents', 'firefighters', 'fighters', 'militants',
  'rebels', 'combatants', 'insurgents', 'jihadists', 'civilians', 'children', 'minors', 'babies', 'women',
  'men', 'adults', 'students', 'pupils', 'teachers', 'doctors', 'nurses', 'patients', 'workers',
  'employees', 'staff', 'jobs', 'posts', 'positions', 'vacancies', 'layoffs', 'redundancies',
  'families', 'households', 'homes', 'houses', 'dwellings', 'apartments', 'flats', 'buildings',
  'schools', 'hospitals', 'beds', 'companies', 'firms', 'businesses', 'shops', 'stores', 'branches',
  'migrants', 'refugees', 'asylum-seekers', 'immigrants', 'displaced', 'evacuees', 'homeless',
  'cases', 'infections', 'infected', 'tests', 'doses', 'vaccines', 'complaints', 'applications',
  'units', 'vehicles', 'cars', 'trucks', 'lorries', 'buses', 'trains', 'flights', 'planes', 'aircraft',
  'ships', 'boats', 'tanks', 'missiles', 'rockets', 'drones', 'weapons', 'rifles', 'guns',
  'animals', 'cattle', 'sheep', 'head', 'trees', 'copies', 'books', 'titles', 'messages', 'calls',
  'followers', 'subscribers', 'customers', 'clients', 'users', 'accounts', 'contracts', 'projects',
  'villages', 'towns', 'municipalities', 'communities', 'sites', 'locations'
])

/** Words that end a look-ahead for a count noun: "1.125 per cent of the people". */
export const LOOKAHEAD_STOP: ReadonlySet<string> = new Set([
  'of', 'a', 'an', 'the', 'to', 'and', 'or', 'in', 'on', 'at', 'for', 'from', 'against', 'than', 'by',
  'with', 'per', 'cent', 'as', 'is', 'was', 'were', 'are', 'be', 'that', 'which', 'who', 'it', 'its'
])

/**
 * Month names and words after which a number is a date, an ordinal or an
 * identifier rather than the start of a quantity ("May 5 300 protesters").
 */
export const NUMBER_STARTERS_NOT_QUANTITY: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'no', 'nos', 'number', 'page', 'pages', 'article', 'articles', 'section', 'route', 'flight',
  'room', 'chapter', 'paragraph', 'rule', 'resolution', 'law', 'decree', 'act', 'item', 'line'
])

/**
 * Evidence that magnitude words were translated word for word from a
 * long-scale language (Spanish "mil millones", French "milliard", German
 * "Milliarde"), where "billón"/"billion"/"Billion" is 10^12.  Source: the
 * long and short scales (Wikipedia, "Long and short scales").
 */
export const LONG_SCALE_CALQUES: readonly RegExp[] = [
  /\bthousands? (?:of )?millions?\b/i,
  /\bmilliards?\b/i,
  /\bmiliardi\b|\bmiliardo\b/i,
  /\bmil millones\b|\bmiles de millones\b|\bmilhões\b|\bmil milhões\b/i,
  /\bMilliarden?\b/
]

/**
 * Literal strings, one of which every match of LONG_SCALE_CALQUES contains
 * once lower-cased (the rule skips those regexes when none is in the text):
 * "thousand(s) (of) million(s)", "milliard(s)", "miliardi"/"miliardo",
 * "mil millones"/"miles de millones"/"milhões", "Milliarde(n)".  Keep in step
 * with LONG_SCALE_CALQUES.
 */
export const LONG_SCALE_CLUES: readonly string[] = ['thousand', 'milliard', 'miliard', 'millones', 'milhões']

/**
 * Weekday names (and their AP and Reuters abbreviations): a number in
 * brackets right after one is a date ("on Friday (5/8)").  Source: the AP
 * Stylebook ("days of the week", abbreviations in tabular matter).
 */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'
])

/** Words that name a day relative to the story: "yesterday (12th)". Source: the AP Stylebook ("today, tonight", "yesterday"). */
export const DAY_WORDS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'day', 'morning', 'afternoon', 'evening', 'night'])

/** Month names as the AP Stylebook abbreviates them in dates ("Aug. 5"; March to July in full). */
export const MONTH_STYLE: readonly string[] = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']

/**
 * Words of sports reporting that make "2:0" a score rather than a ratio.
 * Source: the match-report vocabulary of the BBC Sport and AP sports style
 * guides (results, positions, competitions), chosen by us.
 */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'match', 'matches', 'matchday', 'game', 'games', 'goal', 'goals', 'scored', 'scorer', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'keeper', 'coach', 'manager', 'league', 'cup', 'championship', 'tournament', 'derby', 'stadium', 'fixture',
  'half-time', 'halftime', 'penalty', 'penalties', 'draw', 'drew', 'defeat', 'defeated', 'victory', 'win', 'won', 'beat',
  'lost', 'club', 'season', 'squad', 'players', 'player', 'semifinal', 'semi-final', 'final', 'quarter-final', 'playoff',
  'bundesliga', 'serie', 'liga', 'ligue', 'premier', 'uefa', 'fifa', 'referee', 'minute', 'kick-off', 'champion', 'champions',
  'football', 'soccer', 'handball', 'hockey', 'volleyball', 'basketball', 'points', 'table', 'relegation', 'promoted'
])

/**
 * Words right before "N:M" that read it as a result: "after the 2:4",
 * "won 2:1", "at home 6:1".  Source: as SPORTS_WORDS.
 */
export const SCORE_BEFORE: ReadonlySet<string> = new Set([
  'the', 'a', 'won', 'win', 'wins', 'beat', 'beats', 'defeated', 'defeat', 'lost', 'loses', 'lose', 'drew', 'draw', 'home',
  'away', 'by', 'it', 'ended', 'finished', 'score', 'scoreline', 'result', 'victory', 'triumph', 'thrashing', 'rout', 'of'
])

/**
 * Words after which a bare hour is a clock time ("After 13 (local time)").
 * Source: the AP Stylebook ("time of day", "local time").
 */
export const TIME_BEFORE: ReadonlySet<string> = new Set(['at', 'after', 'before', 'until', 'till', 'from', 'around', 'about', 'by', 'since'])

/**
 * Nouns a number before which is an ordinal in English ("his 63rd
 * birthday", "the 50th anniversary"), never a count.  Source: the AP
 * Stylebook ("ages", "anniversary", "ordinals").
 */
export const ORDINAL_NOUNS: ReadonlySet<string> = new Set(['birthday', 'anniversary', 'edition', 'congress', 'centenary', 'jubilee'])
