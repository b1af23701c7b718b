/**
 * False friends of machine-translated news copy: an English word that looks
 * like the source word but means something else, each with the contexts
 * that make it wrong and the English that was meant.
 *
 * Sources (the pairs and their senses):
 * - Spanish: M. Prado, "Diccionario de falsos amigos inglés-español"
 *   (Gredos, 2001); the Real Academia Española, "Diccionario de la lengua
 *   española", for the Spanish senses (actualmente, asistir, sensible,
 *   ratificar, realizar, atender, balance, manifestación, decepción,
 *   notorio, trascendental, jubilación, intoxicación, reunión, disposición,
 *   exposición, emotivo, canciller, colega, denunciar, calificar);
 * - French: F. Thody and H. Evans, "Faux Amis and Key Words" (Athlone,
 *   1985); Italian: V. Browne, "Odd Pairs and False Friends" (Zanichelli,
 *   1987); Portuguese: the Dicionário Houaiss senses of the same words;
 * - EU usage: European Court of Auditors, "Misused English words and
 *   expressions in EU publications" (J. Gardner, 2013–2016), entries
 *   "actual/actually", "assist", "eventual(ly)", "realise", "important",
 *   "manifestation", "dispose", "sensible";
 * - Indonesian: Kamus Besar Bahasa Indonesia (KBBI), entry "kondusif"
 *   (calm, orderly: "situasi kondusif"); Italian weather bulletins:
 *   Treccani, "puntuale" (localised); French "inanimé" (unconscious) and
 *   "juger que" (consider): Larousse; Portuguese "ponderar" (argue, point
 *   out): Dicionário Houaiss; Polish "realizować" (implement): Wielki
 *   słownik języka polskiego;
 * - French "estimer que" (consider, be of the view), Larousse; Spanish,
 *   Portuguese, Italian "postura" (stance, attitude), RAE / Houaiss /
 *   Treccani; Italian "continuo" of a player (consistent), Treccani;
 *   Spanish "depresivo", Italian and Portuguese "depressivo" (depressing,
 *   "que deprime"), RAE / Treccani; German "langsam", Dutch "langzaam"
 *   before an adjective (gradually, increasingly: "langsam peinlich"),
 *   Duden / Van Dale; Polish "exposé" (a prime minister's policy
 *   statement to parliament), Wielki słownik języka polskiego; French
 *   "formation" (team, party), Larousse; Italian "determinare" (cause),
 *   Treccani; Greek "μετρήσεις" (opinion polls), Λεξικό της κοινής
 *   νεοελληνικής (Triantafyllidis); Romance "proclamato/proclamado/
 *   proclamé" (proclaimed mayor), Treccani / RAE / Larousse;
 * - the English senses: Merriam-Webster and the Oxford Learner's Dictionary.
 *
 * Matching: `words` are word positions (alternatives in lower case; "#number"
 * a number, "#cap" a capitalised word), joined by single spaces; `span` the
 * reported positions (default: all).  `langs` are the source languages
 * whose word it copies.  A `weak` entry is also ordinary English in some
 * use, so it counts only when the story's source-language guess is one of
 * `langs` (plugins/support/source-language.ts); a `strong` entry's context
 * already rules the English sense out.
 */

export interface FalseFriend {
  id: string
  words: readonly (readonly string[])[]
  span?: readonly [number, number]
  /** Words that must not come right before the match / right after it ("#number" in notAfter: a number). */
  notBefore?: readonly string[]
  notAfter?: readonly string[]
  /** The word right before the match (one space between) must be one of these: lets an entry start at its rare word. */
  before?: readonly string[]
  /** The match must be followed by punctuation or the end of the paragraph (“the city is conducive.”). */
  beforePunctuation?: boolean
  /** Fix candidates for the span, best first. */
  expected: readonly string[]
  /** The span is a verb: the candidates are base forms, inflected like the flagged word ("assisted" → "attended"). */
  verb?: boolean
  langs: string
  /** The source words, for the message. */
  originals: string
  /** What the English word means, and so why the reader is misled. */
  why: string
  tier: 'strong' | 'weak'
  /** The story must not name one of these (the English sense may be meant): "Germany" for "chancellor". */
  unlessStoryNames?: readonly string[]
}

const EVENTS = ['ceremony', 'meeting', 'event', 'mass', 'funeral', 'concert', 'session', 'inauguration', 'celebration', 'act', 'summit', 'conference', 'parade', 'wake', 'premiere', 'rally']
const STUDIES = ['study', 'studies', 'survey', 'surveys', 'investigation', 'inspection', 'inspections', 'operation', 'operations', 'analysis', 'audit', 'census', 'test', 'tests', 'works', 'project', 'projects', 'reform', 'reforms', 'campaign', 'search', 'procedure', 'tour', 'training', 'exercise', 'exercises']
const VICTIMS = ['dead', 'deaths', 'killed', 'injured', 'wounded', 'victims', 'missing', 'fatalities', 'people', 'casualties', 'detainees', 'arrests', 'arrested']
const NEEDS = ['needs', 'demands', 'emergency', 'emergencies', 'victims', 'affected', 'injured', 'wounded', 'patients', 'population', 'calls', 'complaints', 'requests', 'claims']
/** What is implemented, not achieved or understood ("realizing the announcement"). */
const MEASURES = ['announcement', 'announcements', 'initiative', 'initiatives', 'policy', 'policies', 'decision', 'decisions', 'agreement', 'agreements', 'resolution', 'resolutions', 'tasks', 'assignments', 'commitments', 'provisions', 'recommendations', 'guidelines', 'instructions', 'orders', 'law', 'laws', 'budget', 'budgets']
const REALIZE = ['realize', 'realizes', 'realized', 'realizing', 'realise', 'realises', 'realised', 'realising']
const CHANGES = ['increase', 'improvement', 'growth', 'rise', 'decline', 'decrease', 'drop', 'fall', 'change', 'difference', 'progress', 'advance', 'deterioration', 'recovery', 'reduction']

export const FALSE_FRIENDS: readonly FalseFriend[] = [
  {
    id: 'assist-event',
    words: [['assist', 'assists', 'assisted', 'assisting'], ['the', 'a', 'an', 'this'], EVENTS],
    span: [0, 1],
    expected: ['attend'],
    verb: true,
    langs: 'es fr it pt',
    originals: 'es “asistir a”; fr “assister à”; it “assistere a”; pt “assistir a”',
    why: 'English “assist” means help; being present at an event is “attend”',
    tier: 'strong'
  },
  {
    id: 'sensible-issue',
    words: [['sensible'], ['issue', 'issues', 'topic', 'topics', 'subject', 'subjects', 'matter', 'matters', 'data', 'information', 'area', 'areas', 'question', 'questions', 'case', 'cases', 'moment', 'point', 'documents', 'installations', 'sites']],
    span: [0, 1],
    expected: ['sensitive'],
    langs: 'es fr it pt de',
    originals: 'es “sensible”; fr “sensible”; it “sensibile”; pt “sensível”; de “sensibel”',
    why: 'English “sensible” means reasonable; a delicate matter is “sensitive”',
    tier: 'strong'
  },
  {
    id: 'ratified-commitment',
    words: [['ratified', 'ratifies', 'ratify', 'ratifying'], ['his', 'her', 'their', 'its', 'our', 'the'], ['commitment', 'support', 'position', 'will', 'intention', 'confidence', 'willingness', 'rejection', 'decision', 'stance', 'call', 'solidarity', 'backing', 'refusal', 'opposition']],
    span: [0, 1],
    expected: ['reaffirm', 'reiterate'],
    verb: true,
    langs: 'es pt it fr',
    originals: 'es “ratificó su compromiso”; pt “ratificou”; it “ha ribadito / ratificato”; fr “a réaffirmé”',
    why: 'English “ratify” is formal approval of a treaty or law; restating a stance is “reaffirm” or “reiterate”',
    tier: 'strong'
  },
  {
    id: 'realize-study',
    words: [['realize', 'realizes', 'realized', 'realizing', 'realise', 'realises', 'realised', 'realising'], ['a', 'an', 'the', 'this', 'these', 'its', 'their', 'his', 'her', 'several', 'new'], STUDIES],
    span: [0, 1],
    expected: ['carry out', 'conduct'],
    verb: true,
    langs: 'es pt it fr pl',
    originals: 'es “realizar un estudio”; pt “realizar”; it “realizzare”; fr “réaliser”; pl “realizować”',
    why: 'English “realize” means understand or achieve; doing a study or an operation is “carry out” or “conduct”',
    tier: 'strong'
  },
  {
    id: 'attend-needs',
    words: [['attend', 'attends', 'attended', 'attending'], ['the', 'to'], NEEDS],
    span: [0, 1],
    expected: ['deal with', 'address', 'attend to'],
    verb: true,
    langs: 'es pt',
    originals: 'es “atender las necesidades / a los heridos”; pt “atender”',
    why: 'English “attend” without “to” means be present at; meeting needs or treating people is “deal with”, “address”, “treat”',
    tier: 'strong'
  },
  {
    id: 'balance-of-dead',
    words: [['balance'], ['of'], ['#number'], VICTIMS],
    span: [0, 2],
    expected: ['toll of'],
    langs: 'es pt it fr',
    originals: 'es “un balance de 12 muertos”; pt “um balanço de”; it “un bilancio di”; fr “un bilan de”',
    why: 'English “balance” is what remains of an account; the number of victims is the “toll”',
    tier: 'strong'
  },
  {
    id: 'manifestation-protest',
    words: [['manifestation', 'manifestations'], ['against', 'outside', 'in', 'took', 'was', 'were', 'called', 'organized', 'organised', 'held', 'on', 'demanding', 'to']],
    span: [0, 1],
    expected: ['demonstration', 'protest'],
    langs: 'es fr it pt',
    originals: 'es “manifestación”; fr “manifestation”; it “manifestazione”; pt “manifestação”',
    why: 'English “manifestation” is a sign of something (“a manifestation of anger”); a street protest is a “demonstration”',
    tier: 'strong'
  },
  {
    id: 'deception-disappointment',
    words: [['great', 'big', 'huge', 'total', 'enormous', 'new', 'another', 'bitter'], ['deception']],
    span: [1, 2],
    expected: ['disappointment'],
    langs: 'es fr pt it',
    originals: 'es “decepción”; fr “déception”; pt “decepção”; it “delusione”',
    why: 'English “deception” means deceit; a letdown is a “disappointment”',
    tier: 'strong'
  },
  {
    id: 'deception-for',
    words: [['deception'], ['for', 'among']],
    span: [0, 1],
    expected: ['disappointment'],
    langs: 'es fr pt',
    originals: 'es “decepción para”; fr “déception pour”; pt “decepção para”',
    why: 'English “deception” means deceit; a letdown is a “disappointment”',
    tier: 'strong'
  },
  {
    id: 'notorious-change',
    words: [['notorious'], CHANGES],
    span: [0, 1],
    expected: ['marked', 'noticeable'],
    langs: 'es pt it',
    originals: 'es “un notorio aumento”; pt “notório”; it “notorio”',
    why: 'English “notorious” means infamous; an evident change is “marked” or “noticeable”',
    tier: 'strong'
  },
  {
    id: 'transcendental-decision',
    words: [['transcendental'], ['decision', 'step', 'moment', 'agreement', 'event', 'change', 'importance', 'role', 'vote', 'reform', 'day', 'meeting', 'election', 'elections']],
    span: [0, 1],
    expected: ['momentous', 'crucial'],
    langs: 'es pt it',
    originals: 'es “trascendental”; pt “transcendental”; it “trascendentale”',
    why: 'English “transcendental” belongs to philosophy and mysticism; a decisive step is “momentous” or “crucial”',
    tier: 'strong'
  },
  {
    id: 'jubilation-retirement',
    words: [['jubilation'], ['age', 'system', 'fund', 'funds', 'reform', 'pension', 'pensions', 'regime', 'scheme']],
    span: [0, 1],
    expected: ['retirement'],
    langs: 'es pt',
    originals: 'es “jubilación”; pt “jubilação”',
    why: 'English “jubilation” is great joy; leaving work on a pension is “retirement”',
    tier: 'strong'
  },
  {
    id: 'food-intoxication',
    words: [['food', 'alimentary', 'gas', 'mushroom', 'alcohol', 'lead', 'mass', 'massive'], ['intoxication', 'intoxications']],
    span: [1, 2],
    expected: ['poisoning'],
    langs: 'es pt it fr',
    originals: 'es “intoxicación alimentaria”; pt “intoxicação”; it “intossicazione”; fr “intoxication”',
    why: 'English “intoxication” is mostly drunkenness; harm from food or gas is “poisoning”',
    tier: 'strong'
  },
  {
    id: 'at-the-disposition',
    words: [['at'], ['the'], ['disposition'], ['of']],
    span: [0, 4],
    expected: ['at the disposal of', 'available to'],
    langs: 'es pt it fr',
    originals: 'es “a disposición de”; pt “à disposição de”; it “a disposizione di”; fr “à la disposition de”',
    why: 'English “disposition” is temperament; placing something with someone is “at the disposal of”',
    tier: 'strong'
  },
  {
    id: 'exposition-exhibition',
    words: [['exposition', 'expositions'], ['of'], ['paintings', 'photographs', 'photos', 'works', 'art', 'sculptures', 'pictures', 'drawings', 'posters', 'artworks']],
    span: [0, 1],
    expected: ['exhibition'],
    langs: 'es it fr pt',
    originals: 'es “exposición”; it “esposizione”; fr “exposition”; pt “exposição”',
    why: 'a show of works of art is an “exhibition” in British and international English (“exposition” is a trade fair or an explanation)',
    tier: 'strong'
  },
  {
    id: 'emotive-ceremony',
    words: [['emotive'], ['ceremony', 'tribute', 'farewell', 'homage', 'act', 'moment', 'message', 'letter', 'reunion', 'meeting', 'speech', 'goodbye', 'celebration', 'embrace', 'scene', 'video', 'mass']],
    span: [0, 1],
    expected: ['moving', 'emotional'],
    langs: 'es pt it',
    originals: 'es “emotivo”; pt “emotivo”; it “emozionante / emotivo”',
    why: 'English “emotive” means arousing strong feeling about an issue (“an emotive subject”); a touching event is “moving” or “emotional”',
    tier: 'strong'
  },
  {
    id: 'denounced-to-police',
    words: [['denounced', 'denounce', 'denounces'], ['#any'], ['to'], ['the'], ['police', 'prosecutor', 'prosecutors', 'authorities', 'courts', 'court']],
    span: [0, 1],
    expected: ['report'],
    verb: true,
    langs: 'es pt it fr',
    originals: 'es “denunciar ante la policía”; pt “denunciar à polícia”; it “denunciare”; fr “dénoncer”',
    why: 'English “denounce” is to condemn publicly; telling the police is “report”',
    tier: 'strong'
  },
  {
    id: 'filed-a-denunciation',
    words: [['filed', 'file', 'files', 'filing', 'presented', 'present', 'lodged', 'made', 'make'], ['a', 'the'], ['denunciation', 'denunciations']],
    span: [2, 3],
    expected: ['complaint'],
    langs: 'es pt it',
    originals: 'es “presentó una denuncia”; pt “fez uma denúncia”; it “ha presentato una denuncia”',
    why: 'English “denunciation” is public condemnation; a report to the police or a court is a “complaint”',
    tier: 'strong'
  },
  {
    id: 'qualified-as',
    words: [['qualified', 'qualifies', 'qualify', 'qualifying'], ['the', 'it', 'them', 'this', 'these', 'those', 'his', 'her', 'their', 'such'], ['#any'], ['as']],
    span: [0, 1],
    expected: ['describe', 'classify'],
    verb: true,
    langs: 'es fr it pt uk ru pl',
    originals: 'es “calificó de / como”; fr “qualifier de”; it “qualificare come”; pt “qualificar como”; uk “кваліфікувати як”',
    why: 'English “qualify” means meet a standard or limit a statement; calling something by a name is “describe as” or “classify as”',
    tier: 'strong'
  },
  {
    id: 'qualified-them-as',
    words: [['qualified', 'qualifies', 'qualify', 'qualifying'], ['it', 'them', 'this', 'these', 'those', 'him'], ['as']],
    span: [0, 1],
    expected: ['describe', 'classify'],
    verb: true,
    langs: 'es fr it pt uk ru pl',
    originals: 'es “lo calificó de”; fr “le qualifier de”; it “lo ha qualificato come”; pt “qualificou-o como”; uk “кваліфікувати як”',
    why: 'English “qualify” means meet a standard or limit a statement; calling something by a name is “describe as” or “classify as”',
    tier: 'strong'
  },
  {
    id: 'assistance-of-people',
    words: [['assistance', 'attendance'], ['of'], ['#number'], ['people', 'fans', 'spectators', 'delegates', 'attendees', 'participants', 'visitors', 'faithful', 'pilgrims']],
    span: [0, 1],
    expected: ['attendance'],
    langs: 'es pt fr',
    originals: 'es “con la asistencia de 5.000 personas”; pt “assistência”; fr “assistance” (audience)',
    why: 'English “assistance” means help; the number of people present is the “attendance”',
    tier: 'strong'
  },
  {
    id: 'colleague-counterpart',
    words: [['his', 'her', 'their', 'its'], ['#demonym'], ['colleague', 'colleagues']],
    span: [2, 3],
    expected: ['counterpart', 'counterparts'],
    langs: 'es pt it fr',
    originals: 'es “su colega ecuatoriano”; pt “seu colega”; it “il suo omologo / collega”; fr “son homologue”',
    why: 'a minister or head of state of another country holding the same office is a “counterpart”, not a “colleague”',
    tier: 'strong'
  },
  {
    id: 'actually-currently',
    words: [['actually'], ['is', 'are', 'has', 'have', 'remains', 'remain', 'holds', 'hold', 'serves', 'serve', 'works', 'work', 'lives', 'live', 'employs', 'counts', 'houses', 'occupies', 'represents', 'exceeds', 'reaches', 'stands']],
    span: [0, 1],
    notBefore: ['is', 'are', 'was', 'were', 'it', 'what', 'that', 'who', 'which', 'and', 'but'],
    expected: ['currently', 'now'],
    langs: 'es it fr pt de',
    originals: 'es “actualmente”; it “attualmente”; fr “actuellement”; pt “atualmente”; de “aktuell”',
    why: 'English “actually” means in fact; “actualmente” and its kin mean “currently”',
    tier: 'weak'
  },
  {
    id: 'eventually-possibly',
    words: [['could', 'would', 'might', 'may', 'can'], ['eventually'], ['be', 'lead', 'affect', 'cause', 'require', 'include', 'apply']],
    span: [1, 2],
    expected: ['possibly', 'if necessary'],
    langs: 'es it fr pt de',
    originals: 'es “eventualmente”; it “eventualmente”; fr “éventuellement”; pt “eventualmente”; de “eventuell”',
    why: 'English “eventually” means in the end; the source word means “possibly” or “if need be”',
    tier: 'weak'
  },
  {
    id: 'chancellor-foreign-minister',
    words: [['chancellor', 'chancellors', 'chancellery']],
    expected: ['foreign minister', 'foreign ministry'],
    notBefore: ['german', 'austrian', 'federal', 'vice', 'lord', 'shadow', 'university', 'former'],
    notAfter: ['of'],
    langs: 'es pt',
    originals: 'es “canciller” / “cancillería”; pt “chanceler” / “chancelaria” (Latin America)',
    why: 'in Latin American Spanish and Portuguese the “canciller” is the foreign minister; in English a chancellor heads the German or Austrian government',
    tier: 'weak',
    unlessStoryNames: ['Germany', 'German', 'Austria', 'Austrian', 'Exchequer', 'Bundestag', 'Berlin', 'Vienna', 'Merkel', 'Scholz', 'Merz', 'Nehammer', 'University', 'Schröder', 'Kohl']
  },
  {
    id: 'important-number',
    words: [['an', 'the'], ['important'], ['number', 'quantity', 'amount', 'sum', 'increase', 'decrease', 'deployment', 'presence', 'contingent', 'fall', 'drop', 'rise', 'reduction']],
    span: [1, 2],
    expected: ['large', 'significant'],
    langs: 'es fr it pt',
    originals: 'es “un importante número”; fr “un nombre important”; it “un importante numero”; pt “um número importante”',
    why: 'English “important” means significant in consequence; a great quantity is “large” or “significant”',
    tier: 'weak'
  },
  {
    id: 'confrontation-match',
    words: [['first', 'second', 'next', 'last', 'decisive', 'direct', 'final', 'return'], ['confrontation']],
    span: [1, 2],
    expected: ['match', 'leg', 'meeting'],
    langs: 'pt it es',
    originals: 'pt “confronto”; it “confronto”; es “enfrentamiento”',
    why: 'in sports copy a game between two teams is a “match” or “leg”; “confrontation” suggests a clash',
    tier: 'weak'
  },
  {
    id: 'pretends-to',
    words: [['pretends', 'pretend', 'pretended', 'pretending'], ['to'], ['#verb']],
    span: [0, 1],
    expected: ['intend', 'seek', 'aim'],
    verb: true,
    langs: 'es fr it pt',
    originals: 'es “pretende”; fr “prétend”; it “pretende”; pt “pretende”',
    why: 'English “pretend” means feign; the source verb means “intend” or “seek”',
    tier: 'weak'
  },
  {
    id: 'sentence-ruling',
    words: [['sentence', 'sentences'], ['of', 'by'], ['the'], ['court', 'courts', 'tribunal', 'judge', 'judges', 'council', 'tar', 'constitutional', 'supreme', 'administrative', 'appeals', 'cassation']],
    span: [0, 1],
    expected: ['ruling', 'rulings'],
    langs: 'it pt es fr',
    originals: 'it “la sentenza della Corte”; pt “a sentença do tribunal”; es “la sentencia del tribunal”; fr “la sentence”',
    why: 'in English a “sentence” is the punishment given to a convicted person; a court’s decision is its “ruling” or “judgment”',
    tier: 'strong'
  },
  {
    id: 'assessor-councillor',
    words: [['assessor', 'assessors'], ['for', 'of'], ['the', 'culture', 'budget', 'health', 'education', 'tourism', 'transport', 'environment', 'sport', 'sports', 'security', 'welfare', 'urban', 'public', 'social', 'mobility', 'heritage', 'infrastructure', 'works']],
    span: [0, 1],
    expected: ['councillor', 'councillors'],
    langs: 'it es pt',
    originals: 'it “assessore al bilancio”; es “asesor” (adviser); pt “assessor” (adviser)',
    why: 'in English an “assessor” values property or claims; an Italian “assessore” is a council member in charge of a portfolio (“budget councillor”), a Spanish or Portuguese “asesor” an adviser',
    tier: 'strong'
  },
  {
    id: 'reunion-meeting',
    words: [['reunion', 'reunions'], ['with', 'between']],
    span: [0, 1],
    notBefore: ['family', 'class', 'band', 'school', 'emotional', 'tearful', 'joyful', 'happy', 'long-awaited', 'family’s', 'families'],
    expected: ['meeting', 'meetings'],
    langs: 'es fr pt',
    originals: 'es “reunión”; fr “réunion”; pt “reunião”',
    why: 'English “reunion” is a coming together after a separation; a working session is a “meeting”',
    tier: 'weak'
  },
  {
    id: 'realize-measure',
    words: [REALIZE, ['the', 'its', 'their', 'his', 'her', 'these', 'this', 'all'], MEASURES],
    span: [0, 1],
    expected: ['implement', 'carry out'],
    verb: true,
    langs: 'pl es pt it fr',
    originals: 'pl “realizować zapowiedź”; es “realizar”; pt “realizar”; it “realizzare”; fr “réaliser”',
    why: 'English “realize” means understand or achieve; putting a decision or a plan into effect is “implement”',
    tier: 'weak'
  },
  {
    id: 'realize-measure-of',
    words: [REALIZE, ['the'], ['#any'], ['#any'], MEASURES],
    span: [0, 1],
    expected: ['implement', 'carry out'],
    verb: true,
    langs: 'pl es pt it fr',
    originals: 'pl “realizować zapowiedź premiera”; es “realizar”; pt “realizar”',
    why: 'English “realize” means understand or achieve; putting a decision or a plan into effect is “implement”',
    tier: 'weak'
  },
  {
    id: 'conducive-calm',
    words: [['conducive']],
    beforePunctuation: true,
    expected: ['calm', 'orderly'],
    langs: 'id ms',
    originals: 'id “kondusif” (a calm, orderly situation); ms “kondusif”',
    why: 'English “conducive” needs “to” (“conducive to talks”); alone, the source word means “calm” or “under control”',
    tier: 'strong'
  },
  {
    id: 'punctually-locally',
    words: [['punctually'], ['moderate', 'heavy', 'strong', 'intense', 'abundant', 'high', 'violent', 'significant', 'severe', 'persistent', 'very']],
    span: [0, 1],
    expected: ['locally'],
    langs: 'it',
    originals: 'it “puntualmente” (in a few places, in weather bulletins)',
    why: 'English “punctually” means on time; a forecast of rain here and there says “locally”',
    tier: 'strong'
  },
  {
    id: 'inanimate-unconscious',
    words: [['inanimate']],
    before: ['was', 'were', 'found', 'lay', 'lying', 'remained', 'unfortunately', 'left', 'discovered', 'is', 'already'],
    expected: ['unresponsive', 'lifeless'],
    langs: 'fr es it pt',
    originals: 'fr “inanimé”; es “inanimado”; it “inanimato”; pt “inanimado”',
    why: 'English “inanimate” describes things that were never alive; an unconscious person is “unresponsive” or “lifeless”',
    tier: 'strong'
  },
  {
    id: 'judged-that',
    words: [['judged', 'judges'], ['that']],
    span: [0, 1],
    expected: ['said', 'considered'],
    langs: 'fr',
    originals: 'fr “a jugé que”, “juge que”',
    why: 'French “juger que” gives a view: English news copy says “said” or “considered”',
    tier: 'weak'
  },
  {
    id: 'pondered-that',
    words: [['pondered', 'ponders'], ['that']],
    span: [0, 1],
    notAfter: ['question', 'idea', 'possibility', 'prospect', 'thought', 'option', 'decision', 'choice', 'offer', 'proposal', 'issue', 'problem', 'matter'],
    expected: ['argued', 'pointed out'],
    langs: 'pt es',
    originals: 'pt “ponderou que”; es “ponderó que”',
    why: 'English “ponder” means think over (“pondered whether”); the source verb puts a point forward: “argued”, “pointed out”',
    tier: 'weak'
  },
  {
    id: 'condition-affect',
    words: [['condition', 'conditions']],
    before: ['can', 'could', 'may', 'might', 'will', 'would', 'also', 'to', 'not'],
    expected: ['affect', 'shape'],
    verb: true,
    langs: 'it es pt fr',
    originals: 'it “condizionare”; es “condicionar”; pt “condicionar”; fr “conditionner”',
    why: 'English “condition” (a verb) means train or treat; the source verb means “affect” or “shape”',
    tier: 'weak'
  },
  {
    id: 'confrontation-dialogue',
    words: [['the', 'a'], ['confrontation'], ['with'], ['the'], ['government', 'unions', 'regions', 'municipalities', 'mayors', 'ministry', 'region', 'institutions', 'parties', 'opposition']],
    span: [1, 2],
    expected: ['dialogue', 'talks'],
    langs: 'it',
    originals: 'it “il confronto con il governo”',
    why: 'Italian “confronto” is a discussion or a comparison; English “confrontation” is a hostile clash',
    tier: 'weak'
  },
  {
    id: 'overflows-disturbances',
    words: [['overflows']],
    before: ['several', 'many', 'some', 'numerous', 'and', 'new', 'serious'],
    expected: ['disturbances', 'incidents'],
    langs: 'fr',
    originals: 'fr “des débordements”',
    why: 'French “débordements” are unruly incidents at a protest; English “overflows” is water or data',
    tier: 'weak'
  },
  {
    id: 'estimated-considered',
    words: [['estimated', 'estimates'], ['that']],
    span: [0, 1],
    notAfter: ['#number', 'some', 'about', 'around', 'more', 'less', 'over', 'nearly', 'almost', 'up', 'between', 'roughly', 'approximately', 'fewer', 'only', 'half', 'one', 'a', 'an'],
    expected: ['consider', 'believe'],
    verb: true,
    langs: 'fr',
    originals: 'fr “a estimé que”, “estime que”',
    why: 'French “estimer que” gives a view (“considered”, “said”); English “estimated that” puts a figure on something',
    tier: 'weak'
  },
  {
    id: 'judged-said-alone',
    words: [['judged']],
    beforePunctuation: true,
    notBefore: ['was', 'were', 'be', 'been', 'being', 'is', 'are', 'well', 'poorly', 'fairly', 'harshly', 'unfairly', 'wrongly', 'rightly', 'not'],
    expected: ['said', 'considered'],
    langs: 'fr',
    originals: 'fr “a jugé”, “a-t-elle jugé”',
    why: 'French “juger” gives a view (“she also said”, “she considered”); English “judged” alone, with no object, reads as a court or a contest',
    tier: 'weak'
  },
  {
    id: 'posture-stance',
    words: [['the', 'his', 'her', 'their', 'its'], ['posture'], ['of', 'towards', 'toward', 'on', 'in']],
    span: [1, 2],
    expected: ['stance', 'attitude'],
    langs: 'es pt it fr',
    originals: 'es, pt “la postura de”; it “la postura”; fr “la posture de”',
    why: 'English “posture” is first the way one holds one’s body; a position taken on an issue, or a person’s attitude, is a “stance”',
    tier: 'weak'
  },
  {
    id: 'continuous-consistent',
    words: [['more', 'less'], ['continuous']],
    span: [1, 2],
    beforePunctuation: true,
    expected: ['consistent'],
    langs: 'it es pt',
    originals: 'it “più continuo” (of a player); es, pt “más/mais continuo”',
    why: 'said of a player or a team, the source word means “consistent”; English “continuous” means without a break',
    tier: 'weak'
  },
  {
    id: 'continuous-consistent-and',
    words: [['more', 'less'], ['continuous'], ['and']],
    span: [1, 2],
    expected: ['consistent'],
    langs: 'it es pt',
    originals: 'it “più continuo” (of a player); es, pt “más/mais continuo”',
    why: 'said of a player or a team, the source word means “consistent”; English “continuous” means without a break',
    tier: 'weak'
  },
  {
    id: 'depressive-depressing',
    words: [['depressive'], ['situation', 'scene', 'atmosphere', 'news', 'picture', 'sight', 'weather', 'result', 'results', 'image', 'images', 'moment', 'day', 'week', 'season', 'defeat', 'performance', 'landscape']],
    span: [0, 1],
    expected: ['depressing', 'bleak'],
    langs: 'es it pt th',
    originals: 'es “depresivo”; it, pt “depressivo” (that depresses)',
    why: 'English “depressive” belongs to the illness (“a depressive episode”); what makes people sad is “depressing”',
    tier: 'strong'
  },
  {
    id: 'slowly-increasingly',
    words: [['slowly'], ['embarrassing', 'disgraceful', 'ridiculous', 'absurd', 'dangerous', 'critical', 'serious', 'annoying', 'tight', 'scarce', 'urgent', 'worrying', 'unbearable', 'tiresome', 'boring', 'grotesque', 'threatening', 'scary', 'tricky']],
    span: [0, 1],
    expected: ['increasingly', 'gradually becoming'],
    langs: 'de nl',
    originals: 'de “langsam peinlich”; nl “langzaam gênant”',
    why: 'before an adjective the source word means “gradually, by now” (“increasingly embarrassing”); English “slowly” describes the pace of an action',
    tier: 'weak'
  },
  {
    id: 'expose-policy-statement',
    words: [['exposé', 'expose']],
    before: ['his', 'her', 'the', 'government’s', "government's", 'policy', 'first'],
    notAfter: ['of', 'on', 'about', 'into'],
    expected: ['policy statement', 'keynote speech'],
    langs: 'pl',
    originals: 'pl “exposé premiera” (the prime minister’s policy statement to the Sejm)',
    why: 'in English an “exposé” is a report revealing a scandal; a head of government’s programme speech to parliament is a “policy statement”',
    tier: 'weak'
  },
  {
    id: 'formation-team',
    words: [['formation']],
    before: ['a', 'the', 'this', 'that', 'our', 'their', 'your'],
    notAfter: ['of', 'with', 'in', 'and'],
    expected: ['team', 'side'],
    langs: 'fr',
    originals: 'fr “une formation” (a team, a side; a political party)',
    why: 'French “formation” is also a team or a party; in English a “formation” is how players or troops are arranged',
    tier: 'weak'
  },
  {
    id: 'determine-cause',
    words: [['could', 'can', 'may', 'might', 'will', 'would'], ['determine']],
    span: [1, 2],
    notAfter: ['whether', 'if', 'how', 'what', 'who', 'whom', 'which', 'when', 'where', 'why', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'that', 'this', 'these', 'those', 'each', 'which'],
    expected: ['cause', 'lead to'],
    langs: 'it',
    originals: 'it “potrebbe determinare disagi” (could cause)',
    why: 'Italian “determinare” also means “cause, bring about”; English “determine” means decide or find out',
    tier: 'weak'
  },
  {
    id: 'measurements-polls',
    words: [['measurements']],
    before: ['the', 'latest', 'recent', 'opinion', 'new', 'all'],
    notAfter: ['of', 'taken', 'from', 'were', 'are'],
    expected: ['polls', 'opinion polls'],
    langs: 'el',
    originals: 'el “οι μετρήσεις” (opinion polls)',
    why: 'Greek “μετρήσεις” are also opinion polls; English “measurements” are sizes and quantities',
    tier: 'weak'
  },
  {
    id: 'announced-proclaimed',
    words: [['announced'], ['mayor', 'president', 'governor', 'senator', 'winner', 'champion', 'deputy', 'councillor', 'councilor'], ['of', 'for']],
    span: [0, 1],
    notBefore: ['was', 'were', 'been', 'be', 'is', 'are', 'newly'],
    expected: ['proclaimed', 'declared'],
    langs: 'it es pt fr',
    originals: 'it “proclamato sindaco”; es “proclamado alcalde”; pt “proclamado prefeito”; fr “proclamé maire”',
    why: 'a person is “proclaimed” or “declared” mayor; “announced mayor” reads as if someone announced the mayor',
    tier: 'strong'
  }
]
