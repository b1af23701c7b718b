/**
 * capitalization: a pronoun, article, auxiliary or short preposition
 * capitalised mid-sentence.  Every case lists the rule's complete findings
 * (tests/helpers.ts shape).
 */
import {describe, expect, it} from 'vitest'
import capitalization from '../../plugins/capitalization.js'
import {findingsOf, runAlone, runRule, type RuleCase} from '../helpers.js'

const ID = 'capitalization'

describe('capitalization', () => {
  const notOk: RuleCase[] = [
    // A capital pronoun after the name the translation moved.
    {text: 'The minister spoke first, and Adorni He said the budget was fixed.', findings: [{line: 1, column: 38, actual: 'He', fix: 'he'}]},
    // After a comma: the article, a pronoun.
    {text: 'According to the agency’s website, The office is in the capital.', findings: [{line: 1, column: 36, actual: 'The', fix: 'the'}]},
    {text: 'The deputy of the Green Party, He had filed a motion on Monday.', findings: [{line: 1, column: 32, actual: 'He', fix: 'he'}]},
    // After a semicolon: any of them.
    {text: 'They rejected the vote; They urged the council to meet.', findings: [{line: 1, column: 25, actual: 'They', fix: 'they'}]},
    {text: 'The talks were long; Now is the time to act, the envoy said.', findings: [{line: 1, column: 22, actual: 'Now', fix: 'now'}]},
    {text: 'Remember the gifts you were given; Appreciate these and pray for your family.', findings: [{line: 1, column: 36, actual: 'Appreciate', fix: 'appreciate'}]},
    // An auxiliary after a name; a preposition after a lower-case word.
    {text: 'Mayor Roberto Dalmasso Will go to the capital to meet the outgoing mayor.', findings: [{line: 1, column: 24, actual: 'Will', fix: 'will'}]},
    {text: 'He leaves office in March, when the By then retired judge takes over.', findings: [{line: 1, column: 37, actual: 'By', fix: 'by'}]},
    // A sentence started in lower case after a full stop (the parser keeps "overall." as one word).
    {text: 'Sales rose by a tenth overall. sales across the region fell.', findings: [{line: 1, column: 32, actual: 'sales', fix: 'Sales'}]},
    {text: 'He spoke to the press. voice of the people, he called it.', findings: [{line: 1, column: 24, actual: 'voice', fix: 'Voice'}]},
    // A sentence that opens with a numeral.
    {text: 'The ministry gave its figures on Monday. 831 people have died this year.', findings: [{line: 1, column: 42, actual: '831 people', fix: 'A total of 831 people'}]}
  ]

  it.each(notOk)('reports: $text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    expect((await runRule(ID, c.text)).map((m) => [m.fatal, m.fix])).toEqual(c.findings.map(() => [undefined, undefined]))
  })

  const ok: string[] = [
    // The document uses "He" as a name (a Chinese family name); "Will" as a given name.
    'Vice Premier He Lifeng met the delegation, and Vice Premier He said the talks went well.',
    'Actor Will Smith arrived late, and the host Will greeted him warmly.',
    // Titles keep their capitals: followed by "the", by a capital, or in a title-case line.
    'She sang "Where Is the Love" at the gala, and the crowd cheered.',
    'The report, The Hague said, was late.',
    'He joined the Council On Foreign Relations in 2010.',
    // A headline or a caption (no sentence end), a title-case sentence.
    'Minister Says They Will Go On',
    'Crowds Gather As He Speaks In Rome.',
    // A sentence end the splitter missed: a number or a time stamp before the capital.
    'The vote is on May 28. The former president has insisted on it.',
    '2023-10-12 23:27:45 We know the team is ready.',
    // The capital of reverence.
    'The preacher said God, He is merciful, would forgive them.',
    // A colon may open a capitalised sentence; lower case after a semicolon.
    'Police said one thing: The road was icy.',
    'Police said it was an accident; the road was icy.',
    // After a semicolon: a name the document also writes mid-sentence, a country, a day.
    'Officials met Rice on Monday; Rice said little, and the talks ended.',
    'Israel beat Cyprus; Monday brings another match for the squad.',
    // After an abbreviation, a brand in mixed case.
    'The Belvidere, Ill. assembly plant and the Kenosha, Wisc. plant closed.',
    'It has contracts with Sydney Buses. oOh! Media has billboards there.',
    // A year, a numeral after an abbreviation, a company named by a numeral.
    'The ministry spoke on Monday. 2023 was the worst year, and No. 8 proposed a deal.',
    'Phone firms are busy. 3 is looking to music to win customers.',
    ''
  ]

  it.each(ok)('leaves %j alone', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(capitalization, 'They rejected the vote; They urged the council to meet.')
    expect(found.map((m) => [m.ruleId, m.actual, m.expected?.[0]])).toEqual([['capitalization', 'They', 'they']])
  })
})
