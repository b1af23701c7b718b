/**
 * Register a parser extension that runs on each sentence while parsing — the
 * mechanism retext-syntax-urls uses (`nlcstSentenceExtensions`), read by
 * retext-english, our line parser and the Markdown/HTML bridges.
 */
import type {Sentence} from 'nlcst'
import type {Processor} from 'unified'

export function addSentenceExtension(processor: Processor<any, any, any, any, any>, extension: (sentence: Sentence) => void): void {
  const data = processor.data() as Record<string, unknown>
  let list = data.nlcstSentenceExtensions as Array<(node: Sentence) => void> | undefined
  if (!list) {
    list = []
    processor.data('nlcstSentenceExtensions' as never, list as never)
  }
  list.push(extension)
}
