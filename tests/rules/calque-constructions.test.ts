/**
 * calque: the source-language formulas of data/calque-constructions.ts and
 * "this" + a weekday with no verb to tell the time (weak).  Every case lists
 * the rule's complete findings on its text (the shared case shape of
 * tests/helpers.ts); the sentences are ours.
 */
import {describe, expect, it} from 'vitest'
import {findingsOf, type RuleCase} from '../helpers.js'

const ID = 'calque'
/** A strong calque: the document evidence weak entries need. */
const STRONG = 'The minister assured that the talks would resume.\n'
const strongFinding = {line: 1, column: 14, actual: 'assured that', fix: 'said'}

async function expectCase(c: RuleCase): Promise<void> {
  expect(await findingsOf(ID, c)).toEqual(c.findings)
}

const notOk: RuleCase[] = [
  // French institutions, weather and emergency services.
  {text: 'The prime minister engaged the responsibility of her cabinet on the bill.', findings: [{line: 1, column: 20, actual: 'engaged the responsibility', fix: 'staked the survival'}]},
  {text: 'Six regions were placed on orange vigilance for storms.', findings: [{line: 1, column: 28, actual: 'orange vigilance', fix: 'orange alert'}]},
  {text: 'A firefighter was taken to hospital in absolute emergency after the blaze.', findings: [{line: 1, column: 40, actual: 'absolute emergency', fix: 'critical condition'}]},
  {text: 'The neighbours were taken in charge by a medical team.', findings: [{line: 1, column: 21, actual: 'taken in charge', fix: 'cared for'}]},
  {text: 'Gusts will hit the Atlantic facade overnight.', findings: [{line: 1, column: 29, actual: 'facade', fix: 'coast'}]},
  {text: 'Skies stay grey in the northwest quarter until noon.', findings: [{line: 1, column: 34, actual: 'quarter', fix: 'part of the country'}]},
  {text: 'The unions called a new day of strike for Thursday.', findings: [{line: 1, column: 25, actual: 'day of strike', fix: 'strike day'}]},
  // Italian.
  {text: 'The bulletin lists several criticalities in the hills.', findings: [{line: 1, column: 28, actual: 'criticalities', fix: 'problems'}]},
  {text: 'The requalification of the old barracks starts in May.', findings: [{line: 1, column: 5, actual: 'requalification', fix: 'redevelopment'}]},
  {text: 'According to the PD exponent, the vote was close.', findings: [{line: 1, column: 21, actual: 'exponent', fix: 'politician'}]},
  {text: 'The first citizen cut the ribbon at the new school.', findings: [{line: 1, column: 5, actual: 'first citizen', fix: 'mayor'}]},
  // Spanish.
  {text: 'Congress extended the exception regime for another month.', findings: [{line: 1, column: 23, actual: 'exception regime', fix: 'state of emergency'}]},
  {text: 'Volunteers run common pots in the poorest districts.', findings: [{line: 1, column: 16, actual: 'common pots', fix: 'community kitchens'}]},
  {text: 'Doctors from different latitudes joined the brigade.', findings: [{line: 1, column: 9, actual: 'from different latitudes', fix: 'from around the world'}]},
  {text: 'A march starring by students crossed the city.', findings: [{line: 1, column: 9, actual: 'starring by', fix: 'led by'}]},
  {text: 'The two leaders sustained a conversation on trade.', findings: [{line: 1, column: 17, actual: 'sustained', fix: 'held'}]},
  {text: 'Fighting broke out in the limits of the two provinces.', findings: [{line: 1, column: 20, actual: 'in the limits of', fix: 'on the border of'}]},
  {text: 'The country has at the present more than 900 clinics.', findings: [{line: 1, column: 17, actual: 'at the present', fix: 'at present'}]},
  {text: 'The forum, which took place in this capital, closed on Friday.', findings: [{line: 1, column: 29, actual: 'in this capital', fix: 'in the capital'}]},
  {text: 'Feijóo spoke in Galicia. The popular leader attacked the government.', findings: [{line: 1, column: 26, actual: 'The popular', fix: 'The PP'}]},
  // Russian, Ukrainian, Kazakh official English.
  {text: 'Recall that the bridge was closed in March.', findings: [{line: 1, column: 1, actual: 'Recall that', fix: 'Earlier,'}]},
  {text: 'We remind you that the border stays closed.', findings: [{line: 1, column: 1, actual: 'We remind you that', fix: 'Earlier,'}]},
  {text: 'The governor held a reception for citizens on Tuesday.', findings: [{line: 1, column: 14, actual: 'held a reception for citizens', fix: 'met members of the public'}]},
  {text: 'The district lacks engineering communications.', findings: [{line: 1, column: 20, actual: 'engineering communications', fix: 'utility networks'}]},
  {text: 'Sponsors paid for the design and estimate documentation.', findings: [{line: 1, column: 23, actual: 'design and estimate documentation', fix: 'design documents'}]},
  {text: 'Exports reached 90 billion, 3.1 times more against 2020.', findings: [{line: 1, column: 39, actual: 'more against', fix: 'more than'}]},
  {text: 'Output grew 6 percent, more against the previous year than planned.', findings: [{line: 1, column: 24, actual: 'more against', fix: 'more than'}]},
  {text: 'The mayor posted the video on his telegram channel.', findings: [{line: 1, column: 35, actual: 'telegram channel', fix: 'Telegram channel'}]},
  // Party, age, statements.
  {text: 'The party met in Madrid, and the formation chose a new leader.', findings: [{line: 1, column: 34, actual: 'formation', fix: 'party'}]},
  {text: 'Five political formations signed the pact.', findings: [{line: 1, column: 16, actual: 'formations', fix: 'parties'}]},
  {text: 'The prime minister declared a statement on the floods.', findings: [{line: 1, column: 20, actual: 'declared', fix: 'issued'}]},
  // Verbs and complements carried over; dates.
  {text: 'The senators want that the minister explains the plan.', findings: [{line: 1, column: 14, actual: 'want that', fix: 'want'}]},
  {text: 'We would like to inform that the office is closed.', findings: [{line: 1, column: 18, actual: 'inform that', fix: 'say that'}]},
  {text: 'The delegation visited and worked with the academy.', findings: [{line: 1, column: 16, actual: 'visited and worked', fix: 'visited'}]},
  {text: 'The minister praised the figure of President Lopes.', findings: [{line: 1, column: 22, actual: 'the figure of', fix: ''}]},
  {text: 'The party should work for the country as an entirety.', findings: [{line: 1, column: 42, actual: 'an entirety', fix: 'a whole'}]},
  {text: 'Prosecutors linked him to the defeated coup of 2016.', findings: [{line: 1, column: 31, actual: 'defeated', fix: 'failed'}]},
  {text: 'The centre links all the power structures of the country.', findings: [{line: 1, column: 26, actual: 'power structures', fix: 'security agencies'}]},
  {text: 'There is reserved information about the deal.', findings: [{line: 1, column: 10, actual: 'reserved information', fix: 'confidential information'}]},
  {text: 'By noon the participation level was 42 percent.', findings: [{line: 1, column: 9, actual: 'the participation level', fix: 'turnout'}]},
  {text: 'The perturbation will bring rain to the north.', findings: [{line: 1, column: 5, actual: 'perturbation', fix: 'weather system'}]},
  {text: 'Météo-France said this vigilance would last until Monday.', findings: [{line: 1, column: 24, actual: 'vigilance', fix: 'alert'}]},
  {text: 'Last week the portal Folha published the figures.', findings: [{line: 1, column: 15, actual: 'portal', fix: 'news site'}]},
  {text: 'He wrote on his Twitter network account that he would resign.', findings: [{line: 1, column: 25, actual: 'network account', fix: 'account'}]},
  {text: 'The mayor declared a day off next Monday, 20, to slow the virus.', findings: [{line: 1, column: 35, actual: 'Monday, 20', fix: 'Monday'}]},
  {text: 'The vote is set for Monday 20 of April.', findings: [{line: 1, column: 21, actual: 'Monday 20 of April', fix: 'Monday, April 20'}]},
  // Grammar words carried over.
  {text: 'Wards are full despite of the new beds.', findings: [{line: 1, column: 16, actual: 'despite of', fix: 'despite'}]},
  {text: 'Gusts reached between 90 to 110 km/h on the coast.', findings: [{line: 1, column: 26, actual: 'to', fix: 'and'}]},
  {text: 'Our duty is to listen the unions, she said.', findings: [{line: 1, column: 16, actual: 'listen', fix: 'listen to'}]},
  {text: 'Two houses were hit. The extent of the damage is specified.', findings: [{line: 1, column: 50, actual: 'specified', fix: 'being clarified'}]},
  {text: 'The statement stated that the troops had left.', findings: [{line: 1, column: 5, actual: 'statement stated', fix: 'statement said'}]},
  {text: 'Police gave no informations about the unrests.', findings: [{line: 1, column: 16, actual: 'informations', fix: 'information'}, {line: 1, column: 39, actual: 'unrests', fix: 'unrest'}]},
  {text: 'Police put the initial damages at 130,000 euros.', findings: [{line: 1, column: 24, actual: 'damages', fix: 'damage'}]},
  {text: 'He urged both camps to bury their hatchet and talk.', findings: [{line: 1, column: 29, actual: 'their hatchet', fix: 'the hatchet'}]},
  {text: 'Prime Minister Viktor Orban told that the vote was fair.', findings: [{line: 1, column: 29, actual: 'told that', fix: 'said'}]},
  // Attribution after a quotation whose comma was lost; "expressed himself".
  {text: '“We will win” analyzed the journalist.', findings: [{line: 1, column: 15, actual: 'analyzed', fix: 'said'}]},
  {text: '“We will win,” he expressed himself.', findings: [{line: 1, column: 19, actual: 'expressed himself', fix: 'said'}]},
  {text: 'In Havana, the guerrilla agreed to free all hostages.', findings: [{line: 1, column: 16, actual: 'guerrilla', fix: 'guerrilla group'}]},
  {text: 'The talks with the last guerrilla in arms resume on Monday.', findings: [{line: 1, column: 25, actual: 'guerrilla', fix: 'guerrilla group'}]},
  // Spanish idioms and verbs.
  {text: 'The president should not confront with Congress, she said.', findings: [{line: 1, column: 26, actual: 'confront with', fix: 'confront'}]},
  {text: 'Critics called the early vote a flight forward.', findings: [{line: 1, column: 33, actual: 'flight forward', fix: 'desperate gamble'}]},
  {text: 'The party performed a celebration in the square.', findings: [{line: 1, column: 11, actual: 'performed', fix: 'held'}]},
  {text: 'Inside the chamber a special session was performed.', findings: [{line: 1, column: 38, actual: 'was performed', fix: 'was held'}]},
  {text: 'The crowd sang the anthological songs of the band.', findings: [{line: 1, column: 20, actual: 'anthological', fix: 'classic'}]},
  {text: 'The revolt was crushed with blood and fire.', findings: [{line: 1, column: 29, actual: 'blood and fire', fix: 'fire and sword'}]},
  {text: 'He put both clubs in the same bag.', findings: [{line: 1, column: 19, actual: 'in the same bag', fix: 'together'}]},
  {text: 'After the match, the coach said the league is adulterated.', findings: [{line: 1, column: 47, actual: 'adulterated', fix: 'tainted'}]},
  {text: 'The next step, he has assured, is the election.', findings: [{line: 1, column: 19, actual: 'has assured', fix: 'said'}]},
  // Italian, French, German and Portuguese formulas.
  {text: 'Three senators changed their shirts before the party vote.', findings: [{line: 1, column: 16, actual: 'changed their shirts', fix: 'switch sides'}]},
  {text: 'The cuts were made on the skin of pensioners.', findings: [{line: 1, column: 20, actual: 'on the skin of', fix: 'at the expense of'}]},
  {text: 'She shaped the European construction for decades.', findings: [{line: 1, column: 16, actual: 'European construction', fix: 'European integration'}]},
  {text: 'Mayors worry about the times of realization of the works.', findings: [{line: 1, column: 24, actual: 'times of realization', fix: 'deadlines for'}]},
  {text: 'The plan needs a qualitative leap.', findings: [{line: 1, column: 18, actual: 'qualitative leap', fix: 'step change'}]},
  {text: 'Police said further details were not available at first.', findings: [{line: 1, column: 48, actual: 'at first', fix: 'immediately'}]},
  {text: 'The Parliamentary Managing Director of the group spoke.', findings: [{line: 1, column: 5, actual: 'Parliamentary Managing Director', fix: 'Chief Whip'}]},
  {text: 'If the chancellor does not ask the vote of confidence, talks go on.', findings: [{line: 1, column: 28, actual: 'ask the vote of confidence', fix: 'call a confidence vote'}]},
  {text: 'The coach praised the goal and the match, the best poster of the week.', findings: [{line: 1, column: 52, actual: 'poster', fix: 'fixture'}]},
  {text: 'Their offensive animation impressed the coach.', findings: [{line: 1, column: 7, actual: 'offensive animation', fix: 'attacking play'}]},
  {text: 'Before the match, the coach said many teams have broken their teeth there.', findings: [{line: 1, column: 50, actual: 'broken their teeth', fix: 'come unstuck'}]},
  {text: 'The two mayors met for the change in delivery between them.', findings: [{line: 1, column: 28, actual: 'change in delivery', fix: 'handover'}]},
  {text: 'The anthem was sung in loop by the crowd.', findings: [{line: 1, column: 24, actual: 'loop', fix: 'a loop'}]},
  {text: 'She said the modest French pay the price.', findings: [{line: 1, column: 14, actual: 'modest French', fix: 'ordinary French'}]},
  {text: 'The agency decided to branch out a red alert.', findings: [{line: 1, column: 23, actual: 'branch out', fix: 'issue'}]},
  {text: 'The match between the two first placed ended level.', findings: [{line: 1, column: 27, actual: 'first placed', fix: 'leaders'}]},
  {text: 'The governor decreed an optional point for Monday.', findings: [{line: 1, column: 25, actual: 'optional point', fix: 'optional day off'}]},
  // Latin American legislatures.
  {text: 'In Congress, three benches backed the motion.', findings: [{line: 1, column: 20, actual: 'benches', fix: 'caucuses'}]},
  {text: 'The bill goes to the economic commissions of the Senate.', findings: [{line: 1, column: 31, actual: 'commissions', fix: 'committees'}]},
  // German.
  {text: 'Scholz said the traffic light would survive the budget row.', findings: [{line: 1, column: 13, actual: 'the traffic light', fix: 'the traffic-light coalition'}]}
]

/** Good English that looks like those formulas: silent. */
const ok: string[] = [
  'The European Parliament rejected a motion of censure against the commission.',
  'Inflation is higher at the present rate of growth, and at the present time nobody knows.',
  'Tens of thousands marched in the capital.',
  'She was quick to recall that the bridge had been closed.',
  'Officials engaged the services of a lawyer.',
  'A red alert was issued, and drivers stopped at the traffic light.',
  'The sculpture is inanimate, and the rock formation is old.',
  'Cars must stop at a traffic light in Berlin.',
  'The company said the new capital requirements start in May.',
  'He is a leading exponent of free trade.',
  'She was the first citizen to vote, said the First Citizen award jury.',
  'Five days of strikes hit the railways in March.',
  'The actor starring in the film was born in Lima.',
  'An official representative of the union attended.',
  'The army sustained heavy losses.',
  'Hospital staff said the victims were in critical condition.',
  'Jets flew in tight formation over the parade, and the formation of a new party took weeks.',
  'He declared that the statement was false.',
  'Analysts expect that it will continue, and unions demand that the plan be dropped.',
  'I want that car, he said.',
  'The figure of 300 was revised, and the figure of speech puzzled him.',
  'The rain fell as the front moved east, the portal of the church stayed shut.',
  'The participation rate of women rose.',
  'The summit is on Monday, 20 April, in Rome.',
  'Leaders meet on Monday 20 March.',
  'Prices rose between 2 and 3 percent, from 90 to 110 in a year.',
  'Listen to the unions, and listen here.',
  'Doses are given as specified, unless otherwise specified.',
  'The statement he made was clear.',
  'Police gave no information about the unrest or the equipment.',
  'In Congress, the opposition benches were empty, and park benches were painted.',
  'Three benches were painted, and the economic commission met in Brussels.',
  'The court awarded damages, and he was told that the case was closed.',
  'Soldiers were ordered to leave, and Malcolm X spoke.',
  'He read “The Plague” closed to visitors, and he expressed himself clearly.',
  'The last guerrilla group signed, and the guerrilla war ended.',
  'She was confronted with the evidence; the flight was delayed; milk was adulterated.',
  'The band performed a song at the celebration.',
  'At first, police said the details were not available.',
  'Players change their shirts at half time, and the poster of the film was on the wall.',
  'The managing director of the bank and a top candidate for the job spoke.',
  'The talks will branch out into trade.'
]

/** Weak entries: silent alone, counted next to a strong calque in the same story. */
const weak: Array<[string, RuleCase]> = [
  ['motion of censure', {text: STRONG + 'The left filed a motion of censure on Monday.', findings: [strongFinding, {line: 2, column: 18, actual: 'motion of censure', fix: 'no-confidence motion'}]}],
  ['the hemicycle', {text: STRONG + 'Boos filled the hemicycle during the vote.', findings: [strongFinding, {line: 2, column: 13, actual: 'the hemicycle', fix: 'the chamber'}]}],
  ['official representative', {text: STRONG + 'The official representative of the ministry spoke.', findings: [strongFinding, {line: 2, column: 5, actual: 'official representative of', fix: 'spokesperson for'}]}],
  ['tens of', {text: STRONG + 'The strikes hit tens of tanks.', findings: [strongFinding, {line: 2, column: 17, actual: 'tens of', fix: 'dozens of'}]}],
  ['caused a massive blow', {text: STRONG + 'The troops caused a massive blow to the town.', findings: [strongFinding, {line: 2, column: 12, actual: 'caused', fix: 'launched'}]}],
  ['it has become known that', {text: STRONG + 'It has become known that the plant will close.', findings: [strongFinding, {line: 2, column: 8, actual: 'become known', fix: 'emerged'}]}],
  ['the need of a', {text: STRONG + 'He stressed the need of a new vote.', findings: [strongFinding, {line: 2, column: 17, actual: 'need of', fix: 'need for'}]}],
  ['increased two times', {text: STRONG + 'The budget increased two times in a decade.', findings: [strongFinding, {line: 2, column: 12, actual: 'increased two times', fix: 'doubled'}]}],
  ['mass sport', {text: STRONG + 'The city will fund mass sport in schools.', findings: [strongFinding, {line: 2, column: 20, actual: 'mass sport', fix: 'grassroots sport'}]}],
  ['an end of', {text: STRONG + 'They want an end of conflicts in the south.', findings: [strongFinding, {line: 2, column: 11, actual: 'an end of', fix: 'an end to'}]}],
  ['tasked to', {text: STRONG + 'The president tasked to ensure the supply of gas.', findings: [strongFinding, {line: 2, column: 15, actual: 'tasked to', fix: 'ordered officials to'}]}],
  ['Besides, opening a sentence', {text: STRONG + 'Besides, two bridges were repaired.', findings: [strongFinding, {line: 2, column: 1, actual: 'Besides', fix: 'In addition'}]}],
  ['Noteworthy, opening a sentence', {text: STRONG + 'Noteworthy, exports rose.', findings: [strongFinding, {line: 2, column: 1, actual: 'Noteworthy', fix: 'Notably'}]}],
  ['forced passage', {text: STRONG + 'The left called it a forced passage.', findings: [strongFinding, {line: 2, column: 22, actual: 'forced passage', fix: 'steamrollering'}]}],
  ['assuring that', {text: STRONG + 'He backed the plan, assuring that it was fair.', findings: [strongFinding, {line: 2, column: 21, actual: 'assuring that', fix: 'saying that'}]}],
  ['people martyred', {text: STRONG + 'The attack left 12 people martyred.', findings: [strongFinding, {line: 2, column: 27, actual: 'martyred', fix: 'killed'}]}],
  ['her social networks', {text: STRONG + 'She posted the video on her social networks.', findings: [strongFinding, {line: 2, column: 29, actual: 'social networks', fix: 'social media accounts'}]}],
  ['repair works', {text: STRONG + 'Repair works are under way at the airport.', findings: [strongFinding, {line: 2, column: 1, actual: 'Repair works', fix: 'Repair work'}]}],
  [
    'this + weekday, no verb near it',
    {text: STRONG + 'This Wednesday, at the bank on the main square of the old town, only two tellers were working.', findings: [strongFinding, {line: 2, column: 1, actual: 'This Wednesday', fix: 'On Wednesday'}]}
  ]
]

describe('calque: source-language constructions (data/calque-constructions.ts)', () => {
  it.each(notOk)('$text', expectCase)
  it.each(ok)('leaves %s alone', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })
  it.each(weak)('weak: %s counts next to a strong calque', async (_name, c) => expectCase(c))
  it.each(weak)('weak: %s alone is silent', async (_name, c) => {
    expect(await findingsOf(ID, {text: c.text.slice(STRONG.length)})).toEqual([])
  })
  it('needs the story to name the coalition for “the traffic light”', async () => {
    expect(await findingsOf(ID, {text: 'Drivers said the traffic light was broken.'})).toEqual([])
  })
  it('needs the story to name the PP for “the popular leader”', async () => {
    expect(await findingsOf(ID, {text: 'The popular leader of the band signed autographs.'})).toEqual([])
  })
})
