/**
 * untranslated: cases list the rule's complete findings on their text (the
 * shared case shape of tests/helpers.ts).
 */
import {describe, expect, it} from 'vitest'
import untranslated from '../../plugins/untranslated.js'
import {findingsOf, runAlone, runRule, type RuleCase} from '../helpers.js'

const ID = 'untranslated'

type Level = 'warning' | 'info'

/** A case with its one finding, and the finding's severity. */
type LevelCase = RuleCase & {level: Level}

const flag = (text: string, line: number, column: number, actual: string, fix: string | undefined, level: Level): LevelCase => ({
  text,
  findings: [fix === undefined ? {line, column, actual} : {line, column, actual, fix}],
  level
})

/** Each text has exactly this one finding. */
const notOk: LevelCase[] = [
  // Function words and connectives left in running text.
  flag('The minister said, según the report, that prices rose.', 1, 20, 'según', 'according to', 'warning'),
  flag('The attack left dozens dead, the monitor said, which también reported clashes.', 1, 54, 'también', 'also', 'warning'),
  flag('Leaders of the opposition della coalition met on Monday.', 1, 27, 'della', 'of the', 'warning'),
  flag('The opposition, anche the centre-left, voted against the law.', 1, 17, 'anche', 'also', 'warning'),
  flag('Inflation rose to 5.9 per cent, secondo the statistics agency.', 1, 33, 'secondo', 'according to', 'warning'),
  flag('The minister spoke selon the official transcript.', 1, 20, 'selon', 'according to', 'warning'),
  flag('Unions joined the march avec the support of students.', 1, 25, 'avec', 'with', 'warning'),
  flag('The program was financed através of public funds.', 1, 26, 'através', 'through', 'warning'),
  flag('The president disse that the plan will be presented next week.', 1, 15, 'disse', 'said', 'warning'),
  flag('The chancellor spoke über the future of the coalition.', 1, 22, 'über', 'about', 'warning'),
  flag('The government und the opposition agreed on a budget.', 1, 16, 'und', 'and', 'warning'),
  flag('The central bank cut rates, mientras the government raised taxes.', 1, 29, 'mientras', 'while', 'warning'),
  // At the start of a sentence.
  flag('Además, the government announced new measures.', 1, 1, 'Además', 'also', 'warning'),
  flag('Sin embargo, the rebels kept advancing.', 1, 1, 'Sin embargo', 'however', 'warning'),
  flag('Prices rose. Selon the report, exports fell.', 1, 14, 'Selon', 'according to', 'warning'),
  // Locutions and accented words.
  flag('The company reported a 20 por ciento drop in sales.', 1, 27, 'por ciento', 'per cent', 'warning'),
  flag('Sánchez criticised the políticos who backed the plan.', 1, 24, 'políticos', undefined, 'warning'),
  flag('The opposition criticised the económica policy of the cabinet.', 1, 31, 'económica', undefined, 'warning'),
  flag('The company said l’économie was weak.', 1, 18, 'l’économie', undefined, 'warning'),
  // Runs of foreign words.
  flag('The president del gobierno said the economy grew.', 1, 15, 'del gobierno', undefined, 'warning'),
  flag('The case will be heard soon, según fuentes judiciales.', 1, 30, 'según fuentes judiciales', undefined, 'warning'),
  // A page label inside the copy (a warning) and a furniture line (info: stray-fragment owns it).
  flag('Prices rose 3 per cent in March, the agency said. Ver más', 1, 51, 'Ver más', 'See more', 'warning'),
  flag('The deal was signed in Madrid.\nTutti i diritti riservati', 2, 1, 'Tutti i diritti riservati', 'All rights reserved', 'info'),
  flag('Leer más: Rebels take Aleppo in lightning offensive', 1, 1, 'Leer más', 'Read more', 'info'),
  flag('The deal was signed in Madrid.\nImagen principal:\n\nThe talks went on into the night.', 2, 1, 'Imagen principal', 'Main image', 'info'),
  // Whole sentences, confirmed by franc-min.
  flag(
    'The rebels advanced.\nEl Gobierno aprobó este martes un decreto para reducir los precios de la energía.',
    2,
    1,
    'El Gobierno aprobó este martes un decreto para reducir los precios de la energía.',
    undefined,
    'warning'
  ),
  flag(
    'Il governo ha approvato il decreto legge sulle pensioni nella riunione di ieri.',
    1,
    1,
    'Il governo ha approvato il decreto legge sulle pensioni nella riunione di ieri.',
    undefined,
    'warning'
  ),
  flag(
    'Le gouvernement a annoncé de nouvelles mesures pour soutenir les entreprises touchées par la crise.',
    1,
    1,
    'Le gouvernement a annoncé de nouvelles mesures pour soutenir les entreprises touchées par la crise.',
    undefined,
    'warning'
  ),
  flag(
    'O presidente afirmou que o governo vai investir mais em educação e saúde.',
    1,
    1,
    'O presidente afirmou que o governo vai investir mais em educação e saúde.',
    undefined,
    'warning'
  ),
  flag(
    'Die Regierung hat am Dienstag neue Maßnahmen gegen die Inflation beschlossen, sagte ein Sprecher.',
    1,
    1,
    'Die Regierung hat am Dienstag neue Maßnahmen gegen die Inflation beschlossen, sagte ein Sprecher.',
    undefined,
    'warning'
  ),
  // An English lead-in is left out of the span.
  flag(
    'The minister told reporters: “No vamos a permitir que esto vuelva a ocurrir en nuestro país”.',
    1,
    30,
    '“No vamos a permitir que esto vuelva a ocurrir en nuestro país”.',
    undefined,
    'warning'
  ),
  // A glossed quotation is deliberate: info only.
  flag(
    'The banner read “Fuera los corruptos del Gobierno de la nación” (Out with the corrupt).',
    1,
    17,
    '“Fuera los corruptos del Gobierno de la nación”',
    undefined,
    'info'
  )
]

/** Names, titles, loans and glossed terms that look foreign but are clean English copy. */
const ok = [
  'El País reported that Real Madrid will play in Los Angeles.',
  'Rebels of Hayat Tahrir al Sham took Tal Rifat, Rami Abdel Rahman told AFP.',
  'President Bashar al Assad met the Iranian Foreign Minister, Abbas Araghchi, in Türkiye.',
  'Ursula von der Leyen met Luiz Inácio Lula da Silva and Charles de Gaulle’s heirs.',
  'Visitors queued at the Museo del Prado and protesters filled the Plaza de Mayo.',
  'The Banco de España, the Partido Popular and Pedro Sánchez disagreed.',
  'Giorgia Meloni’s Fratelli d’Italia won; Corriere della Sera and Il Fatto Quotidiano agreed.',
  'Bild am Sonntag quoted Karl-Theodor zu Guttenberg and the Alternative für Deutschland.',
  'The Comité Européen des Entreprises Vins said Sánchez Recarte was right.',
  'The de facto leader said inflation rose 3 per cent, vis-à-vis last year, per se.',
  'A coup d’état ended la dolce vita; the chargé d’affaires called it déjà vu.',
  'Her fiancé, a protégé of the chef, ordered crème brûlée and an entrée at the café.',
  'The communiqué was a cliché, and the débâcle was a fait accompli for the régime.',
  'Protesters known as the ‘gilets jaunes’ chanted “ni una menos” in Paris.',
  'Critics of the French principle of “laïcité” marched.',
  'Señor Gómez ate jalapeños at the quinceañera while the piñata swung.',
  'The film Y tu mamá también opened in 2001.',
  'Il nome della rosa sold millions of copies.',
  'The Académie française and the Assemblée nationale debated the Conseil d’État ruling.',
  'Gardaí said the Tánaiste met members of the Dáil; gardaí later arrested a man.',
  'She ordered chili con carne and a piña colada; the penne alla vodka was cold.',
  'The die was cast, the den was raided, and a con man paid a sin tax per year.',
  'La La Land won six Oscars, and the El Nino effect hit Peru.',
  'The dos and don’ts of the tax code were published.',
  'The bank listed 990 mln dlrs as a credit loss and 39 dlrs per mln dlr.',
  'The Giro d’Italia and the Vuelta a España follow the Tour de France.',
  'Durante said he would stay. Pero, 45, was arrested later.',
  'Lisbon’s Estádio da Luz hosted Benfica while Porto played at the Estádio do Dragão.',
  'The über-rich fled, and the doppelgänger appeared in Zürich.',
  'A caffè latte costs more in Zürich than in São Paulo or Bogotá.',
  'Demonstrators chanted “El pueblo unido jamás será vencido” outside the embassy.',
  'The Guardia Civil and the Policía Nacional detained suspects, the Audiencia Nacional said.',
  'He met the ministerio de Asuntos Exteriores spokesman on Monday.'
]

describe(ID, () => {
  it.each([...notOk, ...ok.map((text): RuleCase => ({text, findings: []}))])('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it.each(notOk)('reports at its level ($level), never with an unattended fix: $text', async (c) => {
    const found = await runRule(ID, c.text)
    // Never an unattended fix: a gloss is a suggestion.
    expect(found.map((m) => [m.ruleId, m.fatal, m.fix])).toEqual([[ID, c.level === 'warning' ? false : undefined, undefined]])
  })

  it('reports a whole untranslated sentence once, not word by word', async () => {
    const text = 'Según el informe, la economía creció un dos por ciento en marzo.'
    expect(await findingsOf(ID, {text})).toEqual([{line: 1, column: 1, actual: text}])
    const [m] = await runRule(ID, text)
    expect(m.reason).toMatch(/Sentence left untranslated \(Spanish\)/)
  })

  it('merges adjacent untranslated sentences', async () => {
    const text = 'Los ministros acordaron una respuesta común ante la crisis. El presidente del Gobierno dijo que no habrá más impuestos.'
    expect(await findingsOf(ID, {text})).toEqual([{line: 1, column: 1, actual: text}])
    const [m] = await runRule(ID, text)
    expect(m.reason).toMatch(/2 sentences/)
  })

  it('names the language', async () => {
    const [es] = await runRule(ID, 'The plan was approved también by the Senate.')
    expect(es.reason).toMatch(/Spanish/)
    const [it_] = await runRule(ID, 'Leaders of the opposition della coalition met.')
    expect(it_.reason).toMatch(/Italian/)
    const [pt] = await runRule(ID, 'The program was financed através of public funds.')
    expect(pt.reason).toMatch(/Portuguese/)
  })

  it('marks foreign words inside an English sentence as a possible title (info)', async () => {
    const text = 'He read Cien años de soledad and El amor en los tiempos del cólera on the plane.'
    expect(await findingsOf(ID, {text})).toEqual([{line: 1, column: 9, actual: 'Cien años de soledad and El amor en los tiempos del cólera'}])
    const found = await runRule(ID, text)
    expect(found[0].fatal).toBeUndefined()
  })

  it('leaves sentence identification out with sentences: false', async () => {
    const text = 'Il governo ha approvato il decreto legge sulle pensioni nella riunione di ieri.'
    // The words still count: the run of function words, and the Italian dictionary's words on their own (information).
    expect(await findingsOf(ID, {text, options: {sentences: false}})).toEqual([
      {line: 1, column: 15, actual: 'approvato'},
      {line: 1, column: 28, actual: 'decreto'},
      {line: 1, column: 42, actual: 'sulle pensioni nella riunione di ieri'}
    ])
    const found = await runRule(ID, text, {sentences: false})
    expect(found.every((m) => !/Sentence/.test(m.reason))).toBe(true)
  })

  it('furniture lines: info by default, warn or off on request', async () => {
    const text = 'The deal was signed.\nVer más'
    const line = [{line: 2, column: 1, actual: 'Ver más', fix: 'See more'}]
    expect(await findingsOf(ID, {text})).toEqual(line)
    expect(await findingsOf(ID, {text, options: {furniture: 'warning'}})).toEqual(line)
    const [info] = await runRule(ID, text)
    expect(info.fatal).toBeUndefined()
    const [warn] = await runRule(ID, text, {furniture: 'warning'})
    expect(warn.fatal).toBe(false)
    expect(await runRule(ID, text, {furniture: 'off'})).toEqual([])
  })

  it('accepts the config words', async () => {
    const text = 'The minister said, según the report, that prices rose.'
    expect(await runRule(ID, text, {}, {words: ['según']})).toEqual([])
  })

  it('takes the severity from the options', async () => {
    const [m] = await runAlone(untranslated, 'The plan was approved también by the Senate.', {severity: 'error'})
    expect(m.fatal).toBe(true)
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(untranslated, 'The minister said, según the report, that prices rose.')
    expect(found.map((m) => [m.ruleId, m.line, m.column, m.actual])).toEqual([['untranslated', 1, 20, 'según']])
  })

  it('never throws on odd input', async () => {
    const inputs = [
      '',
      '   \n\n ',
      'á'.repeat(5000) + ' según',
      '"'.repeat(100000),
      '“'.repeat(20000) + ' según ' + '”'.repeat(20000),
      '« '.repeat(20000),
      "l'".repeat(20000),
      'de '.repeat(20000),
      ('The rebels advanced según the report. Ver más ').repeat(2000)
    ]
    for (const text of inputs) {
      const found = await runRule(ID, text)
      expect(found.every((m) => !/Internal error/.test(m.reason))).toBe(true)
    }
  }, 60_000)
})

/**
 * Text in another script, dates in the source language, short lines and labels in any language
 * (confirmed by the language identifier), brackets, carried-over articles and caption markers:
 * each text has exactly these findings, at these levels.
 */
type Found = {line: number; column: number; actual: string; fix?: string; level: Level}
const wider: Array<{text: string; found: Found[]}> = [
  // Other scripts.
  {text: 'The vote was held on Sunday.\n이 기사를 공유합니다', found: [{line: 2, column: 1, actual: '이 기사를 공유합니다', level: 'warning'}]},
  {text: 'Reporter: 김민수\nThe council met on Monday.', found: [{line: 1, column: 11, actual: '김민수', level: 'warning'}]},
  {text: 'Posted 2024.03.05 09:10 • 댓글 0\nThe council met.', found: [{line: 1, column: 27, actual: '댓글 0', level: 'warning'}]},
  {text: 'The mayor, Lee Min-ho (이민호), opened the bridge.', found: [{line: 1, column: 24, actual: '이민호', level: 'info'}]},
  {text: 'Editor:王小明\nThe council met.', found: [{line: 1, column: 8, actual: '王小明', level: 'warning'}]},
  // Dates.
  {text: 'miércoles, 12 marzo 2025\nThe council met on Monday.', found: [{line: 1, column: 1, actual: 'miércoles, 12 marzo 2025', fix: 'Wednesday, 12 March 2025', level: 'warning'}]},
  {text: 'The talks resumed on 5 de junio in Lima.', found: [{line: 1, column: 22, actual: '5 de junio', fix: '5 June', level: 'warning'}]},
  {text: 'Published: vrijdag 7 maart 2025', found: [{line: 1, column: 12, actual: 'vrijdag 7 maart 2025', fix: 'Friday 7 March 2025', level: 'warning'}]},
  {text: 'gisteren, 09:30 The cabinet fell.', found: [{line: 1, column: 1, actual: 'gisteren, 09:30', fix: 'yesterday, 09:30', level: 'warning'}]},
  {text: 'The festival runs from 03.08 al 10.08 in Seville.', found: [{line: 1, column: 24, actual: '03.08 al 10.08', fix: '03.08–10.08', level: 'warning'}]},
  // Short lines and labels in any language.
  {text: 'Stiri pe aceeasi tema\nThe council met.', found: [{line: 1, column: 1, actual: 'Stiri pe aceeasi tema', level: 'warning'}]},
  {text: 'Kaynak: Anadolu\nThe council met.', found: [{line: 1, column: 1, actual: 'Kaynak:', level: 'warning'}]},
  {text: 'Forrás:\nThe minister spoke.', found: [{line: 1, column: 1, actual: 'Forrás:', level: 'warning'}]},
  {text: 'Stiri pe aceeasi tema\nKaynak: Anadolu', found: [{line: 1, column: 1, actual: 'Stiri pe aceeasi tema', level: 'warning'}, {line: 2, column: 1, actual: 'Kaynak:', level: 'warning'}]},
  // Brackets.
  {text: '“If you ask me [sobre la salida del equipo], I will answer,” he said.', found: [{line: 1, column: 16, actual: '[sobre la salida del equipo]', level: 'warning'}]},
  {text: 'He met the leaders of the ruling party [Partido dos Trabalhadores] in Brasília.', found: [{line: 1, column: 40, actual: '[Partido dos Trabalhadores]', level: 'info'}]},
  {text: 'The tax on the wealthy (patrimoniale) was dropped.', found: [{line: 1, column: 24, actual: '(patrimoniale)', fix: '', level: 'info'}]},
  {text: 'The loan from the central bank (Banco Central do Brasil) was repaid.', found: [{line: 1, column: 32, actual: '(Banco Central do Brasil)', level: 'info'}]},
  // Articles and caption markers.
  {text: 'The fans said o Benfica won the cup again.', found: [{line: 1, column: 15, actual: 'o Benfica', fix: 'Benfica', level: 'warning'}]},
  {text: 'Inter sold him to O zenith for a record fee.', found: [{line: 1, column: 19, actual: 'O zenith', fix: 'Zenith', level: 'warning'}]},
  {text: 'Minister Ana Ruiz (d) with the mayor, in a file photo.', found: [{line: 1, column: 19, actual: '(d)', fix: '(right)', level: 'warning'}]}
]

const widerOk = [
  'The β-blocker and μg doses were cut, and ΔG fell.',
  'The Plaza de Mayo filled again, and Avenida 9 de Julio was closed.',
  'Domingo, 45, said he had lived in the town for years.',
  'Julio 3 goals in the final, said the coach.',
  'Zelensky: We will not give up the east',
  'Trump: no deal',
  'Photo: Reuters',
  'The Havana-based Casa de las Américas gave its prize.',
  'El Salvador is about to win the war against the gangs.',
  'Marine Le Pen warns the government.',
  'Havana, Feb 3 (Prensa Latina) Cuban officials met.',
  'The O Globo newspaper reported the fall.',
  'The mayor’s office (sic) and the museum (pictured) reopened.',
  'joie de vivre',
  'Smith sees GE earning 1.35 dlrs per share in the current quarter.',
  'G Intoppa, S Perugini, CA del Fava, D dal Maso, P Griffen, M Barbini.',
  'The Tierra del Sol Gallery is located at 741 North Fairfax.',
  'Gerrard 79 og, Drogba 107, Kezman 112.',
  // Brackets of names: a substitution with its minute.
  'Subs: Owen, Lopes, Mellor (Sinama Pongolle 75), Hamann.'
]

describe(`${ID}: other scripts, dates, short lines, brackets, articles`, () => {
  it.each(wider)('$text', async (c) => {
    const found = await runRule(ID, c.text)
    expect(found.map((m) => ({line: m.line, column: m.column, actual: m.actual, fix: m.expected?.[0], level: m.fatal === false ? 'warning' : 'info'}))).toEqual(
      c.found.map((f) => ({...f, fix: f.fix}))
    )
  })

  it.each(widerOk)('stays quiet: %s', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })

  it('loads the language identifier only when a candidate needs it', async () => {
    const lid = await import('../../plugins/untranslated/lid.js')
    const before = lid.identified
    await runRule(ID, 'The council met on Monday and approved the budget for the coming year.')
    expect(lid.identified).toBe(before)
  })
})

/** The source-language word table (dist/foreign-words.txt): lone dictionary words, capitalised lines, labels, dates. */
describe('untranslated: source-language dictionaries', () => {
  const notOk: LevelCase[] = [
    // One lower-case dictionary word: information; two of one language in the story: warnings.
    flag('The council opened a new biblioteca near the station.', 1, 26, 'biblioteca', undefined, 'info'),
    {
      text: 'The alcaldesa spoke first.\nShe said the huelga would end soon.',
      findings: [
        {line: 1, column: 5, actual: 'alcaldesa'},
        {line: 2, column: 14, actual: 'huelga'}
      ],
      level: 'warning'
    },
    // A colour compound of the source language.
    flag('The verdiblanco side won the derby on Sunday.', 1, 5, 'verdiblanco', undefined, 'info'),
    // Quoted: information.
    flag('Workers called it a “huelga” on the picket line.', 1, 22, 'huelga', undefined, 'info'),
    // Capitalised dictionary words in a short line: a title or a name? Information.
    flag('The market fell on Monday.\nNoticias Recientes', 2, 1, 'Noticias Recientes', undefined, 'info'),
    // A label of one dictionary word before a longer value.
    flag('The coast is on alert.\nLluvias: heavy rain is expected over the coast through the weekend, forecasters said.', 2, 1, 'Lluvias:', undefined, 'warning'),
    // The Portuguese article before a name the story also writes without it.
    flag('O Palmeiras returns to the pitch on Sunday.\nCoaches at Palmeiras said the squad was fit.', 1, 1, 'O Palmeiras', 'Palmeiras', 'info'),
    // A function word of another language before a date.
    flag('The vote came vor December 12, aides said.', 1, 15, 'vor December', undefined, 'warning'),
    // A credit after a dash, in another language.
    flag('The talks ended without a deal, the spokesman told reporters – Česká tisková kancelář', 1, 64, 'Česká tisková kancelář', undefined, 'warning')
  ]

  const ok = [
    // English words the French, Portuguese or Italian dictionaries also hold, typos, names, units, loans.
    'Farmers sprayed glyphosate and the renationalisation of the railways began.',
    'He said he would accomodate the rockstars in a walkman-sized room.',
    'The british team and the trojan horse were mentioned.',
    'Growers sold 200,000 quintales of coffee and 5 billion reais of bonds.',
    'The tax is levied on an ad valorem basis, in bona fide trades.',
    'Fans of Real Madrid and the Casa Rosada guards watched.',
    'The Banco de España said so.\nBanco de España',
    'O Globo reported the story, and Globo TV aired it.',
    'Police said O Barkley, J Noon and M Cueto were picked.',
    'The talks ended without a deal, the spokesman told reporters – Reuters'
  ]

  it.each([...notOk, ...ok.map((text): RuleCase => ({text, findings: []}))])('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it.each(notOk)('reports at its level ($level): $text', async (c) => {
    const found = await runRule(ID, c.text)
    expect(found.map((m) => m.fatal)).toEqual(found.map(() => (c.level === 'warning' ? false : undefined)))
  })

  it('names the dictionary language', async () => {
    const [m] = await runRule(ID, 'The council opened a new biblioteca near the station.')
    expect(m.reason).toMatch(/Spanish, Portuguese or Italian word/)
  })
})

/** The popes' names and St. Peter's in the source language, in a story about the pope: warnings. */
describe('untranslated: the popes’ names', () => {
  const warnings: RuleCase[] = [
    {text: 'The president flew to the Vatican. It was his first meeting with Francisco since the election.', findings: [{line: 1, column: 66, actual: 'Francisco', fix: 'Francis'}]},
    {text: 'The pontiff recalled Juan Pablo II and Benedicto XVI in his homily.', findings: [{line: 1, column: 22, actual: 'Juan Pablo II', fix: 'John Paul II'}, {line: 1, column: 40, actual: 'Benedicto XVI', fix: 'Benedict XVI'}]},
    {text: 'Pope Francesco spoke to pilgrims in San Pietro Square.', findings: [{line: 1, column: 6, actual: 'Francesco', fix: 'Francis'}, {line: 1, column: 37, actual: 'San Pietro Square', fix: 'St. Peter’s Square'}]},
    {text: 'Thousands gathered in the Plaza de San Pedro as the pope blessed the crowd.', findings: [{line: 1, column: 36, actual: 'San Pedro', fix: 'St. Peter’s Square'}]}
  ]

  it.each(warnings)('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    const found = await runRule(ID, c.text)
    expect(found.map((m) => [m.fatal, m.fix])).toEqual(c.findings.map(() => [false, undefined]))
  })

  const ok = [
    // Not a story about the pope.
    'Francisco scored twice for Porto, and Benedetto came on late.',
    // Other people and places with those names, in a story about the pope.
    'The pope met Francisco Sagasti, mayors from San Francisco and the actor Jean-Paul Belmondo at the Vatican.',
    'Pilgrims prayed at the shrine of Padre Pio; the pope later flew to León, in Mexico, and King Juan Carlos I met him.',
    'The Vatican said Pope Francis and Pope Leo XIV both visited St. Peter’s Square and San Pedro Sula, in Honduras.'
  ]

  it.each(ok)('stays silent on %s', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })
})
