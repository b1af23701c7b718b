/**
 * Issue 11, "Never lose a byte": the position model of Markdown and HTML
 * (items #1, #2, #3, #6, #12 for Markdown, #15).  Every position points at
 * the exact characters in the file, `--fix` through the real CLI rewrites
 * only those, and hostile Markdown ends with findings or a clear per-file
 * error instead of hanging.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {createChecker} from '../../pipeline/core/checker.js'
import type {WirelintMessage} from '../../plugins/support/rule.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cli = path.join(root, 'dist/bin/cli.cjs')
const checker = createChecker()

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-positions-'))
})
afterEach(() => {
  fs.rmSync(dir, {recursive: true, force: true})
})

function wirelint(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: r.status, out: r.stdout + r.stderr, stdout: r.stdout}
}

/** Write a file, run `wirelint --fix` on it, return what it holds afterwards. */
function fixFile(name: string, text: string): string {
  fs.writeFileSync(path.join(dir, name), text)
  wirelint('--fix', name)
  return fs.readFileSync(path.join(dir, name), 'utf8')
}

/** The findings of one rule: [line, column, offset, end offset, actual]. */
async function found(text: string, name: string, rule = 'punctuation-spacing') {
  const file = await checker.check(text, {path: name})
  return (file.messages as WirelintMessage[])
    .filter((m) => m.ruleId === rule)
    .map((m) => {
      const p = m.place as {start: {line: number; column: number; offset: number}; end: {offset: number}}
      return [p.start.line, p.start.column, p.start.offset, p.end.offset, m.actual]
    })
}

/** Every message: in range, start ≤ end, `actual` the text there, fixes inside the file. */
function assertSound(text: string, messages: readonly WirelintMessage[]): void {
  for (const m of messages) {
    const p = m.place as {start?: {offset?: number}; end?: {offset?: number}} | undefined
    if (p?.start?.offset === undefined) continue
    const s = p.start.offset
    const e = p.end!.offset!
    expect(s).toBeGreaterThanOrEqual(0)
    expect(e).toBeGreaterThanOrEqual(s)
    expect(e).toBeLessThanOrEqual(text.length)
    if (m.actual !== undefined && m.actual !== null) expect(m.actual).toBe(text.slice(s, e))
    if (m.fix) {
      expect(m.fix.start).toBeGreaterThanOrEqual(0)
      expect(m.fix.end).toBeGreaterThanOrEqual(m.fix.start)
      expect(m.fix.end).toBeLessThanOrEqual(text.length)
    }
  }
}

describe('issue 11 #1: Markdown positions after indented continuation lines', () => {
  it('#1 --fix of a wrapped list item fixes the space before the full stop, nothing else', () => {
    const md = '- The first item of the list is long and\n  wraps onto a second line . It ends here.\n'
    expect(fixFile('list.md', md)).toBe('- The first item of the list is long and\n  wraps onto a second line. It ends here.\n')
  })

  it('#1 a hand-wrapped paragraph, a block quote with `>  ` and a nested list item point at the flagged characters', async () => {
    const wrapped = 'The talks resumed on Monday and\n   the two sides met again . Nothing was agreed.\n'
    expect(await found(wrapped, 'a.md')).toEqual([[2, 27, 58, 60, ' .']])
    const quote = '> The talks resumed on Monday and\n>  the two sides met again . Nothing was agreed.\n'
    expect(await found(quote, 'a.md')).toEqual([[2, 27, 60, 62, ' .']])
    const nested = '- One\n  - The talks resumed on Monday and\n    the two sides met again , then left.\n'
    expect(await found(nested, 'a.md')).toEqual([[3, 28, 69, 71, ' ,']])
  })

  it('#1 --fix in a block quote keeps its markers', () => {
    const md = '> The talks resumed on Monday and\n>  the two sides met again . Nothing was agreed.\n'
    expect(fixFile('quote.md', md)).toBe('> The talks resumed on Monday and\n>  the two sides met again. Nothing was agreed.\n')
  })
})

describe('issue 11 #2: entities do not shift later positions', () => {
  const sentence = 'Shares of Johnson &amp; Johnson fell 3% on Monday . Analysts were surprised.'
  it('#2 HTML: `&amp;` and `&#38;`', async () => {
    expect(await found(`<p>${sentence}</p>`, 'a.html')).toEqual([[1, 53, 52, 54, ' .']])
    const numeric = `<p>${sentence.replace('&amp;', '&#38;')}</p>`
    expect(await found(numeric, 'a.html')).toEqual([[1, 53, 52, 54, ' .']])
  })

  it('#2 Markdown: `&amp;` and `&#38;`', async () => {
    expect(await found(sentence + '\n', 'a.md')).toEqual([[1, 50, 49, 51, ' .']])
    expect(await found(sentence.replace('&amp;', '&#38;') + '\n', 'a.md')).toEqual([[1, 50, 49, 51, ' .']])
  })

  it('#2 --fix after an entity rewrites only the flagged space', () => {
    expect(fixFile('amp.html', `<p>${sentence}</p>\n`)).toBe(`<p>${sentence.replace(' .', '.')}</p>\n`)
  })

  it('#2 --fix writes prose, not markup: a stray `&lt;` decoded by a fix stays text', () => {
    // Before: the fix wrote "<" and the rest of the paragraph became a tag.
    expect(fixFile('lt.html', '<p>The minister said &amp;lt;b the talks failed.</p>\n')).toBe('<p>The minister said &lt;b the talks failed.</p>\n')
  })

  it('#2 after a word that holds an entity, the flagged space is the space', async () => {
    // Before: the “ .” after “AT&amp;T” was reported on “mp” of the entity.
    expect(await found('<p>Rebels took AT&amp;T . Then the Caf&eacute;Bar closed.</p>', 'a.html')).toEqual([[1, 24, 23, 25, ' .']])
  })
})

describe('issue 11 #3: a bare `&` at the end of an HTML line', () => {
  it('#3 --fix of the next paragraph lands on its own text', () => {
    const html = '<p>Shares of Johnson &\nJohnson fell.</p>\n<p>The vote . Then they left.</p>\n'
    expect(fixFile('bare.html', html)).toBe('<p>Shares of Johnson &\nJohnson fell.</p>\n<p>The vote. Then they left.</p>\n')
    const short = '<p>Johnson &\nJohnson</p>\n<p>The vote . Then.</p>\n'
    expect(fixFile('short.html', short)).toBe('<p>Johnson &\nJohnson</p>\n<p>The vote. Then.</p>\n')
  })

  it('#3 and with a legacy entity without its semicolon', () => {
    const html = '<p>Johnson &amp\nJohnson fell . Then.</p>\n'
    expect(fixFile('legacy.html', html)).toBe('<p>Johnson &amp\nJohnson fell. Then.</p>\n')
  })

  it('#3 lines and columns after a bare `&` are the editor’s', async () => {
    expect(await found('<p>Johnson &\nJohnson</p>\n<p>The vote . Then.</p>\n', 'a.html')).toEqual([[3, 12, 36, 38, ' .']])
  })
})

describe('issue 11 #6: no reversed or out-of-range positions in Markdown and HTML', () => {
  it('#6 the reported case: `The vote ,x<b>.www.` flags “ ,” with a forward fix', async () => {
    const text = 'The vote ,x<b>.www.'
    const file = await checker.check(text, {path: 'a.md'})
    assertSound(text, file.messages as WirelintMessage[])
    expect(await found(text, 'a.md')).toEqual([[1, 9, 8, 10, ' ,']])
    const fix = (file.messages as WirelintMessage[]).find((m) => m.ruleId === 'punctuation-spacing')?.fix
    expect(fix).toEqual({start: 8, end: 10, text: ','})
  })

  it('#6 text that remark-gfm’s autolink transform leaves without a position is placed exactly', async () => {
    // remark-gfm splits `x.www.` into text and link nodes with no positions.
    expect(await found('The vote x.www.example.com. It ended , then.', 'a.md')).toEqual([[1, 37, 36, 38, ' ,']])
    expect(await found('# Rebels x.www. here , now', 'a.md')).toEqual([[1, 21, 20, 22, ' ,']])
  })

  it('#6 a false URL merged across escapes and a link is restored at its own places', async () => {
    const text = 'x\\.www\\.\\(OSDH and more , here.'
    expect(await found(text, 'a.md', 'acronym')).toEqual([[1, 11, 10, 14, 'OSDH']])
    expect(await found(text, 'a.md')).toEqual([[1, 24, 23, 25, ' ,']])
  })
})

describe('issue 11 #12: hostile Markdown ends with findings or a clear per-file error', () => {
  async function finishes(text: string) {
    const file = await checker.check(text, {path: 'hostile.md'})
    const errors = file.messages.filter((m) => m.ruleId === 'internal-error')
    assertSound(text, file.messages as WirelintMessage[])
    return {file, errors}
  }

  // Sizes where the quadratic parse took minutes; the timeouts are generous for a linear one.
  it('#12 100 KB of setext headings (`a\\n=\\n`) is checked', async () => {
    const {errors} = await finishes('a\n=\n'.repeat(25_000))
    expect(errors).toEqual([])
  }, 120_000)

  it('#12 `* ` × 10,000 on one line (lists nested 10,000 deep) is a clear error', async () => {
    const {errors} = await finishes('* '.repeat(10_000) + 'a\n')
    expect(errors).toHaveLength(1)
    expect(errors[0].reason).toMatch(/nested 10000 levels deep/)
  }, 180_000)

  it('#12 200 KB of short paragraphs is checked, with its findings', async () => {
    const {file, errors} = await finishes('a\n\n'.repeat(66_667))
    expect(errors).toEqual([])
    expect(file.messages.filter((m) => m.ruleId === 'terminal-punctuation').length).toBeGreaterThan(60_000)
  }, 240_000)

  it('#12 setext headings inside one block quote are a clear error', async () => {
    const {errors} = await finishes('> a\n> =\n'.repeat(3000))
    expect(errors).toHaveLength(1)
    expect(errors[0].reason).toMatch(/setext/)
  }, 180_000)

  it('#12 through the CLI: one error for the file, and the other files are checked', () => {
    fs.writeFileSync(path.join(dir, 'deep.md'), '* '.repeat(10_000) + 'a\n')
    fs.writeFileSync(path.join(dir, 'story.md'), 'The vote . Then.\n')
    const r = wirelint('deep.md', 'story.md')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/deep\.md[\s\S]*nested 10000 levels deep/)
    expect(r.out).toMatch(/story\.md[\s\S]*punctuation-spacing/)
  }, 180_000)
})

describe('issue 11 #15: empty HTML', () => {
  it.each([[''], ['  \n'], ['\n\n\t']])('#15 %j is checked without an error', async (text) => {
    const file = await checker.check(text, {path: 'empty.html'})
    expect(file.messages).toEqual([])
  })

  it('#15 through the CLI: exit 0', () => {
    fs.writeFileSync(path.join(dir, 'empty.html'), '')
    fs.writeFileSync(path.join(dir, 'blank.html'), ' \n \n')
    const r = wirelint('empty.html', 'blank.html')
    expect(r.out).not.toMatch(/expected position/)
    expect(r.code).toBe(0)
  })
})
