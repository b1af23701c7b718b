/**
 * Configuration: `.wirelintrc.json` (JSON with comments), `.wirelintrc.yaml`
 * or `.wirelintrc.yml` found upward from each checked file, or a `wirelint`
 * key in package.json, or `--config PATH`.  `extends` takes presets (a path
 * relative to the file, or a package name such as `wirelint/presets/newsroom`)
 * applied first; `overrides` give rules to files matching globs (relative to
 * the config's folder; a glob without `/` matches the name in any folder).
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
 * key (exit code 2), never silently ignored; all the problems of a file (and
 * of the presets it extends) are reported at once.  Only own keys are read, so
 * `__proto__` and friends are just unknown keys.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {parseTree, printParseErrorCode, type Node as JsonNode, type ParseError} from 'jsonc-parser'
import {parse as parseYaml} from 'yaml'
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

export type RuleInput = LevelInput | [LevelInput] | [LevelInput, Record<string, unknown>]

/** A configuration as a user writes it. */
export interface UserConfig {
  /** Presets applied first: paths relative to this file, or package names. */
  extends?: string | string[]
  rules?: Record<string, RuleInput>
  words?: string[]
  ignore?: string[]
  /** Rules for some files: globs relative to the config's folder. */
  overrides?: {files: string | string[]; excludedFiles?: string | string[]; rules: Record<string, RuleInput>}[]
  /** Markdown front matter keys checked as prose (default: title, summary, description; dots for nested keys). */
  frontMatter?: string[]
}

/** An `overrides` entry, validated. */
export interface ResolvedOverride {
  files: string[]
  excludedFiles: string[]
  rules: Record<string, RuleSetting>
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
  /** Per-glob rules, applied to a file by `configForFile` (none once applied). */
  overrides?: ResolvedOverride[]
}

export interface ConfigProblem {
  message: string
  key: string
  source?: string
}

export class ConfigError extends Error {
  /** Every problem found (the first is `key`/`source`); the message has one line each. */
  readonly problems: ConfigProblem[]
  constructor(
    message: string,
    readonly key: string,
    readonly source?: string,
    problems?: ConfigProblem[]
  ) {
    const all = problems && problems.length > 0 ? problems : [{message, key, source}]
    super(all.map((p) => `${p.source ? `${p.source}: ` : ''}${p.key}: ${p.message}`).join('\n'))
    this.name = 'ConfigError'
    this.problems = all
  }

  static of(problems: ConfigProblem[]): ConfigError {
    const [first] = problems
    return new ConfigError(first.message, first.key, first.source, problems)
  }
}

/** Collects a configuration's problems so that all are reported at once. */
class Problems {
  readonly list: ConfigProblem[] = []
  constructor(readonly source?: string) {}
  add(message: string, key: string, source = this.source): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push({message, key, source})
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw ConfigError.of(this.list)
  }
}

/** Levels a config may give a rule; `warn` (ESLint's word) is read as `warning`. */
const LEVELS: ReadonlySet<string> = new Set(['off', 'info', 'warning', 'warn', 'error'])
const TOP_LEVEL: ReadonlySet<string> = new Set(['extends', 'rules', 'words', 'ignore', 'overrides', 'frontMatter', '$schema'])
const DEFAULT_FRONT_MATTER: readonly string[] = ['title', 'summary', 'description']
const MAX_FRONT_MATTER_KEYS = 100
const OVERRIDE_KEYS: ReadonlySet<string> = new Set(['files', 'excludedFiles', 'rules'])
/** Problems listed at most (a file of 100,000 bad words is one long list otherwise). */
const MAX_PROBLEMS = 50
const MAX_OVERRIDES = 100
/** Presets a chain of `extends` may go through. */
const MAX_EXTENDS_DEPTH = 10
/** Names a configuration file may have, in the order they are looked for in a folder. */
export const CONFIG_FILES = ['.wirelintrc.json', '.wirelintrc.yaml', '.wirelintrc.yml'] as const
const MAX_WORDS = 100_000
const MAX_WORD_LENGTH = 200
const MAX_GLOBS = 1_000
const MAX_GLOB_LENGTH = 1_000

/** NFA states all `ignore` globs of one configuration may compile to (bounds the work per file). */
const MAX_GLOB_STATES = 100_000
/** Largest configuration file read (a `words` list at its limits is about 20 MB). */
const MAX_CONFIG_BYTES = 4 * DEFAULT_MAX_BYTES

const ignoreMatchers = new WeakMap<ResolvedConfig, Matcher[]>()
const overrideMatchers = new WeakMap<ResolvedOverride, {files: Matcher[]; excluded: Matcher[]}>()
/** A config with overrides → its per-file forms, by which overrides apply. */
const applied = new WeakMap<ResolvedConfig, Map<string, ResolvedConfig>>()

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** One file's own settings (or a preset's), validated: rules only where it sets them. */
interface Layer {
  rules: Record<string, RuleSetting>
  words: string[]
  ignore: string[]
  matchers: Matcher[]
  overrides: ResolvedOverride[]
  frontMatter?: string[]
}

/**
 * Validate a raw configuration value (parsed JSON or YAML) and resolve it:
 * its `extends` presets first (paths relative to `base`), then its own keys.
 * Every problem is collected; one `ConfigError` lists them all.
 */
export function resolveConfig(raw: unknown = {}, source?: string, base = process.cwd(), root?: string): ResolvedConfig {
  const problems = new Problems(source)
  const files: string[] = []
  const layers = collectLayers(raw, source, base, problems, source ? [path.resolve(source)] : [], root, files)
  problems.throwIfAny()
  return buildConfig(layers, source, base, files)
}

/** The layers of a configuration, presets first; problems go to `problems`. */
function collectLayers(raw: unknown, source: string | undefined, dir: string, problems: Problems, chain: string[], root: string | undefined, files: string[]): Layer[] {
  if (!isPlainObject(raw)) {
    problems.add('the configuration must be an object', '(root)', source)
    return []
  }
  const layers: Layer[] = []
  if (own(raw, 'extends') && raw.extends !== undefined) {
    const list = typeof raw.extends === 'string' ? [raw.extends] : raw.extends
    if (!Array.isArray(list) || list.length > MAX_EXTENDS_DEPTH) {
      problems.add(`must be a preset name or path, or an array of at most ${MAX_EXTENDS_DEPTH}`, 'extends', source)
    } else {
      list.forEach((entry, i) => {
        const key = Array.isArray(raw.extends) ? `extends[${i}]` : 'extends'
        if (typeof entry !== 'string' || entry.length === 0 || entry.length > MAX_GLOB_LENGTH) {
          problems.add('must be a non-empty string (a path starting with ./ or ../, or a package name)', key, source)
          return
        }
        const file = resolvePreset(entry, dir)
        if (file === undefined) {
          problems.add(`cannot find the preset "${entry}" (a path starts with ./ or ../; a package must be installed)`, key, source)
          return
        }
        if (root !== undefined && isRelativeRef(entry) && !isInside(file, root)) {
          // A config inside the checked tree (it may come with a pull request) reads nothing outside it.
          problems.add(`"${entry}" is outside the checked tree: not read`, key, source)
          return
        }
        if (chain.includes(file)) {
          problems.add(`"${entry}" extends itself (${[...chain, file].map((f) => path.basename(f)).join(' → ')})`, key, source)
          return
        }
        if (chain.length >= MAX_EXTENDS_DEPTH) {
          problems.add(`presets nested more than ${MAX_EXTENDS_DEPTH} deep`, key, source)
          return
        }
        let presetRaw: unknown
        try {
          // A preset from a package is read as it is; one beside the config stays in its tree.
          presetRaw = readRawConfig(file, isRelativeRef(entry) ? root : undefined)
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error
          for (const p of error.problems) problems.add(p.message, p.key, p.source)
          return
        }
        layers.push(...collectLayers(presetRaw, file, path.dirname(file), problems, [...chain, file], isRelativeRef(entry) ? root : undefined, files))
      })
    }
  }
  layers.push(validateLayer(raw, source, problems, {base: dir, root, files}))
  return layers
}

const isRelativeRef = (entry: string): boolean => entry.startsWith('./') || entry.startsWith('../') || path.isAbsolute(entry)

/** A preset's file: a path relative to `dir`, or a package (and file) resolved from `dir` as node does. */
function resolvePreset(entry: string, dir: string): string | undefined {
  if (isRelativeRef(entry)) {
    const file = path.resolve(dir, entry)
    return fs.existsSync(file) ? file : undefined
  }
  const require = createRequire(path.join(dir, 'wirelint-config.js'))
  for (const name of [entry, `${entry}.json`]) {
    try {
      return require.resolve(name)
    } catch {
      // Try the next form.
    }
  }
  return undefined
}

/** Validate one configuration's own keys (not `extends`). */
function validateLayer(raw: Record<string, unknown>, source: string | undefined, problems: Problems, ctx: OptionContext): Layer {
  const layer: Layer = {rules: Object.create(null) as Record<string, RuleSetting>, words: [], ignore: [], matchers: [], overrides: []}
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL.has(key)) {
      problems.add('unknown key (expected "extends", "rules", "words", "ignore", "overrides" or "frontMatter")', key, source)
    }
  }

  if (own(raw, 'rules') && raw.rules !== undefined) layer.rules = validateRules(raw.rules, 'rules', source, problems, ctx)

  if (own(raw, 'words') && raw.words !== undefined) {
    const list = raw.words
    if (!Array.isArray(list)) problems.add('must be an array of strings', 'words', source)
    else if (list.length > MAX_WORDS) problems.add(`has ${list.length} entries (at most ${MAX_WORDS})`, 'words', source)
    else {
      list.forEach((w, i) => {
        if (typeof w !== 'string' || w.length === 0 || w.length > MAX_WORD_LENGTH) {
          problems.add(`must be a non-empty string of at most ${MAX_WORD_LENGTH} characters`, `words[${i}]`, source)
        } else layer.words.push(w)
      })
    }
  }

  if (own(raw, 'ignore') && raw.ignore !== undefined) {
    const list = raw.ignore
    if (!Array.isArray(list)) problems.add('must be an array of globs', 'ignore', source)
    else if (list.length > MAX_GLOBS) problems.add(`has ${list.length} entries (at most ${MAX_GLOBS})`, 'ignore', source)
    else {
      const budget = {states: 0}
      list.forEach((g, i) => {
        const matcher = globMatcher(g, `ignore[${i}]`, source, problems, budget, false)
        if (matcher) {
          layer.matchers.push(matcher)
          layer.ignore.push(g as string)
        }
      })
    }
  }

  if (own(raw, 'overrides') && raw.overrides !== undefined) {
    const list = raw.overrides
    if (!Array.isArray(list)) problems.add('must be an array of {"files", "excludedFiles", "rules"}', 'overrides', source)
    else if (list.length > MAX_OVERRIDES) problems.add(`has ${list.length} entries (at most ${MAX_OVERRIDES})`, 'overrides', source)
    else {
      const budget = {states: 0}
      list.forEach((entry, i) => {
        const at = `overrides[${i}]`
        if (!isPlainObject(entry)) {
          problems.add('must be an object with "files" and "rules"', at, source)
          return
        }
        for (const key of Object.keys(entry)) {
          if (!OVERRIDE_KEYS.has(key)) problems.add('unknown key (expected "files", "excludedFiles" or "rules")', `${at}.${key}`, source)
        }
        const globs = (name: 'files' | 'excludedFiles', required: boolean): {list: string[]; matchers: Matcher[]} => {
          const out = {list: [] as string[], matchers: [] as Matcher[]}
          const value = own(entry, name) ? entry[name] : undefined
          if (value === undefined) {
            if (required) problems.add('is required: a glob or an array of globs', `${at}.${name}`, source)
            return out
          }
          const many = Array.isArray(value)
          const items: unknown[] = many ? value : [value]
          if (items.length === 0 || items.length > MAX_GLOBS) {
            problems.add(`must be a glob or an array of 1 to ${MAX_GLOBS} globs`, `${at}.${name}`, source)
            return out
          }
          items.forEach((g, j) => {
            const m = globMatcher(g, many ? `${at}.${name}[${j}]` : `${at}.${name}`, source, problems, budget, true)
            if (m) {
              out.matchers.push(m)
              out.list.push(g as string)
            }
          })
          return out
        }
        const files = globs('files', true)
        const excluded = globs('excludedFiles', false)
        const rules = own(entry, 'rules') && entry.rules !== undefined ? validateRules(entry.rules, `${at}.rules`, source, problems, ctx) : undefined
        if (rules === undefined) problems.add('is required: an object of rule ids', `${at}.rules`, source)
        const override: ResolvedOverride = {files: files.list, excludedFiles: excluded.list, rules: rules ?? {}}
        overrideMatchers.set(override, {files: files.matchers, excluded: excluded.matchers})
        layer.overrides.push(override)
      })
    }
  }
  if (own(raw, 'frontMatter') && raw.frontMatter !== undefined) {
    const list = raw.frontMatter
    if (!Array.isArray(list) || list.length > MAX_FRONT_MATTER_KEYS || !list.every((k) => typeof k === 'string' && k.length > 0 && k.length <= MAX_WORD_LENGTH)) {
      problems.add(`must be an array of at most ${MAX_FRONT_MATTER_KEYS} keys ("title", "seo.description")`, 'frontMatter', source)
    } else layer.frontMatter = [...new Set(list as string[])]
  }
  return layer
}

/** Rule settings as written (`rules`, or an override's), validated; only the ids set. */
function validateRules(value: unknown, at: string, source: string | undefined, problems: Problems, ctx: OptionContext): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = Object.create(null)
  if (!isPlainObject(value)) {
    problems.add('must be an object of rule ids', at, source)
    return rules
  }
  for (const id of Object.keys(value)) {
    const key = `${at}.${id}`
    const entry = ruleById(id)
    if (!entry || !RULES.includes(entry) || entry.meta.id !== id) {
      problems.add(`unknown rule (known rules: ${RULES.map((r) => r.meta.id).join(', ')})`, key, source)
      continue
    }
    const setting = ruleSetting(value[id], key, entry.meta.options ?? {}, source, problems)
    if (setting && entry.meta.prepare) {
      const prepared = prepareOptions(entry.meta, setting.options, key, source, problems, ctx)
      if (prepared === undefined) continue
      setting.options = prepared
    }
    if (setting) rules[id] = setting
  }
  return rules
}

/**
 * A glob of `ignore` or `overrides`, compiled with the linear matcher of
 * glob.ts (a hostile glob cannot make a long name hang the run).  In
 * `overrides`, a glob without `/` matches the name in any folder.
 */
function globMatcher(g: unknown, key: string, source: string | undefined, problems: Problems, budget: {states: number}, baseName: boolean): Matcher | undefined {
  if (typeof g !== 'string' || g.length === 0 || g.length > MAX_GLOB_LENGTH) {
    problems.add('must be a non-empty glob string', key, source)
    return undefined
  }
  let matcher: Matcher
  try {
    matcher = compileGlob(baseName ? anyFolder(g) : g, {dot: true})
  } catch (error) {
    if (!(error instanceof GlobError)) throw error
    problems.add(`is not a valid glob: ${error.message}`, key, source)
    return undefined
  }
  budget.states += matcher.states
  if (budget.states > MAX_GLOB_STATES) {
    problems.add(`the globs are too complex together (over ${MAX_GLOB_STATES} states)`, key, source)
    return undefined
  }
  return matcher
}

const anyFolder = (g: string): string => (g.includes('/') ? g.replace(/^\.\//, '') : `**/${g}`)

/** The resolved configuration of layers applied in order (presets first). */
function buildConfig(layers: Layer[], source: string | undefined, base: string, files: string[]): ResolvedConfig {
  const rules: Record<string, RuleSetting> = Object.create(null)
  for (const entry of RULES) {
    rules[entry.meta.id] = {level: entry.meta.off ? 'off' : entry.meta.severity, options: {}}
  }
  let frontMatter = [...DEFAULT_FRONT_MATTER]
  const words: string[] = []
  const ignore: string[] = []
  const matchers: Matcher[] = []
  const overrides: ResolvedOverride[] = []
  for (const layer of layers) {
    Object.assign(rules, layer.rules)
    words.push(...layer.words)
    ignore.push(...layer.ignore)
    matchers.push(...layer.matchers)
    overrides.push(...layer.overrides)
    if (layer.frontMatter) frontMatter = layer.frontMatter
  }
  if (words.length > MAX_WORDS) throw new ConfigError(`has ${words.length} entries with its presets (at most ${MAX_WORDS})`, 'words', source)
  if (ignore.length > MAX_GLOBS) throw new ConfigError(`has ${ignore.length} entries with its presets (at most ${MAX_GLOBS})`, 'ignore', source)
  const key = JSON.stringify({rules, words: [...words].sort(), frontMatter})
  const config: ResolvedConfig = {rules, words, ignore, frontMatter, source, base, key}
  if (files.length > 0) config.files = [...new Set(files)]
  if (overrides.length > 0) config.overrides = overrides
  if (matchers.length > 0) ignoreMatchers.set(config, matchers)
  return config
}

/**
 * The configuration for one file: `config` with the rules of the overrides
 * whose `files` match it (and whose `excludedFiles` do not) applied in order.
 * Globs are relative to the config's folder; a file outside it gets none.
 * The forms are cached per configuration, so files with the same overrides
 * share one (and one processor).
 */
export function configForFile(config: ResolvedConfig, file: string): ResolvedConfig {
  const list = config.overrides
  if (!list || list.length === 0) return config
  const rel = path.relative(config.base, path.resolve(file)).split(path.sep).join('/')
  if (rel.startsWith('..') || path.isAbsolute(rel)) return config
  let mask = ''
  for (const o of list) {
    let m = overrideMatchers.get(o)
    if (!m) {
      // An override that crossed a worker boundary, or was built by hand.
      m = {files: o.files.map((g) => compileGlob(anyFolder(g), {dot: true})), excluded: o.excludedFiles.map((g) => compileGlob(anyFolder(g), {dot: true}))}
      overrideMatchers.set(o, m)
    }
    mask += m.files.some((f) => f(rel)) && !m.excluded.some((f) => f(rel)) ? '1' : '0'
  }
  if (!mask.includes('1')) return config
  let forms = applied.get(config)
  if (!forms) applied.set(config, (forms = new Map()))
  let form = forms.get(mask)
  if (!form) {
    const rules: Record<string, RuleSetting> = Object.assign(Object.create(null), config.rules)
    list.forEach((o, i) => {
      if (mask[i] === '1') Object.assign(rules, o.rules)
    })
    form = {rules, words: config.words, ignore: config.ignore, frontMatter: config.frontMatter, source: config.source, base: config.base, key: JSON.stringify({rules, words: [...config.words].sort(), frontMatter: config.frontMatter})}
    if (config.files) form.files = config.files
    const matchers = ignoreMatchers.get(config)
    if (matchers) ignoreMatchers.set(form, matchers)
    forms.set(mask, form)
  }
  return form
}

/**
 * `config` with rules set on the command line (`--rule`) on top, which win
 * over the file's rules and its overrides.  Apply after `configForFile`.
 */
export function withRules(config: ResolvedConfig, rules: Record<string, RuleSetting>): ResolvedConfig {
  if (Object.keys(rules).length === 0) return config
  let forms = withRulesCache.get(config)
  if (!forms) withRulesCache.set(config, (forms = new WeakMap()))
  let form = forms.get(rules)
  if (!form) {
    const merged: Record<string, RuleSetting> = Object.assign(Object.create(null), config.rules, rules)
    form = {...config, rules: merged, key: JSON.stringify({rules: merged, words: [...config.words].sort()})}
    const matchers = ignoreMatchers.get(config)
    if (matchers) ignoreMatchers.set(form, matchers)
    forms.set(rules, form)
  }
  return form
}
const withRulesCache = new WeakMap<ResolvedConfig, WeakMap<object, ResolvedConfig>>()

/**
 * Parse `--rule` values: `'id: severity'`, `'id: [warn, {option: value}]'`
 * or JSON (`'{"id": ["warn", {…}]}'`), all read as YAML (JSON is YAML), and
 * validated like a config's `rules` (every problem at once).
 */
export function parseRuleOptions(values: string[]): Record<string, RuleSetting> {
  const problems = new Problems('--rule')
  const rules: Record<string, RuleSetting> = Object.create(null)
  values.forEach((text, i) => {
    let raw: unknown
    try {
      raw = parseYaml(text, {maxAliasCount: 0})
    } catch (error) {
      problems.add(`"${text}" is not "id: severity" or JSON: ${(error as Error).message.split('\n')[0]}`, `[${i}]`)
      return
    }
    if (!isPlainObject(raw)) {
      problems.add(`"${text}" is not "id: severity" or {"id": severity}`, `[${i}]`)
      return
    }
    Object.assign(rules, validateRules(raw, 'rules', '--rule', problems, {base: process.cwd(), root: undefined, files: []}))
  })
  problems.throwIfAny()
  return rules
}

/** A resolved configuration as a user would write it (`--print-config`). */
export function printableConfig(config: ResolvedConfig): Record<string, unknown> {
  const rules: Record<string, unknown> = {}
  for (const [id, setting] of Object.entries(config.rules)) {
    rules[id] = Object.keys(setting.options).length > 0 ? [setting.level, {...setting.options}] : setting.level
  }
  return {
    ...(config.source ? {source: config.source} : {}),
    rules,
    words: config.words,
    ignore: config.ignore,
    frontMatter: config.frontMatter,
    ...(config.overrides ? {overrides: config.overrides.map((o) => ({files: o.files, excludedFiles: o.excludedFiles, rules: printableConfig({...config, rules: o.rules, overrides: undefined, source: undefined}).rules}))} : {})
  }
}

function ruleSetting(
  value: unknown,
  key: string,
  schema: Record<string, OptionType>,
  source: string | undefined,
  problems: Problems
): RuleSetting | undefined {
  let level: unknown = value
  let options: unknown = {}
  if (Array.isArray(value)) {
    if (value.length < 1 || value.length > 2) {
      problems.add('must be a level or [level, {options}]', key, source)
      return undefined
    }
    level = value[0]
    if (value.length === 2) options = value[1]
  }
  if (typeof level !== 'string' || !LEVELS.has(level)) {
    problems.add(`has level ${JSON.stringify(level)}: use "off", "info", "warning" (or "warn") or "error"`, key, source)
    return undefined
  }
  if (!isPlainObject(options)) {
    problems.add('options must be an object', key, source)
    return undefined
  }
  let bad = false
  const clean: Record<string, unknown> = Object.create(null)
  for (const name of Object.keys(options)) {
    const type = own(schema, name) ? schema[name] : undefined
    if (!type) {
      const known = Object.keys(schema)
      problems.add(
        `unknown option${known.length ? ` (known: ${known.join(', ')})` : ' (the rule takes no options)'}`,
        `${key}.${name}`,
        source
      )
      bad = true
      continue
    }
    const v = options[name]
    // `{custom}` options are validated by the rule's own `meta.prepare`.
    if (!(typeof type === 'object' && 'custom' in type) && !fitsType(v, type)) {
      problems.add(`must be ${describeType(type)}`, `${key}.${name}`, source)
      bad = true
      continue
    }
    clean[name] = v
  }
  if (bad) return undefined
  return {level: (level === 'warn' ? 'warning' : level) as Level, options: clean}
}

/** Where a layer's rule options may read files from (house-style vocabularies). */
interface OptionContext {
  base: string
  root: string | undefined
  files: string[]
}

/** Largest file a rule's options may name (a vocabulary list). */
const MAX_OPTION_FILE_BYTES = 8 * 1024 * 1024

/**
 * A rule's own validation and preparation of its options (`meta.prepare`),
 * with files named relative to the configuration file, read only when the
 * configuration is a file (never from a request's rules).  Its problems go
 * to `problems` (undefined then).
 */
function prepareOptions(
  meta: RuleMeta,
  options: Record<string, unknown>,
  key: string,
  source: string | undefined,
  problems: Problems,
  ctx: OptionContext
): Record<string, unknown> | undefined {
  const context: PrepareContext = {}
  if (source !== undefined) {
    context.readFile = (name: string) => {
      const file = path.resolve(ctx.base, name)
      ctx.files.push(file)
      try {
        const bytes = readFileSafe(file, MAX_OPTION_FILE_BYTES, ctx.root !== undefined && isInside(file, ctx.root) ? ctx.root : undefined).bytes
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
    problems.add(error.message, error.key ? `${key}.${error.key}` : key, source)
    return undefined
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
 * Read and validate a config file (`.wirelintrc.json` with comments,
 * `.wirelintrc.yaml`/`.yml`, or a package.json's `wirelint` key) and the
 * presets it extends.  Only a regular file is read (a FIFO or device named
 * like a config gets an error, never a blocking read), at most 40 MB; with
 * `root`, one that resolves outside it through a symbolic link is refused.
 * A UTF-8 byte order mark is allowed.
 */
export function loadConfigFile(file: string, root?: string): ResolvedConfig {
  const raw = readRawConfig(file, root)
  const base = path.dirname(path.resolve(file))
  const problems = new Problems(file)
  const files: string[] = []
  const layers = collectLayers(raw, file, base, problems, [path.resolve(file)], root, files)
  problems.throwIfAny()
  return buildConfig(layers, file, base, files)
}

/** A config file's parsed value (JSON with comments, YAML, or package.json's `wirelint` key). */
function readRawConfig(file: string, root: string | undefined): unknown {
  let text: string
  try {
    text = readConfigText(file, root)
  } catch (error) {
    const reason = error instanceof ReadError ? error.message.replace(/^(?:cannot read file|not read): /, '') : (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new ConfigError(`cannot read: ${reason}`, '(file)', file)
  }
  const name = path.basename(file)
  if (name === 'package.json') {
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (error) {
      throw new ConfigError(`invalid JSON: ${(error as Error).message}`, '(file)', file)
    }
    return isPlainObject(raw) && own(raw, 'wirelint') ? raw.wirelint : {}
  }
  if (/\.ya?ml$/i.test(name)) {
    try {
      // Aliases bounded (a "billion laughs" file cannot blow up); duplicate keys are errors.
      const raw: unknown = parseYaml(text, {maxAliasCount: 100, uniqueKeys: true, prettyErrors: true})
      return raw ?? {}
    } catch (error) {
      throw new ConfigError(`invalid YAML: ${(error as Error).message.split('\n')[0]}`, '(file)', file)
    }
  }
  // JSON with comments and trailing commas (jsonc-parser, VS Code's parser): every syntax error at once.
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, {allowTrailingComma: true, disallowComments: false})
  if (errors.length > 0) {
    throw ConfigError.of(
      errors.slice(0, MAX_PROBLEMS).map((e) => {
        const before = text.slice(0, e.offset)
        const line = before.split('\n').length
        const column = e.offset - before.lastIndexOf('\n')
        return {message: `invalid JSON at line ${line}, column ${column}: ${printParseErrorCode(e.error)}`, key: '(file)', source: file}
      })
    )
  }
  return tree === undefined ? undefined : jsonValue(tree)
}

/**
 * A parsed JSON value from jsonc-parser's tree, with keys defined as own
 * properties: its own `parse` assigns them, so a `"__proto__"` key would set
 * the object's prototype and vanish instead of being reported as unknown.
 */
function jsonValue(node: JsonNode): unknown {
  if (node.type === 'object') {
    const out: Record<string, unknown> = {}
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? []
      if (k && v) Object.defineProperty(out, String(k.value), {value: jsonValue(v), enumerable: true, writable: true, configurable: true})
    }
    return out
  }
  if (node.type === 'array') return (node.children ?? []).map(jsonValue)
  return node.value
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
 * Find the configuration for a file: the nearest `.wirelintrc.json`,
 * `.wirelintrc.yaml` or `.wirelintrc.yml`, or package.json with a `wirelint`
 * key, in its directory or above, with its overrides for that file applied.
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
    const rc = CONFIG_FILES.map((name) => path.join(dir, name)).find((f) => fs.existsSync(f))
    const pkg = path.join(dir, 'package.json')
    if (rc !== undefined) {
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
  return (file: string) => {
    const config = find(path.dirname(path.resolve(file)))
    return config && configForFile(config, file)
  }
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
