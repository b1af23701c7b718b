/**
 * Syntax classification: URLs, e-mail addresses, @mentions and #hashtags are
 * hidden from the word rules (masked in the index); look-alikes are not.
 */
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {resolveConfig} from '../pipeline/core/config.js'
import wirelintEnglish from '../pipeline/core/parse.js'
import {useRules} from '../pipeline/core/processor.js'
import {RULES} from '../pipeline/core/rules.js'
import {getIndex} from '../plugins/support/document.js'
import retextSyntaxUrls from 'retext-syntax-urls'
import {mayMerge, retextSyntaxUrlsBounded} from '../pipeline/core/syntax-urls-guard.js'

const processor = unified().use(wirelintEnglish)
useRules(processor, resolveConfig({rules: Object.fromEntries(RULES.map((r) => [r.meta.id, 'off']))}))
processor.freeze()

async function syntax(text: string) {
  const file = new VFile({value: text})
  const tree = await processor.run(processor.parse(file), file)
  const index = getIndex(tree as never, file)
  return {
    syntax: index.syntax.map((s) => [s.kind, s.value]),
    words: index.words.map((w) => w.value)
  }
}

describe('syntax classification', () => {
  it.each([
    ['Thanks @reuters and @reuters’s team.', [['mention', '@reuters'], ['mention', '@reuters’s']]],
    ['(@bbc) and @foo-bar said', [['mention', '@bbc'], ['mention', '@foo-bar']]],
    ['Team @org/team posted.', [['mention', '@org/team']]],
    ['Say @Twitter. Then @Twitter, again.', [['mention', '@Twitter'], ['mention', '@Twitter']]],
    ['The #MeToo and #Syria_war tags', [['hashtag', '#MeToo'], ['hashtag', '#Syria_war']]],
    ['See https://example.com/a.b?c=d and www.bbc.co.uk now.', [['url', 'https://example.com/a.b?c=d'], ['url', 'www.bbc.co.uk']]],
    ['Mail info@example.com today.', [['url', 'info@example.com']]]
  ])('%s', async (text, expected) => {
    expect((await syntax(text)).syntax).toEqual(expected)
  })

  it.each([
    'Not mentions: x@y z, @A_ListMGMT cut, @a/b/c, @x.y, @ alone, @-foo.',
    'Not hashtags: C# and F#, caf&#233;, #1 seed.',
    'Not URLs: the minister said.It was over, and Syria.” ended.'
  ])('%s', async (text) => {
    const {syntax: found} = await syntax(text)
    expect(found).toEqual([])
  })

  it('keeps a missing space after a full stop visible to the rules', async () => {
    expect((await syntax('He said.It was over.')).words).toContain('said.It')
  })
})

describe('retext-syntax-urls edge cases', () => {
  it('does not fail a file on input that makes retext-syntax-urls throw', async () => {
    const {syntax: found} = await syntax('> CERTAINLY：)\n\t:/:?a|.„””2 „EFE).é.’(!…')
    expect(Array.isArray(found)).toBe(true)
  })
})

describe('places after the false-URL guard', () => {
  interface Node {
    value?: string
    position?: {start: {offset?: number}; end: {offset?: number}}
    children?: Node[]
  }
  const leaves = (node: Node, out: Node[] = []): Node[] => {
    if (typeof node.value === 'string') out.push(node)
    for (const child of node.children ?? []) leaves(child, out)
    return out
  }

  it.each(['Talks with Mr.Smith ended.', 'It was said.It ended.', 'The minister said.It was over, and Syria.” ended.'])(
    'every leaf of %j cuts its own text out of the document',
    async (text) => {
      const file = new VFile({value: text})
      const tree = (await processor.run(processor.parse(file), file)) as unknown as Node
      const found = leaves(tree)
      expect(found.length).toBeGreaterThan(3)
      for (const leaf of found) expect(text.slice(leaf.position!.start.offset, leaf.position!.end.offset)).toBe(leaf.value)
    }
  )
})

describe('the bounded URL merge skips only sentences it cannot change', () => {
  const word = (value: string) => ({type: 'WordNode', children: [{type: 'TextNode', value}]}) as never
  const mark = (value: string) => ({type: 'PunctuationNode', value}) as never
  const space = {type: 'WhiteSpaceNode', value: ' '} as never

  it('looks for a "." or ":" with a token on each side', () => {
    expect(mayMerge([word('example'), mark('.'), word('com')])).toBe(true)
    expect(mayMerge([word('localhost'), mark(':'), word('8080')])).toBe(true)
    expect(mayMerge([word('It'), space, word('ended'), mark('.')])).toBe(false)
    expect(mayMerge([mark('.'), word('com')])).toBe(false)
    expect(mayMerge([word('Wait'), mark('…'), word('no'), mark('!')])).toBe(false)
  })

  // The same trees as retext-syntax-urls itself, unbounded and unskipped.
  const plain = unified().use(wirelintEnglish).use(retextSyntaxUrls).freeze()
  const bounded = unified().use(wirelintEnglish).use(retextSyntaxUrlsBounded).freeze()
  it.each([
    'See example.com and www.bbc.co.uk/news today.',
    'Open http://localhost:8080/a now. Then https://x.org.',
    'He said.It was over: done. Syria.” ended.',
    'example.com',
    '.com starts. It ends with example.com.',
    'Go to (see bbc.co.uk) and 3.5 per cent at 10:30 a.m. in the U.S.'
  ])('%j', (text) => {
    expect(bounded.parse(text)).toEqual(plain.parse(text))
  })
})
