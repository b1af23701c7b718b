/**
 * quotes: foreign and mismatched quote marks, unbalanced quotations, marks on
 * the wrong side of their space, quote marks typed for apostrophes, straight
 * and curly quotes mixed.  Every case lists the rule's complete findings on
 * its text (the shared case shape of tests/helpers.ts), their severity and
 * what `--fix` makes of the text.  All sentences are our own.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import quotes from '../../plugins/quotes.js'
import type {Severity} from '../../plugins/support/rule.js'
import {findingsOf, runAlone, runRule, type Found, type RuleCase} from '../helpers.js'

const ID = 'quotes'

/** A case, with the severity of all its findings (default: error) and its text after the unattended fixes (default: unchanged). */
interface Case extends RuleCase {
  severity?: Severity
  fixed?: string
}

const FATAL = {error: true, warning: false, info: undefined} as const

/** The text with the unattended fixes applied, last first (overlapping ones skipped). */
function applyFixes(text: string, found: Found[]): string {
  let out = text
  let limit = Infinity
  for (const {fix} of [...found].filter((m) => m.fix).sort((a, b) => b.fix!.start - a.fix!.start)) {
    if (fix!.end > limit) continue
    out = out.slice(0, fix!.start) + fix!.text + out.slice(fix!.end)
    limit = fix!.start
  }
  return out
}

const notOk: Case[] = [
  // Opened in one style, closed in another.
  {text: 'The allies urged “a political solution to the conflict».', findings: [{line: 1, column: 55, actual: '»', fix: '”'}], fixed: 'The allies urged “a political solution to the conflict”.'},
  {text: 'Assad stressed “the support of allies» in the offensive.', findings: [{line: 1, column: 38, actual: '»', fix: '”'}], fixed: 'Assad stressed “the support of allies” in the offensive.'},
  {text: 'The minister called it «a historic day” on Monday.', findings: [{line: 1, column: 24, actual: '«', fix: '“'}], fixed: 'The minister called it “a historic day” on Monday.'},
  {text: 'The mayor said „we are ready” on Tuesday.', findings: [{line: 1, column: 16, actual: '„', fix: '“'}], fixed: 'The mayor said “we are ready” on Tuesday.'},
  {text: 'The mayor said „we are ready“ on Tuesday.', findings: [{line: 1, column: 16, actual: '„', fix: '“'}, {line: 1, column: 29, actual: '“', fix: '”'}], fixed: 'The mayor said “we are ready” on Tuesday.'},
  {text: 'He called the plan "reckless” and left.', findings: [{line: 1, column: 29, actual: '”', fix: '"'}], fixed: 'He called the plan "reckless" and left.'},
  {text: 'Officials sought “a lasting peace". Talks resume on Monday.', findings: [{line: 1, column: 34, actual: '"', fix: '”'}], fixed: 'Officials sought “a lasting peace”. Talks resume on Monday.'},
  {text: "He said ‘we will win' and left.", findings: [{line: 1, column: 21, actual: "'", fix: '’'}], fixed: 'He said ‘we will win’ and left.'},
  // Foreign marks in English copy (French spaces inside guillemets go with them).
  {text: 'The minister called it «a historic day» on Monday.', findings: [{line: 1, column: 24, actual: '«', fix: '“'}, {line: 1, column: 39, actual: '»', fix: '”'}], fixed: 'The minister called it “a historic day” on Monday.'},
  {text: 'The minister called it « a historic day » on Monday.', findings: [{line: 1, column: 24, actual: '« ', fix: '“'}, {line: 1, column: 40, actual: ' »', fix: '”'}], fixed: 'The minister called it “a historic day” on Monday.'},
  {text: 'The mayor said »we are ready« on Tuesday.', findings: [{line: 1, column: 16, actual: '»', fix: '“'}, {line: 1, column: 29, actual: '«', fix: '”'}], fixed: 'The mayor said “we are ready” on Tuesday.'},
  {text: 'The order is called ‹stay home› in the city.', findings: [{line: 1, column: 21, actual: '‹', fix: '‘'}, {line: 1, column: 31, actual: '›', fix: '’'}], fixed: 'The order is called ‘stay home’ in the city.'},
  {text: 'The order is called ‚stay home‘ in the city.', findings: [{line: 1, column: 21, actual: '‚', fix: '‘'}, {line: 1, column: 31, actual: '‘', fix: '’'}], fixed: 'The order is called ‘stay home’ in the city.'},
  {text: 'The union said "we will strike» on Friday.', findings: [{line: 1, column: 31, actual: '»', fix: '"'}], fixed: 'The union said "we will strike" on Friday.'},
  // A single quotation opened with the closing mark ’ (a warning, fixed to ‘).
  {text: 'The fans waited for ’Golden Hour’ all night.', findings: [{line: 1, column: 21, actual: '’', fix: '‘'}], severity: 'warning', fixed: 'The fans waited for ‘Golden Hour’ all night.'},
  {text: 'The band arrived… ’BTS’, the crowd shouted.', findings: [{line: 1, column: 19, actual: '’', fix: '‘'}], severity: 'warning', fixed: 'The band arrived… ‘BTS’, the crowd shouted.'},
  // A closing quote with no opening one; an opening one never closed (no fix: the partner is missing).
  {text: 'The rebels “are calm,” who handed out free bread,” he added.', findings: [{line: 1, column: 50, actual: '”'}]},
  {text: 'Farmers blocked the roads,” the police said.', findings: [{line: 1, column: 27, actual: '”'}]},
  // A quotation never closed: the whole unterminated quotation, from its mark to the end of its paragraph.
  {text: 'He said the talks had “failed and left the room.\nThe vote is on Monday, said “a senior aide”.', findings: [{line: 1, column: 23, actual: '“failed and left the room.', fix: '“failed and left the room.”'}]},
  {text: 'The mayor said “we are ready to talk on Tuesday.', findings: [{line: 1, column: 16, actual: '“we are ready to talk on Tuesday.', fix: '“we are ready to talk on Tuesday.”'}]},
  {text: '“He told me ‘go home’ and I did,” she said. He added: “It was late.', findings: [{line: 1, column: 55, actual: '“It was late.', fix: '“It was late.”'}]},
  {text: 'The envoy said: "Talks will resume.\nThe minister flew home.\nHe called the result "a draw".', findings: [{line: 1, column: 17, actual: '"Talks will resume.', fix: '"Talks will resume."'}]},
  // A closing mark typed as an opening one on the wrong side of its space; glued on both sides, it closes.
  {text: '“We held clean elections, honouring our tradition, “he added.', findings: [{line: 1, column: 51, actual: ' “', fix: '” '}], fixed: '“We held clean elections, honouring our tradition,” he added.'},
  {text: '“The attack will start soon“Kovalenko said on Monday.', findings: [{line: 1, column: 28, actual: '“', fix: '” '}], fixed: '“The attack will start soon” Kovalenko said on Monday.'},
  // A mark of another style opening a run-on inside a quotation: the odd one is the opening mark.
  {text: '“We want our children home. "We are living through hard hours,” she said.', findings: [{line: 1, column: 29, actual: '"', fix: '“'}], fixed: '“We want our children home. “We are living through hard hours,” she said.'},
  // Marks on the wrong side of their space, or glued to a word; doubled marks.
  {text: '“We will stay, ”she added.', findings: [{line: 1, column: 15, actual: ' ”', fix: '” '}], fixed: '“We will stay,” she added.'},
  {text: 'He said: "We cannot bet our pensions, "tried to explain the minister.', findings: [{line: 1, column: 38, actual: ' "', fix: '" '}], fixed: 'He said: "We cannot bet our pensions," tried to explain the minister.'},
  {text: 'The mayor said “we are ready“ on Tuesday.', findings: [{line: 1, column: 29, actual: '“', fix: '”'}], fixed: 'The mayor said “we are ready” on Tuesday.'},
  {text: '“We will stay,” she said, ”and we will fight.”', findings: [{line: 1, column: 27, actual: '”', fix: '“'}], fixed: '“We will stay,” she said, “and we will fight.”'},
  {text: 'The ““historic”” deal was signed.', findings: [{line: 1, column: 6, actual: '“', fix: ''}, {line: 1, column: 16, actual: '”', fix: ''}], fixed: 'The “historic” deal was signed.'},
  {text: 'The board agreed to pay an ""unfair" sum.', findings: [{line: 1, column: 29, actual: '"', fix: ''}], fixed: 'The board agreed to pay an "unfair" sum.'},
  // A quote mark typed for an apostrophe (information; not before a space: a quotation may have lost its comma).
  {text: 'Exports from Brazil"s farms rose.', findings: [{line: 1, column: 20, actual: '"', fix: "'"}], severity: 'info', fixed: "Exports from Brazil's farms rose."},
  {text: 'We don"t believe it, he said.', findings: [{line: 1, column: 7, actual: '"', fix: "'"}], severity: 'info', fixed: "We don't believe it, he said."},
  {text: 'Exports from Brazil”s farms rose. It’s true.', findings: [{line: 1, column: 20, actual: '”', fix: '’'}], severity: 'info', fixed: 'Exports from Brazil’s farms rose. It’s true.'},
  {text: 'Courts overturned the judges" rulings on Monday.', findings: [{line: 1, column: 29, actual: '"', fix: "'"}], severity: 'info'},
  {text: '“Stay home,” he said. The ‘90s are over.', findings: [{line: 1, column: 27, actual: '‘', fix: '’'}], severity: 'info', fixed: '“Stay home,” he said. The ’90s are over.'},
  {text: '“Stay home,” he said. Wales won in ‘94 and lost.', findings: [{line: 1, column: 36, actual: '‘', fix: '’'}], severity: 'info', fixed: '“Stay home,” he said. Wales won in ’94 and lost.'},
  {text: 'We don‘t know, he said.', findings: [{line: 1, column: 7, actual: '‘', fix: '’'}], severity: 'info', fixed: 'We don’t know, he said.'},
  {text: 'The players‘ union agreed.', findings: [{line: 1, column: 12, actual: '‘', fix: '’'}], severity: 'info', fixed: 'The players’ union agreed.'},
  // An acute or grave accent typed for an apostrophe (information, fixed).
  {text: 'The country´s envoy met the Council´s chair.', findings: [{line: 1, column: 12, actual: '´', fix: '’'}, {line: 1, column: 36, actual: '´', fix: '’'}], severity: 'info', fixed: 'The country’s envoy met the Council’s chair.'},
  {text: 'Read it in the Nine O`Clock paper; we don´t.', findings: [{line: 1, column: 22, actual: '`', fix: '’'}, {line: 1, column: 42, actual: '´', fix: '’'}], severity: 'info', fixed: 'Read it in the Nine O’Clock paper; we don’t.'},
  // Straight and curly double quotes mixed in one document: one finding, at the first mark of the minority style.
  {text: '“We are ready,” he said. "We will win," she said. “Yes,” they said.', findings: [{line: 1, column: 26, actual: '"', fix: '“'}], severity: 'info'},
  {text: '"We are ready," he said. "We will win," she said. “Yes,” they said.', findings: [{line: 1, column: 51, actual: '“', fix: '"'}], severity: 'info'},
  // On a later line.
  {text: 'Rebels took the city.\nThe allies urged “a political solution».', findings: [{line: 2, column: 39, actual: '»', fix: '”'}], fixed: 'Rebels took the city.\nThe allies urged “a political solution”.'},
  // One finding per broken mark and none on the marks that are fine; fixes in a straight-quoted document are
  // straight; an unclosed quote is flagged from its opening mark to the end of its paragraph.
  {text: 'The minister called it «a historic day» on Monday. “We agree,” he said.', findings: [{line: 1, column: 24, actual: '«', fix: '“'}, {line: 1, column: 39, actual: '»', fix: '”'}], fixed: 'The minister called it “a historic day” on Monday. “We agree,” he said.'},
  {text: 'He said "we agree" and "we will sign". The union said «no» on Friday.', findings: [{line: 1, column: 55, actual: '«', fix: '"'}, {line: 1, column: 58, actual: '»', fix: '"'}], fixed: 'He said "we agree" and "we will sign". The union said "no" on Friday.'},
  {text: 'The mayor said: “We are ready.\nThe council met on Monday and said “no” to the plan.', findings: [{line: 1, column: 17, actual: '“We are ready.', fix: '“We are ready.”'}]}
]

const ok: string[] = [
  // Curly quotes in good English style.
  '“We are staying put,” the mayor told reporters on Friday.',
  '“They lost the ‘final battle’, as the papers called it,” he said.',
  '‘He said “no” to me,’ she said.',
  '“Who said ‘no’?” he asked. “Are you ready?” “Yes.”',
  '“It’s ‘over’,” she said. “We are the ‘Reds’”, they sang.',
  'He said “I’m fine” and “we’re ready”.',
  'The “Yes” and “No” camps met. They played “Hey Jude”/“Let It Be” twice.',
  '(“We stay,” he said.) - “We stay,” she said. He said: — “We stay.”',
  '“…and then we left,” he said. He said “...and then we left.”',
  '“The score was 6-1”, he said.',
  // Headlines and subheads in quotes, British single quotes.
  '“We are entrenched at home”\nResidents stayed indoors.',
  '‘Stay at home’ order lifted\nThe players’ union welcomed the decision.',
  "'Stay at home' order lifted\nThe country's leaders met on Monday.",
  // Apostrophes are not quotes.
  'Rock ’n’ roll in the ’90s: ’tis the season, the players’ union said. Russia’s army and the regime’s weakness.',
  '‘We will see the Jones’ house,’ she said.',
  'He said ‘the players’ union will win’ and left.',
  'The band played ‘99 Red Balloons’ twice.',
  "The players' union and the boss's office met in the '90s.",
  // Inch marks and seconds of arc.
  'He stands 6\' 2" tall and bought a 12" single.',
  'He stands 6’ 2” tall.',
  'The wreck lies at 40°26\'46"N off the coast.',
  // Straight quotes used consistently.
  'The senator called the plan "reckless" and "unfunded", aides said.',
  'He said the "No" camp won; others said "Yes".',
  // The next paragraph reopens the quotation (wire convention); apostrophes, inch marks, foreign marks are no mixing.
  'The mayor said: “We are ready.\n“The council will vote on Monday.\n“We will win,” she said.',
  'The country\'s 6\' 2" striker said “we won” on Sunday. It’s a club’s record.',
  // Run-on quotations: inside one paragraph (merged wire paragraphs) ...
  '"It\'s over," he said. "We lost. "Next year we come back."',
  '“We lost, it hurts. “Next year we come back,” he said.',
  'He said: "I told them: \'wow - that is interesting.\' "But we had no choice."',
  // ... across paragraphs (wire convention) ...
  '“We will not leave,” she said. “Our families have lived here for generations.\n“We will stay.”',
  '“We will not leave,” she said. “Our families have lived here.\n\n“We will stay,” she added.',
  // ... and over sentence-per-line breaks, closed later.
  '"We all know that storms are getting stronger.\nEverything," he said.',
  '"The bank did not hide anything.\nIt did not "invent" evidence or "hide" facts."',
  // Nested double quotes inside a quotation that runs on.
  'The minister said: "We will win.\nThe vote "was fair" and "free".\n"We stay."',
  // A quotation cut short by a teaser is not unclosed.
  'He said in a statement: “Some players respond well to work, while others … Read more',
  'The minister told reporters: “There is no room for it. I … [...]',
  // A ’ opening a word that is an elision, a year or a lone letter; a plural's possessive after it.
  '’Cause the players’ union said no. Rock ’n’ roll in the ’90s; ’tis the season’s end.',
  'They called ’em names; the ’til dawn party and the ’bout time cheers.',
  // Accents that are letters or names, not apostrophes.
  'The Ba´ath party and café owners met; the `code` sample stays.',
  // Spacing of a quote mark whose glyph is right is the punctuation-spacing rule's.
  'He was “ a rusty pilot” by then, and “the deal ”, said the envoy.',
  // Syntax is not prose.
  'See https://example.com/a"b for details.',
  // Empty and odd input.
  '',
  '   ',
  'x'.repeat(5000)
]

describe('quotes: cases', () => {
  it.each(notOk)('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    const found = await runRule(ID, c.text)
    expect(found.map((m) => m.fatal)).toEqual(found.map(() => FATAL[c.severity ?? 'error']))
    expect(applyFixes(c.text, found)).toBe(c.fixed ?? c.text)
  })

  it.each(ok)('silent: %s', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })
})

describe('quotes: behaviour', () => {
  it('takes the severity option; a quote mark for an apostrophe is information', async () => {
    const text = 'The allies urged “a political solution». Brazil"s farms grew.'
    expect((await runAlone(quotes, text)).map((m) => m.fatal)).toEqual([true, undefined])
    expect((await runAlone(quotes, text, {severity: 'warning'})).map((m) => m.fatal)).toEqual([false, undefined])
    expect((await runAlone(quotes, text, {severity: 'info'})).map((m) => m.fatal)).toEqual([undefined, undefined])
  })

  it('works alone after plain retext-english', async () => {
    const found = await runAlone(quotes, 'The allies urged “a political solution to the conflict».\n\nRussia’s jets flew on.')
    expect(found.map((m) => [m.ruleId, m.line, m.column, m.actual, m.expected?.[0]])).toEqual([
      ['quotes', 1, 55, '»', '”']
    ])
  })

  it('handles hostile input in linear time without throwing', async () => {
    const inputs = [
      'He said ' + '” '.repeat(10000),
      '"'.repeat(100000),
      '“a» „b“ ‘c’ ’d ‹e "f '.repeat(5000),
      'word “'.repeat(20000),
      '“open\n'.repeat(5000),
      '‘'.repeat(50000) + '’'.repeat(50000),
      'a'.repeat(5000) + '”' + 'b'.repeat(5000)
    ]
    for (const text of inputs) {
      const t0 = performance.now()
      const found = await runRule(ID, text)
      expect(performance.now() - t0).toBeLessThan(8000)
      expect(found.every((m) => !/Internal error/.test(m.reason))).toBe(true)
      // Never more than MAX_PER_PARAGRAPH findings in one paragraph.
      expect(found.length).toBeLessThanOrEqual(100 * text.split('\n').length)
    }
  }, 60000)

  it('never throws and stays silent on well-formed quotations (property)', async () => {
    const word = fc.constantFrom('rebels', 'city', 'Aleppo', 'the', 'Russia’s', 'players’', 'we', 'won', 'it’s', '’90s')
    const phrase = fc.array(word, {minLength: 1, maxLength: 5}).map((w) => w.join(' '))
    const quoted = fc.oneof(
      phrase.map((p) => `“${p},” he said.`),
      phrase.map((p) => `They called it “${p}”.`),
      fc.tuple(phrase, phrase).map(([a, b]) => `“${a} ‘${b}’ ${a},” she said.`),
      phrase.map((p) => `The ${p} met.`)
    )
    await fc.assert(
      fc.asyncProperty(fc.array(quoted, {minLength: 1, maxLength: 4}), async (sentences) => {
        expect(await runRule(ID, sentences.join(' '))).toEqual([])
      }),
      {numRuns: 60}
    )
    await fc.assert(
      fc.asyncProperty(fc.string({unit: fc.constantFrom('"', '“', '”', '«', '»', '„', '‘', '’', "'", ' ', 'a', '.', ',', '\n', '5')}), async (text) => {
        const found = await runRule(ID, text)
        expect(found.every((m) => m.ruleId === ID && !/Internal error/.test(m.reason))).toBe(true)
      }),
      {numRuns: 200}
    )
  }, 60000)
})

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/seed')
const seedFile = path.join(seedDir, '000_b01199f03698bbf5.txt')

describe.skipIf(!fs.existsSync(seedFile))('quotes: seed article', () => {
  it('finds exactly the labelled quote errors', async () => {
    expect(await findingsOf(ID, {text: fs.readFileSync(seedFile, 'utf8')})).toEqual([
      {line: 4, column: 191, actual: '»', fix: '”'},
      {line: 8, column: 128, actual: '»', fix: '”'},
      {line: 20, column: 155, actual: '”'}
    ])
  })
})

/** An article doubled across an opening quote mark: a warning keeping the article inside the quotation. */
describe('quotes: an article doubled across the opening mark', () => {
  const warnings: RuleCase[] = [
    {text: 'A source told the agency that the “The armed groups are moving north.”', findings: [{line: 1, column: 31, actual: 'the “The', fix: '“The'}]},
    {text: 'He admitted he had a "a job of persuading" ahead.', findings: [{line: 1, column: 20, actual: 'a "a', fix: '"a'}]},
    {text: 'Critics called the vote a “an historic mistake” on Monday.', findings: [{line: 1, column: 25, actual: 'a “an', fix: '“an'}]}
  ]

  it.each(warnings)('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    expect((await runRule(ID, c.text)).map((m) => [m.fatal, m.fix])).toEqual(c.findings.map(() => [false, undefined]))
  })

  const ok = [
    'Fans of “The Office” and the “A-Team” met; she read “The Times” and a “Theatre” review.',
    'He wanted the “the” in the title dropped, and an “a” in the middle.',
    'The lawyer at the, “The end” said an ad; the ‘the’ stays; a ‘a’ too.'
  ]

  it.each(ok)('stays silent on %s', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })
})

/** An apostrophe in the plural of a people after a quantifier: a warning with the plural. */
describe('quotes: an apostrophe typed for a people’s plural', () => {
  const warnings: RuleCase[] = [
    {text: 'The prime minister asks all Thai’s to bury the hatchet.', findings: [{line: 1, column: 29, actual: 'Thai’s', fix: 'Thais'}]},
    {text: "Many Filipino's are working abroad.", findings: [{line: 1, column: 6, actual: "Filipino's", fix: 'Filipinos'}]},
    {text: 'He urged all Chinese’s to stay home.', findings: [{line: 1, column: 14, actual: 'Chinese’s', fix: 'Chinese'}]}
  ]

  it.each(warnings)('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    expect((await runRule(ID, c.text)).map((m) => [m.fatal, m.fix])).toEqual(c.findings.map(() => [false, undefined]))
  })

  const ok = [
    // Possessives: a noun follows; names and brands that end in ’s.
    'All Britain’s children and many Mexico’s voters were counted; both Moody’s and Fitch agreed.',
    'All McDonald’s are shut, and some Sainsbury’s will open.',
    // Plurals written right.
    'All Thais were asked to vote, and many Filipinos are abroad.'
  ]

  it.each(ok)('stays silent on %s', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })
})
