/**
 * punctuation-spacing: every case lists the rule's complete findings on its
 * text (the shared case shape of tests/helpers.ts).
 */
import {describe, expect, it} from 'vitest'
import punctuationSpacing from '../../plugins/punctuation-spacing.js'
import {findingsOf, runAlone, runRule, type RuleCase} from '../helpers.js'

const ID = 'punctuation-spacing'

/** One finding each, an error with one candidate, applied by --fix. */
const fixed: RuleCase[] = [
  {text: 'They lost the vote . Then they left.', findings: [{line: 1, column: 19, actual: ' .', fix: '.'}]},
  {text: '“We will stay now” , she said.', findings: [{line: 1, column: 19, actual: ' ,', fix: ','}]},
  {text: 'Is it over ? Nobody knows.', findings: [{line: 1, column: 11, actual: ' ?', fix: '?'}]},
  {text: 'The minister said : the talks failed.', findings: [{line: 1, column: 18, actual: ' :', fix: ':'}]},
  {text: 'The minister said.It was over.', findings: [{line: 1, column: 18, actual: '.', fix: '. '}]},
  {text: 'Relief efforts for victims of the tsunami.Aid arrived.', findings: [{line: 1, column: 42, actual: '.', fix: '. '}]},
  {text: 'The Labour Party,said the leader.', findings: [{line: 1, column: 17, actual: ',', fix: ', '}]},
  {text: 'He named Smith,Jones and Brown.', findings: [{line: 1, column: 15, actual: ',', fix: ', '}]},
  {text: 'Is it over ?. Nobody knows.', findings: [{line: 1, column: 11, actual: ' ?.', fix: '?'}]},
  {text: 'Is it over?. Nobody knows.', findings: [{line: 1, column: 11, actual: '?.', fix: '?'}]},
  {text: 'Really ! ? We doubt it.', findings: [{line: 1, column: 7, actual: ' ! ?', fix: '?'}]},
  {text: 'The deal,, signed on Monday, held.', findings: [{line: 1, column: 9, actual: ',,', fix: ','}]},
  {text: 'The deal was signed., and then it held.', findings: [{line: 1, column: 20, actual: '.,', fix: ','}]},
  {text: 'They stopped playing..or so they said.', findings: [{line: 1, column: 21, actual: '..', fix: '.'}]},
  // On the right line of a longer file.
  {text: 'First line.\n\nSecond line , with a fault.\n', findings: [{line: 3, column: 12, actual: ' ,', fix: ','}]}
]

/** A "?" after a finished sentence: a lost closing quote, two candidates, never fixed unattended. */
const lostQuote: RuleCase[] = [
  {text: '“We must stay humble.? the minister said.', findings: [{line: 1, column: 21, actual: '.?', fix: '.”'}]},
  {text: 'We must stay humble.? the minister said.', findings: [{line: 1, column: 20, actual: '.?', fix: '.'}]}
]

const silent: RuleCase[] = [
  'The U.S. economy grew 3.5 per cent by 10 p.m. on Friday.',
  'She won 6-1, 4-6, 7-5, and the score was 1-6,4-6 at one point.',
  'Mail info@example.com or visit www.example.com/news.html today.',
  'Apples, pears, etc., were sold. Wait ... what?! Really??',
  'He left . . . and never came back... or did he?',
  'The plant in Belvidere, Ill., and one in Fort Worth, Tex., closed; Acme Inc., too.',
  'They sang Do They Know It’s Christmas?, then Yeah!, then left.',
  'Domains such as .com and .uk remain popular; the .png file was small.',
  'A price of $.50 was set, and 0.5 per cent was paid at 10:30.',
  'Dr. J. R. Smith, Ph.D., spoke at St. Paul’s at 9 a.m.',
  'The fansite Halo.Bungie.Org said so.',
  'The café (caf&#233;) opened.',
  'Smile :-) and wink ;-) said the post.',
  'The #MeToo movement and @reuters said it.'
].map((text) => ({text, findings: []}))

describe(ID, () => {
  it.each([...fixed, ...lostQuote, ...silent])('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it.each(fixed)('reports an error with one candidate, applied by --fix: $text', async (c) => {
    const [m] = await runRule(ID, c.text)
    const fix = c.findings[0].fix
    expect(m).toMatchObject({ruleId: ID, expected: [fix], fatal: true})
    expect(m.fix?.text).toBe(fix)
  })

  it.each(lostQuote)('names both candidates and applies neither: $text', async (c) => {
    const [m] = await runRule(ID, c.text)
    expect(m.fatal).toBe(true)
    expect(m.expected).toHaveLength(2)
    expect(m.fix).toBeUndefined()
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(punctuationSpacing, 'They lost the vote . Then they left.')
    expect(found.map((m) => [m.ruleId, m.line, m.column, m.actual])).toEqual([['punctuation-spacing', 1, 19, ' .']])
  })
})
