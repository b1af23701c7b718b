import {describe, expect, it} from 'vitest'
import {runRule} from '../helpers.js'

const notOk: Array<[string, number, number, string]> = [
  ['Rebels seize city\nThe men’s race went to form as\nthe favourite won easily.', 2, 29, 'as'],
  ['Rebels seize city\nThe minister said on Monday that the talks had failed,\nThe opposition called for new elections.', 2, 54, ','],
  ['Rebels seize city\nThe army retreated. The rebels advanced into the city\nResidents fled.', 2, 50, 'city'],
  ['Rebels seize city\nThe rebels advanced.\nThe army said it had withdrawn its troops from the northern districts of the city overnight to protect civilians\nResidents fled.', 3, 104, 'civilians'],
  ['Rebels seize city\nThe talks were chaired by the\nminister, who spoke first.', 2, 27, 'the']
]

const ok = [
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
]

describe('terminal-punctuation', () => {
  it.each(notOk)('flags %s', async (text, line, column, actual) => {
    const found = await runRule('terminal-punctuation', text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ruleId: 'terminal-punctuation', line, column, actual, fatal: false})
  })

  it.each(ok)('stays silent on %s', async (text) => {
    expect(await runRule('terminal-punctuation', text)).toEqual([])
  })
})
