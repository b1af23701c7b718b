/**
 * Linear time on hostile input: every case (a 1 MB single line, a
 * 5,000-character token, 100,000 hashtags, 10,000 nested or unbalanced quote
 * marks, long runs of punctuation or digits …) must finish within a generous
 * budget proportional to its size: 50× the per-character time of ordinary
 * copy measured in the same run (plus a fixed allowance for slow CI machines).
 * The bench (`npm run bench`) prints the actual times.
 */
import {describe, expect, it} from 'vitest'
import {createChecker} from '../../pipeline/core/checker.js'
import {generateArticle, hostileInputs, rng} from '../../pipeline/dev/corpus.js'

const checker = createChecker()
let perChar = 0

describe('hostile input', () => {
  it('measures ordinary copy first', async () => {
    const random = rng(3)
    const normal = Array.from({length: 30}, () => generateArticle(random)).join('\n')
    await checker.check(normal)
    const t = performance.now()
    await checker.check(normal)
    perChar = (performance.now() - t) / normal.length
    expect(perChar).toBeGreaterThan(0)
  }, 120_000)

  it.each(hostileInputs())('%s stays within its size-proportional budget and does not throw', async (_name, text) => {
    const budget = 50 * perChar * text.length + 2000
    const t = performance.now()
    const file = await checker.check(text, {path: 'hostile.txt'})
    const ms = performance.now() - t
    expect(ms).toBeLessThan(budget)
    for (const m of file.messages) {
      const p = m.place as {start: {offset: number}; end: {offset: number}}
      expect(p.start.offset).toBeGreaterThanOrEqual(0)
      expect(p.end.offset).toBeLessThanOrEqual(text.length)
    }
  }, 120_000)

  it.each([
    ['markdown', 'story.md', '# T\n\n' + '*'.repeat(20_000) + ' text ' + '_'.repeat(20_000) + '\n\n' + '[a]('.repeat(5000)],
    ['html', 'story.html', '<p>' + '<b>'.repeat(20_000) + 'text' + '&amp;'.repeat(20_000) + '</p>'.repeat(5000)]
  ])('%s bombs stay within budget', async (_name, name, text) => {
    const t = performance.now()
    await checker.check(text, {path: name})
    expect(performance.now() - t).toBeLessThan(50 * perChar * text.length + 5000)
  }, 120_000)
})
