/**
 * repeated-words: every case lists the rule's complete findings on its text
 * (the shared case shape of tests/helpers.ts); the fix of each is applied.
 */
import {describe, expect, it} from 'vitest'
import repeatedWords from '../../plugins/repeated-words.js'
import {findingsOf, runAlone, runRule, type Found, type RuleCase} from '../helpers.js'

const ID = 'repeated-words'

const apply = (text: string, m: Found): string => text.slice(0, m.fix!.start) + m.fix!.text + text.slice(m.fix!.end)

/** A case with the text after its (one) fix is applied. */
type FixedCase = RuleCase & {after: string}

const repeat = (text: string, line: number, column: number, actual: string, after: string): FixedCase => ({
  text,
  findings: [{line, column, actual, fix: ''}],
  after
})

/** Warnings, deleted by --fix. */
const warned: FixedCase[] = [
  repeat('The minister said the the plan would pass.', 1, 19, 'the the', 'The minister said the plan would pass.'),
  repeat('The the plan would pass.', 1, 1, 'The the', 'The plan would pass.'),
  repeat('The cost of of the scheme rose.', 1, 10, 'of of', 'The cost of the scheme rose.'),
  repeat('She will will not resign.', 1, 5, 'will will', 'She will not resign.'),
  repeat('We cannot afford to to wait.', 1, 18, 'to to', 'We cannot afford to wait.'),
  repeat('Profits fell two two cents.', 1, 14, 'two two', 'Profits fell two cents.'),
  repeat('The plan is is doomed.', 1, 10, 'is is', 'The plan is doomed.'),
  repeat('It’s it\'s over, he said.', 1, 1, 'It’s it\'s', 'It’s over, he said.'),
  repeat('Voters  the\u00a0the ballot.', 1, 9, 'the\u00a0the', 'Voters  the ballot.'),
  repeat('The the the vote.', 1, 1, 'The the the', 'The vote.'),
  repeat('Ministers met.\nThe The government resigned.', 2, 1, 'The The', 'Ministers met.\nThe government resigned.'),
  repeat('VOTERS BACK THE THE PLAN', 1, 13, 'THE THE', 'VOTERS BACK THE PLAN'),
  repeat('People talked about about the goal.', 1, 15, 'about about', 'People talked about the goal.'),
  repeat('He sold a a house.', 1, 9, 'a a', 'He sold a house.'),
  // A particle doubled where no verb comes before it.
  repeat('The firm in in London grew.', 1, 10, 'in in', 'The firm in London grew.'),
  // A transcript's stammer: the pronoun doubled before a lower-case word.
  repeat('When I joined the board I I said so.', 1, 25, 'I I', 'When I joined the board I said so.'),
  // A function word doubled where a line of capitals begins (a translated page label).
  repeat('Readers may ADD A NOTE to TO THE STORY here.', 1, 24, 'to TO', 'Readers may ADD A NOTE to THE STORY here.'),
  // A transcript's bracketed insertion repeating its neighbour.
  repeat('Yes, we are [are] fully committed.', 1, 9, 'are [are]', 'Yes, we are fully committed.'),
  repeat('We need [the] the strongest measures.', 1, 9, '[the] the', 'We need the strongest measures.')
]

/** A word joined to itself by "and" in the shapes of a collapsed pair of synonyms: information, no unattended fix. */
const doublets: RuleCase[] = [
  {text: 'We are ready and ready to turn it around, the captain said.', findings: [{line: 1, column: 8, actual: 'ready and ready', fix: 'ready'}]},
  {text: 'Farms were flooded, weakened and weakened by the storms.', findings: [{line: 1, column: 21, actual: 'weakened and weakened', fix: 'weakened'}]},
  {text: 'Coaches, in the manner and manner of players, shout a lot.', findings: [{line: 1, column: 17, actual: 'manner and manner', fix: 'manner'}]}
]

/** A doubled particle after a verb: probably correct, information, never deleted unattended. */
const doubtful: RuleCase[] = [
  {text: 'We have been placed in in the past.', findings: [{line: 1, column: 21, actual: 'in in', fix: ''}]},
  {text: 'I have been waiting for for years.', findings: [{line: 1, column: 21, actual: 'for for', fix: ''}]}
]

const silent: RuleCase[] = [
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
  'He scored 10 10 times; a break-in in 1999.',
  // Initials, a pronoun repeated across a comma, capitals that are an acronym.
  'Army chief General M M Naravane said I, I alone, decide. Ask us US officials said.',
  'Grade I I Listed buildings; he told us US troops left. The WHO who met.',
  // Bracketed words that differ, or are editorial marks.
  'He [Putin] said teh [sic] was a typo, and [the] plan held.',
  // English repeats a word around "and" to intensify, iterate or begin a compound.
  'Prices rose more and more, again and again, and better and better.',
  'Confidence has been growing and growing for years and years.',
  'Sales at clothing and clothing accessory stores rose. War crimes and crimes against humanity.',
  'It went on and on, through and through, time and time again.'
].map((text) => ({text, findings: []}))

describe(ID, () => {
  it.each([...warned, ...doubtful, ...doublets, ...silent])('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it.each(warned)('warns and deletes the repeat: $text', async (c) => {
    const [m] = await runRule(ID, c.text)
    expect(m).toMatchObject({ruleId: ID, expected: [''], fatal: false})
    expect(apply(c.text, m)).toBe(c.after)
  })

  it.each(doubtful)('reports a doubled particle after a verb as information, with no unattended fix: $text', async (c) => {
    const [m] = await runRule(ID, c.text)
    expect(m).toMatchObject({fatal: undefined, expected: ['']})
    expect(m.fix).toBeUndefined()
  })

  it.each(doublets)('reports a doublet as information, with no unattended fix: $text', async (c) => {
    const [m] = await runRule(ID, c.text)
    expect(m).toMatchObject({fatal: undefined})
    expect(m.fix).toBeUndefined()
  })

  it('accepts configured words', async () => {
    expect(await runRule(ID, 'Their matching matching tool.', {}, {words: ['matching']})).toEqual([])
    expect(await runRule(ID, 'The tiki tiki bar.')).toHaveLength(1)
    expect(await runRule(ID, 'The tiki tiki bar.', {}, {words: ['tiki tiki']})).toEqual([])
    expect(await runRule(ID, 'Their matching matching tool.')).toHaveLength(1)
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
    const found = await runRule(ID, text)
    expect(performance.now() - t0).toBeLessThan(5_000)
    expect(found.length).toBeLessThanOrEqual(1)
  })
})
