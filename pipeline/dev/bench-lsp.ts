/**
 * `npm run bench:lsp` (node dist/pipeline/dev/bench-lsp.js [--edits N] [--words N]
 * [--debounce MS] [--markdown]): the time from a keystroke to the published
 * diagnostics in the language server, as an editor sees it.
 *
 * Starts `dist/bin/cli.cjs lsp` (the package's bin), opens a story of about
 * 1,000 words (generated wire copy of our own, with a few artifacts), and
 * types a sentence into a paragraph in the middle one character at a time:
 * each keystroke is an incremental `didChange`, timed until the
 * `publishDiagnostics` of that version arrives.  Two runs: a keystroke every
 * `--interval` ms (default 150: a fast typist, 80 words a minute; an edit
 * after a pause is checked at once), and keystrokes back to back (each sent
 * as soon as the last one's diagnostics arrive, so it waits for the quiet
 * time).  Reports the median and the 95th percentile over the edits, and
 * checks that every published list equals a full check of the same text.
 * On a busy machine the wall-clock figures include waiting for a core: the
 * server's CPU time a keystroke (from /proc, Linux) is printed too.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {createChecker} from '../core/checker.js'
import {generateArticle, rng} from './corpus.js'
import {startClient} from './lsp-client.js'
import {DEFAULT_DEBOUNCE_MS} from '../lsp/server.js'

const {values} = parseArgs({
  options: {
    edits: {type: 'string', default: '100'},
    interval: {type: 'string', default: '150'},
    words: {type: 'string', default: '1000'},
    debounce: {type: 'string'},
    markdown: {type: 'boolean', default: false}
  }
})
const edits = Number(values.edits)
const interval = Number(values.interval)
const words = Number(values.words)
const here = path.dirname(fileURLToPath(import.meta.url))
const cli = path.resolve(here, '../../bin/cli.cjs')

/** A story of about `words` words, one paragraph a line (wire copy), with a few artifacts. */
function story(): string {
  const text = generateArticle(rng(18), words)
  const lines = text.split('\n')
  // Artifacts a translation engine leaves, spread through the story.
  const at = (i: number) => Math.min(lines.length - 1, Math.max(1, Math.round((lines.length - 1) * i)))
  lines[at(0.1)] = lines[at(0.1)].replace(/, /, ' , ')
  lines[at(0.3)] = lines[at(0.3)].replace(/ the /, ' the the ')
  lines[at(0.7)] = lines[at(0.7)].replace(/government/, 'goverment').replace(/ said /, ' siad ')
  lines[at(0.9)] = lines[at(0.9)] + ' #Breaking #News'
  return values.markdown ? lines.join('\n\n') : lines.join('\n')
}

const TYPED = 'The goverment said on Tuesday that the talks would resume next week , officials said. '

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); undefined elsewhere. */
function cpuOf(pid: number | undefined): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
    // Fields 14 and 15 of stat (utime, stime), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
}

interface Result {
  median: number
  p95: number
  min: number
  max: number
  equal: number
  compared: number
  /** The server's CPU time per keystroke (ms), averaged over the timed keystrokes. */
  cpu?: number
}

async function run(debounce: number | undefined, interval: number): Promise<Result> {
  const args = [cli, 'lsp']
  if (debounce !== undefined) args.push('--debounce', String(debounce))
  const client = startClient(process.execPath, args)
  const uri = `file://${os.tmpdir()}/wirelint-bench-lsp/story.${values.markdown ? 'md' : 'txt'}`
  const filePath = fileURLToPath(uri)
  await client.request('initialize', {processId: process.pid, rootUri: null, capabilities: {}})
  client.notify('initialized', {})
  let text = story()
  let version = 1
  const published = (v: number, from: number) =>
    client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === v, 60_000, from)
  let from = client.received.length
  client.notify('textDocument/didOpen', {textDocument: {uri, languageId: values.markdown ? 'markdown' : 'plaintext', version, text}})
  await published(version, from)

  const lines = text.split('\n')
  const line = Math.floor(lines.length / 2)
  let character = lines[line].length
  const checker = createChecker()
  const times: number[] = []
  let equal = 0
  let compared = 0
  const warmup = 10
  let lastSent: number | undefined
  let cpuStart: number | undefined
  let cpuSpent = 0
  for (let i = 0; i < edits + warmup; i++) {
    if (i === warmup) cpuStart = cpuOf(client.child.pid)
    const ch = TYPED[i % TYPED.length]
    const position = {line, character}
    const doc = TextDocument.create(uri, 'plaintext', version, text)
    text = TextDocument.applyEdits(doc, [{range: {start: position, end: position}, newText: ch}])
    character++
    version++
    from = client.received.length
    const wait = lastSent === undefined ? 0 : lastSent + interval - performance.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    const t0 = performance.now()
    lastSent = t0
    client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range: {start: position, end: position}, text: ch}]})
    const message = await published(version, from)
    const ms = performance.now() - t0
    if (i >= warmup) times.push(ms)
    // Correctness first: the published list is a full check's (every 10th keystroke, off the clock).
    if (i % 10 === 0 || i === edits + warmup - 1) {
      // The full check below runs in this process; the server's CPU clock is read around it.
      const before = cpuOf(client.child.pid)
      const full = await checker.check(text, {path: filePath})
      const snapshot = TextDocument.create(uri, 'plaintext', version, text)
      const expected = full.messages.map((m) => {
        const place = m.place as {start: {offset: number}; end: {offset: number}}
        return `${m.ruleId}@${JSON.stringify(snapshot.positionAt(place.start.offset))}-${JSON.stringify(snapshot.positionAt(place.end.offset))}:${m.reason}`
      })
      const got = (message.params.diagnostics as {code: string; range: {start: unknown; end: unknown}; message: string}[]).map(
        (d) => `${d.code}@${JSON.stringify(d.range.start)}-${JSON.stringify(d.range.end)}:${d.message}`
      )
      compared++
      if (JSON.stringify(expected) === JSON.stringify(got)) equal++
      else console.error(`keystroke ${i}: published diagnostics differ from a full check`)
      const after = cpuOf(client.child.pid)
      if (i >= warmup && before !== undefined && after !== undefined) cpuSpent -= after - before
    }
  }
  const cpuEnd = cpuOf(client.child.pid)
  const cpu = cpuStart !== undefined && cpuEnd !== undefined ? (cpuEnd - cpuStart + cpuSpent) / edits : undefined
  await client.close()
  times.sort((a, b) => a - b)
  return {median: percentile(times, 50), p95: percentile(times, 95), min: times[0], max: times[times.length - 1], equal, compared, cpu}
}

const fmt = (n: number) => n.toFixed(1).padStart(6)
const count = story().split(/\s+/).filter(Boolean).length
console.log(`wirelint lsp: ${edits} keystrokes typed into a ${count}-word ${values.markdown ? 'Markdown' : 'plain-text'} story; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`)
const quiet = values.debounce !== undefined ? Number(values.debounce) : DEFAULT_DEBOUNCE_MS
const debounce = values.debounce === undefined ? undefined : quiet
console.log(`quiet time ${quiet} ms${values.debounce === undefined ? ' (the default)' : ''}:`)
const runs: Array<[string, number]> = [
  [`a keystroke every ${interval} ms`, interval],
  // Each keystroke sent as soon as the last one's diagnostics arrive: closer than the quiet time, so each waits for it.
  ['keystrokes back to back', 0]
]
for (const [label, every] of runs) {
  const r = await run(debounce, every)
  console.log(`  ${label.padEnd(26)} keystroke → diagnostics: median ${fmt(r.median)} ms, p95 ${fmt(r.p95)} ms (min ${r.min.toFixed(1)}, max ${r.max.toFixed(1)})${r.cpu === undefined ? '' : `; server CPU ${r.cpu.toFixed(1)} ms a keystroke`}; equal to a full check: ${r.equal}/${r.compared}`)
}
