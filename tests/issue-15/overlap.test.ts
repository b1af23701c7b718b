/**
 * Issue 15: one finding per problem.  When rules flag the same characters,
 * the finding that explains the cause is kept (pipeline/core/overlap.ts):
 * a furniture line, not the spacing and quotes inside it; markup, not the
 * ";" of "&nbsp;"; untranslated, not a misspelling; mojibake, not an
 * untranslated fragment.  Sentences are ours.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createChecker} from '../../pipeline/core/checker.js'
import {OVERLAP_PRIORITY, resolveOverlaps} from '../../pipeline/core/overlap.js'
import {RULES} from '../../pipeline/core/rules.js'

const checker = createChecker()
const found = async (text: string) => (await checker.check(text, {path: 'story.txt'})).messages.map((m) => [m.ruleId, m.line, m.column, m.actual])

describe('issue 15: one finding per problem', () => {
  it('every rule has its place in the documented priority', () => {
    expect([...OVERLAP_PRIORITY].sort()).toEqual(RULES.map((r) => r.meta.id).sort())
  })

  it('a furniture line is one finding, not its spacing and quotes', async () => {
    const text = 'The strike went on.\nRead also : “Strike : unions call for a march ”\nUnions met.\n'
    const list = await found(text)
    expect(list.map((f) => f[0])).toEqual(['stray-fragment'])
    expect(list[0]![1]).toBe(2)
  })

  it('furniture in the source language is one finding, untranslated (it names the language), not its spacing, quotes and language twice', async () => {
    const text = 'The strike went on.\nVoir aussi : « Grève : les syndicats appellent à manifester »\nUnions met.\n'
    const list = await found(text)
    expect(list.map((f) => [f[0], f[1]])).toEqual([['untranslated', 2]])
  })

  it('words run together where furniture met the copy stay beside the furniture finding (the line holds copy too)', async () => {
    const text = 'The strike went on for a third day in the capital.\n\nPrevious articleIn the north, the unions met the employers on Monday.\n\nUnions met.\n'
    const rules = (await found(text)).map((f) => f[0])
    expect(rules).toContain('merged-words')
  })

  it('&nbsp; is markup, not a semicolon with no space after it', async () => {
    expect(await found('He said&nbsp;:&nbsp;we will win.\n')).toEqual([
      ['markup', 1, 8, '&nbsp;'],
      ['markup', 1, 15, '&nbsp;']
    ])
  })

  it('"selon" is untranslated, not misspelt', async () => {
    expect(await found('The plan failed, selon the minister of finance.\n')).toEqual([['untranslated', 1, 18, 'selon']])
  })

  it('a mojibake word is encoding, not an untranslated fragment or merged words', async () => {
    expect(await found('The mayor of MÃ©xico spoke.\n')).toEqual([['encoding', 1, 15, 'Ã©']])
    expect(await found('The plan failed, segÃºn the minister.\n')).toEqual([['encoding', 1, 21, 'Ãº']])
  })

  it('different problems on overlapping spans across words both stay', async () => {
    // Mojibake inside a French sentence: garbled and untranslated.
    const french = await found('Le prÃ©sident a dit que la rÃ©forme est nÃ©cessaire.\n')
    expect(french.map((f) => f[0])).toEqual(['untranslated', 'encoding', 'encoding', 'encoding'])
    // A "?" standing for a lost closing quote, inside the quotation it leaves open.
    const quote = await found('“We must stay humble.? the minister told the party.\n')
    expect(quote.map((f) => f[0]).sort()).toEqual(['punctuation-spacing', 'quotes'])
    // A lower-case weekday and the space before the full stop after it: two problems.
    const weekday = await found('The roads would reopen on monday .\n')
    expect(weekday.map((f) => [f[0], f[3]])).toEqual([
      ['spelling', 'monday'],
      ['punctuation-spacing', ' .']
    ])
  })

  it('leaves findings without a place, and findings of one rule, alone', () => {
    const m = (ruleId: string, start: number, end: number) => ({ruleId, place: {start: {offset: start}, end: {offset: end}}}) as never
    const messages = [m('spelling', 0, 4), m('spelling', 0, 4), {ruleId: 'internal-error'} as never, m('untranslated', 0, 4)]
    expect(resolveOverlaps(messages, 'abcd efg')).toHaveLength(2)
    expect(messages).toHaveLength(2)
  })

  const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples')
  it.each(fs.readdirSync(samples).filter((f) => f.endsWith('.txt')))('%s: no two findings on one span', async (name) => {
    const text = fs.readFileSync(path.join(samples, name), 'utf8')
    const file = await checker.check(text, {path: name})
    const spans = file.messages.map((m) => `${m.place && 'start' in m.place ? `${m.place.start.offset}-${m.place.end.offset}` : '?'}`)
    expect(new Set(spans).size).toBe(spans.length)
    // And nothing left that the priority would still drop.
    expect(resolveOverlaps([...file.messages], text)).toEqual([])
  })
})
