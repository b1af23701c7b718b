/**
 * National bodies, plans and offices known by the acronym of their name in
 * the country's language, which English copy spells out on first use
 * ("Italy's National Recovery and Resilience Plan (PNRR)") and machine
 * translation leaves bare ("mayors rely on the PNRR").  The `acronym` rule
 * reports such a form (information) when the story never explains it and
 * does name the country (its `context` words), so a bare "DPR" in a story
 * about Indonesia is flagged, and nowhere else.
 *
 * Sources: each body's own site and the title and first line of its
 * Wikipedia article in the country's language and in English (es, it, pt,
 * fr, pl, id, cs, nl, uk .wikipedia.org), which give the acronym, the full
 * name and the English name English-language media use.  Forms that are also
 * common English acronyms in another sense (CIS, CPI, SAT, TC, CBS, ITV, CBA,
 * TAR …) or that the `KEPT_ACRONYMS` of acronym-foreign.ts keep (AMF, CNI)
 * are left out.
 */

export interface NationalAcronym {
  /** The forms as written (all capitals; a sentence-case press form where usual: "Anci"). */
  forms: readonly string[]
  /** The country, a key of NATIONAL_CONTEXT. */
  country: string
  /** The English name English copy gives it. */
  english: string
  /** The name in the country's language (documentation). */
  name: string
}

/** Words that show a story is about the country (names, demonyms, capitals), as written. */
export const NATIONAL_CONTEXT: Readonly<Record<string, readonly string[]>> = {
  es: ['Spain', 'Spanish', 'Spaniards', 'Madrid', 'Barcelona', 'Catalonia', 'Andalusia', 'Sánchez', 'Feijóo', 'PSOE'],
  ar: ['Argentina', 'Argentine', 'Argentinian', 'Buenos Aires', 'Milei', 'Kirchner', 'Peronist', 'Peronism'],
  mx: ['Mexico', 'Mexican', 'López Obrador', 'Sheinbaum'],
  it: ['Italy', 'Italian', 'Rome', 'Milan', 'Naples', 'Meloni', 'Draghi', 'Palazzo Chigi'],
  br: ['Brazil', 'Brazilian', 'Brasília', 'Brasilia', 'São Paulo', 'Rio de Janeiro', 'Lula', 'Bolsonaro'],
  fr: ['France', 'French', 'Paris', 'Macron', 'Élysée', 'Elysee', 'Le Pen', 'Bardella'],
  pl: ['Poland', 'Polish', 'Warsaw', 'Tusk', 'Duda', 'Sejm'],
  id: ['Indonesia', 'Indonesian', 'Jakarta', 'Jokowi', 'Widodo', 'Prabowo', 'Bali'],
  cz: ['Czech', 'Czechia', 'Prague', 'Babiš', 'Babis', 'Fiala'],
  nl: ['Netherlands', 'Dutch', 'Amsterdam', 'The Hague', 'Rotterdam', 'Rutte'],
  ua: ['Ukraine', 'Ukrainian', 'Kyiv', 'Kiev', 'Kharkiv', 'Donetsk', 'Zelensky', 'Zelenskyy', 'Zelenskiy']
}

export const NATIONAL_ACRONYMS: readonly NationalAcronym[] = [
  // Spain (es.wikipedia.org; poderjudicial.es, boe.es, cnmc.es)
  {forms: ['CGPJ'], country: 'es', english: 'General Council of the Judiciary', name: 'Consejo General del Poder Judicial'},
  {forms: ['CNMC'], country: 'es', english: 'National Markets and Competition Commission', name: 'Comisión Nacional de los Mercados y la Competencia'},
  {forms: ['BOE'], country: 'es', english: 'Official State Gazette', name: 'Boletín Oficial del Estado'},
  {forms: ['DGT'], country: 'es', english: 'Directorate-General for Traffic', name: 'Dirección General de Tráfico'},
  {forms: ['UCO'], country: 'es', english: 'Civil Guard’s Central Operative Unit', name: 'Unidad Central Operativa'},
  {forms: ['UME'], country: 'es', english: 'Military Emergencies Unit', name: 'Unidad Militar de Emergencias'},
  {forms: ['AEMET'], country: 'es', english: 'State Meteorological Agency', name: 'Agencia Estatal de Meteorología'},
  {forms: ['DT'], country: 'es', english: 'coach', name: 'director técnico (football)'},
  // Argentina (argentina.gob.ar; es.wikipedia.org)
  {forms: ['DNU'], country: 'ar', english: 'emergency decree', name: 'Decreto de Necesidad y Urgencia'},
  {forms: ['AFIP'], country: 'ar', english: 'Federal Administration of Public Revenue', name: 'Administración Federal de Ingresos Públicos'},
  {forms: ['ANSES'], country: 'ar', english: 'National Social Security Administration', name: 'Administración Nacional de la Seguridad Social'},
  {forms: ['CONICET'], country: 'ar', english: 'National Scientific and Technical Research Council', name: 'Consejo Nacional de Investigaciones Científicas y Técnicas'},
  {forms: ['INTA'], country: 'ar', english: 'National Institute of Agricultural Technology', name: 'Instituto Nacional de Tecnología Agropecuaria'},
  {forms: ['INTI'], country: 'ar', english: 'National Institute of Industrial Technology', name: 'Instituto Nacional de Tecnología Industrial'},
  {forms: ['CONABIP'], country: 'ar', english: 'National Commission of Public Libraries', name: 'Comisión Nacional de Bibliotecas Populares'},
  // Mexico (gob.mx; es.wikipedia.org)
  {forms: ['IMSS'], country: 'mx', english: 'Mexican Social Security Institute', name: 'Instituto Mexicano del Seguro Social'},
  {forms: ['SCJN'], country: 'mx', english: 'Supreme Court of Justice of the Nation', name: 'Suprema Corte de Justicia de la Nación'},
  {forms: ['SEDENA', 'Sedena'], country: 'mx', english: 'Defence Ministry', name: 'Secretaría de la Defensa Nacional'},
  {forms: ['CFE'], country: 'mx', english: 'Federal Electricity Commission', name: 'Comisión Federal de Electricidad'},
  // Italy (it.wikipedia.org; italiadomani.gov.it, anci.it, inps.it)
  {forms: ['PNRR'], country: 'it', english: 'National Recovery and Resilience Plan', name: 'Piano Nazionale di Ripresa e Resilienza'},
  {forms: ['ANCI', 'Anci'], country: 'it', english: 'National Association of Italian Municipalities', name: 'Associazione Nazionale Comuni Italiani'},
  {forms: ['INPS', 'Inps'], country: 'it', english: 'National Social Security Institute', name: 'Istituto Nazionale della Previdenza Sociale'},
  {forms: ['CSM'], country: 'it', english: 'High Council of the Judiciary', name: 'Consiglio Superiore della Magistratura'},
  {forms: ['DPCM', 'Dpcm'], country: 'it', english: 'prime ministerial decree', name: 'Decreto del Presidente del Consiglio dei Ministri'},
  {forms: ['MEF'], country: 'it', english: 'Economy Ministry', name: 'Ministero dell’Economia e delle Finanze'},
  // Brazil (gov.br; pt.wikipedia.org)
  {forms: ['STJD'], country: 'br', english: 'Superior Court of Sports Justice', name: 'Superior Tribunal de Justiça Desportiva'},
  {forms: ['STJ'], country: 'br', english: 'Superior Court of Justice', name: 'Superior Tribunal de Justiça'},
  {forms: ['PGR'], country: 'br', english: 'Prosecutor-General’s Office', name: 'Procuradoria-Geral da República'},
  {forms: ['INSS'], country: 'br', english: 'National Social Security Institute', name: 'Instituto Nacional do Seguro Social'},
  {forms: ['CBF'], country: 'br', english: 'Brazilian Football Confederation', name: 'Confederação Brasileira de Futebol'},
  // France (fr.wikipedia.org; assemblee-nationale.fr)
  {forms: ['RN'], country: 'fr', english: 'National Rally', name: 'Rassemblement national'},
  {forms: ['CMP'], country: 'fr', english: 'joint committee of both houses', name: 'commission mixte paritaire'},
  // Poland (gov.pl; pl.wikipedia.org)
  {forms: ['KPRM'], country: 'pl', english: 'Chancellery of the Prime Minister', name: 'Kancelaria Prezesa Rady Ministrów'},
  {forms: ['CIR'], country: 'pl', english: 'Government Information Centre', name: 'Centrum Informacyjne Rządu'},
  {forms: ['PKW'], country: 'pl', english: 'National Electoral Commission', name: 'Państwowa Komisja Wyborcza'},
  {forms: ['NIK'], country: 'pl', english: 'Supreme Audit Office', name: 'Najwyższa Izba Kontroli'},
  {forms: ['ABW'], country: 'pl', english: 'Internal Security Agency', name: 'Agencja Bezpieczeństwa Wewnętrznego'},
  {forms: ['KRS'], country: 'pl', english: 'National Council of the Judiciary', name: 'Krajowa Rada Sądownictwa'},
  {forms: ['RPO'], country: 'pl', english: 'Commissioner for Human Rights', name: 'Rzecznik Praw Obywatelskich'},
  // Indonesia (id.wikipedia.org; dpr.go.id, tni.mil.id, kpk.go.id)
  {forms: ['DPR'], country: 'id', english: 'House of Representatives', name: 'Dewan Perwakilan Rakyat'},
  {forms: ['MPR'], country: 'id', english: 'People’s Consultative Assembly', name: 'Majelis Permusyawaratan Rakyat'},
  {forms: ['DPRD'], country: 'id', english: 'regional legislature', name: 'Dewan Perwakilan Rakyat Daerah'},
  {forms: ['TNI'], country: 'id', english: 'Indonesian Armed Forces', name: 'Tentara Nasional Indonesia'},
  {forms: ['KPK'], country: 'id', english: 'Corruption Eradication Commission', name: 'Komisi Pemberantasan Korupsi'},
  {forms: ['KPU'], country: 'id', english: 'General Elections Commission', name: 'Komisi Pemilihan Umum'},
  {forms: ['BPK'], country: 'id', english: 'Audit Board', name: 'Badan Pemeriksa Keuangan'},
  {forms: ['BNPB'], country: 'id', english: 'National Disaster Management Agency', name: 'Badan Nasional Penanggulangan Bencana'},
  {forms: ['BMKG'], country: 'id', english: 'Meteorology, Climatology and Geophysics Agency', name: 'Badan Meteorologi, Klimatologi, dan Geofisika'},
  // Czech Republic (cs.wikipedia.org; financnianalytickyurad.cz)
  {forms: ['FAU'], country: 'cz', english: 'Financial Analytical Office', name: 'Finanční analytický úřad'},
  {forms: ['NKÚ'], country: 'cz', english: 'Supreme Audit Office', name: 'Nejvyšší kontrolní úřad'},
  {forms: ['ÚOHS'], country: 'cz', english: 'Office for the Protection of Competition', name: 'Úřad pro ochranu hospodářské soutěže'},
  // Netherlands (nl.wikipedia.org; cbr.nl, onderzoeksraad.nl, rivm.nl)
  {forms: ['CBR'], country: 'nl', english: 'driving test agency', name: 'Centraal Bureau Rijvaardigheidsbewijzen'},
  {forms: ['OVV'], country: 'nl', english: 'Dutch Safety Board', name: 'Onderzoeksraad Voor Veiligheid'},
  {forms: ['RIVM'], country: 'nl', english: 'National Institute for Public Health and the Environment', name: 'Rijksinstituut voor Volksgezondheid en Milieu'},
  {forms: ['NVWA'], country: 'nl', english: 'Food and Consumer Product Safety Authority', name: 'Nederlandse Voedsel- en Warenautoriteit'},
  {forms: ['KNMI'], country: 'nl', english: 'Royal Netherlands Meteorological Institute', name: 'Koninklijk Nederlands Meteorologisch Instituut'},
  {forms: ['UWV'], country: 'nl', english: 'Employee Insurance Agency', name: 'Uitvoeringsinstituut Werknemersverzekeringen'},
  // Ukraine (uk.wikipedia.org, romanised by the national system of 2010)
  {forms: ['OVA', 'Ova'], country: 'ua', english: 'regional military administration', name: 'обласна військова адміністрація (ОВА)'},
  {forms: ['ZSU'], country: 'ua', english: 'Ukrainian Armed Forces', name: 'Збройні сили України (ЗСУ)'},
  {forms: ['DSNS'], country: 'ua', english: 'State Emergency Service', name: 'Державна служба з надзвичайних ситуацій (ДСНС)'},
  {forms: ['TCC', 'TTsK'], country: 'ua', english: 'military recruitment office', name: 'територіальний центр комплектування (ТЦК)'}
]
