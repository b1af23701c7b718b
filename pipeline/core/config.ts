/**
 * Configuration: `.wirelintrc.json` found upward from each checked file, or a
 * `wirelint` key in package.json, or `--config PATH`.
 *
 * ```json
 * {
 *   "rules": {"merged-words": "error", "terminal-punctuation": "off",
 *             "spelling": ["warn", {"dialect": "en-GB"}]},
 *   "words": ["Araghchi", "Hayat Tahrir al Sham"],
 *   "ignore": ["archive/**"]
 * }
 * ```
 *
 * Every key is validated: an unknown rule id, level or option, a value of the
 * wrong type, a bad glob or an oversized list is a `ConfigError` naming the
 * key (exit code 2), never silently ignored.  Only own keys are read, so
 * `__proto__` and friends are just unknown keys.
 */
import fs from 'node:fs'
import path from 'node:path'
import {OptionError, type OptionType, type PrepareContext, type RuleMeta, type Severity} from '../../plugins/support/rule.js'
import {compileGlob, GlobError, type Matcher} from './glob.js'
import {DEFAULT_MAX_BYTES, isInside, readFileSafe, ReadError, stripBom} from './read.js'
import {RULES, ruleById} from './rules.js'

export type Level = 'off' | Severity
/** What a config file may write: a level, or `warn` for `warning`. */
export type LevelInput = Level | 'warn'

export interface RuleSetting {
  level: Level
  options: Record<string, unknown>
}

/** A configuration as a user writes it. */
export interface UserConfig {
  rules?: Record<string, LevelInput | [LevelInput] | [LevelInput, Record<string, unknown>]>
  words?: string[]
  ignore?: string[]
  /** Markdown front matter keys checked as prose (default: title, summary, description; dots for nested keys). */
  frontMatter?: string[]
}

/** A validated configuration with every rule filled in. */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>
  words: string[]
  ignore: string[]
  /** Markdown front matter keys checked as prose. */
  frontMatter: string[]
  /** Files its rules' options read (house-style vocabularies): a change to one is a change of configuration. */
  files?: string[]
  /** The file it came from, if any. */
  source?: string
  /** Directory `ignore` globs are relative to. */
  base: string
  /** Stable key of what changes checking (rules and words), for processor and cache reuse. */
  key: string
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly key: string,
    readonly source?: string
  ) {
    super(`${source ? `${source}: ` : ''}${key}: ${message}`)
    this.name = 'ConfigError'
  }
}

/** Levels a config may give a rule; `warn` (ESLint's word) is read as `warning`. */
const LEVELS: ReadonlySet<string> = new Set(['off', 'info', 'warning', 'warn', 'error'])
const TOP_LEVEL: ReadonlySet<string> = new Set(['rules', 'words', 'ignore', 'frontMatter', '$schema'])
const DEFAULT_FRONT_MATTER: readonly string[] = ['title', 'summary', 'description']
const MAX_FRONT_MATTER_KEYS = 100
const MAX_WORDS = 100_000
const MAX_WORD_LENGTH = 200
const MAX_GLOBS = 1_000
const MAX_GLOB_LENGTH = 1_000

/** NFA states all `ignore` globs of one configuration may compile to (bounds the work per file). */
const MAX_GLOB_STATES = 100_000
/** Largest configuration file read (a `words` list at its limits is about 20 MB). */
const MAX_CONFIG_BYTES = 4 * DEFAULT_MAX_BYTES

const ignoreMatchers = new WeakMap<ResolvedConfig, Matcher[]>()

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Validate a raw configuration value (parsed JSON) and resolve it. */
export function resolveConfig(raw: unknown = {}, source?: string, base = process.cwd(), root?: string): ResolvedConfig {
  if (!isPlainObject(raw)) throw new ConfigError('the configuration must be a JSON object', '(root)', source)
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL.has(key)) {
      throw new ConfigError('unknown key (expected "rules", "words", "ignore" or "frontMatter")', key, source)
    }
  }

  const rules: Record<string, RuleSetting> = Object.create(null)
  const files: string[] = []
  for (const entry of RULES) {
    rules[entry.meta.id] = {level: entry.meta.off ? 'off' : entry.meta.severity, options: {}}
  }

  const rawRules = own(raw, 'rules') ? raw.rules : undefined
  if (rawRules !== undefined) {
    if (!isPlainObject(rawRules)) throw new ConfigError('must be an object of rule ids', 'rules', source)
    for (const id of Object.keys(rawRules)) {
      const key = `rules.${id}`
      const entry = ruleById(id)
      if (!entry || !own(rules, id)) {
        throw new ConfigError(`unknown rule (known rules: ${RULES.map((r) => r.meta.id).join(', ')})`, key, source)
      }
      rules[id] = ruleSetting(rawRules[id], key, entry.meta.options ?? {}, source)
      if (entry.meta.prepare) rules[id].options = prepareOptions(entry.meta, rules[id].options, key, source, base, root, files)
    }
  }

  const words: string[] = []
  if (own(raw, 'words') && raw.words !== undefined) {
    const list = raw.words
    if (!Array.isArray(list)) throw new ConfigError('must be an array of strings', 'words', source)
    if (list.length > MAX_WORDS) throw new ConfigError(`has ${list.length} entries (at most ${MAX_WORDS})`, 'words', source)
    list.forEach((w, i) => {
      if (typeof w !== 'string' || w.length === 0 || w.length > MAX_WORD_LENGTH) {
        throw new ConfigError(`must be a non-empty string of at most ${MAX_WORD_LENGTH} characters`, `words[${i}]`, source)
      }
      words.push(w)
    })
  }

  const ignore: string[] = []
  const matchers: Matcher[] = []
  if (own(raw, 'ignore') && raw.ignore !== undefined) {
    const list = raw.ignore
    if (!Array.isArray(list)) throw new ConfigError('must be an array of globs', 'ignore', source)
    if (list.length > MAX_GLOBS) throw new ConfigError(`has ${list.length} entries (at most ${MAX_GLOBS})`, 'ignore', source)
    let states = 0
    list.forEach((g, i) => {
      if (typeof g !== 'string' || g.length === 0 || g.length > MAX_GLOB_LENGTH) {
        throw new ConfigError('must be a non-empty glob string', `ignore[${i}]`, source)
      }
      let matcher: Matcher
      try {
        // Linear-time matching (glob.ts): a hostile glob cannot make a long name hang the run.
        matcher = compileGlob(g, {dot: true})
      } catch (error) {
        if (!(error instanceof GlobError)) throw error
        throw new ConfigError(`is not a valid glob: ${error.message}`, `ignore[${i}]`, source)
      }
      states += matcher.states
      if (states > MAX_GLOB_STATES) throw new ConfigError(`the globs are too complex together (over ${MAX_GLOB_STATES} states)`, `ignore[${i}]`, source)
      matchers.push(matcher)
      ignore.push(g)
    })
  }

  let frontMatter = [...DEFAULT_FRONT_MATTER]
  if (own(raw, 'frontMatter') && raw.frontMatter !== undefined) {
    const list = raw.frontMatter
    if (!Array.isArray(list) || list.length > MAX_FRONT_MATTER_KEYS || !list.every((k) => typeof k === 'string' && k.length > 0 && k.length <= MAX_WORD_LENGTH)) {
      throw new ConfigError(`must be an array of at most ${MAX_FRONT_MATTER_KEYS} keys ("title", "seo.description")`, 'frontMatter', source)
    }
    frontMatter = [...new Set(list as string[])]
  }

  const key = JSON.stringify({rules, words: [...words].sort(), frontMatter})
  const config: ResolvedConfig = {rules, words, ignore, frontMatter, source, base, key}
  if (files.length > 0) config.files = files
  if (matchers.length > 0) ignoreMatchers.set(config, matchers)
  return config
}

function ruleSetting(
  value: unknown,
  key: string,
  schema: Record<string, OptionType>,
  source: string | undefined
): RuleSetting {
  let level: unknown = value
  let options: unknown = {}
  if (Array.isArray(value)) {
    if (value.length < 1 || value.length > 2) {
      throw new ConfigError('must be a level or [level, {options}]', key, source)
    }
    level = value[0]
    if (value.length === 2) options = value[1]
  }
  if (typeof level !== 'string' || !LEVELS.has(level)) {
    throw new ConfigError(`has level ${JSON.stringify(level)}: use "off", "info", "warning" (or "warn") or "error"`, key, source)
  }
  if (!isPlainObject(options)) throw new ConfigError('options must be an object', key, source)
  const clean: Record<string, unknown> = Object.create(null)
  for (const name of Object.keys(options)) {
    const type = own(schema, name) ? schema[name] : undefined
    if (!type) {
      const known = Object.keys(schema)
      throw new ConfigError(
        `unknown option${known.length ? ` (known: ${known.join(', ')})` : ' (the rule takes no options)'}`,
        `${key}.${name}`,
        source
      )
    }
    const v = options[name]
    // `{custom}` options are validated by the rule's own `meta.prepare`.
    if (!(typeof type === 'object' && 'custom' in type) && !fitsType(v, type)) {
      throw new ConfigError(`must be ${describeType(type)}`, `${key}.${name}`, source)
    }
    clean[name] = v
  }
  return {level: (level === 'warn' ? 'warning' : level) as Level, options: clean}
}

/** Largest file a rule's options may name (a vocabulary list). */
const MAX_OPTION_FILE_BYTES = 8 * 1024 * 1024

/**
 * A rule's own validation and preparation of its options (`meta.prepare`),
 * with files named relative to the configuration file, read only when the
 * configuration is a file (never from a request's rules).
 */
function prepareOptions(
  meta: RuleMeta,
  options: Record<string, unknown>,
  key: string,
  source: string | undefined,
  base: string,
  root: string | undefined,
  files: string[]
): Record<string, unknown> {
  const context: PrepareContext = {}
  if (source !== undefined) {
    context.readFile = (name: string) => {
      const file = path.resolve(base, name)
      files.push(file)
      try {
        const bytes = readFileSafe(file, MAX_OPTION_FILE_BYTES, root !== undefined && isInside(file, root) ? root : undefined).bytes
        return stripBom(new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes))
      } catch (error) {
        const reason = error instanceof ReadError ? error.message.replace(/^(?:cannot read file|not read): /, '') : error instanceof TypeError ? 'not valid UTF-8' : (error as NodeJS.ErrnoException).code ?? (error as Error).message
        throw new OptionError('', `cannot read ${JSON.stringify(name)}: ${reason}`)
      }
    }
  }
  try {
    return meta.prepare!(options, context)
  } catch (error) {
    if (!(error instanceof OptionError)) throw error
    throw new ConfigError(error.message, error.key ? `${key}.${error.key}` : key, source)
  }
}

function fitsType(v: unknown, type: OptionType): boolean {
  if (typeof type === 'object' && 'custom' in type) return true
  if (typeof type === 'object') return typeof v === 'string' && type.enum.includes(v)
  if (type === 'string[]') return Array.isArray(v) && v.length <= MAX_WORDS && v.every((x) => typeof x === 'string' && x.length <= MAX_WORD_LENGTH)
  if (type === 'number') return typeof v === 'number' && Number.isFinite(v)
  return typeof v === type
}

function describeType(type: OptionType): string {
  if (typeof type === 'object' && 'custom' in type) return type.custom
  if (typeof type === 'object') return `one of ${type.enum.map((e) => JSON.stringify(e)).join(', ')}`
  if (type === 'string[]') return 'an array of strings'
  return `a ${type}`
}

/**
 * Read and validate a config file (`.wirelintrc.json`, or a package.json's
 * `wirelint` key).  Only a regular file is read (a FIFO or device named like a
 * config gets an error, never a blocking read), at most 40 MB; with `root`,
 * one that resolves outside it through a symbolic link is refused.  A UTF-8
 * byte order mark is allowed.
 */
export function loadConfigFile(file: string, root?: string): ResolvedConfig {
  let text: string
  try {
    text = readConfigText(file, root)
  } catch (error) {
    const reason = error instanceof ReadError ? error.message.replace(/^(?:cannot read file|not read): /, '') : (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new ConfigError(`cannot read: ${reason}`, '(file)', file)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`invalid JSON: ${(error as Error).message}`, '(file)', file)
  }
  if (path.basename(file) === 'package.json') {
    raw = isPlainObject(raw) && own(raw, 'wirelint') ? raw.wirelint : {}
  }
  return resolveConfig(raw, file, path.dirname(path.resolve(file)), root)
}

function readConfigText(file: string, root: string | undefined): string {
  const bytes = readFileSafe(file, MAX_CONFIG_BYTES, root).bytes
  try {
    return stripBom(new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes))
  } catch {
    throw new ReadError('not valid UTF-8', file)
  }
}

/**
 * Find the configuration for a file: the nearest `.wirelintrc.json`, or
 * package.json with a `wirelint` key, in its directory or above.
 * Results are cached per directory for the life of the finder.  Config files
 * inside `root` (the tree being checked) must not lead out of it through a
 * symbolic link; those above it belong to the user and are read as they are.
 */
export function createConfigFinder(root?: string): (file: string) => ResolvedConfig | undefined {
  const cache = new Map<string, ResolvedConfig | undefined>()
  const treeOf = (dir: string): string | undefined => (root !== undefined && isInside(dir, root) ? root : undefined)
  const find = (dir: string): ResolvedConfig | undefined => {
    if (cache.has(dir)) return cache.get(dir)
    let found: ResolvedConfig | undefined
    const rc = path.join(dir, '.wirelintrc.json')
    const pkg = path.join(dir, 'package.json')
    if (fs.existsSync(rc)) {
      found = loadConfigFile(rc, treeOf(dir))
    } else if (fs.existsSync(pkg) && hasWirelintKey(pkg, treeOf(dir))) {
      found = loadConfigFile(pkg, treeOf(dir))
    } else {
      const parent = path.dirname(dir)
      found = parent === dir ? undefined : find(parent)
    }
    cache.set(dir, found)
    return found
  }
  return (file: string) => find(path.dirname(path.resolve(file)))
}

function hasWirelintKey(pkg: string, root: string | undefined): boolean {
  try {
    const raw: unknown = JSON.parse(readConfigText(pkg, root))
    return isPlainObject(raw) && own(raw, 'wirelint')
  } catch {
    return false
  }
}

/** Is `file` ignored by the config's `ignore` globs (relative to the config's directory)? */
export function isIgnored(config: ResolvedConfig, file: string): boolean {
  if (config.ignore.length === 0) return false
  const rel = path.relative(config.base, path.resolve(file)).split(path.sep).join('/')
  if (rel.startsWith('..')) return false
  let matchers = ignoreMatchers.get(config)
  if (!matchers) {
    // A configuration that crossed a worker boundary, or was built by hand.
    matchers = config.ignore.map((g) => compileGlob(g, {dot: true}))
    ignoreMatchers.set(config, matchers)
  }
  return matchers.some((m) => m(rel))
}
