/**
 * `wirelint lsp`: a language server over standard input and output.
 *
 * - Diagnostics for `.txt`, `.md` and `.html` documents (language ids
 *   plaintext/text, markdown, html, or the file's extension) on open and on
 *   change: an edit after a pause is checked at once, edits in quick
 *   succession once the document has been quiet for a short time
 *   (`--debounce MS`, or the client's `initializationOptions.debounce`;
 *   default 25 ms); a check that a newer version of the document overtakes is
 *   never published; cleared on close.
 * - Code actions: a quick fix per fix candidate of a finding (the one
 *   `--fix` would apply marked preferred), "Fix all safe wirelint problems"
 *   (`source.fixAll.wirelint`, the CLI's own fix loop), and for Markdown and
 *   HTML "Disable <rule> for this paragraph/file" with ignore comments.
 * - Hover on a flagged span: the rule's description, how it decides, the
 *   finding's reason.
 * - The configuration is found for each document as the CLI finds it
 *   (`.wirelintrc.json` or package.json upward) and reloaded when a config
 *   file changes: the client's file watching, a config file saved in the
 *   editor, a watch of the folders involved when the client has no file
 *   watching, and a look at the config file's stamp before every check.
 * - Nothing a document or a rule does stops the server: errors are logged
 *   to the client (window/logMessage) and the server keeps serving.
 */
import {packageVersion} from '../core/version.js'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {
  CodeAction,
  CodeActionParams,
  Connection,
  Diagnostic,
  DidChangeWatchedFilesParams,
  Hover,
  HoverParams,
  InitializeParams,
  InitializeResult,
  TextDocuments as TextDocumentsType
} from 'vscode-languageserver/node'
import type {TextDocument as TextDocumentType} from 'vscode-languageserver-textdocument'
import {createChecker, type Checker} from '../core/checker.js'
import {ConfigError, createConfigFinder, isIgnored, resolveConfig, type ResolvedConfig} from '../core/config.js'
import {fixText} from '../core/fix.js'
import {formatOf, type Format} from '../core/processor.js'
import {disableActions, FIX_ALL_KIND, hoverFor, minimalEdit, quickFixes, toFindings, touches, type Finding} from './convert.js'

type Protocol = typeof import('./protocol.js')

export const DEFAULT_DEBOUNCE_MS = 25
/** Documents larger than this are not checked (the CLI's default --max-file-size, in characters). */
const MAX_CHARS = 10 * 1024 * 1024
const CONFIG_NAMES: ReadonlySet<string> = new Set(['.wirelintrc.json', 'package.json'])

export interface LspOptions {
  /** Quiet time after a change before the document is checked (ms). */
  debounce: number
}

function usage(): string {
  return `Usage: wirelint lsp [--stdio] [--debounce MS]

A language server (LSP) over standard input and output for .txt, .md and .html
documents: diagnostics, quick fixes, "fix all", hovers. See README "Editors".

  --stdio          accepted for clients that pass it (stdio is the only transport)
  --debounce MS    edits closer together than this are checked once, when the
                   document has been quiet this long (default ${DEFAULT_DEBOUNCE_MS})
`
}

export async function lspMain(argv: string[]): Promise<number> {
  const options: LspOptions = {debounce: DEFAULT_DEBOUNCE_MS}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--stdio') continue
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(usage())
      return 0
    }
    const m = /^--debounce(?:=(.*))?$/.exec(arg)
    if (m) {
      const value = Number(m[1] ?? argv[++i])
      if (!Number.isFinite(value) || value < 0 || value > 60_000) {
        process.stderr.write('wirelint lsp: --debounce needs a number of milliseconds (0 to 60000)\n')
        return 2
      }
      options.debounce = value
      continue
    }
    // Clients add their own flags (--clientProcessId=N, --node-ipc is not supported).
    if (arg.startsWith('--clientProcessId')) {
      if (!arg.includes('=')) i++
      continue
    }
    process.stderr.write(`wirelint lsp: unknown option ${arg}\n${usage()}`)
    return 2
  }
  // Bundled, the protocol chunk is CommonJS: its exports may come as the default export only.
  const loaded = (await import('./protocol.js')) as Protocol & {default?: Protocol}
  const protocol: Protocol = typeof loaded.createConnection === 'function' ? loaded : loaded.default!
  const connection = protocol.createConnection(protocol.ProposedFeatures.all, process.stdin, process.stdout)
  startServer(connection, protocol, options)
  connection.listen()
  // The connection ends the process itself (exit notification, or the client going away).
  return new Promise<number>(() => {})
}

interface DocState {
  timer?: NodeJS.Timeout
  /** When the document last changed (performance.now()). */
  changed?: number
  /** The check in flight, if any. */
  running?: Promise<Checked | undefined>
  /** The last published check. */
  last?: Checked
}

interface Checked {
  version: number
  /** The checked text, as a document of its own (positions are converted against it). */
  snapshot: TextDocumentType
  format: Format
  findings: Finding[]
  /** How the text was checked (for the fix loop). */
  check?: (text: string) => ReturnType<Checker['check']>
}

interface Target {
  format: Format
  /** File system path, for file: URIs. */
  file?: string
}

export function startServer(connection: Connection, protocol: Protocol, options: LspOptions): void {
  const {TextDocuments, TextDocument} = protocol
  const documents: TextDocumentsType<TextDocumentType> = new TextDocuments(TextDocument)
  const states = new Map<string, DocState>()
  let debounce = options.debounce
  let root: string | undefined
  let clientWatches = false
  let resolveSupport = false
  const fallback = resolveConfig({})
  const checkers = new WeakMap<ResolvedConfig, Checker>()

  // Nothing but the protocol may go to standard output: console output goes to the client's log.
  const log = (level: 'error' | 'warn' | 'info' | 'log', text: string): void => {
    try {
      connection.console[level](text)
    } catch {
      // The client is gone: nothing to tell.
    }
  }
  const format = (args: unknown[]): string => args.map((a) => (a instanceof Error ? a.stack ?? a.message : typeof a === 'string' ? a : safeJson(a))).join(' ')
  console.log = (...args: unknown[]) => log('log', format(args))
  console.info = (...args: unknown[]) => log('info', format(args))
  console.warn = (...args: unknown[]) => log('warn', format(args))
  console.error = (...args: unknown[]) => log('error', format(args))
  console.debug = console.log
  process.on('uncaughtException', (error) => log('error', `wirelint: internal error (the server goes on): ${error?.stack ?? String(error)}`))
  process.on('unhandledRejection', (error) => log('error', `wirelint: internal error (the server goes on): ${(error as Error)?.stack ?? String(error)}`))

  // --- Configuration -------------------------------------------------------

  let find = createConfigFinder()
  /** Config files read, with the stamp they had: a changed stamp drops every cached lookup. */
  const stamps = new Map<string, string>()
  const watchers = new Map<string, fs.FSWatcher>()
  let watchTimer: NodeJS.Timeout | undefined
  const stampOf = (file: string): string => {
    try {
      const s = fs.statSync(file)
      return `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`
    } catch {
      return 'missing'
    }
  }
  const reloadConfig = (why: string): void => {
    find = createConfigFinder()
    stamps.clear()
    log('info', `wirelint: configuration reloaded (${why})`)
    for (const doc of documents.all()) {
      const state = states.get(doc.uri)
      // The last check was made with the old configuration: check again even though the text is the same.
      if (state) state.last = undefined
      if (targetOf(doc)) schedule(doc.uri, 0)
    }
  }
  const watchFolder = (dir: string): void => {
    // Only when the client does not watch files for us.
    if (clientWatches || watchers.has(dir) || watchers.size >= 256) return
    try {
      const watcher = fs.watch(dir, {persistent: false}, (_event, name) => {
        if (!name || !CONFIG_NAMES.has(String(name))) return
        // A file being written fires several events (truncated, then written): reload once it is quiet.
        if (watchTimer) clearTimeout(watchTimer)
        watchTimer = setTimeout(() => {
          watchTimer = undefined
          reloadConfig(`${path.join(dir, String(name))} changed`)
        }, 50)
      })
      watcher.on('error', () => {
        watcher.close()
        watchers.delete(dir)
      })
      watchers.set(dir, watcher)
    } catch {
      // A folder that cannot be watched: the stamp check before each check still sees edits.
    }
  }
  const configFor = (file: string | undefined): ResolvedConfig => {
    for (const [source, stamp] of stamps) {
      if (stampOf(source) !== stamp) {
        reloadConfigQuietly()
        break
      }
    }
    const where = file ?? path.join(root ?? process.cwd(), 'untitled.txt')
    const config = find(where) ?? fallback
    if (config.source && !stamps.has(config.source)) stamps.set(config.source, stampOf(config.source))
    // Files the configuration read (house-style vocabularies) count as the configuration.
    for (const read of config.files ?? []) if (!stamps.has(read)) stamps.set(read, stampOf(read))
    watchFolder(path.dirname(where))
    if (config.source) watchFolder(path.dirname(config.source))
    return config
  }
  const reloadConfigQuietly = (): void => {
    find = createConfigFinder()
    stamps.clear()
  }
  const checkerFor = (config: ResolvedConfig): Checker => {
    let checker = checkers.get(config)
    if (!checker) {
      checker = createChecker(config)
      checkers.set(config, checker)
    }
    return checker
  }

  // --- Documents -----------------------------------------------------------

  const targetOf = (doc: TextDocumentType): Target | undefined => {
    let file: string | undefined
    if (doc.uri.startsWith('file:')) {
      try {
        file = fileURLToPath(doc.uri)
      } catch {
        file = undefined
      }
    }
    const name = file ?? decodeURIComponent(doc.uri.replace(/[?#].*$/, ''))
    const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase()
    const byExtension: Format | undefined =
      ext === undefined ? undefined : ext === 'txt' || ext === 'text' ? 'text' : formatOf(name) !== 'text' ? formatOf(name) : undefined
    switch (doc.languageId) {
      case 'plaintext':
      case 'text':
        return {format: 'text', file}
      case 'markdown':
        return {format: 'markdown', file}
      case 'html':
        return {format: 'html', file}
      default:
        return byExtension ? {format: byExtension, file} : undefined
    }
  }

  const stateOf = (uri: string): DocState => {
    let state = states.get(uri)
    if (!state) {
      state = {}
      states.set(uri, state)
    }
    return state
  }

  /** Check the document as it is now; undefined when it is not ours or went away. */
  const checkNow = async (uri: string): Promise<Checked | undefined> => {
    const doc = documents.get(uri)
    if (!doc) return undefined
    const target = targetOf(doc)
    if (!target) return undefined
    const version = doc.version
    const text = doc.getText()
    const snapshot = TextDocument.create(uri, doc.languageId, version, text)
    const checked: Checked = {version, snapshot, format: target.format, findings: []}
    if (text.length > MAX_CHARS) {
      checked.findings = [notice(snapshot, 'file-too-large', `wirelint: not checked: the document is larger than ${MAX_CHARS} characters`, 3)]
      return checked
    }
    let config: ResolvedConfig
    try {
      config = configFor(target.file)
    } catch (error) {
      const reason = error instanceof ConfigError ? `configuration error: ${error.message}` : `cannot read the configuration: ${(error as Error)?.message ?? error}`
      log('error', `wirelint: ${reason}`)
      checked.findings = [notice(snapshot, 'config-error', `wirelint: ${reason}`, 1)]
      return checked
    }
    if (target.file && isIgnored(config, target.file)) return checked
    const checker = checkerFor(config)
    const filePath = target.file ?? name(uri, target.format)
    const check = (t: string) => checker.check(t, {path: filePath, format: target.format})
    checked.check = check
    const file = await check(text)
    checked.findings = toFindings(file, snapshot)
    for (const f of checked.findings) {
      if (f.ruleId === 'internal-error' || f.reason.startsWith('Internal error in rule ')) log('error', `wirelint: ${uri}: ${f.reason}`)
    }
    return checked
  }

  const publish = (uri: string, checked: Checked): void => {
    stateOf(uri).last = checked
    const diagnostics: Diagnostic[] = checked.findings.map((f) => f.diagnostic)
    void connection.sendDiagnostics({uri, version: checked.version, diagnostics}).catch(() => {})
  }

  /**
   * Check the latest version of a document after the quiet time.  A check
   * whose document changed while it ran is dropped; the newer version has its
   * own check scheduled by that change.
   */
  const run = async (uri: string): Promise<Checked | undefined> => {
    const state = stateOf(uri)
    // One check at a time per document: wait for the one in flight.
    while (state.running) await state.running.catch(() => undefined)
    const doc = documents.get(uri)
    if (!doc) return undefined
    if (state.last && state.last.version === doc.version && state.last.snapshot.getText() === doc.getText()) return state.last
    const running = (async () => {
      try {
        return await checkNow(uri)
      } catch (error) {
        log('error', `wirelint: could not check ${uri}: ${(error as Error)?.stack ?? error}`)
        return undefined
      }
    })()
    state.running = running
    let checked: Checked | undefined
    try {
      checked = await running
    } finally {
      state.running = undefined
    }
    const now = documents.get(uri)
    if (!checked || !now || now.version !== checked.version) return undefined
    publish(uri, checked)
    return checked
  }

  function schedule(uri: string, delay = debounce): void {
    const state = stateOf(uri)
    if (state.timer) clearTimeout(state.timer)
    state.timer = setTimeout(() => {
      state.timer = undefined
      void run(uri)
    }, delay)
  }

  /** The findings of the document's current version (checked now if need be). */
  const current = async (uri: string): Promise<Checked | undefined> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc = documents.get(uri)
      if (!doc) return undefined
      const state = stateOf(uri)
      if (state.last && state.last.version === doc.version) return state.last
      if (state.timer) {
        clearTimeout(state.timer)
        state.timer = undefined
      }
      const checked = await run(uri)
      if (checked) return checked
      // Overtaken by an edit while checking (or not a document of ours): try the newer version.
      if (!targetOf(doc)) return undefined
    }
    return undefined
  }

  documents.onDidChangeContent((event) => {
    const target = targetOf(event.document)
    if (!target) return
    const state = stateOf(event.document.uri)
    // Debounced on both edges: a document just opened, or an edit after a quiet time (nothing
    // pending, nothing running, no edit for `debounce` ms), is checked at once; edits that follow
    // it closely wait until the document has been quiet for `debounce` ms, and only the last
    // version is checked.
    const now = performance.now()
    const quiet = state.changed === undefined || now - state.changed >= debounce
    state.changed = now
    schedule(event.document.uri, (state.last === undefined || quiet) && !state.timer && !state.running ? 0 : debounce)
  })
  documents.onDidClose((event) => {
    const uri = event.document.uri
    const state = states.get(uri)
    if (state?.timer) clearTimeout(state.timer)
    states.delete(uri)
    void connection.sendDiagnostics({uri, diagnostics: []}).catch(() => {})
  })
  documents.onDidSave((event) => {
    if (isConfigUri(event.document.uri)) reloadConfig(`${event.document.uri} saved`)
  })

  // --- Requests --------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = params.initializationOptions as {debounce?: unknown} | undefined
    if (init && typeof init.debounce === 'number' && Number.isFinite(init.debounce) && init.debounce >= 0) debounce = Math.min(init.debounce, 60_000)
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined
    if (folder?.startsWith('file:')) {
      try {
        root = fileURLToPath(folder)
      } catch {
        root = undefined
      }
    }
    clientWatches = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    const properties = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties ?? []
    resolveSupport = properties.includes('edit')
    return {
      capabilities: {
        // Offsets are JavaScript string offsets: UTF-16 code units, LSP's default.
        positionEncoding: 'utf-16',
        textDocumentSync: {openClose: true, change: protocol.TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: true},
        hoverProvider: true
      },
      serverInfo: {name: 'wirelint', version: packageVersion()}
    }
  })

  connection.onInitialized(() => {
    if (!clientWatches) return
    void connection.client
      .register(protocol.DidChangeWatchedFilesNotification.type, {
        watchers: [{globPattern: '**/.wirelintrc.json'}, {globPattern: '**/package.json'}]
      })
      .catch((error: unknown) => {
        log('warn', `wirelint: the client would not watch config files (${(error as Error)?.message}); watching folders instead`)
        clientWatches = false
      })
  })

  connection.onDidChangeWatchedFiles((params: DidChangeWatchedFilesParams) => {
    const changed = params.changes.filter((c) => isConfigUri(c.uri))
    if (changed.length > 0) reloadConfig(changed.map((c) => c.uri).join(', ') + ' changed')
  })

  connection.onDidChangeConfiguration(() => {
    // Settings live in the project's config files; a settings change re-reads them too.
    reloadConfig('settings changed')
  })

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    try {
      const checked = await current(params.textDocument.uri)
      if (!checked) return []
      const doc = checked.snapshot
      const from = doc.offsetAt(params.range.start)
      const to = doc.offsetAt(params.range.end)
      const only = params.context.only
      const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(o + '.'))
      const actions: CodeAction[] = []
      if (wants('quickfix')) {
        for (const f of checked.findings) {
          if (!touches(f, from, to)) continue
          actions.push(...quickFixes(f, doc), ...disableActions(f, doc, checked.format))
        }
      }
      if (wants(FIX_ALL_KIND) && checked.check && checked.findings.some((f) => f.fix)) {
        const action: CodeAction = {title: 'Fix all safe wirelint problems', kind: FIX_ALL_KIND, data: {uri: params.textDocument.uri, version: checked.version}}
        if (resolveSupport) actions.push(action)
        else {
          const resolved = await resolveFixAll(action, checked)
          if (resolved) actions.push(resolved)
        }
      }
      return actions
    } catch (error) {
      log('error', `wirelint: code actions failed: ${(error as Error)?.stack ?? error}`)
      return []
    }
  })

  const resolveFixAll = async (action: CodeAction, checked: Checked): Promise<CodeAction | undefined> => {
    if (!checked.check) return undefined
    const before = checked.snapshot.getText()
    const outcome = await fixText(before, checked.check)
    const edit = minimalEdit(checked.snapshot, before, outcome.text)
    if (!edit) return undefined
    return {...action, edit: {changes: {[checked.snapshot.uri]: [edit]}}}
  }

  connection.onCodeActionResolve(async (action: CodeAction): Promise<CodeAction> => {
    try {
      const data = action.data as {uri?: string; version?: number} | undefined
      if (action.kind !== FIX_ALL_KIND || !data?.uri) return action
      const checked = await current(data.uri)
      if (!checked || checked.version !== data.version) return action
      return (await resolveFixAll(action, checked)) ?? action
    } catch (error) {
      log('error', `wirelint: fix all failed: ${(error as Error)?.stack ?? error}`)
      return action
    }
  })

  connection.onHover(async (params: HoverParams): Promise<Hover | null> => {
    try {
      const checked = await current(params.textDocument.uri)
      if (!checked) return null
      const at = checked.snapshot.offsetAt(params.position)
      const here = checked.findings.filter((f) => f.start <= at && at <= f.end && !(f.start === f.end && f.ruleId === 'config-error'))
      return hoverFor(here, checked.snapshot) ?? null
    } catch (error) {
      log('error', `wirelint: hover failed: ${(error as Error)?.stack ?? error}`)
      return null
    }
  })

  connection.onShutdown(() => {
    for (const state of states.values()) if (state.timer) clearTimeout(state.timer)
    for (const watcher of watchers.values()) watcher.close()
    watchers.clear()
  })

  documents.listen(connection)
}

function notice(doc: TextDocumentType, code: string, message: string, severity: 1 | 2 | 3): Finding {
  return {
    ruleId: code,
    reason: message,
    severity: severity === 1 ? 'error' : severity === 2 ? 'warning' : 'info',
    start: 0,
    end: 0,
    expected: [],
    diagnostic: {range: {start: doc.positionAt(0), end: doc.positionAt(0)}, severity, source: 'wirelint', code, message}
  }
}

function isConfigUri(uri: string): boolean {
  const base = uri.replace(/[?#].*$/, '').split('/').pop() ?? ''
  return CONFIG_NAMES.has(decodeURIComponent(base))
}

/** A path for a document that is not a file (untitled:…): names the format for the checker. */
function name(uri: string, format: Format): string {
  return `untitled.${format === 'markdown' ? 'md' : format === 'html' ? 'html' : 'txt'}`
}


function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}
