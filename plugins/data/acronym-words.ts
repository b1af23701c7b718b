/**
 * Word lists for the acronym rule's expansion check.
 *
 * TRANSLATIONS: the words of institutional names in English with their usual
 * equivalents in Spanish, French, Italian, Portuguese and German (in that
 * order), so that the rule can tell "Syrian Observatory for Human Rights
 * (OSDH)" — Observatorio Sirio de Derechos Humanos — from an unrelated
 * acronym.  Only the initials matter.  Source: the official names of the
 * bodies in the table of acronym-foreign.ts and of the EU institutions in the
 * EU Interinstitutional Style Guide and IATE (iate.europa.eu), which use these
 * equivalents; Collins Spanish/French/Italian/Portuguese/German dictionaries.
 * Words whose equivalents all share the English initial (Syrian/sirio,
 * national/nacional) need no entry.
 */
export const TRANSLATIONS: Readonly<Record<string, string>> = {
  // bodies
  observatory: 'observatorio observatoire osservatorio observatório Beobachtungsstelle',
  organization: 'organización organisation organizzazione organização organismo Organisation',
  organisation: 'organización organisation organizzazione organização organismo Organisation',
  agency: 'agencia agence agenzia agência organismo Agentur Behörde Organisation',
  office: 'oficina bureau ufficio escritório gabinete Amt Büro',
  bureau: 'oficina bureau ufficio escritório Amt Büro',
  institute: 'instituto institut istituto Institut',
  commission: 'comisión commission commissione comissão Kommission',
  commissioner: 'comisionado commissaire commissario comissário alto haut Kommissar',
  committee: 'comité comitato comitê Komitee Ausschuss',
  council: 'consejo conseil consiglio conselho Rat',
  court: 'corte tribunal cour tribunale Gericht Gerichtshof',
  tribunal: 'tribunal tribunale Gericht',
  assembly: 'asamblea assemblée assemblea assembleia Versammlung',
  parliament: 'parlamento parlement Parlament',
  ministry: 'ministerio ministère ministero ministério Ministerium',
  department: 'departamento département dipartimento Ministerium',
  programme: 'programa programme programma Programm',
  program: 'programa programme programma Programm',
  fund: 'fondo fonds fundo Fonds',
  bank: 'banco banque banca Bank',
  union: 'unión union unione união Union Bund',
  league: 'liga ligue lega Liga',
  federation: 'federación fédération federazione federação Föderation Verband Bund',
  association: 'asociación association associazione associação Verband Verein',
  confederation: 'confederación confédération confederazione confederação Bund',
  alliance: 'alianza alliance alleanza aliança Allianz Bündnis',
  coalition: 'coalición coalition coalizione coligação Koalition Bündnis',
  party: 'partido parti partito Partei',
  front: 'frente front fronte Front',
  movement: 'movimiento mouvement movimento Bewegung',
  army: 'ejército armée esercito exército Armee',
  forces: 'fuerzas forces forze forças Streitkräfte Kräfte',
  force: 'fuerza force forza força Streitkraft',
  corps: 'cuerpo corps corpo Korps',
  guard: 'guardia gardiens garde guarda Garde Wache',
  guards: 'guardianes gardiens guardie guardas Garden Wächter',
  service: 'servicio service servizio serviço Dienst',
  police: 'policía police polizia polícia Polizei',
  group: 'grupo groupe gruppo Gruppe',
  network: 'red réseau rete rede Netzwerk',
  centre: 'centro centre Zentrum',
  center: 'centro centre Zentrum',
  authority: 'autoridad autorité autorità autoridade Behörde',
  administration: 'administración administration amministrazione administração Verwaltung Behörde',
  directorate: 'dirección direction direzione direção Direktion',
  prosecutor: 'fiscal fiscalía procureur procuratore procurador Staatsanwalt Ankläger',
  chamber: 'cámara chambre camera câmara Kammer',
  mission: 'misión mission missione missão Mission',
  company: 'compañía empresa compagnie société compagnia società companhia empresa Gesellschaft Unternehmen',
  corporation: 'corporación société corporazione corporação Konzern Gesellschaft',
  system: 'sistema système Système System',
  treaty: 'tratado traité trattato Vertrag',
  agreement: 'acuerdo tratado accord accordo acordo Abkommen',
  republic: 'república république repubblica Republik',
  kingdom: 'reino royaume regno Königreich',
  states: 'estados états stati Staaten',
  state: 'estado état stato Staat',
  nations: 'naciones nations nazioni nações Nationen',
  emirates: 'emiratos émirats emirati emirados Emirate',
  unit: 'unidad unité unità unidade Einheit Station',
  exchange: 'bolsa bourse borsa Börse',
  market: 'mercado marché mercato Markt',
  // qualities and domains
  united: 'unidas unidos unies unis unite uniti vereinte vereinigte',
  world: 'mundial mondial mondiale Welt',
  global: 'mundial mondial globale Welt',
  human: 'humanos homme umani Menschen',
  rights: 'derechos droits diritti direitos Rechte',
  health: 'salud santé sanità saúde Gesundheit',
  monetary: 'monetario monétaire monetário Währung',
  atomic: 'atómica atomique atomica atómica Atom',
  energy: 'energía énergie energia Energie',
  high: 'alto haut alto Hoch',
  refugees: 'refugiados réfugiés rifugiati Flüchtlinge',
  economic: 'económico économique economico econômico Wirtschaft',
  economy: 'economía économie economia Wirtschaft',
  cooperation: 'cooperación coopération cooperazione cooperação Zusammenarbeit',
  'co-operation': 'cooperación coopération cooperazione cooperação Zusammenarbeit',
  development: 'desarrollo développement sviluppo desenvolvimento Entwicklung',
  trade: 'comercio commerce commercio comércio Handel',
  commerce: 'comercio commerce commercio comércio Handel',
  labour: 'trabajo travail lavoro trabalho Arbeit',
  labor: 'trabajo travail lavoro trabalho Arbeit',
  workers: 'trabajadores travailleurs lavoratori trabalhadores Arbeiter',
  work: 'trabajo travail lavoro trabalho Arbeit',
  civil: 'civil civile Zivil',
  aviation: 'aviación aviation aviazione aviação Luftfahrt',
  red: 'roja rouge rossa vermelha Rotes',
  cross: 'cruz croix croce Kreuz',
  criminal: 'penal pénale penale Straf',
  justice: 'justicia justice giustizia justiça Gerechtigkeit Justiz',
  defense: 'defensa défense difesa defesa Verteidigung',
  defence: 'defensa défense difesa defesa Verteidigung',
  security: 'seguridad sécurité sicurezza segurança Sicherheit',
  intelligence: 'inteligencia renseignement intelligence informazioni inteligência Nachrichtendienst',
  liberation: 'liberación libération liberazione libertação Befreiung',
  freedom: 'libertad liberté libertà liberdade Freiheit',
  free: 'libre libero livre frei',
  armed: 'armadas armées armate armadas bewaffnete',
  revolutionary: 'revolucionario révolutionnaire rivoluzionario revolucionário Revolutions',
  popular: 'popular populaire popolare Volks',
  people: 'pueblo popular peuple populaire popolo povo Volk',
  peoples: 'pueblos peuples popoli povos Völker',
  democratic: 'democrático démocratique democratico democrático demokratisch',
  socialist: 'socialista socialiste sozialistisch',
  communist: 'comunista communiste kommunistisch',
  christian: 'cristiano chrétien cristiano cristão christlich',
  green: 'verde vert Grüne',
  greens: 'verdes verts verdi Grüne',
  left: 'izquierda gauche sinistra esquerda Linke',
  citizens: 'ciudadanos citoyens cittadini cidadãos Bürger',
  foreign: 'exteriores étrangères esteri estrangeiros Auswärtige',
  affairs: 'asuntos affaires affari assuntos negócios Angelegenheiten',
  interior: 'interior intérieur interno Innen',
  statistics: 'estadística statistique statistica estatística Statistik',
  research: 'investigación recherche ricerca pesquisa investigação Forschung',
  studies: 'estudios études studi estudos Studien',
  investigation: 'investigación enquête indagine investigação Ermittlung',
  public: 'público publique pubblico público öffentlich',
  national: 'nacional national nazionale Bundes',
  federal: 'federal fédéral federale Bundes',
  central: 'central centrale Zentral',
  european: 'europeo européen europeo europeu Europäisch',
  american: 'americano américain americano estadounidense Amerikanisch',
  'inter-american': 'interamericano interaméricain interamericano interamerikanisch',
  german: 'alemán allemand tedesco alemão deutsch',
  spanish: 'español espagnol spagnolo espanhol spanisch',
  dutch: 'neerlandés néerlandais olandese holandês niederländisch',
  hungarian: 'húngaro hongrois ungherese húngaro ungarisch',
  austrian: 'austríaco autrichien austriaco austríaco österreichisch',
  swiss: 'suizo suisse svizzero suíço Schweizer',
  greek: 'griego grec greco grego griechisch',
  islamic: 'islámico islamique islamico islâmico islamisch',
  arab: 'árabe arabe arabo arabisch',
  palestinian: 'palestina palestinienne palestinese palestina palästinensisch',
  soviet: 'soviética soviétique sovietica soviética Sowjet',
  petroleum: 'petróleo pétrole petrolio Erdöl',
  oil: 'petróleo pétrole petrolio Öl',
  exporting: 'exportadores exportateurs esportatori Export',
  countries: 'países pays paesi Länder',
  gross: 'bruto brut lordo Brutto',
  domestic: 'interno intérieur Inland',
  product: 'producto produit prodotto produto Produkt',
  value: 'valor valeur valore Wert',
  added: 'añadido agregado ajoutée aggiunto acrescentado Mehrwert',
  tax: 'impuesto taxe imposta imposto Steuer',
  consumer: 'consumo consommation consumidor Verbraucher',
  price: 'precios prix prezzi preços Preis',
  prices: 'precios prix prezzi preços Preise',
  index: 'índice indice Index',
  investment: 'inversión investissement investimento Investition',
  direct: 'directa direct diretto direto Direkt',
  reconstruction: 'reconstrucción reconstruction ricostruzione reconstrução Wiederaufbau',
  meteorological: 'meteorológica météorologique meteorologica Wetter',
  intellectual: 'intelectual intellectuelle intellettuale geistiges',
  property: 'propiedad propriété proprietà propriedade Eigentum',
  migration: 'migraciones migrations migrazioni migrações Migration',
  food: 'alimentos alimentaire alimentare alimentar Ernährung',
  agriculture: 'agricultura agriculture agricoltura Landwirtschaft',
  environment: 'medio ambiente environnement ambiente Umwelt',
  children: 'infancia enfants infanzia infância Kinder',
  childrens: 'infancia enfants infanzia infância Kinder',
  doctors: 'médicos médecins medici Ärzte',
  reporters: 'reporteros reporters reporter repórteres Reporter',
  without: 'sin sans senza sem ohne',
  borders: 'fronteras frontières frontiere fronteiras Grenzen',
  intensive: 'intensivos intensifs intensiva intensivos Intensiv',
  care: 'cuidados soins terapia cuidados Pflege',
  immunodeficiency: 'inmunodeficiencia immunodéficience immunodeficienza imunodeficiência Immunschwäche',
  virus: 'virus vírus Virus',
  genetically: 'genéticamente génétiquement geneticamente gentechnisch',
  modified: 'modificado modifié modificato verändert',
  organism: 'organismo organisme Organismus',
  artificial: 'artificial artificielle artificiale künstliche',
  unidentified: 'no identificado non identifié não identificado unbekanntes',
  flying: 'volador volant volante voador fliegendes',
  object: 'objeto objet oggetto Objekt',
  support: 'apoyo soutien supporto apoio Unterstützung',
  rapid: 'rápido rapide rapido schnell',
  response: 'respuesta réponse risposta resposta Reaktion',
  aid: 'ayuda aide aiuto ajuda Hilfe',
  relief: 'socorro secours soccorso socorro Hilfe',
  humanitarian: 'humanitario humanitaire umanitario humanitário humanitär',
  coordination: 'coordinación coordination coordinamento coordenação Koordinierung',
  peace: 'paz paix pace Frieden',
  weapons: 'armas armes armi Waffen',
  chemical: 'químicas chimiques chimiche químicas chemische',
  prohibition: 'prohibición interdiction proibizione proibição Verbot',
  nuclear: 'nuclear nucléaire nucleare Kern Atom',
  renewable: 'renovables renouvelables rinnovabili renováveis erneuerbare',
  space: 'espacial spatiale spaziale espacial Raumfahrt',
  supreme: 'supremo suprême supremo oberste',
  electoral: 'electoral électoral elettorale eleitoral Wahl',
  constitutional: 'constitucional constitutionnel costituzionale Verfassungs',
  judicial: 'judicial judiciaire giudiziario judiciário Justiz',
  general: 'general général generale geral allgemein',
  special: 'especial spécial speciale besondere',
  joint: 'conjunto interarmées congiunto conjunto gemeinsam',
  military: 'militar militaire militare Militär',
  air: 'aérea aérienne aerea Luft',
  navy: 'armada marine marina marinha Marine',
  coast: 'costera côtes costiera costeira Küsten',
  stock: 'valores valeurs valori Aktien Wertpapier',
  securities: 'valores valeurs valori valores Wertpapier',
  competition: 'competencia concurrence concorrenza concorrência Wettbewerb',
  communications: 'comunicaciones communications comunicazioni comunicações Kommunikation',
  telecommunications: 'telecomunicaciones télécommunications telecomunicazioni telecomunicações Telekommunikation',
  broadcasting: 'radiodifusión radiodiffusion radiotelevisione radiodifusão Rundfunk',
  television: 'televisión télévision televisione televisão Fernsehen',
  railways: 'ferrocarriles chemins ferrovie ferrovias Bahn',
  airlines: 'líneas compagnie linee linhas Fluggesellschaft',
  railway: 'ferrocarril chemin ferrovia ferrovia Bahn',
  transport: 'transporte transports trasporti transportes Verkehr',
  sovereign: 'soberano souverain sovrano soberano Staats',
  wealth: 'riqueza richesse ricchezza riqueza Vermögen',
  settlements: 'pagos règlements regolamenti pagamentos Zahlungsausgleich',
  payments: 'pagos paiements pagamenti pagamentos Zahlungs',
  reserve: 'reserva réserve riserva Reserve',
  treasury: 'tesoro trésor tesouro Schatz',
  finance: 'finanzas finances finanze finanças Finanz',
  employers: 'empresarios patronat datori empregadores Arbeitgeber',
  industry: 'industria industrie industria indústria Industrie',
  enterprises: 'empresas entreprises imprese empresas Unternehmen',
  small: 'pequeñas petites piccole pequenas kleine',
  medium: 'medianas moyennes medie médias mittlere',
  youth: 'juventud jeunesse gioventù juventude Jugend',
  women: 'mujeres femmes donne mulheres Frauen',
  students: 'estudiantes étudiants studenti estudantes Studenten',
  teachers: 'docentes enseignants insegnanti professores Lehrer',
  farmers: 'agricultores agriculteurs agricoltori agricultores Bauern',
  north: 'norte nord Nord',
  south: 'sur sud sul Süd',
  east: 'este est leste Ost',
  west: 'oeste ouest ovest Westen',
  atlantic: 'atlántico atlantique atlantico atlântico Atlantik',
  africa: 'áfrica afrique africa Afrika',
  african: 'africana africaine africana Afrikanisch',
  unity: 'unidad unité unità unidade Einheit',
  america: 'américa amérique america Amerika',
  latin: 'latina latine Latein',
  caribbean: 'caribe caraïbes caraibi caribe Karibik',
  europe: 'europa europe Europa',
  levant: 'levante levant Levante',
  iraq: 'irak iraq iraque Irak',
  israel: 'israel israël israele Israel',
  congo: 'congo Kongo',
  korea: 'corea corée corea coreia Korea',
  china: 'china chine cina Cina',
  germany: 'alemania allemagne germania alemanha Deutschland',
  spain: 'españa espagne spagna espanha Spanien',
  // generic trailing nouns of English names ("Islamic State group")
  maghreb: 'magreb maghreb magrebe Maghreb'
}

/** Function words skipped in expansions (English and the source languages). */
export const EXPANSION_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of', 'for', 'the', 'and', 'on', 'in', 'to', 'at', 'by', 'with', 'a', 'an', '&',
  'de', 'del', 'la', 'las', 'los', 'le', 'les', 'des', 'du', 'di', 'della', 'delle', 'dei', 'degli',
  'do', 'da', 'dos', 'das', 'y', 'e', 'et', 'el', 'al', 'für', 'der', 'die', 'und', 'von', 'vom', 'zur', 'zum'
])

/**
 * Nouns that English appends after a name without making them part of its
 * acronym: "the Islamic State group (IS)".
 */
export const TRAILING_NOUNS: ReadonlySet<string> = new Set(['group', 'groups', 'militia', 'militias', 'network', 'organisation', 'organization'])

/**
 * Nouns that follow an organisation's acronym in a phrase ("ONU Security
 * Council", "OTAN summit"); any other capitalised word after an acronym
 * makes it part of a name ("UE Lleida", "ONG Beng Hee").  Together with the
 * English words of TRANSLATIONS.  Source: the organisational vocabulary of
 * the AP Stylebook entries for the UN, NATO and the EU.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'secretary', 'secretary-general', 'summit', 'summits', 'headquarters', 'envoy', 'envoys', 'chief', 'spokesman',
  'spokeswoman', 'spokesperson', 'director', 'director-general', 'president', 'member', 'members', 'report',
  'delegation', 'ambassador', 'representative', 'charter', 'resolution', 'troops', 'peacekeepers', 'observers',
  'inspectors', 'board', 'executive', 'session', 'meeting', 'ministers', 'leaders', 'countries', 'nations',
  'allies', 'experts', 'officials', 'sanctions', 'mission', 'missions', 'special', 'rapporteur', 'rapporteurs'
])

/**
 * Places whose bodies keep their own acronyms in English copy because those
 * acronyms follow the source languages' word order: Spanish-, French-,
 * Italian-, Portuguese- and German-speaking countries and regions, and the
 * other Romance- and Dutch-speaking ones ("Brazilian Institute of Geography
 * and Statistics (IBGE)", "Spanish Socialist Workers' Party (PSOE)").  A
 * non-fitting acronym next to one of these is never flagged.
 *
 * Source: CLDR territory names (English) and the Wikipedia "List of
 * adjectival and demonymic forms for countries and nations"; the language
 * areas from Ethnologue.  Kurdish names are here too: Kurdish puts the head
 * noun first, so Kurdish acronyms read like Romance ones (PDKI).
 */
export const KEEPING_PLACES: ReadonlySet<string> = new Set([
  'spain', 'spanish', 'mexico', 'mexican', 'colombia', 'colombian', 'argentina', 'argentine', 'argentinian',
  'chile', 'chilean', 'peru', 'peruvian', 'venezuela', 'venezuelan', 'cuba', 'cuban', 'bolivia', 'bolivian',
  'ecuador', 'ecuadorian', 'ecuadorean', 'uruguay', 'uruguayan', 'paraguay', 'paraguayan', 'guatemala',
  'guatemalan', 'honduras', 'honduran', 'salvador', 'salvadoran', 'salvadorean', 'nicaragua', 'nicaraguan',
  'costa', 'rica', 'rican', 'panama', 'panamanian', 'dominican', 'puerto', 'catalan', 'catalonia', 'catalonian',
  'basque', 'galician', 'galicia', 'andalusian', 'andalusia', 'canary', 'canarian', 'france', 'french', 'belgium',
  'belgian', 'switzerland', 'swiss', 'quebec', 'québec', 'haiti', 'haitian', 'senegal', 'senegalese', 'ivorian',
  'ivory', 'mali', 'malian', 'congo', 'congolese', 'cameroon', 'cameroonian', 'burkina', 'burkinabe', 'niger',
  'nigerien', 'guinea', 'guinean', 'chad', 'chadian', 'benin', 'beninese', 'togo', 'togolese', 'gabon',
  'gabonese', 'madagascar', 'malagasy', 'morocco', 'moroccan', 'algeria', 'algerian', 'tunisia', 'tunisian',
  'mauritania', 'mauritanian', 'luxembourg', 'monaco', 'andorra', 'andorran', 'corsica', 'corsican', 'italy',
  'italian', 'sicily', 'sicilian', 'sardinia', 'sardinian', 'vatican', 'marino', 'portugal', 'portuguese',
  'brazil', 'brazilian', 'angola', 'angolan', 'mozambique', 'mozambican', 'verde', 'verdean', 'germany',
  'german', 'austria', 'austrian', 'bavaria', 'bavarian', 'liechtenstein', 'romania', 'romanian', 'moldova',
  'moldovan', 'netherlands', 'dutch', 'flemish', 'flanders', 'wallonia', 'walloon', 'latin', 'ibero-american',
  'iberoamerican', 'andean', 'mercosur', 'sahrawi', 'polisario', 'kurdish', 'kurdistan', 'kurds',
  'francophone', 'francophonie'
])

/**
 * International scopes: bodies with these words in their names have English
 * acronyms in English copy ("International Olympic Committee (IOC)", not
 * CIO).  Source: the UN system chart (un.org) and the EU Interinstitutional
 * Style Guide list of international organisations.
 */
export const INTERNATIONAL_SCOPES: ReadonlySet<string> = new Set([
  'international', 'intergovernmental', 'world', 'worldwide', 'global', 'nations', 'european', 'europe',
  'inter-american', 'interamerican', 'pan-american', 'atlantic'
])

/**
 * Places whose bodies have English acronyms in English copy: a non-fitting
 * acronym that reads as a source-language form of their name is flagged
 * ("Syrian Observatory for Human Rights (OSDH)", "Israel Defense Forces
 * (FDI)").  Not "African" or "West African": the regional bodies of
 * francophone Africa keep their French acronyms in English copy (BCEAO,
 * UEMOA, CEMAC).  Source: as for KEEPING_PLACES.
 */
export const ENGLISH_ACRONYM_PLACES: ReadonlySet<string> = new Set([
  // Middle East and North-East Africa
  'syria', 'syrian', 'iraq', 'iraqi', 'iran', 'iranian', 'israel', 'israeli', 'palestine', 'palestinian',
  'jordan', 'jordanian', 'lebanon', 'lebanese', 'saudi', 'yemen', 'yemeni', 'egypt', 'egyptian', 'libya',
  'libyan', 'sudan', 'sudanese', 'qatar', 'qatari', 'kuwait', 'kuwaiti', 'bahrain', 'bahraini', 'oman', 'omani',
  'emirati', 'emirates', 'turkey', 'türkiye', 'turkish', 'gaza', 'gulf',
  // Europe and Asia outside the source languages
  'russia', 'russian', 'ukraine', 'ukrainian', 'belarus', 'belarusian', 'armenia', 'armenian', 'azerbaijan',
  'azerbaijani', 'georgian', 'china', 'chinese', 'japan', 'japanese', 'korea', 'korean', 'taiwan', 'taiwanese',
  'vietnam', 'vietnamese', 'thailand', 'thai', 'indonesia', 'indonesian', 'philippine', 'philippines', 'filipino',
  'malaysia', 'malaysian', 'myanmar', 'india', 'indian', 'pakistan', 'pakistani', 'afghanistan', 'afghan',
  'bangladesh', 'bangladeshi', 'nepal', 'nepalese', 'lanka', 'lankan', 'greece', 'greek', 'poland', 'polish',
  'hungary', 'hungarian', 'czech', 'slovak', 'serbia', 'serbian', 'croatia', 'croatian', 'bosnia', 'bosnian',
  'albania', 'albanian', 'bulgaria', 'bulgarian', 'sweden', 'swedish', 'norway', 'norwegian', 'denmark',
  'danish', 'finland', 'finnish', 'estonia', 'estonian', 'latvia', 'latvian', 'lithuania', 'lithuanian',
  // English-speaking countries
  'american', 'america', 'britain', 'british', 'england', 'english',
  'scotland', 'scottish', 'wales', 'welsh', 'ireland', 'irish', 'australia', 'australian', 'zealand',
  'canada', 'canadian', 'nigeria', 'nigerian', 'kenya', 'kenyan', 'ethiopia', 'ethiopian', 'somalia', 'somali',
  'ghana', 'ghanaian', 'uganda', 'ugandan', 'tanzania', 'tanzanian', 'zimbabwe', 'zimbabwean', 'zambia',
  'zambian'
])

/**
 * Two-letter postal codes of the US states, districts and territories, written
 * undotted in datelines and addresses ("Pittsburgh, PA"): never a reordered
 * acronym ("PA" next to "the Associated Press (AP)").  Source: USPS
 * Publication 28, Appendix B ("Two-Letter State and Possession Abbreviations").
 */
export const US_STATE_CODES: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'AS', 'GU', 'MP',
  'PR', 'VI'
])
