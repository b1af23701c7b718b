import {describe, expect, it} from 'vitest'
import repeatedWords from '../../plugins/repeated-words.js'
import {runAlone, runRule, type Found} from '../helpers.js'

const apply = (text: string, m: Found): string => text.slice(0, m.fix!.start) + m.fix!.text + text.slice(m.fix!.end)

describe('repeated-words', () => {
  // [text, line, column, actual, text after the fix]
  const notOk: Array<[string, number, number, string, string]> = [
    ['The minister said the the plan would pass.', 1, 19, 'the the', 'The minister said the plan would pass.'],
    ['The the plan would pass.', 1, 1, 'The the', 'The plan would pass.'],
    ['The cost of of the scheme rose.', 1, 10, 'of of', 'The cost of the scheme rose.'],
    ['She will will not resign.', 1, 5, 'will will', 'She will not resign.'],
    ['We cannot afford to to wait.', 1, 18, 'to to', 'We cannot afford to wait.'],
    ['Profits fell two two cents.', 1, 14, 'two two', 'Profits fell two cents.'],
    ['The plan is is doomed.', 1, 10, 'is is', 'The plan is doomed.'],
    ['It’s it\'s over, he said.', 1, 1, 'It’s it\'s', 'It’s over, he said.'],
    ['Voters  the\u00a0the ballot.', 1, 9, 'the\u00a0the', 'Voters  the ballot.'],
    ['The the the vote.', 1, 1, 'The the the', 'The vote.'],
    ['Ministers met.\nThe The government resigned.', 2, 1, 'The The', 'Ministers met.\nThe government resigned.'],
    ['VOTERS BACK THE THE PLAN', 1, 13, 'THE THE', 'VOTERS BACK THE PLAN'],
    ['People talked about about the goal.', 1, 15, 'about about', 'People talked about the goal.'],
    ['He sold a a house.', 1, 9, 'a a', 'He sold a house.']
  ]

  it.each(notOk)('warns on %j', async (text, line, column, actual, fixed) => {
    const found = await runRule('repeated-words', text)
    expect(found, JSON.stringify(found)).toHaveLength(1)
    const [m] = found
    expect(m).toMatchObject({ruleId: 'repeated-words', line, column, actual, expected: [''], fatal: false})
    expect(apply(text, m)).toBe(fixed)
  })

  it.each([
    // retext-repeated-words' own allow-list.
    'The board had had enough and said that that was final.',
    // Names and titles: a capitalised second word.
    'Duran Duran played Walla Walla; Bafana Bafana beat Bora Bora.',
    'Sirhan Sirhan, Baden-Baden and Mahathir Mohamad were named.',
    'The musical Spend Spend Spend opened at the Soldier Soldier gala.',
    'BAFANA BAFANA WIN AGAIN',
    'Army chief General M M Naravane met them.',
    // Reduplications and emphasis.
    'Fans said bye bye, the film was so so and "very very good".',
    '"No no no," she said. "Really really nervous," he said.',
    'Knock knock, said the tom tom player. Now now, there there.',
    // Legitimate doubled verbs, pronouns and demonstratives.
    'What the plan is is a loan. All he did did harm.',
    'Add to this this new levy, then look at that that way.',
    'The coach gave her her first cap.',
    // Not white space between: punctuation, a sentence boundary, a line.
    'It was held in. In the end it passed.',
    'He won the, the crowd said, prize.',
    'They lost the\nthe second vote.',
    'The "the" problem, and the-the.',
    // Numbers and break-ins.
    'He scored 10 10 times; a break-in in 1999.'
  ])('stays silent on %j', async (text) => {
    expect(await runRule('repeated-words', text)).toEqual([])
  })

  it('reports a doubled particle after a verb as information, with no unattended fix', async () => {
    for (const [text, actual] of [
      ['We have been placed in in the past.', 'in in'],
      ['I have been waiting for for years.', 'for for']
    ]) {
      const found = await runRule('repeated-words', text)
      expect(found).toHaveLength(1)
      expect(found[0]).toMatchObject({actual, fatal: undefined, expected: ['']})
      expect(found[0].fix).toBeUndefined()
    }
    // Not after a verb: a warning.
    const [m] = await runRule('repeated-words', 'The firm in in London grew.')
    expect(m).toMatchObject({actual: 'in in', fatal: false})
    expect(m.fix).toBeDefined()
  })

  it('accepts configured words', async () => {
    expect(await runRule('repeated-words', 'Their matching matching tool.', {}, {words: ['matching']})).toEqual([])
    expect(await runRule('repeated-words', 'The tiki tiki bar.')).toHaveLength(1)
    expect(await runRule('repeated-words', 'The tiki tiki bar.', {}, {words: ['tiki tiki']})).toEqual([])
    expect(await runRule('repeated-words', 'Their matching matching tool.')).toHaveLength(1)
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(repeatedWords, 'Fine.\n\nThe cost of of it.')
    expect(found.map((m) => [m.ruleId, m.line, m.column, m.actual, m.expected])).toEqual([['repeated-words', 3, 10, 'of of', ['']]])
  })

  it.each([
    ['100,000 repeats', 'the '.repeat(100_000)],
    ['a 5,000-character token twice', `${'a'.repeat(5_000)} ${'a'.repeat(5_000)}`],
    ['empty text', ''],
    ['100,000 quote marks', '"'.repeat(100_000)]
  ])('copes with %s', async (_name, text) => {
    const t0 = performance.now()
    const found = await runRule('repeated-words', text)
    expect(performance.now() - t0).toBeLessThan(5_000)
    expect(found.length).toBeLessThanOrEqual(1)
  })
})
