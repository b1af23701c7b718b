/**
 * The editor page driven in headless Chromium (playwright-core with the
 * Debian `chromium` package): paste the seed article, see the hashtag line
 * highlighted, move to a finding with the keyboard, apply one fix, apply all
 * safe fixes, and read back the cleaned text.  The page must make no request
 * beyond its own server and log no error.
 *
 * Skipped, with a message, only when no Chromium binary is installed
 * (`.ci/run` installs it).  Set CHROMIUM_PATH to use another binary.
 */
import fs from 'node:fs'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, startServe, type ServerProcess} from './serve-helpers.js'

const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => typeof p === 'string' && p !== '' && fs.existsSync(p)
)
const SKIP_REASON = 'no Chromium binary (looked for $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser): install the Debian "chromium" package'
if (!chromiumPath) console.warn(`tests/browser.test.ts skipped: ${SKIP_REASON}`)

// (Functions given to page.evaluate run in the page: they reach the DOM through
// globalThis, as the tests are type-checked without the DOM library.)

// The user's seed article, read at run time (its text is not copied into the
// repository); our own sample story when the corpus is not there.
const seedFile = path.resolve(root, '../shared/corpus/seed/000_b01199f03698bbf5.txt')
const usingSeed = fs.existsSync(seedFile)
const article = fs.readFileSync(usingSeed ? seedFile : path.join(root, 'samples/es-peru-runoff.txt'), 'utf8')

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A name an attacker could rebind to this machine (DNS rebinding), resolved to loopback here.
  '--host-resolver-rules=MAP rebind.test 127.0.0.1'
]

/** A line made only of three or more hashtags. */
const isTagLine = (line: string): boolean => /^\s*(#[^\s#]+\s*){3,}$/.test(line)

describe('editor page in headless Chromium', () => {
  let server: ServerProcess
  let browser: import('playwright-core').Browser

  beforeAll(async () => {
    if (!chromiumPath) return
    server = await startServe()
    const {chromium} = await import('playwright-core')
    // launch() gives every run a fresh temporary profile (user data dir).
    browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: ARGS, timeout: 60_000})
  }, 90_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it.skipIf(!chromiumPath)(`checks, highlights and cleans the ${usingSeed ? 'seed article' : 'sample story'}${chromiumPath ? '' : ` (skipped: ${SKIP_REASON})`}`, async () => {
    expect(article.split('\n').some(isTagLine), 'the article has a hashtag line').toBe(true)
    const context = await browser.newContext()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.url})
    const page = await context.newPage()
    const foreign: string[] = []
    const problems: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url + '/')) foreign.push(r.url())
    })
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`)
    })

    await page.goto(server.url + '/')
    await expect(page.title()).resolves.toContain('wirelint')

    // Paste: one insertion of the whole text, as a paste does.
    await page.locator('#text').focus()
    await page.keyboard.insertText(article)

    // The hashtag line is highlighted, marked with its rule id, reason in the title.
    const tagMark = page.locator('mark[data-rule="hashtags"]').first()
    await tagMark.waitFor({timeout: 20_000})
    const tagText = (await tagMark.textContent()) ?? ''
    expect(tagText.startsWith('#')).toBe(true)
    expect(isTagLine(tagText)).toBe(true)
    expect(await tagMark.getAttribute('title')).toMatch(/^hashtags: /)
    expect(await page.locator('mark[data-rule="merged-words"]').count()).toBeGreaterThan(0)

    // The summary by rule has a row for hashtags.
    await expect(page.locator('#summary-body th', {hasText: 'hashtags'}).count()).resolves.toBe(1)
    const status = page.locator('#status')
    await expect(status.textContent()).resolves.toMatch(/\d+ findings: /)

    // Keyboard: Tab to the hashtag finding in the list, Enter moves focus to its highlight.
    const goButton = page.locator('li[data-rule="hashtags"] button.go')
    await goButton.focus()
    await page.keyboard.press('Enter')
    const focused = await page.evaluate(() => {
      const el = (globalThis as any).document.activeElement as {tagName: string; getAttribute(name: string): string | null} | null
      return el ? {tag: el.tagName, rule: el.getAttribute('data-rule')} : null
    })
    expect(focused).toEqual({tag: 'MARK', rule: 'hashtags'})

    // One fix, applied in the page, then checked again.
    const before = await page.locator('#findings li').count()
    const textBefore = await page.locator('#text').inputValue()
    await page.locator('#findings li button.apply').first().click()
    await page.waitForFunction((n) => (globalThis as any).document.querySelectorAll('#findings li').length < n, before, {timeout: 20_000})
    expect(await page.locator('#text').inputValue()).not.toBe(textBefore)

    // All safe fixes.
    await page.getByRole('button', {name: 'Apply all safe fixes'}).click()
    await page.waitForFunction(() => /^Applied \d+ safe fix/.test((globalThis as any).document.getElementById('status')?.textContent ?? ''), undefined, {timeout: 20_000})
    const cleaned = await page.locator('#text').inputValue()
    expect(cleaned.split('\n').some(isTagLine), 'the hashtag line is gone').toBe(false)
    expect(await page.locator('mark[data-rule="hashtags"]').count()).toBe(0)
    if (usingSeed) {
      // The » closing a “ quote is repaired.
      expect(article).toContain('»')
      expect(cleaned).not.toContain('»')
    } else {
      expect(cleaned).toContain('district of Miraflores. She')
    }
    // What needs a person stays listed and highlighted; nothing safe is left to apply.
    expect(await page.locator('#findings li[data-rule]').count()).toBeGreaterThan(0)
    expect(await page.locator('#view mark').count()).toBeGreaterThan(0)
    expect(await page.locator('#findings li button.apply').count()).toBe(0)
    expect(await page.getByRole('button', {name: 'Apply all safe fixes'}).isDisabled()).toBe(true)

    // Copy the clean text.
    await page.getByRole('button', {name: 'Copy clean text'}).click()
    await page.waitForFunction(() => /Copied|copy it/.test((globalThis as any).document.getElementById('status')?.textContent ?? ''), undefined, {timeout: 10_000})
    const copied = await page.evaluate(() => (globalThis as any).navigator.clipboard.readText().catch(() => null) as Promise<string | null>)
    if (copied !== null) expect(copied).toBe(cleaned)

    expect(foreign, 'requests beyond the server').toEqual([])
    expect(problems).toEqual([])
    await context.close()
  }, 120_000)

  it.skipIf(!chromiumPath)(`a page of another origin cannot use the service, nor a rebound DNS name${chromiumPath ? '' : ` (skipped: ${SKIP_REASON})`}`, async () => {
    // Another site on this machine (another port is another origin): it posts
    // a form and a text/plain fetch ("simple" requests, no preflight) to the service.
    const target = `${server.url}/api/check`
    const attacker = http.createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html')
      res.end(`<!doctype html><title>other site</title>
<iframe name="sink"></iframe>
<form id="f" method="POST" action="${target}" target="sink" enctype="application/x-www-form-urlencoded">
<input name="text" value="From another site . Yes."><input name="words" value='["Attackerword"]'></form>
<script>
document.getElementById('f').submit();
fetch(${JSON.stringify(target)}, {method: 'POST', mode: 'no-cors', headers: {'Content-Type': 'text/plain'}, body: 'From another site . Again.'})
  .then(() => { document.title = 'sent' }, () => { document.title = 'sent' });
</script>`)
    })
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', () => resolve()))
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      const before = server.logs().length
      await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`)
      await page.waitForFunction(() => (globalThis as any).document.title === 'sent', undefined, {timeout: 20_000})
      await page.waitForTimeout(500)
      const posts = server.logs().slice(before).filter((l) => l.path === '/api/check')
      expect(posts.length).toBe(2)
      for (const l of posts) expect(l).toMatchObject({status: 403, reason: 'origin', bytes: 0})

      // DNS rebinding: a page under a name that resolves to this machine.
      const port = new URL(server.url).port
      const rebound = await page.goto(`http://rebind.test:${port}/`)
      expect(rebound?.status()).toBe(403)
    } finally {
      await context.close()
      await new Promise((resolve) => attacker.close(resolve))
    }
  }, 60_000)
})
