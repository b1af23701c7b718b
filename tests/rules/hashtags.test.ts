import {describe, expect, it} from 'vitest'
import hashtags from '../../plugins/hashtags.js'
import {findingsOf, runAlone, runRule} from '../helpers.js'

describe('hashtags', () => {
  it('flags an SEO tag line as an error whose fix deletes the line', async () => {
    const text = 'The rebels advanced.\n#Bashar #Assads #regime #loses\nThe end.\n'
    const found = await runRule('hashtags', text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({line: 2, column: 1, actual: '#Bashar #Assads #regime #loses', expected: [''], fatal: true})
    const {start, end} = found[0].fix!
    expect(text.slice(0, start) + text.slice(end)).toBe('The rebels advanced.\nThe end.\n')
  })

  it('deletes a last tag line together with the line break before it', async () => {
    const text = 'The rebels advanced.\n#Syria #Aleppo'
    const [m] = await runRule('hashtags', text)
    expect(text.slice(0, m.fix!.start) + text.slice(m.fix!.end)).toBe('The rebels advanced.')
  })

  it('flags a tag line with commas between tags, and a lone tag line', async () => {
    expect((await runRule('hashtags', 'Text.\n#Syria, #Aleppo, #war')).map((m) => [m.line, m.column, m.fatal])).toEqual([[2, 1, true]])
    expect((await runRule('hashtags', 'Text.\n#Aleppo')).map((m) => [m.line, m.column, m.fatal])).toEqual([[2, 1, true]])
  })

  it('warns on a run of hashtags inside a sentence', async () => {
    const found = await runRule('hashtags', 'Fans cheered #Madrid #Final #Champions as the bus passed.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({line: 1, column: 14, actual: '#Madrid #Final #Champions', fatal: false})
    expect(found[0].fix).toBeUndefined()
  })

  it('warns on a hashtag the translation broke at a space, and a lone one with it', async () => {
    expect(await findingsOf('hashtags', {text: 'We stand together. #We areCuba #IVoteYes, the president wrote.'})).toEqual([
      {line: 1, column: 20, actual: '#We areCuba #IVoteYes'}
    ])
    expect(await findingsOf('hashtags', {text: 'Thanks to all. #Viva areCuba'})).toEqual([{line: 1, column: 16, actual: '#Viva areCuba'}])
  })

  it('notes a plain-word hashtag inside a sentence (info), never fixed unattended', async () => {
    const found = await runRule('hashtags', 'The people of #Cuba can overcome everything, he said.')
    expect(found.map((m) => [m.line, m.column, m.actual, m.expected, m.fatal, m.fix])).toEqual([[1, 15, '#Cuba', ['Cuba'], undefined, undefined]])
  })

  it.each([
    'Supporters of #BlackLivesMatter and the #MeToo campaign marched.',
    'The hashtag was #Cuba.',
    'The #MeToo movement changed the industry.',
    'Prices at the café (caf&#233;) rose.',
    'She codes in C# and F# at night.',
    'He ranked #1 in the world and #2 in Europe.',
    'Room #12B was booked.',
    'The #MeToo and the #BlackLivesMatter movements differ.',
    '# A Markdown-like heading marker'
  ])('stays silent on %s', async (text) => {
    expect(await runRule('hashtags', text)).toEqual([])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(hashtags, 'Body.\n\n#One #Two')
    expect(found.map((m) => [m.ruleId, m.line, m.column])).toEqual([['hashtags', 3, 1]])
  })
})
