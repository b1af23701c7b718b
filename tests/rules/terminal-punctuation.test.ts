/**
 * terminal-punctuation: every case lists the rule's complete findings on its
 * text (the shared case shape of tests/helpers.ts).
 */
import {describe, expect, it} from 'vitest'
import {findingsOf, runRule, type RuleCase} from '../helpers.js'

const ID = 'terminal-punctuation'

const flagged: RuleCase[] = [
  {text: 'Rebels seize city\nThe men’s race went to form as\nthe favourite won easily.', findings: [{line: 2, column: 29, actual: 'as', fix: 'as.'}]},
  {
    text: 'Rebels seize city\nThe minister said on Monday that the talks had failed,\nThe opposition called for new elections.',
    findings: [{line: 2, column: 54, actual: ',', fix: '.'}]
  },
  {text: 'Rebels seize city\nThe army retreated. The rebels advanced into the city\nResidents fled.', findings: [{line: 2, column: 50, actual: 'city', fix: 'city.'}]},
  {
    text: 'Rebels seize city\nThe rebels advanced.\nThe army said it had withdrawn its troops from the northern districts of the city overnight to protect civilians\nResidents fled.',
    findings: [{line: 3, column: 104, actual: 'civilians', fix: 'civilians.'}]
  },
  {text: 'Rebels seize city\nThe talks were chaired by the\nminister, who spoke first.', findings: [{line: 2, column: 27, actual: 'the', fix: 'the.'}]}
]

const silent: RuleCase[] = [
  'Rebels seize Aleppo\n\nThe rebels took the city on Sunday.',
  'The army retreated on Sunday.\nRussian support for the Syrian army\nRussia said its jets were helping.',
  'The army retreated on Sunday.\n“We are entrenched at home”\nResidents stayed indoors.',
  'The army retreated on Sunday.\nThe situation in the Middle East\nThe region has been shaken.',
  'MADRID (Reuters) -\nThe government fell on Monday.',
  'The winners were:\n- Best actor - Richard Roe for The Tempest\n- Best play - Summer Rain',
  'Fixtures\nChelsea v Birmingham\nNewcastle v Coventry',
  'Seeds\n24 Maria Lopez (Spain)\n25 Ana Costa (Portugal)',
  'The storm hit on Monday.\nBy Jane Roe, Lisbon correspondent\nIt was the worst in years.',
  'The storm hit on Monday.\nPhoto: Jane Roe/Agency\nIt was the worst in years.',
  'The storm hit on Monday.\n(Reporting by Jane Roe; Editing by John Doe)',
  'Did it work? Nobody knows!\nMaybe… “It will,” he said.\nThe end:',
  'A very long headline that runs on for quite a number of words without any full stop at the end of it\nThe body starts here.',
  'Officials\nReferee: Jane Roe (Kent)\nassistants were named later.',
  'The line-ups were named. Not used: Smith, Jones, Ada Brown\nThe match began at noon.',
  'New games arrive this month. THE LEGEND OF ANYTHING\nIt is due on Friday.',
  'The café sign read caf&eacute;\nThe owner smiled.'
].map((text) => ({text, findings: []}))

describe(ID, () => {
  it.each([...flagged, ...silent])('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it('reports warnings whose full stop is never added unattended', async () => {
    for (const c of flagged) {
      const found = await runRule(ID, c.text)
      expect(found.map((m) => [m.ruleId, m.fatal, m.fix])).toEqual(c.findings.map(() => [ID, false, undefined]))
    }
  })
})
