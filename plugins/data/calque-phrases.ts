/**
 * Phrase calques of machine-translated news copy: Spanish, Italian, French,
 * Portuguese and German constructions carried word for word into English.
 *
 * Sources:
 * - reporting verbs: the AP Stylebook, entry "said" ("said" is the neutral
 *   attribution verb) and the Reuters Handbook of Journalism, entries "said"
 *   and "attribution"; translationese as a class (source-language structure
 *   showing through in translated text): M. Gellerstam, "Translationese in
 *   Swedish novels translated from English" (1986), M. Baker, "Corpus
 *   linguistics and translation studies" (1993), S. Laviosa, "Corpus-based
 *   Translation Studies" (2002), and for news agencies E. Bielsa and S.
 *   Bassnett, "Translation in Global News" (2009); the grammar of "assure",
 *   "inform", "remind", "notify" (a person object is required: "assured
 *   reporters that"): Merriam-Webster and the Oxford Learner's Dictionary,
 *   verb patterns;
 * - "realise/realize" for "carry out", "assist (at)" for "attend", "in
 *   function of", "foresee" for "provide for": European Court of Auditors,
 *   "Misused English words and expressions in EU publications" (J. Gardner,
 *   2013–2016 editions);
 * - the source constructions ("el también presidente", "el propio
 *   presidente", "el pasado domingo", "el día de ayer", "en declaraciones a",
 *   "presidente del Gobierno", "según fuentes del …"): the Real Academia
 *   Española's "Nueva gramática de la lengua española" (2009) and
 *   "Diccionario panhispánico de dudas"; their English equivalents: the
 *   Reuters Handbook and the AP Stylebook ("Prime Minister Pedro Sánchez",
 *   "told reporters", days of the week without "this");
 * - German "in der Nacht zum Sonntag", "nach eigenen Angaben": Duden, and the
 *   English of the Reuters Handbook ("overnight", "the company said").
 *
 * Each entry names its source-language originals and says why English wire
 * copy does not write it.  "strong" entries are (almost) never English;
 * "weak" entries are also ordinary English ("the court considered that …"),
 * so the rule reports them only next to a quotation or in a document that
 * already shows stronger translationese.
 */

export type Tier = 'strong' | 'weak'

/** A verb of saying followed by "that". */
export interface ThatVerb {
  id: string
  /** Verb forms (one or two words, lower case) → the wire-style verb of the same tense. */
  forms: Readonly<Record<string, string>>
  tier: Tier
  originals: string
  why: string
}

export const THAT_VERBS: readonly ThatVerb[] = [
  {
    id: 'considered-that',
    forms: {considered: 'said', considers: 'says'},
    tier: 'weak',
    originals: 'es “consideró que”; it “ha considerato che”; fr “a considéré que”; pt “considerou que”',
    why: 'in news copy a view given to the press is attributed with “said”'
  },
  {
    id: 'assured-that',
    forms: {assured: 'said', assures: 'says'},
    tier: 'strong',
    originals: 'es “aseguró que”; it “ha assicurato che”; fr “a assuré que”; pt “assegurou que”',
    why: 'English “assure” needs a person (“assured reporters that”); the wire verb is “said” (or “insisted”)'
  },
  {
    id: 'affirmed-that',
    forms: {affirmed: 'said', affirms: 'says'},
    tier: 'weak',
    originals: 'es “afirmó que”; it “ha affermato che”; fr “a affirmé que”; pt “afirmou que”',
    why: 'the neutral attribution verb of English wire copy is “said”'
  },
  {
    id: 'indicated-that',
    forms: {indicated: 'said', indicates: 'says'},
    tier: 'weak',
    originals: 'es “indicó que”; it “ha indicato che”; fr “a indiqué que”; pt “indicou que”',
    why: 'used of a person’s statement, English wire copy says “said”'
  },
  {
    id: 'declared-that',
    forms: {declared: 'said', declares: 'says'},
    tier: 'weak',
    originals: 'es “declaró que”; it “ha dichiarato che”; fr “a déclaré que”; pt “declarou que”',
    why: '“declared” is a loaded verb in English; a statement to the press is “said”'
  },
  {
    id: 'specified-that',
    forms: {specified: 'said', specifies: 'says'},
    tier: 'weak',
    originals: 'es “precisó que”; it “ha precisato che”; fr “a précisé que”; pt “precisou que”',
    why: 'used of a person’s statement, English wire copy says “said” or “added”'
  },
  {
    id: 'underlined-that',
    forms: {underlined: 'stressed', underlines: 'stresses'},
    tier: 'weak',
    originals: 'es “subrayó que”; it “ha sottolineato che”; fr “a souligné que”; pt “sublinhou que”',
    why: 'English wire copy says “stressed” or “said”'
  },
  {
    id: 'recalled-that',
    forms: {recalled: 'noted', recalls: 'notes'},
    tier: 'weak',
    originals: 'es “recordó que”; it “ha ricordato che”; fr “a rappelé que”; pt “lembrou que”',
    why: 'English “recalled” means “remembered”; pointing out a known fact is “noted” or “said”'
  },
  {
    id: 'highlighted-that',
    forms: {highlighted: 'stressed', highlights: 'stresses'},
    tier: 'weak',
    originals: 'es “destacó que”; it “ha evidenziato che”; fr “a mis en avant que”; pt “destacou que”',
    why: 'English wire copy says “stressed”, “noted” or “said”'
  },
  {
    id: 'informed-that',
    forms: {informed: 'said', informs: 'says'},
    tier: 'strong',
    originals: 'es “informó que”; it “ha informato che”; fr “a informé que”; pt “informou que”',
    why: 'English “inform” needs a person (“informed parliament that”); otherwise “said” or “reported”'
  },
  {
    id: 'reminded-that',
    forms: {reminded: 'noted', reminds: 'notes'},
    tier: 'strong',
    originals: 'es “recordó que”; it “ha ricordato che”; fr “a rappelé que”; pt “lembrou que”',
    why: 'English “remind” needs a person (“reminded voters that”); otherwise “noted” or “said”'
  },
  {
    id: 'notified-that',
    forms: {notified: 'said', notifies: 'says'},
    tier: 'strong',
    originals: 'es “notificó que”; it “ha notificato che”; fr “a notifié que”; pt “notificou que”',
    why: 'English “notify” needs a person or body (“notified the court that”)'
  },
  {
    id: 'manifested-that',
    forms: {manifested: 'said', manifests: 'says'},
    tier: 'strong',
    originals: 'es “manifestó que”; it “ha manifestato che”; pt “manifestou que”',
    why: 'English “manifest” is not a verb of saying'
  },
  {
    id: 'expressed-that',
    forms: {expressed: 'said', expresses: 'says'},
    tier: 'strong',
    originals: 'es “expresó que”; it “ha espresso che”; fr “a exprimé que”; pt “expressou que”',
    why: 'English “express” takes a noun (“expressed hope that”), not a clause'
  },
  {
    id: 'denounced-that',
    forms: {denounced: 'complained', denounces: 'complains'},
    tier: 'strong',
    originals: 'es “denunció que”; it “ha denunciato che”; fr “a dénoncé que”; pt “denunciou que”',
    why: 'English “denounce” takes a noun (“denounced the arrests”); a claim is “complained that”, “alleged that” or “said”'
  },
  {
    id: 'celebrated-that',
    forms: {celebrated: 'welcomed the fact', celebrates: 'welcomes the fact'},
    tier: 'strong',
    originals: 'es “celebró que”; it “ha celebrato che”; pt “celebrou que”',
    why: 'English “celebrate” takes a noun; approval of a fact is “welcomed …” or “hailed …”'
  },
  {
    id: 'sustained-that',
    forms: {sustained: 'maintained', sustains: 'maintains'},
    tier: 'strong',
    originals: 'es “sostuvo que”; it “ha sostenuto che”; fr “a soutenu que”; pt “sustentou que”',
    why: 'English “sustain” is not a verb of saying: “maintained” or “argued”'
  },
  {
    id: 'communicated-that',
    forms: {communicated: 'announced', communicates: 'announces'},
    tier: 'strong',
    originals: 'es “comunicó que”; it “ha comunicato che”; fr “a communiqué que”; pt “comunicou que”',
    why: 'English “communicate” takes a noun; a statement is “announced” or “said”'
  },
  {
    id: 'stood-out-that',
    forms: {'stood out': 'stressed', 'stands out': 'stresses'},
    tier: 'strong',
    originals: 'es “destacó que”; pt “destacou que”',
    why: '“stand out” cannot take a clause: “stressed” or “noted”'
  },
  {
    // English "tell" names its hearer ("told reporters that"): Quirk et al.
    // §16.34, Swan "say and tell"; the hearerless "told that" is the source
    // verb of saying ("elmondta, hogy", "рассказал, что", "contó que").
    id: 'told-that',
    forms: {told: 'said', tells: 'says'},
    tier: 'strong',
    originals: 'hu “elmondta, hogy”; ru “рассказал, что”; es “contó que”; it “ha raccontato che”',
    why: 'English “tell” needs the person told (“told reporters that”); without one, the verb is “said”'
  }
]

/**
 * Subjects before a weak verb of saying that show ordinary English: things
 * and bodies that "indicate", "specify" or "consider" ("the report indicates
 * that", "the court considered that", "this indicates that").
 */
export const IMPERSONAL_SUBJECTS: ReadonlySet<string> = new Set([
  'report', 'reports', 'study', 'studies', 'research', 'survey', 'surveys', 'data', 'figures', 'evidence',
  'statement', 'document', 'documents', 'text', 'note', 'reading', 'readings', 'results', 'result', 'poll',
  'polls', 'analysis', 'index', 'chart', 'graph', 'table', 'law', 'laws', 'rule', 'rules', 'regulation',
  'regulations', 'court', 'courts', 'tribunal', 'judge', 'judges', 'jury', 'ruling', 'judgment', 'judgement',
  'contract', 'agreement', 'magazine', 'list', 'map', 'image', 'images', 'footage', 'video', 'record',
  'records', 'message', 'letter', 'email', 'sign', 'signs', 'trend', 'model', 'forecast', 'projection',
  'experience', 'history', 'it', 'this', 'that', 'which', 'what', 'article', 'clause', 'section', 'paper',
  'findings', 'test', 'tests', 'sample', 'samples', 'statistics', 'numbers', 'count', 'census', 'audit',
  'review', 'inquiry', 'investigation', 'assessment', 'estimate', 'estimates', 'indicator', 'indicators',
  'guidance', 'guidelines', 'policy', 'bill', 'draft', 'decree', 'treaty', 'constitution', 'legislation'
])

/** Tense forms of a replacement verb. */
export interface VerbForms {
  base: string
  s: string
  ed: string
  ing: string
}

/** A verb + object collocation: "realized a visit" (realizó una visita) → "made a visit". */
export interface VerbObject {
  id: string
  /** The calqued verb's forms, lower case → tense. */
  forms: Readonly<Record<string, keyof VerbForms>>
  /** A preposition the calque puts between the verb and its object ("assisted to the meeting"). */
  link?: string
  /** Objects and the English verb each takes. */
  objects: ReadonlyArray<{nouns: readonly string[]; verb: VerbForms; keepLink?: boolean}>
  tier: Tier
  originals: string
  why: string
}

const MAKE: VerbForms = {base: 'make', s: 'makes', ed: 'made', ing: 'making'}
const HOLD: VerbForms = {base: 'hold', s: 'holds', ed: 'held', ing: 'holding'}
const CARRY_OUT: VerbForms = {base: 'carry out', s: 'carries out', ed: 'carried out', ing: 'carrying out'}
const ATTEND: VerbForms = {base: 'attend', s: 'attends', ed: 'attended', ing: 'attending'}
const FILE: VerbForms = {base: 'file', s: 'files', ed: 'filed', ing: 'filing'}

const VISITS = ['visit', 'visits', 'trip', 'trips', 'tour', 'tours', 'journey', 'stopover', 'call', 'calls', 'statement', 'statements']
const GATHERINGS = [
  'meeting', 'meetings', 'vote', 'votes', 'election', 'elections', 'ceremony', 'ceremonies', 'session', 'sessions',
  'rally', 'rallies', 'march', 'marches', 'protest', 'protests', 'demonstration', 'demonstrations', 'event',
  'events', 'concert', 'concerts', 'conference', 'conferences', 'summit', 'summits', 'referendum', 'mass',
  'funeral', 'tribute', 'strike', 'strikes', 'talks', 'primaries', 'plenary', 'congress', 'assembly',
  'hearing', 'hearings', 'trial', 'debate', 'debates', 'consultation', 'consultations', 'celebration',
  'celebrations', 'vigil', 'vigils', 'minute'
]
const OPERATIONS = [
  'study', 'studies', 'analysis', 'analyses', 'inspection', 'inspections', 'operation', 'operations', 'raid',
  'raids', 'search', 'searches', 'investigation', 'investigations', 'test', 'tests', 'census', 'survey',
  'surveys', 'audit', 'audits', 'review', 'attack', 'attacks', 'exercise', 'exercises', 'maneuvers',
  'manoeuvres', 'evaluation', 'evaluations', 'assessment', 'assessments', 'interview', 'interviews',
  'arrests', 'checks', 'controls', 'patrols', 'activities', 'actions', 'bombing', 'bombings', 'airstrikes',
  'strikes', 'tasks', 'work', 'works', 'repairs', 'evacuation', 'evacuations', 'rescue', 'autopsy',
  'autopsies', 'transfer', 'transfers', 'payment', 'payments', 'purchase', 'purchases', 'sale', 'sales'
]
const EVENTS = [
  'meeting', 'meetings', 'ceremony', 'conference', 'session', 'mass', 'funeral', 'concert', 'match', 'game',
  'event', 'inauguration', 'summit', 'premiere', 'wedding', 'rally', 'celebration', 'parade', 'presentation',
  'screening', 'opening', 'gala', 'hearing', 'trial', 'congress', 'assembly', 'debate', 'act', 'forum',
  'launch', 'show', 'festival', 'party', 'commemoration', 'tribute', 'march', 'protest', 'demonstration',
  'talks', 'vigil', 'swearing-in', 'investiture', 'coronation', 'final', 'race', 'exhibition', 'fair'
]

export const VERB_OBJECTS: readonly VerbObject[] = [
  {
    id: 'realize-visit',
    forms: {
      realize: 'base', realizes: 's', realized: 'ed', realizing: 'ing',
      realise: 'base', realises: 's', realised: 'ed', realising: 'ing'
    },
    objects: [
      {nouns: VISITS, verb: MAKE},
      {nouns: GATHERINGS.filter((n) => n !== 'strikes'), verb: HOLD},
      {nouns: OPERATIONS, verb: CARRY_OUT}
    ],
    tier: 'strong',
    originals: 'es “realizar una visita / una reunión / un estudio”; it “realizzare uno studio”; fr “réaliser une étude”; pt “realizar uma visita”',
    why: 'English “realize” means “become aware of” or “achieve” (a profit, a dream); a visit is “made”, a meeting “held”, a study “carried out”'
  },
  {
    id: 'celebrate-elections',
    forms: {celebrate: 'base', celebrates: 's', celebrated: 'ed', celebrating: 'ing'},
    objects: [
      {
        nouns: [
          'elections', 'meeting', 'meetings', 'session', 'sessions', 'summit', 'talks', 'trial', 'hearing',
          'primaries', 'plenary', 'congress', 'conference', 'assembly', 'runoff', 'run-off'
        ],
        verb: HOLD
      }
    ],
    tier: 'strong',
    originals: 'es “celebrar elecciones / una reunión”; it “celebrare un processo”; pt “celebrar uma reunião”',
    why: 'English “celebrate” means “mark with festivities”; elections and meetings are “held”'
  },
  {
    id: 'assist-to',
    forms: {assist: 'base', assists: 's', assisted: 'ed', assisting: 'ing'},
    link: 'to',
    objects: [{nouns: EVENTS, verb: ATTEND}],
    tier: 'strong',
    originals: 'es “asistir a la reunión”; it “assistere alla cerimonia”; fr “assister à la réunion”; pt “assistir à cerimónia”',
    why: 'English “assist” means “help”; being present at an event is “attend”'
  },
  {
    id: 'present-complaint',
    forms: {present: 'base', presents: 's', presented: 'ed', presenting: 'ing'},
    objects: [{nouns: ['complaint', 'complaints', 'denunciation', 'denunciations', 'lawsuit', 'lawsuits'], verb: FILE}],
    tier: 'strong',
    originals: 'es “presentar una denuncia / una demanda”; it “presentare una denuncia”; fr “porter plainte”; pt “apresentar uma queixa”',
    why: 'a complaint or lawsuit is “filed” (or “lodged”) in English'
  }
]

/**
 * Fixed word sequences.  `words` gives the alternatives at each position
 * (lower case; "#weekday", "#month", "#number" stand for classes); `span` the
 * flagged positions [from, to) (default: all); `expected` the candidates,
 * where "$n" is the n-th matched word as written.
 */
export interface PhraseCalque {
  id: string
  words: ReadonlyArray<readonly string[]>
  span?: readonly [number, number]
  expected: readonly string[]
  /** The word before the match must not be one of these. */
  notBefore?: readonly string[]
  /** The word before the match (one space between) must be one of these; "#cap": a capitalised word. Lets an entry start at its rare word. */
  before?: readonly string[]
  /** The word after the match must not be one of these. */
  notAfter?: readonly string[]
  /** The word after the match must be one of these (classes allowed; "#word": any word, no punctuation between). */
  followedBy?: readonly string[]
  /** The match must end its clause: followed by . ; : ! ? ) or the end of the paragraph … */
  endOfClause?: boolean
  /** … or be followed by one of these words ("the occupants of the same were …"). */
  followedByAlso?: readonly string[]
  /** Positions whose word must be written in lower case ("march", not "March"). */
  lowerCase?: readonly number[]
  /** Positions whose word must start with a capital (a name). */
  capitalised?: readonly number[]
  /** A position whose word must be a given name the name lists call female or male (plugins/support/given-names.ts). */
  givenName?: number
  /** A position whose word must be a name: not a dictionary word in lower case ("Democrats" is one). */
  properNameAt?: number
  /** A position whose word (lower case) must not be one of these. */
  notWordAt?: readonly [number, readonly string[]]
  /** A position before the last whose word may carry a possessive ("head of Britain’s diplomacy"). */
  possessiveAt?: number
  tier: Tier
  originals: string
  why: string
}

const WEEKDAY = ['#weekday']

export const PHRASES: readonly PhraseCalque[] = [
  {
    id: 'the-also',
    words: [['the'], ['also']],
    expected: ['who is also'],
    followedBy: ['#word'],
    tier: 'strong',
    originals: 'es “el también presidente …”; it “il anche presidente …”; pt “o também presidente …”',
    why: 'English cannot put “also” between an article and its noun: write “X, who is also president of …”'
  },
  {
    id: 'the-own',
    words: [['the'], ['own']],
    expected: ['the'],
    followedBy: ['#word'],
    notAfter: ['goal', 'goals', 'goalscorer', 'brand', 'brands', 'label', 'labels', 'way', 'right', 'rights'],
    tier: 'strong',
    originals: 'es “el propio presidente”; it “lo stesso presidente”; pt “o próprio presidente”; fr “le propre …”',
    why: 'English “own” follows a possessive (“its own”); “el propio presidente” is “the president himself”'
  },
  {
    id: 'in-declarations-to',
    words: [['in'], ['declarations'], ['to', 'for', 'made', 'given']],
    expected: ['in remarks to', 'in comments to'],
    tier: 'strong',
    originals: 'es “en declaraciones a”; it “in dichiarazioni a”; fr “dans des déclarations à”; pt “em declarações a”',
    why: 'English wire copy says “told …” or “in remarks to …”'
  },
  {
    id: 'in-declarations-with',
    words: [['in'], ['declarations'], ['with']],
    expected: ['in an interview with'],
    tier: 'strong',
    originals: 'es “en declaraciones con”; pt “em declarações com”',
    why: 'English wire copy says “told …” or “in an interview with …”'
  },
  {
    id: 'declared-to-reporters',
    words: [['declared', 'stated', 'assured', 'affirmed', 'manifested', 'indicated'], ['to'], ['reporters', 'journalists', 'journalist', 'reporter', 'press', 'media']],
    span: [0, 2],
    expected: ['told'],
    tier: 'strong',
    originals: 'es “declaró / aseguró a los periodistas”; it “ha dichiarato ai giornalisti”; fr “a déclaré aux journalistes”; pt “declarou aos jornalistas”',
    why: 'English wire copy says “told reporters”'
  },
  {
    id: 'declared-to-the-press',
    words: [
      ['declared', 'stated', 'assured', 'affirmed', 'manifested', 'indicated'],
      ['to'],
      ['the', 'a', 'local', 'state', 'public', 'several'],
      ['press', 'media', 'newspaper', 'agency', 'radio', 'channel', 'broadcaster', 'station', 'network', 'daily', 'television', 'reporters', 'journalists', 'outlet', 'magazine', 'weekly', 'newspapers']
    ],
    span: [0, 2],
    expected: ['told'],
    tier: 'strong',
    originals: 'es “declaró a la prensa / al diario”; it “ha dichiarato al quotidiano”; fr “a déclaré à la presse”; pt “declarou à imprensa”',
    why: 'English wire copy says “told the newspaper / told reporters”'
  },
  {
    id: 'the-same-pronoun',
    words: [['of', 'in', 'from', 'with', 'for', 'on', 'by', 'about', 'into', 'within', 'against', 'during', 'through', 'inside', 'towards', 'toward'], ['the'], ['same']],
    span: [1, 3],
    expected: ['it', 'them'],
    endOfClause: true,
    followedByAlso: ['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'must', 'should'],
    notBefore: [
      'more', 'much', 'all', 'lots', 'lot', 'plenty', 'one', 'some', 'any', 'none', 'both', 'two', 'three', 'several',
      'many', 'few', 'number', 'amount', 'rest', 'part', 'made', 'dressed', 'same', 'kind', 'sort', 'type', 'way',
      'feel', 'feels', 'felt', 'think', 'thinks', 'thought', 'say', 'says', 'said', 'do', 'does', 'did', 'doing'
    ],
    tier: 'strong',
    originals: 'es “el mismo / la misma” (pronoun); it “lo stesso / la stessa”; pt “o mesmo / a mesma”',
    why: '“the same” is not an English pronoun in news copy: use “it”, “its”, “them”'
  },
  {
    id: 'president-of-the-government',
    words: [['president'], ['of'], ['the'], ['government']],
    expected: ['prime minister'],
    notBefore: ['vice', 'deputy', 'first'],
    notAfter: ['of'],
    tier: 'strong',
    originals: 'es “presidente del Gobierno”; it “presidente del Consiglio” (“President of the Council”)',
    why: 'the head of government of Spain (and of Italy) is the prime minister in English'
  },
  {
    id: 'president-of-the-spanish-government',
    words: [['president'], ['of'], ['the'], ['spanish'], ['government']],
    expected: ['Spanish prime minister'],
    notBefore: ['vice', 'deputy', 'first'],
    tier: 'strong',
    originals: 'es “presidente del Gobierno español”',
    why: 'the head of government of Spain is the prime minister in English'
  },
  {
    id: 'vice-president-of-the-government',
    words: [['vice'], ['president'], ['of'], ['the'], ['government']],
    expected: ['deputy prime minister'],
    notAfter: ['of'],
    tier: 'strong',
    originals: 'es “vicepresidente del Gobierno”',
    why: 'Spain’s “vicepresidente del Gobierno” is a deputy prime minister in English'
  },
  {
    id: 'vice-president-of-the-government',
    words: [['vice-president', 'vicepresident'], ['of'], ['the'], ['government']],
    expected: ['deputy prime minister'],
    notAfter: ['of'],
    tier: 'strong',
    originals: 'es “vicepresidente del Gobierno”',
    why: 'Spain’s “vicepresidente del Gobierno” is a deputy prime minister in English'
  },
  {
    id: 'president-of-the-council',
    words: [['president'], ['of'], ['the'], ['council'], ['of'], ['ministers']],
    expected: ['prime minister'],
    notBefore: ['vice', 'deputy'],
    tier: 'strong',
    originals: 'it “presidente del Consiglio dei ministri”; pt “presidente do Conselho de Ministros”',
    why: 'Italy’s “presidente del Consiglio” is the prime minister in English'
  },
  {
    id: 'elections-were-celebrated',
    words: [
      ['elections', 'election', 'referendum', 'primaries', 'runoff', 'meeting', 'meetings', 'session', 'sessions', 'trial', 'hearing', 'summit', 'congress', 'talks', 'plenary', 'assembly'],
      ['was', 'were', 'is', 'are', 'be', 'been'],
      ['celebrated']
    ],
    span: [2, 3],
    expected: ['held'],
    tier: 'strong',
    originals: 'es “se celebraron elecciones”, “la reunión fue celebrada”; it “si è celebrato il processo”; pt “foram celebradas eleições”',
    why: 'English “celebrate” means “mark with festivities”; elections and meetings are “held”'
  },
  {
    id: 'in-function-of',
    words: [['in'], ['function'], ['of']],
    expected: ['depending on', 'according to'],
    tier: 'strong',
    originals: 'es “en función de”; it “in funzione di”; fr “en fonction de”; pt “em função de”',
    why: 'English says “depending on” or “according to”'
  },
  {
    id: 'the-day-of-yesterday',
    words: [['the'], ['day'], ['of'], ['yesterday', 'today', 'tomorrow']],
    expected: ['$4'],
    tier: 'strong',
    originals: 'es “el día de ayer / de hoy / de mañana”; pt “o dia de ontem / de hoje”',
    why: 'English says “yesterday”, “today”, “tomorrow” (wire copy: the day of the week)'
  },
  {
    id: 'yesterday-weekday',
    words: [['yesterday', 'today', 'tomorrow'], WEEKDAY],
    expected: ['on $2'],
    tier: 'strong',
    originals: 'es “ayer domingo”, “hoy lunes”; it “ieri domenica”; fr “hier dimanche”; pt “ontem domingo”',
    why: 'English wire copy names the day once: “on Sunday”'
  },
  {
    id: 'night-to-weekday',
    words: [['in', 'during', 'on'], ['the'], ['night'], ['to', 'towards'], WEEKDAY],
    expected: ['overnight into $5'],
    tier: 'strong',
    originals: 'de “in der Nacht zum Sonntag”; fr “dans la nuit vers dimanche”',
    why: 'English says “overnight into Sunday” or “on Saturday night”'
  },
  {
    id: 'night-from-weekday-to-weekday',
    words: [['night'], ['from', 'of'], WEEKDAY, ['to'], WEEKDAY],
    expected: ['$3 night', 'night of $3 into $5'],
    tier: 'strong',
    originals: 'es “la noche del sábado al domingo”; fr “la nuit de samedi à dimanche”; it “la notte tra sabato e domenica”; de “die Nacht von Samstag auf Sonntag”',
    why: 'English says “Saturday night” or “overnight Saturday”'
  },
  {
    id: 'in-the-morning-of',
    words: [['in'], ['the'], ['morning', 'afternoon', 'evening', 'night'], ['of']],
    expected: ['on the $3 of'],
    followedBy: ['#weekday', '#month', '#number', 'this', 'last', 'yesterday', 'today'],
    tier: 'strong',
    originals: 'es “en la mañana / la noche del domingo”; it “nella mattinata di domenica”; fr “dans la nuit de dimanche”; pt “na manhã de domingo”',
    why: 'English says “on the morning of” (wire copy: “on Sunday morning”)'
  },
  {
    id: 'according-to-sources-of',
    words: [['according'], ['to'], ['sources'], ['of'], ['the']],
    span: [2, 4],
    expected: ['sources in', 'sources at'],
    tier: 'strong',
    originals: 'es “según fuentes del Ministerio”; it “secondo fonti del ministero”; fr “selon des sources du ministère”; pt “segundo fontes do ministério”',
    why: 'English says “sources in the ministry” or “sources at the ministry”'
  },
  {
    id: 'according-to-own',
    words: [['according'], ['to'], ['own'], ['statements', 'information', 'data', 'figures', 'estimates', 'accounts', 'details', 'reports', 'calculations', 'account']],
    expected: ['by its own account'],
    tier: 'strong',
    originals: 'de “nach eigenen Angaben”',
    why: 'English wire copy says “by its own account” or ends with “…, the company said”'
  },
  {
    id: 'in-the-next-days',
    words: [['in', 'over', 'during', 'within'], ['the'], ['next'], ['days', 'weeks', 'months']],
    span: [1, 4],
    expected: ['the coming $4', 'the next few $4'],
    notAfter: ['of', 'after', 'before'],
    tier: 'weak',
    originals: 'es “en los próximos días”; it “nei prossimi giorni”; fr “dans les prochains jours”; pt “nos próximos dias”',
    why: 'English says “in the coming days” or “in the next few days”'
  },
  {
    id: 'effectives',
    words: [['effectives']],
    expected: ['officers', 'troops'],
    tier: 'strong',
    originals: 'es “efectivos” (police officers, troops); it “effettivi”; fr “effectifs”; pt “efetivos”',
    why: '“effectives” is not an English noun for police officers or soldiers'
  },
  ...(
    [
      ['foresees', 'provides for'],
      ['foresee', 'provide for'],
      ['foresaw', 'provided for']
    ] as const
  ).map(([verb, fix]) => ({
    id: 'plan-foresees',
    words: [
      [
        'plan', 'plans', 'budget', 'budgets', 'law', 'laws', 'bill', 'bills', 'agreement', 'agreements', 'deal', 'accord',
        'text', 'draft', 'reform', 'decree', 'contract', 'programme', 'program', 'project', 'proposal', 'regulation',
        'directive', 'treaty', 'measure', 'scheme', 'strategy', 'package', 'constitution', 'statute', 'statutes',
        'rules', 'legislation', 'initiative', 'protocol', 'roadmap', 'pact'
      ],
      [verb]
    ],
    span: [1, 2] as const,
    expected: [fix, 'envisages'],
    tier: 'strong' as const,
    originals: 'es “el plan prevé”; it “il piano prevede”; fr “le plan prévoit”; pt “o plano prevê”; de “der Plan sieht vor”',
    why: 'English “foresee” means “predict”; what a plan or law lays down it “provides for” or “envisages”'
  })),
  ...(
    [
      ['put', 'set in motion'],
      ['puts', 'sets in motion'],
      ['putting', 'setting in motion']
    ] as const
  ).map(([verb, fix]) => ({
    id: 'put-in-march',
    words: [[verb], ['in', 'into'], ['march']],
    expected: [fix],
    lowerCase: [2],
    tier: 'strong' as const,
    originals: 'es “poner en marcha”; it “mettere in marcia”; pt “pôr em marcha”',
    why: 'English says “set in motion”, “launch” or “start”'
  })),
  // Constructions of issue 17 (sources: the Real Academia Española's
  // "Diccionario panhispánico de dudas" for "en el marco de", "contar con la
  // presencia de", "el pasado 7 de diciembre", "en materia de"; the
  // Accademia della Crusca for "lo ha affermato"; the English of the Reuters
  // Handbook and the AP Stylebook: dates without "last", "said" first).
  {
    id: 'last-date',
    words: [['last'], ['#month'], ['#number']],
    expected: ['on $2 $3'],
    notAfter: ['and'],
    tier: 'strong',
    originals: 'es “el pasado 7 de diciembre”; it “lo scorso 7 dicembre”; pt “no passado dia 7 de dezembro”',
    why: 'a full date needs no “last” in English wire copy (AP, Reuters: “on Dec. 7”); “last” belongs with a weekday or a month alone'
  },
  {
    id: 'next-date',
    words: [['next'], ['#month'], ['#number']],
    expected: ['on $2 $3'],
    notAfter: ['and'],
    tier: 'strong',
    originals: 'es “el próximo 22 de enero”; it “il prossimo 22 gennaio”; pt “no próximo dia 22 de janeiro”; fr “le prochain 22 janvier”',
    why: 'a full date needs no “next” in English wire copy (AP, Reuters: “on Jan. 22”); “next” belongs with a weekday or a month alone'
  },
  {
    id: 'damages-caused',
    words: [['damages'], ['caused', 'suffered', 'inflicted', 'generated', 'produced']],
    span: [0, 1],
    expected: ['damage'],
    tier: 'strong',
    originals: 'es “los daños causados”; pt “os danos causados”; it “i danni causati”; fr “les dommages causés”',
    why: 'in English “damages” is money a court awards; harm done is “damage” (uncountable)'
  },
  {
    id: 'in-the-framework-of',
    words: [['in'], ['the'], ['framework'], ['of']],
    expected: ['under', 'as part of'],
    notBefore: ['within'],
    tier: 'strong',
    originals: 'es “en el marco de”; it “nell’ambito di / nel quadro di”; fr “dans le cadre de”; pt “no âmbito de / no quadro de”',
    why: 'English wire copy says “under”, “as part of” or “during” (“as part of the agreement”, “during the summit”)'
  },
  {
    id: 'counted-with-the-presence',
    words: [['counted', 'counts', 'count', 'counting'], ['with', 'on'], ['the'], ['presence', 'participation', 'attendance']],
    expected: ['was attended by', 'was joined by'],
    tier: 'strong',
    originals: 'es “contó con la presencia de”; pt “contou com a presença de”; it “ha contato sulla presenza di”',
    why: 'English says “was attended by …” or “… attended”'
  },
  // Generative classes (issue 17): a construction of the source language
  // with any name or number in it, sourced by its grammar.
  {
    // The Russian/Ukrainian/Italian formula opening a sentence; "This was
    // reported by" (a publication) is ordinary English and stays weak below.
    id: 'this-was-stated-by-opening',
    words: [['this'], ['was'], ['stated', 'declared', 'affirmed', 'announced', 'communicated'], ['by']],
    capitalised: [0],
    expected: [],
    tier: 'strong',
    originals: 'ru “Об этом заявил …”; uk “Про це заявив …”; it “Lo ha dichiarato …”; kk “Бұл туралы … мәлімдеді”',
    why: 'English opens with the speaker: “Prime Minister X said …” rather than “This was stated by Prime Minister X”'
  },
  {
    // es "el jefe de la diplomacia brasileña", fr "le chef de la diplomatie
    // britannique", it "il capo della diplomazia", pt "o chefe da
    // diplomacia" (each language's press name for the foreign minister);
    // English: "foreign minister" (Reuters Handbook, AP Stylebook).
    id: 'head-of-diplomacy',
    words: [['head', 'chief'], ['of'], ['#word'], ['diplomacy']],
    capitalised: [2],
    possessiveAt: 2,
    expected: ['foreign minister'],
    tier: 'strong',
    originals: 'es “el jefe de la diplomacia brasileña”; fr “le chef de la diplomatie britannique”; it “il capo della diplomazia”; pt “o chefe da diplomacia”',
    why: 'English calls the person the foreign minister (or foreign secretary, secretary of state)'
  },
  {
    id: 'head-of-the-diplomacy',
    words: [['head', 'chief'], ['of'], ['the'], ['#word'], ['diplomacy']],
    capitalised: [3],
    expected: ['foreign minister'],
    tier: 'strong',
    originals: 'es “el jefe de la diplomacia rusa”; fr “le chef de la diplomatie russe”; it “il capo della diplomazia russa”',
    why: 'English calls the person the foreign minister (or foreign secretary, secretary of state)'
  },
  {
    // es "un niño de 3 años", fr "un enfant de 3 ans", it "un bambino di 3
    // anni", pt "uma criança de 3 anos": English puts the age before the
    // noun, hyphenated ("a 3-year-old child"; AP Stylebook, "ages").
    id: 'person-of-years-old',
    words: [['child', 'boy', 'girl', 'man', 'woman', 'baby', 'toddler', 'teenager', 'youth', 'person', 'pensioner'], ['of'], ['#number', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'], ['years', 'year'], ['old']],
    expected: ['$3-year-old $1'],
    tier: 'strong',
    originals: 'es “un niño de 3 años”; fr “un enfant de 3 ans”; it “un bambino di 3 anni”; pt “uma criança de 3 anos”',
    why: 'English puts the age before the noun: “a 3-year-old child”'
  },
  {
    id: 'person-of-months-old',
    words: [['child', 'boy', 'girl', 'man', 'woman', 'baby', 'toddler', 'teenager', 'youth', 'person', 'pensioner'], ['of'], ['#number', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'], ['months', 'month'], ['old']],
    expected: ['$3-month-old $1'],
    tier: 'strong',
    originals: 'es “un bebé de 3 meses”; fr “un bébé de 3 mois”; it “un bambino di 3 mesi”',
    why: 'English puts the age before the noun: “a 3-month-old baby”'
  },
  {
    // ru "десятки людей", uk "десятки", ar "عشرات", id "puluhan", zh "数十":
    // counted people and things are "dozens" in English ("tens of" goes with
    // "thousands"; "a few tens of metres" is a measure).
    id: 'tens-of-people',
    words: [['tens'], ['of'], ['people', 'persons', 'civilians', 'soldiers', 'fighters', 'rebels', 'militants', 'terrorists', 'insurgents', 'protesters', 'demonstrators', 'victims', 'residents', 'children', 'migrants', 'refugees', 'homes', 'houses', 'buildings', 'vehicles', 'cars', 'villages', 'towns', 'families', 'journalists', 'prisoners', 'detainees', 'workers', 'students', 'casualties', 'deaths', 'dead', 'wounded', 'injured']],
    expected: ['dozens of'],
    span: [0, 2],
    tier: 'strong',
    originals: 'ru “десятки людей”; uk “десятки”; ar “عشرات”; id “puluhan”; zh “数十”',
    why: 'English counts people and things in “dozens” (“tens of” goes with “thousands” and “millions”)'
  },
  {
    // ru "отвечая на вопрос журналиста", uk "відповідаючи на питання": the
    // asker follows "of"; English "answering a question from" (or "asked by
    // … , she said").  "the question of whether/how …" is English.
    id: 'answering-the-question-of',
    words: [['answering'], ['the', 'a'], ['question'], ['of']],
    notAfter: ['whether', 'how', 'what', 'why', 'who', 'when', 'where', 'which', 'if'],
    followedBy: ['#word'],
    expected: ['answering a question from'],
    tier: 'strong',
    originals: 'ru “отвечая на вопрос журналиста”; uk “відповідаючи на питання”; es “respondiendo a la pregunta de”',
    why: 'English names the asker with “from”: “answering a question from a reporter”'
  },
  {
    // Nonstandard in English: Garner's Modern English Usage (4th ed., 2016),
    // "regardless"; Merriam-Webster, usage note on "regardless of whether".
    // es "independientemente de si", ro "indiferent dacă", pl "niezależnie od tego, czy".
    id: 'regardless-if',
    words: [['regardless'], ['if']],
    expected: ['regardless of whether'],
    tier: 'strong',
    originals: 'es “independientemente de si”; ro “indiferent dacă”; pl “niezależnie od tego, czy”; it “a prescindere se”',
    why: 'English says “regardless of whether”'
  },
  {
    // it "il sindaco Pippo Rossi", es "el alcalde Juan Pérez", fr "le maire
    // Jean Dupont", pt "o prefeito João Silva": English puts the title
    // before the name without "the" ("Mayor Juan Pérez") or sets the name off
    // ("the mayor, Juan Pérez,"); AP Stylebook, "titles".  The first name must
    // be no dictionary word ("the mayor Green Party" is no match).
    id: 'the-title-given-name',
    words: [['the'], ['mayor', 'governor', 'senator', 'minister', 'councillor', 'councilor', 'prefect', 'premier', 'chancellor', 'pope'], ['#word'], ['#word']],
    lowerCase: [1],
    capitalised: [2, 3],
    properNameAt: 2,
    span: [0, 2],
    expected: [],
    tier: 'strong',
    originals: 'it “il sindaco Pippo Rossi”; es “el alcalde Juan Pérez”; fr “le maire Jean Dupont”; pt “o prefeito João Silva”',
    why: 'English puts a title straight before the name (“Mayor Juan Pérez”) or sets the name off with commas (“the mayor, Juan Pérez,”)'
  },
  {
    // es "obligaciones con la organización", pt "obrigações com", it
    // "obblighi con": English owes obligations "to" someone.
    id: 'obligations-with',
    words: [['obligations', 'obligation'], ['with']],
    followedBy: ['the', 'its', 'their', 'his', 'her', 'our'],
    span: [1, 2],
    expected: ['to'],
    tier: 'strong',
    originals: 'es “obligaciones con la organización”; pt “obrigações com”; it “obblighi con”',
    why: 'English owes obligations “to” a body or a person'
  },
  {
    // es "un acto con los socialistas", "durante el acto", pt "um ato com",
    // it "un atto", fr "un acte": the public event of a party or a
    // government is an "act" in the source; English says "event" or
    // "rally" ("caught in the act with" has no such word before it).
    id: 'an-act-event',
    words: [['an', 'the'], ['act'], ['with', 'held', 'attended', 'organized', 'organised', 'presided', 'marking', 'commemorating']],
    before: ['during', 'at', 'attended', 'held', 'organized', 'organised', 'headed', 'led'],
    span: [0, 2],
    expected: ['$1 event'],
    tier: 'strong',
    originals: 'es “durante un acto con los socialistas”; pt “em um ato com”; it “durante un atto con”',
    why: 'English calls a public or political gathering an “event”, a “ceremony” or a “rally”'
  },
  {
    // es "entrenó a ese gran equipo", pt "treinou o time", it "ha allenato la
    // squadra": the source verb means "coach"; English "train a team" is
    // teaching it skills ("trained a team of volunteers" is left alone).
    id: 'trained-the-team',
    words: [['trained'], ['the', 'that', 'this', 'his', 'their'], ['team', 'club', 'squad', 'side']],
    notAfter: ['of', 'to', 'for', 'in', 'how'],
    span: [0, 1],
    expected: ['coached'],
    tier: 'strong',
    originals: 'es “entrenó a ese equipo”; pt “treinou o time”; it “ha allenato la squadra”; fr “a entraîné l’équipe”',
    why: 'English says a manager “coached” or “managed” a team'
  },
  {
    id: 'trained-the-adjective-team',
    words: [['trained'], ['the', 'that', 'this', 'his', 'their'], ['#word'], ['team', 'club', 'squad', 'side']],
    notAfter: ['of', 'to', 'for', 'in', 'how'],
    span: [0, 1],
    expected: ['coached'],
    tier: 'strong',
    originals: 'es “entrenó a ese gran equipo”; pt “treinou o grande time”; it “ha allenato la grande squadra”',
    why: 'English says a manager “coached” or “managed” a team'
  },
  {
    // es "el tráfico de migrantes indocumentados" in the sense of their
    // movement: English "traffic" of people is "trafficking" (a crime) or
    // "flow" (movement).
    id: 'traffic-of-migrants',
    words: [['traffic'], ['of'], ['migrants', 'immigrants', 'refugees', 'people', 'persons', 'undocumented', 'illegal', 'irregular']],
    span: [0, 1],
    expected: ['flow'],
    tier: 'strong',
    originals: 'es “el tráfico de migrantes”; pt “o tráfego de migrantes”; it “il traffico di migranti”',
    why: 'English speaks of a “flow” of migrants (movement) or of “trafficking” (the crime)'
  },
  {
    // es "su segunda etapa en el club", pt "sua segunda passagem", it "la sua
    // seconda tappa": a player's or coach's time at a club is a "spell".
    id: 'second-stage-at-club',
    words: [['his', 'her', 'their'], ['first', 'second', 'third', 'previous', 'last', 'new'], ['stage'], ['at', 'with', 'in']],
    span: [2, 3],
    expected: ['spell'],
    tier: 'strong',
    originals: 'es “su segunda etapa en el club”; pt “sua segunda passagem pelo clube”; it “la sua seconda tappa”',
    why: 'English calls a player’s or a coach’s time at a club a “spell”'
  },
  {
    // es "conquistó el título", pt "conquistou o título", "48 pontos
    // conquistados", it "ha conquistato lo scudetto": English wins titles
    // and points.
    id: 'conquered-title',
    words: [['conquered', 'conquers'], ['the', 'a', 'his', 'her', 'their', 'its'], ['title', 'titles', 'cup', 'trophy', 'championship', 'league', 'crown', 'medal', 'points', 'gold']],
    span: [0, 1],
    expected: ['won'],
    tier: 'strong',
    originals: 'es “conquistó el título”; pt “conquistou o título”; it “ha conquistato lo scudetto”',
    why: 'English “wins” a title, a cup or points'
  },
  {
    id: 'points-conquered',
    words: [['points', 'titles', 'medals', 'trophies'], ['conquered']],
    span: [1, 2],
    expected: ['won'],
    tier: 'strong',
    originals: 'pt “48 pontos conquistados”; es “48 puntos conquistados”; it “48 punti conquistati”',
    why: 'English “wins” points and titles'
  },
  {
    // fr "la séance collective", it "la seduta collettiva", pt "o treino
    // coletivo": a squad's training together is a "full-squad session" or
    // "team training" in English sports copy.
    id: 'collective-session',
    words: [['collective'], ['session', 'sessions']],
    expected: ['full-squad session'],
    tier: 'strong',
    originals: 'fr “la séance collective”; it “la seduta collettiva”; pt “o treino coletivo”',
    why: 'English sports copy says “full-squad session” or “team training”'
  },
  {
    id: 'this-was-stated-by',
    words: [['this', 'that', 'it'], ['was'], ['stated', 'declared', 'affirmed', 'reported', 'announced', 'said', 'indicated', 'communicated'], ['by']],
    expected: ['said'],
    notBefore: ['and', 'but'],
    tier: 'weak',
    originals: 'it “Lo ha affermato …”; ru “Об этом заявил …”; uk “Про це заявив …”; es “Así lo afirmó …”',
    why: 'English puts the speaker first: “Prime Minister X said …” rather than “This was stated by Prime Minister X”'
  },
  {
    id: 'in-this-sense',
    words: [['in'], ['this'], ['sense']],
    expected: ['in this regard', 'to that end'],
    notAfter: ['of', 'that', 'is', 'was', 'are', 'the'],
    tier: 'strong',
    originals: 'es “en este sentido”; pt “nesse sentido”; it “in questo senso”; fr “en ce sens”',
    why: 'as a linking phrase English wire copy says “in this regard”, “to that end” or nothing at all'
  },
  {
    id: 'in-the-matter-of',
    words: [['in'], ['the'], ['matter'], ['of']],
    expected: ['on', 'in'],
    lowerCase: [0],
    notBefore: ['before', 'filed'],
    tier: 'weak',
    originals: 'es “en materia de derechos humanos”; pt “em matéria de”; it “in materia di”; fr “en matière de”',
    why: 'English says “on human rights”, “in human rights”; “in the matter of” is the heading of a court case'
  },
  {
    id: 'the-oppositions',
    words: [['the'], ['oppositions']],
    expected: ['the opposition', 'opposition parties'],
    tier: 'strong',
    originals: 'it “le opposizioni”; fr “les oppositions”; es “las oposiciones”',
    why: 'English calls a parliament’s opposition parties together “the opposition” (singular)'
  },
  {
    id: 'interannual',
    words: [['interannual', 'inter-annual', 'year-on-year-on']],
    expected: ['year-on-year'],
    tier: 'strong',
    originals: 'es “interanual”; pt “interanual”; it “interannuale”',
    why: 'English says “year-on-year” (“annual” for a rate)'
  },
  {
    id: 'precandidate',
    words: [['precandidate', 'precandidates', 'pre-candidate', 'pre-candidates', 'precandidacy', 'pre-candidacy']],
    expected: ['hopeful', 'hopefuls', 'would-be candidate'],
    tier: 'strong',
    originals: 'es “precandidato”, “precandidatura”; pt “pré-candidato”',
    why: 'English says “hopeful”, “would-be candidate” or “primary candidate”; “precandidate” is not an English word'
  },
  {
    id: 'the-opposition-name',
    words: [['the'], ['opposition', 'opponent', 'opposer', 'oppositionist'], ['#word'], ['#word']],
    span: [0, 2],
    expected: ['opposition leader', 'opposition politician'],
    lowerCase: [1],
    capitalised: [2, 3],
    givenName: 2,
    // A surname after the given name: "the opposition Christian Democrats" is a party.
    properNameAt: 3,
    tier: 'strong',
    originals: 'es “la opositora María …”, “el opositor …”; pt “o opositor …”; it “l’oppositore …”',
    why: 'English does not put “the opposition” or “the opponent” before a name as a title: “opposition leader María …”'
  },
  {
    id: 'said-as-determiner',
    words: [['after', 'before', 'in', 'of', 'from', 'with', 'by', 'under', 'against', 'about', 'during', 'through', 'for', 'on', 'to', 'into', 'regarding'], ['said'], ['#word']],
    span: [1, 2],
    expected: ['the', 'this', 'that'],
    lowerCase: [1, 2],
    // "Every activist I spoke to said they …": a stranded preposition, then the verb.
    notWordAt: [2, ['they', 'he', 'she', 'it', 'we', 'you', 'i', 'the', 'a', 'an', 'that', 'this', 'there', 'his', 'her', 'their', 'its', 'our', 'so', 'yes', 'no', 'not', 'nothing', 'something', 'was', 'is', 'had', 'would', 'will', 'in', 'on', 'at', 'to', 'of', 'for', 'what', 'how', 'when', 'all', 'some', 'many', 'most', 'one', 'two', 'last', 'earlier', 'later', 'recently', 'today', 'yesterday', 'on', 'after', 'before', 'with', 'about']],
    tier: 'strong',
    originals: 'es “dicho cuestionamiento”, “dicha ley”; pt “dito”; it “detto”',
    why: 'English news copy does not use “said” as a determiner (“after said questioning”): write “the”, “this” or “that”'
  },
  {
    id: 'head-of-diplomacy',
    words: [['head', 'chief'], ['of'], ['#word'], ['diplomacy']],
    expected: ['foreign minister'],
    tier: 'strong',
    originals: 'es “el jefe de la diplomacia brasileña”; pt “o chefe da diplomacia”; it “il capo della diplomazia”; fr “le chef de la diplomatie”',
    why: 'English wire copy names the office: “Brazil’s foreign minister”'
  },
  {
    id: 'head-of-the-diplomacy',
    words: [['head', 'chief'], ['of'], ['the'], ['#word'], ['diplomacy']],
    expected: ['the foreign minister'],
    tier: 'strong',
    originals: 'es “el jefe de la diplomacia”; pt “o chefe da diplomacia”; it “il capo della diplomazia”; fr “le chef de la diplomatie”',
    why: 'English wire copy names the office: “the foreign minister”'
  },
  // Prepositions a source construction carries over (sources: the Oxford
  // Learner's Dictionary, each word's verb or adjective pattern).
  // Proper names translated word by word: buildings, newspapers and
  // institutions English copy keeps in their own language (sources: the
  // Reuters Handbook and the AP Stylebook use "Casa Rosada", "La Moneda",
  // "Planalto palace", "Le Parisien", "Ouest-France", "Corriere della Sera",
  // "Quai d'Orsay"; the BBC News style guide, "foreign names").
  {
    id: 'translated-name-casa-rosada',
    words: [['pink'], ['house']],
    expected: ['Casa Rosada'],
    capitalised: [0, 1],
    tier: 'strong',
    originals: 'es “Casa Rosada” (the Argentine presidential palace)',
    why: 'English copy keeps the palace’s name: “the Casa Rosada”'
  },
  {
    id: 'translated-name-la-moneda',
    words: [['palace'], ['of'], ['the'], ['coin', 'currency', 'mint']],
    expected: ['La Moneda palace'],
    capitalised: [0, 3],
    tier: 'strong',
    originals: 'es “Palacio de La Moneda” (the Chilean presidential palace)',
    why: 'English copy keeps the palace’s name: “La Moneda palace”'
  },
  {
    id: 'translated-name-planalto',
    words: [['plateau'], ['palace']],
    expected: ['Planalto palace'],
    capitalised: [0],
    tier: 'strong',
    originals: 'pt “Palácio do Planalto” (the Brazilian presidential palace)',
    why: 'English copy keeps the palace’s name: “the Planalto palace”'
  },
  {
    id: 'translated-name-le-parisien',
    words: [['the'], ['parisian']],
    expected: ['Le Parisien'],
    capitalised: [0, 1],
    notAfter: ['region', 'suburbs', 'police', 'prosecutor', 'public', 'way', 'style', 'government', 'authorities', 'people', 'crowd', 'metro', 'capital', 'architect', 'fashion', 'club', 'side', 'team'],
    followedBy: ['reported', 'reports', 'said', 'says', 'wrote', 'writes', 'revealed', 'reveals', 'newspaper', 'daily', 'granted', 'published', 'learned', 'learnt', 'interviewed', 'quoted', 'according', ',', 'added', 'has', 'had'],
    tier: 'strong',
    originals: 'fr “Le Parisien” (a daily newspaper)',
    why: 'a newspaper keeps its title in English copy: “Le Parisien”'
  },
  {
    id: 'translated-name-ouest-france',
    words: [['west'], ['france']],
    expected: ['Ouest-France'],
    capitalised: [0, 1],
    notBefore: ['in', 'of', 'across', 'throughout', 'to', 'from'],
    tier: 'strong',
    originals: 'fr “Ouest-France” (a daily newspaper)',
    why: 'a newspaper keeps its title in English copy: “Ouest-France” (and the region is “western France”)'
  },
  {
    id: 'translated-name-corriere',
    words: [['evening'], ['courier']],
    expected: ['Corriere della Sera'],
    capitalised: [0, 1],
    tier: 'strong',
    originals: 'it “Corriere della Sera” (a daily newspaper)',
    why: 'a newspaper keeps its title in English copy: “Corriere della Sera”'
  },
  {
    id: 'translated-name-quai-dorsay',
    words: [['orsay'], ['quay', 'wharf', 'dock']],
    expected: ['Quai d’Orsay'],
    capitalised: [0],
    tier: 'strong',
    originals: 'fr “Quai d’Orsay” (the French foreign ministry)',
    why: 'English copy says “the Quai d’Orsay” or “the French foreign ministry”'
  },
  {
    id: 'fire-from-weapons',
    words: [['fire', 'fired', 'firing', 'fires', 'shelled', 'shelling', 'shells', 'shell'], ['from'], ['mortars', 'mortar', 'artillery', 'small', 'tanks', 'howitzers', 'mlrs', 'grenade', 'cannon', 'machine', 'rocket', 'multiple', 'drones', 'guns']],
    span: [1, 2],
    notBefore: ['under', 'heavy', 'returned', 'return', 'came', 'drew', 'draw', 'sporadic'],
    expected: ['with'],
    tier: 'strong',
    originals: 'uk “обстріляли з мінометів”; ru “открыли огонь из стрелкового оружия”; pl “ostrzelali z moździerzy”',
    why: 'English fires or shells “with” a weapon (“opened fire with mortars”); “from” names where the fire comes from'
  },
  {
    id: 'interested-of',
    words: [['interested'], ['of']],
    expected: ['interested in'],
    tier: 'strong',
    originals: 'ro “interesat de”; fr “intéressé par”; es “interesado en / por”',
    why: 'English says “interested in”'
  },
  {
    id: 'thankful-of',
    words: [['thankful', 'grateful'], ['of']],
    expected: ['$1 to', '$1 for'],
    tier: 'strong',
    originals: 'ko “…에게 감사”; ru “благодарен”; es “agradecido de”',
    why: 'English says “grateful to” someone, “grateful for” something'
  },
  {
    id: 'put-an-end-of',
    words: [['put', 'puts', 'putting', 'bring', 'brings', 'brought', 'bringing'], ['an'], ['end'], ['of']],
    span: [1, 4],
    expected: ['an end to'],
    tier: 'strong',
    originals: 'th “ยุติ”; ru “положить конец”; es “poner fin a”',
    why: 'English says “put an end to”'
  },
  {
    id: 'arrived-to',
    words: [['arrived', 'arrives', 'arrive', 'arriving'], ['to'], ['#word']],
    span: [0, 2],
    expected: ['$1 in'],
    capitalised: [2],
    tier: 'strong',
    originals: 'es “llegó a Madrid”; pt “chegou a Lisboa”; it “è arrivato a Roma”; fr “est arrivé à Paris”',
    why: 'English says “arrived in” a city or country (“arrived at” a place in it)'
  }
]

/** The weekday calques handled in code: messages and originals. */
export const WEEKDAY_CALQUES = {
  thisDay: {
    originals: 'es “este domingo”; it “questa domenica”; fr “ce dimanche”; pt “neste domingo”; de “an diesem Sonntag”',
    // DAY is replaced by the day as written.
    why: 'for a day that has passed, English says “on DAY” (AP and Reuters: the day of the week, no “this”); “this DAY” is the coming one'
  },
  ofThisDay: {
    originals: 'es “las elecciones de este domingo”; it “il voto di questa domenica”; fr “le scrutin de ce dimanche”; pt “as eleições deste domingo”',
    why: 'English says “Sunday’s elections” or “the elections on Sunday”'
  },
  sinceThisDay: {
    originals: 'es “desde este lunes”; it “da questo lunedì”; fr “depuis ce lundi”; pt “desde esta segunda-feira”',
    why: 'English says “since Monday”'
  },
  thePastDay: {
    originals: 'es “el pasado domingo”, “el pasado 5 de diciembre”; it “lo scorso 5 dicembre”; pt “o passado domingo”',
    why: 'English says “last Sunday”, or “on 5 December” for a date'
  }
} as const
