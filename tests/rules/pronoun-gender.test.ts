/**
 * pronoun-gender: a woman named in the story, then "he"/"his" for her.
 * Every case lists the rule's complete findings (tests/helpers.ts shape).
 */
import {describe, expect, it} from 'vitest'
import pronounGender from '../../plugins/pronoun-gender.js'
import {genderOf} from '../../plugins/support/given-names.js'
import {findingsOf, runAlone, runRule, type RuleCase} from '../helpers.js'

const ID = 'pronoun-gender'

describe('pronoun-gender', () => {
  const notOk: RuleCase[] = [
    // Her full name in the sentence before.
    {text: 'Foreign Minister Celinda Duarte opened the session on Monday. He stressed that the talks would go on.', findings: [{line: 1, column: 63, actual: 'He', fix: 'She'}]},
    // In the same sentence, a possessive.
    {text: 'Senator Giulia Marchetti voted against the bill, and his party followed.', findings: [{line: 1, column: 54, actual: 'his', fix: 'her'}]},
    // Once reported, the story's topic carries on to the next "He".
    {
      text: 'Minister Marta Villalobos spoke in Quito. He condemned the attack.\n\nHe added that the border stays open.',
      findings: [{line: 1, column: 43, actual: 'He', fix: 'She'}, {line: 3, column: 1, actual: 'He', fix: 'She'}]
    },
    // Accents folded: "María".
    {text: 'Opposition leader María Corina Ledesma spoke on Monday. He said the vote was stolen.', findings: [{line: 1, column: 57, actual: 'He', fix: 'She'}]},
    // Her surname alone in the sentence: the story gave it one given name, a woman's, and said "she" right after.
    {
      text: 'Opposition leader Lucía Ballester spoke to supporters on Sunday, and she promised to keep campaigning.\n\nAccording to Ballester, the count was flawed, and he said it must be repeated.',
      findings: [{line: 3, column: 51, actual: 'he', fix: 'she'}]
    },
    // '"…," he said' right after a sentence whose "He" was reported for her: she goes on speaking (a man named as an object between).
    {
      text: 'Minister Marta Villalobos spoke in Quito. He said that Pedro Castaño had lied.\n\n"We will not give in," he said.',
      findings: [{line: 1, column: 43, actual: 'He', fix: 'She'}, {line: 3, column: 24, actual: 'he', fix: 'she'}]
    },
    // A surname that is also a dictionary word ("Field") after a known given name.
    {text: 'Prime Minister Claudine Field will defend the budget of his government on Thursday.', findings: [{line: 1, column: 57, actual: 'his', fix: 'her'}]}
  ]

  it.each(notOk)('reports: $text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    expect((await runRule(ID, c.text)).map((m) => [m.fatal, m.fix])).toEqual(c.findings.map(() => [undefined, undefined]))
  })

  const ok: string[] = [
    // "She" already: nothing to say.
    'Foreign Minister Maria Lopes met the delegation. She said the talks would go on.',
    // A man named after her: "he" may be him.
    'Maria Lopes spoke after Pedro Alves. He said the talks would go on.',
    // Inside a quotation "he" is someone the speaker means.
    'Lopes quoted her husband: “he said he would come.”',
    // A man was the story's subject before she was named.
    'The coach said he was pleased. Maria Lopes, the club president, agreed. He added that the season was long.',
    // A name the lists disagree on (Andrea: female in English, male in Italian).
    'Andrea Rossi scored twice. He said the team deserved it.',
    // A family name first (Korean): Kim is no given name here.
    'Kim Min-seok won the race. He thanked his coach.',
    // "Mr", "husband", "-man" words put a man in the window.
    'Giulia Marchetti and her husband arrived. He said they were tired.',
    'Giulia Marchetti met the party spokesman. He said the vote was close.',
    // A demonym before the title is no name: the man named after it is who "his" stands for.
    'Peruvian President Raúl Castañeda, who named his Chilean colleague Rosa Quintero a partner, spoke on Friday.',
    // Her surname alone, then a capitalised word (a name the dictionary knows) before "he".
    'Judge Carolina Vidal read the verdict, and she thanked the jury.\n\nVidal said the case would hurt Baker, but he would appeal.',
    // Her surname alone, but the story never said "she" right after naming her, or named someone else with her.
    'Singer Hilary Vance has released a song.\n\nVance said he wrote the lyrics.',
    'Pianist Nora Quist and singer Hilary Vance have released a song. She said she was moved by the cause.\n\nVance said he wrote the lyrics.',
    // Without a report in the sentence before, '"…," he said' after a man named there is him.
    'Minister Marta Villalobos spoke in Quito. She said that Pedro Castaño had lied.\n\n"We will not give in," he said.',
    // Names inside the quotation before "he said" are not the speaker.
    'The jury met for days. "Nobody doubted Ana Prieto," he said.',
    ''
  ]

  it.each(ok)('leaves %j alone', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })

  it('reads the given-name lists of gender-detection-from-name, accents folded', () => {
    expect(genderOf('María')).toBe('female')
    expect(genderOf('Giulia')).toBe('female')
    expect(genderOf('Pedro')).toBe('male')
    expect(genderOf('Andrea')).toBeUndefined()
    expect(genderOf('Xqzzy')).toBeUndefined()
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(pronounGender, 'Senator Giulia Marchetti voted against the bill, and his party followed.')
    expect(found.map((m) => [m.ruleId, m.actual, m.expected?.[0]])).toEqual([['pronoun-gender', 'his', 'her']])
  })
})
