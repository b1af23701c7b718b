/**
 * Issue 11 ("Never lose a byte"), the service items, against the built CLI's
 * server on an ephemeral loopback port:
 *
 * #10 web pages cannot use `wirelint serve`: the Host header must name this
 *     machine (no DNS rebinding), cross-origin requests — "simple" form and
 *     text posts included — are refused before their body is read unless
 *     their origin is allowed, and memory is bounded per request (`words`,
 *     `rules`, findings) and per cache (by size, not count);
 * #17 every bad request gets a 4xx with an error (JSON; LanguageTool's plain
 *     text on /v2): deeply nested `rules`, malformed multipart, a malformed
 *     Host; a body over the limit always a clean 413, never a reset
 *     connection; a slow body a 408 within the time budget counted from the
 *     request's arrival.
 *
 * Tests assert behaviour, not timing ratios: time limits below are generous.
 */
import net from 'node:net'
import {setTimeout as sleep} from 'node:timers/promises'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {postJson, request, startServe, type ServerProcess} from '../serve-helpers.js'

// Our own sentences.
const DIRTY = 'Ministers met in Quito on Monday . Talks went on late.\n#Ecuador #Talks #Quito\n'

let server: ServerProcess
let port: string

beforeAll(async () => {
  server = await startServe()
  port = new URL(server.url).port
})

afterAll(async () => {
  await server?.stop()
})

const json = {'Content-Type': 'application/json'}
const form = {'Content-Type': 'application/x-www-form-urlencoded'}

/** The server's log lines once it has written them. */
async function logsOf(s: ServerProcess): Promise<Array<Record<string, unknown>>> {
  await sleep(100)
  return s.logs()
}

/**
 * Send `total` bytes of body in `chunk`-sized writes every `every` ms on one
 * connection (Content-Length or chunked), then ask for /healthz on the same
 * connection.  Everything read back, and the socket error if there was one.
 */
async function sendOverLimit(
  url: string,
  options: {path: string; total: number; chunk: number; every: number; chunked?: boolean}
): Promise<{received: string; error?: string; sent: number}> {
  const target = new URL(url)
  const socket = net.connect(Number(target.port), target.hostname)
  let received = ''
  let error: string | undefined
  let closed = false
  socket.setEncoding('utf8')
  socket.on('data', (d: string) => (received += d))
  socket.on('error', (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message))
  socket.on('close', () => (closed = true))
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve())
    socket.once('error', reject)
  })
  const write = async (data: string): Promise<void> => {
    if (closed || error) return
    if (!socket.write(data)) await new Promise<void>((resolve) => {
      const done = (): void => {
        socket.off('drain', done)
        socket.off('close', done)
        resolve()
      }
      socket.on('drain', done)
      socket.on('close', done)
    })
  }
  const length = options.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${options.total}`
  await write(`POST ${options.path} HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: text/plain\r\n${length}\r\n\r\n`)
  const piece = 'The vote went ahead. '.repeat(Math.ceil(options.chunk / 21)).slice(0, options.chunk)
  let sent = 0
  while (sent < options.total && !closed && !error) {
    const n = Math.min(options.chunk, options.total - sent)
    const data = piece.slice(0, n)
    await write(options.chunked ? `${n.toString(16)}\r\n${data}\r\n` : data)
    sent += n
    await sleep(options.every)
  }
  if (options.chunked) await write('0\r\n\r\n')
  await write(`GET /healthz HTTP/1.1\r\nHost: ${target.host}\r\nConnection: close\r\n\r\n`)
  await Promise.race([new Promise((resolve) => socket.once('close', resolve)), sleep(15_000)])
  socket.destroy()
  return {received, error, sent}
}

describe('#10 web pages cannot use the service', () => {
  it('#10 Host: a request naming another host (DNS rebinding) gets 403 before anything runs; loopback names pass', async () => {
    const body = JSON.stringify({text: DIRTY})
    for (const host of [`attacker.example:${port}`, 'attacker.example', `localhost.attacker.example:${port}`, `127.0.0.1.nip.io:${port}`]) {
      const r = await request(`${server.url}/api/fix`, {headers: {...json, Host: host}, body})
      expect(r.status, host).toBe(403)
      expect(r.json.error, host).toContain('host name')
      expect((await request(`${server.url}/`, {headers: {Host: host}})).status, host).toBe(403)
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'localhost']) {
      const r = await request(`${server.url}/api/fix`, {headers: {...json, Host: host}, body})
      expect(r.status, host).toBe(200)
      expect(r.json.changed).toBe(true)
    }
    const refused = (await logsOf(server)).filter((l) => l.reason === 'host')
    expect(refused.length).toBeGreaterThanOrEqual(8)
    expect(refused.every((l) => l.status === 403 && l.bytes === 0)).toBe(true)
  })

  it('#10 Host: --allow-host adds a name (a service behind its own DNS name)', async () => {
    const named = await startServe(['--allow-host', 'wirelint.newsroom.test,other.newsroom.test'])
    try {
      const p = new URL(named.url).port
      expect((await request(`${named.url}/healthz`, {headers: {Host: `wirelint.newsroom.test:${p}`}})).status).toBe(200)
      expect((await request(`${named.url}/healthz`, {headers: {Host: 'other.newsroom.test'}})).status).toBe(200)
      expect((await request(`${named.url}/healthz`, {headers: {Host: `attacker.example:${p}`}})).status).toBe(403)
    } finally {
      await named.stop()
    }
  })

  it('#10 Origin: a cross-origin form or text post (a "simple" request, no preflight) is refused before its body is read', async () => {
    const words = JSON.stringify(Array.from({length: 500}, (_, i) => `Name${i}`))
    const attempts = [
      {path: '/api/check', headers: form, body: new URLSearchParams({text: DIRTY, words}).toString()},
      {path: '/api/fix', headers: {'Content-Type': 'text/plain'}, body: DIRTY},
      {path: '/api/check', headers: {'Content-Type': 'text/markdown'}, body: '* '.repeat(5000)},
      {path: '/v2/check', headers: form, body: new URLSearchParams({language: 'en-US', text: DIRTY}).toString()}
    ]
    for (const origin of ['https://attacker.example', 'null', `http://localhost:${port}`, `http://127.0.0.1:${Number(port) + 1}`]) {
      for (const a of attempts) {
        const r = await request(server.url + a.path, {headers: {...a.headers, Origin: origin, 'Sec-Fetch-Site': 'cross-site'}, body: a.body})
        expect(r.status, `${origin} ${a.path}`).toBe(403)
        expect(r.headers['access-control-allow-origin']).toBeUndefined()
        if (a.path.startsWith('/v2/')) expect(r.text).toMatch(/^Error: /)
        else expect(r.json.error).toContain('other web pages')
      }
    }
    const refused = (await logsOf(server)).filter((l) => l.reason === 'origin')
    expect(refused.length).toBeGreaterThanOrEqual(16)
    // Refused before the body was read.
    expect(refused.every((l) => l.status === 403 && l.bytes === 0)).toBe(true)
  })

  it('#10 Origin: a cross-site request that carries no Origin (an <img> or <script> GET) is refused; opening the editor page from a link is not', async () => {
    const q = `language=en-US&text=${encodeURIComponent(DIRTY)}`
    const img = await request(`${server.url}/v2/check?${q}`, {headers: {'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'image'}})
    expect(img.status).toBe(403)
    expect((await request(`${server.url}/healthz`, {headers: {'Sec-Fetch-Site': 'same-site'}})).status).toBe(403)
    // The same request from the service's own page, and typed in the address bar.
    expect((await request(`${server.url}/v2/check?${q}`, {headers: {'Sec-Fetch-Site': 'same-origin'}})).status).toBe(200)
    expect((await request(`${server.url}/v2/check?${q}`, {headers: {'Sec-Fetch-Site': 'none'}})).status).toBe(200)
    const page = await request(`${server.url}/`, {headers: {'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document'}})
    expect(page.status).toBe(200)
    expect(page.text).toContain('<textarea')
  })

  it('#10 Origin: the service\'s own page, clients without Origin and --allow-origin origins (a browser add-on) pass; other preflights get 403', async () => {
    // The editor page's own requests (same origin: its Origin names the Host).
    const own = await request(`${server.url}/api/check`, {headers: {...json, Origin: server.url, 'Sec-Fetch-Site': 'same-origin'}, body: JSON.stringify({text: DIRTY})})
    expect(own.status).toBe(200)
    expect(own.json.messages.map((m: any) => m.ruleId)).toEqual(['punctuation-spacing', 'hashtags'])
    // curl, a CMS, an editor plug-in: no Origin.
    expect((await postJson(`${server.url}/api/check`, {text: DIRTY})).status).toBe(200)

    const addon = 'chrome-extension://oldceeleldhonbafppcapldpdifcinji'
    const allowed = await startServe(['--allow-origin', addon, '--allow-origin', 'https://cms.newsroom.test'])
    try {
      const body = new URLSearchParams({language: 'en-US', text: DIRTY}).toString()
      const lt = await request(`${allowed.url}/v2/check`, {headers: {...form, Origin: addon}, body})
      expect(lt.status).toBe(200)
      expect(lt.headers['access-control-allow-origin']).toBe(addon)
      expect(lt.json.matches.length).toBe(2)
      const preflight = {'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type'}
      const ok = await request(`${allowed.url}/api/check`, {method: 'OPTIONS', headers: {...preflight, Origin: 'https://cms.newsroom.test'}})
      expect(ok.status).toBe(204)
      expect(ok.headers['access-control-allow-origin']).toBe('https://cms.newsroom.test')
      const other = await request(`${allowed.url}/api/check`, {method: 'OPTIONS', headers: {...preflight, Origin: 'https://attacker.example'}})
      expect(other.status).toBe(403)
      expect(other.headers['access-control-allow-origin']).toBeUndefined()
      const post = await request(`${allowed.url}/v2/check`, {headers: {...form, Origin: 'https://attacker.example'}, body})
      expect(post.status).toBe(403)
    } finally {
      await allowed.stop()
    }
  })

  it('#10 words: more than 1,000 words, or more than 32 K characters of them, in one request is a 413 (60,000 distinct words grew the service by gigabytes)', async () => {
    const many = Array.from({length: 60_000}, (_, i) => `Zq${i}x${Math.random().toString(36).slice(2, 8)}`)
    const r1 = await postJson(`${server.url}/api/check`, {text: DIRTY, words: many})
    expect(r1.status).toBe(413)
    expect(r1.json.error).toContain('"words" has 60000 entries')
    const long = Array.from({length: 900}, (_, i) => `W${i}`.padEnd(60, 'q'))
    const r2 = await postJson(`${server.url}/api/check`, {text: DIRTY, words: long})
    expect(r2.status).toBe(413)
    expect(r2.json.error).toContain('characters')
    // As a form too (2,000 words: a body under the size limit, so the 413 is
    // the words limit's, given after the whole body was read).
    const r3 = await request(`${server.url}/api/check`, {headers: form, body: new URLSearchParams({text: DIRTY, words: JSON.stringify(many.slice(0, 2000))}).toString()})
    expect(r3.status).toBe(413)
    expect(r3.json.error).toContain('"words" has 2000 entries')
    // Within the bounds: accepted.
    const fine = Array.from({length: 1000}, (_, i) => `Quitoan${i}`)
    expect((await postJson(`${server.url}/api/check`, {text: DIRTY, words: fine})).status).toBe(200)
  })

  it('#10 rules: a rules setting larger than 16 K characters as JSON in one request is a 413', async () => {
    const shortcodes = Array.from({length: 5000}, (_, i) => `code${i}`)
    const r = await postJson(`${server.url}/api/check`, {text: DIRTY, rules: {markup: ['error', {shortcodes}]}})
    expect(r.status).toBe(413)
    expect(r.json.error).toContain('"rules" is larger than')
    const ok = await postJson(`${server.url}/api/check`, {text: DIRTY, rules: {markup: ['error', {shortcodes: shortcodes.slice(0, 50)}]}})
    expect(ok.status).toBe(200)
  })

  it('#10 cache: the cache of request configurations is bounded by its size in bytes, not by its number of entries', async () => {
    const before = (await (await fetch(`${server.url}/healthz`)).json()) as any
    expect(before.configCache.maxBytes).toBeGreaterThan(0)
    // Each configuration carries 1,000 distinct words of 30 characters (its
    // key and its resolved words alone take over 120 KB): 60 of them are more
    // than the cache's budget, so the oldest make room.
    for (let k = 0; k < 60; k++) {
      const words = Array.from({length: 1000}, (_, i) => `C${k}w${i}`.padEnd(30, 'z'))
      const r = await postJson(`${server.url}/api/check`, {text: 'Talks resume.\n', words})
      expect(r.status).toBe(200)
    }
    const after = (await (await fetch(`${server.url}/healthz`)).json()) as any
    expect(after.configCache.bytes).toBeLessThanOrEqual(after.configCache.maxBytes)
    expect(after.configCache.bytes).toBeGreaterThan(after.configCache.maxBytes / 2)
    expect(after.configCache.entries).toBeLessThan(60)
  })

  it('#10 findings: one check reports at most 1,000 findings and says the list was cut (a page dense with findings cannot hold the service)', async () => {
    const text = 'Word .'.repeat(5000)
    const r = await postJson(`${server.url}/api/check`, {text})
    expect(r.status).toBe(200)
    expect(r.json.messages).toHaveLength(1000)
    expect(r.json.truncated).toBe(true)
    expect(r.json.messages[999].place.start.offset).toBeLessThan(text.length / 2)
    const lt = await request(`${server.url}/v2/check`, {headers: form, body: new URLSearchParams({language: 'en-US', text}).toString()})
    expect(lt.json.matches.length).toBeLessThanOrEqual(1000)
    expect(lt.json.warnings.incompleteResults).toBe(true)
    // An ordinary story is not cut.
    const small = await postJson(`${server.url}/api/check`, {text: DIRTY})
    expect(small.json.truncated).toBeUndefined()
  })
})

describe('#17 every bad request gets a 4xx with an error', () => {
  it('#17 deeply nested rules JSON is a 400 with a JSON error, not a 500', async () => {
    const deepArray = '['.repeat(20_000) + ']'.repeat(20_000)
    const deepObject = '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000)
    for (const rules of [deepArray, deepObject, `{"markup": ["error", {"shortcodes": ${deepArray}}]}`]) {
      const r = await request(`${server.url}/api/check`, {headers: json, body: `{"text": "x", "rules": ${rules}}`})
      expect(r.status).toBe(400)
      expect(r.json.error).toMatch(/^rules/)
      const f = await request(`${server.url}/api/fix`, {headers: form, body: new URLSearchParams({text: 'x', rules}).toString()})
      expect(f.status).toBe(400)
      expect(typeof f.json.error).toBe('string')
    }
    const w = await request(`${server.url}/api/check`, {headers: json, body: `{"text": "x", "words": [${deepArray}]}`})
    expect(w.status).toBe(400)
    expect(w.json.error).toContain('words[0]')
    const lt = await request(`${server.url}/v2/check`, {headers: json, body: `{"language": "en", "data": ${deepObject}}`})
    expect(lt.status).toBe(400)
    expect(lt.text).toMatch(/^Error: /)
    expect(server.stderr()).not.toContain('internal error')
  })

  it('#17 a malformed multipart body is a 400', async () => {
    for (const type of ['multipart/form-data; boundary=xyz', 'multipart/form-data']) {
      const r = await request(`${server.url}/v2/check`, {headers: {'Content-Type': type}, body: 'garbage, not a multipart body'})
      expect(r.status, type).toBe(400)
      expect(r.text).toMatch(/^Error: malformed multipart/)
    }
    // A well-formed one still works.
    const body = new FormData()
    body.set('language', 'en-US')
    body.set('text', DIRTY)
    const ok = await fetch(`${server.url}/v2/check`, {method: 'POST', body})
    expect(ok.status).toBe(200)
  })

  it('#17 a malformed Host header is a 400 with a JSON error', async () => {
    const r = await request(`${server.url}/healthz`, {headers: {Host: 'attacker.example@127.0.0.1'}})
    expect(r.status).toBe(400)
    expect(r.json.error).toContain('bad request')
  })

  it('#17 a body over the limit gets a clean 413 while the client is still sending it: no reset, the connection stays usable', async () => {
    const small = await startServe(['--body-limit', '64k'])
    try {
      for (const chunked of [false, true]) {
        for (const path of ['/api/check', '/v2/check']) {
          // 16 MB in 256 KB pieces, over more than a second.
          const r = await sendOverLimit(small.url, {path, total: 16 * 1024 * 1024, chunk: 256 * 1024, every: 20, chunked})
          const label = `${path} ${chunked ? 'chunked' : 'Content-Length'}`
          expect(r.error, label).toBeUndefined()
          expect(r.sent, label).toBe(16 * 1024 * 1024)
          expect(r.received, label).toMatch(/^HTTP\/1\.1 413 /)
          expect(r.received, label).toContain('larger than the limit of 65536 bytes')
          // The same connection then answers the next request.
          expect(r.received, label).toMatch(/HTTP\/1\.1 200 [\s\S]*"status":"ok"/)
        }
      }
      // With fetch, whose body is sent as fast as the server takes it.
      const big = 'The vote went ahead. '.repeat(5_000_000)
      const f = await fetch(`${small.url}/api/check`, {method: 'POST', headers: {'Content-Type': 'text/plain'}, body: big})
      expect(f.status).toBe(413)
      expect(((await f.json()) as any).error).toContain('65536 bytes')
    } finally {
      await small.stop()
    }
  })

  it('#17 a slow body gets 408 within the time budget counted from the request\'s arrival, and frees its slot', async () => {
    // Two slots (--concurrency 1 --queue 1): a few held requests would block every other.
    const s = await startServe(['--timeout-ms', '1000', '--concurrency', '1', '--queue', '1'])
    try {
      const target = new URL(s.url)
      const socket = net.connect(Number(target.port), target.hostname)
      let received = ''
      socket.setEncoding('utf8')
      socket.on('data', (d: string) => (received += d))
      socket.on('error', () => undefined)
      const closed = new Promise((resolve) => socket.once('close', resolve))
      await new Promise((resolve) => socket.once('connect', resolve))
      socket.write(`POST /api/check HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text": "A story that never ends`)
      // Generous: the old service held such a request for about 54 s.
      await Promise.race([closed, sleep(15_000)])
      socket.destroy()
      expect(received).toMatch(/^HTTP\/1\.1 408 /)
      expect(received).toContain('time budget of 1000 ms')
      // The slot is free again.
      const next = await postJson(`${s.url}/api/check`, {text: DIRTY})
      expect(next.status).toBe(200)
      expect((await logsOf(s)).some((l) => l.status === 408 && l.reason === 'body-timeout')).toBe(true)
    } finally {
      await s.stop()
    }
  })
})
