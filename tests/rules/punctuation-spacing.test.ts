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
  {text: 'First line.\n\nSecond line , with a fault.\n', findings: [{line: 3, column: 12, actual: ' ,', fix: ','}]},
  // No space after a stop after a number or a closing quote, after a colon, before a bracket.
  {text: 'Work ends in July 2026.The plan is ready.', findings: [{line: 1, column: 23, actual: '.', fix: '. '}]},
  {text: 'The firm is called "Northern Mining Association".Its head spoke.', findings: [{line: 1, column: 49, actual: '.', fix: '. '}]},
  {text: 'The prize went to the third degree:Anna Petrova.', findings: [{line: 1, column: 35, actual: ':', fix: ': '}]},
  {text: 'They met in the provinces,(in the north) on Sunday.', findings: [{line: 1, column: 26, actual: ',', fix: ', '}]},
  // Spaces around a quote mark whose glyph is right (a wrong glyph is the quotes rule's).
  {text: 'The envoy said “ we are ready” on Monday.', findings: [{line: 1, column: 16, actual: '“ ', fix: '“'}]},
  {text: '“We need the deal ”, said the envoy.', findings: [{line: 1, column: 18, actual: ' ”', fix: '”'}]},
  {text: 'He was " a rusty pilot" by then.', findings: [{line: 1, column: 8, actual: '" ', fix: '"'}]},
  {text: 'The statement read:“We are ready.”', findings: [{line: 1, column: 20, actual: '“', fix: ' “'}]},
  {text: '“We will unite the country”concluded the leader.', findings: [{line: 1, column: 27, actual: '”', fix: '” '}]},
  {text: 'The crowd cheered."It was loud," he said.', findings: [{line: 1, column: 19, actual: '"', fix: ' "'}]},
  {text: '“We serve the police.”. Then he left.', findings: [{line: 1, column: 21, actual: '.”.', fix: '.”'}]},
  // Datelines punctuated as the source's agencies do.
  {text: 'Lima, May 3 (Agency).- The ministry said so.', findings: [{line: 1, column: 21, actual: '.- ', fix: ' – '}]},
  {text: 'CARACAS_ After the vote, crowds gathered.', findings: [{line: 1, column: 8, actual: '_ ', fix: ' – '}]},
  {text: 'IDLEB, (ST)_Troops advanced.', findings: [{line: 1, column: 12, actual: '_', fix: ' – '}]},
  {text: 'Rome, AGENCY-The central bank said so.', findings: [{line: 1, column: 13, actual: '-', fix: ' – '}]},
  // Spaces inside compounds, possessives and brackets.
  {text: 'The co – leader of the Greens spoke.', findings: [{line: 1, column: 7, actual: ' – ', fix: '-'}]},
  {text: "Spain 's economy grew.", findings: [{line: 1, column: 6, actual: " 's", fix: '’s'}]},
  {text: 'The leader of Germany ‘ s Greens spoke. The Greens ‘ projected result fell.', findings: [{line: 1, column: 22, actual: ' ‘ s', fix: '’s'}, {line: 1, column: 51, actual: ' ‘ ', fix: '’ '}]},
  {text: 'The Christian Democrats ( CDU ) won.', findings: [{line: 1, column: 25, actual: '( ', fix: '('}, {line: 1, column: 30, actual: ' )', fix: ')'}]},
  // A closing bracket with nothing open after a full stop: debris (with the stop before a comma).
  {text: 'The mayor of the town (Val-de-Marne). ), Vincent Jeanbrun, was attacked.', findings: [{line: 1, column: 37, actual: '. )', fix: ''}]},
  {text: 'He left early (a) and then. ) It rained.', findings: [{line: 1, column: 28, actual: ' )', fix: ''}]}
]

/** Likely artifacts, warnings: a dash where the source's convention shows, a list run into the paragraph. */
const likely: RuleCase[] = [
  {text: 'The paper -the most read in the country- agreed.', findings: [{line: 1, column: 10, actual: ' -', fix: ' – '}, {line: 1, column: 40, actual: '- ', fix: ' – '}]},
  {text: 'A full -scale war began.', findings: [{line: 1, column: 7, actual: ' -', fix: ' – '}]},
  {text: 'The anti- war march and the co- leader.', findings: [{line: 1, column: 9, actual: '- ', fix: '-'}, {line: 1, column: 31, actual: '- ', fix: '-'}]},
  {text: 'From the capital —he said— aid will arrive.', findings: [{line: 1, column: 17, actual: ' —', fix: ' — '}, {line: 1, column: 26, actual: '— ', fix: ' — '}]},
  {text: 'We must defend ourselves, – the minister said.', findings: [{line: 1, column: 25, actual: ', –', fix: ' –'}]},
  {text: 'The plan seeks these results:- more tourists;- better roads.', findings: [{line: 1, column: 29, actual: ':- ', fix: undefined}, {line: 1, column: 45, actual: ';- ', fix: undefined}]},
  {text: 'Awardees:•Order of Merit went to Anna Petrova.', findings: [{line: 1, column: 9, actual: ':•', fix: undefined}]},
  // An en dash closed up before a determiner or pronoun: an aside's dash that lost its spaces.
  {text: 'The treaty settled a wartime fact–any ship entering the strait was seized.', findings: [{line: 1, column: 34, actual: '–', fix: ' – '}]},
  {text: 'It was a costly victory–the army lost a third of its tanks.', findings: [{line: 1, column: 24, actual: '–', fix: ' – '}]}
].map((c) => ({...c, findings: c.findings.map(({fix, ...f}) => (fix === undefined ? f : {...f, fix}))}))

/** Worth a look, information: runs of spaces (two are fixed unattended), a spaced slash. */
const look: RuleCase[] = [
  {text: 'The firm takes pride  in its work.', findings: [{line: 1, column: 21, actual: '  ', fix: ' '}]},
  {text: 'It collapsed.  An inquiry followed.', findings: [{line: 1, column: 14, actual: '  ', fix: ' '}]},
  {text: 'Santo Domingo, DR     For years taxes rose.', findings: [{line: 1, column: 18, actual: '     ', fix: ' '}]},
  {text: 'Rain and / or snow will fall.', findings: [{line: 1, column: 9, actual: ' / ', fix: '/'}]},
  // A quotation of four words or more closed with no punctuation before its attribution or the next sentence.
  {text: '“This has to be settled inside the party” he said on Monday.', findings: [{line: 1, column: 41, actual: '”', fix: ',”'}]},
  {text: '"We expect a long and hard winter" said the farmers\' union.', findings: [{line: 1, column: 34, actual: '"', fix: ',"'}]},
  {text: 'She wants a debate on “the great questions of our time” This was her message.', findings: [{line: 1, column: 55, actual: '”', fix: '.”'}]},
  // The ellipsis character closed up between words, or between a quotation and the next one.
  {text: 'He said these are “our own children…who took to the streets”.', findings: [{line: 1, column: 36, actual: '…', fix: ' … '}]},
  {text: 'The headline read “The band has landed”…’Stars’ on the carpet.', findings: [{line: 1, column: 40, actual: '…', fix: ' … '}]}
]

/** A "?" after a finished sentence: a lost closing quote, two candidates, never fixed unattended. */
const lostQuote: RuleCase[] = [
  {text: '“We must stay humble.? the minister said.', findings: [{line: 1, column: 21, actual: '.?', fix: '.”'}]},
  {text: 'We must stay humble.? the minister said.', findings: [{line: 1, column: 20, actual: '.?', fix: '.'}]}
]

const silent: RuleCase[] = [
  // A bracket still open, or an ellipsis, before the spaced closing bracket.
  'He left (as he said. ) Then: wait... ) The list (a. b. ) ended.',
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
  'The #MeToo movement and @reuters said it.',
  // Suspended hyphens, compounds after abbreviations, negative numbers, emoticons.
  'Small- and medium-sized firms, six- to eight-year-olds and pre- and post-war housing.',
  'The U.S.-Canadian pact and the Dr.-Ing. title; US-China trade and the UK-Dutch group.',
  'The score was 1-6, 4-6; a -5 degree night; rates of -0.5%.',
  'Smile :-) or :- ( and wink ;-) said the post.',
  // Dashes done right, closed up or spaced on both sides; ranges.
  'Paris–London trains and the 1990–2000 decade; the word—word style and the word – word style.',
  // Colons in names, ratios and times; underscores in handles and names.
  'CSI:NY aired; re:Invent opened; the ratio was 3:1 at 10:30.',
  'The @A_List account and snake_case names.',
  // Apostrophes in names, elisions and decades; titles ending in "!" or "?" before a comma.
  "Rock 'n' roll and O'Neill; the '90s; Spain's and Jones' houses.",
  '“Stand up for Hungary!”, which began in May, and “Why?”, he asked.',
  // Short quotations (titles, nicknames, scare quotes) before an attribution or a name; a quotation punctuated inside.
  'The "Iron Lady" said no. The film “Local Hero” The Times praised ran for weeks.',
  '“We will stay,” he said. “This is our home.” She agreed.',
  // Ellipses spaced, closed up as three full stops (a house style), or after a single letter; dashes in compounds and ranges.
  'He paused … then left. The crisis...only deepened. She wrote “J… is back”.',
  'The north–south axis, the mother–daughter bond, the Paris–the Hague link, and pages 10–12.',
  // Quote marks done right, nested and headlines.
  '“They lost the ‘final battle’, as the papers called it,” he said.\n“We are entrenched at home”\nResidents stayed.'
].map((text) => ({text, findings: []}))

describe(ID, () => {
  it.each([...fixed, ...lostQuote, ...likely, ...look, ...silent])('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it.each(likely)('warns, with no unattended fix when it cannot tell dash from hyphen: $text', async (c) => {
    const found = await runRule(ID, c.text)
    expect(found.every((m) => m.fatal === false)).toBe(true)
    for (const m of found) if ((m.expected?.length ?? 0) !== 1) expect(m.fix).toBeUndefined()
  })

  it('leaves runs of spaces alone in Markdown and HTML, where they collapse when shown', async () => {
    expect(await findingsOf(ID, {text: 'The firm takes pride  in its work.  It grew.\n', path: 'story.md'})).toEqual([])
    expect(await findingsOf(ID, {text: '<p>The firm takes pride  in its work.  It grew.</p>\n', path: 'story.html'})).toEqual([])
  })

  it.each(look)('reports for information: $text', async (c) => {
    const found = await runRule(ID, c.text)
    expect(found.every((m) => m.fatal === undefined)).toBe(true)
  })

  it.each(fixed)('reports errors with one candidate, applied by --fix: $text', async (c) => {
    const found = await runRule(ID, c.text)
    found.forEach((m, k) => {
      const fix = c.findings[k].fix
      expect(m).toMatchObject({ruleId: ID, expected: [fix], fatal: true})
      expect(m.fix?.text).toBe(fix)
    })
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
