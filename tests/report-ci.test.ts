/**
 * CI formats, each checked against its schema or consumer: checkstyle and
 * JUnit XML against XSDs (tests/fixtures/report/, validated by libxml2's
 * xmllint compiled to WebAssembly, npm `xmllint-wasm`); GitLab Code Quality
 * against a JSON schema written from GitLab's documentation (ajv); rdjson
 * against reviewdog's format with @umbrelladocs/rdformat-validator (its
 * schema with ajv, and its own strict validator).  And through the CLI:
 * `--format NAME` for each, `-o` replacing a report of ours.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import AjvModule from 'ajv'
import {XMLParser} from 'fast-xml-parser'
import {validateXML} from 'xmllint-wasm'
import {RDFormatValidator} from '@umbrelladocs/rdformat-validator'
import {createChecker} from '../pipeline/core/checker.js'
import {REPORT_FORMATS, formatReport, isOwnReport} from '../pipeline/core/report.js'
import {toCheckstyle} from '../pipeline/core/report-checkstyle.js'
import {toJunit} from '../pipeline/core/report-junit.js'
import {toGitlab} from '../pipeline/core/report-gitlab.js'
import {toRdjson} from '../pipeline/core/report-rdjson.js'

const fixtures = new URL('./fixtures/report/', import.meta.url)
const read = (name: string): string => fs.readFileSync(new URL(name, fixtures), 'utf8')
const Ajv = ((AjvModule as unknown as {default?: unknown}).default ?? AjvModule) as unknown as typeof AjvModule.default

// Our own copy: an error (punctuation-spacing), a warning (merged-words set to warn), an info (hashtags set to info);
// "é" before the first finding (rdjson counts UTF-8 bytes), and a message with characters XML must escape.
const story = 'Rebels seize city\n\nThe café vote . Then they left.\nFans queued for ticketsand more.\n#Peru #Lima #vote #news\n'
const config = {rules: {'merged-words': 'warn', hashtags: 'info'}} as const

async function files(): Promise<VFile[]> {
  const checker = createChecker(config as never)
  const a = await checker.check(story, {path: 'stories/peru one.txt'})
  const clean = await checker.check('The vote was held on Sunday.\n', {path: 'stories/clean.txt'})
  const odd = new VFile({path: 'odd<&>"\'.txt'})
  const m = odd.message('binary file (NUL byte at offset 3) <&> "quoted"\u0001', {source: 'wirelint', ruleId: 'read-error'})
  m.fatal = true
  return [a, clean, odd]
}

async function xsdErrors(xml: string, xsd: string): Promise<string[]> {
  const result = await validateXML({xml: [{fileName: 'report.xml', contents: xml}], schema: [{fileName: 'schema.xsd', contents: read(xsd)}]})
  return result.errors.map((e) => e.rawMessage)
}

const parser = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['file', 'error', 'testsuite', 'testcase'].includes(name)})

describe('checkstyle', () => {
  it('validates against the checkstyle XSD and carries every finding with its place, severity and source', async () => {
    const xml = toCheckstyle(await files())
    expect(await xsdErrors(xml, 'checkstyle.xsd')).toEqual([])
    const doc = parser.parse(xml)
    const [a, clean, odd] = doc.checkstyle.file
    expect(a.name).toBe('stories/peru one.txt')
    expect(a.error.map((e: any) => [e.line, e.column, e.severity, e.source])).toEqual([
      ['3', '14', 'error', 'wirelint.punctuation-spacing'],
      ['4', '17', 'warning', 'wirelint.merged-words'],
      ['5', '1', 'info', 'wirelint.hashtags']
    ])
    expect(clean.name).toBe('stories/clean.txt')
    expect(clean.error).toBeUndefined()
    expect(odd.name).toBe('odd<&>"\'.txt')
    // The control character XML cannot carry is replaced; the rest comes back as written.
    expect(odd.error[0].message).toBe('binary file (NUL byte at offset 3) <&> "quoted"\uFFFD')
  })

  it('the schema rejects what it should (a finding without its line)', async () => {
    const xml = toCheckstyle(await files()).replace(/ line="3"/, '')
    expect((await xsdErrors(xml, 'checkstyle.xsd')).join('\n')).toMatch(/line/)
  })
})

describe('junit', () => {
  it('validates against the JUnit XSD: a suite per file, a failure per error or warning, an info passes', async () => {
    const xml = toJunit(await files())
    expect(await xsdErrors(xml, 'junit.xsd')).toEqual([])
    const doc = parser.parse(xml)
    expect(doc.testsuites).toMatchObject({name: 'wirelint', tests: '5', failures: '3', errors: '0'})
    const [a, clean, odd] = doc.testsuites.testsuite
    expect(a).toMatchObject({name: 'stories/peru one.txt', tests: '3', failures: '2'})
    expect(a.testcase.map((t: any) => t.name)).toEqual(['3:14 punctuation-spacing', '4:17 merged-words', '5:1 hashtags'])
    expect(a.testcase[0].failure.type).toBe('error')
    expect(a.testcase[0].failure['#text']).toContain('stories/peru one.txt:3:14 error punctuation-spacing: Space before')
    expect(a.testcase[1].failure.type).toBe('warning')
    expect(a.testcase[2].failure).toBeUndefined()
    expect(a.testcase[2]['system-out']).toContain('info hashtags')
    expect(clean).toMatchObject({tests: '1', failures: '0'})
    expect(clean.testcase[0].failure).toBeUndefined()
    expect(odd.testcase[0].failure.message).toContain('<&> "quoted"')
  })
})

describe('gitlab code quality', () => {
  const validate = new Ajv({strict: true, strictRequired: false, allErrors: true}).compile(JSON.parse(read('gitlab-codequality.schema.json')))

  it('validates against the documented schema, with GitLab severities and relative paths', async () => {
    const issues = toGitlab(await files(), process.cwd())
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true)
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['punctuation-spacing', 'major', 'stories/peru one.txt', 3],
      ['merged-words', 'minor', 'stories/peru one.txt', 4],
      ['hashtags', 'info', 'stories/peru one.txt', 5],
      ['read-error', 'major', 'odd<&>"\'.txt', 1]
    ])
    const abs = await createChecker().check(story, {path: path.join(process.cwd(), 'stories/x.txt')})
    expect(toGitlab([abs], process.cwd())[0].location.path).toBe('stories/x.txt')
  })

  it('fingerprints are unique, and stay the same when a line is added above the finding', async () => {
    const checker = createChecker(config as never)
    const twice = 'The vote . Then . Done.\n'
    const before = toGitlab([await checker.check(twice, {path: 'a.txt'})])
    const after = toGitlab([await checker.check('A new first line.\n' + twice, {path: 'a.txt'})])
    expect(before.length).toBe(2)
    expect(new Set(before.map((i) => i.fingerprint)).size).toBe(2)
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint))
    expect(after[0].location.lines.begin).toBe(before[0].location.lines.begin + 1)
  })
})

describe('rdjson', () => {
  it('passes reviewdog format validation (the schema with ajv, and the strict validator), fixes as suggestions', async () => {
    const rd = toRdjson(await files(), process.cwd())
    const validator = new RDFormatValidator({strictMode: true, allowExtraFields: false})
    const result = await validator.validateString(JSON.stringify(rd))
    expect(result.errors, JSON.stringify(result.errors)).toEqual([])
    expect(result.valid).toBe(true)
    const validate = new Ajv({strict: false, allErrors: true}).compile(validator.getSchema() as object)
    expect(validate(rd), JSON.stringify(validate.errors)).toBe(true)

    expect(rd.source.name).toBe('wirelint')
    const [spacing, merged, tags] = rd.diagnostics
    expect(spacing.severity).toBe('ERROR')
    expect(merged.severity).toBe('WARNING')
    expect(tags.severity).toBe('INFO')
    expect(spacing.code?.value).toBe('punctuation-spacing')
    expect(spacing.code?.url).toMatch(/^https:\/\//)
    // Columns in UTF-8 bytes: " ." starts at character 14 of its line, byte 15 ("é" is two bytes); the end is exclusive.
    expect(spacing.location.range).toEqual({start: {line: 3, column: 15}, end: {line: 3, column: 17}})
    expect(spacing.suggestions).toEqual([{range: {start: {line: 3, column: 15}, end: {line: 3, column: 17}}, text: '.'}])
    expect(merged.suggestions).toEqual([{range: {start: {line: 4, column: 17}, end: {line: 4, column: 27}}, text: 'tickets and'}])
  })

  it('applying the suggestions as reviewdog does (UTF-8 byte ranges) gives the fixed text', async () => {
    const rd = toRdjson([await createChecker().check(story, {path: 'a.txt'})])
    const lines = Buffer.from(story).toString('utf8').split('\n').map((l) => Buffer.from(l + '\n'))
    const byteOffset = (p: {line: number; column: number}): number => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length, 0) + p.column - 1
    let bytes = Buffer.from(story)
    const edits = rd.diagnostics.flatMap((d) => d.suggestions ?? []).sort((a, b) => byteOffset(b.range.start) - byteOffset(a.range.start))
    for (const s of edits) bytes = Buffer.concat([bytes.subarray(0, byteOffset(s.range.start)), Buffer.from(s.text), bytes.subarray(byteOffset(s.range.end))])
    expect(bytes.toString('utf8')).toBe('Rebels seize city\n\nThe café vote. Then they left.\nFans queued for tickets and more.\n')
  })
})

describe('through the CLI', () => {
  const cli = fileURLToPath(new URL('../dist/bin/cli.cjs', import.meta.url))
  const has = fs.existsSync(cli)

  it.skipIf(!has)('--format NAME for each CI format; -o replaces a report of ours', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-report-ci-'))
    try {
      fs.writeFileSync(path.join(dir, 'story.txt'), story)
      for (const format of ['checkstyle', 'junit', 'gitlab', 'rdjson', 'html']) {
        const r = spawnSync(process.execPath, [cli, '-f', format, 'story.txt'], {cwd: dir, encoding: 'utf8'})
        expect(r.status, r.stderr).toBe(1)
        expect(r.stdout.length).toBeGreaterThan(0)
        const out = path.join(dir, `report.${format}`)
        for (let i = 0; i < 2; i++) {
          const w = spawnSync(process.execPath, [cli, '-f', format, '-o', out, 'story.txt'], {cwd: dir, encoding: 'utf8'})
          expect(w.status, `${format}: ${w.stderr}`).toBe(1)
        }
        expect(fs.readFileSync(out, 'utf8')).toBe(r.stdout)
      }
      const help = spawnSync(process.execPath, [cli, '--help'], {encoding: 'utf8'}).stdout
      for (const format of REPORT_FORMATS) expect(help).toMatch(new RegExp(`^ +${format} +\\S`, 'm'))
      const unknown = spawnSync(process.execPath, [cli, '-f', 'xml', 'story.txt'], {cwd: dir, encoding: 'utf8'})
      expect(unknown.status).toBe(2)
      expect(unknown.stderr).toContain('checkstyle')
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('isOwnReport', () => {
  it('knows every format of ours, and not a story or someone else’s JSON', async () => {
    for (const format of REPORT_FORMATS) {
      const text = await formatReport(format, await files(), {version: '1.0.0'})
      expect(isOwnReport(text.slice(0, 4096), text.slice(-4096)), format).toBe(true)
    }
    expect(isOwnReport(story, story)).toBe(false)
    expect(isOwnReport('{"name": "x"}', '{"name": "x"}')).toBe(false)
    expect(isOwnReport('<?xml version="1.0"?><project/>', '')).toBe(false)
  })
})
