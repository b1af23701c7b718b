/**
 * Issue 17: the source-language guess with its evidence in the JSON report
 * (pipeline/core/report.ts, the library's toJson) and in the service's /api/check answer
 * (pipeline/serve), as the library records it in
 * file.data.wirelint.sourceLanguage.  Our own sentences.
 */
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
})
