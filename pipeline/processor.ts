/**
 * Builds the unified processor for a configuration and an input format, once,
 * frozen, and cached: every file with the same configuration and format
 * reuses it (re-attaching plugins per file costs far more than checking).
 */
import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import type {RuleOptions, Severity} from '../plugins/support/rule.js'
import type {ResolvedConfig} from './config.js'
import wirelintEnglish from './parse.js'
import {RULES, type RuleEntry} from './rules.js'
import retextSyntaxHashtags from './syntax-hashtags.js'
import retextSyntaxMentionsInline from './syntax-mentions.js'
import retextSyntaxUrlsGuard, {retextSyntaxSourceTag, retextSyntaxUrlsBounded} from './syntax-urls-guard.js'

export type Format = 'text' | 'markdown' | 'html'

export function formatOf(filePath: string | undefined): Format {
  const ext = (filePath ?? '').toLowerCase().match(/\.([a-z0-9]+)$/)?.[1]
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'markdown'
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html'
  return 'text'
}

const processors = new Map<string, Processor<Root, Root, Root, undefined, undefined>>()

type Formats = typeof import('./formats.js')
let formats: Formats | undefined
let htmlModules: typeof import('./formats-html.js') | undefined

/**
 * The frozen processor for a configuration and format.  The Markdown and HTML
 * bridges (remark, rehype) are loaded on first use only: plain-text runs, the
 * common case in a pre-commit hook, never pay for them.
 */
export async function getProcessor(config: ResolvedConfig, format: Format = 'text'): Promise<Processor<Root, Root, Root, undefined, undefined>> {
  const key = format + '\0' + config.key
  let processor = processors.get(key)
  if (!processor) {
    if (format !== 'text') formats ??= await import('./formats.js')
    if (format === 'html') htmlModules ??= await import('./formats-html.js')
    processor = buildProcessor(config, format)
    if (processors.size > 64) processors.clear()
    processors.set(key, processor)
  }
  return processor
}

/** Attach the syntax classifiers and the enabled rules to a retext processor. */
export function useRules(processor: Processor<any, any, any, any, any>, config: ResolvedConfig): void {
  processor.use(retextSyntaxSourceTag).use(retextSyntaxUrlsBounded).use(retextSyntaxUrlsGuard).use(retextSyntaxMentionsInline).use(retextSyntaxHashtags)
  for (const entry of RULES) {
    const setting = config.rules[entry.meta.id]
    if (!setting || setting.level === 'off') continue
    processor.use(guarded(entry), {
      ...setting.options,
      severity: setting.level as Severity,
      words: config.words
    })
  }
}

function buildProcessor(config: ResolvedConfig, format: Format): Processor<Root, Root, Root, undefined, undefined> {
  if (format === 'markdown') return formats!.markdownProcessor(config, useRules).freeze() as never
  if (format === 'html') return formats!.htmlProcessor(config, useRules, htmlModules!).freeze() as never
  const processor = unified().use(wirelintEnglish)
  useRules(processor, config)
  return processor.freeze() as unknown as Processor<Root, Root, Root, undefined, undefined>
}

/**
 * Wrap a rule so that an exception in it becomes an error message on the file
 * (with the rule's id) instead of crashing the run.
 */
function guarded(entry: RuleEntry) {
  return function (this: Processor, options: RuleOptions & Record<string, unknown>) {
    const transform = entry.plugin.call(this, options) as (tree: Root, file: VFile) => void
    return (tree: Root, file: VFile): void | Promise<void> => {
      const fail = (error: unknown): void => {
        const message = file.message(
          `Internal error in rule ${entry.meta.id}: ${(error as Error)?.message ?? String(error)}`,
          {ruleId: entry.meta.id, source: 'wirelint', cause: error as Error}
        )
        message.fatal = true
      }
      try {
        const result = (transform as (tree: Root, file: VFile) => unknown)(tree, file)
        if (result && typeof (result as Promise<void>).then === 'function') return (result as Promise<void>).then(undefined, fail)
      } catch (error) {
        fail(error)
      }
    }
  }
}
