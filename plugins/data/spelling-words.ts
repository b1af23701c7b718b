/**
 * Word lists for the `spelling` rule.  Everything is lower case and plain
 * ASCII (the rule folds accents before looking a word up).  A test checks that
 * every allow-list entry is really missing from the Hunspell dictionaries (so
 * none is dead weight) and that every misspelling below is one the big word
 * list would otherwise accept.
 */

/**
 * Lower-case abbreviations and units of wire copy, which Hunspell (SCOWL
 * size 60) does not list.
 *
 * Sources: the Reuters financial-wire abbreviations used in company results
 * and commodity reports ("shr 23 cts vs 18 cts", "1.2 mln dlrs", "qtly div",
 * "bpd", "stg"; Reuters Handbook of Journalism, "Abbreviations"), the
 * abbreviated units of the BBC News and Guardian style guides ("£10bn",
 * "5m", "40 kms", "mins"), and the football and rugby result conventions of
 * the Press Association ("og" own goal, "pen", "aet", "att").
 */
export const NEWS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Reuters financial wire
  'dlr', 'dlrs', 'mln', 'mlns', 'bln', 'blns', 'trln', 'cts', 'shr', 'shrs', 'qtr', 'qtrs', 'qtly', 'mths',
  'mthly', 'stg', 'bpd', 'bbls', 'oper', 'pts', 'wks', 'shs', 'pvs', 'exch',
  // money and units of British and US copy
  'bn', 'mn', 'trn', 'kms', 'kmh', 'kmph', 'mins', 'yds', 'kgs', 'cms', 'mtrs', 'ltrs', 'gbp', 'usd',
  // Latin abbreviations without points (Guardian and Economist style: "eg", "ie")
  'eg', 'ie', 'nb',
  // British company suffix, lower case in Companies House and Guardian style ("Tesco plc")
  'plc',
  // sport results
  'og', 'aet',
  // file formats, written in lower case in technology copy ("wav files", "a pdf"; IANA media types)
  'wav', 'jpeg', 'jpg', 'png', 'pdf', 'mpeg', 'html', 'xml', 'csv', 'exe',
  // internet shorthand in quoted messages and readers' comments (Wikipedia, "List of acronyms: Internet slang")
  'hehe', 'lol', 'omg', 'btw', 'imo', 'imho', 'fyi', 'tbh'
])

/**
 * Prefixes and combining forms: allowed before a hyphen ("neo-liberal",
 * "docu-drama", "uber-category") and, joined, before a known word
 * ("renationalise", "unshredded", "cyberbullying").
 *
 * Source: the productive English prefixes and combining forms listed in the
 * Cambridge Grammar of the English Language (Huddleston & Pullum 2002,
 * ch. 19 "Lexical word-formation") and Wikipedia, "English prefix" and
 * "List of Greek and Latin roots in English" (the ones productive in
 * present-day news vocabulary).
 */
export const PREFIXES: readonly string[] = [
  'anti', 'auto', 'bi', 'bio', 'co', 'counter', 'cross', 'cyber', 'de', 'dis', 'docu', 'eco', 'edu',
  'electro', 'euro', 'ex', 'extra', 'geo', 'hyper', 'il', 'im', 'in', 'info', 'inter', 'intra', 'ir',
  'macro', 'mega', 'meta', 'micro', 'mid', 'mini', 'mis', 'multi', 'nano', 'narco', 'neo', 'non', 'out',
  'over', 'para', 'petro', 'photo', 'poly', 'post', 'pre', 'pro', 'proto', 'pseudo', 'quasi', 're',
  'retro', 'self', 'semi', 'socio', 'sub', 'super', 'tele', 'trans', 'tri', 'uber', 'ultra', 'un', 'under',
  'agri', 'agro', 'aero', 'astro', 'crypto', 'hydro', 'neuro', 'psycho', 'techno', 'thermo', 'up', 'down',
  'back', 'fore', 'after', 'mal'
]

/** Prefixes that may stand alone only before a hyphen (too short to strip from joined words safely). */
export const HYPHEN_ONLY_PREFIXES: ReadonlySet<string> = new Set(['bi', 'il', 'im', 'in', 'ir', 'tri', 'up', 'ex'])

/**
 * Clipped and rhyming first or second halves of hyphenated compounds that are
 * not words on their own ("sci-fi", "hi-fi", "have-nots", "touchy-feely").
 * Source: Wikipedia, "Reduplication" (English rhyming and ablaut
 * reduplicatives) and "Clipping (morphology)".
 */
export const COMPOUND_PARTS: ReadonlySet<string> = new Set([
  'fi', 'fis', 'nots', 'feely', 'nilly', 'wishy', 'hoity', 'toity', 'helter', 'skelter', 'hurly', 'burly',
  'mumbo', 'argy', 'bargy', 'teeny', 'weeny', 'itsy', 'bitsy', 'easy', 'peasy', 'okey', 'dokey', 'hokey',
  'pokey', 'tainment', 'esque', 'ish'
])

/**
 * Shortened and informal forms with an apostrophe, as written in quotes.
 * Source: Wikipedia, "English contractions" (aphetic and informal forms).
 */
export const APOSTROPHE_FORMS: ReadonlySet<string> = new Set([
  "'em", "'cause", "'cos", "'til", "'tis", "'twas", "'n'", "'bout", "'round", "'til", "'n", "n'",
  "ol'", "'ere", "rock'n'roll", "rock'n'roll's", "y'know"
])

/**
 * Particles of personal names, written in lower case before the family name
 * ("Ursula von der Leyen", "Jean du Plessis", "Pedro de la Rosa").
 * Source: Wikipedia, "Nobiliary particle" and "Arabic name" (nasab and
 * article), "Tussenvoegsel" (Dutch).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'ter', 'ten', 'het', 'de', 'del', 'della', 'delle', 'dei', 'degli', 'di', 'da',
  'dal', 'dalla', 'du', 'des', 'la', 'le', 'les', 'lo', 'dos', 'das', 'do', 'zu', 'zur', 'und', 'y', 'e', 'af',
  'av', 'al', 'el', 'ul', 'bin', 'ibn', 'bint', 'abu', 'ben', 'bat', 'mac', 'ap', 'st', 'san', 'santa',
  // Kalenjin (Kenya): "Daniel arap Moi"
  'arap'
])

/**
 * Foreign phrases established in English ("de facto", "joie de vivre",
 * "coup d'etat"), accents folded.  A word of one of these is accepted only
 * where the whole phrase stands.
 * Sources: Wikipedia, "List of Latin phrases (full)" and "List of French
 * words and phrases used by English speakers" (the entries marked as common
 * in English), and "Glossary of German words used in English".
 */
export const FOREIGN_PHRASES: readonly string[] = [
  'ad hoc', 'ad infinitum', 'ad nauseam', 'ad valorem', 'a fortiori', 'a priori', 'a posteriori',
  'alma mater', 'alter ego', 'ante bellum', 'bona fide', 'bona fides', 'carpe diem', 'casus belli',
  'caveat emptor', 'de facto', 'de jure', 'de novo', 'deus ex machina', 'ex gratia', 'ex officio',
  'ex parte', 'ex post facto', 'habeas corpus', 'in absentia', 'in camera', 'in extremis', 'in situ',
  'in vitro', 'in vivo', 'inter alia', 'ipso facto', 'magnum opus', 'mea culpa', 'modus operandi',
  'modus vivendi', 'non sequitur', 'per annum', 'per capita', 'per diem', 'per se', 'persona non grata',
  'post mortem', 'prima facie', 'pro bono', 'pro forma', 'pro rata', 'quid pro quo', 'sine die',
  'sine qua non', 'status quo', 'sub judice', 'terra incognita', 'vice versa', 'annus horribilis',
  'mutatis mutandis', 'pari passu', 'rigor mortis', 'sui generis', 'ultra vires', 'urbi et orbi',
  'a la carte', 'a la mode', 'avant garde', 'bete noire', 'bon mot', 'bon vivant', 'carte blanche',
  'cause celebre', 'cordon sanitaire', 'coup d\'etat', 'coup de grace', 'coup de theatre', 'creme de la creme',
  'cri de coeur', 'de rigueur', 'deja vu', 'double entendre', 'en bloc', 'en masse', 'en route',
  'enfant terrible', 'esprit de corps', 'fait accompli', 'faux pas', 'femme fatale', 'fin de siecle',
  'force majeure', 'haute couture', 'haute cuisine', 'hors d\'oeuvre', 'hors de combat', 'idee fixe',
  'je ne sais quoi', 'joie de vivre', 'laissez faire', 'laisser faire', 'mise en scene', 'noblesse oblige',
  'nouveau riche', 'nouvelle vague', 'pied a terre', 'piece de resistance', 'raison d\'etre',
  'sang froid', 'savoir faire', 'tete a tete', 'tour de force', 'vis a vis', 'belle epoque', 'film noir',
  'grand prix', 'petit bourgeois', 'plus ca change', 'succes de scandale', 'trompe l\'oeil',
  'kung fu', 'tai chi', 'feng shui', 'hara kiri', 'aide memoire', 'objet d\'art', 'beau monde',
  'mot juste', 'bon voyage', 'table d\'hote', 'prix fixe', 'au pair', 'au fait', 'ancien regime',
  'coup de main', 'dolce vita', 'la dolce vita', 'al fresco', 'al dente', 'a cappella', 'prima donna',
  'sotto voce', 'cosa nostra', 'fatwa', 'intifada', 'jihad', 'ex ante', 'ex post', 'et al', 'et cetera',
  'pro tem', 'pro tempore', 'sub rosa', 'op cit', 'nota bene', 'ceteris paribus', 'gilets jaunes',
  'sans papiers', 'droit commun'
]

/**
 * News and current-affairs vocabulary that SCOWL size 60 (the Hunspell
 * dictionaries) and the word list both lack, and that the rule cannot derive
 * from known words (compounds and affixed words are derived, not listed).
 * Source: frequent words of the NOW (News on the Web) corpus and the
 * Oxford English Dictionary's new-words updates (2015–2024) that are absent
 * from SCOWL size 60.
 */
export const NEWS_VOCABULARY: ReadonlySet<string> = new Set([
  'covid', 'vax', 'vaxxed', 'unvaxxed', 'infodemic', 'telenovela', 'telenovelas', 'doxxing', 'doxxed',
  'esports', 'onboarding', 'edtech', 'fintech', 'fintechs', 'insurtech', 'proptech', 'regtech', 'trojan',
  'trojans', 'peshmerga', 'siloviki', 'derecho', 'derechos', 'brexiteer', 'brexiteers', 'remainer',
  'remainers', 'nanoplastics', 'ultrarunner', 'parkrun', 'gigafactory', 'gigafactories', 'ereader',
  'ereaders', 'youtuber', 'youtubers', 'tiktoker', 'tiktokers', 'bingeable', 'docuseries', 'paralympian',
  'paralympians', 'odi', 'odis',
  // CLDR English currency plurals missing from SCOWL ("reais", Brazil)
  'reais'
])

/**
 * Common misspellings that the big word list accepts (it includes rare and
 * archaic words): flagged with their correction.
 * Source: Wikipedia, "Lists of common misspellings/For machines", the
 * entries whose misspelt form is in the `word-list` package but not in
 * Hunspell.
 */
export const LISTED_MISSPELLINGS: ReadonlyMap<string, string> = new Map([
  ['wich', 'which'],
  ['wether', 'whether'],
  ['persue', 'pursue'],
  ['persued', 'pursued'],
  ['calender', 'calendar'],
  ['publically', 'publicly'],
  ['irregardless', 'regardless'],
  ['supercede', 'supersede'],
  ['superceded', 'superseded'],
  ['supposably', 'supposedly'],
  ['accidently', 'accidentally'],
  ['momento', 'memento'],
  ['sherif', 'sheriff'],
  ['heighth', 'height'],
  ['miniscule', 'minuscule'],
  ['pidgeon', 'pigeon'],
  ['resistent', 'resistant'],
  ['rhime', 'rhyme'],
  ['develope', 'develop'],
  ['glamourous', 'glamorous'],
  ['alledged', 'alleged'],
  ['recuring', 'recurring']
])

/**
 * Word endings of international nonproprietary names of medicines, which
 * news copy writes in lower case ("remdesivir", "hydroxychloroquine",
 * "desmoteplase").  Source: WHO, "The use of stems in the selection of
 * International Nonproprietary Names (INN) for pharmaceutical substances"
 * (2018), the suffix stems.
 */
export const DRUG_STEMS: readonly string[] = [
  'vir', 'mab', 'tinib', 'anib', 'ciclib', 'parib', 'rafenib', 'pril', 'sartan', 'olol', 'alol', 'oxacin',
  'conazole', 'prazole', 'vastatin', 'caine', 'cillin', 'mycin', 'micin', 'cycline', 'parin', 'teplase',
  'profen', 'dronate', 'setron', 'triptan', 'terol', 'azepam', 'azolam', 'dipine', 'tidine', 'lukast',
  'gliptin', 'gliflozin', 'glutide', 'oquine', 'olone', 'semide', 'thiazide', 'oxetine', 'pramine',
  'triptyline', 'peridol', 'apine', 'azosin', 'fungin', 'cept', 'kinra', 'stim', 'tecan', 'taxel',
  'platin', 'rubicin', 'relin', 'orelin', 'pressin', 'tocin', 'gatran', 'xaban', 'grel', 'fibrate',
  'dralazine', 'andr', 'sterone', 'estr', 'nidazole', 'bendazole', 'ifene', 'oxifene', 'trozole', 'lutamide'
]

/**
 * Words for things whose near twin names a person, confused in copy ("his aid,
 * who" for "his aide"): the person's word, told by a possessive before the
 * word and a person after it (a relative "who", a speech verb).  Source: AP
 * Stylebook, "aid, aide" ("aid is assistance; an aide is a person who
 * serves as an assistant"); Merriam-Webster's usage note at "aide".
 */
export const PERSON_TWINS: Readonly<Record<string, string>> = {aid: 'aide', aids: 'aides'}

/** Possessive determiners: "his aide", "their aides".  Source: Cambridge Grammar of the English Language, ch. 5 (genitive pronouns). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your'])

/** Speech verbs that take a person as subject in news copy ("his aide said").  Source: AP Stylebook, "said". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'confirmed', 'denied'])
