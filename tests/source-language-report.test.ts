/**
 * Issue 17: the source-language guess with its evidence in the JSON report
 * (pipeline/core/report.ts, the library's toJson) and in the service's /api/check answer
 * (pipeline/serve), as the library records it in
 * file.data.wirelint.sourceLanguage.  Our own sentences.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {createChecker} from '../pipeline/core/checker.js'
import {toJson} from '../pipeline/core/index.js'
import {startServer} from '../pipeline/serve/serve.js'
import {postJson} from './serve-helpers.js'

// Spanish traces: a Spanish agency, accented names, a calque.
const SPANISH = 'LIMA (EFE) — The minister José Pérez assured that the talks would resume, said the Peruvian agency.\n'

describe('source-language guess in the reports', () => {
  it('the JSON report gives each file the guess with its evidence', async () => {
    const file = await createChecker().check(SPANISH, {path: 'story.txt'})
    const [report] = toJson([file])
    expect(report.sourceLanguage).toMatchObject({lang: 'es'})
    expect(report.sourceLanguage?.confidence).toBeGreaterThan(0)
    expect(report.sourceLanguage?.evidence.length).toBeGreaterThan(0)
  })

  it('the JSON report leaves it out when no rule made a guess', async () => {
    const file = await createChecker({rules: {'false-friend': 'off'}}).check(SPANISH, {path: 'story.txt'})
    const [report] = toJson([file])
    expect(report).not.toHaveProperty('sourceLanguage')
  })

  it('POST /api/check answers with the guess', async () => {
    const running = await startServer({port: 0, engine: 'inline', log: () => undefined})
    try {
      const {status, json} = await postJson(`${running.url}/api/check`, {text: SPANISH})
      expect(status).toBe(200)
      expect(json.sourceLanguage).toMatchObject({lang: 'es'})
      expect(Array.isArray(json.sourceLanguage.evidence)).toBe(true)
    } finally {
      await running.close()
    }
  })

  it('the CLI’s JSON report gives it too: checked in-process, on workers, and from the cache', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
    const cli = path.join(root, 'dist/bin/cli.cjs')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-guess-'))
    try {
      fs.writeFileSync(path.join(dir, 'story.txt'), SPANISH)
      fs.writeFileSync(path.join(dir, 'clean.txt'), 'The minister visited the city on Monday, officials said.\n')
      const run = (...args: string[]) => {
        const r = spawnSync(process.execPath, [cli, 'story.txt', 'clean.txt', '--format', 'json', ...args], {cwd: dir, encoding: 'utf8', env: {...process.env, WIRELINT_DAEMON: '0'}})
        const files = JSON.parse(r.stdout) as Array<{path: string; sourceLanguage?: {lang: string; evidence: string[]}}>
        return Object.fromEntries(files.map((f) => [path.basename(f.path), f.sourceLanguage]))
      }
      for (const args of [['--workers', '0'], ['--workers', '2'], ['--cache'], ['--cache']]) {
        const guesses = run(...args)
        expect(guesses['story.txt'], args.join(' ')).toMatchObject({lang: 'es'})
        expect(guesses['story.txt']?.evidence.length, args.join(' ')).toBeGreaterThan(0)
        expect(guesses['clean.txt'], args.join(' ')).toBeUndefined()
      }
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})
