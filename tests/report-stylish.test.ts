/**
 * The terminal report: fits the width (wraps, never pads), shows the flagged
 * text with the span marked (trimmed around it; tabs and wide characters
 * counted in columns), counts and tells apart the three severities, honours
 * NO_COLOR / FORCE_COLOR / --color / --no-color, ends with counts by rule, and
 * streams: each file's block is written when that file is checked.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import stringWidth from 'string-width'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {VFile} from 'vfile'
import {createChecker} from '../pipeline/core/checker.js'
import {main} from '../pipeline/cli/cli.js'
import {createStylish, stylishReport} from '../pipeline/core/report-stylish.js'
import {keepExcerpts} from '../pipeline/core/report-snippet.js'
import {colorEnabled, reportColumns} from '../pipeline/core/report-terminal.js'

const ANSI = /\x1b\[[0-9;]*m/g
const plain = (s: string): string => s.replace(ANSI, '')
const root = fileURLToPath(new URL('..', import.meta.url))
const sample = fs.readFileSync(path.join(root, 'samples/es-peru-runoff.txt'), 'utf8')

function message(file: VFile, reason: string, start: [number, number], end: [number, number], fatal: boolean | undefined, ruleId = 'test-rule'): void {
  const m = file.message(reason, {place: {start: {line: start[0], column: start[1]}, end: {line: end[0], column: end[1]}}, ruleId, source: 'wirelint'})
  m.fatal = fatal
}

/** The snippet under a finding: the source line shown and the caret line, as [text after the gutter, carets line after the gutter]. */
function snippets(report: string): Array<{shown: string; carets: string}> {
  const lines = plain(report).split('\n')
  const out: Array<{shown: string; carets: string}> = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = /^ +\d+ │ (.*)$/.exec(lines[i])
    const b = /^ +│ ( *\^+)$/.exec(lines[i + 1])
    if (a && b) out.push({shown: a[1], carets: b[1]})
  }
  return out
}

/** The text above the carets (by columns on screen). */
function underCarets(s: {shown: string; carets: string}): string {
  const pad = s.carets.indexOf('^')
  const width = s.carets.length - pad
  let col = 0
  let out = ''
  for (const ch of s.shown) {
    const w = stringWidth(ch)
    if (col >= pad && col < pad + width) out += ch
    col += w
  }
  return out
}

describe('stylish: layout', () => {
  it('fits 80 and 120 columns with every message in full (wrapped at spaces, never padded)', async () => {
    const file = await createChecker().check(sample, {path: 'samples/es-peru-runoff.txt'})
    expect(file.messages.length).toBeGreaterThan(3)
    for (const columns of [80, 120]) {
      const report = stylishReport([file], {columns})
      for (const line of report.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(columns)
      // No padding: no trailing spaces, no wide gap between two words of a finding (caret lines and the rule table aside).
      const findings = plain(report).split('Findings by rule:')[0].split('\n').filter((l) => !/│ +\^+$/.test(l))
      for (const line of findings) expect(line, line).not.toMatch(/\S {12,}\S|\s$/)
      const flat = plain(report).replace(/\s+/g, ' ')
      for (const m of file.messages) {
        expect(flat).toContain(m.reason.replace(/\s+/g, ' '))
        expect(flat).toContain(m.ruleId!)
      }
    }
  })

  it('marks the flagged text under the line it is on, trimmed around the span on a long line', async () => {
    const long = 'Word '.repeat(300) + 'The vote . Then ' + 'more '.repeat(300) + '\n'
    const file = await createChecker().check(long, {path: 'long.txt'})
    const m = file.messages.find((x) => x.ruleId === 'punctuation-spacing')!
    expect(m).toBeDefined()
    const report = stylishReport([file], {columns: 80})
    const [s] = snippets(report)
    expect(s.shown.startsWith('…') && s.shown.endsWith('…')).toBe(true)
    expect(stringWidth(s.shown) + 10).toBeLessThanOrEqual(80)
    expect(underCarets(s)).toBe(' .')
    expect(s.shown).toContain('The vote . Then')
    expect(plain(report)).toContain(`${m.line} │`)
  })

  it('counts tabs and wide characters in columns: the carets sit under the span and are as wide as it is', () => {
    const file = new VFile({path: 'wide.txt', value: '東京\tの記者 said 大阪 won.\n'})
    // "大阪": UTF-16 columns 13-14 (end 15); on screen after 2+2 (東京) + 4 (tab) + 6 (の記者) + 6 (" said ") columns.
    message(file, 'Wide span', [1, 13], [1, 15], true)
    const [s] = snippets(stylishReport([file], {columns: 80}))
    expect(s.carets).toBe(' '.repeat(4 + 4 + 6 + 6) + '^^^^')
    expect(underCarets(s)).toBe('大阪')
    expect(s.shown).not.toContain('\t')
  })

  it('shows a span over two lines as its first and last line; an empty span as one caret; control characters made visible', () => {
    const file = new VFile({path: 'two.txt', value: 'One line ends here\nand the next goes on.\nA\u0007bell and a zero\u200Bwidth space.\n'})
    message(file, 'Across lines', [1, 10], [2, 4], false)
    message(file, 'A point', [2, 8], [2, 8], undefined)
    message(file, 'Control', [3, 2], [3, 3], true)
    message(file, 'Invisible', [3, 18], [3, 19], true)
    const s = snippets(stylishReport([file], {columns: 80}))
    expect(s.map(underCarets)).toEqual(['ends here', 'and', ' ', '␇', '·'])
    expect(s[2].carets.trim()).toBe('^')
  })

  it('a span that ends at the start of the next line (its line break) shows one line, marked to its end', () => {
    const file = new VFile({path: 'break.txt', value: 'The sentence goes on, while\nthe next line ends it.\n'})
    message(file, 'Broken across lines', [1, 23], [2, 1], false)
    const s = snippets(stylishReport([file], {columns: 80}))
    expect(s.length).toBe(1)
    expect(underCarets(s[0])).toBe('while')
  })

  it('a narrow terminal: the message goes under its place, still within the width', () => {
    const file = new VFile({path: 'n.txt', value: 'x'.repeat(50) + '\n'})
    message(file, 'A reason long enough to need wrapping on a narrow terminal of forty columns', [1, 10], [1, 20], true, 'a-rule-with-a-long-identifier')
    const report = stylishReport([file], {columns: 40})
    for (const line of report.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40)
    expect(plain(report)).toContain('a-rule-with-a-long-identifier')
  })
})

describe('stylish: severities and summary', () => {
  const file = (): VFile => {
    const f = new VFile({path: 'three.txt', value: 'Alpha beta gamma delta.\n'})
    message(f, 'An error', [1, 1], [1, 6], true, 'rule-a')
    message(f, 'A warning', [1, 7], [1, 11], false, 'rule-b')
    message(f, 'An info', [1, 12], [1, 17], undefined, 'rule-b')
    message(f, 'Another info', [1, 18], [1, 23], undefined, 'rule-c')
    return f
  }

  it('counts infos and ends with counts by severity and by rule', () => {
    const report = plain(stylishReport([file(), new VFile({path: 'clean.txt', value: 'Fine.\n'})]))
    expect(report).toMatch(/^✖ 4 findings \(1 error, 1 warning, 2 infos\) in 1 file \(2 checked\)$/m)
    expect(report).toMatch(/Findings by rule:\n {2}rule-b +1 warning, 1 info\n {2}rule-a +1 error\n {2}rule-c +1 info\n/)
    expect(report).not.toContain('clean.txt')
    expect(plain(stylishReport([new VFile({path: 'clean.txt', value: 'Fine.\n'})]))).toBe('✔ no issues found (1 file checked)\n')
  })

  it('tells the three severities apart by word and by colour', () => {
    const report = stylishReport([file()], {color: true})
    const colourOf = (word: string): string => new RegExp(`((?:\\x1b\\[[0-9;]*m)+)${word}`).exec(report)?.[1] ?? ''
    const [e, w, i] = [colourOf('error'), colourOf('warning'), colourOf('info')]
    expect(e && w && i).toBeTruthy()
    expect(new Set([e, w, i]).size).toBe(3)
    expect(plain(stylishReport([file()], {color: false}))).toBe(stylishReport([file()], {color: false}))
    expect(stylishReport([file()], {color: false})).not.toMatch(ANSI)
  })

  it('is linear: 8,000 findings over 400 files in one pass (size of the output grows with the findings)', () => {
    const text = 'The vote . Then they left. '.repeat(20) + '\n'
    const files = Array.from({length: 400}, (_, k) => {
      const f = new VFile({path: `f${k}.txt`, value: text})
      for (let j = 0; j < 20; j++) message(f, 'Space before “.”', [1, 9 + j * 27], [1, 11 + j * 27], true, 'punctuation-spacing')
      keepExcerpts(f)
      f.value = ''
      return f
    })
    const report = plain(stylishReport(files, {columns: 100}))
    expect(report).toMatch(/^✖ 8000 findings \(8000 errors, 0 warnings, 0 infos\) in 400 files \(400 checked\)$/m)
    expect(snippets(report).length).toBe(8000)
    expect(snippets(report).every((s) => underCarets(s) === ' .')).toBe(true)
  })
})

describe('colours: flags and environment', () => {
  it('decides as NO_COLOR, FORCE_COLOR and the flags say', () => {
    expect(colorEnabled({env: {}, isTTY: true})).toBe(true)
    expect(colorEnabled({env: {}, isTTY: false})).toBe(false)
    expect(colorEnabled({env: {TERM: 'dumb'}, isTTY: true})).toBe(false)
    expect(colorEnabled({env: {NO_COLOR: '1'}, isTTY: true})).toBe(false)
    expect(colorEnabled({env: {NO_COLOR: ''}, isTTY: true})).toBe(true)
    expect(colorEnabled({env: {FORCE_COLOR: '0'}, isTTY: true})).toBe(false)
    expect(colorEnabled({env: {FORCE_COLOR: 'false'}, isTTY: true})).toBe(false)
    for (const level of ['1', '2', '3', 'true', '']) expect(colorEnabled({env: {FORCE_COLOR: level}, isTTY: false}), level).toBe(true)
    expect(colorEnabled({env: {FORCE_COLOR: '1', NO_COLOR: '1'}, isTTY: false})).toBe(true)
    expect(colorEnabled({flag: false, env: {FORCE_COLOR: '3'}, isTTY: true})).toBe(false)
    expect(colorEnabled({flag: true, env: {NO_COLOR: '1'}, isTTY: false})).toBe(true)
  })

  it('takes the width from the terminal, else COLUMNS, else 80', () => {
    expect(reportColumns({isTTY: true, columns: 132}, {COLUMNS: '90'})).toBe(132)
    expect(reportColumns({isTTY: false}, {COLUMNS: '90'})).toBe(90)
    expect(reportColumns(undefined, {})).toBe(80)
    expect(reportColumns(undefined, {COLUMNS: 'wide'})).toBe(80)
  })

  const cli = path.join(root, 'dist/bin/cli.cjs')
  it.skipIf(!fs.existsSync(cli))('the CLI: FORCE_COLOR=0 and NO_COLOR turn colours off, FORCE_COLOR=1 and --color on, --no-color wins; COLUMNS sets the width', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-stylish-'))
    try {
      fs.writeFileSync(path.join(dir, 'story.txt'), sample)
      const run = (args: string[], env: Record<string, string>) => {
        const base = {...process.env}
        delete base.FORCE_COLOR
        delete base.NO_COLOR
        return spawnSync(process.execPath, [cli, ...args, 'story.txt'], {cwd: dir, encoding: 'utf8', env: {...base, ...env}}).stdout
      }
      expect(run([], {})).not.toMatch(ANSI)
      expect(run([], {FORCE_COLOR: '1'})).toMatch(ANSI)
      expect(run([], {FORCE_COLOR: '0'})).not.toMatch(ANSI)
      expect(run(['--color'], {NO_COLOR: '1'})).toMatch(ANSI)
      expect(run(['--no-color'], {FORCE_COLOR: '3'})).not.toMatch(ANSI)
      expect(run([], {FORCE_COLOR: '2', NO_COLOR: '1'})).toMatch(ANSI)
      const narrow = run([], {COLUMNS: '60'})
      const wide = run([], {COLUMNS: '120'})
      expect(Math.max(...narrow.split("\n").map((l) => stringWidth(l)))).toBeLessThanOrEqual(60)
      expect(Math.max(...wide.split("\n").map((l) => stringWidth(l)))).toBeGreaterThan(60)
      expect(Math.max(...wide.split("\n").map((l) => stringWidth(l)))).toBeLessThanOrEqual(120)
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('streaming', () => {
  afterEach(() => vi.restoreAllMocks())

  it('writes each file’s block as soon as that file is checked, in input order, then the summary', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-stream-'))
    try {
      const names = Array.from({length: 12}, (_, k) => path.join(dir, `story-${String(k).padStart(2, '0')}.txt`))
      for (const name of names) fs.writeFileSync(name, 'The vote . Then they left.\n')
      const last = names[names.length - 1]
      const writes: string[] = []
      vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
        const text = String(chunk)
        // When the first block is written, add a second finding to the last file: a report printed
        // at the end (every file already checked) would not have it; one printed as files finish does.
        if (writes.length === 0) fs.appendFileSync(last, 'Fans queued for ticketsand more.\n')
        writes.push(text)
        const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined
        done?.()
        return true
      }) as typeof process.stdout.write)
      const code = await main(['--workers', '0', '--no-color', ...names])
      vi.restoreAllMocks()
      expect(code).toBe(1)
      const blocks = writes.slice(0, -1)
      expect(blocks.length).toBe(12)
      expect(blocks.map((b) => /story-(\d+)/.exec(b)![1])).toEqual(names.map((_, k) => String(k).padStart(2, '0')))
      expect(blocks[11]).toContain('merged-words')
      expect(writes[writes.length - 1]).toMatch(/^✖ 13 findings /m)
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})
