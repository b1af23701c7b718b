/**
 * Classify `#hashtags` as syntax (SourceNode), so no word rule (spelling,
 * merged words, untranslated text …) reads "#Assads" as a word.
 *
 * Written here because the unified collective has retext-syntax-urls and
 * retext-syntax-mentions but no hashtag classifier.  Registered the same way
 * as retext-syntax-urls: as a parser extension that runs on each sentence
 * while parsing (no extra tree walk).
 *
 * A hashtag is `#` followed directly by a word that starts with a letter, where
 * the `#` does not follow a word or `&` ("C#", "caf&#233;" are not hashtags).
 */
import type {Sentence, SentenceContent, Source} from 'nlcst'
import type {Processor} from 'unified'
import {addSentenceExtension} from './syntax-extension.js'

const letter = /^\p{L}/u

export default function retextSyntaxHashtags(this: Processor): void {
  addSentenceExtension(this, mergeHashtags)
}

function text(node: SentenceContent): string {
  if ('value' in node) return node.value
  let s = ''
  for (const child of node.children) s += child.value
  return s
}

export function mergeHashtags(sentence: Sentence): void {
  const children = sentence.children
  // Copied on the first hashtag only: most sentences have none.
  let out: SentenceContent[] | undefined
  for (let i = 0; i < children.length; i++) {
    const node = children[i]
    const next = children[i + 1]
    if (
      node.type === 'SymbolNode' &&
      node.value === '#' &&
      next !== undefined &&
      next.type === 'WordNode' &&
      letter.test(text(next)) &&
      !precludes(out ? out[out.length - 1] : children[i - 1])
    ) {
      out ??= children.slice(0, i)
      let value = '#' + text(next)
      let end = next.position?.end
      let j = i + 2
      // "#Black_Lives_Matter": underscores and the words after them.
      while (
        j + 1 < children.length &&
        (children[j].type === 'SymbolNode' || children[j].type === 'PunctuationNode') &&
        (children[j] as {value: string}).value === '_' &&
        children[j + 1].type === 'WordNode'
      ) {
        value += '_' + text(children[j + 1])
        end = children[j + 1].position?.end
        j += 2
      }
      const source: Source = {
        type: 'SourceNode',
        value,
        data: {wirelintSyntax: 'hashtag'} as Source['data']
      }
      if (node.position && end) source.position = {start: node.position.start, end}
      out.push(source)
      i = j - 1
      continue
    }
    out?.push(node)
  }
  if (out) sentence.children = out
}

function precludes(previous: SentenceContent | undefined): boolean {
  if (!previous) return false
  if (previous.type === 'WordNode') return true
  if (previous.type === 'SymbolNode' && (previous.value === '&' || previous.value === '#')) return true
  return false
}
