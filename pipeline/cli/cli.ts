#!/usr/bin/env node
/**
 * The wirelint command line.
 *
 *   wirelint [check] [options] [paths | globs | -] …
 *
 * Exit codes: 0 = no errors (warnings allowed unless --max-warnings is
 * exceeded), 1 = at least one error, 2 = usage, configuration or read failure.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {runBatch, type BatchItem, type BatchResult} from './batch.js'
import {createChecker} from '../core/checker.js'
import {
  ConfigError,
  configForFile,
  createConfigFinder,
  isIgnored,
  loadConfigFile,
  parseRuleOptions,
  printableConfig,
  resolveConfig,
  withRules,
  type ResolvedConfig,
  type RuleSetting
} from '../core/config.js'
import {expandPaths, loadIgnoreFile, UsageError} from './files.js'
import {sizeRun} from './launcher.js'
import type {StagedFile} from './git.js'
import {DEFAULT_MAX_BYTES, decode, ReadError} from '../core/read.js'
import {FORMATS_WITH_TEXT, REPORT_FORMATS, REPORT_FORMAT_HELP, formatReport, isOwnReport, onlyErrors} from '../core/report.js'
import {keepExcerpts} from '../core/report-snippet.js'
import {createStylish} from '../core/report-stylish.js'
import {colorEnabled, reportColumns} from '../core/report-terminal.js'
import {RULES} from '../core/rules.js'
import {packageVersion} from '../core/version.js'

// Loaded only when a run needs them (start-up time matters in a pre-commit hook).
const loadGit = () => import('./git.js')
const loadFix = () => import('../core/fix.js')
const loadWrite = () => import('./write.js')

function version(): string {
  return packageVersion()
}

function help(): string {
  // A rule that is off until configured (house-style) shows "off", not the severity it has when on.
  const rules = RULES.map((r) => `  ${r.meta.id.padEnd(22)} ${(r.meta.off ? 'off' : r.meta.severity).padEnd(7)} ${r.meta.description}`).join('\n')
  const formats = REPORT_FORMATS.map((f) => `        ${f.padEnd(11)} ${REPORT_FORMAT_HELP[f]}`).join('\n')
  return `Usage: wirelint [check] [options] [paths | globs | -] ...
       wirelint hook install [--force] | wirelint hook uninstall
       wirelint serve [--port N] [--host H] (see wirelint serve --help)
       wirelint lsp [--debounce MS] (a language server on stdio; see README "Editors")
       wirelint daemon start [--idle-minutes N] | stop | status
                            (a warm checker later runs go through: see README "Daemon")

Check news copy for machine-translation artifacts. Directories are searched for
.txt, .md and .html files, in any case (skipping node_modules, dot-folders and
symbolic links); "-" or piped input reads standard input.

Options:
  -f, --format <name>       the report's format:
${formats}
      --fix                 apply the safe fixes to the files
      --fix-dry-run         print the fixes as a unified diff; write nothing
      --staged              check the staged content of the git index
  -c, --config <path>       use this config file instead of .wirelintrc.* lookup
      --rule <rule>         set a rule over the config: 'spelling: off' or
                            '{"spelling": ["warn", {"dialect": "en-US"}]}'
                            (repeatable)
      --print-config <file> print the config used for a file (JSON); exit
      --stdin-filename <p>  name (and format) of standard input
      --max-warnings <n>    exit 1 when there are more than n warnings
  -q, --quiet               report errors only
  -o, --output <file>       write the report to a file
      --max-file-size <n>   skip files over n bytes (default ${DEFAULT_MAX_BYTES})
      --workers <n>         worker threads besides the main thread (default: by size and cores; 0 = none)
      --cache               only re-check files that changed since the last run
      --cache-location <p>  cache file or folder (default node_modules/.cache/wirelint/)
      --color, --no-color   force colours on or off in stylish output (else NO_COLOR,
                            FORCE_COLOR=0..3, or on for a terminal)
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or read failure.

Rules (id, default severity):
${rules}
`
}

interface Outcome {
  files: VFile[]
  /** A usage, configuration or read failure happened. */
  failed: boolean
  /** Fixes applied (or, in a dry run, that would be). */
  fixed: number
  fixedFiles: number
  /** The unified diff of a dry run. */
  diff: string
  /** Things to tell the user (files not fixed and why). */
  notes: string[]
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise<void>((resolve) => stream.write(text, () => resolve()))
}

async function hookCommand(args: string[], force: boolean): Promise<number> {
  const {installHook, uninstallHook} = await loadGit()
  try {
    if (args[0] === 'install') {
      process.stdout.write(installHook(process.cwd(), force).message + '\n')
      return 0
    }
    if (args[0] === 'uninstall') {
      process.stdout.write(uninstallHook(process.cwd()).message + '\n')
      return 0
    }
    process.stderr.write('wirelint: use "wirelint hook install [--force]" or "wirelint hook uninstall"\n')
    return 2
  } catch (error) {
    process.stderr.write(`wirelint: ${(error as Error).message}\n`)
    return 2
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}


/** The long options `wirelint check` takes (for parseArgs and for "did you mean"). */
const OPTIONS = {
  format: {type: 'string', short: 'f', default: 'stylish'},
  fix: {type: 'boolean', default: false},
  'fix-dry-run': {type: 'boolean', default: false},
  staged: {type: 'boolean', default: false},
  force: {type: 'boolean', default: false},
  config: {type: 'string', short: 'c'},
  'print-config': {type: 'string'},
  rule: {type: 'string', multiple: true},
  'stdin-filename': {type: 'string'},
  'max-warnings': {type: 'string'},
  quiet: {type: 'boolean', short: 'q', default: false},
  output: {type: 'string', short: 'o'},
  'max-file-size': {type: 'string'},
  workers: {type: 'string'},
  cache: {type: 'boolean', default: false},
  'cache-location': {type: 'string'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  help: {type: 'boolean', short: 'h', default: false},
  version: {type: 'boolean', short: 'v', default: false}
} as const

/**
 * Whether a run reads its text from standard input: "-" among the paths, or no paths
 * (and not --staged) while standard input is not a terminal.  The daemon (daemon.ts)
 * leaves such runs to the caller's process.
 */
export function readsStdin(argv: string[], stdinIsTTY: boolean): boolean {
  if (argv[0] === 'serve' || argv[0] === 'lsp' || argv[0] === 'daemon') return false
  let parsed
  try {
    parsed = parseArgs({args: argv, allowPositionals: true, strict: true, options: OPTIONS})
  } catch {
    return false
  }
  if (parsed.values.help || parsed.values.version || parsed.values['print-config'] !== undefined) return false
  if (parsed.positionals[0] === 'hook') return false
  // As main() reads them: `wirelint check` is `wirelint` (so `… | wirelint check` reads standard input).
  const positionals = parsed.positionals[0] === 'check' ? parsed.positionals.slice(1) : parsed.positionals
  return stdinWanted(parsed.values.staged === true, positionals, () => stdinIsTTY)
}

function stdinWanted(staged: boolean, positionals: string[], stdinIsTTY: () => boolean): boolean {
  return !staged && (positionals.includes('-') || (positionals.length === 0 && !stdinIsTTY()))
}

/**
 * A command-line mistake in our words, not node:util's parser text (which
 * talks about positionals and `--`): the option, what is wrong, and for an
 * unknown one the closest known option.
 */
async function usageMessage(error: NodeJS.ErrnoException): Promise<string> {
  const named = /--[^\s'=,]+(?:=[^\s']*)?/.exec(error.message)?.[0] ?? /'(-[^\s',]+)/.exec(error.message)?.[1] ?? ''
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const names = Object.keys(OPTIONS).map((n) => `--${n}`)
    // Loaded for this message only: its module fills a 256 KB table when loaded.
    const {closest, distance} = await import('fastest-levenshtein')
    const bare = named.replace(/=.*$/, '')
    const near = bare.startsWith('--') ? closest(bare, names) : undefined
    const hint = near && distance(bare, near) <= Math.max(2, Math.floor(near.length / 3)) ? ` (did you mean ${near}?)` : ''
    return `unknown option ${bare || 'given'}${hint}`
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(error.message) ? `option ${named} needs a value` : `option ${named} takes no value`
  }
  return error.message
}

export async function main(argv: string[]): Promise<number> {
  // `wirelint serve …` has options of its own; it is loaded only when asked for.
  if (argv[0] === 'serve') {
    const {serveMain} = await import('../serve/serve.js')
    return serveMain(argv.slice(1))
  }
  // `wirelint lsp`: the language server, a lazy chunk of its own (pipeline/lsp/).
  if (argv[0] === 'lsp') return (await import('../lsp/server.js')).lspMain(argv.slice(1))
  // `wirelint daemon start|stop|status`: a warm checker for hooks (daemon.ts).
  if (argv[0] === 'daemon') return (await import('./daemon.js')).daemonMain(argv.slice(1))
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: OPTIONS
    })
  } catch (error) {
    process.stderr.write(`wirelint: ${await usageMessage(error as NodeJS.ErrnoException)}\nRun "wirelint --help" for usage.\n`)
    return 2
  }
  const {values} = parsed
  let positionals = parsed.positionals
  if (values.help) {
    process.stdout.write(help())
    return 0
  }
  if (values.version) {
    process.stdout.write(version() + '\n')
    return 0
  }
  if (positionals[0] === 'hook') return hookCommand(positionals.slice(1), values.force === true)
  if (positionals[0] === 'check') positionals = positionals.slice(1)
  if (values['print-config'] !== undefined) {
    try {
      const configFor = configResolver(values.config, values.rule ?? [], fs.realpathSync.native(process.cwd()))
      const file = path.resolve(values['print-config'])
      const ignored = loadIgnoreFile()?.(file) === true
      const config = configFor(file)
      process.stdout.write(JSON.stringify({...printableConfig(config), ...(ignored || isIgnored(config, file) ? {ignored: true} : {})}, null, 2) + '\n')
      return 0
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      process.stderr.write(configErrorText(error))
      return 2
    }
  }

  const format = values.format ?? 'stylish'
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    process.stderr.write(`wirelint: unknown format "${format}" (use ${REPORT_FORMATS.join(' or ')})\n`)
    return 2
  }
  let maxWarnings = -1
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      process.stderr.write(`wirelint: --max-warnings needs a whole number, not "${values['max-warnings']}"\n`)
      return 2
    }
  }
  let maxBytes = DEFAULT_MAX_BYTES
  if (values['max-file-size'] !== undefined) {
    maxBytes = Number(values['max-file-size'])
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
      process.stderr.write(`wirelint: --max-file-size needs a positive number of bytes\n`)
      return 2
    }
  }

  let workers: number | undefined
  if (values.workers !== undefined) {
    workers = Number(values.workers)
    if (!Number.isInteger(workers) || workers < 0 || workers > 256) {
      process.stderr.write('wirelint: --workers needs a whole number (0 = check in this process)\n')
      return 2
    }
  }
  const staged = values.staged === true
  const fix = values.fix === true
  const dryRun = values['fix-dry-run'] === true
  // Asked only when it matters: process.stdin, once touched, loads node's stream modules (some 5 ms of a
  // one-file check) and, for a pipe, keeps the process waiting on it.
  const useStdin = stdinWanted(staged, positionals, () => process.stdin.isTTY === true)
  const paths = positionals.filter((p) => p !== '-')
  if (staged && positionals.length > 0) {
    process.stderr.write('wirelint: --staged checks the git index; give no paths with it\n')
    return 2
  }
  if (!staged && !useStdin && paths.length === 0) {
    process.stderr.write(`wirelint: no files given\n\n${help()}`)
    return 2
  }
  if (fix && dryRun) {
    process.stderr.write('wirelint: use either --fix or --fix-dry-run\n')
    return 2
  }
  if (fix && useStdin) {
    process.stderr.write('wirelint: --fix cannot write to standard input; use --fix-dry-run to see the fixes\n')
    return 2
  }

  const color = colorEnabled({flag: values['no-color'] ? false : values.color, isTTY: !values.output && process.stdout.isTTY === true})
  const columns = reportColumns(values.output ? undefined : process.stdout)
  // The terminal report to standard output streams: each file's block as soon as it is checked, in input order.
  const stream = format === 'stylish' && !values.output && !fix && !dryRun ? createStylish({color, columns}) : undefined
  let outcome: Outcome
  try {
    outcome = await run(paths, {
      stdin: useStdin,
      stdinFilename: values['stdin-filename'],
      configPath: values.config,
      rules: values.rule ?? [],
      maxBytes,
      staged,
      fix: fix ? 'write' : dryRun ? 'diff' : undefined,
      workers,
      cache: values.cache === true || values['cache-location'] !== undefined,
      cacheLocation: values['cache-location'],
      output: dryRun ? undefined : values.output,
      progress: !values.quiet,
      source: FORMATS_WITH_TEXT.has(format),
      onFile(file) {
        if (format === 'stylish') {
          // The snippets are cut now; the text is not kept.
          keepExcerpts(file)
          file.value = ''
        }
        if (!stream) return
        if (values.quiet) onlyErrors([file])
        const block = stream.file(file)
        if (block) process.stdout.write(block)
      }
    })
  } catch (error) {
    if ((error as Error)?.name === 'GitError') {
      process.stderr.write(`wirelint: ${(error as Error).message}\n`)
      return 2
    }
    if (error instanceof ConfigError) {
      process.stderr.write(configErrorText(error))
      return 2
    }
    if (error instanceof UsageError) {
      process.stderr.write(`wirelint: ${error.message}\n`)
      return 2
    }
    throw error
  }

  const {files} = outcome
  if (values.quiet) onlyErrors(files)
  const report = stream ? stream.end() : await formatReport(format, files, {quiet: values.quiet, color, columns, version: version(), cwd: process.cwd()})
  if (dryRun) {
    // The diff is the output; the remaining findings go to standard error.
    if (outcome.diff) await write(process.stdout, outcome.diff)
    if (report && format === 'stylish') await write(process.stderr, report)
  } else if (values.output) {
    // Checked before the run (not an input, not someone else's file); written without following a link.
    const {writeOwnFile} = await loadWrite()
    try {
      fs.mkdirSync(path.dirname(path.resolve(values.output)), {recursive: true})
      writeOwnFile(values.output, report, fs.realpathSync.native(process.cwd()))
    } catch (error) {
      process.stderr.write(`wirelint: report not written to ${values.output}: ${(error as Error).message}\n`)
      return 2
    }
  } else if (report) {
    await write(process.stdout, report)
  }
  if (outcome.fixed > 0 || outcome.notes.length > 0) {
    const summary =
      outcome.fixed > 0
        ? `wirelint: ${dryRun ? 'would fix' : 'fixed'} ${outcome.fixed} problem${outcome.fixed === 1 ? '' : 's'} in ${outcome.fixedFiles} file${outcome.fixedFiles === 1 ? '' : 's'}\n`
        : ''
    process.stderr.write(summary + outcome.notes.map((n) => `wirelint: ${n}\n`).join(''))
  }

  if (outcome.failed) return 2
  // Pre-commit convention: a hook that changed files fails so the user reviews and re-stages.
  if (staged && fix && outcome.fixed > 0) return 1
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const m of file.messages) {
      if (m.fatal === true) errors++
      else if (m.fatal === false) warnings++
    }
  }
  if (errors > 0) return 1
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(`wirelint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
    return 1
  }
  return 0
}

/**
 * The configuration for a file: `--config`'s (with its overrides for the
 * file) or the one found beside it, then `--rule` on top.  Config errors
 * (of the file, its presets or `--rule`) are thrown as one ConfigError.
 */
function configResolver(configPath: string | undefined, ruleArgs: string[], cwdReal: string): (file: string) => ResolvedConfig {
  const cliRules: Record<string, RuleSetting> = parseRuleOptions(ruleArgs)
  const explicit: ResolvedConfig | undefined = configPath ? loadConfigFile(configPath) : undefined
  const find = createConfigFinder(cwdReal)
  const fallback = resolveConfig({})
  return (file) => withRules((explicit ? configForFile(explicit, file) : find(file)) ?? fallback, cliRules)
}

/** Every configuration problem, one line each. */
function configErrorText(error: ConfigError): string {
  return error.problems.map((p) => `wirelint: configuration error: ${p.source ? `${p.source}: ` : ''}${p.key}: ${p.message}\n`).join('')
}

interface RunOptions {
  stdin: boolean
  stdinFilename?: string
  configPath?: string
  /** `--rule` values. */
  rules: string[]
  maxBytes: number
  staged: boolean
  fix?: 'write' | 'diff'
  workers?: number
  cache: boolean
  cacheLocation?: string
  /** `--output`: refused if it is a checked file or an existing file that is not a wirelint report. */
  output?: string
  progress: boolean
  /** Results carry their file's text (`file.value`), for reports that show it. */
  source?: boolean
  /** Called with each file's result as it is checked, in input order (not in fix runs: a write may change it). */
  onFile?: (file: VFile) => void
}

async function run(paths: string[], options: RunOptions): Promise<Outcome> {
  // The tree: the working folder (see files.ts); nothing is read or written outside it through a link.
  const cwdReal = fs.realpathSync.native(process.cwd())
  const configFor = configResolver(options.configPath, options.rules, cwdReal)
  const ignoreFile = loadIgnoreFile()
  const ignored = (config: ResolvedConfig, file: string): boolean => ignoreFile?.(file) === true || isIgnored(config, file)
  const outcome: Outcome = {files: [], failed: false, fixed: 0, fixedFiles: 0, diff: '', notes: []}

  const items: BatchItem[] = []
  /** Staged files by item name (for --staged --fix). */
  const stagedByName = new Map<string, StagedFile>()
  let stagedRoot = ''
  const disk = new Map<string, string | Buffer>()
  /** The tree each file must stay in, by item name. */
  const trees = new Map<string, string>()

  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>'
    const bytes = await readStdin()
    const config = configFor(options.stdinFilename ? path.resolve(name) : path.join(process.cwd(), 'stdin'))
    items.push(decodeItem(name, bytes, config, options.maxBytes))
  }

  if (options.staged) {
    const {stagedFiles} = await loadGit()
    const {root, files, skipped} = stagedFiles(process.cwd())
    stagedRoot = root
    for (const s of skipped) {
      if (!ignored(configFor(path.join(root, s.path)), path.join(root, s.path))) outcome.notes.push(`${s.path}: not checked: ${s.reason}`)
    }
    for (const f of files) {
      const abs = path.join(root, f.path)
      const config = configFor(abs)
      if (ignored(config, abs)) continue
      stagedByName.set(f.path, f)
      if (f.file) disk.set(f.path, f.file)
      items.push(f.error ? {name: f.path, error: f.error, config} : decodeItem(f.path, f.content, config, options.maxBytes))
    }
  } else {
    const {files: list} = await expandPaths(paths)
    for (const f of list) {
      const config = configFor(f.name)
      if (ignored(config, f.name)) continue
      if (f.error !== undefined) {
        items.push({name: f.name, error: f.error, config})
        continue
      }
      disk.set(f.name, f.path)
      trees.set(f.name, f.root)
      items.push({name: f.name, path: f.path, root: f.root, config, cacheKey: path.resolve(f.name)})
    }
  }
  if (options.output !== undefined) refuseOutput(options.output, disk.values(), '--output', true)

  let cache: import('./cache.js').ResultCache | undefined
  if (options.cache) {
    const {ResultCache, cacheFile} = await import('./cache.js')
    cache = new ResultCache(cacheFile(options.cacheLocation))
    const where = options.cacheLocation === undefined ? 'the cache file' : '--cache-location'
    if (cache.foreign) throw new UsageError(`${where} ${cache.file} is not overwritten: ${cache.foreign}`)
    refuseOutput(cache.file, disk.values(), where, false)
  }
  const progress = createProgress(items.length, options.progress)
  const results: BatchResult[] = []
  // A fix is written as soon as its file is checked (not at the end of the run), so that the
  // time in which an edit would make it "changed on disk while checking" is that file's check only.
  const writer = options.fix === 'write' ? await loadWrite() : undefined
  const writes = new Map<number, Error | null>()
  const writeFix = (name: string, target: string | Buffer, fixedText: string, expected: string): Error | null => {
    try {
      // Written only if the file still holds the text that was checked; its byte order mark is kept.
      writer!.writeAtomic(target, fixedText, {root: trees.get(name) ?? (stagedRoot ? fs.realpathSync.native(stagedRoot) : cwdReal), original: expected})
      return null
    } catch (error) {
      return error as Error
    }
  }
  sizeRun(items.length)
  await runBatch(items, {
    mode: options.fix ? 'fix' : 'check',
    workers: options.workers,
    cache,
    version: version(),
    maxBytes: options.maxBytes,
    source: options.source,
    onResult(result) {
      progress.tick()
      results.push(result)
      const target = disk.get(result.item.name)
      if (writer && !result.failed && result.fixed > 0 && result.fixedText !== undefined && target && !stagedByName.has(result.item.name)) {
        writes.set(result.index, writeFix(result.item.name, target, result.fixedText, result.original ?? ''))
      }
      if (options.onFile) {
        // A streamed block is not written over the progress bar.
        progress.clear()
        options.onFile(result.file)
      }
    }
  })
  progress.done()
  if (cache) {
    try {
      cache.save(cwdReal)
    } catch (error) {
      outcome.notes.push((error as Error).message)
    }
  }

  for (const result of results) {
    outcome.files.push(result.file)
    if (result.failed) {
      outcome.failed = true
      continue
    }
    if (!options.fix || result.fixed === 0 || result.fixedText === undefined) continue
    const name = result.item.name
    const original = result.original ?? ''
    if (options.fix === 'diff') {
      const {fixDiff} = await loadFix()
      outcome.fixed += result.fixed
      outcome.fixedFiles++
      outcome.diff += fixDiff(name, original, result.fixedText)
      continue
    }
    let fixedText = result.fixedText
    /** What the file on disk must still hold for the fix to be written. */
    let expected = original
    const staged = stagedByName.get(name)
    if (staged) {
      // Only a working file that holds the staged content (as git stores it) is fixed.
      const form = (await loadGit()).workingForm(stagedRoot, staged)
      if (typeof form === 'string') {
        outcome.notes.push(`${name}: not fixed: ${form}`)
        outcome.files[outcome.files.length - 1] = await recheck(result.item, original)
        continue
      }
      fixedText = form.toWorking(fixedText)
      expected = form.toWorking(original)
    }
    const target = disk.get(name)
    if (!target) continue
    const error = writes.has(result.index) ? writes.get(result.index)! : writeFix(name, target, fixedText, expected)
    if (!error) {
      outcome.fixed += result.fixed
      outcome.fixedFiles++
    } else {
      // One file that cannot be written never stops the run: a message for it, and its findings as they stand.
      outcome.notes.push(`${name}: ${error.message}`)
      const file = await recheck(result.item, original)
      if (!(error instanceof writer!.WriteRefused)) {
        outcome.failed = true
        const message = file.message(error.message, {source: 'wirelint', ruleId: 'write-error'})
        message.fatal = true
      }
      outcome.files[outcome.files.length - 1] = file
    }
  }
  return outcome
}

/**
 * Refuse (a usage error, before anything is checked or written) a report or
 * cache path that is one of the checked files, or, for a report, an existing
 * regular file that is not a wirelint report (a story, say).
 */
function refuseOutput(file: string, inputs: Iterable<string | Buffer>, label: string, report: boolean): void {
  const abs = path.resolve(file)
  let real: string
  try {
    real = fs.realpathSync.native(abs)
  } catch {
    return // Not there yet (a dangling link at the name is refused when writing).
  }
  for (const input of inputs) {
    if (typeof input !== 'string') continue
    const p = path.resolve(input)
    if (p === abs || p === real) throw new UsageError(`${label} ${file} is one of the files being checked: not overwritten`)
  }
  if (!report) return
  const stat = fs.lstatSync(abs)
  if (stat.isSymbolicLink() && fs.statSync(abs).isFile()) throw new UsageError(`${label} ${file} is a symbolic link: not written through`)
  if (!stat.isFile() || stat.size === 0) return
  if (!looksLikeReport(abs)) {
    throw new UsageError(`${label} ${file} exists and is not a wirelint report: not overwritten (remove it or choose another name)`)
  }
}

/** Does an existing file look like a report wirelint wrote (any format: report.ts `isOwnReport`)? */
function looksLikeReport(file: string): boolean {
  let fd: number | undefined
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK)
    const size = fs.fstatSync(fd).size
    const head = Buffer.alloc(Math.min(size, 4096))
    fs.readSync(fd, head, 0, head.length, 0)
    const tail = Buffer.alloc(Math.min(size, 4096))
    fs.readSync(fd, tail, 0, tail.length, Math.max(0, size - tail.length))
    return isOwnReport(head.toString('utf8'), tail.toString('utf8'))
  } catch {
    return false
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/** A batch item for bytes already in memory (standard input, a staged blob). */
function decodeItem(name: string, bytes: Uint8Array, config: ResolvedConfig, maxBytes: number): BatchItem {
  try {
    return {name, text: decode(bytes, name, maxBytes), config}
  } catch (error) {
    if (!(error instanceof ReadError)) throw error
    return {name, error: error.message, config}
  }
}

/** Check a text again in-process (a fix that could not be written: report the original's findings). */
async function recheck(item: BatchItem, text: string): Promise<VFile> {
  const file = await createChecker(item.config).check(new VFile({value: text, path: item.name}), {path: item.name})
  file.value = ''
  return file
}

/** A progress bar on standard error, for long runs on a terminal only. */
function createProgress(total: number, enabled: boolean): {tick(): void; clear(): void; done(): void} {
  const stream = process.stderr
  if (!enabled || !stream.isTTY || process.env.CI || total < 50) return {tick() {}, clear() {}, done() {}}
  let count = 0
  let last = 0
  let drawn = false
  const started = Date.now()
  const draw = (): void => {
    const width = 30
    const filled = Math.round((count / total) * width)
    stream.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} files`)
    drawn = true
  }
  const erase = (): void => {
    if (drawn) stream.write('\r' + ' '.repeat(60) + '\r')
    drawn = false
  }
  return {
    tick() {
      count++
      const now = Date.now()
      if (now - started > 500 && now - last > 100) {
        last = now
        draw()
      }
    },
    // Before a streamed report block; drawn again at a later tick.
    clear: erase,
    done: erase
  }
}

const isMain = (() => {
  try {
    return fs.realpathSync(process.argv[1] ?? '') === fs.realpathSync(new URL(import.meta.url).pathname)
  } catch {
    return false
  }
})()

if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`wirelint: internal error: ${(error as Error)?.stack ?? String(error)}\n`)
      process.exitCode = 2
    }
  )
}
