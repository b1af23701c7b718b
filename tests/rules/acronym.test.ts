/**
 * acronym: source-language acronyms, known and unknown.  Every case lists the
 * rule's complete findings on its text (the shared case shape of
 * tests/helpers.ts) and what `--fix` makes of the text.
 */
import {describe, expect, it} from 'vitest'
import acronym from '../../plugins/acronym.js'
import {findingsOf, runAlone, runRule, type Found, type RuleCase} from '../helpers.js'

/**
 * A case in the shared shape (the rule's complete findings on the text; all
 * are errors), with the text after the unattended fixes (default: unchanged).
 */
interface Case extends RuleCase {
  fixed?: string
}

/** The text with the unattended fixes applied, last first (overlapping ones skipped). */
function applyFixes(text: string, found: Found[]): string {
  let out = text
  let limit = Infinity
  for (const {fix} of [...found].filter((m) => m.fix).sort((a, b) => b.fix!.start - a.fix!.start)) {
    if (fix!.end > limit) continue
    out = out.slice(0, fix!.start) + fix!.text + out.slice(fix!.end)
    limit = fix!.start
  }
  return out
}

const notOk: Case[] = [
  // (a) a name in brackets whose acronym is a known source-language form
  {text: 'At least 30 people died, the Syrian Observatory for Human Rights (OSDH) said.', findings: [{line: 1, column: 67, actual: 'OSDH', fix: 'SOHR'}], fixed: 'At least 30 people died, the Syrian Observatory for Human Rights (SOHR) said.'},
  {text: 'The Syrian Observatory for Human Rights (OSDH, for its Spanish acronym) gave the toll.', findings: [{line: 1, column: 42, actual: 'OSDH', fix: 'SOHR'}], fixed: 'The Syrian Observatory for Human Rights (SOHR, for its Spanish acronym) gave the toll.'},
  {text: 'Officers of the Israel Defense Forces (FDI) said the raid was over.', findings: [{line: 1, column: 40, actual: 'FDI', fix: 'IDF'}], fixed: 'Officers of the Israel Defense Forces (IDF) said the raid was over.'},
  {text: 'The head of the International Atomic Energy Agency (OIEA) flew to Tehran.', findings: [{line: 1, column: 53, actual: 'OIEA', fix: 'IAEA'}], fixed: 'The head of the International Atomic Energy Agency (IAEA) flew to Tehran.'},
  {text: 'The so-called Islamic State (EI) lost its last village.', findings: [{line: 1, column: 30, actual: 'EI', fix: 'IS'}], fixed: 'The so-called Islamic State (IS) lost its last village.'},
  // (a) a name in brackets whose acronym reads as a translation of it
  {text: 'The Lebanese Armed Forces (FAL) deployed in the south.', findings: [{line: 1, column: 28, actual: 'FAL', fix: 'LAF'}]},
  {text: 'The International Olympic Committee (CIO) met in Lausanne.', findings: [{line: 1, column: 38, actual: 'CIO', fix: 'IOC'}]},
  {text: 'The World Anti-Doping Agency (AMA) suspended the laboratory.', findings: [{line: 1, column: 31, actual: 'AMA', fix: 'WADA'}]},
  {text: 'The Chinese Communist Party (PCCh) opened its congress.', findings: [{line: 1, column: 30, actual: 'PCCh', fix: 'CCP'}]},
  {text: 'The Russian Direct Investment Fund (FRID) signed the deal.', findings: [{line: 1, column: 37, actual: 'FRID', fix: 'RDIF'}]},
  {text: 'The European People’s Party (PPE) won the most seats.', findings: [{line: 1, column: 30, actual: 'PPE', fix: 'EPP'}]},
  {text: 'Fighting resumed, the OSDH (Syrian Observatory for Human Rights) said.', findings: [{line: 1, column: 23, actual: 'OSDH', fix: 'SOHR'}], fixed: 'Fighting resumed, the SOHR (Syrian Observatory for Human Rights) said.'},
  // (b) known source-language forms anywhere
  {text: 'The ONU called for a ceasefire.', findings: [{line: 1, column: 5, actual: 'ONU', fix: 'UN'}], fixed: 'The UN called for a ceasefire.'},
  {text: 'Spain asked the OTAN for help.', findings: [{line: 1, column: 17, actual: 'OTAN', fix: 'NATO'}], fixed: 'Spain asked the NATO for help.'},
  {text: 'Trade between Mexico and EE.UU. fell sharply in March.', findings: [{line: 1, column: 26, actual: 'EE.UU.', fix: 'US'}], fixed: 'Trade between Mexico and US fell sharply in March.'},
  {text: 'Exports to EE. UU. rose.', findings: [{line: 1, column: 12, actual: 'EE. UU.', fix: 'US'}], fixed: 'Exports to US rose.'},
  {text: 'The EEUU remained its largest partner.', findings: [{line: 1, column: 5, actual: 'EEUU', fix: 'US'}], fixed: 'The US remained its largest partner.'},
  {text: 'President Lula said the EUA should lift its tariffs on steel.', findings: [{line: 1, column: 25, actual: 'EUA', fix: 'US'}], fixed: 'President Lula said the US should lift its tariffs on steel.'},
  {text: 'Growth slowed as the PIB contracted 0.3% in the quarter.', findings: [{line: 1, column: 22, actual: 'PIB', fix: 'GDP'}], fixed: 'Growth slowed as the GDP contracted 0.3% in the quarter.'},
  {text: 'The FMI approved a new loan for Argentina.', findings: [{line: 1, column: 5, actual: 'FMI', fix: 'IMF'}], fixed: 'The IMF approved a new loan for Argentina.'},
  {text: 'The IWF expects the German economy to stagnate.', findings: [{line: 1, column: 5, actual: 'IWF', fix: 'IMF'}], fixed: 'The IMF expects the German economy to stagnate.'},
  {text: 'Inspectors of the AIEA arrived on Monday.', findings: [{line: 1, column: 19, actual: 'AIEA', fix: 'IAEA'}], fixed: 'Inspectors of the IAEA arrived on Monday.'},
  {text: 'The ACNUR said the camps in Chad were full.', findings: [{line: 1, column: 5, actual: 'ACNUR', fix: 'UNHCR'}], fixed: 'The UNHCR said the camps in Chad were full.'},
  {text: 'The OCDE cut its forecast.', findings: [{line: 1, column: 5, actual: 'OCDE', fix: 'OECD'}], fixed: 'The OECD cut its forecast.'},
  {text: 'The OEA sent observers to the vote.', findings: [{line: 1, column: 5, actual: 'OEA', fix: 'OAS'}], fixed: 'The OAS sent observers to the vote.'},
  {text: 'The OMC ruled against the tariffs.', findings: [{line: 1, column: 5, actual: 'OMC', fix: 'WTO'}], fixed: 'The WTO ruled against the tariffs.'},
  {text: 'The OPEP agreed to cut output.', findings: [{line: 1, column: 5, actual: 'OPEP', fix: 'OPEC'}], fixed: 'The OPEC agreed to cut output.'},
  {text: 'Flights were grounded after the OACI issued a warning.', findings: [{line: 1, column: 33, actual: 'OACI', fix: 'ICAO'}], fixed: 'Flights were grounded after the ICAO issued a warning.'},
  {text: 'The OIT said unemployment fell.', findings: [{line: 1, column: 5, actual: 'OIT', fix: 'ILO'}], fixed: 'The ILO said unemployment fell.'},
  {text: 'The CICV delivered food to the camps.', findings: [{line: 1, column: 5, actual: 'CICV', fix: 'ICRC'}], fixed: 'The ICRC delivered food to the camps.'},
  {text: 'Several ONGs denounced the blockade.', findings: [{line: 1, column: 9, actual: 'ONGs', fix: 'NGOs'}], fixed: 'Several NGOs denounced the blockade.'},
  {text: 'Washington and the UE agreed new sanctions on Moscow.', findings: [{line: 1, column: 20, actual: 'UE', fix: 'EU'}], fixed: 'Washington and the EU agreed new sanctions on Moscow.'},
  {text: 'The EI claimed the attack, according to a jihadist channel.', findings: [{line: 1, column: 5, actual: 'EI', fix: 'IS'}], fixed: 'The IS claimed the attack, according to a jihadist channel.'},
  {text: 'The jihadists of the EIIL retreated.', findings: [{line: 1, column: 22, actual: 'EIIL', fix: 'ISIL'}], fixed: 'The jihadists of the ISIL retreated.'},
  {text: 'According to the OMS, dengue cases doubled this year.', findings: [{line: 1, column: 18, actual: 'OMS', fix: 'WHO'}], fixed: 'According to the WHO, dengue cases doubled this year.'},
  {text: 'Diplomats at the UNO Security Council voted on Friday.', findings: [{line: 1, column: 18, actual: 'UNO', fix: 'UN'}], fixed: 'Diplomats at the UN Security Council voted on Friday.'},
  {text: 'The EZB left rates unchanged.', findings: [{line: 1, column: 5, actual: 'EZB', fix: 'ECB'}], fixed: 'The ECB left rates unchanged.'},
  {text: 'The BCE raised interest rates again.', findings: [{line: 1, column: 5, actual: 'BCE', fix: 'ECB'}], fixed: 'The ECB raised interest rates again.'},
  {text: 'He was admitted to the UCI with burns, the hospital said.', findings: [{line: 1, column: 24, actual: 'UCI', fix: 'ICU'}], fixed: 'He was admitted to the ICU with burns, the hospital said.'},
  {text: 'The Italian agency quoted the Ondus as its source.', findings: [{line: 1, column: 31, actual: 'Ondus', fix: 'SOHR'}], fixed: 'The Italian agency quoted the SOHR as its source.'},
  {text: 'Mexico began the T-MEC review.', findings: [{line: 1, column: 18, actual: 'T-MEC', fix: 'USMCA'}], fixed: 'Mexico began the USMCA review.'},
  {text: 'The FMI Managing Director flew to Kyiv.', findings: [{line: 1, column: 5, actual: 'FMI', fix: 'IMF'}], fixed: 'The IMF Managing Director flew to Kyiv.'},
  {text: 'The Observatorio Sirio de Derechos Humanos (OSDH) gave the toll.', findings: [{line: 1, column: 45, actual: 'OSDH', fix: 'SOHR'}], fixed: 'The Observatorio Sirio de Derechos Humanos (SOHR) gave the toll.'},
  {text: 'The PE approved the law in Strasbourg by 400 votes.', findings: [{line: 1, column: 5, actual: 'PE', fix: 'EP'}], fixed: 'The EP approved the law in Strasbourg by 400 votes.'},
  {text: 'The International Energy Agency (AIE) cut its demand forecast.', findings: [{line: 1, column: 34, actual: 'AIE', fix: 'IEA'}]},
  {text: 'The World Food Programme (PMA) halted deliveries.', findings: [{line: 1, column: 27, actual: 'PMA', fix: 'WFP'}], fixed: 'The World Food Programme (WFP) halted deliveries.'},
  // Every use of a source-language acronym in a document.
  {
    text: [
      'Fighting spread across the province, the Syrian Observatory for Human Rights (OSDH) said on Sunday.',
      'The director of the OSDH, which is based in Britain, counted 40 dead.',
      'Government forces retreated from two towns, said the OSDH.',
      'Later, the OSDH reported air strikes on the road north.'
    ].join('\n'),
    findings: [
      {line: 1, column: 79, actual: 'OSDH', fix: 'SOHR'},
      {line: 2, column: 21, actual: 'OSDH', fix: 'SOHR'},
      {line: 3, column: 54, actual: 'OSDH', fix: 'SOHR'},
      {line: 4, column: 12, actual: 'OSDH', fix: 'SOHR'}
    ],
    fixed: [
      'Fighting spread across the province, the Syrian Observatory for Human Rights (SOHR) said on Sunday.',
      'The director of the SOHR, which is based in Britain, counted 40 dead.',
      'Government forces retreated from two towns, said the SOHR.',
      'Later, the SOHR reported air strikes on the road north.'
    ].join('\n')
  },
  // The later uses of an unknown source-language acronym (see also the reason test below).
  {
    text: 'The Lebanese Armed Forces (FAL) deployed in the south.\nThe FAL said the border was calm.',
    findings: [
      {line: 1, column: 28, actual: 'FAL', fix: 'LAF'},
      {line: 2, column: 5, actual: 'FAL', fix: 'LAF'}
    ]
  },
  // A weak form once the document has shown another source-language acronym ("FDS" has no context word in its own
  // sentence; the OSDH and the Kurds elsewhere are evidence; alone it stays silent, see `ok`).
  {
    text: 'The OSDH said Kurdish fighters held the dam.\nThe FDS denied it.',
    findings: [
      {line: 1, column: 5, actual: 'OSDH', fix: 'SOHR'},
      {line: 2, column: 5, actual: 'FDS', fix: 'SDF'}
    ],
    fixed: 'The SOHR said Kurdish fighters held the dam.\nThe SDF denied it.'
  },
  // The final full stop of "EE.UU." that also ends the sentence stays (so no unattended fix).
  {text: 'Exports went to EE.UU. The rest went to Asia.', findings: [{line: 1, column: 17, actual: 'EE.UU', fix: 'US'}]}
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
  // no expansion, no known form; a weak form with no evidence
  'The FDS denied it.',
  'The SDF and the SNA clashed near Manbij, the SOHR said.',
  'The ABC network and the XYZ group (ABCD) said the FBI and the CIA agreed.'
]

describe('acronym', () => {
  it.each(notOk)('flags $text', async (c) => {
    expect(await findingsOf('acronym', c)).toEqual(c.findings)
    const found = await runRule('acronym', c.text)
    expect(found.map((m) => m.fatal)).toEqual(found.map(() => true))
    // One English acronym each (an entry with two: below).
    expect(found.map((m) => m.expected)).toEqual(c.findings.map((f) => [f.fix]))
    expect(applyFixes(c.text, found)).toBe(c.fixed ?? c.text)
  })

  it.each(ok)('stays silent on %s', async (text) => {
    expect(await findingsOf('acronym', {text})).toEqual([])
  })

  it('offers every English acronym of an entry, and applies none unattended when there are two', async () => {
    const c: RuleCase = {text: 'The EuGH ruled on Tuesday.', findings: [{line: 1, column: 5, actual: 'EuGH', fix: 'CJEU'}]}
    expect(await findingsOf('acronym', c)).toEqual(c.findings)
    const found = await runRule('acronym', c.text)
    expect(found.map((m) => [m.expected, m.fix])).toEqual([[['CJEU', 'ECJ'], undefined]])
  })

  it('names the line where an unknown source-language acronym was first reported', async () => {
    const found = await runRule('acronym', 'The Lebanese Armed Forces (FAL) deployed in the south.\nThe FAL said the border was calm.')
    expect(found[1].reason).toContain('line 1')
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
    const found = await runAlone(acronym, 'The ONU called for a ceasefire.', {severity: 'warning'})
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
      'a-'.repeat(20_000) + ' (ABC)',
      // Thousands of distinct unexplained sources in a story with traces of Arabic.
      'Syrian troops in Syria and Syrian jets. ' + Array.from({length: 8000}, (_, i) => `A source told Q${String.fromCharCode(65 + (i % 26), 65 + (Math.floor(i / 26) % 26), 65 + (Math.floor(i / 676) % 26))}.`).join(' ')
    ]
    for (const text of inputs) {
      const started = Date.now()
      const found = await runRule('acronym', text)
      expect(Date.now() - started, text.slice(0, 40)).toBeLessThan(5000)
      expect(found.every((m) => m.ruleId === 'acronym')).toBe(true)
    }
  }, 60_000)
})

/** Source-language acronyms never explained, translated word for word, or with letters English does not write: information. */
describe('acronym: national bodies and foreign letters', () => {
  const info: RuleCase[] = [
    {text: 'Italian mayors say the PNRR money must be spent by 2026.', findings: [{line: 1, column: 24, actual: 'PNRR', fix: 'National Recovery and Resilience Plan (PNRR)'}]},
    {text: 'Jakarta said DPR members would vote. The DPR met again.', findings: [{line: 1, column: 14, actual: 'DPR', fix: 'House of Representatives (DPR)'}, {line: 1, column: 42, actual: 'DPR', fix: 'House of Representatives (DPR)'}]},
    // The English name elsewhere, never tied to the acronym.
    {text: 'Poland’s opposition attacked the KPRM on Monday.\nThe Chancellery of the Prime Minister denied it.', findings: [{line: 1, column: 34, actual: 'KPRM', fix: 'Chancellery of the Prime Minister'}]},
    // A name translated word for word.
    {text: 'The Investigation Council for Safety (OVV) published its report on the Alkmaar stadium.', findings: [{line: 1, column: 39, actual: 'OVV', fix: 'Dutch Safety Board'}]},
    // Letters English does not write.
    {text: 'Delegates of the People’s Council (HĐND) met in Hanoi.', findings: [{line: 1, column: 36, actual: 'HĐND'}]},
    // An acronym the story uses as a source or an actor and never explains, in a story with traces of its source language.
    {text: 'The Syrian army shelled positions near Idlib in Syria. A military source told KNB on Monday that the strikes went on.\nKNB dispatches from Damascus said dozens of Syrian fighters died.', findings: [{line: 1, column: 79, actual: 'KNB'}]},
    {text: 'Kyiv said on Monday that the front was calm. The ZAF fired mortars at the village of Oleksandrivka overnight, Ukrainian officials said.', findings: [{line: 1, column: 50, actual: 'ZAF'}]}
  ]

  it.each(info)('$text', async (c) => {
    expect(await findingsOf('acronym', c)).toEqual(c.findings)
    expect((await runRule('acronym', c.text)).map((m) => m.fatal)).toEqual(c.findings.map(() => undefined))
  })

  const errors: RuleCase[] = [
    // What is left of "EE.UU." once "EE." was translated.
    {text: 'Mexico pledged to help the United States. .UU. With its allies, it acted.', findings: [{line: 1, column: 43, actual: '.UU.', fix: ''}]},
    {text: 'Cuba hosted the summit of Non-Aligned Countries (Noal) in 1979.', findings: [{line: 1, column: 50, actual: 'Noal', fix: 'NAM'}]}
  ]

  it.each(errors)('$text', async (c) => {
    expect(await findingsOf('acronym', c)).toEqual(c.findings)
  })

  const ok: string[] = [
    // Explained, with its English name next to it.
    'Indonesia’s General Election Commission (KPU) met in Jakarta; the DPR (House of Representatives) too.',
    'The Italian government cut INPS pensions, the National Social Security Institute (INPS) said.',
    // An English name close to the body's own, even misspelt.
    'Mexico’s Federal Electricity Commision (CFE) and the Mexican Social Security Institute (IMSS) met.',
    // Three letters the story gives no country for.
    'The DPR and the TNI were mentioned, but this story names no country.',
    // Accented vowels in names and acronyms English keeps.
    'Meral Akşener leads the İYİ (Good) Party; the FPÖ and ÖVP are Austrian.',
    // "RN" without France.
    'The RN ship docked in Portsmouth, a Royal Navy spokesman said.',
    // Sources English copy names bare (the lexicon's CNN, a kept AFP), or that the story explains.
    'A military source near Idlib in Syria told CNN on Monday that Syrian strikes went on, and told AFP the same in Syria.',
    'Israeli officials in Jerusalem said the IDF struck targets in Gaza overnight, Israel’s army radio reported.',
    'The Iranian news agency KNB said the talks in Tehran failed. The Iranian statement was quoted by KNB.',
    'The Syrian Network for Detainees (KNB) counted the dead in Idlib, Syria. A source told KNB on Monday the Syrian count rose.',
    // No traces of a source language: a British broadcaster, a campaign group.
    'The minister told GMTV on Sunday that the bill would pass.',
    // Among capitals: a title, not a source ("UKIP MEP").
    'In Berlin, the UKIP MEP attacked German plans for the euro in Germany.'
  ]

  it.each(ok)('leaves %j alone', async (text) => {
    expect(await findingsOf('acronym', {text})).toEqual([])
  })
})

/** Against the story's own English definitions (warnings): the same letters reordered, a name expanded wrongly. */
describe('acronym: the story’s own definitions', () => {
  const warnings: RuleCase[] = [
    // The letters of a defined acronym in another order: the source language's word order, or a typo.
    {text: 'The Associated Press (AP) ran a long profile of the candidate.\nIn that report, P.A. asks how he will govern.', findings: [{line: 2, column: 17, actual: 'P.A.', fix: 'AP'}]},
    {text: 'The Asian Development Bank (ADB) raised its forecast.\nThe ABD president said growth would hold.', findings: [{line: 2, column: 5, actual: 'ABD', fix: 'ADB'}]},
    // A title-case name whose initials spell a defined acronym but that shares no word with its name.
    {
      text: 'Mayors met on Sunday, called by the Association of Mayors of France (AMF).\n“The Arab Monetary Fund has decided to call on the people to march,” its president said.',
      findings: [{line: 2, column: 6, actual: 'Arab Monetary Fund', fix: 'AMF'}]
    }
  ]

  it.each(warnings)('$text', async (c) => {
    expect(await findingsOf('acronym', c)).toEqual(c.findings)
    const found = await runRule('acronym', c.text)
    expect(found.map((m) => m.fatal)).toEqual(c.findings.map(() => false))
    expect(found.map((m) => m.fix)).toEqual(c.findings.map(() => undefined))
  })

  it('says which definition it read', async () => {
    const [reordered] = await runRule('acronym', 'The Associated Press (AP) ran a profile.\nIn that report, P.A. asks how he will govern.')
    expect(reordered.reason).toContain('“Associated Press”, line 1')
    const [expanded] = await runRule('acronym', 'Mayors met, called by the Association of Mayors of France (AMF).\nThe Arab Monetary Fund then called a march.')
    expect(expanded.reason).toContain('defines as “Association of Mayors of France” (line 1)')
  })

  const ok: string[] = [
    // Both forms defined.
    'The Associated Press (AP) and the Press Association (PA) both carried the story.',
    // A US state code, a form among capitals.
    'The Associated Press (AP) opened a bureau in Pittsburgh, PA on Friday.',
    'The Associated Press (AP) said the PA SYSTEM failed.',
    // The same name spelt another way, and a second definition.
    'The World Health Organization (WHO) met; the World Health Organisation said cases fell.',
    'The Asian Development Bank (ADB) and the African Development Bank met. The ADB lent more.',
    'The Association of Mayors of France (AMF) and the Autorité des Marchés Financiers (AMF) both spoke.',
    'The Arab Monetary Fund (AMF) met the Association of Mayors of France (AMF).',
    // Two letters: person names are not read as expansions.
    'The Democratic Party (DP) said Daniel Perez would run.',
    // No definition: nothing to compare.
    'The AP said P.A. announcements were loud; the ABD and the ADB met.'
  ]

  it.each(ok)('stays silent on %s', async (text) => {
    expect(await findingsOf('acronym', {text})).toEqual([])
  })
})
