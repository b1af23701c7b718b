/**
 * The plain-text parser gives the trees ParseEnglish gives, line by line, with
 * positions in the file: its faster tokenizer (a code-unit table, positions
 * counted from the piece's place) and the dropped blank-line plugin change
 * speed only.  Checked against ParseEnglish itself plus a plain shift, on our
 * generated copy, the hostile inputs and random Unicode.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ParseEnglish} from 'parse-english'
import type {Paragraph, Root} from 'nlcst'
import {createEnglishParser, MAX_PIECE, parseLines} from '../pipeline/core/parse.js'
import {generateArticle, hostileInputs, rng} from '../pipeline/dev/corpus.js'

interface Positioned {
  type: string
  value?: string
  position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
  children?: Positioned[]
}

/** A deep copy with every point moved (the reference: what the old shift pass did). */
function shifted(node: Positioned, line: number, column: number, offset: number): Positioned {
  const move = (p: {line: number; column: number; offset?: number}) => ({line: p.line + line, column: p.column + column, offset: (p.offset ?? 0) + offset})
  const copy: Positioned = {...node}
  if (node.position) copy.position = {start: move(node.position.start), end: move(node.position.end)}
  if (node.children) copy.children = node.children.map((c) => shifted(c, line, column, offset))
  return copy
}

/** Reference: each non-blank line parsed alone by ParseEnglish, then shifted into the file. */
function referenceParagraphs(doc: string): Positioned[] {
  const parser = new ParseEnglish()
  const out: Positioned[] = []
  let offset = 0
  doc.split(/(\r\n|\r|\n)/).forEach((part, i, parts) => {
    if (i % 2 === 0) {
      const line = i / 2 + 1
      const lead = part.length - part.trimStart().length
      const text = part.trim()
      if (text && text.length <= MAX_PIECE) {
        const paragraph = parser.tokenizeParagraph(text) as unknown as Positioned
        out.push(...paragraph.children!.map((c) => shifted(c, line - 1, lead, offset + lead)))
      }
    }
    offset += part.length
    void parts
  })
  return out
}

function ours(doc: string): Positioned[] {
  const root = parseLines(createEnglishParser(), doc) as Root
  return root.children.filter((c): c is Paragraph => c.type === 'ParagraphNode').flatMap((p) => p.children) as unknown as Positioned[]
}

/** Every node's offsets cut its own text out of the document. */
function expectExactPlaces(doc: string, node: Positioned): void {
  if (node.position && node.value !== undefined) {
    expect(doc.slice(node.position.start.offset, node.position.end.offset)).toBe(node.value)
  }
  for (const c of node.children ?? []) expectExactPlaces(doc, c)
}

// Plain ASCII white space only at line edges, so String#trim and the parser agree on what a line's content is.
const simple = (s: string) => !/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff\u000b\u000c\u2028\u2029]/.test(s)

describe('plain-text parser', () => {
  const random = rng(11)
  const articles = Array.from({length: 20}, () => generateArticle(random))

  it.each(articles.map((a, i) => [i, a]))('generated article %i: same tree as ParseEnglish, line by line', (_, doc) => {
    expect(ours(doc as string)).toEqual(referenceParagraphs(doc as string))
  })

  it.each(hostileInputs().filter(([, t]) => simple(t)).map(([name, text]) => [name, text]))('hostile input %s: same tree, exact places', (_, doc) => {
    const root = parseLines(createEnglishParser(), doc as string) as unknown as Positioned
    expectExactPlaces(doc as string, root)
    const lines = (doc as string).split(/\r\n|\r|\n/)
    if (lines.every((l) => l.trim().length <= MAX_PIECE)) expect(ours(doc as string)).toEqual(referenceParagraphs(doc as string))
  })

  it('random Unicode (astral, combining, RTL, controls): same tree, exact places', () => {
    const alphabet = [...' \t\r\n.,;:!?"\'“”«»‘’—–-()[]/@#$%&*+=<>|~^`_0123456789aZéßçñøÆ中文字😀👍🏽\u0301ٱ€£\u200b']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), {maxLength: 300}), (chars) => {
        const doc = chars.join('')
        expectExactPlaces(doc, parseLines(createEnglishParser(), doc) as unknown as Positioned)
        expect(ours(doc)).toEqual(referenceParagraphs(doc))
      }),
      {numRuns: 400, seed: 7}
    )
  })

  it('shares point objects (a word with its text, a token end with the next start) but not position objects', () => {
    const [sentence] = ours('Aleppo fell.') as Positioned[]
    const [word, space] = sentence.children!
    expect(word.type).toBe('WordNode')
    expect(word.children![0].position!.start).toBe(word.position!.start)
    expect(word.children![0].position!.end).toBe(word.position!.end)
    expect(word.children![0].position).not.toBe(word.position)
    expect(space.position!.start).toBe(word.position!.end)
    expect(space.position!.start).toEqual({line: 1, column: 7, offset: 6})
  })

  it('drops only the blank-line sentence breaker (lines never hold a line ending)', () => {
    const ourPlugins = createEnglishParser().tokenizeParagraphPlugins
    const theirs = new ParseEnglish().tokenizeParagraphPlugins
    expect(ourPlugins.length).toBe(theirs.length - 1)
    const probe: Paragraph = {
      type: 'ParagraphNode',
      children: [{type: 'SentenceNode', children: [
        {type: 'WordNode', children: [{type: 'TextNode', value: 'a'}]},
        {type: 'WhiteSpaceNode', value: '\n\n'},
        {type: 'WordNode', children: [{type: 'TextNode', value: 'b'}]}
      ]}]
    }
    const dropped = theirs.filter((p) => !ourPlugins.includes(p))
    expect(dropped).toHaveLength(1)
    dropped[0](probe)
    expect(probe.children).toHaveLength(3)
  })
})
