import {describe, expect, it} from 'vitest'
import mergedWords from '../../plugins/merged-words.js'
import {runAlone, runRule} from '../helpers.js'

const notOk: Array<[string, number, number, string, string[]]> = [
  ['The rebels took control of Aleppothe country’s second city. Aleppo fell.', 1, 28, 'Aleppothe', ['Aleppo, the', 'Aleppo the']],
  ['A blow to President Bashar al Assadan NGO said. President Assad said nothing.', 1, 31, 'Assadan', ['Assad, an', 'Assad an']],
  ['The fighting left 412 deadmostly combatants.', 1, 23, 'deadmostly', ['dead, mostly', 'dead mostly']],
  ['Officials in MadridPresident Pedro Sanchez spoke.', 1, 14, 'MadridPresident', ['Madrid President']],
  ['The Senateapproved the bill on Friday.', 1, 5, 'Senateapproved', ['Senate approved']],
  ['He flew to Limacapital of Peru, on Monday.', 1, 12, 'Limacapital', ['Lima capital']],
  ['Delegates met at the Forumwhere the talks began.', 1, 22, 'Forumwhere', ['Forum, where', 'Forum where']],
  ['Fans queued for ticketsand programmes.', 1, 17, 'ticketsand', ['tickets and']],
  ['It came after thefirst attempt failed.', 1, 15, 'thefirst', ['the first']],
  ['The plan willmean fewer jobs.', 1, 10, 'willmean', ['will mean']],
  ['Second line.\nThey filethat number each month.', 2, 6, 'filethat', ['file that']],
  ['The Great EdinburghInternational race starts today.', 1, 11, 'EdinburghInternational', ['Edinburgh International']]
]

const ok = [
  'Netanyahu and Hezbollah traded threats; Araghchi flew to Türkiye.',
  'TimeWarner, BankAmerica, PlayStation, YouTube and LinkedIn reported results.',
  'The iPhone sold well at McDonald outlets, and JPMorgan agreed.',
  'Nevertheless, lawmakers in the newsroom backed the programme anyway.',
  'The labour market and the colour of money were discussed.',
  'Blairism, Obamacare, Disneyland and Watergate are all words now.',
  'Chancellor Gerhard Schroeder met Alastair Campbell in Leicestershire.',
  'The gameshow was shortlived, and the codenamed plan was trailblazed.',
  'Sarah Teather, Don Mischer and Danaher spoke to Jonathan.',
  'The Coloradan senator spoke. The Hisham family agreed.',
  'the #Aleppothe tag and https://example.com/Aleppothe are syntax',
  // A token that recurs in the document is a word of its own, not an accident.
  'Snowcatfights are fun. Everyone loves Snowcatfights.'
]

describe('merged-words', () => {
  it.each(notOk)('flags %s', async (text, line, column, actual, expected) => {
    const found = await runRule('merged-words', text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ruleId: 'merged-words', line, column, actual, expected, fatal: true})
  })

  it.each(ok)('stays silent on %s', async (text) => {
    expect(await runRule('merged-words', text)).toEqual([])
  })

  it('marks a single unambiguous split as a safe fix, two candidates as not', async () => {
    const [single] = await runRule('merged-words', 'Fans queued for ticketsand programmes.')
    expect(single.fix).toEqual({start: 16, end: 26, text: 'tickets and'})
    const [double] = await runRule('merged-words', 'The fighting left 412 deadmostly combatants.')
    expect(double.fix).toBeUndefined()
  })

  it('accepts the config words', async () => {
    expect(await runRule('merged-words', 'Fans queued for ticketsand programmes.', {}, {words: ['ticketsand']})).toEqual([])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(mergedWords, 'Fans queued for ticketsand programmes.')
    expect(found.map((m) => [m.ruleId, m.line, m.column])).toEqual([['merged-words', 1, 17]])
  })

  it('takes a warn severity', async () => {
    const found = await runRule('merged-words', 'Fans queued for ticketsand programmes.', {}, {rules: {'merged-words': 'warn'}})
    expect(found[0]?.fatal).toBe(false)
  })
})
