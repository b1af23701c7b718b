/**
 * stray-fragment: cases list the rule's complete findings on their text (the
 * shared case shape of tests/helpers.ts); the fix of each is applied.
 */
import {describe, expect, it} from 'vitest'
import strayFragment from '../../plugins/stray-fragment.js'
import {findingsOf, runAlone, runRule, type Found, type RuleCase} from '../helpers.js'

const ID = 'stray-fragment'

/** The text after applying one finding's fix. */
function fixed(text: string, m: Found): string {
  expect(m.fix, JSON.stringify(m)).toBeDefined()
  return text.slice(0, m.fix!.start) + m.fix!.text + text.slice(m.fix!.end)
}

const BODY = 'Officials counted the ballots overnight.\n'

/** A case with its one finding (deleted by the fix), and the text after the fix. */
type FixedCase = RuleCase & {after: string}

const stray = (text: string, line: number, column: number, actual: string, after: string): FixedCase => ({
  text,
  findings: [{line, column, actual, fix: ''}],
  after
})

describe('stray-fragment', () => {
  const notOk: FixedCase[] = [
    // Orphan fragments after a full sentence.
    stray('The rebels hold the city, a spokesman told AFP. land.', 1, 49, 'land.', 'The rebels hold the city, a spokesman told AFP.'),
    stray('The rebels hold the city, a spokesman told AFP. land.\nThe army said nothing.', 1, 49, 'land.', 'The rebels hold the city, a spokesman told AFP.\nThe army said nothing.'),
    stray('The rebels hold the city, a spokesman told AFP. land. The army said nothing.', 1, 49, 'land.', 'The rebels hold the city, a spokesman told AFP. The army said nothing.'),
    stray('„We are staying here“, the mayor told reporters. land.', 1, 50, 'land.', '„We are staying here“, the mayor told reporters.'),
    stray('The allies urged “a political solution to the conflict». land.', 1, 58, 'land.', 'The allies urged “a political solution to the conflict».'),
    stray('The talks will resume on Monday, the minister said. video.', 1, 53, 'video.', 'The talks will resume on Monday, the minister said.'),
    stray('The prime minister opened the new bridge on Sunday. Photo', 1, 53, 'Photo', 'The prime minister opened the new bridge on Sunday.'),
    stray('Turnout was the highest in two decades, the board said. photo gallery.', 1, 57, 'photo gallery.', 'Turnout was the highest in two decades, the board said.'),
    stray('The storm cut power to thousands of homes in the region. more', 1, 58, 'more', 'The storm cut power to thousands of homes in the region.'),
    stray(BODY + 'video.\nThe board published the results on Monday.', 2, 1, 'video.', BODY + 'The board published the results on Monday.'),
    // Related-link labels: alone, before a separator, before a headline; English MT and source forms.
    stray(BODY + 'Also read:', 2, 1, 'Also read:', BODY.trimEnd()),
    stray(BODY + 'RELATED: Rebels seize the airport\nThe count went on.', 2, 1, 'RELATED: Rebels seize the airport', BODY + 'The count went on.'),
    stray(BODY + 'It may interest you: The new cabinet is sworn in', 2, 1, 'It may interest you: The new cabinet is sworn in', BODY.trimEnd()),
    stray(BODY + 'MORE INFORMATION', 2, 1, 'MORE INFORMATION', BODY.trimEnd()),
    stray(BODY + 'Read also Rebels seize the airport', 2, 1, 'Read also Rebels seize the airport', BODY.trimEnd()),
    stray(BODY + 'You may be interested in: Five things to know about the vote', 2, 1, 'You may be interested in: Five things to know about the vote', BODY.trimEnd()),
    stray(BODY + 'Lee también: El Gobierno aprueba el presupuesto', 2, 1, 'Lee también: El Gobierno aprueba el presupuesto', BODY.trimEnd()),
    stray(BODY + 'Leggi anche Il governo cade dopo il voto', 2, 1, 'Leggi anche Il governo cade dopo il voto', BODY.trimEnd()),
    stray(BODY + 'Lire aussi : La réforme adoptée', 2, 1, 'Lire aussi : La réforme adoptée', BODY.trimEnd()),
    stray(BODY + 'Leia também', 2, 1, 'Leia também', BODY.trimEnd()),
    stray(BODY + 'Lesen Sie auch: Die Regierung plant neue Steuern', 2, 1, 'Lesen Sie auch: Die Regierung plant neue Steuern', BODY.trimEnd()),
    stray(BODY + '» Mirá también: Otro récord de calor', 2, 1, '» Mirá también: Otro récord de calor', BODY.trimEnd()),
    // Calls to action and share bars.
    stray(BODY + 'Tweet', 2, 1, 'Tweet', BODY.trimEnd()),
    stray(BODY + 'Share on Facebook', 2, 1, 'Share on Facebook', BODY.trimEnd()),
    stray(BODY + 'Follow us on Twitter/X, Instagram and TikTok\nThe count went on.', 2, 1, 'Follow us on Twitter/X, Instagram and TikTok', BODY + 'The count went on.'),
    stray(BODY + 'Subscribe to our newsletter', 2, 1, 'Subscribe to our newsletter', BODY.trimEnd()),
    stray(BODY + 'Click here to read the full report.', 2, 1, 'Click here to read the full report.', BODY.trimEnd()),
    stray(BODY + 'Síguenos en Instagram', 2, 1, 'Síguenos en Instagram', BODY.trimEnd()),
    stray(BODY + 'Facebook Twitter WhatsApp Email', 2, 1, 'Facebook Twitter WhatsApp Email', BODY.trimEnd()),
    stray(BODY + 'Share | Facebook | E-mail', 2, 1, 'Share | Facebook | E-mail', BODY.trimEnd()),
    stray(BODY + 'Continues after advertising', 2, 1, 'Continues after advertising', BODY.trimEnd()),
    stray(BODY + 'Publicidad', 2, 1, 'Publicidad', BODY.trimEnd()),
    stray('Officials counted the ballots overnight. Follow us on Twitter.', 1, 42, 'Follow us on Twitter.', 'Officials counted the ballots overnight.'),
    // Credit lines, also with mistranslated labels.
    stray(BODY + 'Photo: EFE / Video: EFE TV', 2, 1, 'Photo: EFE / Video: EFE TV', BODY.trimEnd()),
    stray(BODY + 'Foto: ANSA', 2, 1, 'Foto: ANSA', BODY.trimEnd()),
    stray(BODY + 'Photography: Archive', 2, 1, 'Photography: Archive', BODY.trimEnd()),
    stray(BODY + 'Picture: Social networks', 2, 1, 'Picture: Social networks', BODY.trimEnd()),
    stray(BODY + 'Source: EFE', 2, 1, 'Source: EFE', BODY.trimEnd()),
    stray(BODY + 'Photo by Jane Roe/Example Images', 2, 1, 'Photo by Jane Roe/Example Images', BODY.trimEnd()),
    stray(BODY + 'EFE/Juan Pérez', 2, 1, 'EFE/Juan Pérez', BODY.trimEnd()),
    stray(BODY + '(Photo: AFP)\nThe count went on.', 2, 1, '(Photo: AFP)', BODY + 'The count went on.'),
    stray('Officials counted the ballots overnight. Photo: EFE/Juan Pérez', 1, 42, 'Photo: EFE/Juan Pérez', 'Officials counted the ballots overnight.'),
    stray('Officials counted the ballots in the capital (Photo: AFP) and left.', 1, 46, '(Photo: AFP)', 'Officials counted the ballots in the capital and left.'),
    // Copyright lines.
    stray(BODY + '© 2024 Example Agency', 2, 1, '© 2024 Example Agency', BODY.trimEnd()),
    stray(BODY + 'Copyright 2024 Example Agency', 2, 1, 'Copyright 2024 Example Agency', BODY.trimEnd()),
    stray(BODY + 'Todos los derechos reservados.', 2, 1, 'Todos los derechos reservados.', BODY.trimEnd()),
    stray(BODY + 'Example Press Agency. All rights reserved.', 2, 1, 'Example Press Agency. All rights reserved.', BODY.trimEnd()),
    stray(BODY + 'RIPRODUZIONE RISERVATA © Copyright Example', 2, 1, 'RIPRODUZIONE RISERVATA © Copyright Example', BODY.trimEnd()),
    stray(
      'Officials counted the ballots overnight. © 2024 Example Agency. All rights reserved.',
      1,
      42,
      '© 2024 Example Agency. All rights reserved.',
      'Officials counted the ballots overnight.'
    ),
    stray('The minister arrives at the summit in Kyiv © Example Agency', 1, 44, '© Example Agency', 'The minister arrives at the summit in Kyiv'),
    stray(BODY + '*** Also read ***', 2, 1, '*** Also read ***', BODY.trimEnd()),
    // A video caption ending in its duration.
    stray(BODY + 'Riot police clear the square in the capital 2:15', 2, 1, 'Riot police clear the square in the capital 2:15', BODY.trimEnd()),
    stray(BODY + 'Rescue teams reach the village (01:42)\nThe count went on.', 2, 1, 'Rescue teams reach the village (01:42)', BODY + 'The count went on.')
  ]

  it.each(notOk)('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it.each(notOk)('reports an error whose fix deletes it: $text', async (c) => {
    const [m] = await runRule(ID, c.text)
    expect(m).toMatchObject({ruleId: ID, expected: [''], fatal: true})
    expect(fixed(c.text, m)).toBe(c.after)
  })

  it('reports the headline after a bare related-link label as a warning, without an unattended fix', async () => {
    const text = BODY + 'Also read:\nRebels seize the airport in a surprise attack\nThe count went on.'
    expect(await findingsOf(ID, {text})).toEqual([
      {line: 2, column: 1, actual: 'Also read:', fix: ''},
      {line: 3, column: 1, actual: 'Rebels seize the airport in a surprise attack', fix: ''}
    ])
    const found = await runRule(ID, text)
    expect(found.map((m) => [m.line, m.column, m.fatal])).toEqual([
      [2, 1, true],
      [3, 1, false]
    ])
    expect(found[1].fix).toBeUndefined()
    expect(found[1].expected).toEqual([''])
  })

  it('reports furniture after a bare label as furniture, not as its headline', async () => {
    const found = await runRule(ID, BODY + 'Also read:\nPhoto: EFE/Juan Pérez\nThe count went on.')
    expect(found.map((m) => [m.line, m.fatal, m.fix !== undefined])).toEqual([
      [2, true, true],
      [3, true, true]
    ])
  })

  it.each([
    // Legit short sentences.
    'Will the talks succeed? Not so. The envoy left on Monday.',
    'He was asked whether he would resign. No.',
    'The minister was asked to step down. He refused.',
    'Engineers tried a new valve on the pump. It worked.',
    'Why would anyone do that? Why?',
    'The figures came in above forecasts. Good news.',
    'The chairman closed the meeting with a short speech. Thank you.',
    'The company says the plan will work. Or not.',
    'The markets closed for the weekend. See you Monday.',
    'She said the deal was done... and then?',
    'The final ended Chelsea 2-1.',
    'The striker scored twice in the second half. Rooney 2.',
    // Dialogue and quotes.
    '“Will you stay?” she asked. “Yes.”',
    '"I do not know what happened." he said.',
    'He shouted: “Get out of the car now. go.”',
    // Abbreviations and lower-case starts that are not leftovers.
    'The team flew out at 10 a.m. local time.',
    'The plant makes pumps, valves, seals, etc. and more.',
    'The company opened an office in the U.S. last year.',
    'The rebels advanced. The army, however, held the airport. too.',
    'The markets crashed on Monday morning. bitcoin fell.',
    'The minister thanked the staff at the ceremony. eBay shares rose.',
    'He said the virus spread quickly in the region. mRNA vaccines helped.',
    'The judge said the case was now closed. Period.',
    // Prose that starts like a label.
    'More information is published on the ministry website.',
    'Shares in the carmaker rose 4% on Monday.',
    'Share prices fell sharply on Monday.',
    'Follow-up talks are planned for next week.',
    'Photos show the damage to the old town after the storm.',
    'Video footage captured by a bystander shows the car.',
    'Pictures from Aleppo',
    'Related Party Transactions',
    'Copyright infringement cases rose 10% last year.',
    'The band said the copyright belonged to the label.',
    'Photography exhibition opens in Madrid',
    'Image is everything, the designer says.',
    'Watch the video to see how the rescue unfolded on Sunday afternoon in the flooded valley near the river.',
    'Lee Kuan Yew led Singapore for three decades.',
    'The software© suite is popular with designers.',
    '(c) the third option would cut the budget',
    'The allies urged “a political solution to the conflict». He left.',
    '“We will not leave,” the mayor said. “Never. land.”',
    // Data sources and agency trailers are legitimate.
    'Source: Office for National Statistics',
    'Source: Internet Watch Foundation',
    'Text: the full statement',
    'The Red Cross said it needed more staff. Reporting by Jane Roe; Editing by John Doe',
    'LONDON (Reuters) - The pound rose on Monday.',
    // Times, results and fixtures are not video durations.
    'The polls open at 7:30',
    'Kick-off 15:00',
    'Chelsea v Arsenal 15:00',
    'She won the marathon in 2:15',
    '1. Jane Roe (Kenya) 2:15:25',
    // Headlines and subheads.
    'Russian support for the Syrian army',
    '“We are entrenched at home”',
    'The situation in the Middle East'
  ])('stays silent on %j', async (text) => {
    expect(await findingsOf(ID, {text: 'The board met on Monday to review the count.\n' + text})).toEqual([])
  })

  it('deletes a furniture paragraph with its Markdown markup, and offers no unattended fix across HTML tags', async () => {
    const md = 'Officials counted the ballots overnight.\n\n**Also read:** [Rebels seize the airport](https://example.com/a)\n\nThe count went on.\n'
    const [m] = await runRule(ID, md, {}, {}, 'story.md')
    expect(m).toMatchObject({line: 3, column: 3, actual: 'Also read:** [Rebels seize the airport'})
    expect(fixed(md, m)).toBe('Officials counted the ballots overnight.\n\n\nThe count went on.\n')
    const html = '<p>Officials counted the ballots overnight.</p><p><strong>Also read:</strong> <a href="/a">Rebels seize the airport</a></p>'
    const [h] = await runRule(ID, html, {}, {}, 'story.html')
    expect(h).toMatchObject({actual: 'Also read:</strong> <a href="/a">Rebels seize the airport', expected: ['']})
    expect(h.fix).toBeUndefined()
  })

  it('takes the severity option', async () => {
    const found = await runAlone(strayFragment, BODY + 'Tweet', {severity: 'warn'})
    expect(found.map((m) => [m.line, m.fatal])).toEqual([[2, false]])
    const config = await runRule(ID, BODY + 'Tweet', {}, {rules: {[ID]: 'warn'}})
    expect(config.map((m) => [m.line, m.fatal])).toEqual([[2, false]])
  })

  it('works alone after retext-english, with lines inside one paragraph', async () => {
    const found = await runAlone(strayFragment, 'The army withdrew on Sunday.\nAlso read: Rebels seize the airport\n\nThe rebels hold the city, a spokesman told AFP. land.')
    expect(found.map((m) => [m.ruleId, m.line, m.column, m.actual])).toEqual([
      [ID, 2, 1, 'Also read: Rebels seize the airport'],
      [ID, 4, 49, 'land.']
    ])
  })

  it('never throws and stays fast on hostile input', async () => {
    const inputs = [
      '',
      '\n\n\n',
      'x'.repeat(5000),
      '“'.repeat(100_000),
      'Also read: '.repeat(2000),
      'aa bb cc dd. ee. '.repeat(6000),
      '(Photo: '.repeat(5000),
      '©'.repeat(10_000),
      ('The rebels hold the city, a spokesman told AFP. land. ').repeat(2000),
      '1:'.repeat(300) + '15',
      'Photo: ' + 'a/'.repeat(20_000)
    ]
    for (const text of inputs) {
      const started = performance.now()
      await expect(runRule(ID, text)).resolves.toBeDefined()
      expect(performance.now() - started).toBeLessThan(5000)
    }
  }, 60_000)
})
