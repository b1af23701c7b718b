/**
 * name-variants: one name spelt two ways in one story.  Every case lists the
 * rule's complete findings on its text (the shared case shape of
 * tests/helpers.ts) and their severity.
 */
import {describe, expect, it} from 'vitest'
import nameVariants from '../../plugins/name-variants.js'
import {findingsOf, runAlone, runRule, type RuleCase} from '../helpers.js'

const ID = 'name-variants'

describe('name-variants', () => {
  // The same first name or title before both forms: one person, a warning.
  const warnings: RuleCase[] = [
    {text: 'President Volodymyr Zelensky spoke in Kyiv. Later, President Volodymyr Zelenskiy left for Brussels.', findings: [{line: 1, column: 72, actual: 'Zelenskiy', fix: 'Zelensky'}]},
    {text: 'Governor Vitaliy Kim spoke in Mykolaiv. Governor Vitaliy Kim left. Later Vitaly Kim returned.', findings: [{line: 1, column: 74, actual: 'Vitaly', fix: 'Vitaliy'}]},
    {text: 'The Teuteburg Forest is wet. In the Teuteburg Forest it rained. The Teutoburg Forest flooded.', findings: [{line: 1, column: 69, actual: 'Teutoburg', fix: 'Teuteburg'}]}
  ]

  it.each(warnings)('warns: $text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    expect((await runRule(ID, c.text)).map((m) => [m.fatal, m.fix])).toEqual(c.findings.map(() => [false, undefined]))
  })

  // No shared context: maybe two people with near names, information.
  const info: RuleCase[] = [
    {text: 'Anatoliy Kinakh spoke on Monday; Kinnakh left on Tuesday.', findings: [{line: 1, column: 34, actual: 'Kinnakh', fix: 'Kinakh'}]},
    {text: 'Ms Antunes said yes. Antunez, her deputy, said no; Antunez left.', findings: [{line: 1, column: 4, actual: 'Antunes', fix: 'Antunez'}]}
  ]

  it.each(info)('reports for information: $text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    expect((await runRule(ID, c.text)).map((m) => m.fatal)).toEqual(c.findings.map(() => undefined))
  })

  const ok: string[] = [
    // Accents alone: one spelling.
    'Recep Tayyip Erdogan met Erdoğan’s ministers in Ankara.',
    // Plurals, demonyms, two dictionary names.
    'Syria and Syrian troops; the two Koreas and the Koreans; Iran and Iraq; Johnson and Johnston.',
    // Two people: full names with different neighbours.
    'President Gustavo Petro met Pedro Sánchez in Madrid.',
    // An acronym beside a name.
    'The IRNA agency in Iran reported it; Iran denied it.',
    // A typo of the story's own name is spelling's business.
    'The Aleppo offensive resumed.\nAllepo was shelled.\nAleppo fell.',
    // Short names a letter apart.
    'Nguyen Van Minh and Nguyen Van Manh spoke.',
    ''
  ]

  it.each(ok)('leaves %j alone', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(nameVariants, 'President Volodymyr Zelensky spoke. President Volodymyr Zelenskiy left.')
    expect(found.map((m) => [m.ruleId, m.actual, m.expected?.[0]])).toEqual([['name-variants', 'Zelenskiy', 'Zelensky']])
  })

  it('survives a story of many near names quickly', async () => {
    const names = Array.from({length: 3000}, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) | 0) % 26)}ov`)
    const text = names.map((n) => `Then ${n} spoke.`).join(' ')
    const t0 = Date.now()
    await runRule(ID, text)
    expect(Date.now() - t0).toBeLessThan(8_000)
  }, 30_000)
})
