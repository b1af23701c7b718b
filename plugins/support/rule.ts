/**
 * What every rule shares: its metadata shape, its options, and how it reports
 * a finding as a vfile message.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {getIndex, type DocumentIndex, type ParagraphInfo} from './document.js'

/**
 * A finding's severity, one name everywhere (meta, config, JSON, SARIF's
 * `warning`, the README).  Configs may also write `warn`, ESLint's word for
 * it: the config loader reads it as `warning`.
 */
export type Severity = 'error' | 'warning' | 'info'

export const DOCS_URL = 'https://github.com/wirelint/wirelint/blob/main/README.md'

/** One finding of an example: where, what, and the first fix candidate. */
export interface ExampleFinding {
  /** 1-based line and column of the finding. */
  line: number
  column: number
  /** The flagged characters. */
  actual: string
  /** First fix candidate, when the rule proposes one ('' = delete). */
  fix?: string
}

export interface NotOkExample extends ExampleFinding {
  /** Input text (plain text). */
  text: string
  /**
   * The example's other findings, when it has more than one: together with
   * the first they are the complete list the rule reports (tested).
   */
  also?: ExampleFinding[]
}

/** Types of rule options, declared in `meta.options` and checked by the config loader. */
export type OptionType = 'boolean' | 'number' | 'string' | 'string[]' | {enum: readonly string[]} | {custom: string}

/**
 * A rule option the config loader cannot accept, thrown by `meta.prepare`:
 * `key` is the option's path below the rule ("substitute.Kiev"); the loader
 * turns it into a configuration error naming the whole key.
 */
export class OptionError extends Error {
  constructor(
    readonly key: string,
    message: string
  ) {
    super(message)
    this.name = 'OptionError'
  }
}

/** What `meta.prepare` may use besides the options. */
export interface PrepareContext {
  /**
   * Read a file named in the options, relative to the configuration file's
   * folder (bounded, regular files only).  Absent when the configuration came
   * from no file (a library object, an HTTP request): naming a file is then an
   * error.
   */
  readFile?: (name: string) => string
}

export interface RuleMeta {
  /** Stable rule id: config key, JSON `ruleId`, ignore comments. */
  id: string
  /**
   * Rules whose findings this rule reads (from the file's messages) and so
   * must run after, when they are on: `spelling` skips words `merged-words`
   * or `untranslated` already explain.  The registry honours it (tested).
   */
  after?: readonly string[]
  /** One line, for `--help`, the README and SARIF. */
  description: string
  severity: Severity
  /**
   * Whether some of this rule's findings carry a fix `--fix` applies
   * unattended (a finding carries one only when it is sure: one candidate,
   * marked safe).  A rule that is not fixable never carries one (tested over
   * the samples and the examples: tests/issue-15/trust.test.ts).
   */
  fixable: boolean
  url: string
  /** Options the rule takes besides `severity` and `words`. */
  options?: Record<string, OptionType>
  /** Off unless a configuration turns it on (house-style: nothing to check without the newsroom's terms). */
  off?: boolean
  /**
   * Validate and prepare the options the generic types cannot describe
   * (`{custom}`: maps, vocabulary files), once per configuration; throws
   * OptionError.  What it returns must be accepted again as input without a
   * file (configurations are layered and re-validated: the service, workers).
   */
  prepare?: (options: Record<string, unknown>, context: PrepareContext) => Record<string, unknown>
  /** Words the rule's prepared options add to every rule's accepted words (house-style's `accept`). */
  acceptedWords?: (options: Record<string, unknown>) => readonly string[]
  /**
   * The rule's reference, rendered into the README by `npm run docs`:
   * how it decides (evidence, not a list of strings), and each option's
   * default and meaning (keys as in `options`).
   */
  docs?: {
    decides: string
    options?: Record<string, {default: unknown; description: string}>
  }
  /** Documented examples (tested); `options`: the rule options they are checked with (a rule that needs configuring). */
  examples: {ok: string[]; notOk: NotOkExample[]; options?: Record<string, unknown>}
}

/** Options every rule accepts. */
export interface RuleOptions {
  /** Severity of the rule's messages (default: the rule's own). */
  severity?: Severity
  /** Accepted words and names (the config's `words`). */
  words?: readonly string[]
}

/** A fix: replace file offsets [start, end) with `text`. */
export interface Fix {
  start: number
  end: number
  text: string
}

export interface WirelintMessage extends VFileMessage {
  /** Present when the fix is safe to apply unattended. */
  fix?: Fix
  /** The severity wirelint gave the message. */
  severity?: Severity
}

export interface Finding {
  /** File offsets of the flagged span. */
  start: number
  end: number
  reason: string
  /** Fix candidates, best first ('' = delete). */
  expected?: string[]
  /** The replacement span when it differs from the flagged span (e.g. a whole line). */
  fixRange?: [number, number]
  /** Whether the first candidate is safe to apply unattended (default: rule meta). */
  safe?: boolean
  /** Severity for this one finding (default: the rule's). */
  severity?: Severity
  note?: string
}

export function severityOf(meta: RuleMeta, options: RuleOptions | undefined): Severity {
  const s = options?.severity
  return s === 'error' || s === 'warning' || s === 'info' ? s : (s as unknown) === 'warn' ? 'warning' : meta.severity
}

/** Add a finding to the file as a vfile message. */
export function report(
  file: VFile,
  index: DocumentIndex,
  meta: RuleMeta,
  severity: Severity,
  finding: Finding
): WirelintMessage {
  const start = index.point(finding.start)
  const end = index.point(finding.end)
  // VFileMessage is an Error and V8 captures a stack trace for it, which
  // vfile-message then replaces with ''.  Capturing none makes a finding
  // several times cheaper (a page with thousands of them is checked in a
  // fraction of the time).
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: WirelintMessage
  try {
    message = file.message(finding.reason, {
      place: {start, end},
      ruleId: meta.id,
      source: 'wirelint'
    }) as WirelintMessage
  } finally {
    Error.stackTraceLimit = limit
  }
  message.actual = index.value.slice(finding.start, finding.end)
  if (finding.expected) message.expected = finding.expected
  message.url = meta.url
  if (finding.note) message.note = finding.note
  const level = finding.severity ?? severity
  message.severity = level
  // vfile convention: true = error, false = warning, undefined = info.
  message.fatal = level === 'error' ? true : level === 'warning' ? false : undefined
  // A rule that is not fixable never carries an unattended fix, whatever its finding says.
  const safe = meta.fixable && (finding.safe ?? true)
  if (safe && finding.expected && finding.expected.length === 1) {
    const [fs, fe] = finding.fixRange ?? [finding.start, finding.end]
    message.fix = {start: fs, end: fe, text: finding.expected[0]}
  }
  return message
}

/** Report a span given in paragraph text indices. */
export function reportText(
  file: VFile,
  index: DocumentIndex,
  meta: RuleMeta,
  severity: Severity,
  paragraph: ParagraphInfo,
  start: number,
  end: number,
  finding: Omit<Finding, 'start' | 'end'>
): WirelintMessage {
  const [s, e] = index.range(paragraph, start, end)
  return report(file, index, meta, severity, {...finding, start: s, end: e})
}

/** The set of accepted words, lower-cased, from options. */
export function acceptedWords(options: RuleOptions | undefined): Set<string> {
  const set = new Set<string>()
  for (const w of options?.words ?? []) if (typeof w === 'string') set.add(w.toLowerCase())
  return set
}

export function ruleUrl(id: string): string {
  return `${DOCS_URL}#${id}`
}

/**
 * What a rule's check receives: the document index, its options, and
 * `report` / `reportText` already bound to the file, the rule and its
 * severity.
 */
export interface RuleContext<O extends RuleOptions = RuleOptions> {
  readonly file: VFile
  readonly index: DocumentIndex
  readonly options: O
  /** The rule's severity (config or meta). */
  readonly severity: Severity
  /** One step below `severity` for an error rule's weaker findings (error → warning). */
  readonly softer: Severity
  /** Accepted words and names, lower-cased (the config's `words`). */
  readonly accepted: ReadonlySet<string>
  /** Report a span given in file offsets. */
  report(finding: Finding): WirelintMessage
  /** Report a span given in paragraph text indices. */
  reportText(paragraph: ParagraphInfo, start: number, end: number, finding: Omit<Finding, 'start' | 'end'>): WirelintMessage
}

/** A rule plugin: a unified attacher carrying its metadata. */
export interface RulePlugin<O extends RuleOptions = RuleOptions> {
  (options?: O): (tree: Root, file: VFile) => void | Promise<void>
  readonly meta: RuleMeta
}

export interface RuleDefinition<O extends RuleOptions, S> {
  meta: RuleMeta
  /** Work done once per attacher (per processor) from the options. */
  setup?: (options: O) => S
  /**
   * The rule's check of one document.  It may return a promise when it must
   * wait for something loaded on first use (a language model): the
   * transformer then returns it, and unified waits before the next rule.
   */
  check: (context: RuleContext<O>, state: S) => void | Promise<void>
}

/**
 * Define a rule, in the spirit of remark-lint's `unified-lint-rule` and
 * ESLint's `meta` + `create`: the helper resolves severity and accepted
 * words, builds (once per document, shared by all rules) the index, binds
 * `report`, and isolates errors: an exception in a rule becomes one error
 * message with the rule's id, never a crashed run.
 */
export function defineRule<O extends RuleOptions = RuleOptions, S = undefined>(definition: RuleDefinition<O, S>): RulePlugin<O> {
  const {meta, setup, check} = definition
  const attacher = (options: O = {} as O) => {
    const severity = severityOf(meta, options)
    const softer: Severity = severity === 'error' ? 'warning' : severity
    const accepted = acceptedWords(options)
    const state = setup ? setup(options) : (undefined as S)
    const failed = (file: VFile, error: unknown): void => {
      const message = file.message(`Internal error in rule ${meta.id}: ${(error as Error)?.message ?? String(error)}`, {
        ruleId: meta.id,
        source: 'wirelint',
        cause: error as Error
      })
      message.fatal = true
    }
    return (tree: Root, file: VFile): void | Promise<void> => {
      try {
        const index = getIndex(tree, file)
        const context: RuleContext<O> = {
          file,
          index,
          options,
          severity,
          softer,
          accepted,
          report: (finding) => report(file, index, meta, severity, finding),
          reportText: (paragraph, start, end, finding) => reportText(file, index, meta, severity, paragraph, start, end, finding)
        }
        const pending = check(context, state)
        if (pending) return pending.catch((error: unknown) => failed(file, error))
      } catch (error) {
        failed(file, error)
      }
    }
  }
  return Object.assign(attacher, {meta}) as RulePlugin<O>
}
