/**
 * terminal-punctuation: every case lists the rule's complete findings on its
 * text (the shared case shape of tests/helpers.ts).
 */
import {describe, expect, it} from 'vitest'
import {findingsOf, runRule, type RuleCase} from '../helpers.js'

const ID = 'terminal-punctuation'

const flagged: RuleCase[] = [
  // Broken lines: the fix joins them.
  {text: 'Rebels seize city\nThe men’s race went to form as\nthe favourite won easily.', findings: [{line: 2, column: 29, actual: 'as\n', fix: 'as '}]},
  {text: 'Rebels seize city\nThe talks were chaired by the\nminister, who spoke first.', findings: [{line: 2, column: 27, actual: 'the\n', fix: 'the '}]},
  {
    text: 'Rebels seize city\nThe rally was led by supporters of the government of\n\nAna Costa\n\nand lasted all day.',
    findings: [
      {line: 2, column: 51, actual: 'of\n\n', fix: 'of '},
      {line: 4, column: 5, actual: 'Costa\n\n', fix: 'Costa '}
    ]
  },
  {
    text: 'Rebels seize city\nThousands of people gathered in the main square on Sunday to honour the memory of the late president\n\nHugo Santos\n\n, and then marched home.',
    findings: [
      {line: 2, column: 92, actual: 'president\n\n', fix: 'president '},
      {line: 4, column: 6, actual: 'Santos\n\n', fix: 'Santos'}
    ]
  },
  {
    text: 'Rebels seize city\nThe march through the centre of the capital on Sunday was called by the leader of the opposition\n\nAna Costa\n\nThe police stayed away.',
    findings: [{line: 2, column: 87, actual: 'opposition\n\nAna Costa', fix: 'opposition Ana Costa.'}]
  },
  {
    text: 'Rebels seize city\nThe mayor either wins the vote or\n\nThey call a new election in May.',
    findings: [{line: 2, column: 32, actual: 'or\n\nThey', fix: 'or they'}]
  },
  {
    text:
      'Drivers face new test\nEvery driver on the night routes must pass a new safety course before\nstarting work in June, the company said on Monday. The Transport\nSafety Board issued the rule in a letter to all operators on\nbehalf of the ministry, which takes effect next week.',
    findings: [
      {line: 2, column: 64, actual: 'before\n', fix: 'before '},
      {line: 3, column: 56, actual: 'Transport\n', fix: 'Transport '},
      {line: 4, column: 59, actual: 'on\n', fix: 'on '}
    ]
  },
  // A paragraph cut in mid-sentence: no full stop after "and".
  {text: 'Rebels seize city\nThe army said it had withdrawn its troops from the city and\n\n- Photo gallery', findings: [{line: 2, column: 57, actual: 'and'}]},
  // Missing full stops.
  {
    text: 'Rebels seize city\nThe minister said on Monday that the talks had failed,\nThe opposition called for new elections.',
    findings: [{line: 2, column: 54, actual: ',', fix: '.'}]
  },
  {text: 'Rebels seize city\nThe army retreated. The rebels advanced into the city\nResidents fled.', findings: [{line: 2, column: 50, actual: 'city', fix: 'city.'}]},
  {
    text: 'Rebels seize city\nThe rebels advanced.\nThe army said it had withdrawn its troops from the northern districts of the city overnight to protect civilians\nResidents fled.',
    findings: [{line: 3, column: 104, actual: 'civilians', fix: 'civilians.'}]
  },
  {
    text:
      'Rebels seize city\nThe army retreated on Sunday.\nThe fighting moved to the east, where the rebels said they had taken two more towns from the army\nReactions abroad\nThe UN called for calm.',
    findings: [{line: 3, column: 94, actual: 'army', fix: 'army.'}]
  },
  {
    text: 'Rebels seize city\nThe minister spoke on Monday.\n"This plan has been shared by all the member states and has since been approved by the council"',
    findings: [{line: 3, column: 88, actual: 'council"', fix: 'council."'}]
  },
  // Running prose that ends on a name after a comma or "and": a sentence, not a title (also right after the headline).
  {
    text: 'Rebels seize city\nThe government has sent more than 90 million pesos to the towns of the valley for new roads and schools, the minister said this afternoon, Ana Costa\n\n"We will finish the roads," the minister said.',
    findings: [{line: 2, column: 144, actual: 'Costa', fix: 'Costa.'}]
  },
  {
    text: 'Leaders meet\nThe plan to fight inflation was put to other leaders in the region, among them Chile’s Maria Lopez, Peru’s Jose Ruiz and Bolivia’s Ana Costa-Mendes\n- Monday, May 3',
    findings: [{line: 2, column: 136, actual: 'Costa-Mendes', fix: 'Costa-Mendes.'}]
  },
  // A closing guillemet with no opening one and no stop (a read-more marker glued on): the stop goes on the word.
  {
    text: 'Talks go on\nThe ferry stopped on Monday.\nThe rebels said on Monday that they would return to the talks next week if the army withdrew from the island»\nFerry service resumes',
    findings: [{line: 3, column: 103, actual: 'island', fix: 'island.'}]
  },
  // A quotation in guillemets: the stop goes inside them.
  {
    text: 'Talks go on\nThe ferry stopped on Monday.\n«We will return to the talks next week if the army withdraws from all of the island»\nFerry service resumes',
    findings: [{line: 3, column: 78, actual: 'island»', fix: 'island.»'}]
  },
  // A missing stop, not a cut: "according to her" ends a sentence.
  {
    text: 'Rebels seize city\nThe talks failed. Nobody will pay for this, according to her\n\nThe prime minister said more later.',
    findings: [{line: 2, column: 58, actual: 'her', fix: 'her.'}]
  }
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
  'The café sign read caf&eacute;\nThe owner smiled.',
  // Not a continuation: a lower-case line in another language (a slug, a caption).
  'The president sent a message of unity\nmensaje unidad presidente cuba\nThe rally began at noon.',
  // A transcript: the time code glued to the next line is the merged-words rule's.
  'Rebels seize city\nHe recalled the revolution of January 1958,\n00:16the head of state said more.',
  // Verse and lyrics keep their lines.
  'The crowd sang:\nand I will always love you\nand I will wait for you\nuntil the end of time\nThe band played on.',
  // A standfirst after the headline may go without a stop.
  'Rebels seize Aleppo in a day\nThe rebels, who took the city in a day, said the army had fled before them overnight\nThe army said nothing.',
  // Names after a comma or "and" in a title, a caption, a byline or a short line: not running prose.
  'Rebels seize city\nThe minister met the leaders of Chile, Peru and Bolivia\nThe talks went on.',
  'Rebels seize city\nLeft to right: Jane Roe, John Doe and Ana Costa\nThe talks went on.',
  'The storm hit on Monday.\nReporting by Jane Roe, Lisbon, and John Doe, Porto\nIt was the worst in years.',
  'Rebels seize city\nThe Senate passed the bill.\nWho is who in the new cabinet: Jane Roe, John Doe, Ana Costa and Maria Lopez\nThe talks went on.',
  // An agency trailer after the last sentence.
  'The firm sold its unit for 55 million dollars. reuter'
].map((text) => ({text, findings: []}))

describe(ID, () => {
  it.each([...flagged, ...silent])('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it('fixes a lower-case continuation unattended, never a full stop', async () => {
    const [join] = await runRule(ID, 'Rebels seize city\nThe men’s race went to form as\nthe favourite won easily.')
    expect(join).toMatchObject({ruleId: ID, fatal: false, fix: {start: 46, end: 49, text: 'as '}})
    const [stop] = await runRule(ID, 'Rebels seize city\nThe army retreated. The rebels advanced into the city\nResidents fled.')
    expect(stop).toMatchObject({ruleId: ID, fatal: false, expected: ['city.']})
    expect(stop.fix).toBeUndefined()
  })

  it('offers no full stop after a conjunction', async () => {
    const [cut] = await runRule(ID, 'Rebels seize city\nThe army said it had withdrawn its troops from the city and')
    expect(cut.expected).toBeUndefined()
    expect(cut.fix).toBeUndefined()
    expect(cut.reason).toMatch(/mid-sentence/)
  })
})
