/**
 * article: articles the source language left out or put in.  Every case
 * lists the rule's complete findings (tests/helpers.ts shape).
 */
import {describe, expect, it} from 'vitest'
import article from '../../plugins/article.js'
import {findingsOf, runAlone, runRule, type RuleCase} from '../helpers.js'

const ID = 'article'

describe('article', () => {
  const notOk: RuleCase[] = [
    {text: 'Tehran slammed US for its sanctions.', findings: [{line: 1, column: 16, actual: 'US', fix: 'the US'}]},
    {text: 'He spoke of what US wants in the region.', findings: [{line: 1, column: 18, actual: 'US', fix: 'the US'}]},
    {text: 'Fighting went on in Syunik region for days.', findings: [{line: 1, column: 21, actual: 'Syunik region', fix: 'the Syunik region'}]},
    {text: 'Troops advanced in Bab al-Hadid area on Friday.', findings: [{line: 1, column: 20, actual: 'Bab al-Hadid area', fix: 'the Bab al-Hadid area'}]},
    {text: 'He told reporters about situation in Romania.', findings: [{line: 1, column: 25, actual: 'situation', fix: 'the situation'}]},
    {text: 'Rockets were fired in direction of the city.', findings: [{line: 1, column: 23, actual: 'direction', fix: 'the direction'}]},
    {text: 'He named rivals such as the China or Russia.', findings: [{line: 1, column: 25, actual: 'the China', fix: 'China'}]},
    {text: 'The inflation rose again in March.', findings: [{line: 1, column: 1, actual: 'The inflation', fix: 'Inflation'}]},
    {text: 'Polls show that the Greek society wants change.', findings: [{line: 1, column: 17, actual: 'the Greek society', fix: 'Greek society'}]},
    {text: 'They laid a 80-kilometre pipeline.', findings: [{line: 1, column: 11, actual: 'a', fix: 'an'}]},
    {text: 'An 100-year-old woman voted.', findings: [{line: 1, column: 1, actual: 'An', fix: 'A'}]},
    // A title + "of" + an institution named with a common noun, no article.
    {text: 'The Speaker of Senate said the bill would pass.', findings: [{line: 1, column: 16, actual: 'Senate', fix: 'the Senate'}]},
    {text: 'He was head of Social Security Organization (SSK) for years.', findings: [{line: 1, column: 16, actual: 'Social Security Organization', fix: 'the Social Security Organization'}]},
    {text: 'She is Secretary of provincial party committee and a deputy.', findings: [{line: 1, column: 21, actual: 'provincial party committee', fix: 'the provincial party committee'}]},
    // A singular count noun bare after "such" or as a light verb's object.
    {text: 'How can you ask such question? He said it again.', findings: [{line: 1, column: 17, actual: 'such question', fix: 'such a question'}]},
    {text: 'They also made commitment to build a new road.', findings: [{line: 1, column: 11, actual: 'made commitment', fix: 'made a commitment'}]},
    // "the" before a news agency, or a title and a name, used as a noun.
    {text: 'Thus, the AFP repeated the essence of his words.', findings: [{line: 1, column: 7, actual: 'the AFP', fix: 'AFP'}]},
    {text: 'She met with the Pope Francis in Rome.', findings: [{line: 1, column: 14, actual: 'the Pope Francis', fix: 'Pope Francis'}]},
    // A compass adjective and a country; a park named by a proper name.
    {text: 'Eleven farms were built in the northern Kazakhstan. More will follow.', findings: [{line: 1, column: 28, actual: 'the northern Kazakhstan', fix: 'northern Kazakhstan'}]},
    {text: 'The prime minister visited the Lumpini Park this morning.', findings: [{line: 1, column: 28, actual: 'the Lumpini Park', fix: 'Lumpini Park'}]},
    // A title with no name opening the sentence.
    {text: 'Supreme Leader urged the students to study hard.', findings: [{line: 1, column: 1, actual: 'Supreme Leader', fix: 'The Supreme Leader'}]},
    {text: 'Vice president and delegates observed a minute of silence.', findings: [{line: 1, column: 1, actual: 'Vice president', fix: 'The Vice president'}]},
    // A paragraph cut short (no final full stop) is prose when a sentence ended inside it.
    {text: 'The envoy spoke at length. He warned about situation in the north and said the […]', findings: [{line: 1, column: 44, actual: 'situation', fix: 'the situation'}]}
  ]

  it.each(notOk)('reports: $text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    expect((await runRule(ID, c.text)).map((m) => [m.fatal, m.fix])).toEqual(c.findings.map(() => [undefined, undefined]))
  })

  const ok: string[] = [
    // Modifiers, not nouns.
    'US troops left the base, and the US said so.',
    'Banks face U.S., Japanese and European rules.',
    'The rules of U.S. and U.K. banking organisations differ.',
    'He met EU and NATO officials in Brussels.',
    'Turkey joined the recently-expanded EU.',
    // With the article, or a province (usual without it).
    'Shelling hit the Donetsk region on Monday, and Aceh province was flooded.',
    // "the Spain coach", "the Britain of the 1950s", coordinated modifiers.
    'The Spain coach praised the Paris, Amsterdam and Lisbon exchanges and the Britain of the 1950s.',
    // Idiom, verb.
    'It is a change in direction in policy, and it may result in a vote.',
    // Not a general statement: "the inflation" after "of".
    'The brunt of the inflation is felt in the east.',
    // Numbers read with a vowel or not.
    'An 18-year-old was arrested in an 8,000-seat stadium, a 110-metre tower and an 1850 house.',
    // A headline drops articles on purpose.
    'Iran slams US over sanctions',
    'U.S. Envoy Warns About Situation in Gaza',
    // Parliament and Congress go without "the"; an institution named after "of" again; with the article.
    'The president of Congress and a member of Parliament met the head of the Senate.',
    'He is chairman of Committee of Experts, and head of Harvard Kennedy School.',
    // "such" already determined; a light verb's noun inside a compound or an idiom; uncountable nouns.
    'There was no such move, and any such deal would wait; it was the sixth such move in a year.',
    'You can make call centres work, and he took step by step.',
    'Such action is rare, and such information was scarce.',
    // An agency or a titled name used as a modifier; pubs and ships named after royals.
    'The Reuters news agency and the AFP photographer saw the President Biden administration at work.',
    'The crowd sang in the Queen Vic.',
    // Modifiers: "the northern Kazakhstan region", "the Tiananmen Square protests"; "the Red Square" (a dictionary word).
    'The northern Kazakhstan region grew, and the Gorky Park area and the Red Square were busy; the Tiananmen Square protests were recalled.',
    // A title with its article or its name; a court named after its city.
    'The Supreme Leader urged the students to study hard.',
    'Prime Minister Ana Prieto said the vote would go on.',
    'Mumbai High Court postponed the launch.',
    ''
  ]

  it.each(ok)('leaves %j alone', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(article, 'Tehran slammed US for its sanctions.')
    expect(found.map((m) => [m.ruleId, m.actual, m.expected?.[0]])).toEqual([['article', 'US', 'the US']])
  })
})
