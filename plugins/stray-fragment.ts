/**
 * stray-fragment: leftovers of the source web page in the copy.
 *
 * - Orphan fragments: a one- or two-word "sentence" after a full sentence,
 *   left over from a stripped link, caption or player ("… told AFP. land.",
 *   "… the minister said. video.", "… on Sunday. Photo").  Flagged when it
 *   starts in lower case after a full stop (also after a closing quote: "…
 *   conflict». land."), not after an abbreviation or an ellipsis; is not a
 *   function word, adverb, reply or subject + verb ("too.", "yes.", "he
 *   said.", "bitcoin fell."); is not inside quotes; the sentence before it
 *   has at least four words; and it ends the paragraph, or ends in a full
 *   stop before a capitalised sentence.  A caption/player word ("Photo",
 *   "Video", "Advertisement") is flagged in any case, at the end only.  A line
 *   that is only such a fragment between two paragraphs is flagged too.
 * - Furniture lines, matched whole against the phrase tables in
 *   data/stray-fragment*.ts (English, the literal English MT renderings, and
 *   Spanish, Italian, French, Portuguese and German forms), case-insensitive
 *   and accent-insensitive: related-link labels alone, before a separator, or
 *   before a headline ("Also read: …", "RELATED", "Leggi anche …"); calls to
 *   action ("Follow us on …", "Click here …", "Tweet", share bars); ad slots
 *   ("Advertisement", "Continues after advertising"); credit lines ("Photo:
 *   EFE/…", "Foto: ANSA", "Photo by … /Getty Images"; "Source:" only before
 *   an agency, since a data source line is legitimate copy); copyright lines
 *   ("© … All rights reserved", "Todos los derechos reservados"); a video
 *   caption ending in a duration ("… in the capital 2:15").
 * - The same furniture after the last sentence of a paragraph ("… on Sunday.
 *   Photo: EFE/Juan Pérez"), credits in brackets ("(Photo: AFP)") and a
 *   trailing "© Agency" credit.
 *
 * The fix deletes the fragment (with the space before it) or the whole line
 * (with its line ending; in Markdown, the paragraph's source lines).  When
 * markup lies inside the span to delete (HTML), there is no unattended fix.
 * A headline line right after a bare "Also read:" label is reported too, as
 * a warning without an unattended fix.
 *
 * Cost: most lines of clean copy hold nothing, so the scans are built to
 * reject them cheaply — character classes from a table, not a regex per
 * character; the scans jump from one sentence stop to the next; first words
 * are walked down a trie of the tables' folded strings as they are read from
 * the text (no folded copy, no string built); a paragraph is folded whole,
 * and its role looked up, only for a candidate that gets past those checks.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {ABBREVIATIONS} from './data/abbreviations.js'
import {FUNCTION_WORDS} from './data/english-words.js'
import {
  AD_LABELS_EN,
  AGENCIES,
  CLAUSE_VERBS,
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
} from './data/stray-fragment.js'
import {SOURCE_FURNITURE} from './data/stray-fragment-sources.js'
import {roles, isTerminated, wordCount, type Role} from './support/blocks.js'
import {getIndex, type DocumentIndex, type ParagraphInfo} from './support/document.js'
import {lineEndOf, lineRange, lineStartOf} from './support/lines.js'
import {report, ruleUrl, severityOf, type RuleMeta, type RuleOptions, type Severity} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'stray-fragment',
  description: 'Orphan fragments and page furniture: "told AFP. land.", "Also read:", "Tweet", credit and copyright lines.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('stray-fragment'),
  examples: {
    ok: [
      'Will the talks succeed? Not so. The envoy left on Monday.',
      'He was asked whether he would resign. No.',
      'The minister was asked to step down. He refused.',
      'Engineers tried a new valve on the pump. It worked.',
      '“Will you stay?” she asked. “Yes.”',
      'The final ended Chelsea 2-1.',
      'The team flew out at 10 a.m. local time.',
      'More information is published on the ministry website.',
      'Russian support for the Syrian army',
      'Source: Office for National Statistics',
      'Shares in the carmaker rose 4% on Monday.',
      'She said the deal was done... and then?',
      'The markets crashed on Monday morning. bitcoin fell.',
      'Photos show the damage to the old town after the storm.',
      'Kick-off 15:00'
    ],
    notOk: [
      {
        text: 'The rebels control most of the city, the director of the monitor told AFP. land.',
        line: 1,
        column: 76,
        actual: 'land.',
        fix: ''
      },
      {text: 'The army withdrew on Sunday.\nAlso read: Rebels seize the airport', line: 2, column: 1, actual: 'Also read: Rebels seize the airport', fix: ''},
      {text: 'Talks resume next week.\nLee también', line: 2, column: 1, actual: 'Lee también', fix: ''},
      {text: 'Talks resume next week.\nFollow us on Twitter and Instagram', line: 2, column: 1, actual: 'Follow us on Twitter and Instagram', fix: ''},
      {text: 'Talks resume next week.\nPhoto: EFE/Juan Pérez', line: 2, column: 1, actual: 'Photo: EFE/Juan Pérez', fix: ''},
      {text: 'Talks resume next week.\n© 2024 Example Agency. All rights reserved.', line: 2, column: 1, actual: '© 2024 Example Agency. All rights reserved.', fix: ''},
      {text: 'Talks resume next week.\nPolice clear the square in the capital 2:15', line: 2, column: 1, actual: 'Police clear the square in the capital 2:15', fix: ''},
      {text: 'The minister opened the new bridge on Sunday. Photo', line: 1, column: 47, actual: 'Photo', fix: ''},
      {text: 'The envoy said the ceasefire was holding. video. The talks resume today.', line: 1, column: 43, actual: 'video.', fix: ''},
      {text: 'Talks resume next week.\nTweet', line: 2, column: 1, actual: 'Tweet', fix: ''},
      {text: 'Talks resume next week.\nLeggi anche Il governo cade dopo il voto', line: 2, column: 1, actual: 'Leggi anche Il governo cade dopo il voto', fix: ''}
    ]
  }
}

// ---------------------------------------------------------------------------
// Text folding: lower case, accents off, one apostrophe, one space — char for
// char, so indices in the folded text are indices in the original.

const foldCache = new Map<string, string>()

function foldChar(c: string): string {
  const code = c.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c
  let f = foldCache.get(c)
  if (f === undefined) {
    if (c === '’' || c === '‘' || c === 'ʼ' || c === '´' || c === '`') f = "'"
    else if (/\s/u.test(c)) f = ' '
    else {
      const d = c.normalize('NFD')[0].toLowerCase()
      f = d.length === 1 ? d : c
    }
    if (foldCache.size < 10_000) foldCache.set(c, f)
  }
  return f
}

/** Char by char (any input, lone surrogates included). */
function foldSlow(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) out += foldChar(s[i])
  return out
}

/** Folded code unit of each code unit (0: not worked out yet). */
const FOLDED = new Uint16Array(65536)

function foldCode(code: number): number {
  let f = FOLDED[code]
  if (f === 0) FOLDED[code] = f = foldChar(String.fromCharCode(code)).charCodeAt(0)
  return f
}

/**
 * The same folding, fast: the native lower-casing for ASCII, and `foldChar`
 * for the other characters where it differs.  ASCII lower-casing needs no
 * context, and without surrogates every character lower-cases to one, so
 * indices line up; anything else takes the slow path.
 */
function fold(s: string): string {
  const lower = s.toLowerCase()
  if (lower.length !== s.length) return foldSlow(s)
  let out = ''
  let last = 0
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    if (code < 128) continue
    if (code >= 0xd800 && code <= 0xdfff) return foldSlow(s)
    const f = foldCode(code)
    if (f === lower.charCodeAt(i)) continue
    out += lower.slice(last, i) + String.fromCharCode(f)
    last = i + 1
  }
  return last === 0 ? lower : out + lower.slice(last)
}

/** Fold a table phrase: same folding, runs of spaces squeezed. */
function foldPhrase(s: string): string {
  return fold(s).trim().replace(/ +/g, ' ')
}

// Character classes of single UTF-16 code units, worked out once per code
// unit with the rule's own regular expressions (so no per-character regex
// test on the hot path).
const CLASS = new Uint8Array(65536)
const C_DONE = 1
const C_SPACE = 2 // /\s/u
const C_WORD = 4 // /[\p{L}\p{N}]/u
const C_LETTER = 8 // /\p{L}/u
const C_LOWER = 16 // /\p{Ll}/u

function classOf(code: number): number {
  let v = CLASS[code]
  if (v === 0) {
    const c = String.fromCharCode(code)
    v =
      C_DONE |
      (/\s/u.test(c) ? C_SPACE : 0) |
      (/[\p{L}\p{N}]/u.test(c) ? C_WORD : 0) |
      (/\p{L}/u.test(c) ? C_LETTER : 0) |
      (/\p{Ll}/u.test(c) ? C_LOWER : 0)
    CLASS[code] = v
  }
  return v
}

/** The character at `i` is in class `c` (false out of range). */
function is(s: string, i: number, c: number): boolean {
  return i >= 0 && i < s.length && (classOf(s.charCodeAt(i)) & c) !== 0
}

/** A letter or digit at `i`. */
const isLetterAt = (s: string, i: number): boolean => is(s, i, C_WORD)
/** White space at `i` (as `/\s/u`). */
const isSpaceAt = (s: string, i: number): boolean => is(s, i, C_SPACE)

/** An ASCII digit at `i` (as `/\d/`). */
function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  return c >= 48 && c <= 57
}

/** `wordCount(s.slice(from, to))`, without the slice; stops counting past `cap`. */
function wordCountRange(s: string, from: number, to: number, cap = Infinity): number {
  let n = 0
  let inWord = false
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    const space = c === 32 || c === 9 || c === 160
    if (!space && !inWord) {
      n++
      if (n > cap) return n
    }
    inWord = !space
  }
  return n
}

// The fold is a map of single code units (fold(text).slice(a, b) ===
// fold(text.slice(a, b))), so the quick checks read folded characters
// straight from the text, and a paragraph is folded whole only when a
// candidate gets past them.

/** The folded code unit at `i` of `text` (-1 out of range). */
function foldedAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return -1
  const c = text.charCodeAt(i)
  return c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c)
}

/** A letter or digit at `i` of the folded text. */
function isFoldedLetter(text: string, i: number): boolean {
  const f = foldedAt(text, i)
  return f >= 0 && (classOf(f) & C_WORD) !== 0
}

/**
 * A paragraph's text, and what is worked out once per paragraph when first
 * needed: its folded form, its stops, where some characters are (so a line
 * of a long Markdown paragraph is not searched past its end).
 */
interface Prose {
  text: string
  folded: string | undefined
  stops: number[] | undefined
  marks: Map<string, number[]> | undefined
  /** Quote state of text[0, at). */
  quotes: {at: number; q: Quotes} | undefined
}

const prose = (text: string): Prose => ({text, folded: undefined, stops: undefined, marks: undefined, quotes: undefined})

/** Positions of the character `c` in the paragraph, in order. */
function marksOf(v: Prose, c: string): number[] {
  v.marks ??= new Map()
  let out = v.marks.get(c)
  if (!out) {
    out = []
    for (let at = v.text.indexOf(c); at !== -1; at = v.text.indexOf(c, at + 1)) out.push(at)
    v.marks.set(c, out)
  }
  return out
}

/** `text.indexOf(c, from)`, from the cached positions. */
function indexIn(v: Prose, c: string, from: number): number {
  const marks = marksOf(v, c)
  const k = lowerBound(marks, from)
  return k < marks.length ? marks[k] : -1
}

/** `text.lastIndexOf(c, to)` (for `to` ≥ 0), from the cached positions. */
function lastIndexIn(v: Prose, c: string, to: number): number {
  const marks = marksOf(v, c)
  const k = lowerBound(marks, to + 1)
  return k > 0 ? marks[k - 1] : -1
}

const foldedOf = (v: Prose): string => (v.folded ??= fold(v.text))

/** Positions of . ! ? … in the paragraph, in order (one scan per paragraph). */
function stopsOf(v: Prose): number[] {
  if (v.stops) return v.stops
  const text = v.text
  const out: number[] = []
  let a = text.indexOf('.')
  let b = text.indexOf('!')
  let c = text.indexOf('?')
  let e = text.indexOf('…')
  for (;;) {
    let m = a
    if (m === -1 || (b !== -1 && b < m)) m = b
    if (m === -1 || (c !== -1 && c < m)) m = c
    if (m === -1 || (e !== -1 && e < m)) m = e
    if (m === -1) break
    out.push(m)
    if (m === a) a = text.indexOf('.', a + 1)
    else if (m === b) b = text.indexOf('!', b + 1)
    else if (m === c) c = text.indexOf('?', c + 1)
    else e = text.indexOf('…', e + 1)
  }
  return (v.stops = out)
}

/** The index of the first position at or after `at` in a sorted list (of stops, of marks). */
function lowerBound(list: number[], at: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid] < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * A trie of folded table strings over UTF-16 code units, with flags per
 * node: the quick checks walk it while they read the text, without building
 * strings.
 */
class Trie {
  private readonly edges = new Map<number, number>()
  readonly flags: number[] = [0]
  readonly labels: Array<{label: Label; key: string} | undefined> = [undefined]

  add(s: string, flag: number): number {
    let node = 0
    for (let i = 0; i < s.length; i++) {
      const key = node * 65536 + s.charCodeAt(i)
      let next = this.edges.get(key)
      if (next === undefined) {
        next = this.flags.length
        this.flags.push(0)
        this.labels.push(undefined)
        this.edges.set(key, next)
      }
      node = next
    }
    this.flags[node] |= flag
    return node
  }

  /** The child of `node` by the code unit `c`, or -1. */
  step(node: number, c: number): number {
    return c < 0 ? -1 : (this.edges.get(node * 65536 + c) ?? -1)
  }
}

// Trie flags (a label key has its label in `Trie.labels`).
/** First word of a label or of a copyright phrase, or "copyright" (tail candidates). */
const T_TAIL_WORD = 2
/** Leading run of letters and digits of a copyright phrase, of an agency; "copyright". */
const T_COPY_LEAD = 4
const T_AGENCY_LEAD = 8
const T_COPYRIGHT = 16
/** First word of a share-bar phrase. */
const T_SHARE_WORD = 32

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
function leadFlags(text: string, i: number, t: Tables): number {
  let node = 0
  while (isFoldedLetter(text, i)) {
    node = t.trie.step(node, foldedAt(text, i++))
    if (node < 0) return 0
  }
  return t.trie.flags[node]
}

/** Whether the folded run of letters and digits ending before `end` closes a copyright phrase. */
function endsCopyrightRun(text: string, end: number, t: Tables): boolean {
  let node = 0
  let i = end
  while (i > 0 && isFoldedLetter(text, i - 1)) {
    node = t.tailTrie.step(node, foldedAt(text, --i))
    if (node < 0) return false
  }
  return t.tailTrie.flags[node] !== 0
}

// ---------------------------------------------------------------------------
// Phrase tables, built once.

type Kind = 'related' | 'cta' | 'share' | 'ad' | 'credit' | 'caption'
/** What may follow the label after a plain space. */
type Plain = 'headline' | 'caps' | 'short' | 'credit' | 'none'
/** What may follow the label after a separator. */
type Sep = 'any' | 'short' | 'creditNames' | 'creditStrict' | 'bar'

interface Label {
  kind: Kind
  plain: Plain
  sep: Sep
  alone: boolean
}

interface Tables {
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
}

let tables: Tables | undefined

function getTables(): Tables {
  if (tables) return tables
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

  tables = {
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
    timeWords: new Set(TIME_WORDS.map(foldPhrase))
  }
  return tables
}

// ---------------------------------------------------------------------------
// Scanning helpers.

interface Tok {
  start: number
  end: number
}

/**
 * The end of the word starting at `i` (of the folded text, read from
 * `text`; a letter or digit at `i`): letters and digits, with inner
 * apostrophes and hyphens ("suivez-nous", "l'article").
 */
function tokenEnd(text: string, i: number, limit: number): number {
  while (i < limit) {
    if (isFoldedLetter(text, i)) i++
    else {
      const f = foldedAt(text, i)
      if ((f === 39 || f === 45) && i + 1 < limit && isFoldedLetter(text, i + 1)) i++
      else break
    }
  }
  return i
}

/** A space or tab in the folded text. */
function isFoldedBlank(text: string, i: number): boolean {
  const f = foldedAt(text, i)
  return f === 32 || f === 9
}

/**
 * Read up to `max` words from `from` (of the folded text, read from `text`),
 * separated by single runs of spaces only.
 */
function wordsFrom(text: string, from: number, limit: number, max: number): Tok[] {
  const out: Tok[] = []
  let i = from
  while (out.length < max && i < limit) {
    if (!isFoldedLetter(text, i)) break
    const start = i
    i = tokenEnd(text, i, limit)
    out.push({start, end: i})
    let j = i
    while (j < limit && isFoldedBlank(text, j)) j++
    if (j === i) break
    i = j
  }
  return out
}

interface LabelMatch {
  label: Label
  key: string
  start: number
  end: number
}

/**
 * The longest table label starting at `from`: the words of `wordsFrom`
 * (folded text, read from `text`), walked down the trie while they still
 * begin some label.
 */
function matchLabel(text: string, from: number, limit: number, t: Tables): LabelMatch | undefined {
  const trie = t.trie
  let best: LabelMatch | undefined
  let node = 0
  let i = from
  for (let n = 0; n < t.maxWords; n++) {
    if (i >= limit || !isFoldedLetter(text, i)) break
    const end = tokenEnd(text, i, limit)
    if (n > 0) node = trie.step(node, 32)
    for (let k = i; k < end && node >= 0; k++) node = trie.step(node, foldedAt(text, k))
    if (node < 0) break
    const entry = trie.labels[node]
    if (entry) best = {label: entry.label, key: entry.key, start: from, end}
    let j = end
    while (j < limit && isFoldedBlank(text, j)) j++
    if (j === end) break
    i = j
  }
  return best
}

/** Leading bullets, arrows and brackets a furniture line may start with. */
const LEAD = new Set([' ', '\t', '»', '>', '›', '►', '▶', '•', '·', '*', '-', '–', '—', '|', '[', '(', '■', '▪', '→', '+'])

function skipLead(text: string, from: number, limit: number): number {
  let i = from
  let n = 0
  while (i < limit && LEAD.has(text[i]) && n < 8) {
    i++
    n++
  }
  return i
}

const SEPARATORS = new Set([':', '：', '|', '>', '»', '›', '/', '…', '–', '—', '-'])

interface Rest {
  type: 'alone' | 'sep' | 'plain' | 'other'
  /** Start of the tail after the separator or space. */
  tail: number
}

function restOf(text: string, at: number, limit: number): Rest {
  let i = at
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++
  if (i >= limit) return {type: 'alone', tail: limit}
  const spaced = i > at
  const c = text[i]
  if (SEPARATORS.has(c) || c === '.') {
    // A hyphen or dash separates only with a space before it ("Related - …").
    if ((c === '-' || c === '–' || c === '—') && !spaced) return {type: 'other', tail: i}
    let j = i
    while (j < limit && (SEPARATORS.has(text[j]) || text[j] === '.' || text[j] === ' ' || text[j] === '\t')) j++
    const only = text.slice(j, limit).trim()
    if (only === '' || /^[)\]»!.…*•]*$/u.test(only)) return {type: 'alone', tail: limit}
    if (c === '.' && text[i + 1] !== '.') return {type: 'other', tail: j}
    return {type: 'sep', tail: j}
  }
  if (/^[)\]»!*•]+\s*$/u.test(text.slice(i, limit))) return {type: 'alone', tail: limit}
  if (!spaced) return {type: 'other', tail: i}
  return {type: 'plain', tail: i}
}

function startsWithAny(folded: string, from: number, phrases: string[]): string | undefined {
  for (const p of phrases) {
    if (folded.startsWith(p, from) && !isLetterAt(folded, from + p.length)) return p
  }
  return undefined
}

/**
 * A credit tail: an agency, a credit word ("File", "Archivo"), a slash credit
 * ("EFE/Juan Pérez"), or (mode 'names') a short run of capitalised names.
 * Mode 'agency' (after "Source:") takes agencies only, so that a data source
 * ("Source: Internet Watch Foundation") is left alone.
 */
function isCreditTail(text: string, folded: string, from: number, limit: number, mode: 'names' | 'credit' | 'agency', t: Tables): boolean {
  let end = limit
  while (end > from && /[\s.)\]]/u.test(text[end - 1])) end--
  if (end <= from) return false
  const tail = text.slice(from, end)
  if (wordCount(tail) > 8) return false
  const credit = (s: number): boolean => {
    if (startsWithAny(folded, s, t.agencies)) return true
    if (mode === 'agency') return false
    for (const w of t.creditWords) if (folded.startsWith(w, s) && !isLetterAt(folded, s + w.length)) return true
    return false
  }
  if (credit(from)) return true
  // "Juan Pérez/EFE", "Reprodução/Instagram": a slash credit naming an agency or a credit word.
  if (tail.includes('/')) {
    let at = from
    for (const piece of tail.split('/')) {
      let s = at
      while (s < end && folded[s] === ' ') s++
      if (credit(s)) return true
      at += piece.length + 1
    }
  }
  if (mode !== 'names') return false
  const words = tail.split(/[\s/|,;]+/u).filter(Boolean)
  if (words.length === 0) return false
  return /^[\p{Lu}]/u.test(tail) && words.every((w) => /^[\p{Lu}\p{N}@©(]/u.test(w) || t.connectors.has(fold(w)))
}

/** Separators between share-bar words: space | / · • , : - – — (folded code units). */
const isShareSeparator = (f: number): boolean =>
  f === 32 || f === 124 || f === 47 || f === 0xb7 || f === 0x2022 || f === 44 || f === 58 || f === 45 || f === 0x2013 || f === 0x2014

/**
 * Whether the first word `isShareBar` reads begins some share-bar phrase: if
 * not, the bar cannot match (a quick pre-check, without building the words).
 */
function shareBarStarts(text: string, from: number, limit: number, t: Tables): boolean {
  let i = from
  while (i < limit && isShareSeparator(foldedAt(text, i))) i++
  if (i >= limit) return false
  const s = i
  while (i < limit) {
    const f = foldedAt(text, i)
    // "e-mail": no break after a lone "e".
    if (isShareSeparator(f) && !(f === 45 && i - s === 1 && foldedAt(text, s) === 101)) break
    i++
    if (i - s > 30) return false
  }
  let node = 0
  for (let k = s; k < i && node >= 0; k++) node = t.trie.step(node, foldedAt(text, k))
  return node >= 0 && (t.trie.flags[node] & T_SHARE_WORD) !== 0
}

/** Only share-bar words ("Share Facebook Twitter Email"), with at least one action or two platforms. */
function isShareBar(folded: string, from: number, limit: number, t: Tables): boolean {
  const words: string[] = []
  let cur = ''
  for (let i = from; i < limit; i++) {
    const c = folded[i]
    if (c === ' ' || c === '|' || c === '/' || c === '·' || c === '•' || c === ',' || c === ':' || c === '-' || c === '–' || c === '—') {
      if (c === '-' && cur === 'e') {
        cur = 'e-' // "e-mail"
        continue
      }
      if (cur) words.push(cur)
      cur = ''
    } else {
      cur += c
      if (cur.length > 30) return false
    }
    if (words.length > 16) return false
  }
  if (cur) words.push(cur)
  if (words.length === 0) return false
  let actions = 0
  let platforms = 0
  let i = 0
  while (i < words.length) {
    let matched = 0
    for (let k = Math.min(t.shareMaxWords, words.length - i); k >= 1; k--) {
      const kind = t.share.get(words.slice(i, i + k).join(' '))
      if (kind) {
        if (kind === 'action') actions++
        else platforms++
        matched = k
        break
      }
    }
    if (matched === 0) return false
    i += matched
  }
  return actions >= 1 || platforms >= 2
}

// ---------------------------------------------------------------------------
// Furniture judgement for a span of text (a whole line, or the tail of a
// paragraph after its last full sentence).

interface Verdict {
  reason: string
}

const KIND_NAME: Record<Kind, string> = {
  related: 'related-link label',
  cta: 'call to action',
  share: 'share bar',
  ad: 'ad slot',
  credit: 'credit or caption label',
  caption: 'caption label'
}

/**
 * Whether the span from `from` (a whole line, or a paragraph tail) is page
 * furniture.  The quick checks read the text; the folded paragraph is built
 * only for a candidate that gets past them.
 */
function furniture(text: string, v: Prose, from: number, limit: number, whole: boolean, t: Tables): Verdict | undefined {
  const start = whole ? skipLead(text, from, limit) : from
  if (start >= limit) return undefined
  const copy = copyrightAt(text, v, start, limit, whole, t)
  if (copy) return copy
  const m = matchLabel(text, start, limit, t)
  if (m) {
    const verdict = judgeLabel(text, foldedOf(v), m, limit, whole, t)
    if (verdict) return verdict
  }
  if (shareBarStarts(text, start, limit, t) && isShareBar(foldedOf(v), start, limit, t) && wordCount(text.slice(start, limit)) <= 12) {
    return {reason: 'Share bar left in the copy: delete it'}
  }
  if (whole) {
    if (isSlashCredit(text, v, start, limit, t)) return {reason: 'Photo credit left in the copy: delete it'}
  }
  return undefined
}

function judgeLabel(text: string, folded: string, m: LabelMatch, limit: number, whole: boolean, t: Tables): Verdict | undefined {
  const {label} = m
  const rest = restOf(text, m.end, limit)
  const name = KIND_NAME[label.kind]
  const shown = text.slice(m.start, m.end)
  const words = wordCount(text.slice(m.start, limit))
  switch (rest.type) {
    case 'alone':
      if (!label.alone) return undefined
      // In a paragraph tail, only unmistakable labels: not "Related." or "Share."
      if (!whole && (label.kind === 'related' || label.kind === 'share') && label.plain !== 'headline') return undefined
      return {reason: `Page furniture (${name} “${shown}”) left in the copy: delete it`}
    case 'sep': {
      const ok = sepOk(text, folded, label, rest.tail, limit, words, whole, t)
      return ok ? {reason: `Page furniture (${name} “${shown}”) left in the copy: delete it`} : undefined
    }
    case 'plain': {
      const ok = plainOk(text, folded, m, label, rest.tail, limit, words, whole, t)
      return ok ? {reason: `Page furniture (${name} “${shown}”) left in the copy: delete it`} : undefined
    }
    default:
      return undefined
  }
}

function sepOk(text: string, folded: string, label: Label, tail: number, limit: number, words: number, whole: boolean, t: Tables): boolean {
  switch (label.sep) {
    case 'any':
      if (label.kind === 'credit' || label.kind === 'caption') return whole ? words <= 40 : words <= 14
      return whole ? words <= 40 : words <= 20
    case 'short':
      return words <= 16
    case 'creditNames':
      return isCreditTail(text, folded, tail, limit, 'names', t)
    case 'creditStrict':
      return isCreditTail(text, folded, tail, limit, 'agency', t)
    case 'bar':
      return isShareBar(folded, tail, limit, t)
  }
}

function plainOk(
  text: string,
  folded: string,
  m: LabelMatch,
  label: Label,
  tail: number,
  limit: number,
  words: number,
  whole: boolean,
  t: Tables
): boolean {
  const first = text[tail]
  switch (label.plain) {
    case 'headline':
      // "Also read Rebels take the airport": a capitalised headline (no final full stop) follows.
      return whole && words <= 30 && /[\p{Lu}\p{N}"“‘'«]/u.test(first) && !/[.;,]\s*$/u.test(text.slice(tail, limit))
    case 'caps': {
      // "MORE INFORMATION Rebels take the airport": an all-capitals label before a headline.
      const shown = text.slice(m.start, m.end)
      if (!whole || !/\p{L}/u.test(shown) || shown !== shown.toUpperCase()) return false
      const next = text.slice(tail, Math.min(limit, tail + 3))
      return /^\p{Lu}\p{Ll}/u.test(next) && words <= 30
    }
    case 'short':
      return words <= 16
    case 'credit': {
      // "Photo EFE", "Photo by Jane Roe/Getty Images", "Foto di Mario Rossi".
      const by = wordsFrom(text, tail, limit, 2)
      if (by.length > 0) {
        const w1 = folded.slice(by[0].start, by[0].end)
        const two = by.length > 1 ? w1 + ' ' + folded.slice(by[1].start, by[1].end) : ''
        const after = t.creditBy.has(two) ? by[1].end : t.creditBy.has(w1) ? by[0].end : -1
        if (after >= 0) {
          let s = after
          while (s < limit && text[s] === ' ') s++
          return s < limit && isCreditTail(text, folded, s, limit, 'names', t)
        }
      }
      return wordCount(text.slice(tail, limit)) <= 6 && isCreditTail(text, folded, tail, limit, 'credit', t)
    }
    default:
      return false
  }
}

/** "EFE/Juan Pérez", "REUTERS/Susana Vera": a credit line with a slash. */
function isSlashCredit(text: string, v: Prose, from: number, limit: number, t: Tables): boolean {
  // It opens with an agency (the check below); first its leading word, quickly.
  if ((leadFlags(text, from, t) & T_AGENCY_LEAD) === 0) return false
  const folded = foldedOf(v)
  const span = text.slice(from, limit).trim()
  if (!span.includes('/') || wordCount(span) > 6 || /[.!?]$/u.test(span)) return false
  const agency = startsWithAny(folded, from, t.agencies)
  if (!agency) return false
  let i = from + agency.length
  while (i < limit && text[i] === ' ') i++
  if (text[i] !== '/') return false
  return isCreditTail(text, folded, from, limit, 'credit', t)
}

/**
 * Copyright notices: "© 2024 …", "Copyright 2024 …", "All rights reserved", "Todos los derechos reservados".
 * None in a line of more than 40 words; the word count is taken only when a
 * notice is in view.
 */
function copyrightAt(text: string, v: Prose, from: number, limit: number, whole: boolean, t: Tables): Verdict | undefined {
  let counted = -1
  // Capped: only compared with 40 or less.
  const words = (): number => (counted < 0 ? (counted = wordCountRange(text, from, limit, 41)) : counted)
  const c = text[from]
  // "(c) 2024 …", not a list item "(c) the third option".
  if (c === '©' || (foldedAt(text, from) === 40 && /^\(c\) ?[12]\d{3}\b/u.test(fold(text.slice(from, from + 10))))) {
    return words() > 40 ? undefined : {reason: 'Copyright line left in the copy: delete it'}
  }
  // The leading word ("copyright" followed by no letter or digit, or a phrase's first word).
  const lead = leadFlags(text, from, t)
  if (lead & T_COPYRIGHT) {
    const after = text.slice(from + 9, from + 20).trimStart()
    if (/^(?:©|\([cC]\)|[12]\d{3}\b|:)/u.test(after)) return words() > 40 ? undefined : {reason: 'Copyright line left in the copy: delete it'}
  }
  if (lead & T_COPY_LEAD) {
    const phrase = startsWithAny(foldedOf(v), from, t.copyright)
    if (phrase && words() <= 30) return {reason: `Copyright notice (“${text.slice(from, from + phrase.length)}”) left in the copy: delete it`}
  }
  if (whole) {
    // "Example Agency, all rights reserved."
    let end = limit
    while (end > from && (text[end - 1] === '.' || isSpaceAt(text, end - 1))) end--
    if (!endsCopyrightRun(text, end, t) || words() > 15) return undefined
    const folded = foldedOf(v)
    for (const p of t.copyright) {
      const at = end - p.length
      if (at > from && folded.startsWith(p, at) && !isLetterAt(folded, at - 1) && isNameRun(text.slice(from, at), t)) {
        return {reason: `Copyright notice (“${text.slice(at, end)}”) left in the copy: delete it`}
      }
    }
  }
  return undefined
}

/** Only names, years and connectors ("Example Press Agency,", "© 2024 EFE."): the holder of a notice. */
function isNameRun(span: string, t: Tables): boolean {
  const words = span.split(/[\s,.;:|/-]+/u).filter(Boolean)
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}©(]/u.test(w) || t.connectors.has(fold(w)))
}

/** A video caption that ends in a duration: "… in the capital 2:15". */
function isDurationCaption(text: string, v: Prose, from: number, limit: number, t: Tables): boolean {
  let end = limit
  while (end > from && isSpaceAt(text, end - 1)) end--
  if (text[end - 1] === ')') end--
  // m:ss
  if (end - from < 8) return false
  if (!isDigitAt(text, end - 1) || !isDigitAt(text, end - 2) || text[end - 3] !== ':') return false
  if (!/[0-5]/.test(text[end - 2])) return false
  let s = end - 4
  if (!/\d/.test(text[s] ?? '')) return false
  if (/\d/.test(text[s - 1] ?? '')) s--
  const before = text[s - 1]
  if (before === undefined || /[\d:.,]/u.test(before) || s - 1 < from) return false
  // The text before: at least three words, not a sentence, not a time expression.
  let p = s - 1
  while (p > from && /[\s(|\-–—]/u.test(text[p])) p--
  const head = text.slice(from, p + 1)
  if (wordCount(head) < 3 || /[.!?:;,]["”’)]?$/u.test(head)) return false
  const last = /([\p{L}.'-]+)$/u.exec(foldedOf(v).slice(Math.max(from, p - 20), p + 1))
  if (last && t.timeWords.has(last[1].replace(/\.$/, ''))) return false
  return true
}

// ---------------------------------------------------------------------------
// Orphan fragments.

/** The word before a full stop is an abbreviation or an initial ("a.m.", "U.S.", "etc.", "J."). */
function isAbbreviationBefore(text: string, dot: number): boolean {
  const m = /(?:\p{L}\.)*\p{L}+$/u.exec(text.slice(Math.max(0, dot - 16), dot))
  if (!m) return false
  const word = m[0]
  if (ABBREVIATIONS.has(word)) return true
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true
  if (word.length === 1) return true
  return false
}

/**
 * Quote state while scanning a paragraph.  MT often closes “ with » or the
 * reverse, so curly quotes and guillemets count as one kind (German „ is
 * closed by “); straight quotes go by parity.
 */
interface Quotes {
  depth: number
  low: boolean
  straight: number
}

function stepQuote(q: Quotes, c: string): void {
  if (c === '«' || c === '‹' || c === '„') {
    q.depth++
    q.low = c === '„'
  } else if (c === '“') {
    if (q.low && q.depth > 0) q.depth--
    else q.depth++
    q.low = false
  } else if (c === '”' || c === '»' || c === '›') q.depth = Math.max(0, q.depth - 1)
  else if (c === '"') q.straight++
}

/** The characters `stepQuote` counts: " « » ‹ › „ “ ”. */
function isQuoteCode(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2039 || c === 0x203a
}

const inQuote = (q: Quotes): boolean => q.depth > 0 || q.straight % 2 === 1

/**
 * Whether `at` lies inside a quotation of the paragraph text: the quote
 * state of text[0, at), carried on from the last question (asked in order,
 * line after line) instead of counted again from the start.
 */
function insideQuote(v: Prose, at: number): boolean {
  if (!v.quotes || v.quotes.at > at) v.quotes = {at: 0, q: {depth: 0, low: false, straight: 0}}
  const {q} = v.quotes
  const text = v.text
  for (let i = v.quotes.at; i < at; i++) if (isQuoteCode(text.charCodeAt(i))) stepQuote(q, text[i])
  v.quotes.at = at
  return inQuote(q)
}

interface Orphan {
  start: number
  end: number
  /** Where the deletion starts (the space after the full stop). */
  cut: number
  furniture: boolean
}

/** Closing quotes and brackets that may follow a full stop: ” » " ’ ' ) ] ›. */
function isCloserCode(c: number): boolean {
  return c === 0x201d || c === 0xbb || c === 0x22 || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x203a
}

const FRAGMENT_WORD = /^[\p{L}][\p{L}\p{M}'’-]*/u

interface Fragment {
  end: number
  words: string[]
  /** Runs to the end of the line. */
  final: boolean
}

/**
 * A one- or two-word fragment at `from` ("land.", "video", "Photo") that ends
 * the line, or ends in a full stop before a capitalised sentence.
 */
function fragmentAt(text: string, from: number, limit: number): Fragment | undefined {
  const words: string[] = []
  let i = from
  for (let k = 0; k < 2; k++) {
    const m = FRAGMENT_WORD.exec(text.slice(i, Math.min(limit, i + 40)))
    if (!m) return undefined
    words.push(m[0])
    i += m[0].length
    if (k === 0 && text[i] === ' ' && i + 1 < limit && is(text, i + 1, C_LETTER)) {
      i++
      continue
    }
    break
  }
  const stop = text[i] === '.' && text[i + 1] !== '.'
  const end = stop ? i + 1 : i
  let j = end
  while (j < limit && isSpaceAt(text, j)) j++
  if (j >= limit) return {end, words, final: true}
  // Mid-paragraph: "… told AFP. land. The United States …"
  if (stop && j > end && /[\p{Lu}"“‘«]/u.test(text[j])) return {end, words, final: false}
  return undefined
}

function isStrayWord(words: string[], t: Tables): boolean {
  for (const w of words) if (w !== w.toLowerCase() || /[’']/.test(w)) return false
  const first = fold(words[0])
  if (first.length < 2) return false
  if (t.notStarters.has(first)) return false
  // Past forms and adverbs make a capitalisation slip ("… left. returned."), not a leftover.
  if (first.length > 4 && (first.endsWith('ed') || first.endsWith('ly'))) return false
  // A subject and its verb make a clause ("bitcoin fell."), not a leftover.
  if (words.length === 2) {
    const second = fold(words[1])
    if (t.notStarters.has(second) || t.clauseVerbs.has(second)) return false
    if (second.length > 4 && second.endsWith('ed')) return false
  }
  return true
}

/**
 * Orphan one- or two-word sentences after a full sentence: at the end of the
 * line in any case if they are caption/player words, in lower case anywhere.
 */
function orphansIn(v: Prose, from: number, limit: number, t: Tables): Orphan[] {
  const text = v.text
  const out: Orphan[] = []
  let end = limit
  while (end > from && isSpaceAt(text, end - 1)) end--
  // Quote state, kept while scanning (no rescans on hostile input): it covers
  // text[from, quoted) but the fragments skipped after a finding, and is
  // brought up to date only when a candidate needs it.
  const q: Quotes = {depth: 0, low: false, straight: 0}
  let quoted = from
  // Start of the current sentence.
  let sentenceStart = from
  // Sentence ends before this were inside a finding.
  let resume = from
  // A sentence end: . ! ? maybe followed by up to three closing quotes or
  // brackets ("… conflict.” land."), then white space at i + 1.  The scan
  // jumps from one . ! ? to the next.
  const stops = stopsOf(v)
  for (let n = lowerBound(stops, from); n < stops.length; n++) {
    const dot = stops[n]
    if (text.charCodeAt(dot) === 0x2026) continue
    let i = dot
    while (i - dot <= 3 && isCloserCode(text.charCodeAt(i + 1))) i++
    if (i >= end - 1) break
    if (i - dot > 3 || i < resume || !isSpaceAt(text, i + 1)) continue
    const start = sentenceStart
    sentenceStart = i + 1
    if (text.charCodeAt(dot) !== 46 || text.charCodeAt(dot - 1) === 46) continue
    let fragStart = i + 1
    while (fragStart < end && fragStart - i <= 2 && (text[fragStart] === ' ' || text[fragStart] === '\u00a0')) fragStart++
    if (!is(text, fragStart, C_LETTER)) continue
    const lowerStart = is(text, fragStart, C_LOWER)
    // A capitalised fragment counts only at the end of the line, and a
    // fragment (two words of at most 40 characters and a full stop) is short.
    if (!lowerStart && end - fragStart > 82) continue
    const frag = fragmentAt(text, fragStart, end)
    if (!frag) continue
    const key = fold(frag.words.join(' '))
    const furnitureWord = frag.final && t.fragments.has(key)
    if (!furnitureWord && !(lowerStart && isStrayWord(frag.words, t))) continue
    const before = text[dot - 1]
    if (before === undefined || !/[\p{L}\p{N})\]”»"’]/u.test(before)) continue
    if (isAbbreviationBefore(text, dot)) continue
    // The sentence before: at least four words, with some lower case.
    const sentence = text.slice(start, dot)
    if (wordCount(sentence.trim()) < 4 || !/\p{Ll}{2}/u.test(sentence)) continue
    for (; quoted <= i; quoted++) if (isQuoteCode(text.charCodeAt(quoted))) stepQuote(q, text[quoted])
    if (inQuote(q)) continue
    out.push({start: fragStart, end: frag.end, cut: i + 1, furniture: furnitureWord})
    resume = frag.end
    quoted = frag.end
    sentenceStart = frag.end
  }
  return out
}

/**
 * Whether a line starting at `from` may be an orphan line (its first
 * character in lower case; a surrogate pair may be one too).
 */
function mayStartOrphanLine(text: string, from: number): boolean {
  const c = text.charCodeAt(from)
  return is(text, from, C_LOWER) || (c >= 0xd800 && c <= 0xdbff)
}

/** A line that is only a lower-case fragment: "land." between two paragraphs. */
function isOrphanLine(text: string, from: number, limit: number, t: Tables): boolean {
  const span = text.slice(from, limit)
  const m = /^([\p{Ll}][\p{L}\p{M}'’-]*)(?: ([\p{Ll}][\p{L}\p{M}'’-]*))?(\.?)$/u.exec(span)
  if (!m) return false
  const words = m[2] ? [m[1], m[2]] : [m[1]]
  if (t.fragments.has(fold(words.join(' ')))) return true
  return m[3] === '.' && isStrayWord(words, t)
}

// ---------------------------------------------------------------------------
// The rule.

type Part = (u: Unit, start: number, end: number, cut: number, reason: string, fixEnd?: number) => void

interface Unit {
  p: ParagraphInfo
  /** Trimmed span in the paragraph text. */
  start: number
  end: number
  /** One of several lines of its paragraph (role 'body'); else the paragraph's role. */
  lines: boolean
}

/** Lines of the document: one per paragraph in wire copy, split on line breaks otherwise. */
function unitsOf(index: DocumentIndex): Unit[] {
  const units: Unit[] = []
  for (const p of index.paragraphs) {
    const text = p.text
    let s = 0
    let e = lineEndOf(text, 0)
    const lines = e < text.length
    while (s <= text.length) {
      e = lines ? lineEndOf(text, s) : text.length
      let a = s
      let b = e
      while (a < b && isSpaceAt(text, a)) a++
      while (b > a && isSpaceAt(text, b - 1)) b--
      if (b > a) units.push({p, start: a, end: b, lines})
      if (e >= text.length) break
      s = e + 1
    }
  }
  return units
}

export default function strayFragment(options: RuleOptions = {}) {
  const severity = severityOf(meta, options)
  const softer: Severity = severity === 'error' ? 'warn' : severity

  return (tree: Root, file: VFile): void => {
    const index = getIndex(tree, file)
    const units = unitsOf(index)
    if (units.length === 0) return
    const t = getTables()
    let paragraphRoles: Role[] | undefined
    const roleOf = (u: Unit): Role => (u.lines ? 'body' : (paragraphRoles ??= roles(index))[u.p.index])

    const whole = (u: Unit, reason: string, level: Severity = severity, safe = true): void => {
      const [start, end] = index.range(u.p, u.start, u.end)
      const del = lineDeletion(index, u, start, end)
      report(file, index, meta, level, {start, end, reason, expected: [''], fixRange: del.range, safe: safe && del.safe})
    }
    const part: Part = (u, start, end, cut, reason, fixEnd = end) => {
      const [s, e] = index.range(u.p, start, end)
      const [cs, ce] = index.range(u.p, cut, fixEnd)
      // Markup inside the deleted span (Markdown, HTML): no unattended fix.
      const clean = index.value.slice(cs, ce) === u.p.text.slice(cut, fixEnd)
      report(file, index, meta, severity, {start: s, end: e, reason, expected: [''], fixRange: [cs, ce], safe: clean})
    }

    // The paragraph's text, folded when a check needs it.
    let proseOf: ParagraphInfo | undefined
    let para: Prose = prose('')
    for (let k = 0; k < units.length; k++) {
      const u = units[k]
      const text = u.p.text
      if (proseOf !== u.p) {
        proseOf = u.p
        para = prose(text)
      }
      const prev = k > 0 ? units[k - 1] : undefined
      const next = k + 1 < units.length ? units[k + 1] : undefined

      // 1. The whole line is furniture.
      const v = furniture(text, para, u.start, u.end, true, t)
      if (v) {
        whole(u, v.reason)
        const m = matchLabel(text, skipLead(text, u.start, u.end), u.end, t)
        if (
          m &&
          m.label.kind === 'related' &&
          restOf(text, m.end, u.end).type === 'alone' &&
          next &&
          isHeadlineLine(next) &&
          !furniture(next.p.text, prose(next.p.text), next.start, next.end, true, t)
        ) {
          whole(next, `Headline of a related link after “${text.slice(m.start, m.end)}”: delete it with the label`, softer, false)
          k++
        }
        continue
      }
      // (The role is looked up only when a finding depends on it: most lines have none.)
      if (isDurationCaption(text, para, u.start, u.end, t) && roleOf(u) !== 'list') {
        whole(u, 'Video caption with its duration left in the copy: delete it')
        continue
      }
      if (
        prev !== undefined &&
        mayStartOrphanLine(text, u.start) &&
        isTerminated(prev.p.text.slice(prev.start, prev.end)) &&
        (next === undefined || !/^\p{Ll}/u.test(next.p.text[next.start])) &&
        isOrphanLine(text, u.start, u.end, t)
      ) {
        whole(u, `Orphan fragment “${text.slice(u.start, u.end)}” between paragraphs: delete it`)
        continue
      }

      // Steps 2 to 5 are worked out first and reported in order, unless the
      // line is a dateline or byline (no step), or a list item (no orphans).
      // 2. Credits in brackets: "(Photo: AFP)".
      const brackets = bracketCredits(u, text, para, t)
      // 3. Furniture after the last full sentence: "… on Sunday. Photo: EFE/Juan Pérez".
      const tail = tailFurniture(text, para, u.start, u.end, t)
      // 4. A copyright credit at the end of a caption: "The minister in Kyiv © Example Agency".
      const copy = tail ? undefined : trailingCopyright(para, u.start, u.end)
      // 5. An orphan one- or two-word sentence at the end: "… told AFP. land."
      const orphans = tail || copy ? undefined : orphansIn(para, u.start, u.end, t)
      if (brackets === undefined && !tail && !copy && (orphans === undefined || orphans.length === 0)) continue
      const role = roleOf(u)
      if (role === 'dateline' || role === 'byline') continue

      if (brackets) for (const b of brackets) part(u, b.start, b.end, b.cut, b.reason, b.fixEnd)
      if (tail) {
        part(u, tail.start, u.end, tail.cut, tail.reason)
        continue
      }
      if (copy) {
        part(u, copy.start, u.end, copy.cut, `Copyright credit “${text.slice(copy.start, u.end)}” left in the copy: delete it`)
        continue
      }
      if (role === 'list' || !orphans) continue
      for (const o of orphans) {
        const shown = text.slice(o.start, o.end)
        part(
          u,
          o.start,
          o.end,
          o.cut,
          o.furniture
            ? `Stray “${shown}” after the last sentence (left from a caption, player or link): delete it`
            : `Orphan fragment “${shown}” after a full sentence (left from a stripped link or caption): delete it`
        )
      }
    }
  }
}

/** "… in Kyiv © Example Agency", "… in Kyiv (© Example)": a short copyright credit ending the line. */
function trailingCopyright(v: Prose, from: number, limit: number): {start: number; cut: number} | undefined {
  const text = v.text
  const at = lastIndexIn(v, '©', limit - 1)
  if (at <= from) return undefined
  let start = at
  if (text[at - 1] === '(') start = at - 1
  if (start <= from || !isSpaceAt(text, start - 1)) return undefined
  const rest = text.slice(at + 1, limit)
  if (wordCount(rest) > 6 || /[.!?]\s+\p{Lu}/u.test(rest)) return undefined
  if (start === at - 1 && !/\)\s*$/u.test(rest)) return undefined
  let cut = start
  while (cut > from && isSpaceAt(text, cut - 1)) cut--
  return {start, cut}
}

/** A line that reads as a headline: no final full stop, capitalised, not too long. */
function isHeadlineLine(u: Unit): boolean {
  const text = u.p.text.slice(u.start, u.end)
  if (isTerminated(text)) return false
  const n = wordCount(text)
  return n >= 2 && n <= 20 && /^[\p{Lu}\p{N}"“‘'«]/u.test(text)
}

/**
 * Whether the first word at `s` (folded, as `wordsFrom` reads it) is the
 * first word of a label or of a copyright phrase, or "copyright".
 */
function opensWithTailWord(text: string, s: number, limit: number, t: Tables): boolean {
  if (!isFoldedLetter(text, s)) return false
  const end = tokenEnd(text, s, limit)
  let node = 0
  for (let k = s; k < end && node >= 0; k++) node = t.trie.step(node, foldedAt(text, k))
  return node >= 0 && (t.trie.flags[node] & T_TAIL_WORD) !== 0
}

/** Closing quotes and brackets skipped before a tail's full stop: " ” ’ ) ] ». */
function isTailCloserCode(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0xbb
}

/** Furniture after a full sentence, running to the end of the line. */
function tailFurniture(
  text: string,
  v: Prose,
  from: number,
  limit: number,
  t: Tables
): {start: number; cut: number; reason: string} | undefined {
  // Candidate starts: after ". ", "! ", "? " (and closing quotes/brackets), not after an abbreviation.
  // Tail furniture is short: look at the last 600 characters only.
  const lower = limit - from > 600 ? limit - 600 : from
  // Candidates: white space at i (lower < i < limit - 1) right after . ! ? …
  // and any closing quotes or brackets.  The scan jumps from one such stop
  // to the next, from the start of the closers before `lower + 1`.
  let k = lower
  while (k > from && isTailCloserCode(text.charCodeAt(k))) k--
  const stops = stopsOf(v)
  for (let n = lowerBound(stops, k); n < stops.length; n++) {
    const j = stops[n]
    let i = j + 1
    while (i < limit && isTailCloserCode(text.charCodeAt(i))) i++
    if (i >= limit - 1) break
    if (i <= lower || !isSpaceAt(text, i)) continue
    let s = i
    while (s < limit && isSpaceAt(text, s)) s++
    if (s >= limit) break
    // Quick check: the tail must open with a label word, "©", "(c)" or "copyright".
    const ch = text[s]
    if (ch !== '©' && !opensWithTailWord(text, s, limit, t) && !(foldedAt(text, s) === 40 && foldedAt(text, s + 1) === 99 && foldedAt(text, s + 2) === 41)) {
      continue
    }
    // (Pure checks, the cheap ones first: a candidate after an abbreviation
    // or inside a quotation is dropped all the same.)
    const verdict = furniture(text, v, s, limit, false, t)
    if (!verdict || (text[j] === '.' && j === i - 1 && isAbbreviationBefore(text, j)) || insideQuote(v, s)) continue
    return {start: s, cut: i, reason: verdict.reason}
  }
  return undefined
}

const BRACKET_CREDIT = new Set(['photo', 'photos', 'picture', 'pictures', 'image', 'images', 'video', 'foto', 'fotos', 'credit', 'photo credit', 'image credit', 'picture credit', 'imagen', 'immagine', 'imagem', 'bild', 'credito', 'credito foto', 'credit photo', 'file photo', 'archive photo', 'foto de archivo', 'photograph', 'photography', 'fotografia'])

interface BracketCredit {
  start: number
  end: number
  cut: number
  reason: string
  fixEnd: number
}

/** "(Photo: AFP)", "(Picture: Example Images)", "(Foto: ANSA)": credits in brackets (undefined if none). */
function bracketCredits(u: Unit, text: string, v: Prose, t: Tables): BracketCredit[] | undefined {
  let out: BracketCredit[] | undefined
  let at = indexIn(v, '(', u.start)
  while (at !== -1 && at < u.end) {
    const close = indexIn(v, ')', at)
    if (close === -1 || close >= u.end + 1) return out
    if (close - at <= 80) {
      const m = matchLabel(text, at + 1, close, t)
      if (m && BRACKET_CREDIT.has(m.key)) {
        const rest = restOf(text, m.end, close)
        const ok =
          (rest.type === 'sep' && wordCount(text.slice(rest.tail, close)) <= 8) ||
          (rest.type === 'plain' && plainOk(text, foldedOf(v), m, m.label, rest.tail, close, 0, false, t))
        if (ok) {
          // Delete the spaces before the bracket too; at the start of the line, the ones after it.
          let cut = at
          while (cut > u.start && (text[cut - 1] === ' ' || text[cut - 1] === '\t')) cut--
          let fixEnd = close + 1
          if (cut === u.start) {
            cut = at
            while (fixEnd < u.end && (text[fixEnd] === ' ' || text[fixEnd] === '\t')) fixEnd++
          }
          ;(out ??= []).push({start: at, end: close + 1, cut, reason: `Photo credit “${text.slice(at, close + 1)}” left in the copy: delete it`, fixEnd})
        }
      }
    }
    at = indexIn(v, '(', close + 1)
  }
  return out
}

/**
 * What deleting a furniture line removes: the whole line with its line
 * ending; for Markdown or HTML, the whole source lines of the paragraph
 * (markup included) when no other paragraph shares them.  Otherwise the
 * prose span only, and only when no markup lies inside it (else no
 * unattended fix).
 */
function lineDeletion(index: DocumentIndex, u: Unit, start: number, end: number): {range: [number, number]; safe: boolean} {
  const value = index.value
  const range = lineRange(value, start, end)
  if (range[0] !== start || range[1] !== end) return {range, safe: true}
  const plain = value.slice(start, end) === u.p.text.slice(u.start, u.end)
  const wholeParagraph = u.p.text.trim().length === u.end - u.start
  if (wholeParagraph) {
    const ls = lineStartOf(value, start)
    const le = lineEndOf(value, end)
    const before = index.paragraphs[u.p.index - 1]
    const after = index.paragraphs[u.p.index + 1]
    if ((before === undefined || before.end <= ls) && (after === undefined || after.start >= le)) {
      const lines = lineRange(value, ls, le)
      if (lines[0] !== ls || lines[1] !== le) return {range: lines, safe: true}
    }
  }
  return {range: [start, end], safe: plain}
}

