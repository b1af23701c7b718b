/**
 * Issue 15: the published fields of Markdown front matter (title, summary,
 * description by default; `frontMatter` in the configuration names others)
 * are checked with exact positions — plain, quoted, folded and literal YAML
 * scalars, LF and CRLF — and no other key ever is.  Fixes stay valid YAML.
 * Stories are ours.
 */
import {parse as parseYaml} from 'yaml'
import {describe, expect, it} from 'vitest'
import {createChecker} from '../../pipeline/core/checker.js'
import {ConfigError, resolveConfig, type UserConfig} from '../../pipeline/core/config.js'
import {fixText} from '../../pipeline/core/fix.js'

const STORY = [
  '---',
  'title: Rebels seize Aleppothe city',
  'author: Jane Doe , desk',
  'summary: "The army withdrew . Then it left."',
  "teaser: 'Not checked , ever'",
  'description: >',
  '  Officials met in the capital',
  '  on Monday , the ministry said.',
  'notes: |',
  '  The vote . Then',
  'tags: [recieved, teh]',
  'seo:',
  '  description: The count , at last.',
  '---',
  '',
  'The army withdrew on Monday.',
  ''
].join('\n')

async function check(text: string, config: UserConfig = {}) {
  const file = await createChecker(config).check(text, {path: 'story.md'})
  return file.messages.map((m) => {
    const place = m.place as {start: {line: number; column: number; offset: number}; end: {offset: number}}
    return [m.ruleId, place.start.line, place.start.column, text.slice(place.start.offset, place.end.offset)]
  })
}

describe('issue 15: Markdown front matter', () => {
  it('checks title, summary and description at their exact places, and no other key', async () => {
    expect(await check(STORY)).toEqual([
      ['merged-words', 2, 21, 'Aleppothe'],
      ['punctuation-spacing', 4, 28, ' .'],
      ['punctuation-spacing', 8, 12, ' ,']
    ])
  })

  it('checks the keys the configuration names, nested ones with dots; none with an empty list', async () => {
    expect(await check(STORY, {frontMatter: ['seo.description', 'notes']})).toEqual([
      ['punctuation-spacing', 10, 11, ' .'],
      ['punctuation-spacing', 13, 25, ' ,']
    ])
    expect(await check(STORY, {frontMatter: []})).toEqual([])
    expect(() => resolveConfig({frontMatter: 'title'})).toThrow(ConfigError)
    expect(() => resolveConfig({frontMatter: 'title'})).toThrow(/^frontMatter: must be an array/)
  })

  it('keeps exact positions with CRLF line ends and a single-quoted value', async () => {
    const text = "---\r\ntitle: 'Rebels seize Aleppothe city'\r\nsummary: plain summary\r\n  that goes on , here\r\n---\r\n\r\nThe army withdrew on Monday.\r\n"
    expect(await check(text)).toEqual([
      ['merged-words', 2, 22, 'Aleppothe'],
      ['punctuation-spacing', 4, 15, ' ,']
    ])
  })

  it('leaves out a quoted value with escapes rather than guess its places, and TOML front matter', async () => {
    expect(await check('---\ntitle: "Rebels \\"seize\\" the city , then"\n---\n\nThe army withdrew.\n')).toEqual([])
    expect(await check('+++\ntitle = "The vote . Then"\n+++\n\nThe army withdrew.\n')).toEqual([])
  })

  it('does not ask a field for a full stop, nor join it with the next one', async () => {
    expect(await check('---\ntitle: Rebels seize the city\nsummary: Rebels seize the city after a long siege\ndescription: The army\n  withdrew\n---\n\nThe army withdrew.\n')).toEqual([])
  })

  it('a fix keeps the front matter valid YAML with the fixed value; one YAML cannot hold is left to a person', async () => {
    const text = '---\ntitle: The vote . Then it ended\nsummary: "Officials said Te ministry agreed."\n---\n\nThe army withdrew.\n'
    const checker = createChecker()
    const out = await fixText(text, (t) => checker.check(t, {path: 'story.md'}))
    const yaml = parseYaml(out.text.split('---\n')[1]!) as Record<string, string>
    expect(yaml.title).toBe('The vote. Then it ended')
    // A fix with a YAML-significant character is offered, not applied: ": " would make the title a mapping.
    const colon = (await checker.check('---\ntitle: Final results:The vote was close\n---\n\nThe army withdrew.\n', {path: 'story.md'})).messages
    expect(colon.map((m) => [m.ruleId, m.actual, m.expected, (m as {fix?: unknown}).fix])).toEqual([['punctuation-spacing', ':', [': '], undefined]])
    const plain = (await checker.check('Final results:The vote was close.\n', {path: 'story.md'})).messages
    expect((plain[0] as {fix?: unknown}).fix).toBeDefined()
  })
})
