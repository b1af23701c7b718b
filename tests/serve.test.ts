/**
 * `wirelint serve` as a real server: the built CLI started on an ephemeral
 * loopback port, spoken to with fetch.  The JSON API (/api/check, /api/fix,
 * /api/rules), the editor page, /healthz, the limits (body size, time budget,
 * bounded queue with 503), configuration, options and the request log.
 * (npm test builds dist/ first.)
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startServer, type Engine} from '../pipeline/serve/serve.js'
import {warmUp, WARM_ROUNDS} from '../pipeline/serve/serve-worker.js'
import {WARM_STORIES} from '../pipeline/serve/warm-text.js'
import {resolveConfig, type ResolvedConfig} from '../pipeline/core/config.js'
import {cli, postJson, root, startServe, type ServerProcess} from './serve-helpers.js'

const sample = fs.readFileSync(path.join(root, 'samples/es-peru-runoff.txt'), 'utf8')

// Our own sentences.
const DIRTY = 'Ministers met in Quito on Monday . Talks went on late.\n#Ecuador #Talks #Quito\n'
const CLEAN = 'Ministers met in Quito on Monday. Talks went on late into the night.\n'

let server: ServerProcess

beforeAll(async () => {
  server = await startServe()
})

afterAll(async () => {
  await server?.stop()
})

describe('start-up', () => {
  it('prints one listening line on 127.0.0.1 and answers /healthz', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.stderr().match(/listening on/g)).toHaveLength(1)
    // Start-up time is measured by npm run bench / loadtest, not asserted here (a loaded machine is slow).
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    const health = (await res.json()) as Record<string, unknown>
    expect(health).toMatchObject({status: 'ok', engine: 'threads', queueLimit: 64})
    // One worker per core but one (the main thread and V8's helper threads need a core too).
    expect(health.concurrency).toBe(Math.max(1, os.availableParallelism() - 1))
  })

  it('warms every worker up before it says it is listening', async () => {
    // The default server: its workers checked the built-in stories before the listening line.
    expect(server.stderr()).toMatch(/wirelint: warmed up in \d+ ms: [1-9]\d* checks in (1 thread|each of \d+ threads)\n(?:.*\n)*wirelint: listening on /)
    const two = await startServe(['--concurrency', '2', '--warm-ms', '60000'])
    try {
      // Both threads warmed (each answers the warm task once), and fully: every round of the stories.
      const m = /warmed up in \d+ ms: (\d+) checks in each of 2 threads/.exec(two.stderr())
      expect(m, two.stderr()).not.toBeNull()
      expect(Number(m![1])).toBe(WARM_ROUNDS * (WARM_STORIES.length + 1) + 2)
    } finally {
      await two.stop()
    }
    const cold = await startServe(['--warm-ms', '0'])
    try {
      expect(cold.stderr()).not.toContain('warmed up')
      expect((await postJson(`${cold.url}/api/check`, {text: DIRTY})).json.messages.map((m: any) => m.ruleId)).toEqual(['punctuation-spacing', 'hashtags'])
    } finally {
      await cold.stop()
    }
  })
})

describe('POST /api/check', () => {
  it('returns findings in the JSON report shape, with offsets into the text', async () => {
    const {status, json} = await postJson(`${server.url}/api/check`, {text: sample})
    expect(status).toBe(200)
    expect(json.format).toBe('text')
    const ids = json.messages.map((m: any) => m.ruleId)
    expect(ids).toEqual(expect.arrayContaining(['merged-words', 'punctuation-spacing', 'hashtags', 'stray-fragment']))
    for (const m of json.messages) {
      expect(Object.keys(m)).toEqual(
        expect.arrayContaining(['ruleId', 'source', 'reason', 'fatal', 'severity', 'line', 'column', 'place', 'actual', 'expected', 'url'])
      )
      expect(sample.slice(m.place.start.offset, m.place.end.offset)).toBe(m.actual)
    }
    const merged = json.messages.find((m: any) => m.actual === 'Limaand')
    expect(merged).toMatchObject({ruleId: 'merged-words', severity: 'error', line: 3, column: 84})
    const tags = json.messages.find((m: any) => m.ruleId === 'hashtags')
    expect(tags.fix).toMatchObject({text: ''})
    expect(json.summary.byRule['merged-words'].errors).toBe(2)
    expect(json.summary.errors).toBe(json.messages.filter((m: any) => m.severity === 'error').length)
  })

  it('reports nothing on clean copy and on empty text', async () => {
    expect((await postJson(`${server.url}/api/check`, {text: CLEAN})).json.messages).toEqual([])
    expect((await postJson(`${server.url}/api/check`, {text: ''})).json.messages).toEqual([])
  })

  it('checks Markdown and HTML as such (code and markup are not prose)', async () => {
    const md = 'A headline\n\nThe vote went ahead . Then it ended.\n\n`code . here`\n'
    const r1 = await postJson(`${server.url}/api/check`, {text: md, format: 'markdown'})
    expect(r1.status).toBe(200)
    expect(r1.json.format).toBe('markdown')
    const spacing = r1.json.messages.filter((m: any) => m.ruleId === 'punctuation-spacing')
    expect(spacing).toHaveLength(1)
    expect(spacing[0].line).toBe(3)
    const html = '<p>The vote went ahead . Then it ended.</p><script>var a = 1 . 2</script>'
    const r2 = await postJson(`${server.url}/api/check`, {text: html, format: 'html'})
    const spacing2 = r2.json.messages.filter((m: any) => m.ruleId === 'punctuation-spacing')
    expect(spacing2).toHaveLength(1)
    expect(html.slice(spacing2[0].place.start.offset, spacing2[0].place.end.offset)).toBe(' .')
  })

  it('accepts the text itself as text/plain, and a form', async () => {
    const res = await fetch(`${server.url}/api/check`, {method: 'POST', headers: {'Content-Type': 'text/plain'}, body: DIRTY})
    expect(res.status).toBe(200)
    const json = (await res.json()) as any
    expect(json.messages.map((m: any) => m.ruleId)).toEqual(['punctuation-spacing', 'hashtags'])
    const form = await fetch(`${server.url}/api/check`, {method: 'POST', body: new URLSearchParams({text: DIRTY, rules: '{"hashtags":"off"}'})})
    expect(((await form.json()) as any).messages.map((m: any) => m.ruleId)).toEqual(['punctuation-spacing'])
  })

  it('switches rules per request', async () => {
    const {json} = await postJson(`${server.url}/api/check`, {text: DIRTY, rules: {hashtags: 'off', 'punctuation-spacing': 'warning'}})
    expect(json.messages).toHaveLength(1)
    expect(json.messages[0]).toMatchObject({ruleId: 'punctuation-spacing', severity: 'warning'})
  })

  it('answers 400 with the configuration error for invalid rules', async () => {
    const r1 = await postJson(`${server.url}/api/check`, {text: 'x', rules: {'no-such-rule': 'off'}})
    expect(r1.status).toBe(400)
    expect(r1.json.error).toContain('rules.no-such-rule: unknown rule')
    const r2 = await postJson(`${server.url}/api/check`, {text: 'x', rules: {hashtags: 'loud'}})
    expect(r2.status).toBe(400)
    expect(r2.json.error).toContain('rules.hashtags: has level "loud"')
    const r3 = await postJson(`${server.url}/api/check`, {text: 'x', rules: ['hashtags']})
    expect(r3.status).toBe(400)
  })

  it('answers 400 for bad input and never reads a path', async () => {
    const bad = async (body: string, type = 'application/json') => {
      const res = await fetch(`${server.url}/api/check`, {method: 'POST', headers: {'Content-Type': type}, body})
      return {status: res.status, json: (await res.json()) as any}
    }
    expect((await bad('{not json')).status).toBe(400)
    expect((await bad('[1,2]')).status).toBe(400)
    expect((await bad('{"format":"text"}')).json.error).toContain('"text" must be a string')
    expect((await bad('{"text":"x","format":"pdf"}')).status).toBe(400)
    const withPath = await bad(JSON.stringify({text: 'x', path: '/etc/passwd'}))
    expect(withPath.status).toBe(400)
    expect(withPath.json.error).toContain('unknown field "path"')
    expect((await bad('x', 'application/octet-stream')).status).toBe(415)
  })

  it('keeps the server up on hostile input', async () => {
    const hostile = '“'.repeat(20_000) + ' .'.repeat(20_000) + '#a '.repeat(10_000)
    const {status} = await postJson(`${server.url}/api/check`, {text: hostile})
    expect(status).toBe(200)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})

describe('POST /api/fix', () => {
  it('returns the fixed text, what it fixed and what is left', async () => {
    const {status, json} = await postJson(`${server.url}/api/fix`, {text: sample})
    expect(status).toBe(200)
    expect(json.changed).toBe(true)
    expect(json.text).not.toContain('#Peru')
    expect(json.text).not.toContain('Also read')
    expect(json.text).toContain('district of Miraflores. She')
    const fixedIds = json.fixed.map((m: any) => m.ruleId)
    expect(fixedIds).toEqual(expect.arrayContaining(['hashtags', 'stray-fragment', 'punctuation-spacing']))
    for (const m of json.fixed) expect(m.pass).toBeGreaterThanOrEqual(1)
    // Findings with no safe fix stay, with offsets into the fixed text.
    const left = json.remaining.find((m: any) => m.actual === 'deadmostly')
    expect(left).toBeDefined()
    expect(json.text.slice(left.place.start.offset, left.place.end.offset)).toBe('deadmostly')
    expect(json.remaining.some((m: any) => m.fix)).toBe(false)
    expect(json.summary.fixable).toBe(0)
  })

  it('leaves clean copy alone', async () => {
    const {json} = await postJson(`${server.url}/api/fix`, {text: CLEAN})
    expect(json).toMatchObject({text: CLEAN, changed: false, passes: 0, fixed: [], remaining: []})
  })
})

describe('other endpoints', () => {
  it('GET / serves the self-contained editor page', async () => {
    const res = await fetch(`${server.url}/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("connect-src 'self'")
    const html = await res.text()
    // Nothing fetched from elsewhere: no external src/href, no imports.
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i)
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i)
    expect(html).toContain('/api/check')
    expect(html).toContain('/api/fix')
    expect(html).toMatch(/<textarea[^>]*id="text"/)
  })

  it('GET /api/rules lists every rule', async () => {
    const res = await fetch(`${server.url}/api/rules`)
    const rules = (await res.json()) as any[]
    expect(rules.map((r) => r.id)).toContain('merged-words')
    expect(rules[0]).toMatchObject({id: expect.any(String), description: expect.any(String), level: expect.any(String), fixable: expect.any(Boolean)})
  })

  it('answers 404 and 405 in JSON', async () => {
    const r1 = await fetch(`${server.url}/etc/passwd`)
    expect(r1.status).toBe(404)
    expect(((await r1.json()) as any).error).toContain('no such endpoint')
    const r2 = await fetch(`${server.url}/api/check`)
    expect(r2.status).toBe(405)
    expect(r2.headers.get('allow')).toBe('POST')
  })

  it('logs one JSON line per request, without the text', async () => {
    const marker = 'Zanzibarquux'
    await postJson(`${server.url}/api/check`, {text: `${marker} said the vote went ahead.`})
    await fetch(`${server.url}/v2/check?language=en&text=${marker}`)
    await new Promise((r) => setTimeout(r, 100))
    expect(server.stderr()).not.toContain(marker)
    const logs = server.logs()
    const check = logs.filter((l) => l.path === '/api/check' && l.method === 'POST' && l.status === 200)
    expect(check.length).toBeGreaterThan(0)
    for (const key of ['time', 'method', 'path', 'status', 'ms', 'bytes']) expect(check[0]).toHaveProperty(key)
    expect(check.some((l) => (l.bytes as number) > 0)).toBe(true)
    expect(logs.some((l) => l.path === '/v2/check' && l.method === 'GET')).toBe(true)
    // A check's log line says how long it waited for a worker and how long the check took.
    expect(typeof check[0].queueMs).toBe('number')
    expect(check[0].checkMs as number).toBeGreaterThan(0)
  })

  it('says where a check request\'s time went in a Server-Timing header', async () => {
    const parse = (header: string | null): Record<string, number> =>
      Object.fromEntries([...(header ?? '').matchAll(/(\w+);dur=([\d.]+)/g)].map((m) => [m[1], Number(m[2])]))
    for (const res of [
      await fetch(`${server.url}/api/check`, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({text: sample})}),
      await fetch(`${server.url}/v2/check`, {method: 'POST', body: new URLSearchParams({text: sample, language: 'en-US'})})
    ]) {
      expect(res.status).toBe(200)
      const t = parse(res.headers.get('server-timing'))
      expect(Object.keys(t).sort()).toEqual(['check', 'queue', 'read', 'total', 'work'])
      // The worker's own time is part of the check as the service saw it, and the parts of the total.
      expect(t.work).toBeGreaterThan(0)
      expect(t.work).toBeLessThanOrEqual(t.check + 0.1)
      expect(t.read + t.queue + t.check).toBeLessThanOrEqual(t.total + 0.3)
      await res.arrayBuffer()
    }
    // Not on answers that checked nothing.
    expect((await fetch(`${server.url}/api/rules`)).headers.get('server-timing')).toBeNull()
  })
})

describe('limits', () => {
  it('refuses a body over the limit with 413', async () => {
    const small = await startServe(['--body-limit', '1k'])
    try {
      const big = 'The vote went ahead. '.repeat(100)
      const r1 = await postJson(`${small.url}/api/check`, {text: big})
      expect(r1.status).toBe(413)
      expect(r1.json.error).toContain('1024 bytes')
      const r2 = await fetch(`${small.url}/v2/check`, {method: 'POST', body: new URLSearchParams({language: 'en', text: big})})
      expect(r2.status).toBe(413)
      expect(await r2.text()).toMatch(/^Error: /)
      expect((await postJson(`${small.url}/api/check`, {text: 'Short.'})).status).toBe(200)
      await new Promise((r) => setTimeout(r, 50))
      expect(small.logs().some((l) => l.status === 413 && l.reason === 'body-limit')).toBe(true)
    } finally {
      await small.stop()
    }
  })

  it('answers 503 when the time budget runs out, stops the check and stays up', async () => {
    // The budget counts from the request's arrival, body included: 150 ms was less than sending this
    // 1.3 MB body takes on a loaded machine (408, the body's timeout); 2 s is still far below the check's time.
    const slow = await startServe(['--timeout-ms', '2000', '--body-limit', '16m', '--concurrency', '1'])
    try {
      // 60,000 distinct sentences, each with a finding (about 5 s of checking on a quiet machine; identical
      // lines would be one finding, repeated debris, and quick to check).
      const text = Array.from({length: 1500}, (_, i) => Array.from({length: 40}, (_, j) => `The minister said the talks in ward ${i * 40 + j} would resume on Monday . `).join('') + '\n').join('')
      const r = await postJson(`${slow.url}/api/check`, {text})
      // Answered by the budget (the server says so), not with the (much longer) check's result;
      // how soon is the machine's speed, which npm run loadtest measures, not this test.
      expect(r.status).toBe(503)
      expect(r.headers.get('retry-after')).toBe('1')
      expect(r.json.error).toContain('time budget of 2000 ms')
      const health = await fetch(`${slow.url}/healthz`)
      expect(health.status).toBe(200)
      // The stopped worker is replaced by a new thread, which loads the lexicon
      // first: small checks succeed again once it is ready.
      let ok = 0
      for (let i = 0; i < 50 && ok !== 200; i++) {
        ok = (await postJson(`${slow.url}/api/check`, {text: 'Talks resume . Then.\n'})).status
        if (ok !== 200) await new Promise((r) => setTimeout(r, 100))
      }
      expect(ok).toBe(200)
      expect(slow.logs().some((l) => l.status === 503 && l.reason === 'timeout')).toBe(true)
    } finally {
      await slow.stop()
    }
  })

  it('a Markdown bomb holds one worker for the time budget at most; other requests are answered meanwhile', async () => {
    // A budget generous enough that the small request's own check (a fresh
    // worker loading its tables on a loaded 2-core machine) always fits in it.
    const s = await startServe(['--timeout-ms', '10000', '--concurrency', '2'])
    try {
      // Both workers warm first (lexicon loaded): on a loaded machine a cold worker's first check can
      // outlast the budget by itself, which is the machine's speed, not what this test is about.
      for (let i = 0; i < 100; i++) {
        const warm = await Promise.all([0, 1].map(() => postJson(`${s.url}/api/check`, {text: 'Talks resume on Monday.\n'})))
        if (warm.every((w) => w.status === 200)) break
      }
      const bomb = postJson(`${s.url}/api/check`, {text: '* '.repeat(10_000) + '\n' + 'a\n=\n'.repeat(5_000), format: 'markdown'})
      await new Promise((r) => setTimeout(r, 200))
      // The other worker still checks.
      expect((await postJson(`${s.url}/api/check`, {text: 'Talks resume . Then.\n'})).status).toBe(200)
      const r = await bomb
      // 503 at the budget (or 200, once Markdown parsing is no longer quadratic).
      expect([200, 503]).toContain(r.status)
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200)
    } finally {
      await s.stop()
    }
  })

  it('--queue 0 runs `concurrency` checks and refuses the rest', async () => {
    const none = await startServe(['--concurrency', '1', '--queue', '0'])
    try {
      expect((await postJson(`${none.url}/api/check`, {text: 'Fine.'})).status).toBe(200)
      expect((await postJson(`${none.url}/api/check`, {text: 'Fine again.'})).status).toBe(200)
    } finally {
      await none.stop()
    }
  })

  it('runs at most `concurrency` checks, queues `queue` more, and answers 503 beyond', async () => {
    const tight = await startServe(['--concurrency', '1', '--queue', '1', '--body-limit', '4m'])
    try {
      const text = ('The minister said the talks would resume on Monday. '.repeat(40) + '\n').repeat(150)
      const results = await Promise.all(Array.from({length: 6}, () => postJson(`${tight.url}/api/check`, {text})))
      const statuses = results.map((r) => r.status).sort()
      // One running, one waiting, the rest refused at once.
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2)
      expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1)
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true)
      for (const r of results.filter((x) => x.status === 503)) {
        expect(r.headers.get('retry-after')).toBe('1')
        expect(r.json.error).toContain('busy')
      }
      expect((await postJson(`${tight.url}/api/check`, {text: 'Fine.'})).status).toBe(200)
    } finally {
      await tight.stop()
    }
  })
})

describe('options and configuration', () => {
  it('uses --config, and requests may switch rules back on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-serve-'))
    const file = path.join(dir, 'wirelint.json')
    fs.writeFileSync(file, JSON.stringify({rules: {hashtags: 'off'}, words: ['Quitoan']}))
    const configured = await startServe(['--config', file])
    try {
      const r1 = await postJson(`${configured.url}/api/check`, {text: DIRTY})
      expect(r1.json.messages.map((m: any) => m.ruleId)).toEqual(['punctuation-spacing'])
      const r2 = await postJson(`${configured.url}/api/check`, {text: DIRTY, rules: {hashtags: 'error'}})
      expect(r2.json.messages.map((m: any) => m.ruleId)).toEqual(['punctuation-spacing', 'hashtags'])
    } finally {
      await configured.stop()
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })

  it('prints help, and refuses bad options and configuration with exit code 2', () => {
    const help = spawnSync(process.execPath, [cli, 'serve', '--help'], {encoding: 'utf8'})
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('--timeout-ms')
    expect(help.stdout).toContain('--warm-ms')
    expect(help.stdout).toContain('127.0.0.1')
    for (const args of [['--port', 'abc'], ['--concurrency', '0'], ['--body-limit', 'lots'], ['--warm-ms', '-5'], ['--warm-ms', 'long'], ['--bogus'], ['--config', '/nonexistent/wirelint.json']]) {
      const r = spawnSync(process.execPath, [cli, 'serve', ...args], {encoding: 'utf8', timeout: 10_000})
      expect(r.status, args.join(' ')).toBe(2)
      expect(r.stderr).toMatch(/wirelint serve: /)
    }
  })

  it('says so when the port is taken', async () => {
    const port = new URL(server.url).port
    const r = spawnSync(process.execPath, [cli, 'serve', '--port', port], {encoding: 'utf8', timeout: 10_000})
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('already in use')
  })

  it('stops on SIGTERM with exit code 0', async () => {
    const s = await startServe()
    expect(await s.stop()).toBe(0)
    expect(s.stderr()).toContain('SIGTERM')
  })
})

describe('library use', () => {
  it('startServer warms its engine up, with its configuration, before it listens', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const calls: Array<[number | undefined, ResolvedConfig | undefined]> = []
    const engine: Engine = {
      kind: 'inline',
      check: async () => ({messages: []}),
      async warm(warmMs, config) {
        calls.push([warmMs, config])
        await gate
        return {checks: 7, ms: 1, threads: 1}
      },
      async close() {}
    }
    const config = resolveConfig({rules: {hashtags: 'off'}})
    const starting = startServer({port: 0, engine, warmMs: 1234, config, log: () => undefined})
    let listening = false
    void starting.then(() => (listening = true))
    await new Promise((r) => setTimeout(r, 300))
    // Still warming: not listening yet.
    expect(listening).toBe(false)
    expect(calls).toEqual([[1234, config]])
    release()
    const running = await starting
    try {
      expect(running.warm).toEqual({checks: 7, ms: 1, threads: 1})
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200)
    } finally {
      await running.close()
    }
  })

  it('warmUp checks every built-in story in rounds, within its time', async () => {
    expect(await warmUp(0)).toEqual({checks: 0, ms: 0})
    const full = await warmUp(600_000)
    expect(full.checks).toBe(WARM_ROUNDS * (WARM_STORIES.length + 1) + 2)
    // Stops once its time is spent (after the check that spent it).
    const short = await warmUp(1)
    expect(short.checks).toBeGreaterThanOrEqual(1)
    expect(short.checks).toBeLessThan(full.checks)
  })

  it('startServer runs in this process, checks in this thread when asked, and logs through a callback', async () => {
    const lines: Array<Record<string, unknown>> = []
    const running = await startServer({port: 0, engine: 'inline', log: (entry) => lines.push({...entry})})
    try {
      expect(running.engine.kind).toBe('inline')
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const {status, json} = await postJson(`${running.url}/api/check`, {text: DIRTY})
      expect(status).toBe(200)
      expect(json.messages.map((m: any) => m.ruleId)).toEqual(['punctuation-spacing', 'hashtags'])
      expect(lines.some((l) => l.path === '/api/check' && l.status === 200)).toBe(true)
    } finally {
      await running.close()
    }
  })
})

describe('npm run loadtest', () => {
  it('says where the 200 answers\' time went, from Server-Timing, and what CPU each side used', () => {
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'dist/pipeline/dev/loadtest.js'), '--generated', '--rate', '20', '--rate-seconds', '2', '--clients', '1', '--seconds', '1', '--no-overload', '--json', '--server-args=--warm-ms 200'],
      {encoding: 'utf8', timeout: 120_000}
    )
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toContain('where the time of 200 answers went')
    const [paced] = JSON.parse(r.stdout.trim().split('\n').find((l) => l.startsWith('['))!) as Array<{name: string; serverArgs: string[]; status: {ok: number}; breakdown: any}>
    expect(paced.name).toBe('paced')
    expect(paced.serverArgs).toEqual(['--warm-ms', '200'])
    const b = paced.breakdown
    // Every 200 answer carried its Server-Timing: the worker's time is there, and the parts add up to at most the latency.
    expect(b.mean.work).toBeGreaterThan(0)
    for (const k of ['late', 'read', 'queue', 'handoff', 'encode', 'outside', 'total']) expect(typeof b.p99[k]).toBe('number')
    expect(b.p99BySecond).toHaveLength(2)
    expect(b.generatorCpuPercent).toBeGreaterThan(0)
    if (process.platform === 'linux') {
      expect(b.serverCpuPercent).toBeGreaterThan(0)
      expect(typeof b.serverThreads.main).toBe('number')
      expect(typeof b.othersCpuPercent).toBe('number')
    }
  }, 150_000)
})

// The README's curl examples, run as written against a live server (its port
// put in place of 8765), each compared with the output the README shows.
const readmePath = process.env.WIRELINT_SERVE_README ?? path.join(root, 'README.md')
const readme = fs.readFileSync(readmePath, 'utf8')
const sectionStart = readme.search(/^## HTTP service$/m)
const sectionEnd = sectionStart < 0 ? -1 : readme.slice(sectionStart + 3).search(/^## /m)
const section = sectionStart < 0 ? '' : readme.slice(sectionStart, sectionEnd < 0 ? undefined : sectionStart + 3 + sectionEnd)
const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0
// A ```sh block directly followed by a ```json or ```text block (neither containing a fence).
const examples = [...section.matchAll(/```sh\n((?:(?!```)[\s\S])*)```\s*```(?:json|text)\n((?:(?!```)[\s\S])*)```/g)]
  .map((m) => ({command: m[1].trim(), expected: m[2].trim()}))
  .filter((e) => e.command.startsWith('curl '))
const normalize = (s: string): string =>
  s.trim().replace(/"uptimeSeconds":\d+/g, '"uptimeSeconds":0').replace(/"concurrency":\d+/g, '"concurrency":0').replace(/"version":"[^"]*"/g, '"version":""').replace(/"configCache":\{[^}]*\}/g, '"configCache":{}')
const missingTools = ['curl', 'jq', 'bash'].filter((t) => !has(t))
const readmeSkip = !section
  ? `${path.basename(readmePath)} has no "## HTTP service" section`
  : missingTools.length
    ? `needs ${missingTools.join(', ')}`
    : ''

describe('README examples', () => {
  it.skipIf(readmeSkip !== '')(`run as written${readmeSkip ? ` (skipped: ${readmeSkip})` : ''}`, () => {
    expect(examples.length).toBeGreaterThanOrEqual(5)
    const port = new URL(server.url).port
    for (const {command, expected} of examples) {
      const out = execFileSync('bash', ['-c', command.replaceAll('127.0.0.1:8765', `127.0.0.1:${port}`)], {cwd: root, encoding: 'utf8', timeout: 20_000})
      expect(normalize(out), command).toBe(normalize(expected))
    }
  })
})
