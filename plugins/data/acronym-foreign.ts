/**
 * Source-language acronyms that machine translation leaves in English copy,
 * with the English acronym that replaces them.
 *
 * Sources (each entry names the ones it rests on):
 * - the organisations' own names in their official or working languages, as
 *   given on their websites in Spanish, French, Italian, Portuguese and German
 *   (un.org/es, un.org/fr, who.int/es, imf.org/es, iaea.org, nato.int/fr …);
 * - the EU terminology database IATE (iate.europa.eu) and the EU
 *   Interinstitutional Style Guide (publications.europa.eu/code), which give
 *   the acronym of international bodies in every EU language;
 * - the title of the body's Wikipedia article in each language (es, fr, it,
 *   pt, de.wikipedia.org), which states the acronym in its first line.
 *
 * `level` says how much evidence a bare use needs:
 * - `strong`: the form is not English in any sense that wire copy uses
 *   (ONU, OTAN, OSDH): every all-capitals use is flagged;
 * - `weak`: the form is also an English acronym or word in another sense
 *   (PIB = India's Press Information Bureau, EUA = emergency use
 *   authorization, IWF = Internet Watch Foundation, BCE = before the Common
 *   Era): flagged only with a `context` word in the same sentence (or in the
 *   document, once the document has shown another source-language acronym)
 *   or after their English name spelled out ("Islamic State (EI)"), never
 *   when an `avoid` word is in the document, and never when the document
 *   spells the acronym out in English ("Internet Watch Foundation (IWF)").
 *
 * The `context` and `avoid` words are topic words: the vocabulary of the
 * body's own English pages (imf.org: loan, bailout, fiscal …) and the names
 * of the English homographs (Press Information Bureau, emergency use
 * authorization), chosen by us and checked on the clean news corpus.
 */

export type SourceLanguage = 'es' | 'fr' | 'it' | 'pt' | 'de'

export interface ForeignAcronym {
  /**
   * The forms by source language, as written (all capitals; a few
   * sentence-case press forms such as "Otan", "Acnur").
   */
  forms: Readonly<Partial<Record<SourceLanguage, readonly string[]>>>
  /** The English acronym(s), best first. One = safe fix. */
  english: readonly string[]
  /** The English name, also used to recognise a spelled-out definition. */
  expansion: string
  /** The source-language names (documentation). */
  names: string
  /** Where the form is attested. */
  source: string
  level: 'strong' | 'weak'
  /** weak: words or phrases (lower case) that show the source-language sense. */
  context?: readonly string[]
  /** weak: words or phrases (lower case) in the document that show an English homograph. */
  avoid?: readonly string[]
}

const ECONOMY = [
  'economy', 'economic', 'growth', 'grew', 'grow', 'contracted', 'contraction', 'expanded', 'recession',
  'quarter', 'per capita', 'inflation', 'deficit', 'debt', 'fiscal', 'gross domestic', 'output', 'forecast'
]
const HEALTH = [
  'health', 'pandemic', 'epidemic', 'virus', 'vaccine', 'vaccines', 'vaccination', 'disease', 'diseases',
  'outbreak', 'covid', 'covid-19', 'coronavirus', 'tedros', 'infections', 'infected', 'malaria', 'cholera',
  'ebola', 'mpox', 'polio', 'measles', 'dengue', 'tuberculosis', 'medical', 'hospitals', 'patients'
]
const UN_CONTEXT = [
  'security council', 'secretary-general', 'secretary general', 'general assembly', 'guterres', 'peacekeepers',
  'peacekeeping', 'resolution', 'humanitarian', 'sanctions', 'envoy', 'member states', 'refugees', 'agencies',
  'aid', 'ceasefire', 'famine', 'civilians', 'human rights', 'war', 'warned', 'gaza', 'ukraine', 'sudan', 'syria'
]
const JIHADISTS = [
  'jihadist', 'jihadists', 'jihadi', 'militants', 'militant', 'caliphate', 'raqqa', 'mosul', 'daesh', 'isis',
  'isil', 'extremist', 'extremists', 'terrorist', 'terrorists', 'insurgents', 'al-qaeda', 'al qaeda',
  'claimed responsibility', 'attack', 'attacks', 'bombing', 'suicide', 'syria', 'iraq'
]
const EURO = [
  'euro', 'eurozone', 'euro zone', 'interest rates', 'interest rate', 'lagarde', 'draghi', 'frankfurt',
  'inflation', 'monetary', 'central bank', 'bond', 'bonds', 'banks'
]
const ISRAEL = ['israel', 'israeli', 'gaza', 'hamas', 'hezbollah', 'west bank', 'idf', 'lebanon', 'soldiers', 'troops']
const SYRIA = ['syria', 'syrian', 'kurdish', 'kurds', 'raqqa', 'aleppo', 'idlib', 'damascus', 'assad', 'rebels', 'rebel', 'manbij', 'kobani', 'hasakah', 'deir']
const TAX = ['tax', 'taxes', 'taxation', 'value added', 'value-added', 'vat']
const AI = ['artificial', 'chatbot', 'chatbots', 'chatgpt', 'openai', 'algorithm', 'algorithms', 'generative', 'machine learning', 'neural']

export const FOREIGN_ACRONYMS: readonly ForeignAcronym[] = [
  // — United Nations system —
  {
    forms: {es: ['ONU'], fr: ['ONU'], it: ['ONU'], pt: ['ONU']}, english: ['UN'], expansion: 'United Nations',
    names: 'es Organización de las Naciones Unidas; fr Organisation des Nations unies; it Organizzazione delle Nazioni Unite; pt Organização das Nações Unidas',
    source: 'un.org/es, un.org/fr; Wikipedia es/fr/it/pt article titles', level: 'strong'
  },
  {
    forms: {de: ['UNO']}, english: ['UN'], expansion: 'United Nations',
    names: 'de Vereinte Nationen (UNO)',
    source: 'Wikipedia de "Vereinte Nationen" (Abkürzung UNO); Duden', level: 'weak',
    context: UN_CONTEXT,
    avoid: ['university of new orleans', 'card game', 'card games', 'nicaragua', 'nicaraguan', 'mattel', 'fiat', 'uno reverse']
  },
  {
    forms: {es: ['ACNUR', 'Acnur'], it: ['ACNUR'], pt: ['ACNUR']}, english: ['UNHCR'], expansion: 'United Nations High Commissioner for Refugees',
    names: 'es Alto Comisionado de las Naciones Unidas para los Refugiados; it Alto Commissariato delle Nazioni Unite per i Rifugiati; pt Alto Comissariado das Nações Unidas para os Refugiados',
    source: 'acnur.org (UNHCR Spanish site); Wikipedia es/it/pt', level: 'strong'
  },
  {
    forms: {fr: ['HCR']}, english: ['UNHCR'], expansion: 'United Nations High Commissioner for Refugees',
    names: 'fr Haut Commissariat des Nations unies pour les réfugiés (HCR)',
    source: 'unhcr.org/fr; Wikipedia fr', level: 'weak',
    context: ['refugee', 'refugees', 'asylum', 'displaced', 'camps', 'camp', 'migrants']
  },
  {
    forms: {es: ['OMS'], fr: ['OMS'], it: ['OMS'], pt: ['OMS']}, english: ['WHO'], expansion: 'World Health Organization',
    names: 'es Organización Mundial de la Salud; fr Organisation mondiale de la santé; it Organizzazione mondiale della sanità; pt Organização Mundial da Saúde',
    source: 'who.int/es, who.int/fr; Wikipedia es/fr/it/pt', level: 'weak', context: HEALTH,
    avoid: ['order management']
  },
  {
    forms: {es: ['OPS'], pt: ['OPAS']}, english: ['PAHO'], expansion: 'Pan American Health Organization',
    names: 'es Organización Panamericana de la Salud (OPS); pt Organização Pan-Americana da Saúde (OPAS)',
    source: 'paho.org/es, paho.org/pt', level: 'weak', context: HEALTH, avoid: ['special ops', 'black ops', 'ops center']
  },
  {
    forms: {es: ['OIEA'], fr: ['AIEA', 'Aiea'], it: ['AIEA'], pt: ['AIEA'], de: ['IAEO']}, english: ['IAEA'], expansion: 'International Atomic Energy Agency',
    names: 'es Organismo Internacional de Energía Atómica (OIEA); fr Agence internationale de l’énergie atomique (AIEA); it Agenzia internazionale per l’energia atomica (AIEA); pt Agência Internacional de Energia Atómica (AIEA); de Internationale Atomenergie-Organisation (IAEO)',
    source: 'iaea.org/es, iaea.org/fr; Wikipedia es/fr/it/pt/de', level: 'strong'
  },
  {
    forms: {es: ['OIT'], fr: ['OIT'], pt: ['OIT']}, english: ['ILO'], expansion: 'International Labour Organization',
    names: 'es Organización Internacional del Trabajo; fr Organisation internationale du travail; pt Organização Internacional do Trabalho',
    source: 'ilo.org/es, ilo.org/fr; Wikipedia es/fr/pt', level: 'weak',
    context: ['labour', 'labor', 'workers', 'worker', 'employment', 'unemployment', 'unemployed', 'jobs', 'wages', 'child labour', 'forced labour', 'informal'],
    avoid: ['oregon']
  },
  {
    forms: {es: ['OMC'], fr: ['OMC'], it: ['OMC'], pt: ['OMC']}, english: ['WTO'], expansion: 'World Trade Organization',
    names: 'es Organización Mundial del Comercio; fr Organisation mondiale du commerce; it Organizzazione mondiale del commercio; pt Organização Mundial do Comércio',
    source: 'wto.org/spanish, wto.org/french; Wikipedia es/fr/it/pt', level: 'weak',
    context: ['trade', 'tariff', 'tariffs', 'dispute', 'disputes', 'exports', 'imports', 'okonjo-iweala', 'ministerial', 'subsidies', 'geneva'],
    avoid: ['omnicom']
  },
  {
    forms: {es: ['OACI'], fr: ['OACI'], pt: ['OACI']}, english: ['ICAO'], expansion: 'International Civil Aviation Organization',
    names: 'es Organización de Aviación Civil Internacional; fr Organisation de l’aviation civile internationale; pt Organização da Aviação Civil Internacional',
    source: 'icao.int (Spanish/French pages); Wikipedia es/fr/pt', level: 'strong'
  },
  {
    forms: {es: ['OMM'], fr: ['OMM'], it: ['OMM'], pt: ['OMM']}, english: ['WMO'], expansion: 'World Meteorological Organization',
    names: 'es Organización Meteorológica Mundial; fr Organisation météorologique mondiale; it Organizzazione meteorologica mondiale; pt Organização Meteorológica Mundial',
    source: 'wmo.int (Spanish/French pages); Wikipedia es/fr/it/pt', level: 'strong'
  },
  {
    forms: {es: ['OMPI'], fr: ['OMPI'], it: ['OMPI'], pt: ['OMPI']}, english: ['WIPO'], expansion: 'World Intellectual Property Organization',
    names: 'es Organización Mundial de la Propiedad Intelectual; fr Organisation mondiale de la propriété intellectuelle; it Organizzazione mondiale per la proprietà intellettuale; pt Organização Mundial da Propriedade Intelectual',
    source: 'wipo.int/es, wipo.int/fr; Wikipedia es/fr/it/pt', level: 'strong'
  },
  {
    forms: {es: ['OIM'], fr: ['OIM'], it: ['OIM'], pt: ['OIM']}, english: ['IOM'], expansion: 'International Organization for Migration',
    names: 'es Organización Internacional para las Migraciones; fr Organisation internationale pour les migrations; it Organizzazione internazionale per le migrazioni; pt Organização Internacional para as Migrações',
    source: 'iom.int (Spanish/French pages); Wikipedia es/fr/it/pt', level: 'strong'
  },
  {
    forms: {es: ['PMA'], fr: ['PAM'], it: ['PAM'], pt: ['PAM']}, english: ['WFP'], expansion: 'World Food Programme',
    names: 'es Programa Mundial de Alimentos (PMA); fr Programme alimentaire mondial (PAM); it Programma alimentare mondiale (PAM); pt Programa Alimentar Mundial (PAM)',
    source: 'wfp.org/es, wfp.org/fr; Wikipedia es/fr/it/pt', level: 'weak',
    context: ['food', 'hunger', 'famine', 'malnutrition', 'starvation', 'rations', 'humanitarian'],
    avoid: ['premarket approval', 'pre-market approval', 'pulse amplitude']
  },
  {
    forms: {es: ['PNUD'], fr: ['PNUD'], pt: ['PNUD']}, english: ['UNDP'], expansion: 'United Nations Development Programme',
    names: 'es Programa de las Naciones Unidas para el Desarrollo; fr Programme des Nations unies pour le développement; pt Programa das Nações Unidas para o Desenvolvimento',
    source: 'undp.org (Spanish/French pages); Wikipedia es/fr/pt', level: 'strong'
  },
  {
    forms: {es: ['PNUMA'], fr: ['PNUE'], pt: ['PNUMA']}, english: ['UNEP'], expansion: 'United Nations Environment Programme',
    names: 'es Programa de las Naciones Unidas para el Medio Ambiente (PNUMA); fr Programme des Nations unies pour l’environnement (PNUE); pt PNUMA',
    source: 'unep.org (Spanish/French pages); Wikipedia es/fr/pt', level: 'strong'
  },
  {
    forms: {es: ['ONUSIDA'], fr: ['ONUSIDA']}, english: ['UNAIDS'], expansion: 'Joint United Nations Programme on HIV/AIDS',
    names: 'es/fr ONUSIDA (Programa Conjunto de las Naciones Unidas sobre el VIH/Sida)',
    source: 'unaids.org/es, unaids.org/fr', level: 'strong'
  },
  {
    forms: {es: ['CEPAL'], pt: ['CEPAL']}, english: ['ECLAC'], expansion: 'Economic Commission for Latin America and the Caribbean',
    names: 'es Comisión Económica para América Latina y el Caribe; pt Comissão Econômica para a América Latina e o Caribe',
    source: 'cepal.org; un.org (English name ECLAC)', level: 'strong'
  },
  {
    forms: {es: ['CIJ'], fr: ['CIJ'], pt: ['CIJ'], de: ['IGH']}, english: ['ICJ'], expansion: 'International Court of Justice',
    names: 'es Corte Internacional de Justicia; fr Cour internationale de justice; pt Corte Internacional de Justiça; de Internationaler Gerichtshof (IGH)',
    source: 'icj-cij.org; Wikipedia es/fr/pt/de', level: 'strong'
  },
  {
    forms: {es: ['CPI'], fr: ['CPI'], it: ['CPI'], pt: ['TPI']}, english: ['ICC'], expansion: 'International Criminal Court',
    names: 'es Corte Penal Internacional (CPI); fr Cour pénale internationale (CPI); it Corte penale internazionale (CPI); pt Tribunal Penal Internacional (TPI)',
    source: 'icc-cpi.int (Spanish/French pages); Wikipedia es/fr/it/pt', level: 'weak',
    context: ['war crimes', 'warrant', 'warrants', 'the hague', 'genocide', 'crimes against humanity', 'indictment', 'judges', 'tribunal'],
    avoid: ['consumer price', 'consumer prices', 'inflation', 'price index']
  },
  {
    forms: {de: ['IStGH']}, english: ['ICC'], expansion: 'International Criminal Court',
    names: 'de Internationaler Strafgerichtshof (IStGH)', source: 'Wikipedia de', level: 'strong'
  },
  {
    forms: {es: ['TPIY'], fr: ['TPIY'], pt: ['TPIY']}, english: ['ICTY'], expansion: 'International Criminal Tribunal for the former Yugoslavia',
    names: 'es Tribunal Penal Internacional para la ex-Yugoslavia; fr Tribunal pénal international pour l’ex-Yougoslavie',
    source: 'icty.org (French pages); Wikipedia es/fr', level: 'strong'
  },

  // — Other international bodies —
  {
    forms: {es: ['OTAN'], fr: ['OTAN', 'Otan'], pt: ['OTAN']}, english: ['NATO'], expansion: 'North Atlantic Treaty Organization',
    names: 'es Organización del Tratado del Atlántico Norte; fr Organisation du traité de l’Atlantique nord; pt Organização do Tratado do Atlântico Norte',
    source: 'nato.int/fr (official French name); Wikipedia es/fr/pt', level: 'strong'
  },
  {
    forms: {es: ['FMI'], fr: ['FMI'], it: ['FMI'], pt: ['FMI']}, english: ['IMF'], expansion: 'International Monetary Fund',
    names: 'es Fondo Monetario Internacional; fr Fonds monétaire international; it Fondo monetario internazionale; pt Fundo Monetário Internacional',
    source: 'imf.org/es, imf.org/fr; Wikipedia es/fr/it/pt', level: 'strong'
  },
  {
    forms: {de: ['IWF']}, english: ['IMF'], expansion: 'International Monetary Fund',
    names: 'de Internationaler Währungsfonds (IWF)', source: 'Wikipedia de; bundesfinanzministerium.de', level: 'weak',
    context: ['loan', 'loans', 'bailout', 'lending', 'lender', 'debt', 'economy', 'economic', 'growth', 'fiscal', 'monetary', 'georgieva', 'lagarde', 'forecast', 'reforms'],
    avoid: ['internet watch', 'abuse images', 'child abuse', 'child sexual abuse']
  },
  {
    forms: {es: ['OCDE'], fr: ['OCDE', 'Ocde'], pt: ['OCDE'], it: ['OCSE']}, english: ['OECD'], expansion: 'Organisation for Economic Co-operation and Development',
    names: 'es Organización para la Cooperación y el Desarrollo Económicos; fr Organisation de coopération et de développement économiques; pt Organização para a Cooperação e Desenvolvimento Económico; it Organizzazione per la cooperazione e lo sviluppo economico (OCSE)',
    source: 'oecd.org/fr (official French name); Wikipedia es/fr/pt/it', level: 'strong'
  },
  {
    forms: {de: ['OSZE']}, english: ['OSCE'], expansion: 'Organization for Security and Co-operation in Europe',
    names: 'de Organisation für Sicherheit und Zusammenarbeit in Europa', source: 'osce.org/de; Wikipedia de', level: 'strong'
  },
  {
    forms: {es: ['OEA'], fr: ['OEA'], pt: ['OEA']}, english: ['OAS'], expansion: 'Organization of American States',
    names: 'es Organización de los Estados Americanos; fr Organisation des États américains; pt Organização dos Estados Americanos',
    source: 'oas.org/es, oas.org/fr, oas.org/pt; Wikipedia es/fr/pt', level: 'strong'
  },
  {
    forms: {es: ['OPEP'], fr: ['OPEP', 'Opep'], pt: ['OPEP']}, english: ['OPEC'], expansion: 'Organization of the Petroleum Exporting Countries',
    names: 'es Organización de Países Exportadores de Petróleo; fr Organisation des pays exportateurs de pétrole; pt Organização dos Países Exportadores de Petróleo',
    source: 'Wikipedia es/fr/pt; IATE', level: 'strong'
  },
  {
    forms: {es: ['OUA'], fr: ['OUA'], pt: ['OUA']}, english: ['OAU'], expansion: 'Organisation of African Unity',
    names: 'es Organización para la Unidad Africana; fr Organisation de l’unité africaine; pt Organização da Unidade Africana',
    source: 'Wikipedia es/fr/pt', level: 'strong'
  },
  {
    forms: {es: ['OLP'], fr: ['OLP'], it: ['OLP'], pt: ['OLP']}, english: ['PLO'], expansion: 'Palestine Liberation Organization',
    names: 'es Organización para la Liberación de Palestina; fr Organisation de libération de la Palestine; it Organizzazione per la liberazione della Palestina; pt Organização para a Libertação da Palestina',
    source: 'Wikipedia es/fr/it/pt', level: 'strong'
  },
  {
    forms: {es: ['ANP'], fr: ['ANP'], it: ['ANP'], pt: ['ANP']}, english: ['PA'], expansion: 'Palestinian Authority',
    names: 'es Autoridad Nacional Palestina; fr Autorité nationale palestinienne; it Autorità Nazionale Palestinese; pt Autoridade Nacional Palestina',
    source: 'Wikipedia es/fr/it/pt', level: 'weak',
    context: ['palestinian', 'palestinians', 'abbas', 'ramallah', 'west bank', 'gaza', 'fatah'],
    avoid: ['petroleum', 'brazil', 'brazilian', 'dutch', 'netherlands']
  },
  {
    forms: {es: ['CICR'], fr: ['CICR'], it: ['CICR'], pt: ['CICV'], de: ['IKRK']}, english: ['ICRC'], expansion: 'International Committee of the Red Cross',
    names: 'es Comité Internacional de la Cruz Roja (CICR); fr Comité international de la Croix-Rouge (CICR); it Comitato internazionale della Croce Rossa (CICR); pt Comitê Internacional da Cruz Vermelha (CICV); de Internationales Komitee vom Roten Kreuz (IKRK)',
    source: 'icrc.org/es, icrc.org/fr, icrc.org/pt; Wikipedia de', level: 'strong'
  },
  {
    forms: {es: ['ONG'], fr: ['ONG'], it: ['ONG'], pt: ['ONG']}, english: ['NGO'], expansion: 'non-governmental organisation',
    names: 'es organización no gubernamental; fr organisation non gouvernementale; it organizzazione non governativa; pt organização não governamental',
    source: 'RAE Diccionario panhispánico de dudas ("ONG"); Larousse; Treccani; Priberam', level: 'strong'
  },

  // — European Union and Europe —
  {
    forms: {es: ['UE'], fr: ['UE'], it: ['UE'], pt: ['UE']}, english: ['EU'], expansion: 'European Union',
    names: 'es Unión Europea; fr Union européenne; it Unione europea; pt União Europeia',
    source: 'EU Interinstitutional Style Guide; european-union.europa.eu (es/fr/it/pt)', level: 'weak',
    context: [
      'european', 'europe', 'brussels', 'bloc', 'member states', 'member countries', 'commission', 'parliament',
      'von der leyen', 'euro', 'eurozone', 'sanctions', 'schengen', 'mercosur', 'brexit', 'countries', 'trade'
    ]
  },
  {
    forms: {es: ['CE'], fr: ['CE'], it: ['CE'], pt: ['CE']}, english: ['EC'], expansion: 'European Commission',
    names: 'es Comisión Europea; fr Commission européenne; it Commissione europea; pt Comissão Europeia',
    source: 'EU Interinstitutional Style Guide; commission.europa.eu (es/fr/it/pt)', level: 'weak',
    context: ['brussels', 'von der leyen', 'commissioner', 'commissioners', 'member states', 'bloc'],
    avoid: ['common era', 'century', 'b.c.', 'marking', 'chief executive', 'hong kong']
  },
  {
    forms: {es: ['PE'], fr: ['PE'], it: ['PE'], pt: ['PE']}, english: ['EP'], expansion: 'European Parliament',
    names: 'es Parlamento Europeo; fr Parlement européen; it Parlamento europeo; pt Parlamento Europeu',
    source: 'EU Interinstitutional Style Guide; europarl.europa.eu (es/fr/it/pt)', level: 'weak',
    context: ['meps', 'mep', 'strasbourg', 'lawmakers', 'plenary', 'metsola'],
    avoid: ['private equity', 'physical education', 'price-earnings', 'pernambuco']
  },
  {
    forms: {es: ['BCE'], fr: ['BCE'], it: ['BCE'], pt: ['BCE']}, english: ['ECB'], expansion: 'European Central Bank',
    names: 'es Banco Central Europeo; fr Banque centrale européenne; it Banca centrale europea; pt Banco Central Europeu',
    source: 'ecb.europa.eu (es/fr/it/pt); EU Interinstitutional Style Guide', level: 'weak', context: EURO,
    avoid: ['before the common era', 'common era', 'b.c.e.', 'century', 'ancient', 'archaeolog']
  },
  {
    forms: {de: ['EZB']}, english: ['ECB'], expansion: 'European Central Bank',
    names: 'de Europäische Zentralbank (EZB)', source: 'ecb.europa.eu/de; EU Interinstitutional Style Guide', level: 'strong'
  },
  {
    forms: {es: ['BEI'], fr: ['BEI'], it: ['BEI'], pt: ['BEI']}, english: ['EIB'], expansion: 'European Investment Bank',
    names: 'es Banco Europeo de Inversiones; fr Banque européenne d’investissement; it Banca europea per gli investimenti; pt Banco Europeu de Investimento',
    source: 'eib.org (es/fr/it/pt); EU Interinstitutional Style Guide', level: 'weak',
    context: ['european', 'loan', 'loans', 'investment', 'financing', 'bank', 'funding', 'brussels']
  },
  {
    forms: {es: ['BERD'], fr: ['BERD'], pt: ['BERD']}, english: ['EBRD'], expansion: 'European Bank for Reconstruction and Development',
    names: 'es Banco Europeo para la Reconstrucción y el Desarrollo; fr Banque européenne pour la reconstruction et le développement; it BERS; pt BERD',
    source: 'ebrd.com (French pages); IATE', level: 'strong'
  },
  {
    forms: {es: ['TJUE'], fr: ['CJUE'], pt: ['TJUE']}, english: ['CJEU'], expansion: 'Court of Justice of the European Union',
    names: 'es Tribunal de Justicia de la Unión Europea (TJUE); fr Cour de justice de l’Union européenne (CJUE); pt Tribunal de Justiça da União Europeia (TJUE)',
    source: 'curia.europa.eu (es/fr/pt); EU Interinstitutional Style Guide', level: 'strong'
  },
  {
    forms: {de: ['EuGH']}, english: ['CJEU', 'ECJ'], expansion: 'Court of Justice of the European Union',
    names: 'de Europäischer Gerichtshof (EuGH)', source: 'curia.europa.eu/de; Wikipedia de', level: 'strong'
  },
  {
    forms: {es: ['TEDH'], fr: ['CEDH'], it: ['CEDU'], pt: ['TEDH'], de: ['EGMR']}, english: ['ECHR'], expansion: 'European Court of Human Rights',
    names: 'es Tribunal Europeo de Derechos Humanos (TEDH); fr Cour européenne des droits de l’homme (CEDH); it Corte europea dei diritti dell’uomo (CEDU); pt Tribunal Europeu dos Direitos Humanos (TEDH); de Europäischer Gerichtshof für Menschenrechte (EGMR)',
    source: 'echr.coe.int (French pages); Wikipedia es/fr/it/pt/de', level: 'strong'
  },

  // — Americas —
  {
    forms: {es: ['CIDH'], pt: ['CIDH']}, english: ['IACHR'], expansion: 'Inter-American Commission on Human Rights',
    names: 'es Comisión Interamericana de Derechos Humanos; pt Comissão Interamericana de Direitos Humanos',
    source: 'oas.org/es/cidh; Wikipedia es/pt', level: 'strong'
  },
  {
    forms: {es: ['BID'], fr: ['BID'], pt: ['BID']}, english: ['IDB'], expansion: 'Inter-American Development Bank',
    names: 'es Banco Interamericano de Desarrollo; fr Banque interaméricaine de développement; pt Banco Interamericano de Desenvolvimento',
    source: 'iadb.org/es, iadb.org/pt; Wikipedia es/fr/pt', level: 'weak',
    context: ['inter-american', 'interamerican', 'development bank', 'latin america', 'latin american', 'caribbean'],
    avoid: ['auction', 'bidding', 'bidder']
  },
  {
    forms: {es: ['TLCAN'], fr: ['ALENA']}, english: ['NAFTA'], expansion: 'North American Free Trade Agreement',
    names: 'es Tratado de Libre Comercio de América del Norte (TLCAN); fr Accord de libre-échange nord-américain (ALENA)',
    source: 'Wikipedia es/fr', level: 'strong'
  },
  {
    forms: {es: ['T-MEC']}, english: ['USMCA'], expansion: 'United States-Mexico-Canada Agreement',
    names: 'es Tratado entre México, Estados Unidos y Canadá (T-MEC)', source: 'gob.mx (Secretaría de Economía); Wikipedia es', level: 'strong'
  },
  {
    forms: {fr: ['ACEUM']}, english: ['USMCA', 'CUSMA'], expansion: 'United States-Mexico-Canada Agreement',
    names: 'fr Accord Canada–États-Unis–Mexique (ACEUM)', source: 'international.gc.ca (French pages)', level: 'strong'
  },

  // — Countries —
  {
    forms: {es: ['MNOAL', 'Mnoal', 'NOAL', 'Noal']}, english: ['NAM'], expansion: 'Non-Aligned Movement',
    names: 'es Movimiento de Países No Alineados (MNOAL, NOAL)',
    source: 'Wikipedia es "Movimiento de Países No Alineados" (first line: MNOAL); Prensa Latina and Granma style (NOAL)', level: 'strong'
  },
  {
    forms: {es: ['EEUU', 'EE.UU.', 'EE. UU.', 'EE UU']}, english: ['US'], expansion: 'United States',
    names: 'es Estados Unidos (EE. UU.)', source: 'RAE Diccionario panhispánico de dudas ("EE. UU."); Fundéu', level: 'strong'
  },
  {
    forms: {pt: ['EUA']}, english: ['US'], expansion: 'United States',
    names: 'pt Estados Unidos da América (EUA)', source: 'Wikipedia pt "Estados Unidos"; Priberam', level: 'weak',
    context: ['washington', 'white house', 'american', 'americans', 'biden', 'trump', 'obama', 'dollar', 'tariff', 'tariffs', 'president'],
    avoid: ['emergency use', 'authorization', 'authorisation', 'fda', 'food and drug']
  },
  {
    forms: {es: ['URSS'], fr: ['URSS'], it: ['URSS'], pt: ['URSS'], de: ['UdSSR']}, english: ['USSR'], expansion: 'Union of Soviet Socialist Republics',
    names: 'es/fr/it/pt Unión de Repúblicas Socialistas Soviéticas (URSS); de Union der Sozialistischen Sowjetrepubliken (UdSSR)',
    source: 'Wikipedia es/fr/it/pt/de', level: 'strong'
  },
  {
    forms: {es: ['RDA'], fr: ['RDA'], it: ['RDA'], pt: ['RDA'], de: ['DDR']}, english: ['GDR'], expansion: 'German Democratic Republic',
    names: 'es República Democrática Alemana; fr République démocratique allemande; it Repubblica Democratica Tedesca; de Deutsche Demokratische Republik (DDR)',
    source: 'Wikipedia es/fr/it/pt/de', level: 'weak',
    context: ['east germany', 'east german', 'east germans', 'stasi', 'honecker', 'berlin wall', 'communist', 'reunification'],
    avoid: ['daily allowance', 'recommended daily', 'memory', 'dance dance', 'ram']
  },
  {
    forms: {es: ['RDC'], fr: ['RDC'], pt: ['RDC']}, english: ['DRC'], expansion: 'Democratic Republic of the Congo',
    names: 'es República Democrática del Congo; fr République démocratique du Congo; pt República Democrática do Congo',
    source: 'Wikipedia es/fr/pt', level: 'strong'
  },
  {
    forms: {es: ['RPDC'], fr: ['RPDC'], pt: ['RPDC']}, english: ['DPRK'], expansion: 'Democratic People’s Republic of Korea',
    names: 'es República Popular Democrática de Corea; fr République populaire démocratique de Corée; pt República Popular Democrática da Coreia',
    source: 'Wikipedia es/fr/pt', level: 'strong'
  },
  {
    forms: {es: ['RPC'], fr: ['RPC'], pt: ['RPC']}, english: ['PRC'], expansion: 'People’s Republic of China',
    names: 'es República Popular China; fr République populaire de Chine; pt República Popular da China',
    source: 'Wikipedia es/fr/pt', level: 'weak',
    context: ['china', 'chinese', 'beijing', 'taiwan', 'xi'],
    avoid: ['remote procedure']
  },
  {
    forms: {es: ['EAU'], fr: ['EAU'], it: ['EAU'], pt: ['EAU']}, english: ['UAE'], expansion: 'United Arab Emirates',
    names: 'es Emiratos Árabes Unidos; fr Émirats arabes unis; it Emirati Arabi Uniti; pt Emirados Árabes Unidos',
    source: 'Wikipedia es/fr/it/pt', level: 'weak',
    context: ['emirates', 'emirati', 'abu dhabi', 'dubai', 'gulf', 'saudi', 'qatar', 'arab']
  },
  {
    forms: {de: ['VAE']}, english: ['UAE'], expansion: 'United Arab Emirates',
    names: 'de Vereinigte Arabische Emirate (VAE)', source: 'Wikipedia de', level: 'weak',
    context: ['emirates', 'emirati', 'abu dhabi', 'dubai', 'gulf', 'saudi', 'qatar', 'arab']
  },

  // — Armed groups and forces —
  {
    forms: {es: ['OSDH'], fr: ['OSDH'], pt: ['OSDH'], it: ['Ondus', 'ONDUS']}, english: ['SOHR'], expansion: 'Syrian Observatory for Human Rights',
    names: 'es Observatorio Sirio de Derechos Humanos (OSDH); fr Observatoire syrien des droits de l’homme (OSDH); pt Observatório Sírio de Direitos Humanos (OSDH); it Osservatorio nazionale per i diritti umani in Siria (Ondus, ANSA usage)',
    source: 'Wikipedia es/fr/pt; syriahr.com (English name)', level: 'strong'
  },
  {
    forms: {es: ['EI'], fr: ['EI'], pt: ['EI']}, english: ['IS'], expansion: 'Islamic State',
    names: 'es Estado Islámico; fr État islamique; pt Estado Islâmico',
    source: 'Wikipedia es/fr/pt; Fundéu ("Estado Islámico, EI")', level: 'weak', context: JIHADISTS,
    avoid: ['employment insurance', 'emotional intelligence', 'benefits', 'jobless', 'canada', 'canadian']
  },
  {
    forms: {es: ['EIIL'], fr: ['EIIL']}, english: ['ISIL'], expansion: 'Islamic State of Iraq and the Levant',
    names: 'es Estado Islámico de Irak y el Levante; fr État islamique en Irak et au Levant',
    source: 'Wikipedia es/fr', level: 'strong'
  },
  {
    forms: {es: ['AQMI'], fr: ['AQMI']}, english: ['AQIM'], expansion: 'al-Qaeda in the Islamic Maghreb',
    names: 'fr Al-Qaïda au Maghreb islamique; es Al Qaeda en el Magreb Islámico',
    source: 'Wikipedia fr/es', level: 'strong'
  },
  {
    forms: {es: ['FDS'], fr: ['FDS'], pt: ['FDS']}, english: ['SDF'], expansion: 'Syrian Democratic Forces',
    names: 'es Fuerzas Democráticas Sirias; fr Forces démocratiques syriennes; pt Forças Democráticas Sírias',
    source: 'Wikipedia es/fr/pt', level: 'weak', context: SYRIA
  },
  {
    forms: {es: ['ESL'], it: ['ESL'], pt: ['ESL'], fr: ['ASL']}, english: ['FSA'], expansion: 'Free Syrian Army',
    names: 'es Ejército Sirio Libre (ESL); fr Armée syrienne libre (ASL); it Esercito siriano libero (ESL); pt Exército Livre da Síria (ESL)',
    source: 'Wikipedia es/fr/it/pt', level: 'weak', context: SYRIA,
    avoid: ['english as a second language', 'sign language', 'deaf', 'esports', 'students', 'english', 'classes', 'teacher', 'teachers', 'school']
  },
  {
    forms: {es: ['CGRI'], fr: ['CGRI']}, english: ['IRGC'], expansion: 'Islamic Revolutionary Guard Corps',
    names: 'fr Corps des gardiens de la révolution islamique; es Cuerpo de la Guardia Revolucionaria Islámica',
    source: 'Wikipedia fr/es', level: 'strong'
  },
  {
    forms: {es: ['FDI'], fr: ['FDI'], it: ['FDI'], pt: ['FDI']}, english: ['IDF'], expansion: 'Israel Defense Forces',
    names: 'es Fuerzas de Defensa de Israel; fr Forces de défense d’Israël; it Forze di difesa israeliane; pt Forças de Defesa de Israel',
    source: 'Wikipedia es/fr/it/pt', level: 'weak', context: ISRAEL,
    avoid: ['investment', 'investments', 'investor', 'investors', 'inflows', 'foreign direct']
  },

  // — Economy and common nouns —
  {
    forms: {es: ['PIB'], fr: ['PIB'], pt: ['PIB']}, english: ['GDP'], expansion: 'gross domestic product',
    names: 'es producto interno/interior bruto; fr produit intérieur brut; pt produto interno bruto',
    source: 'RAE Diccionario panhispánico de dudas; Larousse; Priberam', level: 'weak', context: ECONOMY,
    avoid: ['press information bureau', 'india', 'indian', 'new delhi', 'modi']
  },
  {
    forms: {es: ['PBI']}, english: ['GDP'], expansion: 'gross domestic product',
    names: 'es producto bruto interno (Argentina, Peru, Uruguay)', source: 'RAE Diccionario panhispánico de dudas', level: 'weak', context: ECONOMY
  },
  {
    forms: {it: ['PIL']}, english: ['GDP'], expansion: 'gross domestic product',
    names: 'it prodotto interno lordo', source: 'Treccani', level: 'weak', context: ECONOMY
  },
  {
    forms: {de: ['BIP']}, english: ['GDP'], expansion: 'gross domestic product',
    names: 'de Bruttoinlandsprodukt', source: 'Duden; destatis.de', level: 'weak', context: ECONOMY
  },
  {
    forms: {es: ['IPC'], fr: ['IPC'], it: ['IPC'], pt: ['IPC']}, english: ['CPI'], expansion: 'consumer price index',
    names: 'es índice de precios al consumo/consumidor; fr indice des prix à la consommation; pt índice de preços ao consumidor',
    source: 'INE (ine.es); Insee (insee.fr); IBGE', level: 'weak',
    context: ['inflation', 'consumer prices', 'price index'],
    avoid: ['paralympic', 'police', 'ipcc', 'intergovernmental panel', 'penal code', 'booked', 'india', 'indian']
  },
  {
    forms: {es: ['IVA'], it: ['IVA'], pt: ['IVA']}, english: ['VAT'], expansion: 'value added tax',
    names: 'es impuesto sobre el valor añadido; it imposta sul valore aggiunto; pt imposto sobre o valor acrescentado',
    source: 'Agencia Tributaria (agenciatributaria.es); Agenzia delle Entrate; Portal das Finanças', level: 'weak', context: TAX,
    avoid: ['insolvency', 'individual voluntary', 'bankruptcy', 'bankrupt', 'creditors']
  },
  {
    forms: {fr: ['TVA']}, english: ['VAT'], expansion: 'value added tax',
    names: 'fr taxe sur la valeur ajoutée', source: 'impots.gouv.fr', level: 'weak', context: TAX,
    avoid: ['tennessee', 'valley authority']
  },
  {
    forms: {es: ['PYME', 'PYMES', 'PyME', 'PyMES']}, english: ['SME'], expansion: 'small and medium-sized enterprises',
    names: 'es pequeña y mediana empresa (pyme)', source: 'RAE Diccionario panhispánico de dudas ("pyme")', level: 'strong'
  },
  {
    forms: {es: ['UCI'], pt: ['UCI']}, english: ['ICU'], expansion: 'intensive care unit',
    names: 'es unidad de cuidados intensivos; pt unidade de cuidados intensivos',
    source: 'RAE Diccionario panhispánico de dudas; Priberam', level: 'weak',
    context: ['patients', 'patient', 'beds', 'intensive', 'admitted', 'hospital', 'hospitalised', 'hospitalized', 'ventilator'],
    avoid: ['cycling', 'cyclist', 'cyclists', 'rider', 'riders', 'peloton', 'irvine', 'tour de']
  },
  {
    forms: {es: ['VIH'], fr: ['VIH'], it: ['VIH'], pt: ['VIH']}, english: ['HIV'], expansion: 'human immunodeficiency virus',
    names: 'es/fr/pt/it virus de la inmunodeficiencia humana (VIH)', source: 'who.int/es, who.int/fr; RAE', level: 'strong'
  },
  {
    forms: {es: ['SIDA'], fr: ['SIDA'], pt: ['SIDA']}, english: ['AIDS'], expansion: 'acquired immune deficiency syndrome',
    names: 'es/fr/pt síndrome de inmunodeficiencia adquirida (sida)', source: 'RAE Diccionario panhispánico de dudas ("sida"); Larousse', level: 'weak',
    context: ['hiv', 'vih', 'virus', 'antiretroviral', 'infection', 'infections', 'epidemic', 'unaids', 'onusida', 'health'],
    avoid: ['swedish', 'sweden']
  },
  {
    forms: {es: ['ADN'], fr: ['ADN'], pt: ['ADN']}, english: ['DNA'], expansion: 'deoxyribonucleic acid',
    names: 'es ácido desoxirribonucleico (ADN); fr acide désoxyribonucléique (ADN); pt ácido desoxirribonucleico (ADN)', source: 'RAE; Larousse; Priberam', level: 'weak',
    context: ['genetic', 'forensic', 'sample', 'samples', 'test', 'tests', 'testing', 'remains', 'paternity', 'genome'],
    avoid: ['noboa', 'ecuador', 'ecuadorian', 'party']
  },
  {
    forms: {es: ['OVNI', 'Ovni'], fr: ['OVNI', 'Ovni'], pt: ['OVNI']}, english: ['UFO'], expansion: 'unidentified flying object',
    names: 'es objeto volador no identificado (ovni); fr objet volant non identifié (ovni); pt objeto voador não identificado (óvni)', source: 'RAE; Larousse', level: 'strong'
  },
  {
    forms: {es: ['OGM'], fr: ['OGM'], it: ['OGM'], pt: ['OGM']}, english: ['GMO'], expansion: 'genetically modified organism',
    names: 'es organismo genéticamente modificado; fr organisme génétiquement modifié; it organismo geneticamente modificato; pt organismo geneticamente modificado',
    source: 'IATE; Larousse', level: 'weak',
    context: ['genetically', 'modified', 'crops', 'seeds', 'maize', 'corn', 'soy', 'soya', 'food', 'farmers', 'biotech'],
    avoid: ['general meeting', 'shareholders']
  },
  {
    forms: {es: ['IA'], fr: ['IA'], it: ['IA'], pt: ['IA']}, english: ['AI'], expansion: 'artificial intelligence',
    names: 'es inteligencia artificial; fr intelligence artificielle; it intelligenza artificiale; pt inteligência artificial',
    source: 'RAE; Larousse; Treccani; Priberam', level: 'weak', context: AI, avoid: ['iowa']
  },
  {
    forms: {de: ['KI']}, english: ['AI'], expansion: 'artificial intelligence',
    names: 'de künstliche Intelligenz (KI)', source: 'Duden', level: 'weak', context: AI
  }
]

/**
 * Acronyms that English copy keeps from the source language, or that are
 * English already: never flagged, even when their letters do not follow the
 * English expansion ("Revolutionary Armed Forces of Colombia (FARC)").
 *
 * Source: the acronyms the AP Stylebook and the Reuters Handbook of Journalism
 * use as written for these bodies; sports federations and agencies that keep
 * their French or Spanish names in English (fifa.com, uci.org, efe.com …).
 */
export const KEPT_ACRONYMS: ReadonlySet<string> = new Set([
  // news agencies and media
  'AFP', 'EFE', 'ANSA', 'DPA', 'AP', 'RTVE', 'RAI', 'TVE', 'RTP', 'ORF', 'ARD', 'ZDF', 'RFI', 'RTBF',
  // armed and political groups of Spanish-, French-, Italian-, Portuguese- and German-speaking countries
  'FARC', 'ELN', 'EPL', 'AUC', 'EZLN', 'ETA', 'PSOE', 'PP', 'PNV', 'ERC', 'CUP', 'PRI', 'PAN', 'PRD', 'MAS', 'PT', 'PSDB',
  'MDB', 'PSD', 'PNL', 'PS', 'RN', 'LFI', 'LR', 'UMP', 'FN', 'PD', 'CDU', 'CSU', 'SPD', 'FDP', 'AfD', 'BSW', 'FPO', 'FPÖ', 'OVP', 'ÖVP',
  'SVP', 'FLN', 'FIS', 'UGTT', 'MST', 'CGT', 'CFDT', 'CGIL', 'CISL', 'UIL', 'UGT', 'CCOO', 'FMLN', 'FSLN', 'URNG', 'MIR',
  // Syria, Iraq, Kurdistan (English copy uses these)
  'KPRF', 'HTS', 'PKK', 'PYD', 'YPG', 'YPJ', 'KDP', 'PUK', 'PDKI', 'PJAK', 'KRG', 'SDF', 'SOHR', 'FSA', 'SNA',
  // sport and technical bodies with French names kept in English
  'FIFA', 'UEFA', 'FIA', 'FIBA', 'FINA', 'FIVB', 'FIS', 'FEI', 'FIG', 'FIE', 'FIH', 'FIM', 'UCI', 'UIPM', 'CERN',
  'OIF', 'OIV', 'BIPM', 'UIC', 'OICA', 'MSF', 'RSF', 'FIL', 'BIE', 'FIDE', 'OIML', 'UIA', 'UPOV', 'FISA', 'FIBT',
  'BCEAO', 'BEAC', 'UEMOA', 'CEMAC', 'OHADA', 'MINUSMA', 'MINUSCA', 'MONUSCO', 'MINUSTAH', 'MINURSO', 'UNIFIL', 'CONMEBOL', 'CONCACAF', 'CELAC', 'UNASUR', 'ALBA', 'SICA',
  // central banks, statistics offices, companies and indices of those countries
  'INE', 'INSEE', 'ISTAT', 'IBGE', 'INDEC', 'INEGI', 'DANE', 'BNDES', 'CNMV', 'AMF', 'BCRA', 'BCB', 'BNS', 'SNB',
  'PDVSA', 'YPF', 'SNCF', 'RATP', 'EDF', 'BNP', 'ENI', 'ENEL', 'DAX', 'CAC', 'IBEX', 'SMI', 'MIB', 'PSI', 'ATX',
  'BfV', 'BND', 'BKA', 'BGH', 'EKD', 'DFB', 'KNVB', 'DGSE', 'DGSI', 'CNI', 'CNDH', 'TSE', 'STF', 'TSJ', 'CNE',
  // English acronyms of UN bodies
  'UNESCO', 'UNICEF', 'UNHCR', 'UNRWA', 'UNDP', 'UNEP', 'UNAIDS', 'UNCTAD', 'UNIDO', 'OCHA', 'FAO', 'IFAD'
])
