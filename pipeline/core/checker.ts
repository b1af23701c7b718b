/**
 * The library entry point: `createChecker(config?)` → `{check(input)}`.
 * Every front end (CLI, hook, batch workers, HTTP service) checks through it.
 */
import {VFile} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {loadLexicon} from '../../plugins/support/lexicon.js'
import {resolveConfig, type ResolvedConfig, type UserConfig} from './config.js'
import {formatOf, getProcessor, type Format} from './processor.js'
import {dropUnsoundFixes} from './fix.js'
import {resolveOverlaps} from './overlap.js'
import type {WirelintMessage} from '../../plugins/support/rule.js'
import type {ParagraphInfo} from '../../plugins/support/document.js'

export interface CheckOptions {
  /** File path (names the file in reports, picks the format by extension). */
  path?: string
  /** Force a format instead of guessing from the path. */
  format?: Format
}

export interface Checker {
  readonly config: ResolvedConfig
  check(input: string | VFile, options?: CheckOptions): Promise<VFile>
}

function isResolved(config: unknown): config is ResolvedConfig {
  return typeof config === 'object' && config !== null && typeof (config as ResolvedConfig).key === 'string' && 'base' in config
}

export function createChecker(config?: UserConfig | ResolvedConfig): Checker {
  const resolved = isResolved(config) ? config : resolveConfig(config ?? {})
  return {
    config: resolved,
    async check(input, options = {}) {
      const file =
        typeof input === 'string' ? new VFile({value: input, path: options.path}) : input
      if (options.path && typeof input !== 'string' && !file.path) file.path = options.path
      await loadLexicon()
      const format = options.format ?? formatOf(file.path)
      const processor = await getProcessor(resolved, format)
      try {
        const tree = processor.parse(file)
        await processor.run(tree, file)
      } catch (error) {
        // A file the parsers cannot handle (e.g. HTML nested 20,000 deep) gets
        // one clear error; the run goes on with the other files.
        const reason = error instanceof RangeError ? 'the document is nested too deeply to check' : String((error as Error)?.message ?? error)
        const message = file.message(`Could not check this file: ${reason}`, {source: 'wirelint', ruleId: 'internal-error'})
        message.fatal = true
      }
      // One finding per problem: the one that explains the cause (overlap.ts).
      resolveOverlaps(file.messages, String(file.value))
      // A fix that would touch characters outside its finding is never offered.
      const paragraphs = (file.data as {wirelintParagraphs?: ParagraphInfo[]}).wirelintParagraphs
      dropUnsoundFixes(String(file.value), file.messages as WirelintMessage[], format === 'text' ? undefined : paragraphs)
      file.messages.sort(compareMessage)
      return file
    }
  }
}
