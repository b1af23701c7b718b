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
    {text: 'Opposition leader María Corina Ledesma spoke on Monday. He said the vote was stolen.', findings: [{line: 1, column: 57, actual: 'He', fix: 'She'}]}
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
