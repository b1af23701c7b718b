import {describe, expect, it} from 'vitest'
import acronym from '../../plugins/acronym.js'
import {runAlone, runRule} from '../helpers.js'

/** text, line, column, actual, expected candidates, safe fix attached? */
const notOk: Array<[string, number, number, string, string[], boolean]> = [
  // (a) a name in brackets whose acronym is a known source-language form
  ['At least 30 people died, the Syrian Observatory for Human Rights (OSDH) said.', 1, 67, 'OSDH', ['SOHR'], true],
  ['The Syrian Observatory for Human Rights (OSDH, for its Spanish acronym) gave the toll.', 1, 42, 'OSDH', ['SOHR'], true],
  ['Officers of the Israel Defense Forces (FDI) said the raid was over.', 1, 40, 'FDI', ['IDF'], true],
  ['The head of the International Atomic Energy Agency (OIEA) flew to Tehran.', 1, 53, 'OIEA', ['IAEA'], true],
  ['The so-called Islamic State (EI) lost its last village.', 1, 30, 'EI', ['IS'], true],
  // (a) a name in brackets whose acronym reads as a translation of it
  ['The Lebanese Armed Forces (FAL) deployed in the south.', 1, 28, 'FAL', ['LAF'], false],
  ['The International Olympic Committee (CIO) met in Lausanne.', 1, 38, 'CIO', ['IOC'], false],
  ['The World Anti-Doping Agency (AMA) suspended the laboratory.', 1, 31, 'AMA', ['WADA'], false],
  ['The Chinese Communist Party (PCCh) opened its congress.', 1, 30, 'PCCh', ['CCP'], false],
  ['The Russian Direct Investment Fund (FRID) signed the deal.', 1, 37, 'FRID', ['RDIF'], false],
  ['The European People’s Party (PPE) won the most seats.', 1, 30, 'PPE', ['EPP'], false],
  ['Fighting resumed, the OSDH (Syrian Observatory for Human Rights) said.', 1, 23, 'OSDH', ['SOHR'], true],
  // (b) known source-language forms anywhere
  ['The ONU called for a ceasefire.', 1, 5, 'ONU', ['UN'], true],
  ['Spain asked the OTAN for help.', 1, 17, 'OTAN', ['NATO'], true],
  ['Trade between Mexico and EE.UU. fell sharply in March.', 1, 26, 'EE.UU.', ['US'], true],
  ['Exports to EE. UU. rose.', 1, 12, 'EE. UU.', ['US'], true],
  ['The EEUU remained its largest partner.', 1, 5, 'EEUU', ['US'], true],
  ['President Lula said the EUA should lift its tariffs on steel.', 1, 25, 'EUA', ['US'], true],
  ['Growth slowed as the PIB contracted 0.3% in the quarter.', 1, 22, 'PIB', ['GDP'], true],
  ['The FMI approved a new loan for Argentina.', 1, 5, 'FMI', ['IMF'], true],
  ['The IWF expects the German economy to stagnate.', 1, 5, 'IWF', ['IMF'], true],
  ['Inspectors of the AIEA arrived on Monday.', 1, 19, 'AIEA', ['IAEA'], true],
  ['The ACNUR said the camps in Chad were full.', 1, 5, 'ACNUR', ['UNHCR'], true],
  ['The OCDE cut its forecast.', 1, 5, 'OCDE', ['OECD'], true],
  ['The OEA sent observers to the vote.', 1, 5, 'OEA', ['OAS'], true],
  ['The OMC ruled against the tariffs.', 1, 5, 'OMC', ['WTO'], true],
  ['The OPEP agreed to cut output.', 1, 5, 'OPEP', ['OPEC'], true],
  ['Flights were grounded after the OACI issued a warning.', 1, 33, 'OACI', ['ICAO'], true],
  ['The OIT said unemployment fell.', 1, 5, 'OIT', ['ILO'], true],
  ['The CICV delivered food to the camps.', 1, 5, 'CICV', ['ICRC'], true],
  ['Several ONGs denounced the blockade.', 1, 9, 'ONGs', ['NGOs'], true],
  ['Washington and the UE agreed new sanctions on Moscow.', 1, 20, 'UE', ['EU'], true],
  ['The EI claimed the attack, according to a jihadist channel.', 1, 5, 'EI', ['IS'], true],
  ['The jihadists of the EIIL retreated.', 1, 22, 'EIIL', ['ISIL'], true],
  ['According to the OMS, dengue cases doubled this year.', 1, 18, 'OMS', ['WHO'], true],
  ['Diplomats at the UNO Security Council voted on Friday.', 1, 18, 'UNO', ['UN'], true],
  ['The EZB left rates unchanged.', 1, 5, 'EZB', ['ECB'], true],
  ['The BCE raised interest rates again.', 1, 5, 'BCE', ['ECB'], true],
  ['He was admitted to the UCI with burns, the hospital said.', 1, 24, 'UCI', ['ICU'], true],
  ['The Italian agency quoted the Ondus as its source.', 1, 31, 'Ondus', ['SOHR'], true],
  ['Mexico began the T-MEC review.', 1, 18, 'T-MEC', ['USMCA'], true],
  ['The EuGH ruled on Tuesday.', 1, 5, 'EuGH', ['CJEU', 'ECJ'], false],
  ['The FMI Managing Director flew to Kyiv.', 1, 5, 'FMI', ['IMF'], true],
  ['The Observatorio Sirio de Derechos Humanos (OSDH) gave the toll.', 1, 45, 'OSDH', ['SOHR'], true],
  ['The PE approved the law in Strasbourg by 400 votes.', 1, 5, 'PE', ['EP'], true],
  ['The International Energy Agency (AIE) cut its demand forecast.', 1, 34, 'AIE', ['IEA'], false],
  ['The World Food Programme (PMA) halted deliveries.', 1, 27, 'PMA', ['WFP'], true]
]

const ok = [
  // expansions that fit
  'Fighters of Hayat Tahrir al-Sham (HTS) entered the city, AFP reported.',
  'Hayat Tahrir al Sham (HTS) took the city.',
  'The Islamic State of Iraq and the Levant (ISIL) lost ground.',
  'The Islamic State group (IS) claimed the attack.',
  'The Federal Bureau of Investigation (FBI) opened an inquiry.',
  'The Organisation for Economic Co-operation and Development (OECD) met in Paris.',
  'The United Nations Educational, Scientific and Cultural Organization (Unesco) and UNESCO agreed.',
  'The Office of Communications (Ofcom) fined the broadcaster.',
  'The National Aeronautics and Space Administration (Nasa) launched the probe.',
  'PricewaterhouseCoopers (PwC) audited the accounts, and the Bank of England (BoE) held rates.',
  'The Foreign Policy Research Institute (FPRI), based in Washington, agreed.',
  'Tokyo Electric Power Co (TEPCO) restarted the reactor; the New York Mercantile Exchange (Nymex) closed.',
  'Iran’s Atomic Energy Organization (AEOI) said enrichment continued.',
  'The ruling Chinese Communist Party (CPC) met in Beijing.',
  // English acronyms and acronyms English keeps
  'UNESCO listed the citadel; an NGO, the US, the UN and the EU welcomed it.',
  'Colombia’s National Liberation Army (ELN) and the Revolutionary Armed Forces of Colombia (FARC) signed.',
  'The Spanish Socialist Workers’ Party (PSOE) won, EFE said.',
  'The Brazilian Institute of Geography and Statistics (IBGE) said output grew.',
  'Romania’s Social Democratic Party (PSD) leads the polls.',
  'The Kurdistan Democratic Party of Iran (PDKI) said its camp was hit.',
  'The International Federation of Association Football (FIFA) fined the club.',
  'Doctors Without Borders (MSF) and Reporters Without Borders (RSF) criticised the law.',
  'The Russian Federal Security Service (FSB) detained him.',
  'The Kurdistan Workers’ Party (PKK) announced a ceasefire.',
  // tickers, agencies, credits
  'Bank of America (BAC) shares rose 2% in New York (Reuters).',
  'Omnicom Group Inc (OMC.N) fell as trade worries grew.',
  'Shares of the agency group (NYSE: OMC) fell on trade worries.',
  'Pitney Bowes Inc <PBI> said the economy grew.',
  // English homographs of weak forms
  'The FDA granted an emergency use authorization (EUA) for the shot; the EUA covers tariffs too.',
  'The Internet Watch Foundation (IWF) said the IWF removed images as the economy slowed.',
  'The Press Information Bureau (PIB) said the economy grew 7%.',
  'In New Delhi, the PIB said growth was strong.',
  'The temple was built in 300 BCE, when interest rates were unknown.',
  'UE Lleida beat the visitors in front of European scouts.',
  'The UE Boom speaker sold well in Europe.',
  'UNO SALES SOAR AS CARD GAME TURNS 50',
  'Students at the University of New Orleans (UNO) met the UN envoy. The UNO team won.',
  'Foreign direct investment (FDI) in Israel fell as troops deployed.',
  'The International Paralympic Committee (IPC) said inflation lifted ticket prices.',
  'The International Cycling Union (UCI) said the rider was taken to hospital.',
  'ONG Beng Hee of Malaysia won the match.',
  'The paper ran the headline “PIB grows 2%” on Monday, citing growth.',
  'The PIB statement said nothing.',
  'The PE teacher left the school; the CE mark is on the box.',
  'Hong Kong’s CE met the bloc’s envoy.',
  // no expansion, no known form
  'The SDF and the SNA clashed near Manbij, the SOHR said.',
  'The ABC network and the XYZ group (ABCD) said the FBI and the CIA agreed.'
]

describe('acronym', () => {
  it.each(notOk)('flags %s', async (text, line, column, actual, expected, safe) => {
    const found = await runRule('acronym', text)
    expect(found, JSON.stringify(found)).toHaveLength(1)
    expect(found[0]).toMatchObject({ruleId: 'acronym', line, column, actual, expected, fatal: true})
    if (safe) expect(found[0].fix?.text).toBe(expected[0])
    else expect(found[0].fix).toBeUndefined()
  })

  it.each(ok)('stays silent on %s', async (text) => {
    expect(await runRule('acronym', text)).toEqual([])
  })

  it('flags every use of a source-language acronym in a document', async () => {
    const text = [
      'Fighting spread across the province, the Syrian Observatory for Human Rights (OSDH) said on Sunday.',
      'The director of the OSDH, which is based in Britain, counted 40 dead.',
      'Government forces retreated from two towns, said the OSDH.',
      'Later, the OSDH reported air strikes on the road north.'
    ].join('\n')
    const found = await runRule('acronym', text)
    expect(found.map((m) => [m.line, m.column, m.actual, m.expected?.[0]])).toEqual([
      [1, 79, 'OSDH', 'SOHR'],
      [2, 21, 'OSDH', 'SOHR'],
      [3, 54, 'OSDH', 'SOHR'],
      [4, 12, 'OSDH', 'SOHR']
    ])
  })

  it('flags the later uses of an unknown source-language acronym', async () => {
    const text = 'The Lebanese Armed Forces (FAL) deployed in the south.\nThe FAL said the border was calm.'
    const found = await runRule('acronym', text)
    expect(found.map((m) => [m.line, m.column, m.actual])).toEqual([
      [1, 28, 'FAL'],
      [2, 5, 'FAL']
    ])
    expect(found[1].reason).toContain('line 1')
  })

  it('flags a weak form once the document has shown another source-language acronym', async () => {
    // "FDS" has no context word in its own sentence; the OSDH and the Kurds elsewhere are evidence.
    const text = 'The OSDH said Kurdish fighters held the dam.\nThe FDS denied it.'
    const found = await runRule('acronym', text)
    expect(found.map((m) => m.actual)).toEqual(['OSDH', 'FDS'])
    expect(await runRule('acronym', 'The FDS denied it.')).toEqual([])
  })

  it('keeps the final full stop of "EE.UU." that also ends the sentence', async () => {
    const [found] = await runRule('acronym', 'Exports went to EE.UU. The rest went to Asia.')
    expect(found).toMatchObject({column: 17, actual: 'EE.UU', expected: ['US']})
  })

  it('attaches a safe fix with the file offsets', async () => {
    const [found] = await runRule('acronym', 'The ONU called for a ceasefire.')
    expect(found.fix).toEqual({start: 4, end: 7, text: 'UN'})
  })

  it('accepts the config words', async () => {
    expect(await runRule('acronym', 'The ONU called for a ceasefire.', {}, {words: ['ONU']})).toEqual([])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(acronym, 'Talks stalled.\n\nThe OTAN met, the Syrian Observatory for Human Rights (OSDH) said.')
    expect(found.map((m) => [m.ruleId, m.line, m.column, m.actual])).toEqual([
      ['acronym', 3, 5, 'OTAN'],
      ['acronym', 3, 56, 'OSDH']
    ])
  })

  it('takes a warn severity', async () => {
    const found = await runAlone(acronym, 'The ONU called for a ceasefire.', {severity: 'warn'})
    expect(found[0]?.fatal).toBe(false)
  })

  it('survives hostile input quickly', async () => {
    const inputs = [
      '',
      'A'.repeat(5000),
      '"'.repeat(100_000),
      '“'.repeat(100_000) + ' the PIB grew.',
      '(ABCDEFGHIJKL) '.repeat(5000),
      'The Syrian Observatory for Human Rights ('.repeat(2000),
      'ONU '.repeat(5000),
      'EE.UU. '.repeat(5000),
      'XY ('.repeat(20_000),
      'International World European Union Commission Agency '.repeat(400) + '(ABCDEFGHIJKL)',
      'a-'.repeat(20_000) + ' (ABC)'
    ]
    for (const text of inputs) {
      const started = Date.now()
      const found = await runRule('acronym', text)
      expect(Date.now() - started, text.slice(0, 40)).toBeLessThan(5000)
      expect(found.every((m) => m.ruleId === 'acronym')).toBe(true)
    }
  }, 60_000)
})
