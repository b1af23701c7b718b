/**
 * false-friend: source-language look-alikes with another meaning.  Every case
 * lists the rule's complete findings (tests/helpers.ts shape).
 */
import {describe, expect, it} from 'vitest'
import falseFriend, {inflectLike} from '../../plugins/false-friend.js'
import {createChecker} from '../../pipeline/core/checker.js'
import type {UserConfig} from '../../pipeline/core/config.js'
import {RULES} from '../../pipeline/core/rules.js'
import {findingsOf, runAlone, runRule, type RuleCase} from '../helpers.js'

const ID = 'false-friend'

describe('false-friend', () => {
  // Strong entries: the context rules the English sense out.
  const strong: RuleCase[] = [
    {text: 'The president assisted the ceremony in the capital.', findings: [{line: 1, column: 15, actual: 'assisted', fix: 'attended'}]},
    {text: 'Officials called it a sensible issue for both countries.', findings: [{line: 1, column: 23, actual: 'sensible', fix: 'sensitive'}]},
    {text: 'The minister ratified his commitment to the reform.', findings: [{line: 1, column: 14, actual: 'ratified', fix: 'reaffirmed'}]},
    {text: 'The institute will realize a study of the river.', findings: [{line: 1, column: 20, actual: 'realize', fix: 'carry out'}]},
    {text: 'The storm left a balance of 12 dead in the region.', findings: [{line: 1, column: 18, actual: 'balance of', fix: 'toll of'}]},
    {text: 'Thousands joined a manifestation against the reform.', findings: [{line: 1, column: 20, actual: 'manifestation', fix: 'demonstration'}]},
    {text: 'The defeat was a great deception for the fans.', findings: [{line: 1, column: 24, actual: 'deception', fix: 'disappointment'}]},
    {text: 'The court qualified the attack as a war crime.', findings: [{line: 1, column: 11, actual: 'qualified', fix: 'described'}]},
    {text: 'Yesterday’s sentence of the Constitutional Court annulled the law.', findings: [{line: 1, column: 13, actual: 'sentence', fix: 'ruling'}]},
    {text: 'The assessor for the budget resigned.', findings: [{line: 1, column: 5, actual: 'assessor', fix: 'councillor'}]},
    {text: 'The foreign minister met his Ecuadorian colleague in Lima.', findings: [{line: 1, column: 41, actual: 'colleague', fix: 'counterpart'}]},
    // Issue 17: Indonesian "kondusif", Italian "puntualmente", Romance "inanimé/inanimado".
    {text: 'The police chief said the city is conducive.', findings: [{line: 1, column: 35, actual: 'conducive', fix: 'calm'}]},
    {text: 'Rain will be punctually heavy in the south.', findings: [{line: 1, column: 14, actual: 'punctually', fix: 'locally'}]},
    {text: 'The boy was found inanimate in the house.', findings: [{line: 1, column: 19, actual: 'inanimate', fix: 'unresponsive'}]},
    {text: 'Fans saw a depressive scene after the final whistle.', findings: [{line: 1, column: 12, actual: 'depressive', fix: 'depressing'}]},
    {text: 'Gualtieri was announced mayor of Rome, and the council announced mayor of the year.', findings: [{line: 1, column: 56, actual: 'announced', fix: 'proclaimed'}]}
  ]

  it.each(strong)('reports: $text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    expect((await runRule(ID, c.text)).map((m) => [m.fatal, m.fix])).toEqual(c.findings.map(() => [undefined, undefined]))
  })

  // Issue 17: weak entries of the Polish, French and Portuguese sources, with the story's guess.
  it.each<[string, RuleCase]>([
    ['pl', {text: 'WARSAW (PAP) — Ministers discussed a bill realizing the Prime Minister’s announcement.', findings: [{line: 1, column: 43, actual: 'realizing', fix: 'implementing'}]}],
    ['fr', {text: 'In Paris, Marseille and Lyon, Élisabeth Borne judged that the reform was needed.', findings: [{line: 1, column: 47, actual: 'judged', fix: 'said'}]}],
    ['pt', {text: 'In São Paulo and Brasília, Lula pondered that the crops were late.', findings: [{line: 1, column: 33, actual: 'pondered', fix: 'argued'}]}],
    ['it (condition)', {text: 'ROME (ANSA) — Delays in Milan could condition the schedule.', findings: [{line: 1, column: 37, actual: 'condition', fix: 'affect'}]}],
    ['it (confrontation)', {text: 'ROME (ANSA) — In Milan the confrontation with the government went well.', findings: [{line: 1, column: 28, actual: 'confrontation', fix: 'dialogue'}]}],
    ['fr (overflows)', {text: 'In Paris, Marseille and Lyon, police saw several overflows at the march.', findings: [{line: 1, column: 50, actual: 'overflows', fix: 'disturbances'}]}],
    ['fr (estimated)', {text: 'In Paris, Marseille and Lyon, the mayor estimated that the curfew was useless.', findings: [{line: 1, column: 41, actual: 'estimated', fix: 'considered'}]}],
    ['fr (judged alone)', {text: 'In Paris, Marseille and Lyon, Élisabeth Borne also judged, on Monday, that the reform was needed.', findings: [{line: 1, column: 52, actual: 'judged', fix: 'said'}]}],
    ['pt (posture)', {text: 'In São Paulo and Brasília, the fans praised the posture of the coach.', findings: [{line: 1, column: 49, actual: 'posture', fix: 'stance'}]}],
    ['it (continuous)', {text: 'ROME (ANSA) — In Milan the striker said he had worked to be more continuous and calm.', findings: [{line: 1, column: 66, actual: 'continuous', fix: 'consistent'}]}],
    ['fr (formation)', {text: 'In Paris, Marseille and Lyon, the coach said it is a formation that offers a lot.', findings: [{line: 1, column: 54, actual: 'formation', fix: 'team'}]}],
    ['it (determine)', {text: 'ROME (ANSA) — In Milan the storms could determine serious damage.', findings: [{line: 1, column: 41, actual: 'determine', fix: 'cause'}]}],
    ['de (slowly)', {text: 'BERLIN (dpa) — In München and Köln, the search for a coach is slowly embarrassing for the club.', findings: [{line: 1, column: 63, actual: 'slowly', fix: 'increasingly'}]}]
  ])('reports a weak %s entry with the guess', async (_lang, c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })
  it.each([
    'Ministers discussed a bill realizing the Prime Minister’s announcement.',
    'The panel judged that the entry was the best.',
    'The farmers pondered that the crops were late.',
    'Delays could condition the schedule.',
    'The confrontation with the government went on for days.',
    'The mayor estimated that the curfew was useless.',
    'The fans praised the posture of the coach.',
    'The search for a coach is slowly embarrassing for the club.',
    'It is a formation that offers a lot.',
    'The storms could determine serious damage.'
  ])('leaves a weak entry alone without the guess: %s', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })

  // Weak entries need the story's source-language guess.
  it('reports a weak entry only when the story looks translated from one of its languages', async () => {
    const spanish = 'Peña said the Mexican chancellor spoke in Madrid. The chancellor met the press in Mexico.'
    expect(await findingsOf(ID, {text: spanish})).toEqual([
      {line: 1, column: 23, actual: 'chancellor', fix: 'foreign minister'},
      {line: 1, column: 55, actual: 'chancellor', fix: 'foreign minister'}
    ])
    expect(await findingsOf(ID, {text: 'The chancellor met the press on Monday.'})).toEqual([])
    // Germany named: the English sense is likely.
    expect(await findingsOf(ID, {text: 'Peña met the chancellor in Madrid, and Germany agreed.'})).toEqual([])
  })

  const ok: string[] = [
    'The nurse assisted the surgeon during the operation.',
    'It was a sensible decision, and the vote was a sensible compromise.',
    'The Senate ratified the treaty on Monday.',
    'German Chancellor Olaf Scholz met the French president in Berlin.',
    'She actually is the best candidate, the coach said.',
    'The protest was a manifestation of anger.',
    'He qualified for the final.',
    'He received a sentence of ten years.',
    'The climate is conducive to talks, and a conducive setting for them.',
    'The train arrived punctually at noon.',
    'Stones and other inanimate objects lay on the road.',
    'WARSAW (PAP) — Officials are realizing the scale of the damage.',
    // Numbers after "estimated that"; "judged" passive; "depressive" of the illness; an exposé of a scandal.
    'In Paris, Marseille and Lyon, officials estimated that 300 people were hurt.',
    'In Paris, Marseille and Lyon, the entries were judged.',
    'Doctors described a depressive episode in the patient.',
    'The reporter published an exposé of the ministry.',
    'In Paris, Marseille and Lyon, the team kept a 4-4-2 formation, a formation of two lines.',
    'ROME (ANSA) — In Milan the tests could determine whether the storms caused the damage.',
    'The party announced Mayor Ana Prieto as its candidate.',
    ''
  ]

  it.each(ok)('leaves %j alone', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })

  it('inflects the candidate like the flagged verb', () => {
    expect(inflectLike('assisted', 'attend')).toBe('attended')
    expect(inflectLike('realizing', 'carry out')).toBe('carrying out')
    expect(inflectLike('realizes', 'carry out')).toBe('carries out')
    expect(inflectLike('realized', 'carry out')).toBe('carried out')
    expect(inflectLike('attended', 'deal with')).toBe('dealt with')
  })

  it('records the source-language guess with its evidence in file.data (API and JSON report)', async () => {
    const rules: NonNullable<UserConfig['rules']> = {}
    for (const r of RULES) rules[r.meta.id] = r.meta.id === ID ? 'info' : 'off'
    const file = await createChecker({rules}).check('Peña Nieto spoke in Mexico City; Mexican officials and Colombian envoys agreed.', {path: 'a.txt'})
    const guess = (file.data as {wirelint?: {sourceLanguage?: {lang: string; confidence: number; evidence: string[]}}}).wirelint?.sourceLanguage
    expect(guess?.lang).toBe('es')
    expect(guess?.confidence).toBeGreaterThan(0.5)
    expect(guess?.evidence.some((e) => e.startsWith('“ñ”'))).toBe(true)
    const plain = await createChecker({rules}).check('The council met on Monday and voted.', {path: 'b.txt'})
    expect((plain.data as {wirelint?: {sourceLanguage?: {lang: string}}}).wirelint?.sourceLanguage?.lang).toBe('unknown')
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(falseFriend, 'The president assisted the ceremony.')
    expect(found.map((m) => [m.ruleId, m.actual, m.expected?.[0]])).toEqual([['false-friend', 'assisted', 'attended']])
  })
})
