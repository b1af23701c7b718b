/**
 * `wirelint lsp` as an editor sees it: the built CLI (dist/bin/cli.cjs, npm
 * test builds first) started as a child process and spoken to in JSON-RPC,
 * then a real client nobody here wrote, headless Neovim.  The stories are
 * written for the test.  Behaviour only: timings are `npm run bench:lsp`.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {CodeAction, Diagnostic, Hover, PublishDiagnosticsParams, TextEdit} from 'vscode-languageserver/node'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {createChecker} from '../pipeline/core/checker.js'
import {loadConfigFile} from '../pipeline/core/config.js'
import {fixText} from '../pipeline/core/fix.js'
import {startClient, type LspClient} from '../pipeline/dev/lsp-client.js'
import {disableActions, toFindings} from '../pipeline/lsp/convert.js'
import {ruleById} from '../pipeline/core/rules.js'
import type {WirelintMessage} from '../plugins/support/rule.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/bin/cli.cjs')

// A story of our own: CRLF line ends and an astral character (two UTF-16 code units) before findings.
const STORY = [
  'Floods cut off mountain villages',
  '',
  'Rescue teams reached three villages on Tuesday after the river burst its banks , officials said.',
  'Residents posted photos 🌊 of the flooded square and the the town hall.',
  'The goverment promised aid for farmers 🚜 and said roads would reopen on monday .',
  ''
].join('\r\n')

let dir: string
const clients: LspClient[] = []

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-lsp-'))
})
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()))
})
afterAll(() => {
  fs.rmSync(dir, {recursive: true, force: true})
})

interface Session {
  client: LspClient
  open(uri: string, text: string, languageId?: string): Promise<PublishDiagnosticsParams>
  change(uri: string, version: number, changes: {range?: TextEdit['range']; text: string}[]): void
  diagnostics(uri: string, version: number, from?: number): Promise<PublishDiagnosticsParams>
}

async function session(options: {initializationOptions?: unknown; watch?: boolean; args?: string[]; cwd?: string} = {}): Promise<Session> {
  const client = startClient(process.execPath, [cli, 'lsp', ...(options.args ?? [])], {cwd: options.cwd ?? dir})
  clients.push(client)
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {
      workspace: {didChangeWatchedFiles: {dynamicRegistration: options.watch !== false}},
      textDocument: {codeAction: {resolveSupport: {properties: ['edit']}}}
    },
    initializationOptions: options.initializationOptions
  })
  client.notify('initialized', {})
  const diagnostics = (uri: string, version: number, from = 0) =>
    client
      .waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version, 60_000, from)
      .then((m) => m.params as PublishDiagnosticsParams)
  return {
    client,
    diagnostics,
    open(uri, text, languageId = 'plaintext') {
      const from = client.received.length
      client.notify('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
      return diagnostics(uri, 1, from)
    },
    change(uri, version, contentChanges) {
      client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges})
    }
  }
}

function write(name: string, text: string): string {
  const file = path.join(dir, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, text)
  return pathToFileURL(file).href
}

/** What a full check of the text gives, as LSP ranges (UTF-16) — the diagnostics must be these. */
async function fullCheck(text: string, file: string, configFile?: string) {
  const checker = createChecker(configFile ? loadConfigFile(configFile) : undefined)
  const result = await checker.check(text, {path: file})
  const doc = TextDocument.create('x', 'plaintext', 1, text)
  return (result.messages as WirelintMessage[]).map((m) => ({
    code: m.ruleId,
    message: m.reason,
    severity: {error: 1, warning: 2, info: 3}[m.severity ?? 'info'],
    range: {start: doc.positionAt(m.place && 'start' in m.place ? m.place.start.offset! : 0), end: doc.positionAt(m.place && 'end' in m.place ? m.place.end.offset! : 0)}
  }))
}

const brief = (d: Diagnostic[]) => d.map((x) => ({code: x.code, message: x.message, severity: x.severity, range: x.range}))

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'plaintext', 1, text), edits)
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? []
}

describe('wirelint lsp over JSON-RPC', () => {
  it('publishes a full check’s findings with UTF-16 ranges after CRLF and astral characters', async () => {
    const uri = write('story.txt', STORY)
    const s = await session()
    const published = await s.open(uri, STORY)
    const diagnostics = published.diagnostics
    expect(brief(diagnostics)).toEqual(await fullCheck(STORY, path.join(dir, 'story.txt')))

    const byCode = (code: string) => diagnostics.filter((d) => d.code === code)
    // Line 3 (0-based): "Residents posted photos 🌊 of the flooded square and the the town hall."
    // 🌊 is two UTF-16 code units: "the the" starts at character 53 (55 in UTF-8 bytes, 52 in code points).
    const repeated = byCode('repeated-words')
    expect(repeated).toHaveLength(1)
    expect(repeated[0].range).toEqual({start: {line: 3, character: 53}, end: {line: 3, character: 60}})
    expect(repeated[0].severity).toBe(2)
    expect(repeated[0].source).toBe('wirelint')
    expect(repeated[0].codeDescription?.href).toBe(ruleById('repeated-words')!.meta.url)
    // The space before the comma on line 2, and the one before the stop after 🚜 on line 4.
    const spacing = byCode('punctuation-spacing')
    expect(spacing.map((d) => d.range)).toEqual([
      {start: {line: 2, character: 78}, end: {line: 2, character: 80}},
      {start: {line: 4, character: 79}, end: {line: 4, character: 81}}
    ])
    expect(spacing.every((d) => d.severity === 1)).toBe(true)
    const spelling = byCode('spelling')
    expect(spelling.map((d) => [d.range.start, d.severity])).toEqual([
      [{line: 4, character: 4}, 2],
      [{line: 4, character: 73}, 3]
    ])
    expect(spelling[0].message).toContain('goverment')
    // What the range covers, cut from the story's own lines.
    const lines = STORY.split('\r\n')
    const cut = (d: Diagnostic) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)
    expect(cut(repeated[0])).toBe('the the')
    expect(spelling.map(cut)).toEqual(['goverment', 'monday'])
    expect(spacing.map(cut)).toEqual([' ,', ' .'])
  })

  it('offers a quick fix per candidate (the safe one preferred), applies one, and updates on change', async () => {
    const uri = write('fix.txt', STORY)
    const s = await session()
    const first = await s.open(uri, STORY)
    const goverment = first.diagnostics.find((d) => d.code === 'spelling' && String(d.message).includes('goverment'))!
    const spellingActions: CodeAction[] = await s.client.request('textDocument/codeAction', {
      textDocument: {uri},
      range: goverment.range,
      context: {diagnostics: [goverment]}
    })
    const quick = spellingActions.filter((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'spelling')
    expect(quick.length).toBeGreaterThanOrEqual(1)
    expect(quick[0].title).toContain('government')

    // The repeated word: one candidate, safe (what --fix applies) → preferred.
    const repeated = first.diagnostics.find((d) => d.code === 'repeated-words')!
    const actions: CodeAction[] = await s.client.request('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: repeated.range.start, end: repeated.range.start},
      context: {diagnostics: []}
    })
    const preferred = actions.filter((a) => a.isPreferred)
    expect(preferred).toHaveLength(1)
    expect(preferred[0].kind).toBe('quickfix')
    const fixed = apply(STORY, editsOf(preferred[0], uri))
    expect(fixed).toBe(STORY.replace('and the the town', 'and the town'))

    // Send the edit the way an editor does (incremental) and see the finding go.
    s.change(uri, 2, editsOf(preferred[0], uri).map((e) => ({range: e.range, text: e.newText})))
    const second = await s.diagnostics(uri, 2)
    expect(second.diagnostics.some((d) => d.code === 'repeated-words')).toBe(false)
    expect(brief(second.diagnostics)).toEqual(await fullCheck(fixed, path.join(dir, 'fix.txt')))

    // A new artifact typed on the last line: a new finding, ranges against the new text.
    const lines = fixed.split('\r\n')
    const at = {line: 2, character: lines[2].length}
    s.change(uri, 3, [{range: {start: at, end: at}, text: ' It rained rained.'}])
    const third = await s.diagnostics(uri, 3)
    const text3 = apply(fixed, [{range: {start: at, end: at}, newText: ' It rained rained.'}])
    expect(brief(third.diagnostics)).toEqual(await fullCheck(text3, path.join(dir, 'fix.txt')))
    expect(third.diagnostics.filter((d) => d.code === 'repeated-words').map((d) => d.range.start.line)).toEqual([2])
  })

  it('“Fix all” applies the CLI’s fix loop', async () => {
    const uri = write('all.txt', STORY)
    const s = await session()
    await s.open(uri, STORY)
    const actions: CodeAction[] = await s.client.request('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: [], only: ['source.fixAll']}
    })
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.wirelint'])
    expect(actions[0].title).toBe('Fix all safe wirelint problems')
    // The client said it resolves edits lazily: the edit comes with codeAction/resolve.
    expect(actions[0].edit).toBeUndefined()
    const resolved: CodeAction = await s.client.request('codeAction/resolve', actions[0])
    const checker = createChecker()
    const expected = await fixText(STORY, (t) => checker.check(t, {path: path.join(dir, 'all.txt')}))
    expect(apply(STORY, editsOf(resolved, uri))).toBe(expected.text)
    expect(expected.fixed).toBeGreaterThan(0)
    // And the same as `wirelint --fix` on the file.
    const run = spawnSync(process.execPath, [cli, '--fix', 'all.txt'], {cwd: dir, encoding: 'utf8'})
    expect(run.status === 0 || run.status === 1).toBe(true)
    expect(fs.readFileSync(path.join(dir, 'all.txt'), 'utf8')).toBe(expected.text)
  })

  it('hovers with the rule’s description, how it decides, and the finding’s reason', async () => {
    const uri = write('hover.txt', STORY)
    const s = await session()
    const first = await s.open(uri, STORY)
    const d = first.diagnostics.find((x) => x.code === 'repeated-words')!
    const hover: Hover = await s.client.request('textDocument/hover', {textDocument: {uri}, position: {line: d.range.start.line, character: d.range.start.character + 2}})
    const value = (hover.contents as {kind: string; value: string}).value
    const meta = ruleById('repeated-words')!.meta
    expect((hover.contents as {kind: string}).kind).toBe('markdown')
    expect(value).toContain(meta.description)
    expect(value).toContain(meta.docs!.decides)
    expect(value).toContain(d.message)
    expect(hover.range).toEqual(d.range)
    const none = await s.client.request('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 1}})
    expect(none).toBeNull()
  })

  it('debounces edits and never publishes a version a newer one overtook; clears on close', async () => {
    const uri = write('fast.txt', 'Rescue teams arrived.\n')
    const s = await session({initializationOptions: {debounce: 4000}})
    await s.open(uri, 'Rescue teams arrived.\n')
    // An edit after a pause is checked at once (not 4 s later) …
    await new Promise((r) => setTimeout(r, 4100))
    let from = s.client.received.length
    const started = Date.now()
    s.change(uri, 2, [{text: 'Rescue teams arrived arrived.\n'}])
    const second = await s.diagnostics(uri, 2, from)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(second.diagnostics.map((d) => d.code)).toEqual(['repeated-words'])
    // … keystrokes in quick succession are checked once, the last version only, after the quiet time.
    from = s.client.received.length
    s.change(uri, 3, [{text: 'Rescue teams arrived arrived .\n'}])
    s.change(uri, 4, [{text: 'Rescue teams arrived arrived , then\n'}])
    s.change(uri, 5, [{text: 'Rescue teams arrived arrived , then left.\n'}])
    const last = await s.diagnostics(uri, 5, from)
    expect(last.diagnostics.map((d) => d.code).sort()).toEqual(['punctuation-spacing', 'repeated-words'])
    await new Promise((r) => setTimeout(r, 300))
    const versions = s.client.received.slice(from).filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params.version)
    expect(versions).toEqual([5])
    // Closing clears the document's diagnostics.
    const before = s.client.received.length
    s.client.notify('textDocument/didClose', {textDocument: {uri}})
    const cleared = await s.client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 30_000, before)
    expect(cleared.params.diagnostics).toEqual([])
  })

  it('finds the project’s config as the CLI does and reloads it when it changes', async () => {
    const project = path.join(dir, 'project')
    const config = path.join(project, '.wirelintrc.json')
    fs.mkdirSync(path.join(project, 'stories'), {recursive: true})
    fs.writeFileSync(config, JSON.stringify({rules: {'repeated-words': 'off'}}))
    const file = path.join(project, 'stories', 'floods.txt')
    fs.writeFileSync(file, STORY)
    const uri = pathToFileURL(file).href
    const s = await session()
    const first = await s.open(uri, STORY)
    expect(first.diagnostics.some((d) => d.code === 'repeated-words')).toBe(false)
    expect(brief(first.diagnostics)).toEqual(await fullCheck(STORY, file, config))
    // The server asked the client to watch config files.
    const registration = await s.client.waitFor((m) => m.method === 'client/registerCapability')
    expect(registration.params.registrations[0].method).toBe('workspace/didChangeWatchedFiles')
    expect(registration.params.registrations[0].registerOptions.watchers.map((w: {globPattern: string}) => w.globPattern)).toEqual(['**/.wirelintrc.json', '**/package.json'])

    // The config changes on disk; the client's file watcher tells the server.
    fs.writeFileSync(config, JSON.stringify({rules: {'repeated-words': 'error', 'punctuation-spacing': 'off'}}))
    let from = s.client.received.length
    s.client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(config).href, type: 2}]})
    const second = await s.diagnostics(uri, 1, from)
    expect(second.diagnostics.filter((d) => d.code === 'repeated-words').map((d) => d.severity)).toEqual([1])
    expect(second.diagnostics.some((d) => d.code === 'punctuation-spacing')).toBe(false)
    expect(brief(second.diagnostics)).toEqual(await fullCheck(STORY, file, config))

    // A broken config: one clear diagnostic, and the server goes on.
    fs.writeFileSync(config, '{"rules": {"no-such-rule": "warn"}}')
    from = s.client.received.length
    s.client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(config).href, type: 2}]})
    const broken = await s.diagnostics(uri, 1, from)
    expect(broken.diagnostics).toHaveLength(1)
    expect(broken.diagnostics[0].code).toBe('config-error')
    expect(broken.diagnostics[0].message).toContain('no-such-rule')

    // Saved from the editor (the config open in it too, as JSON: not checked, but its didSave reloads it).
    const configUri = pathToFileURL(config).href
    s.client.notify('textDocument/didOpen', {textDocument: {uri: configUri, languageId: 'json', version: 1, text: fs.readFileSync(config, 'utf8')}})
    fs.writeFileSync(config, JSON.stringify({rules: {spelling: 'off'}}))
    from = s.client.received.length
    s.client.notify('textDocument/didSave', {textDocument: {uri: configUri}})
    const saved = await s.diagnostics(uri, 1, from)
    expect(s.client.received.slice(from).some((m) => m.params?.uri === configUri && m.params.diagnostics?.length)).toBe(false)
    expect(saved.diagnostics.some((d) => d.code === 'spelling')).toBe(false)
    expect(saved.diagnostics.some((d) => d.code === 'repeated-words')).toBe(true)
  })

  it('without the client’s file watching, watches the config folder itself', async () => {
    const project = path.join(dir, 'unwatched')
    const config = path.join(project, '.wirelintrc.json')
    fs.mkdirSync(project, {recursive: true})
    fs.writeFileSync(config, JSON.stringify({rules: {'repeated-words': 'off'}}))
    const file = path.join(project, 'story.txt')
    fs.writeFileSync(file, STORY)
    const uri = pathToFileURL(file).href
    const s = await session({watch: false})
    const first = await s.open(uri, STORY)
    expect(first.diagnostics.some((d) => d.code === 'repeated-words')).toBe(false)
    const from = s.client.received.length
    fs.writeFileSync(config, JSON.stringify({rules: {'repeated-words': 'warning'}}))
    // The server's own watch of the folder (no message from the client) brings the new findings.
    const second = await s.client.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.some((d: Diagnostic) => d.code === 'repeated-words'),
      60_000,
      from
    )
    expect(brief(second.params.diagnostics)).toEqual(await fullCheck(STORY, file, config))
  })

  it('checks Markdown and HTML (by language id or extension) and offers ignore comments that work', async () => {
    const md = '---\ntitle: Floods\n---\n\n# Floods cut off villages\n\nResidents saw the the town hall flooded.\n\nThe river rose rose again overnight.\n'
    const uri = write('story.md', md)
    const s = await session()
    const first = await s.open(uri, md, 'markdown')
    expect(brief(first.diagnostics)).toEqual(await fullCheck(md, path.join(dir, 'story.md')))
    const repeated = first.diagnostics.filter((d) => d.code === 'repeated-words')
    expect(repeated.map((d) => d.range.start.line)).toEqual([6, 8])
    const actions: CodeAction[] = await s.client.request('textDocument/codeAction', {
      textDocument: {uri},
      range: repeated[0].range,
      context: {diagnostics: [repeated[0]]}
    })
    const titles = actions.map((a) => a.title)
    expect(titles).toContain('Disable repeated-words for this paragraph')
    expect(titles).toContain('Disable repeated-words for this file')
    const paragraph = actions.find((a) => a.title === 'Disable repeated-words for this paragraph')!
    const ignored = apply(md, editsOf(paragraph, uri))
    expect(ignored).toContain('<!-- wirelint-ignore repeated-words -->\nResidents saw')
    const afterIgnore = (await fullCheck(ignored, path.join(dir, 'story.md'))).filter((d) => d.code === 'repeated-words')
    expect(afterIgnore.map((d) => d.range.start.line)).toEqual([9])
    const whole = actions.find((a) => a.title === 'Disable repeated-words for this file')!
    const disabled = apply(md, editsOf(whole, uri))
    expect(disabled.startsWith('---\ntitle: Floods\n---\n<!-- wirelint-disable repeated-words -->\n')).toBe(true)
    expect((await fullCheck(disabled, path.join(dir, 'story.md'))).filter((d) => d.code === 'repeated-words')).toEqual([])

    // HTML, known by its extension only (a language id the server does not know).
    const html = '<!doctype html>\n<html><body><p>Residents saw the the town hall flooded.</p></body></html>\n'
    const htmlUri = write('page.html', html)
    const page = await s.open(htmlUri, html, 'htmlx')
    expect(brief(page.diagnostics)).toEqual(await fullCheck(html, path.join(dir, 'page.html')))
    expect(page.diagnostics.map((d) => d.code)).toContain('repeated-words')
    const htmlActions: CodeAction[] = await s.client.request('textDocument/codeAction', {
      textDocument: {uri: htmlUri},
      range: page.diagnostics[0].range,
      context: {diagnostics: []}
    })
    const htmlDisable = htmlActions.find((a) => a.title === `Disable ${page.diagnostics[0].code} for this file`)!
    const htmlDisabled = apply(html, editsOf(htmlDisable, htmlUri))
    expect(htmlDisabled.startsWith(`<!doctype html>\n<!-- wirelint-disable ${page.diagnostics[0].code} -->\n`)).toBe(true)
    expect((await fullCheck(htmlDisabled, path.join(dir, 'page.html'))).filter((d) => d.code === page.diagnostics[0].code)).toEqual([])

    // Not a document of ours: no diagnostics at all.
    const js = write('code.js', 'const the the = 1\n')
    const before = s.client.received.length
    s.client.notify('textDocument/didOpen', {textDocument: {uri: js, languageId: 'javascript', version: 1, text: 'const the the = 1\n'}})
    await new Promise((r) => setTimeout(r, 500))
    expect(s.client.received.slice(before).filter((m) => m.params?.uri === js)).toEqual([])
  })

  it('keeps serving after a document it cannot check', async () => {
    const s = await session()
    // HTML nested far too deep for the parsers, then a plain story: both answered.
    const deep = '<div>'.repeat(40_000) + 'the the' + '</div>'.repeat(40_000)
    const bad = await s.open(write('deep.html', deep), deep, 'html')
    expect(Array.isArray(bad.diagnostics)).toBe(true)
    const odd = '\uD800 lone surrogate\u0000 and \uFFFF the the\r\r\n\u2028end'
    const weird = await s.open(write('odd.txt', 'x'), odd)
    expect(weird.diagnostics.some((d) => d.code === 'repeated-words')).toBe(true)
    const uri = write('after.txt', STORY)
    const after = await s.open(uri, STORY)
    expect(after.diagnostics.length).toBeGreaterThan(0)
    expect(s.client.child.exitCode).toBeNull()
  })

  it('answers --help and ends with the exit notification', async () => {
    const help = spawnSync(process.execPath, [cli, 'lsp', '--help'], {encoding: 'utf8'})
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('wirelint lsp')
    const s = await session({args: ['--stdio']})
    expect(await s.client.close()).toBe(0)
    clients.splice(clients.indexOf(s.client), 1)
  })
})

describe('ignore-comment actions in Markdown', () => {
  async function actionsFor(md: string, rule: string) {
    const file = await createChecker().check(md, {path: 'story.md'})
    const doc = TextDocument.create('file:///story.md', 'markdown', 1, md)
    const finding = toFindings(file, doc).find((f) => f.ruleId === rule)!
    return {doc, actions: disableActions(finding, doc, 'markdown')}
  }

  it('silences a heading or a paragraph of its own, and is not offered inside a list item', async () => {
    const heading = '# Floods floods cut off villages\n\nResidents saw the town hall flooded.\n'
    const h = await actionsFor(heading, 'repeated-words')
    const forHeading = h.actions.find((a) => a.title === 'Disable repeated-words for this heading')!
    const ignored = apply(heading, editsOf(forHeading, h.doc.uri))
    expect(ignored.startsWith('<!-- wirelint-ignore repeated-words -->\n# Floods floods')).toBe(true)
    expect((await fullCheck(ignored, 'story.md')).filter((d) => d.code === 'repeated-words')).toEqual([])

    // A paragraph of two lines: the comment goes before its first line.
    const twoLines = 'Residents saw the town hall flooded,\nand the the river rose again.\n'
    const t = await actionsFor(twoLines, 'repeated-words')
    const forParagraph = t.actions.find((a) => a.title === 'Disable repeated-words for this paragraph')!
    expect(apply(twoLines, editsOf(forParagraph, t.doc.uri)).startsWith('<!-- wirelint-ignore repeated-words -->\nResidents saw')).toBe(true)

    // The lazy continuation of a list item: a comment line there would split the item; only "for this file".
    const list = '- Residents saw the town hall flooded\nand the the river rose again.\n'
    const l = await actionsFor(list, 'repeated-words')
    expect(l.actions.map((a) => a.title)).toEqual(['Disable repeated-words for this file'])
  })
})

// --- A real client: Neovim's built-in LSP client, headless ------------------

function findNvim(): string | undefined {
  const which = spawnSync('sh', ['-c', 'command -v nvim'], {encoding: 'utf8'})
  return which.status === 0 ? which.stdout.trim() : undefined
}

let nvim = findNvim()
let nvimSkip = ''
if (!nvim) {
  // Debian's package, as CI installs chromium: only as root, and said plainly when it fails.
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    const install = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends neovim'], {
      encoding: 'utf8',
      timeout: 300_000
    })
    nvim = findNvim()
    if (!nvim) nvimSkip = `nvim is missing and "apt-get install neovim" failed: ${(install.stderr || install.stdout || '').trim().slice(-300)}`
  } else {
    nvimSkip = 'nvim is missing and cannot be installed here (not root or no apt-get): install the Debian "neovim" package'
  }
  if (nvimSkip) console.warn(`tests/lsp.test.ts: the Neovim test is skipped: ${nvimSkip}`)
}

describe('Neovim’s built-in LSP client (headless)', () => {
  it.skipIf(!nvim)(`shows wirelint’s diagnostics, applies the preferred code action and writes the file${nvim ? '' : ` (skipped: ${nvimSkip})`}`, async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-nvim-'))
    try {
      const story = path.join(work, 'floods.txt')
      fs.writeFileSync(story, STORY)
      const out = path.join(work, 'out.json')
      const run = spawnSync(nvim!, ['--headless', '-n', '-i', 'NONE', '-u', path.join(root, 'tests/fixtures/lsp/init.lua')], {
        cwd: work,
        encoding: 'utf8',
        timeout: 180_000,
        env: {
          ...process.env,
          WIRELINT_STORY: story,
          WIRELINT_OUT: out,
          WIRELINT_RULE: 'repeated-words',
          WIRELINT_CMD: JSON.stringify([process.execPath, cli, 'lsp']),
          XDG_CACHE_HOME: path.join(work, 'cache'),
          XDG_STATE_HOME: path.join(work, 'state'),
          XDG_CONFIG_HOME: path.join(work, 'config'),
          XDG_DATA_HOME: path.join(work, 'data')
        }
      })
      expect(fs.existsSync(out), `nvim wrote no result (status ${run.status}): ${run.stderr}${run.stdout}`).toBe(true)
      const result = JSON.parse(fs.readFileSync(out, 'utf8'))
      expect(result.error).toBeUndefined()
      expect(result.fileformat).toBe('dos')

      // Neovim's diagnostics count columns in UTF-8 bytes; ours in UTF-16 code units: they must land on the same text.
      const lines = STORY.split('\r\n')
      const expected = (await fullCheck(STORY, story)).map((d) => ({
        lnum: d.range.start.line,
        col: Buffer.byteLength(lines[d.range.start.line].slice(0, d.range.start.character)),
        end_lnum: d.range.end.line,
        end_col: Buffer.byteLength(lines[d.range.end.line].slice(0, d.range.end.character)),
        severity: d.severity,
        code: d.code,
        source: 'wirelint',
        message: d.message
      }))
      const order = (a: {lnum: number; col: number}, b: {lnum: number; col: number}) => a.lnum - b.lnum || a.col - b.col
      expect(result.before).toEqual(expected.sort(order))
      const repeated = result.before.find((d: {code: string}) => d.code === 'repeated-words')
      expect(repeated).toMatchObject({lnum: 3, col: 55, end_col: 62})
      expect(result.offered.filter((a: {isPreferred: boolean}) => a.isPreferred)).toHaveLength(1)
      expect(result.applied).toBe('Delete “ the” (repeated-words)')

      const fixed = STORY.replace('and the the town', 'and the town')
      expect(fs.readFileSync(story, 'utf8')).toBe(fixed)
      expect(result.after.some((d: {code: string}) => d.code === 'repeated-words')).toBe(false)
      expect(result.after).toHaveLength(result.before.length - 1)
      expect(result.hover).toContain(ruleById(result.after[0].code)!.meta.description)
    } finally {
      fs.rmSync(work, {recursive: true, force: true})
    }
  }, 240_000)
})

describe('the README’s Neovim set-up', () => {
  it.skipIf(!nvim)(`starts wirelint from the snippet for this Neovim version${nvim ? '' : ` (skipped: ${nvimSkip})`}`, () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('\n## Editors'), readme.indexOf('\n## ', readme.indexOf('\n## Editors') + 5))
    const neovim = section.slice(section.indexOf('\n### Neovim'), section.indexOf('\n### ', section.indexOf('\n### Neovim') + 5))
    const snippets = [...neovim.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1])
    // The plug-in-free ones: vim.lsp.start (0.8+) and start_client (0.7).
    const modern = snippets.find((s) => s.includes('vim.lsp.start({'))
    const old = snippets.find((s) => s.includes('vim.lsp.start_client('))
    expect(modern).toBeDefined()
    expect(old).toBeDefined()
    const version = /NVIM v(\d+)\.(\d+)/.exec(spawnSync(nvim!, ['--version'], {encoding: 'utf8'}).stdout)!
    const snippet = Number(version[1]) > 0 || Number(version[2]) >= 8 ? modern! : old!
    const command = "{'npx', 'wirelint', 'lsp'}"
    expect(snippet).toContain(command)
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-nvim-readme-'))
    try {
      const file = path.join(work, 'snippet.lua')
      fs.writeFileSync(file, snippet.replace(command, `{${JSON.stringify(process.execPath)}, ${JSON.stringify(cli)}, 'lsp'}`))
      const story = path.join(work, 'story.md')
      fs.writeFileSync(story, '# Floods cut off villages\n\nResidents saw the the town hall flooded , officials said.\n')
      const out = path.join(work, 'out.json')
      const run = spawnSync(nvim!, ['--headless', '-n', '-i', 'NONE', '-u', path.join(root, 'tests/fixtures/lsp/readme.lua')], {
        cwd: work,
        encoding: 'utf8',
        timeout: 180_000,
        env: {
          ...process.env,
          WIRELINT_SNIPPET: file,
          WIRELINT_STORY: story,
          WIRELINT_OUT: out,
          XDG_CACHE_HOME: path.join(work, 'cache'),
          XDG_STATE_HOME: path.join(work, 'state'),
          XDG_CONFIG_HOME: path.join(work, 'config'),
          XDG_DATA_HOME: path.join(work, 'data')
        }
      })
      expect(fs.existsSync(out), `nvim wrote no result (status ${run.status}): ${run.stderr}${run.stdout}`).toBe(true)
      const result = JSON.parse(fs.readFileSync(out, 'utf8'))
      expect(result.error).toBeUndefined()
      expect(result.filetype).toBe('markdown')
      expect(result.clients).toEqual(['wirelint'])
      expect(result.codes).toEqual(['punctuation-spacing', 'repeated-words'])
    } finally {
      fs.rmSync(work, {recursive: true, force: true})
    }
  }, 240_000)
})
