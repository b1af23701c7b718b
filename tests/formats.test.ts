/**
 * Markdown and HTML: only prose is checked, headings are headings, positions
 * point into the original file, and ignore comments work.
 */
import {describe, expect, it} from 'vitest'
import {createChecker} from '../pipeline/core/checker.js'
import {formatOf} from '../pipeline/core/processor.js'

const checker = createChecker()

async function found(text: string, path: string) {
  const file = await checker.check(text, {path})
  return file.messages.map((m) => [m.ruleId, m.line, m.column, m.actual ?? null])
}

describe('format detection', () => {
  it.each([
    ['a.md', 'markdown'], ['a.markdown', 'markdown'], ['A.MD', 'markdown'],
    ['a.html', 'html'], ['a.htm', 'html'], ['a.txt', 'text'], ['a', 'text'], [undefined, 'text']
  ])('%s is %s', (p, f) => {
    expect(formatOf(p)).toBe(f)
  })
})

describe('markdown', () => {
  it('checks prose only: not unpublished front matter keys, code, inline code, URLs, HTML or link targets', async () => {
    const md = [
      '---',
      'author: The vote . Then',
      '---',
      '# The vote . Then',
      '',
      'Read [the report . here](https://example.com/a . b) and `the vote . then` now.',
      '',
      '<div>The vote . Then</div>',
      '',
      '```',
      'The vote . Then',
      '```',
      ''
    ].join('\n')
    expect(await found(md, 'a.md')).toEqual([
      ['punctuation-spacing', 4, 11, ' .'],
      ['punctuation-spacing', 6, 17, ' .']
    ])
  })

  it('does not ask headings, list items or table cells to end with a full stop', async () => {
    const md = '# Rebels seize the city\n\nThe army retreated.\n\n## What happens next\n\n- more talks\n- a vote\n\n| Team | Score |\n| --- | --- |\n| Lions | 2 |\n\nThe talks resume on Monday.\n'
    expect(await found(md, 'a.md')).toEqual([])
  })

  it('keeps positions in the original file across inline markup', async () => {
    const md = 'Intro line.\n\nThe **rebels** took *ticketsand* more , said the army.\n'
    expect(await found(md, 'a.md')).toEqual([
      ['merged-words', 3, 22, 'ticketsand'],
      ['punctuation-spacing', 3, 38, ' ,']
    ])
  })

  it('keeps positions exact after entities, escapes and CRLF line endings', async () => {
    const md = 'The caf&eacute; was shut . Then it opened.\r\n\r\nThe \\*vote\\* ended . Then &#8220;it&#8221; went\r\non . Fine.\r\n'
    expect(await found(md, 'a.md')).toEqual([
      ['punctuation-spacing', 1, 25, ' .'],
      ['punctuation-spacing', 3, 19, ' .'],
      ['punctuation-spacing', 4, 3, ' .']
    ])
  })

  it('honours disable, enable and ignore comments, and reports unknown rule ids', async () => {
    // Distinct paragraphs: a repeated one would also be flagged as debris.
    const md = [
      'The vote . Then.',
      '',
      '<!-- wirelint-disable punctuation-spacing -->',
      '',
      'The poll . Then.',
      '',
      '<!-- wirelint-enable punctuation-spacing -->',
      '',
      'The race . Then.',
      '',
      '<!-- wirelint-ignore punctuation-spacing -->',
      'The deal . Then.',
      '',
      'The talk . Then.',
      '',
      '<!-- wirelint-disable no-such-rule -->',
      ''
    ].join('\n')
    expect(await found(md, 'a.md')).toEqual([
      ['punctuation-spacing', 1, 9, ' .'],
      ['punctuation-spacing', 9, 9, ' .'],
      ['punctuation-spacing', 14, 9, ' .'],
      ['ignore-comment', 16, 1, null]
    ])
  })
})

describe('html', () => {
  it('checks visible prose only, with positions into the file', async () => {
    const html = [
      '<html><head><title>Rebels seize city</title><style>p { content: "a . b" }</style></head><body>',
      '<h1>Rebels seize city</h1>',
      '<p>The vote . Then <b>they</b>left.</p>',
      '<script>var x = "the vote . then";</script>',
      '<p hidden>The vote . Then.</p><p style="display: none">The vote . Then.</p><div aria-hidden="true">The vote . Then.</div>',
      '<p>The vote<code> . x</code> ended.</p>',
      '</body></html>'
    ].join('\n')
    expect(await found(html, 'a.html')).toEqual([['punctuation-spacing', 3, 12, ' .']])
  })

  it('keeps positions exact after entities', async () => {
    expect(await found('<p>The caf&eacute; was shut . Then &ldquo;it&rdquo; went .</p>', 'a.html')).toEqual([
      ['punctuation-spacing', 1, 28, ' .'],
      ['punctuation-spacing', 1, 57, ' .']
    ])
  })

  it('honours ignore comments', async () => {
    const html = '<p>The vote . Then.</p>\n<!-- wirelint-ignore punctuation-spacing -->\n<p>The poll . Then.</p>\n<p>The race . Then.</p>'
    expect(await found(html, 'a.htm')).toEqual([
      ['punctuation-spacing', 1, 12, ' .'],
      ['punctuation-spacing', 4, 12, ' .']
    ])
  })
})
