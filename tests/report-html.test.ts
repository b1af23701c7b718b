/**
 * The HTML report (`--format html`): one self-contained page, every text
 * escaped; and, opened in headless Chromium (playwright-core with the Debian
 * `chromium` package) with JavaScript off, each finding's mark covers exactly
 * its flagged text at its place, the charts count what the files hold, and a
 * screenshot is saved (its path is printed).
 *
 * The browser part is skipped, with a message, only when no Chromium binary is
 * installed (`.ci/run` installs it).  Set CHROMIUM_PATH to use another binary.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL, fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createChecker} from '../pipeline/core/checker.js'
import {toHtml} from '../pipeline/core/report-html.js'
import {spanOf} from '../pipeline/core/report-snippet.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => typeof p === 'string' && p !== '' && fs.existsSync(p)
)
const SKIP_REASON = 'no Chromium binary (looked for $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser): install the Debian "chromium" package'
if (!chromiumPath) console.warn(`tests/report-html.test.ts (browser part) skipped: ${SKIP_REASON}`)

// The seed article is read in place (its text is not copied into the repository); our samples otherwise.
const seedFile = path.resolve(root, '../shared/corpus/seed/000_b01199f03698bbf5.txt')
const inputs = [
  ...(fs.existsSync(seedFile) ? [seedFile] : []),
  path.join(root, 'samples/es-peru-runoff.txt'),
  ...fs
    .readdirSync(path.join(root, 'samples'))
    .filter((n) => n.endsWith('.txt') && n !== 'es-peru-runoff.txt')
    .slice(0, 3)
    .map((n) => path.join(root, 'samples', n))
]

/** Offsets of a finding in its text (from line and column, as the report computes them independently). */
function offsets(text: string, m: VFile['messages'][number]): [number, number] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  const span = spanOf(m)!
  return [starts[span.start.line - 1] + span.start.column - 1, starts[span.end.line - 1] + span.end.column - 1]
}

async function reportFiles(): Promise<VFile[]> {
  const checker = createChecker()
  const files: VFile[] = []
  for (const p of inputs) files.push(await checker.check(fs.readFileSync(p, 'utf8'), {path: path.relative(root, p)}))
  // Markup-looking text, overlapping findings and a finding between two characters.
  const hostile = new VFile({path: 'desk/<b>odd</b> & "name".txt', value: 'Tag <script>alert(1)</script> and <img src=x onerror=alert(2)> here.\nOverlap here, and a point.\n'})
  const add = (reason: string, start: [number, number], end: [number, number], fatal: boolean | undefined, ruleId: string) => {
    const m = hostile.message(reason, {place: {start: {line: start[0], column: start[1]}, end: {line: end[0], column: end[1]}}, ruleId, source: 'wirelint'})
    m.fatal = fatal
    return m
  }
  add('Markup <script> left in the copy', [1, 5], [1, 31], true, 'markup')
  add('Two <findings> & one span', [2, 1], [2, 13], false, 'overlap-a')
  add('The second one', [2, 9], [2, 18], undefined, 'overlap-b')
  add('A missing word', [2, 20], [2, 20], true, 'point')
  files.push(hostile)
  files.push(new VFile({path: 'desk/clean.txt', value: 'Nothing to see.\n'}))
  return files
}

describe('html report: the page', () => {
  it('is self-contained: no script, no external asset, every text escaped', async () => {
    const html = toHtml(await reportFiles(), {version: '1.2.3'})
    expect(html.startsWith('<!doctype html>')).toBe(true)
    // The elements of the page (the text's own markup is escaped, so not among them).
    const tags = html.match(/<[a-z][^>]*>/gi) ?? []
    expect(new Set(tags.map((t) => /^<([a-z0-9]+)/i.exec(t)![1].toLowerCase()))).toEqual(
      new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'p', 'span', 'div', 'section', 'h2', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'i', 'a', 'pre', 'mark'])
    )
    for (const t of tags) expect(t).not.toMatch(/\s(?:src|on[a-z]+)=|href="(?!#)/i)
    expect(html).not.toMatch(/@import|url\(/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('desk/&lt;b&gt;odd&lt;/b&gt; &amp; &quot;name&quot;.txt')
    expect(html).toContain('title="Markup &lt;script&gt; left in the copy (error, markup)"')
    expect(html).toContain('<meta name="generator" content="wirelint 1.2.3">')
  })
})

describe('html report in headless Chromium', () => {
  let browser: import('playwright-core').Browser

  beforeAll(async () => {
    if (!chromiumPath) return
    const {chromium} = await import('playwright-core')
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      timeout: 60_000
    })
  }, 90_000)

  afterAll(async () => {
    await browser?.close()
  })

  it.skipIf(!chromiumPath)(`marks each finding where it is and counts them by rule and folder${chromiumPath ? '' : ` (skipped: ${SKIP_REASON})`}`, async () => {
    const files = await reportFiles()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-html-'))
    const page_ = path.join(dir, 'report.html')
    fs.writeFileSync(page_, toHtml(files, {version: 'test'}))
    // JavaScript off: the page must read without any.
    const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 1200, height: 900}})
    const page = await context.newPage()
    const requests: string[] = []
    page.on('request', (r) => {
      if (r.url() !== pathToFileURL(page_).href) requests.push(r.url())
    })
    await page.goto(pathToFileURL(page_).href)

    // Each file with findings: for each finding, its marks (in document order) hold exactly the flagged text,
    // and the text before its first mark is the text before the finding.
    const withFindings = files.filter((f) => f.messages.length > 0)
    const sections = await page.$$eval('section.file', (els) =>
      els.map((el) => {
        const pre = el.querySelector('pre.text')
        const marks = Array.from(el.querySelectorAll("pre.text mark")).map((m: any) => {
          const range = (globalThis as any).document.createRange()
          range.setStart(pre, 0)
          range.setEndBefore(m)
          return {f: (m.getAttribute('data-f') ?? '').split(' ').map(Number), text: m.textContent ?? '', before: String(range.toString()).length, title: m.getAttribute('title') ?? '', point: m.classList.contains('point')}
        })
        return {path: el.getAttribute('data-path'), count: Number(el.getAttribute('data-findings')), rows: el.querySelectorAll('table.findings tr').length, text: pre?.textContent ?? '', marks}
      })
    )
    expect(sections.map((s) => s.path)).toEqual(withFindings.map((f) => f.path))
    let checkedFindings = 0
    sections.forEach((section, i) => {
      const file = withFindings[i]
      const text = String(file.value)
      expect(section.text).toBe(text)
      expect(section.count).toBe(file.messages.length)
      expect(section.rows).toBe(file.messages.length)
      file.messages.forEach((m, k) => {
        const [start, end] = offsets(text, m)
        const marks = section.marks.filter((x) => x.f.includes(k))
        expect(marks.length, `${file.path} finding ${k}`).toBeGreaterThan(0)
        expect(marks.map((x) => x.text).join(''), `${file.path}: ${m.reason}`).toBe(text.slice(start, end))
        expect(marks[0].before, `${file.path}: ${m.reason}`).toBe(start)
        expect(marks[0].point).toBe(start === end)
        expect(marks[0].title).toContain(m.reason)
        expect(marks[0].title).toContain(m.ruleId!)
        checkedFindings++
      })
    })
    expect(checkedFindings).toBe(files.reduce((n, f) => n + f.messages.length, 0))

    // Charts: one row per rule and per folder, with the counts the files hold, and a bar as long as the count.
    const byRule = new Map<string, number>()
    const byFolder = new Map<string, number>()
    for (const f of files) {
      for (const m of f.messages) byRule.set(m.ruleId!, (byRule.get(m.ruleId!) ?? 0) + 1)
      if (f.messages.length > 0) byFolder.set(path.posix.dirname(f.path), (byFolder.get(path.posix.dirname(f.path)) ?? 0) + f.messages.length)
    }
    const rows = (id: string) =>
      page.$$eval(`#${id} tbody tr`, (trs) =>
        trs.map((tr) => ({name: tr.getAttribute('data-name') ?? '', count: Number(tr.querySelector('td.n')?.textContent), bar: Array.from(tr.querySelectorAll("td.bar i")).reduce((n: number, i: any) => n + Number(i.getBoundingClientRect().width), 0)}))
      )
    const ruleRows = await rows('by-rule')
    expect(new Map(ruleRows.map((r) => [r.name, r.count]))).toEqual(byRule)
    expect(new Map((await rows('by-folder')).map((r) => [r.name, r.count]))).toEqual(byFolder)
    const top = ruleRows[0]
    for (const r of ruleRows) expect(Math.abs(r.bar / top.bar - r.count / top.count)).toBeLessThan(0.05)
    const total = await page.$eval('p.totals', (p) => Number(p.getAttribute('data-total')))
    expect(total).toBe(checkedFindings)
    expect(requests).toEqual([])

    const shot = path.join(os.tmpdir(), `wirelint-html-report-${process.pid}.png`)
    await page.screenshot({path: shot, fullPage: true})
    console.log(`HTML report screenshot: ${shot} (report: ${page_})`)
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000)
    await context.close()
  }, 120_000)
})
