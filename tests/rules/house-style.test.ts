/**
 * house-style: the newsroom's terms from the configuration — case handling,
 * whole words and phrases, the fix, the newsroom's message, vocabulary files,
 * option validation — and the same configuration working from the CLI, the
 * library, the service (from --config and per request) and the language
 * server.  The CLI, service and server tests run the built CLI (dist/bin).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {PublishDiagnosticsParams} from 'vscode-languageserver/node'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createChecker} from '../../pipeline/core/checker.js'
import {ConfigError, loadConfigFile, resolveConfig} from '../../pipeline/core/config.js'
import {startClient} from '../../pipeline/dev/lsp-client.js'
import {compileTerms, termsOf} from '../../plugins/house-style/terms.js'
import {findingsOf, runRule} from '../helpers.js'
import {startServe} from '../serve-helpers.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cli = path.join(root, 'dist/bin/cli.cjs')

const STYLE = {substitute: {Kiev: 'Kyiv', 'per cent': 'percent', Turkey: 'Türkiye'}, avoid: {'the Hexagon': 'say France'}}

// Our own story for the integrations: one substitution, one phrase to avoid, one rejected and one accepted term.
const STORY = 'Talks in Kiev resumed on Monday, officials said.\nMinisters in the Hexagon disagreed about the zorbex plan.\nHopefully the vote passes.\n'
const VOCABULARY = {
  'accept.txt': '# words our desk accepts\nzorbex\nWhatsApp   # the brand\n\n',
  'reject.txt': '# words our desk rejects\nhopefully\n'
}
const CONFIG = {rules: {'house-style': ['warn', {...STYLE, accept: 'styles/accept.txt', reject: 'styles/reject.txt'}]}}
/** What every integration must report on STORY: [ruleId, line, column, actual, first candidate]. */
const EXPECTED = [
  ['house-style', 1, 10, 'Kiev', 'Kyiv'],
  ['house-style', 2, 14, 'the Hexagon', undefined],
  ['house-style', 3, 1, 'Hopefully', undefined]
]

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-house-'))
  fs.mkdirSync(path.join(dir, 'styles'))
  for (const [name, text] of Object.entries(VOCABULARY)) fs.writeFileSync(path.join(dir, 'styles', name), text)
  fs.writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify(CONFIG))
  fs.writeFileSync(path.join(dir, 'story.txt'), STORY)
})
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

const houseOnly = <M extends {ruleId?: string | null}>(messages: M[]): M[] => messages.filter((m) => m.ruleId === 'house-style')

describe('house-style matching', () => {
  it('is off unless configured', async () => {
    const file = await createChecker().check('Talks in Kiev resumed.')
    expect(houseOnly(file.messages)).toEqual([])
    expect(resolveConfig({}).rules['house-style'].level).toBe('off')
  })

  it('keeps the case of what it replaces: Kiev, KIEV, kiev’s, Kiev-based; never a longer word', async () => {
    const text = 'Kiev said. KIEV SAID. The mayor of kiev’s council and Kiev-based firms; Kievan Rus and Kievs.'
    expect(await findingsOf('house-style', {text, options: STYLE})).toEqual([
      {line: 1, column: 1, actual: 'Kiev', fix: 'Kyiv'},
      {line: 1, column: 12, actual: 'KIEV', fix: 'KYIV'},
      {line: 1, column: 36, actual: 'kiev', fix: 'Kyiv'},
      {line: 1, column: 55, actual: 'Kiev', fix: 'Kyiv'}
    ])
  })

  it('leaves an English word alone when a name is written in lower case (turkey for Turkey)', async () => {
    const text = 'They ate turkey. Turkey voted. TURKEY VOTED.'
    expect(await findingsOf('house-style', {text, options: STYLE})).toEqual([
      {line: 1, column: 18, actual: 'Turkey', fix: 'Türkiye'},
      {line: 1, column: 32, actual: 'TURKEY', fix: 'TÜRKIYE'}
    ])
  })

  it('matches phrases across any white space, capitalised at a sentence start, and gives the newsroom’s message', async () => {
    const text = 'Per cent rose.\nIt rose 5 per  cent in the\u00a0Hexagon, but the hexagon-shaped hall stayed.\n'
    const found = await runRule('house-style', text, STYLE)
    expect(found.map((f) => [f.line, f.column, f.actual, f.expected, f.reason, f.fatal])).toEqual([
      [1, 1, 'Per cent', ['Percent'], 'House style: “Percent”, not “Per cent”', false],
      [2, 11, 'per  cent', ['percent'], 'House style: “percent”, not “per  cent”', false],
      [2, 24, 'the\u00a0Hexagon', undefined, 'House style: avoid “the\u00a0Hexagon”: say France', false]
    ])
    expect(found[0].fix).toBeDefined()
  })

  it('takes the configured severity, skips URLs and honours ignore comments', async () => {
    const found = await runRule('house-style', 'See https://kiev.example.org/Kiev for Kiev news.', STYLE, {rules: {'house-style': ['error', STYLE]}})
    expect(found.map((f) => [f.column, f.actual, f.fatal])).toEqual([[39, 'Kiev', true]])
    const md = '<!-- wirelint-ignore house-style -->\nTalks in Kiev resumed.\n\nTalks in Kiev ended.\n'
    const checked = await createChecker({rules: {'house-style': ['warn', STYLE]}}).check(md, {path: 'story.md'})
    expect(houseOnly(checked.messages).map((m) => m.line)).toEqual([4])
  })

  it('reports an accepted term written in another case, with the accepted form as the fix', async () => {
    const text = 'She wrote on Whatsapp, then on WhatsApp, in a WHATSAPP group and on whatsapp.'
    expect(await findingsOf('house-style', {text, options: {accept: ['WhatsApp']}})).toEqual([
      {line: 1, column: 14, actual: 'Whatsapp', fix: 'WhatsApp'},
      {line: 1, column: 69, actual: 'whatsapp', fix: 'WhatsApp'}
    ])
  })

  it('compiles one linear expression with user text escaped', async () => {
    const pattern = compileTerms(termsOf({substitute: {'a.b (c)': 'x', 'C++ team': 'y', '1+1': 'two'}}))!
    expect('a.b (c) and axb (c)'.match(pattern)).toEqual(['a.b (c)'])
    expect(pattern.test('c++ team')).toBe(true) // the expression runs on lower-cased text
    // Hostile input for a backtracking engine: long runs of near-matches and of white space.
    const hostile = 'per '.repeat(50_000) + ' '.repeat(100_000) + 'Kie'.repeat(50_000)
    const found = await runRule('house-style', hostile + ' per cent', STYLE)
    expect(found.map((f) => f.actual)).toEqual(['per cent'])
  })
})

describe('house-style options', () => {
  const error = (options: unknown, source?: string) => {
    try {
      resolveConfig({rules: {'house-style': ['warn', options]}}, source, dir)
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError)
      return (e as Error).message
    }
    return 'no error'
  }

  it('names the key of each mistake', () => {
    expect(error({substitute: ['Kiev']})).toMatch(/^rules\.house-style\.substitute: must be an object of terms and replacements/)
    expect(error({substitute: {Kiev: ''}})).toMatch(/^rules\.house-style\.substitute\.Kiev: must be the replacement/)
    expect(error({avoid: {'the Hexagon': 3}})).toMatch(/^rules\.house-style\.avoid\.the Hexagon: must be the message/)
    expect(error({substitute: {'Kiev,': 'Kyiv'}})).toMatch(/must start and end with a letter or digit/)
    expect(error({substitute: {Kiev: 'Kyiv'}, reject: ['kiev']})).toMatch(/^rules\.house-style\.reject\[0\]: “kiev” is already listed in substitute/)
    expect(error({swap: {}})).toMatch(/^rules\.house-style\.swap: unknown option \(known: substitute, avoid, accept, reject\)/)
    expect(error({accept: 'styles/accept.txt'})).toMatch(/^rules\.house-style\.accept: a vocabulary file can be named only in a configuration file/)
    expect(error({accept: 'styles/missing.txt'}, path.join(dir, 'x.json'))).toMatch(/^.*x\.json: rules\.house-style\.accept: cannot read "styles\/missing\.txt"/)
    expect(error({reject: 'styles/reject.txt', accept: 'styles/reject.txt'}, path.join(dir, 'x.json'))).toMatch(/accept\[0\]: “hopefully” is already listed in reject/)
  })

  it('reads vocabulary files relative to the configuration file, with comments, into terms', () => {
    const config = loadConfigFile(path.join(dir, '.wirelintrc.json'))
    expect(config.rules['house-style'].options.accept).toEqual(['zorbex', 'WhatsApp'])
    expect(config.rules['house-style'].options.reject).toEqual(['hopefully'])
    // Prepared options are valid input again without any file (the service layers request rules over them).
    expect(resolveConfig({rules: {'house-style': ['warn', config.rules['house-style'].options]}}).key).toBe(config.key)
  })
})

describe('house-style from every integration', () => {
  const brief = (messages: Array<{ruleId?: string | null; line?: number | null; column?: number | null; actual?: string; expected?: string[]}>) =>
    messages.map((m) => [m.ruleId, m.line, m.column, m.actual, m.expected?.[0]])

  it('library: a configuration file with vocabulary files; accepted words silence the other rules', async () => {
    const config = loadConfigFile(path.join(dir, '.wirelintrc.json'))
    const file = await createChecker(config).check(STORY, {path: path.join(dir, 'story.txt')})
    expect(brief(file.messages)).toEqual(EXPECTED)
    // Without the accepted vocabulary, "zorbex" is the spelling rule's.
    const plain = await createChecker({rules: {'house-style': ['warn', STYLE]}}).check(STORY, {path: 'story.txt'})
    expect(plain.messages.some((m) => m.ruleId === 'spelling' && m.actual === 'zorbex')).toBe(true)
  })

  it('CLI: reports with the config found beside the story, and --fix writes the substitution', () => {
    const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    const r = run(['story.txt', '--format', 'json'])
    expect(r.stderr).toBe('')
    expect(brief(JSON.parse(r.stdout)[0].messages)).toEqual(EXPECTED)
    const copy = path.join(dir, 'copy.txt')
    fs.writeFileSync(copy, STORY)
    run(['copy.txt', '--fix'])
    expect(fs.readFileSync(copy, 'utf8')).toBe(STORY.replace('Kiev', 'Kyiv'))
  })

  it('service: from --config, and per request with the terms inline; a path in a request is refused', async () => {
    const server = await startServe(['--config', path.join(dir, '.wirelintrc.json')])
    try {
      const post = (body: unknown) => fetch(`${server.url}/api/check`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)})
      const configured = (await (await post({text: STORY})).json()) as {messages: Array<Record<string, never>>}
      expect(brief(configured.messages)).toEqual(EXPECTED)
      const perRequest = await post({text: 'Talks in Kiev resumed.\n', rules: {'house-style': ['warn', {substitute: {Kiev: 'Kyiv'}, accept: ['Zorbex']}]}})
      expect(brief(((await perRequest.json()) as {messages: Array<Record<string, never>>}).messages)).toEqual([['house-style', 1, 10, 'Kiev', 'Kyiv']])
      const refused = await post({text: 'x', rules: {'house-style': ['warn', {accept: '/etc/passwd'}]}})
      expect(refused.status).toBe(400)
      expect(((await refused.json()) as {error: string}).error).toMatch(/rules\.house-style\.accept: a vocabulary file can be named only in a configuration file/)
      const rules = (await (await fetch(`${server.url}/api/rules`)).json()) as Array<{id: string; level: string; fixable: boolean}>
      expect(rules.find((r) => r.id === 'house-style')).toMatchObject({level: 'warning', fixable: true})
    } finally {
      await server.stop()
    }
  })

  it('language server: diagnostics from the project’s config, again after its vocabulary file is edited', async () => {
    const client = startClient(process.execPath, [cli, 'lsp'], {cwd: dir})
    try {
      await client.request('initialize', {processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}})
      client.notify('initialized', {})
      const uri = pathToFileURL(path.join(dir, 'story.txt')).href
      client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: STORY}})
      const published = (await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 60_000)).params as PublishDiagnosticsParams
      const house = published.diagnostics.filter((d) => d.code === 'house-style')
      expect(house.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual([
        [1, 10, 'House style: “Kyiv”, not “Kiev”'],
        [2, 14, 'House style: avoid “the Hexagon”: say France'],
        [3, 1, 'House style: “Hopefully” is on the list of rejected terms']
      ])
      expect(published.diagnostics.every((d) => d.code === 'house-style')).toBe(true)
      // An edited vocabulary file is a changed configuration: the next check uses it.
      fs.writeFileSync(path.join(dir, 'styles', 'reject.txt'), VOCABULARY['reject.txt'] + 'officials\n')
      const from = client.received.length
      client.notify('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: STORY}]})
      const again = (await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === 2, 60_000, from)).params as PublishDiagnosticsParams
      expect(again.diagnostics.filter((d) => d.code === 'house-style').map((d) => d.message)).toContain('House style: “officials” is on the list of rejected terms')
    } finally {
      fs.writeFileSync(path.join(dir, 'styles', 'reject.txt'), VOCABULARY['reject.txt'])
      await client.close()
    }
  })
})
