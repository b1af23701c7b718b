/**
 * stray-fragment, part: the phrase tables, built once per process on first
 * use.
 *
 * The furniture phrases of data/stray-fragment*.ts (English, the literal
 * English MT renderings, and Spanish, Italian, French, Portuguese and German
 * forms), folded: labels with what may follow them (related links, calls to
 * action, share bars, ad slots, credits, captions), share-bar words,
 * fragment words, copyright phrases, agencies, credit words and connectors.
 * A trie over the folded strings (with flags for the first words and leading
 * runs the quick checks look for) lets the scans walk the text without
 * building strings; a second trie holds the closing runs of the copyright
 * phrases, reversed.
 */
import {FUNCTION_WORDS} from '../data/english-words.js'
import {
  AD_LABELS_EN,
  AGENCIES,
  CLAUSE_VERBS,
  CONTINUATION_LABELS,
  COPYRIGHT_EN,
  CREDIT_BY,
  CREDIT_LABELS_EN,
  CREDIT_WEAK_LABELS_EN,
  CREDIT_WORDS,
  CTA_PREFIXES_EN,
  FRAGMENT_WORDS_EN,
  NAME_CONNECTORS,
  NOT_FRAGMENT_STARTERS,
  PLATFORMS,
  RELATED_STRONG_EN,
  RELATED_WEAK_EN,
  SHARE_ACTIONS_EN,
  TIME_WORDS
} from '../data/stray-fragment.js'
import {SOURCE_FURNITURE} from '../data/stray-fragment-sources.js'
import {lazy} from '../support/text.js'
import {foldedAt, foldPhrase, isFoldedLetter, isLetterAt} from './scan.js'

/**
 * A trie of folded table strings over UTF-16 code units, with flags per
 * node: the quick checks walk it while they read the text, without building
 * strings.
 */
export class Trie {
  /** While the table is built: the edges by node × 65536 + code unit. */
  private edges: Map<number, number> | undefined = new Map<number, number>()
  /**
   * Once built (`freeze`): the same edges as an open-addressing hash in
   * typed arrays, which V8's serializer stores and reads back as plain bytes
   * (the Map took a third of the prebuilt tables' reading time).  Slot i
   * holds the edge from node `from[i] - 1` (0: empty) by the code unit
   * `unit[i]` to node `to[i]`.
   */
  private from = new Int32Array(0)
  private unit = new Uint16Array(0)
  private to = new Int32Array(0)
  private mask = 0
  flags: number[] | Uint8Array = [0]
  readonly labels: Array<{label: Label; key: string} | undefined> = [undefined]

  add(s: string, flag: number): number {
    const edges = this.edges
    const flags = this.flags
    if (edges === undefined || !Array.isArray(flags)) throw new Error('stray-fragment: the trie is frozen')
    let node = 0
    for (let i = 0; i < s.length; i++) {
      const key = node * 65536 + s.charCodeAt(i)
      let next = edges.get(key)
      if (next === undefined) {
        next = flags.length
        flags.push(0)
        this.labels.push(undefined)
        edges.set(key, next)
      }
      node = next
    }
    flags[node] |= flag
    return node
  }

  /** Done adding: the edges into their typed arrays. */
  freeze(): void {
    const edges = this.edges
    if (edges === undefined) return
    let size = 2
    while (size < edges.size * 2) size *= 2
    this.from = new Int32Array(size)
    this.unit = new Uint16Array(size)
    this.to = new Int32Array(size)
    this.mask = size - 1
    for (const [key, next] of edges) {
      const node = Math.floor(key / 65536)
      const c = key - node * 65536
      let i = slotOf(node, c) & this.mask
      while (this.from[i] !== 0) i = (i + 1) & this.mask
      this.from[i] = node + 1
      this.unit[i] = c
      this.to[i] = next
    }
    this.flags = Uint8Array.from(this.flags)
    this.edges = undefined
  }

  /** The child of `node` by the code unit `c`, or -1. */
  step(node: number, c: number): number {
    if (c < 0) return -1
    if (this.edges !== undefined) return this.edges.get(node * 65536 + c) ?? -1
    const from = node + 1
    let i = slotOf(node, c) & this.mask
    for (;;) {
      const f = this.from[i]
      if (f === 0) return -1
      if (f === from && this.unit[i] === c) return this.to[i]
      i = (i + 1) & this.mask
    }
  }
}

/** The hash slot of an edge (before the mask). */
function slotOf(node: number, c: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca6b)) >>> 7
}

// Trie flags (a label key has its label in `Trie.labels`).
/** First word of a label or of a copyright phrase, or "copyright" (tail candidates). */
export const T_TAIL_WORD = 2
/** Leading run of letters and digits of a copyright phrase, of an agency; "copyright". */
export const T_COPY_LEAD = 4
export const T_AGENCY_LEAD = 8
export const T_COPYRIGHT = 16
/** First word of a share-bar phrase. */
export const T_SHARE_WORD = 32

/** The runs of letters and digits that open and close a (folded) table phrase. */
function phraseLead(p: string): string {
  let e = 0
  while (isLetterAt(p, e)) e++
  return p.slice(0, e)
}

function phraseTail(p: string): string {
  let b = p.length
  while (b > 0 && isLetterAt(p, b - 1)) b--
  return p.slice(b)
}

/** Flags of the folded run of letters and digits from `i` (the whole run; 0 if it is no table string). */
export function leadFlags(text: string, i: number, t: Tables): number {
  let node = 0
  while (isFoldedLetter(text, i)) {
    node = t.trie.step(node, foldedAt(text, i++))
    if (node < 0) return 0
  }
  return t.trie.flags[node]
}

/** Whether the folded run of letters and digits ending before `end` closes a copyright phrase. */
export function endsCopyrightRun(text: string, end: number, t: Tables): boolean {
  let node = 0
  let i = end
  while (i > 0 && isFoldedLetter(text, i - 1)) {
    node = t.tailTrie.step(node, foldedAt(text, --i))
    if (node < 0) return false
  }
  return t.tailTrie.flags[node] !== 0
}

export type Kind = 'related' | 'cta' | 'share' | 'ad' | 'credit' | 'caption'
/** What may follow the label after a plain space. */
export type Plain = 'headline' | 'caps' | 'short' | 'credit' | 'none'
/** What may follow the label after a separator. */
export type Sep = 'any' | 'short' | 'creditNames' | 'creditStrict' | 'bar'

export interface Label {
  kind: Kind
  plain: Plain
  sep: Sep
  alone: boolean
}

export interface Tables {
  labels: Map<string, Label>
  maxWords: number
  share: Map<string, 'action' | 'platform'>
  shareMaxWords: number
  fragments: Set<string>
  copyright: string[]
  agencies: string[]
  /** Label keys, and the first words and leading runs of the quick checks (T_* flags). */
  trie: Trie
  /** The closing runs of letters and digits of the copyright phrases, reversed. */
  tailTrie: Trie
  creditWords: Set<string>
  creditBy: Set<string>
  connectors: Set<string>
  notStarters: Set<string>
  clauseVerbs: Set<string>
  timeWords: Set<string>
  /** Related-link labels that continue the story above ("read more"): no headline after them. */
  continuations: Set<string>
}

/** The tables (built on first use). */
/** A copy of the tables from V8's serializer: the tries get their class back. */
function reviveTables(t: Tables): Tables {
  Object.setPrototypeOf(t.trie, Trie.prototype)
  Object.setPrototypeOf(t.tailTrie, Trie.prototype)
  return t
}

export const tables = lazy((): Tables => {
  const labels = new Map<string, Label>()
  const trie = new Trie()
  let maxWords = 1
  const add = (phrases: readonly string[], label: Label): void => {
    for (const raw of phrases) {
      const key = foldPhrase(raw)
      if (!key || labels.has(key)) continue
      labels.set(key, label)
      trie.labels[trie.add(key, 0)] = {label, key}
      const words = key.split(' ')
      trie.add(words[0], T_TAIL_WORD)
      if (words.length > maxWords) maxWords = words.length
    }
  }
  const sources = Object.values(SOURCE_FURNITURE)
  const caption: Label = {kind: 'caption', plain: 'headline', sep: 'any', alone: true}
  add(['image caption', 'media caption', 'photo caption', 'video caption', 'caption', 'pie de foto', 'bildunterschrift'], caption)
  const credit: Label = {kind: 'credit', plain: 'credit', sep: 'any', alone: true}
  add(CREDIT_LABELS_EN, credit)
  for (const s of sources) add(s.credit, credit)
  const related: Label = {kind: 'related', plain: 'headline', sep: 'any', alone: true}
  add(RELATED_STRONG_EN, related)
  for (const s of sources) add(s.related, related)
  const cta: Label = {kind: 'cta', plain: 'short', sep: 'short', alone: true}
  add(CTA_PREFIXES_EN, cta)
  for (const s of sources) add(s.cta, cta)
  const ad: Label = {kind: 'ad', plain: 'none', sep: 'short', alone: true}
  add(AD_LABELS_EN, ad)
  for (const s of sources) add(s.ads, ad)
  add(RELATED_WEAK_EN, {kind: 'related', plain: 'caps', sep: 'any', alone: true})
  // "Source:" and its translations need an agency or a slash credit.
  const strictWeak = new Set(['source', 'sources', 'fuente', 'fonte', 'quelle'])
  const weakLabels = [...CREDIT_WEAK_LABELS_EN, ...sources.flatMap((s) => s.creditWeak)]
  add(weakLabels.filter((w) => strictWeak.has(foldPhrase(w))), {kind: 'credit', plain: 'none', sep: 'creditStrict', alone: false})
  add(weakLabels.filter((w) => !strictWeak.has(foldPhrase(w))), {kind: 'credit', plain: 'none', sep: 'creditNames', alone: false})
  const shareLabel: Label = {kind: 'share', plain: 'none', sep: 'bar', alone: true}
  add(SHARE_ACTIONS_EN, shareLabel)
  for (const s of sources) add(s.share, shareLabel)

  const share = new Map<string, 'action' | 'platform'>()
  let shareMaxWords = 1
  const addShare = (phrases: readonly string[], kind: 'action' | 'platform'): void => {
    for (const raw of phrases) {
      const key = foldPhrase(raw)
      if (!share.has(key)) share.set(key, kind)
      shareMaxWords = Math.max(shareMaxWords, key.split(' ').length)
    }
  }
  addShare(SHARE_ACTIONS_EN, 'action')
  for (const s of sources) addShare(s.share, 'action')
  addShare(PLATFORMS, 'platform')

  const fragments = new Set<string>()
  for (const f of FRAGMENT_WORDS_EN) fragments.add(foldPhrase(f))
  for (const s of sources) for (const f of s.fragments) fragments.add(foldPhrase(f))

  const copyright = [...COPYRIGHT_EN, ...sources.flatMap((s) => s.copyright)].map(foldPhrase)
  // Longest first, so "all rights reserved" wins over "rights reserved".
  copyright.sort((a, b) => b.length - a.length)
  const agencies = AGENCIES.map(foldPhrase).sort((a, b) => b.length - a.length)
  const tailTrie = new Trie()
  for (const p of copyright) {
    trie.add(p.split(' ')[0], T_TAIL_WORD)
    trie.add(phraseLead(p), T_COPY_LEAD)
    tailTrie.add([...phraseTail(p)].reverse().join(''), 1)
  }
  trie.add('copyright', T_TAIL_WORD | T_COPYRIGHT)
  for (const a of agencies) trie.add(phraseLead(a), T_AGENCY_LEAD)
  for (const k of share.keys()) trie.add(k.split(' ')[0], T_SHARE_WORD)
  trie.freeze()
  tailTrie.freeze()

  return {
    labels,
    maxWords,
    share,
    shareMaxWords,
    fragments,
    copyright,
    agencies,
    trie,
    tailTrie,
    creditWords: new Set(CREDIT_WORDS.map(foldPhrase)),
    creditBy: new Set(CREDIT_BY.map(foldPhrase)),
    connectors: new Set(NAME_CONNECTORS.map(foldPhrase)),
    notStarters: new Set([...FUNCTION_WORDS, ...NOT_FRAGMENT_STARTERS].map(foldPhrase)),
    clauseVerbs: new Set(CLAUSE_VERBS.map(foldPhrase)),
    timeWords: new Set(TIME_WORDS.map(foldPhrase)),
    continuations: new Set(CONTINUATION_LABELS.map(foldPhrase))
  }
}, {name: 'stray-fragment/tables', revive: reviveTables})
