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
import {createChecker, type Checker} from './checker.js'
import {ConfigError, createConfigFinder, isIgnored, loadConfigFile, resolveConfig, type ResolvedConfig} from './config.js'
import {expandPaths, UsageError} from './files.js'
import {DEFAULT_MAX_BYTES, decode, readText, ReadError} from './read.js'
import {formatReport, onlyErrors} from './report.js'
import {RULES} from './rules.js'

const FORMATS = ['stylish', 'json']

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
    return pkg.version
  } catch {
    return '0.0.0'
  }
}

function help(): string {
  const rules = RULES.map((r) => `  ${r.meta.id.padEnd(22)} ${r.meta.severity.padEnd(6)} ${r.meta.description}`).join('\n')
  return `Usage: wirelint [check] [options] [paths | globs | -] ...

Check news copy for machine-translation artifacts. Directories are searched for
*.txt, *.md and *.html files (skipping node_modules and dot-folders); "-" or
piped input reads standard input.

Options:
  -f, --format <name>       stylish (default) or json
  -c, --config <path>       use this config file instead of .wirelintrc.json lookup
      --stdin-filename <p>  name (and format) of standard input
      --max-warnings <n>    exit 1 when there are more than n warnings
  -q, --quiet               report errors only
  -o, --output <file>       write the report to a file
      --max-file-size <n>   skip files over n bytes (default ${DEFAULT_MAX_BYTES})
      --color, --no-color   force colours on or off in stylish output
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
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function failure(filePath: string, reason: string): VFile {
  const file = new VFile({path: filePath})
  const message = file.message(reason, {source: 'wirelint', ruleId: 'read-error'})
  message.fatal = true
  return file
}

export async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f', default: 'stylish'},
        config: {type: 'string', short: 'c'},
        'stdin-filename': {type: 'string'},
        'max-warnings': {type: 'string'},
        quiet: {type: 'boolean', short: 'q', default: false},
        output: {type: 'string', short: 'o'},
        'max-file-size': {type: 'string'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false}
      }
    })
  } catch (error) {
    process.stderr.write(`wirelint: ${(error as Error).message}\nRun "wirelint --help" for usage.\n`)
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
  if (positionals[0] === 'check') positionals = positionals.slice(1)

  const format = values.format ?? 'stylish'
  if (!FORMATS.includes(format)) {
    process.stderr.write(`wirelint: unknown format "${format}" (use ${FORMATS.join(' or ')})\n`)
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

  const useStdin = positionals.includes('-') || (positionals.length === 0 && !process.stdin.isTTY)
  const paths = positionals.filter((p) => p !== '-')
  if (!useStdin && paths.length === 0) {
    process.stderr.write(`wirelint: no files given\n\n${help()}`)
    return 2
  }

  let outcome: Outcome
  try {
    outcome = await run(paths, {
      stdin: useStdin,
      stdinFilename: values['stdin-filename'],
      configPath: values.config,
      maxBytes
    })
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`wirelint: configuration error: ${error.message}\n`)
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
  const color =
    values['no-color'] ? false : values.color ? true : !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR
  const report = formatReport(format, files, {quiet: values.quiet, color})
  if (values.output) {
    fs.mkdirSync(path.dirname(path.resolve(values.output)), {recursive: true})
    fs.writeFileSync(values.output, report)
  } else if (report) {
    await new Promise<void>((resolve) => process.stdout.write(report, () => resolve()))
  }

  if (outcome.failed) return 2
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

interface RunOptions {
  stdin: boolean
  stdinFilename?: string
  configPath?: string
  maxBytes: number
}

async function run(paths: string[], options: RunOptions): Promise<Outcome> {
  const explicit: ResolvedConfig | undefined = options.configPath ? loadConfigFile(options.configPath) : undefined
  const find = createConfigFinder()
  const fallback = resolveConfig({})
  const checkers = new Map<string, Checker>()
  const checkerFor = (config: ResolvedConfig): Checker => {
    let checker = checkers.get(config.key)
    if (!checker) {
      checker = createChecker(config)
      checkers.set(config.key, checker)
    }
    return checker
  }
  const configFor = (file: string): ResolvedConfig => explicit ?? find(file) ?? fallback

  const files: VFile[] = []
  let failed = false

  if (options.stdin) {
    const name = options.stdinFilename
    const bytes = await readStdin()
    try {
      const text = decode(bytes, name ?? '<stdin>', options.maxBytes)
      const config = name ? configFor(name) : explicit ?? find(path.join(process.cwd(), 'stdin')) ?? fallback
      files.push(await checkerFor(config).check(new VFile({value: text, path: name ?? '<stdin>'})))
    } catch (error) {
      if (!(error instanceof ReadError)) throw error
      files.push(failure(name ?? '<stdin>', error.message))
      failed = true
    }
  }

  const {files: list, missing} = await expandPaths(paths)
  for (const m of missing) {
    files.push(failure(m, 'cannot read file: no such file or directory'))
    failed = true
  }
  for (const filePath of list) {
    const config = configFor(filePath)
    if (isIgnored(config, filePath)) continue
    let text: string
    try {
      text = await readText(filePath, options.maxBytes)
    } catch (error) {
      if (!(error instanceof ReadError)) throw error
      files.push(failure(filePath, error.message))
      failed = true
      continue
    }
    files.push(await checkerFor(config).check(new VFile({value: text, path: filePath})))
  }
  return {files, failed}
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
