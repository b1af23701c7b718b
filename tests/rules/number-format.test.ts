import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import numberFormat from '../../plugins/number-format.js'
import {runAlone, runRule, type Found} from '../helpers.js'

const apply = (text: string, m: Found): string => text.slice(0, m.fix!.start) + m.fix!.text + text.slice(m.fix!.end)

describe('number-format', () => {
  // [text, line, column, actual, first expected candidate, text after the fix (undefined: no unattended fix)]
  const notOk: Array<[string, number, number, string, string, string | undefined]> = [
    // Decimal comma with a unit, percent, magnitude or currency.
    ['Inflation rose to 2,5% in March.', 1, 19, '2,5', '2.5', 'Inflation rose to 2.5% in March.'],
    ['Growth was 0,8 per cent.', 1, 12, '0,8', '0.8', 'Growth was 0.8 per cent.'],
    ['Growth was 1,25 percent.', 1, 12, '1,25', '1.25', 'Growth was 1.25 percent.'],
    ['The city has 1,8 million inhabitants.', 1, 14, '1,8', '1.8', 'The city has 1.8 million inhabitants.'],
    ['The deal is worth €2,5bn.', 1, 20, '2,5', '2.5', 'The deal is worth €2.5bn.'],
    ['A magnitude 6,2 earthquake struck.', 1, 13, '6,2', '6.2', 'A magnitude 6,2 earthquake struck.'.replace('6,2', '6.2')],
    ['The glacier lost 3,4 kilometres.', 1, 18, '3,4', '3.4', 'The glacier lost 3.4 kilometres.'],
    ['It was 38,5 degrees in Seville.', 1, 8, '38,5', '38.5', 'It was 38.5 degrees in Seville.'],
    ['Rates rose 0,25 points.', 1, 12, '0,25', '0.25', 'Rates rose 0.25 points.'],
    ['The index fell 0,5.', 1, 16, '0,5', '0.5', undefined],
    // Money: a possible missing digit, so no unattended fix.
    ['A ticket costs €2,50 now.', 1, 17, '2,50', '2.50', undefined],
    ['A ticket costs 2,50 euros now.', 1, 16, '2,50', '2.50', undefined],
    ['The euro fetched 1,0850 dollars.', 1, 18, '1,0850', '1.0850', undefined],
    // Thousands dot.
    ['About 1.500 people marched on Sunday.', 1, 7, '1.500', '1,500', 'About 1,500 people marched on Sunday.'],
    ['Some 3.000 Syrian refugees crossed.', 1, 6, '3.000', '3,000', 'Some 3,000 Syrian refugees crossed.'],
    ['Sales rose to 136.069 units.', 1, 15, '136.069', '136,069', 'Sales rose to 136,069 units.'],
    ['The firm cut 2.350 jobs.', 1, 14, '2.350', '2,350', 'The firm cut 2,350 jobs.'],
    ['The route covers 9.000 kilometres of coast.', 1, 18, '9.000', '9,000', undefined],
    ['She won the 1.500-metre race.', 1, 13, '1.500', '1,500', undefined],
    ['It cost €1.500 in total.', 1, 10, '1.500', '1,500', undefined],
    ['It cost 4.500 euros in total.', 1, 9, '4.500', '4,500', undefined],
    ['Debt hit 3.200 million euros.', 1, 10, '3.200', '3,200', undefined],
    ['The fund holds 1.250.000 euros.', 1, 16, '1.250.000', '1,250,000', 'The fund holds 1,250,000 euros.'],
    ['A crowd of 25.000.000 watched.', 1, 12, '25.000.000', '25,000,000', 'A crowd of 25,000,000 watched.'],
    // Both.
    ['Exports reached 1.234,5 million euros.', 1, 17, '1.234,5', '1,234.5', 'Exports reached 1,234.5 million euros.'],
    // Grouping spaces.
    ['Some 10\u00a0000 people came.', 1, 6, '10\u00a0000', '10,000', 'Some 10,000 people came.'],
    ['Some 3 000 soldiers came.', 1, 6, '3 000', '3,000', undefined],
    // A space before "%".
    ['Unemployment fell to 5 % last year.', 1, 22, '5 %', '5%', 'Unemployment fell to 5% last year.'],
    ['Turnout was 3.5\u00a0% in May.', 1, 13, '3.5\u00a0%', '3.5%', 'Turnout was 3.5% in May.'],
    ['Turnout was 2,5 % in May.', 1, 13, '2,5 %', '2.5%', 'Turnout was 2.5% in May.'],
    // Weak cases with the document's evidence.
    ['About 1.500 people came.\nA crowd of 2.000 gathered.', 2, 12, '2.000', '2,000', undefined],
    ['Inflation was 2,5%.\nThe rate was 1,5.', 2, 14, '1,5', '1.5', undefined]
  ]

  it.each(notOk)('flags %j', async (text, line, column, actual, first, fixed) => {
    const found = await runRule('number-format', text)
    const hit = found.find((m) => m.line === line && m.column === column)
    expect(hit, JSON.stringify(found)).toBeDefined()
    expect(hit!.ruleId).toBe('number-format')
    expect(hit!.actual).toBe(actual)
    expect(hit!.expected?.[0]).toBe(first)
    expect(hit!.fatal).toBe(false)
    if (fixed === undefined) expect(hit!.fix).toBeUndefined()
    else expect(apply(text, hit!)).toBe(fixed)
  })

  it('offers both readings of a magnitude with a thousands dot', async () => {
    const [hit] = await runRule('number-format', 'Debt hit 3.200 million euros.')
    expect(hit.expected).toEqual(['3,200', '3.2'])
  })

  it('offers the missing digit for a price', async () => {
    const [hit] = await runRule('number-format', 'It sold for $110,00 at auction.')
    expect(hit.expected).toEqual(['110.00', '110,000'])
  })

  // [text, expected "billion"/"trillion" hints (all info)]
  const scale: Array<[string, string[]]> = [
    ['Spain owes 1,5 billion euros, the ministry said.', ['billion']],
    ['Spain owes 1,5 billion euros and 3 trillion pesetas.', ['billion']],
    ['The bank lent a thousand million euros; its assets are 2 billion and 1 trillion.', ['billion', 'trillion']],
    ['The bank lent 5 milliards; its assets are 2 billion.', ['billion']],
    ['The budget is 1.5 billion dollars and the debt 2 trillion.', []],
    ['Apple is worth 3 trillion dollars; Spain spent 1.2 billion.', []],
    // "5 %" alone is not evidence.
    ['Turnout was 5 % and the budget 2 billion.', []]
  ]

  it.each(scale)('hints at the long scale in %j', async (text, words) => {
    const found = await runRule('number-format', text)
    const hints = found.filter((m) => m.fatal === undefined)
    expect(hints.map((m) => m.actual)).toEqual(words)
    for (const h of hints) {
      expect(h.fix).toBeUndefined()
      expect(h.expected?.[0]).toMatch(/^(?:trillion|quintillion)$/)
    }
  })

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
    '',
    '1,5'
  ]

  it.each(ok)('leaves %j alone', async (text) => {
    expect(await runRule('number-format', text)).toEqual([])
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
