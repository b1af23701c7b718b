import {describe, expect, it} from 'vitest'
import untranslated from '../../plugins/untranslated.js'
import {runAlone, runRule} from '../helpers.js'

type Level = 'warn' | 'info'

/** [text, line, column, actual, first expected candidate (or undefined), severity] */
const notOk: Array<[string, number, number, string, string | undefined, Level]> = [
  // Function words and connectives left in running text.
  ['The minister said, según the report, that prices rose.', 1, 20, 'según', 'according to', 'warn'],
  ['The attack left dozens dead, the monitor said, which también reported clashes.', 1, 54, 'también', 'also', 'warn'],
  ['Leaders of the opposition della coalition met on Monday.', 1, 27, 'della', 'of the', 'warn'],
  ['The opposition, anche the centre-left, voted against the law.', 1, 17, 'anche', 'also', 'warn'],
  ['Inflation rose to 5.9 per cent, secondo the statistics agency.', 1, 33, 'secondo', 'according to', 'warn'],
  ['The minister spoke selon the official transcript.', 1, 20, 'selon', 'according to', 'warn'],
  ['Unions joined the march avec the support of students.', 1, 25, 'avec', 'with', 'warn'],
  ['The program was financed através of public funds.', 1, 26, 'através', 'through', 'warn'],
  ['The president disse that the plan will be presented next week.', 1, 15, 'disse', 'said', 'warn'],
  ['The chancellor spoke über the future of the coalition.', 1, 22, 'über', 'about', 'warn'],
  ['The government und the opposition agreed on a budget.', 1, 16, 'und', 'and', 'warn'],
  ['The central bank cut rates, mientras the government raised taxes.', 1, 29, 'mientras', 'while', 'warn'],
  // At the start of a sentence.
  ['Además, the government announced new measures.', 1, 1, 'Además', 'also', 'warn'],
  ['Sin embargo, the rebels kept advancing.', 1, 1, 'Sin embargo', 'however', 'warn'],
  ['Prices rose. Selon the report, exports fell.', 1, 14, 'Selon', 'according to', 'warn'],
  // Locutions and accented words.
  ['The company reported a 20 por ciento drop in sales.', 1, 27, 'por ciento', 'per cent', 'warn'],
  ['Sánchez criticised the políticos who backed the plan.', 1, 24, 'políticos', undefined, 'warn'],
  ['The opposition criticised the económica policy of the cabinet.', 1, 31, 'económica', undefined, 'warn'],
  ['The company said l’économie was weak.', 1, 18, 'l’économie', undefined, 'warn'],
  // Runs of foreign words.
  ['The president del gobierno said the economy grew.', 1, 15, 'del gobierno', undefined, 'warn'],
  ['The case will be heard soon, según fuentes judiciales.', 1, 30, 'según fuentes judiciales', undefined, 'warn'],
  // A page label inside the copy (a warning) and a furniture line (info: stray-fragment owns it).
  ['Prices rose 3 per cent in March, the agency said. Ver más', 1, 51, 'Ver más', 'See more', 'warn'],
  ['The deal was signed in Madrid.\nTutti i diritti riservati', 2, 1, 'Tutti i diritti riservati', 'All rights reserved', 'info'],
  ['Leer más: Rebels take Aleppo in lightning offensive', 1, 1, 'Leer más', 'Read more', 'info'],
  // Whole sentences, confirmed by franc-min.
  [
    'The rebels advanced.\nEl Gobierno aprobó este martes un decreto para reducir los precios de la energía.',
    2,
    1,
    'El Gobierno aprobó este martes un decreto para reducir los precios de la energía.',
    undefined,
    'warn'
  ],
  [
    'Il governo ha approvato il decreto legge sulle pensioni nella riunione di ieri.',
    1,
    1,
    'Il governo ha approvato il decreto legge sulle pensioni nella riunione di ieri.',
    undefined,
    'warn'
  ],
  [
    'Le gouvernement a annoncé de nouvelles mesures pour soutenir les entreprises touchées par la crise.',
    1,
    1,
    'Le gouvernement a annoncé de nouvelles mesures pour soutenir les entreprises touchées par la crise.',
    undefined,
    'warn'
  ],
  [
    'O presidente afirmou que o governo vai investir mais em educação e saúde.',
    1,
    1,
    'O presidente afirmou que o governo vai investir mais em educação e saúde.',
    undefined,
    'warn'
  ],
  [
    'Die Regierung hat am Dienstag neue Maßnahmen gegen die Inflation beschlossen, sagte ein Sprecher.',
    1,
    1,
    'Die Regierung hat am Dienstag neue Maßnahmen gegen die Inflation beschlossen, sagte ein Sprecher.',
    undefined,
    'warn'
  ],
  // An English lead-in is left out of the span.
  [
    'The minister told reporters: “No vamos a permitir que esto vuelva a ocurrir en nuestro país”.',
    1,
    30,
    '“No vamos a permitir que esto vuelva a ocurrir en nuestro país”.',
    undefined,
    'warn'
  ],
  // A glossed quotation is deliberate: info only.
  [
    'The banner read “Fuera los corruptos del Gobierno de la nación” (Out with the corrupt).',
    1,
    17,
    '“Fuera los corruptos del Gobierno de la nación”',
    undefined,
    'info'
  ]
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

describe('untranslated', () => {
  it.each(notOk)('flags %s', async (text, line, column, actual, first, level) => {
    const found = await runRule('untranslated', text)
    const hit = found.find((m) => m.line === line && m.column === column)
    expect(hit, JSON.stringify(found)).toBeDefined()
    expect(hit).toMatchObject({ruleId: 'untranslated', actual, fatal: level === 'warn' ? false : undefined})
    expect(hit!.expected?.[0]).toBe(first)
    // Never an unattended fix: a gloss is a suggestion.
    expect(hit!.fix).toBeUndefined()
  })

  it.each(ok)('stays silent on %s', async (text) => {
    expect(await runRule('untranslated', text)).toEqual([])
  })

  it('reports a whole untranslated sentence once, not word by word', async () => {
    const found = await runRule('untranslated', 'Según el informe, la economía creció un dos por ciento en marzo.')
    expect(found).toHaveLength(1)
    expect(found[0].reason).toMatch(/Sentence left untranslated \(Spanish\)/)
  })

  it('merges adjacent untranslated sentences', async () => {
    const text = 'Los ministros acordaron una respuesta común ante la crisis. El presidente del Gobierno dijo que no habrá más impuestos.'
    const found = await runRule('untranslated', text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({line: 1, column: 1, actual: text})
    expect(found[0].reason).toMatch(/2 sentences/)
  })

  it('names the language', async () => {
    const [es] = await runRule('untranslated', 'The plan was approved también by the Senate.')
    expect(es.reason).toMatch(/Spanish/)
    const [it_] = await runRule('untranslated', 'Leaders of the opposition della coalition met.')
    expect(it_.reason).toMatch(/Italian/)
    const [pt] = await runRule('untranslated', 'The program was financed através of public funds.')
    expect(pt.reason).toMatch(/Portuguese/)
  })

  it('marks foreign words inside an English sentence as a possible title (info)', async () => {
    const found = await runRule('untranslated', 'He read Cien años de soledad and El amor en los tiempos del cólera on the plane.')
    expect(found).toHaveLength(1)
    expect(found[0].fatal).toBeUndefined()
  })

  it('leaves sentence identification out with sentences: false', async () => {
    const text = 'Il governo ha approvato il decreto legge sulle pensioni nella riunione di ieri.'
    const found = await runRule('untranslated', text, {sentences: false})
    expect(found.every((m) => !/Sentence/.test(m.reason))).toBe(true)
    // The words still count.
    expect(found.map((m) => m.actual)).toContain('sulle pensioni nella riunione di ieri')
  })

  it('furniture lines: info by default, warn or off on request', async () => {
    const text = 'The deal was signed.\nVer más'
    const [info] = await runRule('untranslated', text)
    expect(info.fatal).toBeUndefined()
    const [warn] = await runRule('untranslated', text, {furniture: 'warn'})
    expect(warn.fatal).toBe(false)
    expect(await runRule('untranslated', text, {furniture: 'off'})).toEqual([])
  })

  it('accepts the config words', async () => {
    const text = 'The minister said, según the report, that prices rose.'
    expect(await runRule('untranslated', text, {}, {words: ['según']})).toEqual([])
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
      const found = await runRule('untranslated', text)
      expect(found.every((m) => !/Internal error/.test(m.reason))).toBe(true)
    }
  }, 60_000)
})
