/**
 * `npm run bench:lsp` (node dist/pipeline/lsp/bench.js [--edits N] [--words N]
 * [--debounce MS] [--markdown]): the time from a keystroke to the published
 * diagnostics in the language server, as an editor sees it.
 *
 * Starts `dist/bin/cli.cjs lsp` (the package's bin), opens a story of about
 * 1,000 words (generated wire copy of our own, with a few artifacts), and
 * types a sentence into a paragraph in the middle one character at a time: each
 * keystroke is an incremental `didChange`, timed until the
 * `publishDiagnostics` of that version arrives; the next keystroke waits for
 * it (a typist pausing after each key, so every keystroke pays the quiet time
 * and a check).  Reports the median and the 95th percentile over the edits,
 * with the server's default quiet time and with none (the check alone), and
 * checks that every published list equals a full check of the same text.
 */
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {createChecker} from '../checker.js'
import {generateArticle, rng} from '../corpus.js'
import {startClient} from './client.js'
import {DEFAULT_DEBOUNCE_MS} from './server.js'

const {values} = parseArgs({
  options: {
    edits: {type: 'string', default: '100'},
    words: {type: 'string', default: '1000'},
    debounce: {type: 'string'},
    markdown: {type: 'boolean', default: false}
  }
})
const edits = Number(values.edits)
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

async function run(debounce: number | undefined): Promise<{median: number; p95: number; min: number; max: number; equal: number; compared: number}> {
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
  for (let i = 0; i < edits + warmup; i++) {
    const ch = TYPED[i % TYPED.length]
    const position = {line, character}
    const doc = TextDocument.create(uri, 'plaintext', version, text)
    text = TextDocument.applyEdits(doc, [{range: {start: position, end: position}, newText: ch}])
    character++
    version++
    from = client.received.length
    const t0 = performance.now()
    client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range: {start: position, end: position}, text: ch}]})
    const message = await published(version, from)
    const ms = performance.now() - t0
    if (i >= warmup) times.push(ms)
    // Correctness first: the published list is a full check's (every 10th keystroke, off the clock).
    if (i % 10 === 0 || i === edits + warmup - 1) {
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
    }
  }
  await client.close()
  times.sort((a, b) => a - b)
  return {median: percentile(times, 50), p95: percentile(times, 95), min: times[0], max: times[times.length - 1], equal, compared}
}

const fmt = (n: number) => n.toFixed(1).padStart(6)
const count = story().split(/\s+/).filter(Boolean).length
console.log(`wirelint lsp: ${edits} keystrokes typed into a ${count}-word ${values.markdown ? 'Markdown' : 'plain-text'} story; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`)
const quiet = values.debounce !== undefined ? Number(values.debounce) : DEFAULT_DEBOUNCE_MS
for (const [label, debounce] of [[`quiet time ${quiet} ms${values.debounce === undefined ? ' (default)' : ''}`, values.debounce === undefined ? undefined : quiet], ['quiet time 0 ms (the check alone)', 0]] as const) {
  const r = await run(debounce)
  console.log(`  ${label.padEnd(36)} keystroke → diagnostics: median ${fmt(r.median)} ms, p95 ${fmt(r.p95)} ms (min ${r.min.toFixed(1)}, max ${r.max.toFixed(1)}); equal to a full check: ${r.equal}/${r.compared}`)
}
