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
  merged('The Great EdinburghInternational race starts today.', 1, 11, 'EdinburghInternational', ['Edinburgh International']),
  // One case, more evidence.
  merged('The mayor said the plan isclearly unfunded.', 1, 25, 'isclearly', ['is clearly']),
  merged('She made a reportedlyhostile remark.', 1, 12, 'reportedlyhostile', ['reportedly hostile']),
  merged('There were 4,000 casesaccording to the ministry.', 1, 18, 'casesaccording', ['cases according']),
  merged('He loves his villagehe said again.', 1, 14, 'villagehe', ['village he']),
  // A source-language preposition left glued to a long English word ("con" = with).
  merged('They will meet in an open spokespersoncon dialogue.', 1, 27, 'spokespersoncon', ['spokesperson con']),
  merged('They heard aeagle cry over the hills.', 1, 12, 'aeagle', ['an eagle']),
  merged('The show seriespresented by the mayor ended.', 1, 10, 'seriespresented', ['series presented']),
  merged('Rovigo won again. Rovigowas clearly the better side.', 1, 19, 'Rovigowas', ['Rovigo was']),
  merged('The minister, Pablo Ferrandoexplained that the budget held.', 1, 21, 'Ferrandoexplained', ['Ferrando explained']),
  merged('The senator Luis Arbelaezof the Green Party spoke.', 1, 18, 'Arbelaezof', ['Arbelaez of']),
  merged('After Ortega’s term, the head of the board, Ana Ortegato call a vote, left.', 1, 49, 'Ortegato', ['Ortega to']),
  // Case boundaries.
  merged('It is a surprise but I believeIt can happen.', 1, 24, 'believeIt', ['believe. It', 'believe It']),
  merged('The session endedGMT 19:07 on Sunday.', 1, 13, 'endedGMT', ['ended GMT']),
  merged('Read MoreIn late June the rains came.', 1, 1, 'Read MoreIn', ['In', 'Read More In']),
  merged('Read MoreToledo, one of the first cities, voted.', 1, 1, 'Read MoreToledo', ['Toledo', 'Read More Toledo']),
  merged('AGNThe statue was removed on Monday.', 1, 1, 'AGNThe', ['AGN The']),
  merged('posted 2024-05-01 DAfter the vote the party split.', 1, 19, 'DAfter', ['After', 'D After']),
  merged('The talks in the CupMünchen are going badly.', 1, 18, 'CupMünchen', ['Cup München']),
  merged('Maria-KahloÁlvaro Obregón spoke on Monday, and Kahlo left.', 1, 7, 'KahloÁlvaro', ['Kahlo Álvaro']),
  merged('HomeNewsSpanish farmers protested on Monday.', 1, 1, 'HomeNewsSpanish', ['Spanish', 'Home News Spanish']),
  merged('The rebels met UKMinister Jane Roe on Monday.', 1, 16, 'UKMinister', ['UK Minister']),
  // Digit boundaries.
  merged('00:05in the face of the storm, they stayed.', 1, 1, '00:05in', ['in', '00:05 in']),
  merged('Storm hits the coast12:54 PM\nThe storm hit on Monday.', 1, 16, 'coast12:54', ['coast 12:54', 'coast']),
  merged('It all changed in 2019The vote came later.', 1, 19, '2019The', ['2019 The']),
  merged('They marked the birthday70 of the revolt.', 1, 17, 'birthday70', ['birthday 70']),
  merged('They met in2019 and again later.', 1, 10, 'in2019', ['in 2019']),
  merged('Madrid, March 3, 202114.25 The market opened.', 1, 18, '202114.25', ['2021, 14.25']),
  merged('Azar12th is a holiday in Iran.', 1, 1, 'Azar12th', ['Azar 12th']),
  merged('Radio 7xyz reports. The town needs a bigger7xyz studio.', 1, 38, 'bigger7xyz', ['bigger 7xyz'])
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
  'Snowcatfights are fun. Everyone loves Snowcatfights.',
  // Camel-case brands, surname prefixes and single-letter prefixes.
  'The iPhone, eBay, iOS and mRNA vaccines; McDonald, MacArthur, DiCaprio, LeBron, DeSantis and LaGuardia.',
  'McLaren, O’Neill, JPMorgan, BioNTech, QAnon, the AfD, a PhD, three CEOs and NGOs, easyJet and talkSPORT.',
  'LinkedIn, StreamNow, NovaBMX, ZetaTIA, IPTrade and QKPoll are brands, and so is microSYNTH.',
  // Codes, formulas, ordinals, units, times, house styles.
  'The A320neo, COVID-19, the G7, a 4x4, 3D films, CO2 and H2O, the 21st, 5km, 10mg, £5bn, 3pm and 12:40pm.',
  'At 10:30GMT, 9.45am and 14:00h, prices hit £1.50bn and £5million; per 365scores, the 1990s and Web3 are back.',
  // Hashtags, handles and URLs are syntax.
  'She posted #MeToo and #ReadMoreNow to @JaneRoe at https://example.com/newsToday today.',
  // Words that only look like joins.
  'He met 3 Uzbekistanis and two Pakistanis from Kazakhstan, in Jacinto district.',
  'She wrote her adress on the form.',
  // Real words and short words before a source-language preposition; no lower-case word after it.
  'The falcon, the bacon and the deacon met; a lexicon of the pentagon; the governmentpara.',
  // Names glued to other names are left alone: companies are written that way.
  'HarperCollins, ExxonMobil and ConocoPhillips reported results.'
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
    const found = await runRule(ID, 'Fans queued for ticketsand programmes.', {}, {rules: {'merged-words': 'warning'}})
    expect(found[0]?.fatal).toBe(false)
  })
})

describe(`${ID}: a source-language word glued on`, () => {
  it('reports it with the word to translate, never fixed unattended', async () => {
    const [m] = await runRule(ID, 'They will meet in an open spokespersoncon dialogue.')
    expect(m.reason).toContain('“con” a word of the source language left untranslated')
    expect(m.fix).toBeUndefined()
  })
})
