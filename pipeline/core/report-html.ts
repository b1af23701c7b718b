/**
 * The HTML report (`--format html`), for archive runs: one self-contained
 * page (styles inline, no script, no request), readable offline and in print.
 *
 * - totals by severity; counts by rule and by folder (the outlet, in an
 *   archive sorted by outlet) as CSS bars, split by severity;
 * - each file with findings: its list of findings (place, severity, rule,
 *   message, fix), then its text with every flagged span marked (<mark>,
 *   whose title gives message, rule and fix; a finding that points between
 *   two characters is an empty mark shown as a caret).
 *
 * Every piece of text is escaped (entities' escapeUTF8).  Marks: the text is
 * cut at every start and end of a finding, and each piece inside one or more
 * findings is one <mark> listing them (`data-f`), so overlapping findings
 * stay well-nested.
 */
import path from 'node:path'
import {escapeUTF8} from 'entities'
import type {VFile} from 'vfile'
import type {WirelintMessage} from '../../plugins/support/rule.js'
import {relativePath, severityName} from './report.js'
import {spanOf} from './report-snippet.js'

type Severity = 'error' | 'warning' | 'info'

const esc = (s: string): string => escapeUTF8(s)

const SEVERITIES: Severity[] = ['error', 'warning', 'info']

interface Counts {
  error: number
  warning: number
  info: number
}

const zero = (): Counts => ({error: 0, warning: 0, info: 0})
const sum = (c: Counts): number => c.error + c.warning + c.info
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

function fixText(m: WirelintMessage): string {
  if (m.fix) return m.fix.text === '' ? 'delete' : `“${m.fix.text}”`
  if (m.expected && m.expected.length > 0) return m.expected.map((e) => (e === '' ? 'delete' : `“${e}”`)).join(' or ')
  return ''
}

/** A finding's UTF-16 offsets in its file's text, from its line and column (undefined without a place). */
function offsets(m: WirelintMessage, starts: number[], length: number): [number, number] | undefined {
  const span = spanOf(m)
  if (!span) return undefined
  const at = (p: {line: number; column: number}): number =>
    p.line > starts.length ? length : Math.min(length, starts[p.line - 1] + p.column - 1, p.line < starts.length ? starts[p.line] : length)
  const a = at(span.start)
  return [a, Math.max(a, at(span.end))]
}

function chart(title: string, rows: Array<[string, Counts]>, id: string): string {
  const max = rows.reduce((n, [, c]) => Math.max(n, sum(c)), 0) || 1
  const body = rows
    .map(([name, c]) => {
      const bars = SEVERITIES.filter((s) => c[s] > 0)
        .map((s) => `<i class="${s}" style="width:${((c[s] / max) * 100).toFixed(2)}%" title="${esc(plural(c[s], s))}"></i>`)
        .join('')
      return `<tr data-name="${esc(name)}" data-count="${sum(c)}"><th scope="row">${esc(name)}</th><td class="n">${sum(c)}</td><td class="bar" aria-hidden="true">${bars}</td></tr>`
    })
    .join('\n')
  return `<section class="chart" id="${id}"><h2>${esc(title)}</h2><table><thead><tr><th scope="col">${id === 'by-rule' ? 'Rule' : 'Folder'}</th><th scope="col">Findings</th><th scope="col"></th></tr></thead><tbody>\n${body}\n</tbody></table></section>`
}

const STYLE = `
:root{--error:#c62828;--warning:#b26a00;--info:#1565c0;font-family:system-ui,sans-serif;line-height:1.45;color:#1b1b1b;background:#fff}
body{max-width:72rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.totals span{margin-right:1rem}.error{color:var(--error)}.warning{color:var(--warning)}.info{color:var(--info)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem 2rem}
.chart table{border-collapse:collapse;width:100%}.chart th,.chart td{padding:.15rem .4rem;text-align:left;font-weight:normal}
.chart thead th{font-size:.8rem;color:#555}.chart tbody th{font-family:ui-monospace,monospace;font-size:.9rem;white-space:nowrap}
.chart td.n{text-align:right;font-variant-numeric:tabular-nums}.chart td.bar{width:60%}
.chart td.bar i{display:inline-block;height:.9rem;vertical-align:middle}
i.error{background:var(--error)}i.warning{background:var(--warning)}i.info{background:var(--info)}
.file{border-top:1px solid #ddd;margin-top:1.5rem}.file h2{font-family:ui-monospace,monospace;word-break:break-all}
.findings{border-collapse:collapse;width:100%;font-size:.9rem}.findings td{padding:.2rem .4rem;vertical-align:top;border-bottom:1px solid #eee}
.findings td.at{font-family:ui-monospace,monospace;white-space:nowrap}.findings td.rule{font-family:ui-monospace,monospace;white-space:nowrap}
pre.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-monospace,monospace;font-size:.9rem;background:#fafafa;border:1px solid #e5e5e5;padding:.75rem;tab-size:4}
mark{background:#e3ecfa;border-bottom:2px solid var(--info);color:inherit}
mark.warning{background:#fdf0d5;border-bottom-color:var(--warning)}mark.error{background:#fbe0e0;border-bottom-color:var(--error)}
mark.point::before{content:"‸";color:var(--error);font-weight:bold}
mark:target{outline:2px solid #000}
.clean{color:#555}
@media print{mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`

export interface HtmlOptions {
  cwd?: string
  version?: string
  title?: string
}

export function toHtml(files: VFile[], options: HtmlOptions = {}): string {
  const total = zero()
  const byRule = new Map<string, Counts>()
  const byFolder = new Map<string, Counts>()
  const sections: string[] = []
  let withFindings = 0
  files.forEach((file, fileIndex) => {
    const name = relativePath(file, options.cwd)
    const messages = file.messages as WirelintMessage[]
    const folder = path.posix.dirname(name)
    if (messages.length === 0) return
    withFindings++
    const fileCounts = zero()
    for (const m of messages) {
      const s = severityName(m.fatal)
      total[s]++
      fileCounts[s]++
      const rule = m.ruleId ?? 'unknown'
      if (!byRule.has(rule)) byRule.set(rule, zero())
      byRule.get(rule)![s]++
      if (!byFolder.has(folder)) byFolder.set(folder, zero())
      byFolder.get(folder)![s]++
    }
    const id = (k: number): string => `f${fileIndex + 1}-${k + 1}`
    const rows = messages
      .map((m, k) => {
        const s = severityName(m.fatal)
        const span = spanOf(m)
        const at = span ? `${span.start.line}:${span.start.column}` : '-'
        const fix = fixText(m)
        return `<tr data-f="${k}"><td class="at"><a href="#${id(k)}">${at}</a></td><td class="${s}">${s}</td><td class="rule">${esc(m.ruleId ?? '')}</td><td>${esc(m.reason)}${fix ? ` <span class="fix">Fix: ${esc(fix)}</span>` : ''}</td></tr>`
      })
      .join('\n')
    let text = ''
    if (typeof file.value === 'string' && file.value !== '') {
      text = `<pre class="text">${marked(String(file.value), messages, id)}</pre>`
    }
    const counts = SEVERITIES.filter((s) => fileCounts[s] > 0).map((s) => `<span class="${s}">${plural(fileCounts[s], s)}</span>`).join(', ')
    sections.push(
      `<section class="file" id="file-${fileIndex + 1}" data-path="${esc(name)}" data-findings="${messages.length}"><h2>${esc(name)}</h2><p>${counts}</p>\n<table class="findings"><tbody>\n${rows}\n</tbody></table>\n${text}</section>`
    )
  })
  const sortRows = (m: Map<string, Counts>): Array<[string, Counts]> =>
    [...m].sort((a, b) => sum(b[1]) - sum(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const title = options.title ?? 'wirelint report'
  const totals = `<p class="totals" data-total="${sum(total)}">${plural(sum(total), 'finding')} in ${plural(withFindings, 'file')} (${files.length} checked): ${SEVERITIES.map((s) => `<span class="${s}" data-${s}="${total[s]}">${plural(total[s], s)}</span>`).join('')}</p>`
  const charts =
    sum(total) > 0
      ? `<div class="charts">${chart('Findings by rule', sortRows(byRule), 'by-rule')}\n${chart('Findings by folder', sortRows(byFolder), 'by-folder')}</div>`
      : '<p class="clean">No findings.</p>'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="wirelint ${esc(options.version ?? '')}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(title)}</h1>
${totals}
${charts}
${sections.join('\n')}
</body>
</html>
`
}

/** The text with each finding's span marked. */
function marked(text: string, messages: WirelintMessage[], id: (k: number) => string): string {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  const spans = messages.map((m) => offsets(m, starts, text.length))
  // Cut points: every start and end; and the findings that open and close at each.
  const cuts = new Set<number>([0, text.length])
  for (const s of spans) if (s) cuts.add(s[0]).add(s[1])
  const points = [...cuts].sort((a, b) => a - b)
  const opening = new Map<number, number[]>()
  const empty = new Map<number, number[]>()
  spans.forEach((s, k) => {
    if (!s) return
    const map = s[0] === s[1] ? empty : opening
    if (!map.has(s[0])) map.set(s[0], [])
    map.get(s[0])!.push(k)
  })
  const open = new Set<number>()
  const anchored = new Set<number>()
  const out: string[] = []
  const title = (ks: number[]): string =>
    ks
      .map((k) => {
        const m = messages[k]
        const fix = fixText(m)
        return `${m.reason} (${severityName(m.fatal)}, ${m.ruleId ?? 'unknown'})${fix ? ` — fix: ${fix}` : ''}`
      })
      .join('\n')
  const worst = (ks: number[]): Severity =>
    ks.some((k) => messages[k].fatal === true) ? 'error' : ks.some((k) => messages[k].fatal === false) ? 'warning' : 'info'
  /** The anchor for the first of these findings that has none yet ('' when all have one). */
  const ids = (ks: number[]): string => {
    const k = ks.find((x) => !anchored.has(x))
    if (k === undefined) return ''
    anchored.add(k)
    return id(k)
  }
  for (let i = 0; i < points.length; i++) {
    const at = points[i]
    for (const k of empty.get(at) ?? []) {
      const anchor = ids([k])
      out.push(`<mark class="point ${worst([k])}" data-f="${k}"${anchor ? ` id="${anchor}"` : ''} title="${esc(title([k]))}"></mark>`)
    }
    if (i === points.length - 1) break
    for (const k of opening.get(at) ?? []) open.add(k)
    const next = points[i + 1]
    for (const k of [...open]) if (spans[k]![1] <= at) open.delete(k)
    const piece = esc(text.slice(at, next))
    if (open.size === 0) {
      out.push(piece)
      continue
    }
    const ks = [...open].sort((a, b) => a - b)
    // The first piece of each finding carries its anchor (one id per element: the first finding that starts here).
    const anchor = ids(ks)
    out.push(`<mark class="${worst(ks)}" data-f="${ks.join(' ')}"${anchor ? ` id="${anchor}"` : ''} title="${esc(title(ks))}">${piece}</mark>`)
  }
  return out.join('')
}
