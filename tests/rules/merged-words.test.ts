/**
 * merged-words: every case lists the rule's complete findings on its text
 * (the shared case shape of tests/helpers.ts).
 */
import {describe, expect, it} from 'vitest'
import mergedWords from '../../plugins/merged-words.js'
import {findingsOf, runAlone, runRule, type RuleCase} from '../helpers.js'

const ID = 'merged-words'

/** A case with every fix candidate of its finding, best first. */
type MergedCase = RuleCase & {candidates: string[]}

const merged = (text: string, line: number, column: number, actual: string, candidates: string[]): MergedCase => ({
  text,
  findings: [{line, column, actual, fix: candidates[0]}],
  candidates
})

const flagged: MergedCase[] = [
  merged('The rebels took control of Aleppothe country’s second city. Aleppo fell.', 1, 28, 'Aleppothe', ['Aleppo, the', 'Aleppo the']),
  merged('A blow to President Bashar al Assadan NGO said. President Assad said nothing.', 1, 31, 'Assadan', ['Assad, an', 'Assad an']),
  merged('The fighting left 412 deadmostly combatants.', 1, 23, 'deadmostly', ['dead, mostly', 'dead mostly']),
  merged('Officials in MadridPresident Pedro Sanchez spoke.', 1, 14, 'MadridPresident', ['Madrid President']),
  merged('The Senateapproved the bill on Friday.', 1, 5, 'Senateapproved', ['Senate approved']),
  merged('He flew to Limacapital of Peru, on Monday.', 1, 12, 'Limacapital', ['Lima capital']),
  merged('Delegates met at the Forumwhere the talks began.', 1, 22, 'Forumwhere', ['Forum, where', 'Forum where']),
  merged('Fans queued for ticketsand programmes.', 1, 17, 'ticketsand', ['tickets and']),
  merged('It came after thefirst attempt failed.', 1, 15, 'thefirst', ['the first']),
  merged('The plan willmean fewer jobs.', 1, 10, 'willmean', ['will mean']),
  merged('Second line.\nThey filethat number each month.', 2, 6, 'filethat', ['file that']),
  merged('The Great EdinburghInternational race starts today.', 1, 11, 'EdinburghInternational', ['Edinburgh International'])
]

const silent: RuleCase[] = [
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
].map((text) => ({text, findings: []}))

describe(ID, () => {
  it.each([...flagged, ...silent])('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it.each(flagged)('reports an error with every candidate: $text', async (c) => {
    const [m] = await runRule(ID, c.text)
    expect(m).toMatchObject({ruleId: ID, expected: c.candidates, fatal: true})
  })

  it('marks a single unambiguous split as a safe fix, two candidates as not', async () => {
    const [single] = await runRule(ID, 'Fans queued for ticketsand programmes.')
    expect(single.fix).toEqual({start: 16, end: 26, text: 'tickets and'})
    const [double] = await runRule(ID, 'The fighting left 412 deadmostly combatants.')
    expect(double.fix).toBeUndefined()
  })

  it('accepts the config words', async () => {
    expect(await runRule(ID, 'Fans queued for ticketsand programmes.', {}, {words: ['ticketsand']})).toEqual([])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(mergedWords, 'Fans queued for ticketsand programmes.')
    expect(found.map((m) => [m.ruleId, m.line, m.column])).toEqual([['merged-words', 1, 17]])
  })

  it('takes a warn severity', async () => {
    const found = await runRule(ID, 'Fans queued for ticketsand programmes.', {}, {rules: {'merged-words': 'warn'}})
    expect(found[0]?.fatal).toBe(false)
  })
})
