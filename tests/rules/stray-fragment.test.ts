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
    const found = await runAlone(strayFragment, BODY + 'Tweet', {severity: 'warning'})
    expect(found.map((m) => [m.line, m.fatal])).toEqual([[2, false]])
    const config = await runRule(ID, BODY + 'Tweet', {}, {rules: {[ID]: 'warning'}})
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
      'Photo: ' + 'a/'.repeat(20_000),
      // The line classifier: many short lines, long dotted and dashed runs, repeated fields and labels.
      'Example Daily News\n'.repeat(5000),
      'Source: ' + 'a.'.repeat(30_000) + 'x',
      'Leave a Reply\n\n'.repeat(3000),
      'date 2020-01-01 '.repeat(3000),
      ('The council met. Source: Minister of ' + 'Example '.repeat(20) + '\n').repeat(500),
      'x – '.repeat(20_000) + 'Example News',
      ('Council Approves New Budget for the Coastal Towns Today\n' + 'The council approved the budget on Tuesday after a debate.\n').repeat(2000),
      'a | '.repeat(20_000),
      '…\n'.repeat(10_000),
      // Bullet stamps and doubled runs of words.
      'a•b, 1:00 '.repeat(10_000),
      'Ab•cd '.repeat(20_000),
      'x'.repeat(100_000) + '•today, 12:00',
      'Jane Roe Politics editor '.repeat(20_000),
      'Ab Cd Ef Gh Ij Kl Mn '.repeat(10_000)
    ]
    for (const text of inputs) {
      const started = performance.now()
      await expect(runRule(ID, text)).resolves.toBeDefined()
      expect(performance.now() - started).toBeLessThan(5000)
    }
  }, 60_000)
})

describe('stray-fragment: the line classifier', () => {
  const LEAD = 'The council approved the new budget on Tuesday after a long debate.'
  const MORE = 'The vote is due on Friday after a second reading in the chamber.'
  type Level = 'error' | 'warning' | 'info'
  /** A case: its text, and its one finding (line, column, flagged text) with its level. */
  type ClassCase = {text: string; line: number; column: number; actual: string; level: Level}
  const at = (text: string, line: number, column: number, actual: string, level: Level = 'error'): ClassCase => ({text, line, column, actual, level})
  const levelOf = (m: Found): Level => (m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info')

  const notOk: ClassCase[] = [
    // Site chrome: comment forms, skip links, widgets, counters, shapes of chrome, source-language chrome.
    at(LEAD + '\nYour email address will not be published. Required fields are marked *', 2, 1, 'Your email address will not be published. Required fields are marked *'),
    at('Skip to main content\n' + LEAD, 1, 1, 'Skip to main content'),
    at(LEAD + '\nYou are commenting using your Example account. Log Out / Change )', 2, 1, 'You are commenting using your Example account. Log Out / Change )'),
    at(LEAD + '\nThis entry was posted in Politics. Bookmark the permalink.', 2, 1, 'This entry was posted in Politics. Bookmark the permalink.'),
    at(LEAD + '\nNotify of', 2, 1, 'Notify of'),
    at(LEAD + '\n1,204 views', 2, 1, '1,204 views'),
    at(LEAD + '\nFacebook photo', 2, 1, 'Facebook photo'),
    at(LEAD + '\ntwelve + three =', 2, 1, 'twelve + three ='),
    at(LEAD + '\n[Video]', 2, 1, '[Video]'),
    at(LEAD + '\nNext articleThe council votes on Friday', 2, 1, 'Next articleThe council votes on Friday'),
    at(LEAD + '\nWATCH: The moment the new bridge opened', 2, 1, 'WATCH: The moment the new bridge opened'),
    at(LEAD + '\nDeja una respuesta', 2, 1, 'Deja una respuesta'),
    at('Opinion »\n\nCouncil approves the budget\n\n' + LEAD, 1, 1, 'Opinion »'),
    at('Politics\n\nCouncil approves the budget\n\n' + LEAD, 1, 1, 'Politics', 'warning'),
    // Stamps, slugs, separators.
    at(LEAD + '\n| 12/05/2023 |', 2, 1, '| 12/05/2023 |', 'warning'),
    at(LEAD + '\n|\n' + MORE, 2, 1, '|'),
    at('Updated:2023-07-02 17:30:38\n' + LEAD, 1, 1, 'Updated:2023-07-02 17:30:38'),
    at('2023-10-13 22:13:22 ' + LEAD, 1, 1, '2023-10-13 22:13:22'),
    // Repetition.
    at('Council approves the budget\n\nCouncil approves the budget\n\n' + LEAD, 3, 1, 'Council approves the budget'),
    // Credits, bylines, author boxes.
    at(LEAD + '\nTranslated by Jane Roe', 2, 1, 'Translated by Jane Roe'),
    at(LEAD + '\nSource: www.example.org', 2, 1, 'Source: www.example.org'),
    at(LEAD + '\nSource:', 2, 1, 'Source:'),
    at('Council approves the budget\n\n' + LEAD + '\n\nBy Jane Roe\n\n' + MORE, 5, 1, 'By Jane Roe', 'warning'),
    at(LEAD + '\n\nI am Jane Roe, a journalist and content writer for the Example Post.', 3, 1, 'I am Jane Roe, a journalist and content writer for the Example Post.', 'warning'),
    // Captions and alt text.
    at(LEAD + '\nThe minister opens the new bridge in the capital. EFE/Juan Pérez\n' + MORE, 2, 1, 'The minister opens the new bridge in the capital. EFE/Juan Pérez', 'warning'),
    at(LEAD + '\nvista, puente, archivo\n' + MORE, 2, 1, 'vista, puente, archivo', 'warning'),
    at('Council approves the budget\n\nvista puente archivoThe council approved the new budget on Tuesday after a long debate.', 3, 1, 'vista puente archivo', 'warning'),
    // Segments: fused site names, kickers, teaser ends, link text, photo references, tails.
    at('Council approves the new budget – 2 hours ago\n\n' + LEAD, 1, 33, '– 2 hours ago'),
    at('Breaking news Council approves the new budget\n\n' + LEAD, 1, 1, 'Breaking news'),
    at('The mayor said the port would reopen in … Read more', 1, 41, '… Read more'),
    at('The mayor said the port would reopen soon [...]', 1, 43, '[...]'),
    at('The mayor spoke at the opening (read the article) on Monday.', 1, 32, '(read the article)'),
    at('The mayor (pictured) spoke at the opening on Monday.', 1, 11, '(pictured)', 'warning'),
    at(LEAD + ' For more, click here.', 1, 69, 'For more, click here.'),
    at(LEAD + ' Translated by Jane Roe.', 1, 69, 'Translated by Jane Roe.'),
    at(LEAD + ' dpa ab cde fg', 1, 69, 'dpa ab cde fg'),
    // Chrome labels with their link word, "Ads …" for "Ad …", and the literal English MT of a comment form.
    at(LEAD + '\nRead the rest here:', 2, 1, 'Read the rest here:'),
    at(LEAD + '\nOriginal article here\n' + MORE, 2, 1, 'Original article here'),
    at(LEAD + '\nAds Blocker Detected!!!', 2, 1, 'Ads Blocker Detected!!!'),
    at(LEAD + '\nMake a comment\n' + MORE, 2, 1, 'Make a comment'),
    // An aggregator's label for the link to the original, alone.
    at(LEAD + '\noriginal at:\n' + MORE, 2, 1, 'original at:'),
    // A source credit naming an outlet (not a data source).
    at(LEAD + '\nSource: Example News', 2, 1, 'Source: Example News', 'warning'),
    // A clock word glued to a headline with the page's date and time.
    at('Council approves the new budget, vote countedGMT 19:07 2017 Sunday ,01 October\n\n' + LEAD, 1, 46, 'GMT 19:07 2017 Sunday ,01 October', 'warning'),
    // A news app's source and time stamp joined by a bullet, inside a paragraph.
    at(LEAD + ' Example News•today, 12:00 ' + MORE, 1, 69, 'Example News•today, 12:00')
  ]

  it.each(notOk)('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual([{line: c.line, column: c.column, actual: c.actual, fix: ''}])
    const [m] = await runRule(ID, c.text)
    expect(levelOf(m)).toBe(c.level)
  })

  it('reports a breadcrumb fused to the headline, and the headline printed again', async () => {
    const text = 'Home Politics Council approves the new budget\n\nCouncil approves the new budget\n\n' + LEAD
    expect(await findingsOf(ID, {text})).toEqual([
      {line: 1, column: 1, actual: 'Home Politics', fix: ''},
      {line: 3, column: 1, actual: 'Council approves the new budget', fix: ''}
    ])
  })

  it('deletes a chrome line with its line ending, and a segment with its space', async () => {
    const text = LEAD + '\nNotify of\n' + MORE
    const [m] = await runRule(ID, text)
    expect(fixed(text, m)).toBe(LEAD + '\n' + MORE)
    const field = 'date 2024-03-05 ' + LEAD
    const [d] = await runRule(ID, field)
    expect(fixed(field, d)).toBe(LEAD)
  })

  it('reports a teaser cut after a small word as a warning without an unattended fix', async () => {
    const [m] = await runRule(ID, 'The minister said the reform would reach the regions, the…')
    expect(m).toMatchObject({actual: '…', fatal: false})
    expect(m.fix).toBeUndefined()
  })

  it('reports a credit label alone and its value on the line below', async () => {
    const text = 'Council approves the budget\nForrás:\nExample Nemzet\n' + LEAD
    const found = await runRule(ID, text)
    expect(found.map((m) => [m.line, m.column, m.actual, m.fatal])).toEqual([
      [2, 1, 'Forrás:', true],
      [3, 1, 'Example Nemzet', false]
    ])
    // A news agency credited so is attribution; a long value is a sentence of the story, not a credit.
    expect((await runRule(ID, 'Council approves the budget\nSource:\nPrensa Latina\n' + LEAD)).map((m) => m.actual)).toEqual(['Source:'])
    expect((await runRule(ID, 'Council approves the budget\nSource:\nThe figures come from the national statistics office.\n' + LEAD)).map((m) => m.actual)).toEqual(['Source:'])
  })

  it('deletes a news app stamp with the space before it', async () => {
    const text = LEAD + ' Example News•today, 12:00 ' + MORE
    const [m] = await runRule(ID, text)
    expect(fixed(text, m)).toBe(LEAD + ' ' + MORE)
  })

  it('reports a byline printed twice in a row as a warning without an unattended fix', async () => {
    const found = await runRule(ID, 'Jane Roe Politics editor Jane Roe Politics editor ' + LEAD)
    expect(found.map((m) => [m.line, m.column, m.actual, m.fatal])).toEqual([[1, 1, 'Jane Roe Politics editor Jane Roe Politics editor', false]])
    expect(found[0].fix).toBeUndefined()
  })

  it('reports the cuts of a listing of teasers after any word, for information', async () => {
    const teaser = (end: string): string =>
      '- The chairman of the council said on Sunday evening that the vote on the new budget was a masquerade and that his party would not support a minority government under any ' + end
    const text = [teaser('circumstances…'), teaser('conditions,…'), teaser('pressure…'), teaser('the…')].join('\n\n')
    const found = await runRule(ID, text)
    expect(found.map((m) => [m.line, m.actual, m.fatal])).toEqual([
      [1, '…', undefined],
      [3, '…', undefined],
      [5, '…', undefined],
      [7, '…', undefined]
    ])
    // One such line alone is the writer's own trailing off.
    expect(await findingsOf(ID, {text: teaser('circumstances…')})).toEqual([])
  })

  it('leaves the cut of a listed teaser followed by its own read-more link to that link', async () => {
    const teaser = (end: string): string =>
      'The chairman of the council said on Sunday evening that the vote on the new budget was a masquerade and that his party would not support a minority government under any ' + end
    const text = [teaser('circumstances…'), 'Read more', teaser('conditions of…'), 'Read more', teaser('the…'), 'Read more'].join('\n\n')
    const found = await runRule(ID, text)
    expect(found.map((m) => m.actual)).toEqual(['Read more', 'Read more', 'Read more'])
  })

  it('reports a spaced ellipsis after the last sentence, for information', async () => {
    const found = await runRule(ID, 'Output in the euro area dropped further in September. …')
    expect(found.map((m) => [m.column, m.actual, m.fatal])).toEqual([[55, '…', undefined]])
  })

  it('reports a title-case headline alone between body paragraphs, not a run of them', async () => {
    const one = LEAD + '\nCouncil Approves New Budget for the Coastal Towns\n' + MORE
    expect(await findingsOf(ID, {text: one})).toEqual([{line: 2, column: 1, actual: 'Council Approves New Budget for the Coastal Towns', fix: ''}])
    const run = LEAD + '\nBest Actor - Jane Roe for The Long Night at the Old Theatre\nBest Actress - Ann Doe for The Sea at the New Theatre\n' + MORE
    expect(await findingsOf(ID, {text: run})).toEqual([])
  })

  it.each([
    // Copy at the top: a byline, a dateline, a fixtures block.
    'By Jane Roe\n\n' + LEAD,
    'PARIS (Example News) -\n\n' + LEAD,
    'Ireland v England\n\nLansdowne Road, Dublin\n\nSunday, 27 February\n\n1500 GMT\n\n' + LEAD,
    // Subheads in sentence case, section words as subheads among the paragraphs.
    LEAD + '\n\nTalks go on into the night\n\n' + MORE,
    LEAD + '\n\nEconomy\n\n' + MORE,
    // Lists and results repeat, and may be title case.
    LEAD + '\n\nChelsea v Arsenal\n\nWinners meet in final match\n\nLeeds v Everton\n\nWinners meet in final match\n\n' + MORE,
    LEAD + '\n\nBarcelona, Bayern Munich, Porto, Real Madrid, Werder Bremen\n\n' + MORE,
    // A data source, an agency trailer, a summary point restated as the lead.
    LEAD + '\nSource: Office for National Statistics',
    LEAD + '\nSource: company reports',
    // Words said twice are not a byline printed twice.
    'The crowd chanted "we want more, we want more" as the mayor left the chamber.',
    'Spring Training Game Today, Spring Training Game Tomorrow',
    LEAD + '\n(Reporting by Jane Roe; Editing by John Doe)',
    'Council approves the new budget after a long debate\n\nCouncil approves the new budget after a long debate.',
    // Ellipses: inside a quotation, trailing off after a content word, a live blog's times.
    'The mayor said: "We thought the port would reopen, but then..."',
    'It is a celebration of the poetic…',
    '10:05\n\n' + LEAD + '\n\n10:12\n\n' + MORE + '\n\n10:20\n\nThe mayor left the chamber before the count.',
    // A letter signed by its author, who is also the byline: the name is no copied line.
    'By Jane Roe\n\nDear readers,\n\n' + LEAD + '\n\n' + MORE + '\n\nYours sincerely,\n\nJane Roe',
    '  • Kim Min-ji\n\nSeoul bulletin\n\n' + LEAD + '\n\n' + MORE + '\n\nVery Respectfully Yours\n\nKim Min-ji',
    // Names and dates in titles, bylines of outlets in the text, initials.
    'Israel news for 6-28-2023\n\n' + LEAD,
    LEAD + '\n\nK Clark',
    'The mayor praised the “Example Times” for its coverage of the port.'
  ])('stays silent on %j', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })

  it('reports the label of a live feed, not the date and time heading its entry', async () => {
    const text = 'Live Feed\n\n06/28/2024\n\n07:15\n\n' + LEAD + '\n\n' + MORE
    expect(await findingsOf(ID, {text})).toEqual([{line: 1, column: 1, actual: 'Live Feed', fix: ''}])
    // Without the label, a time alone is worth a look.
    expect((await findingsOf(ID, {text: 'Politics\n\n06/28/2024\n\n07:15\n\n' + LEAD + '\n\n' + MORE})).map((f) => f.actual)).toContain('07:15')
  })

  it('leaves Markdown tables and headings to their authors, but not chrome', async () => {
    const md = '# Politics\n\n' + LEAD + '\n\n| Date | Vote |\n| --- | --- |\n| 12/05/2023 | Yes |\n| 12/05/2023 | Yes |\n\n## Leave a Reply\n'
    const found = await runRule(ID, md, {}, {}, 'story.md')
    expect(found.map((m) => m.actual)).toEqual(['Leave a Reply'])
  })
})
