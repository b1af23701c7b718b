import {describe, expect, it} from 'vitest'
import punctuationSpacing from '../../plugins/punctuation-spacing.js'
import {runAlone, runRule} from '../helpers.js'

const notOk: Array<[string, number, number, string, string]> = [
  ['They lost the vote . Then they left.', 1, 19, ' .', '.'],
  ['“We will stay now” , she said.', 1, 19, ' ,', ','],
  ['Is it over ? Nobody knows.', 1, 11, ' ?', '?'],
  ['The minister said : the talks failed.', 1, 18, ' :', ':'],
  ['The minister said.It was over.', 1, 18, '.', '. '],
  ['Relief efforts for victims of the tsunami.Aid arrived.', 1, 42, '.', '. '],
  ['The Labour Party,said the leader.', 1, 17, ',', ', '],
  ['He named Smith,Jones and Brown.', 1, 15, ',', ', '],
  ['Is it over ?. Nobody knows.', 1, 11, ' ?.', '?'],
  ['Is it over?. Nobody knows.', 1, 11, '?.', '?'],
  ['Really ! ? We doubt it.', 1, 7, ' ! ?', '?'],
  ['The deal,, signed on Monday, held.', 1, 9, ',,', ','],
  ['The deal was signed., and then it held.', 1, 20, '.,', ','],
  ['They stopped playing..or so they said.', 1, 21, '..', '.']
]

const ok = [
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
]

describe('punctuation-spacing', () => {
  it.each(notOk)('flags %s', async (text, line, column, actual, fix) => {
    const found = await runRule('punctuation-spacing', text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ruleId: 'punctuation-spacing', line, column, actual, expected: [fix], fatal: true})
    expect(found[0].fix?.text).toBe(fix)
  })

  it.each(ok)('stays silent on %s', async (text) => {
    expect(await runRule('punctuation-spacing', text)).toEqual([])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(punctuationSpacing, 'They lost the vote . Then they left.')
    expect(found.map((m) => [m.ruleId, m.line, m.column, m.actual])).toEqual([['punctuation-spacing', 1, 19, ' .']])
  })

  it('reports on the right line of a longer file', async () => {
    const found = await runRule('punctuation-spacing', 'First line.\n\nSecond line , with a fault.\n')
    expect(found.map((m) => [m.line, m.column])).toEqual([[3, 12]])
  })
})
