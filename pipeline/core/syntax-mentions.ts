/**
 * Classify `@mentions` as syntax (SourceNode) while parsing.
 *
 * The same classification as retext-syntax-mentions (its GitHub-style pattern
 * and genitive handling, kept verbatim below), run as a parser extension on
 * each sentence instead of a unist-util-visit pass over the whole tree: that
 * pass alone cost about 0.7 ms per 600-word article, more than parsing the
 * article with retext-english (measured with `node dist/pipeline/dev/bench-rules.js`).
 * As in retext-syntax-mentions, an "@" glued to a preceding word is left alone.
 */
import type {Sentence, SentenceContent, Source} from 'nlcst'
import type {Processor} from 'unified'
import {addSentenceExtension} from './syntax-extension.js'

const genitive = /['’]s?$/i
// From retext-syntax-mentions (MIT, © Titus Wormer): the 'github' style.
const gh = /^@(?:[a-z\d]{1,2}|[a-z\d][a-z\d-]{1,37}[a-z\d])(\/(?:[a-z\d]{1,2}|[a-z\d][a-z\d-]{1,37}[a-z\d]))?$/i
/** Longest mention we try (GitHub names are at most 39 characters, plus "/team"). */
const MAX_TOKENS = 24

function value(node: SentenceContent): string {
  if ('value' in node) return node.value
  let s = ''
  for (const child of node.children) s += child.value
  return s
}

const check = (text: string): boolean => gh.test(text.replace(genitive, ''))

/** Characters a mention token can be made of, before the pattern decides. */
const TOKEN = /^[\p{L}\p{N}_\-/.'’]+$/u
const TRAILING = /[.'’]+$/

export function mergeMentions(sentence: Sentence): void {
  const children = sentence.children
  let out: SentenceContent[] | undefined
  for (let i = 0; i < children.length; i++) {
    const node = children[i]
    if (node.type === 'SymbolNode' && node.value === '@' && (i === 0 || children[i - 1].type !== 'WordNode')) {
      // The whole token after "@", as parsing will join it ("foo-bar", "a/b"), then the pattern.
      let end = i + 1
      let run = ''
      while (end < children.length && end - i <= MAX_TOKENS) {
        const v = value(children[end])
        if (children[end].type === 'WhiteSpaceNode' || !TOKEN.test(v)) break
        run += v
        end++
      }
      // A run that goes on into other characters ("@A_List#x") is not one token.
      let mention = '@' + run
      let last = end
      if (check(mention)) {
        // As is (a genitive is allowed by the check).
      } else {
        // Trailing full stops or apostrophes end the sentence or quote, not the name.
        const trimmed = run.replace(TRAILING, '')
        mention = '@' + trimmed
        if (!trimmed || !check(mention)) mention = ''
        else {
          // Give back the nodes that held the trailing characters.
          let length = 0
          last = i + 1
          while (last < end && length < trimmed.length) length += value(children[last++]).length
          if (length !== trimmed.length) mention = ''
        }
      }
      if (mention) {
        out ??= children.slice(0, i)
        const lastNode = children[last - 1]
        const source: Source = {type: 'SourceNode', value: mention, data: {wirelintSyntax: 'mention'} as Source['data']}
        if (node.position && lastNode.position) source.position = {start: node.position.start, end: lastNode.position.end}
        out.push(source)
        i = last - 1
        continue
      }
    }
    out?.push(node)
  }
  if (out) sentence.children = out
}

export default function retextSyntaxMentionsInline(this: Processor): void {
  addSentenceExtension(this, mergeMentions)
}
