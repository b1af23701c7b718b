/**
 * Issue 11, "Never lose a byte": a fuzzer over plain text, Markdown and HTML
 * alike (fast-check, bounded runs).  Inputs are built from fragments that
 * provoke artifacts (a space before punctuation, glued words, stray quotes,
 * hashtags) and from the constructs that make a value differ from its source
 * (entities, escapes, wrapped list items, block quotes, CRLF, tags, emphasis,
 * U+2028, \v, \f).  For every input, through `createChecker` with every rule on:
 *
 * - every position is inside the file, start ≤ end, line and column agree
 *   with the offset, and `actual` is the text at that place;
 * - in Markdown and HTML, no finding or fix starts or ends inside an entity, an
 *   escape, a tag or a CRLF;
 * - applying the fixes changes only the fixed spans, and a second `--fix` is a
 *   no-op;
 * - checking is deterministic;
 * - prose encoded as HTML or Markdown (entities, escapes) is flagged where the
 *   same prose as plain text is: each finding both make covers the encoded
 *   form of the same text.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {DecodingMode, HtmlEntityDecoder} from 'entities/decode'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {location} from 'vfile-location'
import {createChecker} from '../../pipeline/core/checker.js'
import {applyFixes, fixText} from '../../pipeline/core/fix.js'
import type {WirelintMessage} from '../../plugins/support/rule.js'

const checker = createChecker()
const check = (text: string, path: string) => checker.check(text, {path})

/** Counts for the report printed at the end: inputs checked per format. */
const counts: Record<string, number> = {}
const started = performance.now()
afterAll(() => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`issue-11 fuzz: ${JSON.stringify(counts)} inputs in ${seconds} s`)
})
const count = (key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1
}

// Prose and its artifacts.
const words = [
  'The', 'vote', 'rebels', 'took', 'Aleppo', 'Johnson', 'Shares', 'fell', 'said', 'Monday', 'the', 'the', 'Aleppothe',
  'ticketsand', 'deadmostly', 'U.S.', 'Mr.', 'OSDH', '1,500', '2,5%', '3%', '5 %', 'según', 'della', 'café', 'AT&T',
  '#Syria', '#Aleppo', '@reuters', 'www.example.com', 'x.www.', 'https://example.com/a.b', 'said.It', 'on?Monday', 'e.g.'
]
const artifacts = [' . ', ' , ', ' ; ', ' ?', ' !', '..', ',,', '?.', '...', '…', '“', '”', '"', "'", '’', '«', '»', '(', ')', '—', '-']
const spaces = [' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2028', '\v', '\f']
const prose = fc.constantFrom(...words, ...artifacts, ...spaces)

const lineEndings = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n']
const entities = ['&amp;', '&#38;', '&#x26;', '&', '&amp', '&eacute;', '&nbsp;', '&#8220;', '&#x201D;', '&lt;', '&gt;', '&quot;', '&#128;', '&#0;', '&notit;', '&copy', '&#x1F600;']
const markdownOnly = [
  '\\*', '\\_', '\\.', '\\\\', '\\&', '\\[', '*', '**', '_', '`', '`code . x`', '[a link](https://example.com)', '![alt &amp; x](u.png)',
  '<b>', '</b>', '<br>', '  \n', '\\\n', '\n# ', '\n- ', '\n  ', '\n> ', '\n>  ', '\n> > ', '\n1. ', '\n    ', '\n---\n', '\n=\n', '|', '~~'
]
const htmlOnly = [
  '<p>', '</p>', '<b>', '</b>', '<i>', '</i>', '<br>', '<wbr>', '<code>', '</code>', '<a href="x">', '</a>', '<!-- c -->',
  '<script>x . y</script>', '<pre>\n', '</pre>', '<li>', '<h1>', '</h1>', '<del>', '</del>', '<table>', '<td>', '\u0000'
]

const textInput = fc.array(fc.oneof({weight: 4, arbitrary: prose}, fc.constantFrom(...lineEndings)), {maxLength: 60}).map((p) => p.join(''))
const markdownInput = fc
  .array(fc.oneof({weight: 4, arbitrary: prose}, fc.constantFrom(...lineEndings), fc.constantFrom(...entities), {weight: 2, arbitrary: fc.constantFrom(...markdownOnly)}), {maxLength: 60})
  .map((p) => p.join(''))
const htmlInput = fc
  .array(fc.oneof({weight: 4, arbitrary: prose}, fc.constantFrom(...lineEndings), fc.constantFrom(...entities), {weight: 2, arbitrary: fc.constantFrom(...htmlOnly)}), {maxLength: 60})
  .map((p) => p.join(''))

const formats = [
  ['txt', 'story.txt', textInput],
  ['md', 'story.md', markdownInput],
  ['html', 'story.html', htmlInput]
] as const

/** HTML references as parse5 reads them: its own decoder, in its text mode. */
const referenceDecoder = new HtmlEntityDecoder(() => {})
function htmlReferenceWidth(text: string, at: number): number {
  referenceDecoder.startEntity(DecodingMode.Legacy)
  let width = referenceDecoder.write(text, at + 1)
  if (width < 0) width = referenceDecoder.end()
  return Math.max(0, width)
}

/** Spans [start, end) of the constructs a position must never cut: entities, escapes, tags, CRLF. */
function atoms(text: string, kind: 'txt' | 'md' | 'html'): Array<[number, number]> {
  if (kind === 'txt') return []
  const out: Array<[number, number]> = []
  const pattern = kind === 'md' ? /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,30});|\\[!-/:-@[-`{-~]|\r\n|<\/?[A-Za-z][^<>]*>/g : /&|\r\n|<[!/?A-Za-z][^<>]*>/g
  // Markdown reads no references or escapes in code spans and autolink literals.
  const literal: Array<[number, number]> = []
  if (kind === 'md') for (const l of text.matchAll(/`+[^`]*`+|(?:https?:\/\/|www\.)[^\s<]*/g)) literal.push([l.index, l.index + l[0].length])
  let m: RegExpExecArray | null
  while ((m = pattern.exec(text)) !== null) {
    const at = m.index
    if (literal.some(([s, e]) => at >= s && at < e)) continue
    if (m[0] === '&' && kind === 'html') {
      const width = htmlReferenceWidth(text, m.index)
      if (width > 1) out.push([m.index, m.index + width])
      continue
    }
    if (kind === 'md' && m[0].startsWith('&') && m[0] !== '&' && !m[0].startsWith('&#') && !decodeNamedCharacterReference(m[0].slice(1, -1))) continue
    out.push([m.index, m.index + m[0].length])
  }
  return out
}

function cuts(offset: number, spans: Array<[number, number]>): boolean {
  return spans.some(([s, e]) => offset > s && offset < e)
}

function assertPositions(text: string, kind: 'txt' | 'md' | 'html', messages: readonly WirelintMessage[]): void {
  const place = location(text)
  const spans = atoms(text, kind)
  for (const m of messages) {
    const p = m.place as {start?: {line: number; column: number; offset?: number}; end?: {line: number; column: number; offset?: number}} | undefined
    if (!p?.start) continue
    const s = p.start.offset!
    const e = p.end!.offset!
    expect(s, 'start ≥ 0').toBeGreaterThanOrEqual(0)
    expect(e, 'start ≤ end').toBeGreaterThanOrEqual(s)
    expect(e, 'end ≤ length').toBeLessThanOrEqual(text.length)
    const expected = place.toPoint(s)
    if (expected) expect([p.start.line, p.start.column], 'line and column of the start').toEqual([expected.line, expected.column])
    if (m.actual !== undefined && m.actual !== null) expect(m.actual, '`actual` is the text at the place').toBe(text.slice(s, e))
    // Markdown's autolink literals may legitimately start inside nothing; entities are atoms.
    expect(cuts(s, spans) || cuts(e, spans), `${m.ruleId} ${s}-${e} cuts an entity, escape, tag or CRLF`).toBe(false)
    if (m.fix) {
      expect(m.fix.start).toBeGreaterThanOrEqual(0)
      expect(m.fix.end).toBeGreaterThanOrEqual(m.fix.start)
      expect(m.fix.end).toBeLessThanOrEqual(text.length)
      expect(cuts(m.fix.start, spans) || cuts(m.fix.end, spans), `${m.ruleId} fix ${m.fix.start}-${m.fix.end} cuts an entity, escape, tag or CRLF`).toBe(false)
    }
  }
}

const RUNS = Number(process.env.WIRELINT_FUZZ_RUNS ?? 400)

describe('issue 11 fuzz: positions, fixes, convergence and determinism in .txt, .md and .html', () => {
  for (const [kind, path, input] of formats) {
    it(`${kind}: positions are in range, exact and never cut a construct; fixes touch only their spans`, async () => {
      await fc.assert(
        fc.asyncProperty(input, async (text) => {
          count(kind)
          const file = await check(text, path)
          const messages = file.messages as WirelintMessage[]
          assertPositions(text, kind, messages)
          const {text: out, applied} = applyFixes(text, messages)
          let rebuilt = ''
          let at = 0
          for (const m of applied) {
            rebuilt += text.slice(at, m.fix!.start) + m.fix!.text
            at = m.fix!.end
          }
          expect(out).toBe(rebuilt + text.slice(at))
        }),
        {numRuns: RUNS, interruptAfterTimeLimit: 120_000}
      )
    }, 300_000)

    it(`${kind}: a second --fix changes nothing, and checking is deterministic`, async () => {
      await fc.assert(
        fc.asyncProperty(input, async (text) => {
          count(kind)
          const once = await fixText(text, (t) => check(t, path))
          assertPositions(once.text, kind, once.file.messages as WirelintMessage[])
          const twice = await fixText(once.text, (t) => check(t, path))
          expect(twice.text, 'second fix pass').toBe(once.text)
          const a = await check(text, path)
          const b = await createChecker().check(text, {path})
          const shape = (f: typeof a) => f.messages.map((m) => [m.ruleId, m.reason, (m.place as {start?: {offset?: number}})?.start?.offset, m.actual, (m as WirelintMessage).fix])
          expect(shape(b)).toEqual(shape(a))
        }),
        {numRuns: Math.round(RUNS / 2), interruptAfterTimeLimit: 120_000}
      )
    }, 300_000)
  }
})

// Prose that reads the same in all three formats: one line (no U+2028 either, a
// line break in plain text), no leading or trailing white space.
const lineOf = (vocabulary: string[]) =>
  fc
    .array(fc.constantFrom(...vocabulary, ...artifacts, ' ', ' ', ' ', '  ', '\u00a0'), {minLength: 1, maxLength: 40})
    .map((p) => p.join('').replace(/^\s+|\s+$/g, ''))
    .filter((t) => t.length > 0)
const line = lineOf(words)
// remark-gfm finds autolink literals in decoded text (escaped or not): not the same prose as plain text.
const markdownLine = lineOf(words.filter((w) => !/www|:\/\/|@/.test(w)))

/** Encode prose for HTML, each character at random literally or as a reference (`pick` chooses). */
function toHtml(text: string, pick: number[]): string {
  let out = ''
  let n = 0
  for (const ch of text) {
    const r = pick[n++ % pick.length]
    if (ch === '&') out += r % 3 === 0 ? '&amp;' : r % 3 === 1 ? '&#38;' : '&AMP;'
    else if (ch === '<') out += '&lt;'
    else if (ch === '>') out += '&gt;'
    else if (r % 5 === 0) out += `&#x${ch.codePointAt(0)!.toString(16)};`
    else if (r % 5 === 1) out += `&#${ch.codePointAt(0)};`
    else if (ch === '\u00a0' && r % 2 === 0) out += '&nbsp;'
    else if (ch === 'é' && r % 2 === 0) out += '&eacute;'
    else out += ch
  }
  return `<p>${out}</p>\n`
}

/** Encode prose for Markdown: ASCII punctuation always escaped (so it stays literal), other characters at random as references. */
function toMarkdown(text: string, pick: number[]): string {
  let out = ''
  let n = 0
  for (const ch of text) {
    const r = pick[n++ % pick.length]
    const code = ch.codePointAt(0)!
    const punctuation = (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
    if (punctuation) out += r % 4 === 0 ? `&#${code};` : `\\${ch}`
    else if (r % 6 === 0 && ch !== ' ' && ch !== '\t') out += `&#x${code.toString(16)};`
    else out += ch
  }
  return out + '\n'
}

/**
 * The flagged text of each finding, decoded, by rule and reason (the reason
 * names the flagged text too).  The parsers of plain text and of the markup
 * bridges differ a little (a line is a paragraph in plain text; block kinds),
 * so only findings both formats make are compared: the encoded one must flag
 * the same text.
 */
function flagged(messages: readonly WirelintMessage[], decode: (s: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const m of messages) {
    if (!m.place || m.ruleId === 'internal-error') continue
    const reason = decode(m.reason)
    const actual = decode(String(m.actual ?? ''))
    // Only findings whose reason quotes what they flag: their place is then
    // beyond doubt.  (Where a long line's sentences end differs a little
    // between the plain-text parser and the bridges.)
    if (!actual.trim() || !reason.includes(actual.trim())) continue
    const key = `${m.ruleId}: ${reason}`
    const list = out.get(key) ?? []
    list.push(actual)
    out.set(key, list)
  }
  return out
}

/** Every finding both make flags the same (decoded) text. */
function assertSameFlagged(encoded: Map<string, string[]>, plain: Map<string, string[]>): number {
  let compared = 0
  for (const [key, actuals] of encoded) {
    const reference = plain.get(key)
    if (!reference) continue
    const [small, large] = actuals.length <= reference.length ? [actuals, reference] : [reference, actuals]
    const pool = [...large]
    for (const a of small) {
      const at = pool.indexOf(a)
      expect(at, `${key}: flagged ${JSON.stringify(a)}, plain text flags ${JSON.stringify(large)}`).toBeGreaterThanOrEqual(0)
      pool.splice(at, 1)
      compared++
    }
  }
  return compared
}

const decodeHtml = (s: string): string =>
  s.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|(amp|AMP|lt|gt|nbsp|eacute));/gi, (all, hex, dec, name) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(parseInt(dec, 10)) : ({amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', eacute: 'é'} as Record<string, string>)[name.toLowerCase()] ?? all
  )
const decodeMarkdown = (s: string): string =>
  s.replace(/&#x([0-9a-f]+);|&#([0-9]+);|\\([!-/:-@[-`{-~])/gi, (_all, hex, dec, escaped) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(parseInt(dec, 10)) : escaped
  )

describe('issue 11 fuzz: encoded prose gets the findings of plain prose, at the place of its encoding', () => {
  it('HTML with entities', async () => {
    await fc.assert(
      fc.asyncProperty(line, fc.array(fc.nat(29), {minLength: 1, maxLength: 16}), async (text, pick) => {
        count('html-differential')
        const html = toHtml(text, pick)
        const plain = await check(text + '\n', 'story.txt')
        const encoded = await check(html, 'story.html')
        assertPositions(html, 'html', encoded.messages as WirelintMessage[])
        counts['html-differential findings'] = (counts['html-differential findings'] ?? 0) + assertSameFlagged(flagged(encoded.messages as WirelintMessage[], decodeHtml), flagged(plain.messages as WirelintMessage[], (s) => s))
      }),
      {numRuns: RUNS, interruptAfterTimeLimit: 120_000}
    )
  }, 300_000)

  it('Markdown with escapes and references', async () => {
    await fc.assert(
      fc.asyncProperty(markdownLine, fc.array(fc.nat(29), {minLength: 1, maxLength: 16}), async (text, pick) => {
        count('md-differential')
        const md = toMarkdown(text, pick)
        const plain = await check(text + '\n', 'story.txt')
        const encoded = await check(md, 'story.md')
        assertPositions(md, 'md', encoded.messages as WirelintMessage[])
        counts['md-differential findings'] = (counts['md-differential findings'] ?? 0) + assertSameFlagged(flagged(encoded.messages as WirelintMessage[], decodeMarkdown), flagged(plain.messages as WirelintMessage[], (s) => s))
      }),
      {numRuns: RUNS, interruptAfterTimeLimit: 120_000}
    )
  }, 300_000)
})

describe('issue 11 fuzz: long paragraphs (text cut into pieces and converted in groups)', () => {
  const long = fc.array(line, {minLength: 40, maxLength: 90}).map((parts) => parts.join(' '))
  const markdownLong = fc.array(markdownLine, {minLength: 40, maxLength: 90}).map((parts) => parts.join(' '))
  const LONG_RUNS = Math.max(4, Math.round(RUNS / 25))

  it('HTML: a paragraph of several thousand characters with entities', async () => {
    await fc.assert(
      fc.asyncProperty(long, fc.array(fc.nat(29), {minLength: 1, maxLength: 16}), async (text, pick) => {
        count('html-long')
        const html = toHtml(text, pick)
        const encoded = await check(html, 'story.html')
        assertPositions(html, 'html', encoded.messages as WirelintMessage[])
        const plain = await check(text + '\n', 'story.txt')
        assertSameFlagged(flagged(encoded.messages as WirelintMessage[], decodeHtml), flagged(plain.messages as WirelintMessage[], (s) => s))
      }),
      {numRuns: LONG_RUNS, interruptAfterTimeLimit: 120_000, endOnFailure: true}
    )
  }, 300_000)

  it('Markdown: a long escaped paragraph, and a long list item wrapped over indented lines', async () => {
    await fc.assert(
      fc.asyncProperty(markdownLong, fc.array(fc.nat(29), {minLength: 1, maxLength: 16}), async (text, pick) => {
        count('md-long')
        const md = toMarkdown(text, pick)
        const encoded = await check(md, 'story.md')
        assertPositions(md, 'md', encoded.messages as WirelintMessage[])
        const plain = await check(text + '\n', 'story.txt')
        assertSameFlagged(flagged(encoded.messages as WirelintMessage[], decodeMarkdown), flagged(plain.messages as WirelintMessage[], (s) => s))
        const wrapped = '- ' + md.trimEnd().replace(/ (?=\S)/g, (space, at: number) => (at % 7 === 0 ? '\n  ' : space)) + '\n'
        const file = await check(wrapped, 'story.md')
        assertPositions(wrapped, 'md', file.messages as WirelintMessage[])
      }),
      {numRuns: LONG_RUNS, interruptAfterTimeLimit: 120_000, endOnFailure: true}
    )
  }, 300_000)
})

