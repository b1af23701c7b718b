/**
 * Undo retext-syntax-urls' false URLs.
 *
 * retext-syntax-urls (used as is for URLs, paths and e-mail addresses) also
 * classifies two shapes that are exactly the artifacts wirelint looks for:
 * a word and its full stop before a closing quote ("Syria.”" → source
 * "Syria.") and a missing space after a full stop ("said.It" → source
 * "said.It").  Marking them as syntax would hide them from every rule.  This
 * parser extension runs right after it and turns a source node back into the
 * plain tokens it came from unless it looks like a real address: a scheme
 * ("https://"), "www.", an e-mail address, a path, or a lower-case domain
 * ("example.com", "bbc.co.uk/news").
 */
import {ParseEnglish} from 'parse-english'
import type {Sentence, SentenceContent} from 'nlcst'
import retextSyntaxUrls from 'retext-syntax-urls'
import {unified, type Processor} from 'unified'
import {addSentenceExtension} from './syntax-extension.js'

const tokenizer = new ParseEnglish()

export function looksLikeAddress(value: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return true
  if (/^www\./i.test(value)) return true
  if (/^\/|^\.{1,2}\//.test(value)) return true
  if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(value)) return true
  // host.tld[/path]: every label lower case (or digits), TLD of two or more letters.
  const host = value.split(/[/?#]/, 1)[0]
  return /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?$/.test(host)
}

export default function retextSyntaxUrlsGuard(this: Processor): void {
  addSentenceExtension(this, restoreFalseUrls)
}

export function restoreFalseUrls(sentence: Sentence): void {
  const children = sentence.children
  let out: SentenceContent[] | undefined
  for (let i = 0; i < children.length; i++) {
    const node = children[i]
    if (node.type === 'SourceNode' && !(node.data as {wirelintSyntax?: string} | undefined)?.wirelintSyntax && !looksLikeAddress(node.value)) {
      out ??= children.slice(0, i)
      // The tokens it was merged from, with their own positions: in Markdown
      // and HTML they may come from several text nodes with markup between them.
      const original = mergedFrom.get(node)
      if (original) {
        out.push(...original)
        continue
      }
      const start = node.position?.start
      for (const token of tokenizer.tokenize(node.value)) {
        if (start && token.position) {
          const shift = (p: {line: number; column: number; offset?: number}) => ({
            line: p.line + start.line - 1,
            column: p.column + start.column - 1,
            offset: (p.offset ?? 0) + (start.offset ?? 0)
          })
          token.position = {start: shift(token.position.start), end: shift(token.position.end)}
          if (token.type === 'WordNode') {
            // Each node its own position object: parse-latin's merges widen a word's in place.
            for (const child of token.children) child.position = {start: token.position.start, end: token.position.end}
          }
        }
        out.push(token)
      }
      continue
    }
    out?.push(node)
  }
  if (out) sentence.children = out
}

/**
 * Runs before retext-syntax-urls: tags the source nodes a format bridge made
 * (Markdown inline code, HTML <code>) so the guard never turns them back into prose.
 */
export function retextSyntaxSourceTag(this: Processor): void {
  addSentenceExtension(this, tagSources)
}

function tagSources(sentence: Sentence): void {
  for (const node of sentence.children) {
    if (node.type === 'SourceNode' && !(node.data as {wirelintSyntax?: string} | undefined)?.wirelintSyntax) {
      node.data = {...node.data, wirelintSyntax: 'source'} as typeof node.data
    }
  }
}

/**
 * retext-syntax-urls, bounded: its merge walks back over every word and mark
 * that touch a "." or ":" without white space, so a run such as "1:1:1:…"
 * costs the square of its length (20,000 characters: ~19 s).  Sentences with
 * more than MAX_URL_SENTENCE tokens — far beyond any real sentence holding a
 * URL — are left unclassified.
 */
export const MAX_URL_SENTENCE = 1000

/** The tokens each source node of retext-syntax-urls replaced (read by the guard). */
const mergedFrom = new WeakMap<SentenceContent, SentenceContent[]>()

/** The text of an nlcst node. */
function text(node: SentenceContent): string {
  return 'value' in node ? node.value : node.children.map((child) => text(child as SentenceContent)).join('')
}

/** Record, for each node `merge` put in `after`, the run of `before` it replaced (one linear walk). */
function recordMerges(before: SentenceContent[], after: SentenceContent[]): void {
  const kept = new Set(after)
  let i = 0
  for (let k = 0; k < after.length; k++) {
    const node = after[k]
    if (before[i] === node) {
      i++
      continue
    }
    const next = after[k + 1]
    // Two new nodes in a row: where one ends is unknown; the guard re-tokenises them.
    if (next !== undefined && !before.includes(next)) return
    const from = i
    while (i < before.length && before[i] !== next) i++
    const run = before.slice(from, i)
    if (node.type === 'SourceNode' && run.every((n) => !kept.has(n)) && run.map(text).join('') === node.value) mergedFrom.set(node, run)
  }
}

/**
 * Can retext-syntax-urls' merge change this sentence?  It only ever starts at
 * a "." or ":" mark with a token on each side (one at either end of the
 * sentence returns untouched), so a sentence without one is left as it is.
 * Most sentences have none inside (the full stop ends them): they skip the
 * copy of their children and the merge's walk (a small saving: within the
 * noise of whole-check timings on the shared machine).
 */
export function mayMerge(children: readonly SentenceContent[]): boolean {
  for (let i = 1; i < children.length - 1; i++) {
    const node = children[i]
    if ((node.type === 'PunctuationNode' || node.type === 'SymbolNode') && (node.value === '.' || node.value === ':')) return true
  }
  return false
}

export function retextSyntaxUrlsBounded(this: Processor): void {
  const probe = unified().use(retextSyntaxUrls).freeze()
  const [merge] = probe.data('nlcstSentenceExtensions' as never) as unknown as Array<(node: Sentence) => void>
  addSentenceExtension(this, (sentence: Sentence) => {
    if (sentence.children.length > MAX_URL_SENTENCE || !mayMerge(sentence.children)) return
    const before = sentence.children.slice()
    try {
      merge(sentence)
      if (sentence.children.length !== before.length) recordMerges(before, sentence.children)
    } catch {
      // retext-syntax-urls 4.0.0 reads `parent.children[start - 2].type` past the
      // start of a sentence on inputs such as ":/:?a|." and throws; the sentence
      // simply keeps its tokens (no URL) instead of failing the whole file.
    }
  })
}
