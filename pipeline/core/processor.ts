/**
 * Builds the unified processor for a configuration and an input format, once,
 * frozen, and cached: every file with the same configuration and format
 * reuses it (re-attaching plugins per file costs far more than checking).
 */
import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import type {Severity} from '../../plugins/support/rule.js'
import type {ResolvedConfig} from './config.js'
import {checkerBytes, SizedLru} from './lru.js'
import wirelintEnglish from './parse.js'
import {RULES} from './rules.js'
import retextSyntaxHashtags from './syntax-hashtags.js'
import retextSyntaxMentionsInline from './syntax-mentions.js'
import retextSyntaxUrlsGuard, {retextSyntaxSourceTag, retextSyntaxUrlsBounded} from './syntax-urls-guard.js'

export type Format = 'text' | 'markdown' | 'html'

/** Input formats the checker reads (report formats are report.ts's `REPORT_FORMATS`). */
export const INPUT_FORMATS: readonly Format[] = ['text', 'markdown', 'html']

export function formatOf(filePath: string | undefined): Format {
  const ext = (filePath ?? '').toLowerCase().match(/\.([a-z0-9]+)$/)?.[1]
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'markdown'
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html'
  return 'text'
}

/** Budget of the processor cache, per process or worker thread. */
export const PROCESSOR_CACHE_BYTES = 16 * 1024 * 1024

/** The one cache of built processors, by format and configuration, bounded by their estimated size. */
const processors = new SizedLru<Processor<Root, Root, Root, undefined, undefined>>(PROCESSOR_CACHE_BYTES)

/** The processor cache's entries and estimated size (the service reports it). */
export function processorCacheStats(): {entries: number; bytes: number; maxBytes: number} {
  return processors.stats()
}

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
    processors.set(key, processor, checkerBytes(config))
  }
  return processor
}

/** Attach the syntax classifiers and the enabled rules to a retext processor. */
export function useRules(processor: Processor<any, any, any, any, any>, config: ResolvedConfig): void {
  processor.use(retextSyntaxSourceTag).use(retextSyntaxUrlsBounded).use(retextSyntaxUrlsGuard).use(retextSyntaxMentionsInline).use(retextSyntaxHashtags)
  // Words a rule's options accept for every rule (house-style's `accept` vocabulary).
  let words: readonly string[] = config.words
  for (const entry of RULES) {
    const setting = config.rules[entry.meta.id]
    if (entry.meta.acceptedWords && setting && setting.level !== 'off') words = [...words, ...entry.meta.acceptedWords(setting.options)]
  }
  for (const entry of RULES) {
    const setting = config.rules[entry.meta.id]
    if (!setting || setting.level === 'off') continue
    // Error isolation lives in defineRule (plugins/support/rule.ts).
    processor.use(entry.plugin, {
      ...setting.options,
      severity: setting.level as Severity,
      words
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
