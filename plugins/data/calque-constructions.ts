/**
 * Calque constructions of machine-translated news copy, by source language:
 * institutional, weather, emergency-service and bureaucratic formulas that
 * machine translation carries word for word into English, where English
 * wire copy has a fixed expression of its own.  Same shape as PHRASES in
 * calque-phrases.ts (read by plugins/calque/phrases.ts); `storyHas` (checked
 * in plugins/calque.ts) asks the story to name one of those words, the
 * context that makes the source sense the only one.
 *
 * Sources (the source formulas and the English used for them):
 * - French: Constitution of 4 October 1958, art. 49 ("engager la
 *   responsabilité du Gouvernement", "motion de censure") and the
 *   Assemblée nationale's English pages ("no-confidence motion", "the
 *   chamber"); Météo-France, "Vigilance météorologique" (colour levels,
 *   "vigilance orange", "façade atlantique/méditerranéenne", forecasts by
 *   "quart nord-ouest"), as English agencies report it ("orange alert");
 *   the triage categories of French emergency medicine ("urgence absolue",
 *   "urgence relative": Ministère de la Santé, plan ORSEC-NOVI) = "critical"
 *   and "serious" condition; Larousse French-English dictionary, entries
 *   "prendre en charge", "journée (de grève)", "façade", "hémicycle";
 * - Italian: Treccani, "Vocabolario", entries "criticità", "riqualificazione",
 *   "esponente" ("esponente politico": a politician), "primo cittadino"
 *   (the mayor), "prevalentemente"; Dipartimento della Protezione Civile,
 *   "Bollettino di criticità";
 * - Spanish: Real Academia Española, "Diccionario de la lengua española" and
 *   "Diccionario panhispánico de dudas", entries "régimen (de excepción)",
 *   "olla común", "latitud" (a region of the world), "protagonizar",
 *   "sostener (una conversación)", "límite", "capital" ("en esta capital",
 *   the agency dateline style of EFE and Prensa Latina), "popular" (a
 *   member of the Partido Popular);
 * - Russian, Ukrainian and Kazakh official English: L. Visson, "Russian
 *   Problems in English Speech" (R. Valent, 2005) and the Multitran
 *   Russian-English dictionary, entries "напомним" ("recall that"),
 *   "официальный представитель" (spokesperson), "приём граждан" (meeting
 *   members of the public), "инженерные коммуникации" (utilities),
 *   "проектно-сметная документация" (design documents), "десятки"
 *   (dozens), "нанести удар" (to strike), "против (2021 года)" (compared
 *   with); Indonesian-English: none here (false-friend has "kondusif");
 * - German: "Ampel(koalition)" for the SPD–Greens–FDP government, which
 *   English-language media call the "traffic-light coalition" (Reuters,
 *   DW, Der Spiegel International, 2021–2024);
 * - uncountable English nouns that Romance and Slavic copy puts in the
 *   plural ("informations", "les informations", "информации"): M. Swan,
 *   "Practical English Usage" (4th ed., 2016), §119 (uncountable nouns:
 *   information, advice, equipment, furniture, evidence, luggage, knowledge);
 * - the English side: the AP Stylebook and the Reuters Handbook of
 *   Journalism (plain news English), Merriam-Webster and the Oxford
 *   Learner's Dictionary for what the English words mean.
 *
 * "strong": (almost) never English in that shape; "weak": English too in
 * some use, counted only next to a quotation or in a story that shows a
 * strong calque (plugins/calque.ts).
 */
import type {PhraseCalque} from './calque-phrases.js'

const CAUSE = ['caused', 'causes', 'cause', 'causing', 'inflicted', 'inflicts', 'inflict', 'inflicting']
const COMPASS = ['northwest', 'north-west', 'northeast', 'north-east', 'southwest', 'south-west', 'southeast', 'south-east', 'northern', 'southern', 'eastern', 'western']

export interface ConstructionCalque extends PhraseCalque {
  /** The story must name one of these words (as written) somewhere. */
  storyHas?: readonly string[]
}

const LISTED: readonly ConstructionCalque[] = [
  // French institutions.
  {
    id: 'engage-the-responsibility',
    words: [['engaged', 'engaging', 'engages', 'engage', 'commitment', 'engagement'], ['the'], ['responsibility'], ['of']],
    span: [0, 3],
    expected: ['staked the survival'],
    tier: 'strong',
    originals: 'fr “engager la responsabilité du gouvernement” (art. 49 of the French constitution)',
    why: 'English does not “engage a responsibility”: the government “stakes its survival” on a bill (forces it through, risking a no-confidence vote)'
  },
  {
    id: 'motion-of-censure',
    words: [['motion', 'motions'], ['of'], ['censure']],
    expected: ['no-confidence motion'],
    tier: 'weak',
    originals: 'fr “motion de censure”; es “moción de censura”; pt “moção de censura”',
    why: 'English news copy calls it a “no-confidence motion” (a “motion of censure” is a formal reprimand in English usage)'
  },
  {
    id: 'hemicycle',
    words: [['the'], ['hemicycle']],
    expected: ['the chamber'],
    tier: 'weak',
    originals: 'fr “l’hémicycle”; es “el hemiciclo”; it “l’emiciclo”',
    why: 'English calls a parliament’s debating hall “the chamber” (or names the house)'
  },
  {
    id: 'colour-vigilance',
    words: [['orange', 'red', 'yellow'], ['vigilance']],
    expected: ['$1 alert'],
    tier: 'strong',
    originals: 'fr “vigilance orange”, “vigilance rouge” (Météo-France’s warning levels)',
    why: 'English reports a weather warning level as an “orange alert” or “red alert”'
  },
  {
    id: 'absolute-emergency',
    words: [['in', 'of'], ['absolute', 'relative'], ['emergency', 'urgency']],
    span: [1, 3],
    expected: ['critical condition', 'serious condition'],
    tier: 'strong',
    originals: 'fr “en urgence absolue”, “en urgence relative” (triage categories of French emergency medicine)',
    why: 'English reports casualties “in critical condition” or “seriously injured”'
  },
  {
    id: 'taken-in-charge-by',
    words: [['taken', 'take', 'takes', 'taking', 'took'], ['in'], ['charge'], ['by']],
    span: [0, 3],
    expected: ['cared for'],
    tier: 'strong',
    originals: 'fr “pris en charge par”; it “preso in carico da”',
    why: 'English says the injured were “cared for” or “treated” by the medical team'
  },
  {
    id: 'coast-facade',
    words: [['facade', 'façade']],
    before: ['mediterranean', 'atlantic', 'channel', ...COMPASS],
    expected: ['coast'],
    tier: 'strong',
    originals: 'fr “la façade méditerranéenne”, “la façade atlantique”',
    why: 'English calls a country’s seaboard its “coast”'
  },
  {
    id: 'compass-quarter',
    words: [['quarter']],
    before: COMPASS.slice(0, 8),
    expected: ['part of the country'],
    tier: 'strong',
    originals: 'fr “le quart nord-ouest” (Météo-France forecasts)',
    why: 'English forecasts say “the north-west of the country”'
  },
  {
    id: 'day-of-strike',
    words: [['day', 'days'], ['of'], ['strike', 'mobilization', 'mobilisation']],
    expected: ['strike day', 'day of protests'],
    tier: 'strong',
    originals: 'fr “journée de grève”, “journée de mobilisation”; es “jornada de huelga”; it “giornata di sciopero”',
    why: 'English says a “strike day” or a “day of protests”'
  },
  // Italian.
  {
    id: 'criticalities',
    words: [['criticalities']],
    expected: ['problems', 'risks'],
    tier: 'strong',
    originals: 'it “criticità” (Protezione Civile’s “bollettino di criticità”)',
    why: '“criticalities” is not English: write “problems”, “risks” or “weak points”'
  },
  {
    id: 'requalification',
    words: [['requalification']],
    expected: ['redevelopment', 'renovation'],
    tier: 'strong',
    originals: 'it “riqualificazione”; fr “requalification”; pt “requalificação”',
    why: 'English “requalification” means qualifying again; a building or district is “redeveloped” or “renovated”'
  },
  {
    id: 'party-exponent',
    // Starts at "exponent" (a rare word), a capitalised party name before it: "the PD exponent".
    words: [['exponent', 'exponents']],
    before: ['#cap'],
    expected: ['politician'],
    tier: 'strong',
    originals: 'it “l’esponente del PD”; es “el exponente del PP”; pt “o expoente do PT”',
    why: 'English “exponent” is a champion of an idea; a party’s member or leading figure is its “politician”'
  },
  {
    id: 'the-first-citizen',
    words: [['first'], ['citizen']],
    before: ['the'],
    lowerCase: [0, 1],
    // "the first citizen to vote", "the first citizen who …": the first person.
    notAfter: ['to', 'who', 'ever', 'since', 'in', 'on', 'at', 'for'],
    expected: ['mayor'],
    tier: 'strong',
    originals: 'it “il primo cittadino”',
    why: 'Italian copy calls the mayor “the first citizen”: English says “the mayor”'
  },
  {
    id: 'prevalently',
    words: [['prevalently']],
    expected: ['mainly', 'mostly'],
    tier: 'weak',
    originals: 'it “prevalentemente”; es “prevalentemente”; pt “prevalentemente”',
    why: 'English says “mainly” or “mostly”'
  },
  // Spanish.
  {
    id: 'exception-regime',
    words: [['exception', 'emergency'], ['regime']],
    expected: ['state of emergency'],
    tier: 'strong',
    originals: 'es “régimen de excepción” (El Salvador, Peru, Ecuador)',
    why: 'English calls it a “state of emergency” (“regime” is a government, usually an authoritarian one)'
  },
  {
    id: 'regime-of-exception',
    words: [['regime'], ['of'], ['exception']],
    expected: ['state of emergency'],
    tier: 'strong',
    originals: 'es “régimen de excepción”',
    why: 'English calls it a “state of emergency”'
  },
  {
    id: 'common-pots',
    words: [['common'], ['pots']],
    expected: ['community kitchens'],
    tier: 'strong',
    originals: 'es “ollas comunes” (Peru, Chile)',
    why: 'English calls the neighbourhood soup kitchens “community kitchens”'
  },
  {
    id: 'from-latitudes',
    words: [['from', 'of', 'in'], ['different', 'various', 'other', 'all', 'diverse', 'many', 'distant', 'these', 'our'], ['latitudes']],
    expected: ['from around the world'],
    tier: 'strong',
    originals: 'es “de distintas latitudes”, “en estas latitudes”',
    why: 'Spanish “latitudes” means parts of the world: English says “from around the world” or “in this part of the world”'
  },
  {
    id: 'starring-by',
    words: [['starring', 'starred'], ['by']],
    expected: ['led by'],
    tier: 'strong',
    originals: 'es “protagonizada por”; pt “protagonizada por”; it “con protagonista”',
    why: 'English “starring” takes no “by”; a march or an incident is “led by” or “involving” people'
  },
  {
    id: 'sustained-a-conversation',
    words: [['sustained', 'sustain', 'sustains', 'sustaining'], ['a', 'an', 'the'], ['conversation', 'meeting', 'dialogue', 'call', 'telephone', 'phone', 'talk', 'talks', 'interview']],
    span: [0, 1],
    expected: ['held'],
    tier: 'strong',
    originals: 'es “sostuvo una conversación”, “sostuvieron una reunión”; pt “sustentou uma conversa”',
    why: 'English “sustain” means keep up or suffer; a talk or a meeting is “held”'
  },
  {
    id: 'in-the-limits-of',
    words: [['in', 'on'], ['the'], ['limits'], ['of', 'between']],
    expected: ['on the border of'],
    tier: 'strong',
    originals: 'es “en los límites de”; pt “nos limites de”',
    why: 'English says “on the border of” or “on the outskirts of”'
  },
  {
    id: 'at-the-present',
    words: [['at'], ['the'], ['present']],
    notAfter: ['time', 'times', 'moment', 'day', 'stage', 'rate', 'level', 'juncture', 'date', 'pace', 'point', 'state', 'value', 'price', 'prices', 'levels', 'rates', 'conference', 'meeting', 'session', 'hearing', 'event', 'tournament', 'summit', 'election', 'elections', 'talks', 'trial'],
    expected: ['at present'],
    tier: 'strong',
    originals: 'es “al presente”, “en el presente”; pt “no presente”',
    why: 'English says “at present” (or “now”)'
  },
  {
    id: 'in-this-capital',
    words: [['in', 'from', 'of'], ['this'], ['capital']],
    lowerCase: [2],
    notAfter: ['city', 'market', 'markets', 'gains', 'investment', 'spending', 'expenditure', 'budget', 'requirement', 'requirements', 'injection', 'increase', 'flight', 'outflow', 'inflow', 'inflows', 'outflows'],
    expected: ['in the capital'],
    tier: 'strong',
    originals: 'es “en esta capital” (the agency dateline style: the city of the dateline)',
    why: 'English copy names the city (“in Caracas”) or says “in the capital”'
  },
  {
    id: 'the-popular-leader',
    words: [['the'], ['popular', 'populars'], ['leader', 'leaders', 'candidate', 'candidates', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'deputies', 'senator', 'senators', 'mayor', 'baron', 'barons', 'ranks']],
    span: [0, 2],
    expected: ['the PP'],
    tier: 'strong',
    storyHas: ['PP', 'Feijóo', 'Feijoo', 'Rajoy', 'Ayuso', 'Casado'],
    originals: 'es “el líder popular”, “los populares” (members of the Partido Popular)',
    why: 'Spanish copy calls the Partido Popular’s people “populares”: English says “the PP leader”'
  },
  // Russian, Ukrainian, Kazakh official English.
  {
    id: 'recall-that',
    words: [['recall'], ['that']],
    capitalised: [0],
    expected: ['Earlier,', ''],
    tier: 'strong',
    originals: 'ru “Напомним, что …”; uk “Нагадаємо, що …”',
    why: 'Russian and Ukrainian news reminds the reader of the background with “Recall that”: English copy gives the background without it (“Earlier, …”)'
  },
  {
    id: 'we-remind-you-that',
    words: [['we'], ['remind', 'recall'], ['you', 'readers'], ['that']],
    expected: ['Earlier,', ''],
    tier: 'strong',
    originals: 'ru “Напоминаем, что …”; uk “Нагадуємо, що …”',
    why: 'English copy gives the background without addressing the reader'
  },
  {
    id: 'besides-opening',
    words: [['besides']],
    capitalised: [0],
    expected: ['In addition', 'Also'],
    tier: 'weak',
    originals: 'ru “Кроме того, …”; kk “Сонымен қатар, …”; uk “Крім того, …”',
    why: 'opening a news sentence, “Besides” sounds like an aside in an argument: wire copy says “In addition” or “Also”'
  },
  {
    id: 'noteworthy-opening',
    words: [['noteworthy']],
    capitalised: [0],
    notAfter: ['is', 'was', 'are', 'were', 'among', 'in', 'for'],
    expected: ['Notably'],
    tier: 'weak',
    originals: 'ru “Примечательно, что …”; kk “Айта кетерлігі, …”',
    why: 'an adjective cannot open the sentence like an adverb: “Notably, …” or “It is noteworthy that …”'
  },
  {
    id: 'official-representative',
    words: [['official'], ['representative'], ['of'], ['the']],
    span: [0, 3],
    expected: ['spokesperson for'],
    tier: 'weak',
    originals: 'ru “официальный представитель МИД”; uk “офіційний представник”',
    why: 'English calls a ministry’s official voice its “spokesperson” (“spokeswoman”, “spokesman”)'
  },
  {
    id: 'reception-of-citizens',
    words: [['held', 'hold', 'holds', 'holding'], ['a'], ['reception'], ['for', 'of'], ['citizens', 'residents']],
    expected: ['met members of the public'],
    tier: 'strong',
    originals: 'ru “провёл приём граждан”; kk “азаматтарды қабылдады”',
    why: 'a “reception” is a party in English: an official who hears citizens’ requests “met members of the public”'
  },
  {
    id: 'engineering-communications',
    words: [['engineering', 'utility'], ['communications']],
    expected: ['utility networks', 'utilities'],
    tier: 'strong',
    originals: 'ru “инженерные коммуникации”',
    why: 'English calls water, power and sewer lines “utilities” or “utility networks”'
  },
  {
    id: 'design-and-estimate-documentation',
    words: [['design'], ['and'], ['estimate', 'estimates', 'budget'], ['documentation']],
    expected: ['design documents'],
    tier: 'strong',
    originals: 'ru “проектно-сметная документация”',
    why: 'English says “design documents” (with cost estimates)'
  },
  {
    id: 'tens-of',
    words: [['tens'], ['of']],
    notAfter: ['thousands', 'millions', 'billions', 'trillions', 'thousand', 'millions', 'hundreds', 'percent', 'per'],
    followedBy: ['#word'],
    expected: ['dozens of'],
    tier: 'weak',
    originals: 'ru “десятки”; uk “десятки”; ar “عشرات”; zh “数十”',
    why: 'English counts in “dozens” (“tens of” goes with “thousands” and “millions”)'
  },
  {
    id: 'times-more-against',
    words: [['times', 'percent', '%'], ['more', 'less', 'higher', 'lower', 'up', 'down'], ['against', 'versus']],
    span: [1, 3],
    expected: ['$2 than'],
    tier: 'strong',
    originals: 'ru “в 4 раза больше против 2021 года”, “на 4% больше против прошлого года”',
    why: 'English compares with “than” or “compared with” (“4.4 times the 2021 figure”, “up 4% from last year”)'
  },
  {
    id: 'more-against-year',
    words: [['more', 'less', 'higher', 'lower'], ['against', 'versus'], ['the'], ['previous', 'last', 'same'], ['year', 'period', 'month', 'quarter']],
    span: [0, 2],
    expected: ['$1 than'],
    tier: 'strong',
    originals: 'ru “больше против прошлого года”',
    why: 'English compares with “than” or “compared with”'
  },
  {
    id: 'caused-a-blow',
    words: [CAUSE, ['a', 'massive', 'powerful', 'missile', 'rocket', 'air', 'combined', 'purposeful', 'targeted', 'artillery', 'drone'], ['blow', 'blows', 'strike', 'strikes', 'massive', 'powerful', 'missile', 'rocket', 'combined', 'drone']],
    span: [0, 1],
    expected: ['launched', 'carried out'],
    tier: 'weak',
    originals: 'ru “нанесли удар”; uk “завдали удару”',
    why: 'an army does not “cause” a strike in English: it “launches” or “carries out” one (or simply “strikes”)'
  },
  {
    id: 'telegram-channel',
    words: [['telegram'], ['channel', 'channels', 'account', 'page']],
    lowerCase: [0],
    expected: ['Telegram $2'],
    tier: 'strong',
    originals: 'ru “в своём телеграм-канале”; uk “у телеграм-каналі”',
    why: 'the messaging service is a name: “Telegram channel”'
  },
  {
    id: 'in-the-telegram',
    words: [['in', 'on'], ['the', 'his', 'her', 'their', 'its'], ['telegram']],
    lowerCase: [2],
    endOfClause: true,
    expected: ['on Telegram'],
    tier: 'weak',
    originals: 'ru “в телеграме”; uk “у телеграмі”',
    why: 'the messaging service is a name: “on Telegram” (a “telegram” is a cable)'
  },
  // German.
  {
    id: 'the-traffic-light',
    words: [['the', 'a'], ['traffic'], ['light', 'lights']],
    lowerCase: [1],
    notAfter: ['coalition', 'government', 'alliance', 'parties', 'partners', 'cabinet', 'era', 'system', 'camera', 'cameras', 'pole', 'poles', 'junction', 'signal', 'signals', 'labels', 'label', 'labelling', 'labeling', 'rating', 'ratings', 'scheme', 'warning', 'warnings', 'code'],
    expected: ['the traffic-light coalition'],
    tier: 'strong',
    storyHas: ['SPD', 'FDP', 'Scholz', 'Lindner', 'Habeck', 'Bundestag'],
    originals: 'de “die Ampel” (the SPD–Greens–FDP coalition, named after the parties’ colours)',
    why: 'English-language media call it the “traffic-light coalition”: the bare “traffic light” reads as a road signal'
  },
  // Party, age, statements: Romance and Slavic constructions.
  {
    id: 'the-formation-party',
    words: [['formation']],
    before: ['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our'],
    lowerCase: [0],
    notAfter: ['of', 'flew', 'flying', 'flies', 'pass', 'passed', 'fly', 'lap', 'team', 'display', 'dance', 'dancers'],
    expected: ['party'],
    tier: 'strong',
    storyHas: ['party', 'parties', 'Party', 'election', 'elections', 'coalition', 'congress', 'Congress', 'parliament', 'Parliament'],
    originals: 'es “la formación”; fr “la formation”; it “la formazione” (a political party); pt “a formação”',
    why: 'in Spanish, French and Italian political copy “formation” is a party: English says “the party”'
  },
  {
    id: 'political-formation',
    words: [['political'], ['formation']],
    span: [1, 2],
    expected: ['party'],
    tier: 'strong',
    originals: 'es “formación política”; fr “formation politique”; it “formazione politica”',
    why: 'English calls it a “political party”'
  },
  {
    id: 'political-formations',
    words: [['political'], ['formations']],
    span: [1, 2],
    expected: ['parties'],
    tier: 'strong',
    originals: 'es “formación política”; fr “formation politique”; it “formazione politica”',
    why: 'English calls it a “political party”'
  },
  {
    id: 'declared-a-statement',
    words: [['declared', 'declares', 'declare', 'declaring'], ['a', 'the', 'this'], ['statement', 'communique', 'communiqué']],
    span: [0, 1],
    expected: ['issued'],
    tier: 'strong',
    originals: 'th “ออกแถลงการณ์”; es “declaró un comunicado”; ru “сделал заявление”',
    why: 'English “issues” (or “makes”) a statement; “declared” takes what is said, not the statement'
  },
  {
    id: 'it-has-become-known',
    words: [['become'], ['known'], ['that']],
    before: ['has', 'had'],
    span: [0, 2],
    expected: ['emerged'],
    tier: 'weak',
    originals: 'ru “Стало известно, что …”; uk “Стало відомо, що …”; de “Es wurde bekannt, dass …”; nl “Het is bekend geworden dat …”',
    why: 'English news copy says “it has emerged that” or names who said it'
  },
  {
    id: 'the-need-of-a',
    words: [['the'], ['need'], ['of'], ['a', 'an', 'new', 'more', 'further', 'such']],
    span: [1, 3],
    expected: ['need for'],
    tier: 'weak',
    originals: 'th “ความจำเป็นของ”; es “la necesidad de”; ru “необходимость в”',
    why: 'English says “the need for” (“in need of” is the idiom with “of”)'
  },
  {
    id: 'increased-n-times',
    words: [['increased', 'grew', 'grown', 'decreased', 'reduced', 'rose', 'risen', 'fell', 'fallen', 'dropped', 'declined'], ['two', 'three', 'four', 'five', '1.5', '2', '2.5', '3', '4', '5'], ['times']],
    expected: ['doubled', 'rose twofold'],
    tier: 'weak',
    originals: 'ru “увеличился в два раза”; uk “зріс у два рази”; kk “екі есе өсті”',
    why: '“increased two times” reads as “on two occasions”: English says “doubled”, “tripled” or “rose threefold”'
  },
  {
    id: 'mass-sport',
    words: [['mass'], ['sport', 'sports']],
    notAfter: ['events', 'event', 'stadium'],
    expected: ['grassroots sport', 'recreational sport'],
    tier: 'weak',
    originals: 'ru “массовый спорт”; pl “sport masowy”; zh “群众体育”',
    why: 'English calls sport for everyone “grassroots” or “recreational” sport'
  },
  // Verbs and complements carried over.
  {
    id: 'want-that-clause',
    words: [['want', 'wants', 'wanted', 'seek', 'seeks', 'sought'], ['that'], ['the', 'he', 'she', 'they', 'we', 'his', 'her', 'their', 'our', 'its', 'it']],
    span: [0, 2],
    expected: ['$1'],
    tier: 'strong',
    originals: 'es “quieren que el ministro defina”, “buscan que”; pt “querem que”; it “vogliono che”; fr “veulent que”',
    why: 'English “want” and “seek” take an object and an infinitive (“they want the minister to define”), not a “that” clause'
  },
  {
    id: 'assuring-that',
    words: [['assuring'], ['that']],
    expected: ['saying that'],
    tier: 'weak',
    originals: 'es “asegurando que”; pt “assegurando que”; it “assicurando che”',
    why: 'English “assure” needs a person (“assuring voters that”); the wire verb is “saying”'
  },
  {
    id: 'like-to-inform-that',
    words: [['inform', 'notify'], ['that']],
    before: ['to'],
    expected: ['say that', 'inform you that'],
    tier: 'strong',
    originals: 'ru “хотели бы сообщить, что”; uk “хочемо повідомити, що”',
    why: 'English “inform” needs a person (“inform you that”)'
  },
  {
    id: 'visited-and-worked-with',
    words: [['visited', 'visits', 'visit', 'visiting'], ['and'], ['worked', 'works', 'work', 'working'], ['with', 'at', 'in']],
    span: [0, 3],
    expected: ['$1'],
    tier: 'strong',
    originals: 'vi “thăm và làm việc với” (official Vietnamese reports)',
    why: 'English news says a leader “visited” a place or “met” its officials'
  },
  {
    id: 'praise-the-figure-of',
    words: [['the'], ['figure'], ['of']],
    followedBy: ['president', 'prime', 'minister', 'pope', 'king', 'queen', 'former', 'late', 'commander', 'general', 'leader'],
    expected: [''],
    tier: 'strong',
    originals: 'es “la figura del presidente”; pt “a figura do presidente”; it “la figura del presidente”; id “sosok Presiden”',
    why: 'Romance and Indonesian copy praise “the figure of” a person: English names the person (“praised President …”)'
  },
  {
    id: 'as-an-entirety',
    words: [['an'], ['entirety']],
    before: ['as'],
    expected: ['a whole'],
    tier: 'strong',
    originals: 'ro “în ansamblu”, “în întregime”; fr “dans son entièreté”',
    why: 'English says “as a whole” (or “in its entirety”)'
  },
  {
    id: 'the-defeated-coup',
    words: [['defeated', 'suppressed'], ['coup']],
    before: ['the', 'a'],
    span: [0, 1],
    expected: ['failed'],
    tier: 'strong',
    originals: 'tr “bastırılan darbe girişimi” (the July 2016 attempt, as Turkish agencies call it)',
    why: 'English calls a coup that did not succeed a “failed coup” or “coup attempt”'
  },
  {
    id: 'people-martyred',
    words: [['martyred']],
    before: ['people', 'civilians', 'citizens', 'soldiers', 'police', 'policemen', 'officers', 'personnel'],
    expected: ['killed'],
    tier: 'weak',
    originals: 'tr “şehit oldu”; ar “استشهد”; fa “شهید شدند”',
    why: 'news English says people were “killed”; “martyred” takes the side of the source'
  },
  {
    id: 'power-structures',
    words: [['power', 'force'], ['structures']],
    expected: ['security agencies'],
    tier: 'strong',
    originals: 'ru “силовые структуры”; uk “силові структури”',
    why: 'English calls the police, army and intelligence services “security agencies” or “the security services”'
  },
  {
    id: 'reserved-information',
    words: [['reserved'], ['information', 'documents', 'data', 'files', 'report', 'reports']],
    expected: ['confidential $2'],
    tier: 'strong',
    originals: 'es “información reservada”; it “informazioni riservate”; pt “informação reservada”; fr “informations réservées”',
    why: 'English calls it “confidential” (or “classified”) information'
  },
  {
    id: 'electoral-participation',
    words: [['electoral', 'voter', 'citizen'], ['participation']],
    notAfter: ['rate', 'rates', 'programme', 'program', 'process', 'in'],
    expected: ['turnout'],
    tier: 'weak',
    originals: 'es “participación electoral”; fr “participation électorale”; it “partecipazione elettorale”; pt “participação eleitoral”',
    why: 'English calls the share of voters who voted “turnout”'
  },
  {
    id: 'participation-level',
    words: [['the'], ['participation'], ['level', 'levels', 'percentage', 'index']],
    expected: ['turnout'],
    tier: 'strong',
    originals: 'es “el nivel de participación”; pt “o índice de participação”',
    why: 'English calls the share of voters who voted “turnout”'
  },
  {
    id: 'the-perturbation',
    words: [['perturbation']],
    before: ['the', 'a', 'this', 'new'],
    lowerCase: [0],
    expected: ['weather system', 'low-pressure system'],
    tier: 'strong',
    originals: 'it “la perturbazione”; fr “la perturbation”; es “la perturbación”; pt “a perturbação”',
    why: 'weather forecasts in English speak of a “weather system” or a “low-pressure system”'
  },
  {
    id: 'the-vigilance',
    words: [['vigilance']],
    before: ['this', 'the', 'orange', 'red', 'yellow'],
    lowerCase: [0],
    expected: ['alert'],
    tier: 'strong',
    storyHas: ['Météo-France', 'Meteo-France', 'Météo', 'Meteo'],
    originals: 'fr “la vigilance orange” (Météo-France’s warnings)',
    why: 'English calls a weather warning an “alert”'
  },
  {
    id: 'the-portal-name',
    words: [['portal'], ['#word']],
    before: ['the'],
    capitalised: [1],
    span: [0, 1],
    expected: ['news site'],
    tier: 'strong',
    originals: 'pt “o portal UOL”, “o site G1”; es “el portal Infobae”',
    why: 'English puts the name first: “the UOL news site”, or just “UOL”'
  },
  {
    id: 'social-network-account',
    words: [['twitter', 'instagram', 'facebook', 'tiktok', 'telegram', 'youtube'], ['network'], ['account', 'accounts', 'profile', 'page']],
    span: [1, 3],
    expected: ['$3'],
    tier: 'strong',
    originals: 'es “su cuenta de la red social Twitter”; pt “perfil na rede social”',
    why: 'English says “his Twitter account”: the service needs no “network”'
  },
  {
    id: 'possessive-social-networks',
    words: [['social'], ['networks']],
    before: ['his', 'her', 'their', 'its', 'your', 'our'],
    expected: ['social media accounts', 'social media'],
    tier: 'weak',
    originals: 'es “sus redes sociales”; pt “suas redes sociais”; it “i suoi social”; fr “ses réseaux sociaux”',
    why: 'English says “on social media” or “on her social media accounts”'
  },
  {
    id: 'reconstruction-works',
    words: [['reconstruction', 'repair', 'restoration', 'renovation', 'modernization', 'modernisation'], ['works']],
    notBefore: ['the', 'public'],
    expected: ['$1 work'],
    tier: 'weak',
    originals: 'ru “ремонтные работы”, “реконструкционные работы”; kk “жөндеу жұмыстары”; it “lavori di ristrutturazione”',
    why: 'in English the activity is uncountable: “repair work”, “reconstruction work”'
  },
  {
    id: 'weekday-number-of-month',
    words: [['#weekday'], ['#number'], ['of'], ['#month']],
    expected: ['$1, $4 $2'],
    tier: 'strong',
    originals: 'es “el lunes 20 de abril”; pt “segunda-feira, 20 de abril”; it “lunedì 20 aprile”',
    why: 'English writes “Monday, April 20” (or “Monday 20 April”), without “of”'
  },
  {
    // Also what makes a weekday with a number after it a place the weekday check reads ("Monday, 20,": plugins/calque/weekdays.ts).
    id: 'weekday-number-of',
    words: [['#weekday'], ['#number']],
    followedBy: ['of'],
    notWordAt: [1, ['1st', '2nd', '3rd']],
    expected: ['$1, (month) $2'],
    tier: 'weak',
    originals: 'es “el lunes 20 de …”; pt “segunda-feira, 20 de …”',
    why: 'English writes “Monday, April 20”, without “of”'
  },
  // Grammar words carried over.
  // Spanish idioms and verbs carried word for word (RAE, "Diccionario de la lengua española": "huida hacia
  // adelante", "a sangre y fuego", "meter en el mismo saco", "adulterar", "antológico", "enfrentarse con").
  {
    id: 'confront-with',
    words: [['confront', 'confronts', 'confronting'], ['with']],
    notBefore: ['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got', 'am'],
    span: [0, 2],
    expected: ['$1'],
    tier: 'strong',
    originals: 'es “confrontar con”, “enfrentarse con”; pt “confrontar-se com”',
    why: 'English “confront” takes its object directly (“confront Congress”); “confronted with” is passive'
  },
  {
    id: 'a-flight-forward',
    words: [['a', 'the', 'this'], ['flight'], ['forward', 'ahead']],
    span: [1, 3],
    expected: ['desperate gamble', 'headlong rush'],
    tier: 'strong',
    originals: 'es “una huida hacia adelante”; fr “une fuite en avant”; it “una fuga in avanti”',
    why: 'the idiom means a reckless escalation: English says “a desperate gamble” or “a headlong rush”'
  },
  {
    id: 'performed-a-celebration',
    words: [['performed', 'performs', 'perform', 'performing'], ['a', 'the', 'an'], ['celebration', 'session', 'homage', 'commemoration']],
    span: [0, 1],
    expected: ['held'],
    tier: 'strong',
    originals: 'es “realizó una celebración”, “se realizó una sesión”; pt “realizou uma sessão”',
    why: 'English “holds” a celebration or a session; “perform” is for a show or a task'
  },
  {
    id: 'session-was-performed',
    words: [['session', 'sessions', 'celebration', 'commemoration', 'homage'], ['was', 'were'], ['performed']],
    span: [1, 3],
    expected: ['was held'],
    tier: 'strong',
    originals: 'es “se realizó una sesión especial”; pt “foi realizada uma sessão”',
    why: 'English says a session “was held”'
  },
  {
    id: 'anthological',
    words: [['anthological']],
    expected: ['classic', 'legendary'],
    tier: 'strong',
    originals: 'es “antológico”; it “antologico”; pt “antológico” (memorable)',
    why: 'English “anthological” is about anthologies; a memorable song or goal is “classic” or “legendary”'
  },
  {
    id: 'with-blood-and-fire',
    words: [['blood'], ['and'], ['fire']],
    before: ['with', 'by'],
    expected: ['fire and sword'],
    tier: 'strong',
    originals: 'es “a sangre y fuego”; pt “a ferro e fogo”',
    why: 'English says “brutally” or “ruthlessly” (the fixed phrase is “fire and sword”)'
  },
  {
    id: 'in-the-same-bag',
    words: [['in', 'into'], ['the'], ['same'], ['bag', 'sack']],
    expected: ['together'],
    tier: 'strong',
    originals: 'es “meter en el mismo saco”; pt “colocar no mesmo saco”; fr “mettre dans le même sac”',
    why: 'English “lumps” people “together”'
  },
  {
    id: 'league-adulterated',
    words: [['adulterated']],
    before: ['is', 'was', 'are', 'were', 'be', 'being', 'not', 'been'],
    expected: ['tainted', 'distorted'],
    tier: 'strong',
    storyHas: ['Liga', 'LaLiga', 'league', 'League', 'championship', 'match', 'referee', 'referees'],
    originals: 'es “la Liga está adulterada” (rigged, distorted)',
    why: 'English “adulterated” is said of food or drugs; a competition is “tainted” or “distorted”'
  },
  // Italian, French, German and Portuguese formulas (Treccani, Larousse, Duden and Houaiss for the source
  // senses: "cambiare casacca", "sulla pelle dei cittadini", "tempi di realizzazione", "salto di qualità",
  // "passaggio di consegne", "diramare l'allerta", "la construction européenne", "les Français modestes",
  // "en boucle", "passage en force", "animation offensive", "s'y casser les dents", "zunächst",
  // "Parlamentarischer Geschäftsführer", "die Vertrauensfrage stellen", "Spielklasse",
  // "Spitzenkandidat", "beratungsresistent", "ponto facultativo", "os dois primeiros colocados").
  {
    id: 'change-their-shirts',
    words: [['change', 'changed', 'changes', 'changing'], ['their', 'his', 'her'], ['shirt', 'shirts', 'jersey', 'jerseys']],
    expected: ['switch sides'],
    tier: 'strong',
    storyHas: ['government', 'Parliament', 'parliament', 'legislature', 'party', 'parties', 'senators', 'deputies', 'MPs'],
    originals: 'it “cambiare casacca”; es “cambiarse de camiseta”; pt “trocar de camisa” (changing party)',
    why: 'of politicians, English says “switch sides” or “change parties”'
  },
  {
    id: 'on-the-skin-of',
    words: [['on'], ['the'], ['skin'], ['of']],
    followedBy: ['citizens', 'workers', 'people', 'taxpayers', 'families', 'pensioners', 'consumers', 'the', 'ordinary', 'italians', 'patients', 'students'],
    expected: ['at the expense of'],
    tier: 'strong',
    originals: 'it “sulla pelle dei cittadini”; es “sobre la piel de”; pt “na pele de”',
    why: 'English says “at the expense of” citizens'
  },
  {
    id: 'the-european-construction',
    words: [['european'], ['construction']],
    before: ['the'],
    lowerCase: [1],
    expected: ['European integration'],
    tier: 'strong',
    originals: 'fr “la construction européenne”; it “la costruzione europea”; es “la construcción europea”',
    why: 'English calls it “European integration”'
  },
  {
    id: 'times-of-realization',
    words: [['times'], ['of'], ['realization', 'realisation', 'implementation', 'execution', 'completion']],
    expected: ['deadlines for'],
    tier: 'strong',
    originals: 'it “i tempi di realizzazione”; es “los tiempos de ejecución”; pt “os prazos de execução”',
    why: 'English says “deadlines” or “timetable” for completing the work'
  },
  {
    id: 'qualitative-leap',
    words: [['qualitative'], ['leap', 'jump']],
    expected: ['step change', 'leap forward'],
    tier: 'strong',
    originals: 'it “il salto di qualità”; es “un salto cualitativo”; pt “um salto qualitativo”; fr “un saut qualitatif”',
    why: 'English says “a step change” or “a leap forward”'
  },
  {
    id: 'available-at-first',
    words: [['available', 'known', 'clear', 'unclear', 'confirmed'], ['at'], ['first']],
    endOfClause: true,
    span: [1, 3],
    expected: ['immediately'],
    tier: 'strong',
    originals: 'de “Weitere Informationen lagen zunächst nicht vor”',
    why: 'English news says details were not “immediately” available'
  },
  {
    id: 'parliamentary-managing-director',
    words: [['parliamentary'], ['managing'], ['director', 'directors']],
    expected: ['chief whip'],
    tier: 'strong',
    originals: 'de “Parlamentarischer Geschäftsführer”',
    why: 'English calls the parliamentary group’s organiser the “chief whip”'
  },
  {
    id: 'ask-the-vote-of-confidence',
    words: [['ask', 'asks', 'asked', 'asking', 'pose', 'poses', 'posed', 'put', 'puts'], ['the'], ['vote', 'question'], ['of'], ['confidence']],
    expected: ['call a confidence vote'],
    tier: 'strong',
    originals: 'de “die Vertrauensfrage stellen”; fr “poser la question de confiance”; it “porre la questione di fiducia”',
    why: 'English says the chancellor “calls a confidence vote”'
  },
  {
    id: 'football-class',
    words: [['class']],
    before: ['football', 'highest', 'top'],
    expected: ['division'],
    tier: 'strong',
    storyHas: ['match', 'league', 'League', 'coach', 'goal', 'goals', 'striker', 'midfielder', 'stadium', 'Ligue', 'Bundesliga', 'Serie', 'Brasileirão', 'championship'],
    originals: 'de “die höchste Spielklasse”',
    why: 'English calls a league level a “division” or “tier”'
  },
  {
    id: 'top-candidate',
    words: [['candidate']],
    before: ['top'],
    expected: ['lead candidate'],
    tier: 'weak',
    storyHas: ['SPD', 'CDU', 'CSU', 'FDP', 'AfD', 'Bundestag', 'Landtag'],
    originals: 'de “Spitzenkandidat”',
    why: 'a party’s front-runner on the list is its “lead candidate” in English'
  },
  {
    id: 'resistant-to-advice',
    words: [['resistant'], ['to'], ['advice']],
    expected: ['refuses to listen'],
    tier: 'weak',
    originals: 'de “beratungsresistent”',
    why: 'English says someone “refuses to listen” or “will not take advice”'
  },
  {
    id: 'beautiful-poster',
    words: [['poster']],
    before: ['beautiful', 'biggest', 'best', 'great', 'big'],
    expected: ['fixture', 'match'],
    tier: 'strong',
    storyHas: ['match', 'league', 'League', 'coach', 'goal', 'goals', 'striker', 'midfielder', 'stadium', 'Ligue', 'Bundesliga', 'Serie', 'Brasileirão', 'championship'],
    originals: 'fr “la plus belle affiche”',
    why: 'French sports copy calls a match an “affiche”: English says “fixture” or “match”'
  },
  {
    id: 'offensive-animation',
    words: [['offensive', 'defensive', 'attacking', 'tactical'], ['animation', 'animations']],
    expected: ['attacking play', 'patterns of play'],
    tier: 'strong',
    originals: 'fr “l’animation offensive”',
    why: 'English says “attacking play” or “patterns of play”'
  },
  {
    id: 'broken-their-teeth',
    words: [['broken', 'broke', 'break', 'breaking'], ['their', 'his', 'its', 'our'], ['teeth']],
    followedBy: ['there', 'on', 'against', 'at'],
    expected: ['come unstuck'],
    tier: 'strong',
    storyHas: ['match', 'league', 'League', 'coach', 'goal', 'goals', 'striker', 'midfielder', 'stadium', 'Ligue', 'Bundesliga', 'Serie', 'Brasileirão', 'championship'],
    originals: 'fr “s’y casser les dents”',
    why: 'the French idiom means failing: English says teams “came unstuck” there'
  },
  {
    id: 'exchange-delivery',
    words: [['exchange', 'change', 'passage'], ['delivery', 'deliveries']],
    expected: ['handover'],
    tier: 'strong',
    originals: 'it “passaggio di consegne”',
    why: 'the Italian phrase is a handover of office: English says “handover”'
  },
  {
    id: 'change-in-delivery',
    words: [['change', 'exchange', 'passage'], ['in', 'of'], ['delivery', 'deliveries']],
    followedBy: ['between', 'with', 'from', 'at', 'to'],
    expected: ['handover'],
    tier: 'strong',
    originals: 'it “passaggio di consegne”',
    why: 'the Italian phrase is a handover of office: English says “handover”'
  },
  {
    id: 'in-loop',
    words: [['loop']],
    before: ['in'],
    expected: ['a loop'],
    tier: 'strong',
    originals: 'fr “en boucle”; it “in loop”; es “en bucle”',
    why: 'English says “on a loop” (or “over and over”)'
  },
  {
    id: 'the-modest-french',
    words: [['the'], ['modest'], ['french', 'italians', 'families', 'households', 'people', 'workers', 'spaniards', 'portuguese']],
    span: [1, 3],
    expected: ['ordinary $3'],
    tier: 'strong',
    originals: 'fr “les Français modestes”; it “le famiglie modeste”',
    why: 'French “modeste” means of modest means: English says “ordinary” or “low-income” people'
  },
  {
    id: 'forced-passage',
    words: [['forced'], ['passage']],
    expected: ['steamrollering', 'forcing through'],
    tier: 'weak',
    originals: 'fr “passage en force”',
    why: 'the French phrase is pushing a bill through without a vote: English says “forcing it through”'
  },
  {
    id: 'branch-out-alert',
    words: [['branch', 'branched', 'branches', 'branching'], ['out'], ['a', 'an', 'the', 'red', 'orange', 'yellow']],
    span: [0, 2],
    expected: ['issue'],
    tier: 'strong',
    originals: 'it “diramare l’allerta”',
    why: 'Italian “diramare” means to issue: English says the agency “issued” a red alert'
  },
  {
    id: 'two-first-placed',
    words: [['first'], ['placed', 'classified', 'ranked']],
    before: ['two', 'three', 'four'],
    expected: ['leaders', 'top teams'],
    tier: 'strong',
    originals: 'pt “os dois primeiros colocados”; es “los dos primeros clasificados”; it “le prime due classificate”',
    why: 'English says “the top two”'
  },
  {
    id: 'optional-point',
    words: [['optional'], ['point']],
    expected: ['optional day off'],
    tier: 'strong',
    originals: 'pt “ponto facultativo” (a day off for public servants, Brazil)',
    why: 'Brazilian “ponto facultativo” is an optional day off: English says so'
  },
  // Colombia: "la guerrilla" is the group.
  {
    id: 'the-guerrilla-group',
    words: [['the'], ['guerrilla']],
    followedBy: ['has', 'have', 'said', 'says', 'announced', 'announces', 'is', 'was', 'agreed', 'agrees', 'committed', 'declared', 'released', 'rejected', 'accepted', 'will', 'would', 'demanded', 'demands', 'insisted', 'confirmed', 'denied', 'proposed', 'signed', 'suspended'],
    span: [1, 2],
    expected: ['guerrilla group'],
    tier: 'strong',
    originals: 'es “la guerrilla ha anunciado” (the ELN, the FARC: the group)',
    why: 'English “a guerrilla” is one fighter; the organization is “the guerrilla group” (or its name)'
  },
  {
    id: 'the-last-guerrilla',
    words: [['last', 'oldest', 'largest', 'main', 'biggest', 'only', 'remaining'], ['guerrilla']],
    before: ['the'],
    notAfter: ['group', 'groups', 'war', 'wars', 'movement', 'movements', 'fighter', 'fighters', 'leader', 'leaders', 'army', 'armies', 'organization', 'organisation', 'commander', 'commanders', 'force', 'forces', 'campaign', 'insurgency', 'conflict'],
    span: [1, 2],
    expected: ['guerrilla group'],
    tier: 'strong',
    originals: 'es “la última guerrilla en armas”',
    why: 'English “a guerrilla” is one fighter; the organization is a “guerrilla group”'
  },
  // Latin American legislatures.
  {
    id: 'congress-benches',
    words: [['benches']],
    notBefore: ['opposition', 'government', 'back', 'front', 'cross', 'tory', 'labour', 'conservative', 'liberal', 'park', 'the', 'wooden', 'on', 'substitutes', 'empty'],
    expected: ['caucuses', 'blocs'],
    tier: 'strong',
    storyHas: ['Congress', 'congressional', 'Congressional'],
    originals: 'es “las bancadas” (the parties’ groups in Congress); pt “as bancadas”',
    why: 'Latin American copy calls a party’s group of legislators its “bancada”: English says “caucus” or “bloc”'
  },
  {
    id: 'congress-commission',
    words: [['economic', 'constitution', 'constitutional', 'budget', 'finance', 'foreign', 'justice', 'ethics', 'oversight', 'health', 'defense', 'defence', 'education'], ['commission']],
    lowerCase: [1],
    span: [1, 2],
    expected: ['committee'],
    tier: 'strong',
    storyHas: ['Congress', 'Senate'],
    originals: 'es “la comisión de Economía del Senado”; pt “a comissão de Constituição”',
    why: 'English calls a legislature’s working groups “committees”'
  },
  {
    id: 'congress-commissions',
    words: [['economic', 'constitution', 'constitutional', 'budget', 'finance', 'foreign', 'justice', 'ethics', 'oversight', 'health', 'defense', 'defence', 'education'], ['commissions']],
    lowerCase: [1],
    span: [1, 2],
    expected: ['committees'],
    tier: 'strong',
    storyHas: ['Congress', 'Senate'],
    originals: 'es “la comisión de Economía del Senado”; pt “a comissão de Constituição”',
    why: 'English calls a legislature’s working groups “committees”'
  },
  {
    id: 'ordered-to-verb',
    words: [['ordered', 'tasked', 'instructed'], ['to']],
    notBefore: ['was', 'were', 'been', 'be', 'being', 'is', 'are', 'am', 'get', 'got', 'not', 'and', 'those', 'people', 'troops', 'soldiers', 'police', 'residents'],
    notAfter: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'hospital', 'court', 'jail', 'prison', 'pay', 'leave', 'stand'],
    span: [0, 2],
    expected: ['ordered officials to'],
    tier: 'weak',
    originals: 'ru “поручил обеспечить”; kk “тапсырды”; th “สั่งให้”',
    why: 'in English the one ordered is named: “ordered officials to …”, “ordered improvements to …”'
  },
  {
    id: 'bury-their-hatchet',
    words: [['bury', 'buried', 'burying', 'buries'], ['their', 'his', 'her', 'our', 'its', 'your', 'a'], ['hatchet', 'hatchets']],
    span: [1, 3],
    expected: ['the hatchet'],
    tier: 'strong',
    originals: 'the English idiom carried into another grammar (th, id: “bury their hatchet”)',
    why: 'the idiom is fixed: “bury the hatchet”'
  },
  {
    id: 'adjective-damages',
    words: [['initial', 'material', 'total', 'flood', 'wind', 'heavy', 'severe', 'considerable', 'extensive', 'major', 'serious', 'significant', 'structural'], ['damages']],
    span: [1, 2],
    expected: ['damage'],
    tier: 'strong',
    originals: 'fr “les dégâts”, “les dommages”; es “los daños”; de “die Schäden”; it “i danni”',
    why: 'harm done is uncountable “damage” in English; “damages” is money a court awards'
  },
  {
    id: 'an-end-of',
    words: [['an'], ['end'], ['of']],
    notAfter: ['the', 'a', 'an', 'year', 'season', 'era', 'term', 'month', 'week', 'day', 'life', 'days', 'it', 'that', 'this', 'story', 'its', 'his', 'her', 'their', 'days', 'line', 'empire', 'history'],
    span: [0, 3],
    expected: ['an end to'],
    tier: 'weak',
    originals: 'th “ยุติ”; es “el fin de los conflictos”; ru “конец конфликтов”',
    why: 'English wants “an end to” what stops (“an end to conflicts”)'
  },
  {
    id: 'despite-of',
    words: [['despite'], ['of']],
    expected: ['despite', 'in spite of'],
    tier: 'strong',
    originals: 'es “a pesar de”; pt “apesar de”; it “nonostante”; fr “malgré”; ru “несмотря на”',
    why: 'English says “despite” or “in spite of”, never “despite of”'
  },
  {
    id: 'between-n-to-n',
    words: [['between'], ['#number'], ['to'], ['#number']],
    span: [2, 3],
    expected: ['and'],
    tier: 'strong',
    originals: 'fr “entre 100 et 120”, read as “de 100 à 120”; es “entre 100 a 120”; ru “от 100 до 120”',
    why: 'English says “between 100 and 120” or “from 100 to 120”'
  },
  {
    id: 'listen-without-to',
    words: [['listen', 'listens', 'listened', 'listening'], ['the', 'a', 'his', 'her', 'their', 'our', 'my', 'your', 'its', 'this', 'these', 'those', 'trade', 'people', 'citizens', 'voters', 'workers']],
    span: [0, 1],
    expected: ['$1 to'],
    tier: 'strong',
    originals: 'fr “écouter les syndicats”; es “escuchar a los sindicatos”; it “ascoltare i sindacati”; pt “ouvir os sindicatos”',
    why: 'English “listen” takes “to” before what is heard'
  },
  {
    id: 'is-specified',
    // Starts at the participle (a rarer word than "is"), "is"/"are" before it.
    words: [['specified', 'clarified']],
    before: ['is', 'are'],
    endOfClause: true,
    expected: ['being clarified'],
    tier: 'strong',
    originals: 'uk “уточнюється”; ru “уточняется” (is being established)',
    why: 'the Ukrainian and Russian formula says the details are still being established: “is being clarified”, “is not yet known”'
  },
  {
    id: 'statement-stated',
    words: [['statement', 'communique', 'communiqué'], ['stated', 'states']],
    before: ['the', 'a', 'this', 'its', 'their', 'his', 'her'],
    expected: ['$1 said'],
    tier: 'strong',
    originals: 'ru “в заявлении говорится”; ar “وذكر البيان”; zh “声明称”',
    why: 'English avoids the echo: “the statement said”'
  }
]

/** Uncountable English nouns put in the plural → the English noun (one entry each in CONSTRUCTIONS). */
const UNCOUNTABLE: Readonly<Record<string, string>> = {
  informations: 'information', advices: 'advice', equipments: 'equipment', furnitures: 'furniture', unrests: 'unrest',
  luggages: 'luggage', baggages: 'baggage', knowledges: 'knowledge', homeworks: 'homework', feedbacks: 'feedback'
}

export const CONSTRUCTIONS: readonly ConstructionCalque[] = [
  ...LISTED,
  ...Object.entries(UNCOUNTABLE).map(
    ([plural, singular]): ConstructionCalque => ({
      id: 'uncountable-plural',
      words: [[plural]],
      expected: [singular],
      tier: 'strong',
      originals: 'fr “les informations”, “des équipements”; es “las informaciones”; it “le informazioni”; ru “информации”',
      why: `the English noun is uncountable: “${singular}” takes no plural “-s”`
    })
  )
]
