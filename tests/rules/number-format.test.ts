/**
 * number-format: decimal commas, thousands dots, grouping spaces, "5 %" and
 * the long-scale hint.  Every case lists the rule's complete findings on its
 * text (the shared case shape of tests/helpers.ts) and what `--fix` makes of
 * the text.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import numberFormat from '../../plugins/number-format.js'
import {findingsOf, runAlone, runRule, type Found, type RuleCase} from '../helpers.js'

/** A case in the shared shape, with the text after the unattended fixes (default: unchanged). */
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

/** A "billion"/"trillion" hint: information; every other finding is a warning. */
const HINT = /^(?:b|tr)illions?$/

/** The complete findings of a case, their severity (hints information, the rest warnings) and the text after --fix. */
async function expectCase(c: Case): Promise<void> {
  expect(await findingsOf('number-format', c)).toEqual(c.findings)
  const found = await runRule('number-format', c.text)
  expect(found.map((m) => m.fatal)).toEqual(found.map((m) => (HINT.test(m.actual ?? '') ? undefined : false)))
  expect(applyFixes(c.text, found)).toBe(c.fixed ?? c.text)
}

describe('number-format', () => {
  const notOk: Case[] = [
    // Decimal comma with a unit, percent, magnitude or currency.
    {text: 'Inflation rose to 2,5% in March.', findings: [{line: 1, column: 19, actual: '2,5', fix: '2.5'}], fixed: 'Inflation rose to 2.5% in March.'},
    {text: 'Growth was 0,8 per cent.', findings: [{line: 1, column: 12, actual: '0,8', fix: '0.8'}], fixed: 'Growth was 0.8 per cent.'},
    {text: 'Growth was 1,25 percent.', findings: [{line: 1, column: 12, actual: '1,25', fix: '1.25'}], fixed: 'Growth was 1.25 percent.'},
    {text: 'The city has 1,8 million inhabitants.', findings: [{line: 1, column: 14, actual: '1,8', fix: '1.8'}], fixed: 'The city has 1.8 million inhabitants.'},
    {text: 'The deal is worth €2,5bn.', findings: [{line: 1, column: 20, actual: '2,5', fix: '2.5'}], fixed: 'The deal is worth €2.5bn.'},
    {text: 'A magnitude 6,2 earthquake struck.', findings: [{line: 1, column: 13, actual: '6,2', fix: '6.2'}], fixed: 'A magnitude 6.2 earthquake struck.'},
    {text: 'The glacier lost 3,4 kilometres.', findings: [{line: 1, column: 18, actual: '3,4', fix: '3.4'}], fixed: 'The glacier lost 3.4 kilometres.'},
    {text: 'It was 38,5 degrees in Seville.', findings: [{line: 1, column: 8, actual: '38,5', fix: '38.5'}], fixed: 'It was 38.5 degrees in Seville.'},
    {text: 'Rates rose 0,25 points.', findings: [{line: 1, column: 12, actual: '0,25', fix: '0.25'}], fixed: 'Rates rose 0.25 points.'},
    {text: 'The index fell 0,5.', findings: [{line: 1, column: 16, actual: '0,5', fix: '0.5'}]},
    // Money: a possible missing digit, so no unattended fix.
    {text: 'A ticket costs €2,50 now.', findings: [{line: 1, column: 17, actual: '2,50', fix: '2.50'}]},
    {text: 'A ticket costs 2,50 euros now.', findings: [{line: 1, column: 16, actual: '2,50', fix: '2.50'}]},
    {text: 'The euro fetched 1,0850 dollars.', findings: [{line: 1, column: 18, actual: '1,0850', fix: '1.0850'}]},
    // Thousands dot.
    {text: 'About 1.500 people marched on Sunday.', findings: [{line: 1, column: 7, actual: '1.500', fix: '1,500'}], fixed: 'About 1,500 people marched on Sunday.'},
    {text: 'Some 3.000 Syrian refugees crossed.', findings: [{line: 1, column: 6, actual: '3.000', fix: '3,000'}], fixed: 'Some 3,000 Syrian refugees crossed.'},
    {text: 'Sales rose to 136.069 units.', findings: [{line: 1, column: 15, actual: '136.069', fix: '136,069'}], fixed: 'Sales rose to 136,069 units.'},
    {text: 'The firm cut 2.350 jobs.', findings: [{line: 1, column: 14, actual: '2.350', fix: '2,350'}], fixed: 'The firm cut 2,350 jobs.'},
    {text: 'The route covers 9.000 kilometres of coast.', findings: [{line: 1, column: 18, actual: '9.000', fix: '9,000'}]},
    {text: 'She won the 1.500-metre race.', findings: [{line: 1, column: 13, actual: '1.500', fix: '1,500'}]},
    {text: 'It cost €1.500 in total.', findings: [{line: 1, column: 10, actual: '1.500', fix: '1,500'}]},
    {text: 'It cost 4.500 euros in total.', findings: [{line: 1, column: 9, actual: '4.500', fix: '4,500'}]},
    {text: 'Debt hit 3.200 million euros.', findings: [{line: 1, column: 10, actual: '3.200', fix: '3,200'}]},
    {text: 'The fund holds 1.250.000 euros.', findings: [{line: 1, column: 16, actual: '1.250.000', fix: '1,250,000'}], fixed: 'The fund holds 1,250,000 euros.'},
    {text: 'A crowd of 25.000.000 watched.', findings: [{line: 1, column: 12, actual: '25.000.000', fix: '25,000,000'}], fixed: 'A crowd of 25,000,000 watched.'},
    // Both.
    {text: 'Exports reached 1.234,5 million euros.', findings: [{line: 1, column: 17, actual: '1.234,5', fix: '1,234.5'}], fixed: 'Exports reached 1,234.5 million euros.'},
    // Grouping spaces.
    {text: 'Some 10\u00a0000 people came.', findings: [{line: 1, column: 6, actual: '10\u00a0000', fix: '10,000'}], fixed: 'Some 10,000 people came.'},
    {text: 'Some 3 000 soldiers came.', findings: [{line: 1, column: 6, actual: '3 000', fix: '3,000'}]},
    // A space before "%".
    {text: 'Unemployment fell to 5 % last year.', findings: [{line: 1, column: 22, actual: '5 %', fix: '5%'}], fixed: 'Unemployment fell to 5% last year.'},
    {text: 'Turnout was 3.5\u00a0% in May.', findings: [{line: 1, column: 13, actual: '3.5\u00a0%', fix: '3.5%'}], fixed: 'Turnout was 3.5% in May.'},
    {text: 'Turnout was 2,5 % in May.', findings: [{line: 1, column: 13, actual: '2,5 %', fix: '2.5%'}], fixed: 'Turnout was 2.5% in May.'},
    // Weak cases with the document's evidence.
    {text: 'About 1.500 people came.\nA crowd of 2.000 gathered.', findings: [{line: 1, column: 7, actual: '1.500', fix: '1,500'}, {line: 2, column: 12, actual: '2.000', fix: '2,000'}], fixed: 'About 1,500 people came.\nA crowd of 2.000 gathered.'},
    {text: 'Inflation was 2,5%.\nThe rate was 1,5.', findings: [{line: 1, column: 15, actual: '2,5', fix: '2.5'}, {line: 2, column: 14, actual: '1,5', fix: '1.5'}], fixed: 'Inflation was 2.5%.\nThe rate was 1,5.'}
  ]

  it.each(notOk)('flags $text', async (c) => expectCase(c))

  // Conventions of the source around a number: signs, split decimals, spelled magnitudes, results, dates, times, ordinals.
  const conventions: Case[] = [
    {text: 'The ministry pledged $ 40 million for the plan.', findings: [{line: 1, column: 22, actual: '$ 40', fix: '$40'}], fixed: 'The ministry pledged $40 million for the plan.'},
    {text: 'Brazil will spend R $ 12 billion on roads.', findings: [{line: 1, column: 19, actual: 'R $ 12', fix: 'R$12'}], fixed: 'Brazil will spend R$12 billion on roads.'},
    {text: 'The loan of US$ 2.5 billion was signed.', findings: [{line: 1, column: 13, actual: 'US$ 2.5', fix: 'US$2.5'}], fixed: 'The loan of US$2.5 billion was signed.'},
    {text: 'A fine of € 450 was imposed.', findings: [{line: 1, column: 11, actual: '€ 450', fix: '€450'}], fixed: 'A fine of €450 was imposed.'},
    {text: 'Prices rose + 0.4% in May.', findings: [{line: 1, column: 13, actual: '+ 0.4%', fix: '+0.4%'}], fixed: 'Prices rose +0.4% in May.'},
    {text: 'Losses reached $7,215. 4 million last year.', findings: [{line: 1, column: 17, actual: '7,215. 4', fix: '7,215.4'}], fixed: 'Losses reached $7,215.4 million last year.'},
    {text: 'The party polled 4 . 8 % in the state.', findings: [{line: 1, column: 18, actual: '4 . 8 %', fix: '4.8%'}], fixed: 'The party polled 4.8% in the state.'},
    {text: 'The storm left 40 thousand people homeless.', findings: [{line: 1, column: 16, actual: '40 thousand', fix: '40,000'}]},
    {text: 'Output reached 2 trillion 400 billion rupees.', findings: [{line: 1, column: 16, actual: '2 trillion 400 billion', fix: '2.4 trillion'}]},
    {text: 'Leverkusen won the derby 3:1 (2:0) and the coach praised the players.', findings: [{line: 1, column: 26, actual: '3:1', fix: '3-1'}, {line: 1, column: 31, actual: '2:0', fix: '2-0'}]},
    {text: 'Police said the suspect was arrested on Tuesday (14/3).', findings: [{line: 1, column: 49, actual: '(14/3)', fix: '(March 14)'}]},
    {text: 'The rally took place on Friday (5/8/2023) in the capital.', findings: [{line: 1, column: 32, actual: '(5/8/2023)', fix: '(Aug. 5, 2023)'}]},
    {text: 'The governor spoke to reporters today (3rd) at the port.', findings: [{line: 1, column: 39, actual: '(3rd)', fix: ''}]},
    {text: 'The vote ended at 21 p.m. on Sunday.', findings: [{line: 1, column: 19, actual: '21 p.m.', fix: '9 p.m.'}]},
    {text: 'The site was updated at 00:40 AM.', findings: [{line: 1, column: 25, actual: '00:40 AM', fix: '12:40 a.m.'}]},
    {text: 'The march began after 14 (local time) in the centre.', findings: [{line: 1, column: 23, actual: '14', fix: '2 p.m.'}]},
    {text: 'Crowds gathered at about 12.15 noon.', findings: [{line: 1, column: 26, actual: '12.15 noon', fix: '12:15 p.m.'}]},
    {text: 'The king celebrated his 70 birthday with a parade.', findings: [{line: 1, column: 25, actual: '70 birthday', fix: '70th birthday'}]},
    {text: 'Nearly 2500 nurses joined the strike.\nLater, 1,200 more signed up.', findings: [{line: 1, column: 8, actual: '2500', fix: '2,500'}]},
    {text: 'Over 1.800 farmers signed the petition.', findings: [{line: 1, column: 6, actual: '1.800', fix: '1,800'}]}
  ]

  it.each(conventions)('flags the convention in $text', async (c) => expectCase(c))

  it('reports a result written "2 to 1" in a sports story for information', async () => {
    const text = 'The champions won the derby, 2 to 1, after a late goal by their captain in the match.'
    expect(await findingsOf('number-format', {text})).toEqual([{line: 1, column: 30, actual: '2 to 1', fix: '2-1'}])
    expect((await runRule('number-format', text)).map((m) => m.fatal)).toEqual([undefined])
  })

  it('offers both readings of a magnitude with a thousands dot', async () => {
    const [hit] = await runRule('number-format', 'Debt hit 3.200 million euros.')
    expect(hit.expected).toEqual(['3,200', '3.2'])
  })

  it('offers the missing digit for a price', async () => {
    const [hit] = await runRule('number-format', 'It sold for $110,00 at auction.')
    expect(hit.expected).toEqual(['110.00', '110,000'])
  })

  // "billion" and "trillion" hints (information, never fixed) in documents translated from a long-scale language.
  const scale: Case[] = [
    {text: 'Spain owes 1,5 billion euros, the ministry said.', findings: [{line: 1, column: 12, actual: '1,5', fix: '1.5'}, {line: 1, column: 16, actual: 'billion', fix: 'trillion'}], fixed: 'Spain owes 1.5 billion euros, the ministry said.'},
    {text: 'Spain owes 1,5 billion euros and 3 trillion pesetas.', findings: [{line: 1, column: 12, actual: '1,5', fix: '1.5'}, {line: 1, column: 16, actual: 'billion', fix: 'trillion'}], fixed: 'Spain owes 1.5 billion euros and 3 trillion pesetas.'},
    {text: 'The bank lent a thousand million euros; its assets are 2 billion and 1 trillion.', findings: [{line: 1, column: 58, actual: 'billion', fix: 'trillion'}, {line: 1, column: 72, actual: 'trillion', fix: 'quintillion'}]},
    {text: 'The bank lent 5 milliards; its assets are 2 billion.', findings: [{line: 1, column: 45, actual: 'billion', fix: 'trillion'}]},
    {text: 'The budget is 1.5 billion dollars and the debt 2 trillion.', findings: []},
    {text: 'Apple is worth 3 trillion dollars; Spain spent 1.2 billion.', findings: []},
    // "5 %" alone is not evidence.
    {text: 'Turnout was 5 % and the budget 2 billion.', findings: [{line: 1, column: 13, actual: '5 %', fix: '5%'}], fixed: 'Turnout was 5% and the budget 2 billion.'}
  ]

  it.each(scale)('hints at the long scale in $text', async (c) => expectCase(c))

  const ok: string[] = [
    'About 1,500 people marched; turnout was 3.5% and the deficit 1.8 million euros.',
    'She won 6-1, 4-6, 7-5 and later 1-6,4-6 in the final.',
    'The score was 6-4,6-3 and 2,5-3 per cent was the range.',
    'The U.S. bond yield was 1.125 per cent at 10.30pm; version 2.0.1 shipped in 2023.',
    'Shares rose to 44.125 dlrs a share and the euro fetched $1.364 per euro.',
    'The rate was 1.300 yen per dollar and gas cost $3.500 a gallon.',
    'Bolt ran 9.580 seconds and the index closed at 5.216 million.',
    'The 3,4-dimethyl compound and sections 1.2.3 and 4.5 were cited; 2,06,737 tests were run.',
    'The budget is 1.5 billion dollars and the debt 2 trillion.',
    'Articles 1,2 and 3 apply; items 4,5, 6 too.',
    'On 12.03.2024 at 10:30 the server 192.168.100.200 rebooted.',
    'In 2008 400 people died; on May 5 300 protesters came.',
    'The 1,000-page report and the 2,000 lb bomb and 1,250 mln dlrs.',
    'Call 0845 8 505 505 or 0800 555 111.',
    'Dubai sold 10 737-800 planes; the G7,8 summit; COVID-19,5 no.',
    'The 4.5 magnitude quake and 0.875 points and 1.075 mln tonnes.',
    'He is aged 45 and scored 3 goals; it was 5 per cent.',
    'Version 3.100 of the firmware and chapter 2.100.',
    'It cost $1.25 and 1,999 euros and €2,000.',
    // Conventions that are English: signs against figures, ratios, UK and US times, tie-breaks, years, names.
    'Shares rose 0.3% to $40; the bill was $1,500 and £3.6 million.',
    'The ratio was 3:1 and the meeting began at 10:30 a.m.; she arrived at 7 p.m.',
    'Her 1500m race, the 1989 Children Act and Andre 3000 were cited; in 2006 students protested, 1,200 of them.',
    'The match ended 6-7 (3/7) 6-3 and the team won 2-1 after the goal at 10.30pm on Sunday.',
    'The court ruled 5 to 4 in the case.',
    'They met at 13:00 GMT and at 18.45 on Friday (local time), for 13 hours.',
    'The survey of 1,200 voters was published in 2019; the 2000 election was close.',
    'The firm sold 1.5 million cars, up 2 to 3 percent, and thousands of fans came.',
    'The league leaders won 2-0 at home on Saturday, a 3:1 ratio of wins in the season for the coach.',
    'The company celebrates its 130th anniversary; it is 130 years old.',
    'The index rose +0.3% and fell - 0.2% in a season of 4,500 games.',
    '',
    '1,5'
  ]

  it.each(ok)('leaves %j alone', async (text) => {
    expect(await findingsOf('number-format', {text})).toEqual([])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(numberFormat, 'About 1.500 people marched and inflation hit 2,5%.')
    expect(found.map((m) => [m.ruleId, m.actual, m.expected?.[0]])).toEqual([
      ['number-format', '1.500', '1,500'],
      ['number-format', '2,5', '2.5']
    ])
  })

  it('takes its severity from the options, hints stay info', async () => {
    const found = await runAlone(numberFormat, 'Spain owes 1,5 billion euros.', {severity: 'error'})
    expect(found.map((m) => [m.actual, m.fatal])).toEqual([
      ['1,5', true],
      ['billion', undefined]
    ])
  })

  it('does not throw or stall on hostile input', async () => {
    const inputs = [
      '1,'.repeat(50_000),
      '1.000.'.repeat(20_000),
      '9'.repeat(5_000) + ',5%',
      '1 000 '.repeat(20_000),
      '2,5 % '.repeat(10_000),
      '€'.repeat(50_000) + '2,5',
      '1.500 ' + 'very '.repeat(20_000) + 'people'
    ]
    for (const text of inputs) {
      const t0 = Date.now()
      await runRule('number-format', text)
      expect(Date.now() - t0).toBeLessThan(8_000)
    }
  }, 90_000)

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({unit: fc.constantFrom('1', '0', '5', ',', '.', ' ', '%', '€', '-', 'a', 'people', ' million', ' per cent', '\u00a0', '\n'), maxLength: 40}),
        async (text) => {
          const found = await runRule('number-format', text)
          for (const m of found) expect(m.ruleId).toBe('number-format')
        }
      ),
      {numRuns: 150}
    )
  })
})
