/**
 * The LanguageTool-compatible side of `wirelint serve`: `POST /v2/check`
 * (also `GET`) and `GET /v2/languages`, speaking the request parameters and
 * the response shape of LanguageTool's HTTP API v2, so editor plug-ins,
 * browser extensions and CMS integrations written for a LanguageTool server
 * can point at wirelint unchanged.
 *
 * Supported request parameters: `text` or `data` (annotated text: `text`
 * parts are checked, `markup` parts are not prose — they are replaced by
 * their `interpretAs`, or by nothing — and every offset points into the
 * original `data` document), `language` (English variants or `auto`),
 * `enabledRules`, `disabledRules`, `enabledCategories`, `disabledCategories`,
 * `enabledOnly`, `level` (`picky` adds information-level findings).  Any other
 * parameter (`username`, `apiKey`, `motherTongue`, `preferredVariants`,
 * `dicts`, `mode`, …) is accepted and ignored.
 *
 * Offsets and lengths are UTF-16 code units, as LanguageTool's (Java
 * strings) are, which is also what JavaScript string indices count.
 *
 * This module is pure (no I/O): the server hands it parameters and a check
 * function's messages.
 */
import type {Fix} from '../../plugins/support/rule.js'
import type {UserConfig, ResolvedConfig} from '../core/config.js'
import {RULES} from '../core/rules.js'

// ------------------------------------------------------------ rule ids and categories

export interface LtCategory {
  id: string
  name: string
}

interface RuleInfo {
  category: LtCategory
  /** LanguageTool issue type (the Localization Quality Issue Type names LanguageTool uses). */
  issueType: string
  /** Short label (LanguageTool's `shortMessage`). */
  short: string
}

const TYPOS: LtCategory = {id: 'TYPOS', name: 'Possible Typo'}
const TYPOGRAPHY: LtCategory = {id: 'TYPOGRAPHY', name: 'Typography'}
const PUNCTUATION: LtCategory = {id: 'PUNCTUATION', name: 'Punctuation'}
const STYLE: LtCategory = {id: 'STYLE', name: 'Style'}
const MISC: LtCategory = {id: 'MISC', name: 'Miscellaneous'}

/** Category, issue type and short label of each wirelint rule, as a LanguageTool client sees it. */
export const RULE_INFO: Readonly<Record<string, RuleInfo>> = {
  encoding: {category: TYPOGRAPHY, issueType: 'characters', short: 'Broken characters'},
  markup: {category: MISC, issueType: 'formatting', short: 'Leaked markup'},
  'merged-words': {category: TYPOS, issueType: 'misspelling', short: 'Words run together'},
  spelling: {category: TYPOS, issueType: 'misspelling', short: 'Spelling'},
  'name-variants': {category: TYPOS, issueType: 'inconsistency', short: 'Name spelt two ways'},
  'repeated-words': {category: MISC, issueType: 'duplication', short: 'Repeated word'},
  'terminal-punctuation': {category: PUNCTUATION, issueType: 'omission', short: 'Unfinished paragraph'},
  'punctuation-spacing': {category: TYPOGRAPHY, issueType: 'whitespace', short: 'Punctuation spacing'},
  quotes: {category: TYPOGRAPHY, issueType: 'typographical', short: 'Quote marks'},
  hashtags: {category: MISC, issueType: 'addition', short: 'Hashtag line'},
  'stray-fragment': {category: MISC, issueType: 'addition', short: 'Stray fragment'},
  acronym: {category: MISC, issueType: 'mistranslation', short: 'Foreign acronym'},
  'number-format': {category: TYPOGRAPHY, issueType: 'locale-violation', short: 'Number format'},
  untranslated: {category: MISC, issueType: 'untranslated', short: 'Untranslated'},
  calque: {category: STYLE, issueType: 'style', short: 'Translationese'},
  'house-style': {category: STYLE, issueType: 'style', short: 'House style'},
  'pronoun-gender': {category: MISC, issueType: 'mistranslation', short: 'Pronoun for a woman'},
  'false-friend': {category: MISC, issueType: 'mistranslation', short: 'False friend'},
  article: {category: MISC, issueType: 'grammar', short: 'Article'},
  capitalization: {category: TYPOGRAPHY, issueType: 'typographical', short: 'Capital mid-sentence'}
}

const OTHER: RuleInfo = {category: MISC, issueType: 'uncategorized', short: ''}

export function ruleInfo(id: string | null | undefined): RuleInfo {
  return (id && Object.prototype.hasOwnProperty.call(RULE_INFO, id) ? RULE_INFO[id] : undefined) ?? OTHER
}

/** wirelint rule id → LanguageTool-style id: `merged-words` → `MERGED_WORDS`. */
export function ltRuleId(id: string): string {
  return id.toUpperCase().replace(/-/g, '_')
}

/**
 * LanguageTool's own ids for the same checks, so a client's remembered
 * `disabledRules` (e.g. spelling switched off) keeps its meaning.
 */
export const LT_ALIASES: Readonly<Record<string, string>> = {
  MORFOLOGIK_RULE_EN_US: 'spelling',
  MORFOLOGIK_RULE_EN_GB: 'spelling',
  MORFOLOGIK_RULE_EN_AU: 'spelling',
  MORFOLOGIK_RULE_EN_CA: 'spelling',
  MORFOLOGIK_RULE_EN_NZ: 'spelling',
  MORFOLOGIK_RULE_EN_ZA: 'spelling',
  HUNSPELL_RULE: 'spelling',
  ENGLISH_WORD_REPEAT_RULE: 'repeated-words',
  WHITESPACE_RULE: 'punctuation-spacing',
  COMMA_PARENTHESIS_WHITESPACE: 'punctuation-spacing',
  EN_QUOTES: 'quotes',
  PUNCTUATION_PARAGRAPH_END: 'terminal-punctuation'
}

const RULE_BY_LT_ID: ReadonlyMap<string, string> = new Map(RULES.map((r) => [ltRuleId(r.meta.id), r.meta.id]))

/** A rule id as a client may send it (`MERGED_WORDS`, `merged-words`, a LanguageTool alias) → wirelint id. */
export function ruleFromLtId(raw: string): string | undefined {
  const upper = raw.trim().toUpperCase().replace(/-/g, '_')
  if (!upper) return undefined
  return RULE_BY_LT_ID.get(upper) ?? (Object.prototype.hasOwnProperty.call(LT_ALIASES, upper) ? LT_ALIASES[upper] : undefined)
}

// ------------------------------------------------------------ languages

/** The English variants wirelint answers for (`auto` is taken as English). */
export const LT_LANGUAGES: ReadonlyArray<{name: string; code: string; longCode: string}> = [
  {name: 'English', code: 'en', longCode: 'en'},
  {name: 'English (US)', code: 'en', longCode: 'en-US'},
  {name: 'English (GB)', code: 'en', longCode: 'en-GB'},
  {name: 'English (Australian)', code: 'en', longCode: 'en-AU'},
  {name: 'English (Canadian)', code: 'en', longCode: 'en-CA'},
  {name: 'English (New Zealand)', code: 'en', longCode: 'en-NZ'},
  {name: 'English (South African)', code: 'en', longCode: 'en-ZA'}
]

/** `language` → the variant we answer with, or undefined when it is not English. */
export function ltLanguage(raw: string): {name: string; code: string} | undefined {
  const wanted = raw.trim().toLowerCase().replace(/_/g, '-')
  if (wanted === 'auto') return {name: 'English (US)', code: 'en-US'}
  for (const l of LT_LANGUAGES) if (l.longCode.toLowerCase() === wanted) return {name: l.name, code: l.longCode}
  return undefined
}

// ------------------------------------------------------------ annotated text (`data`)

/** A piece of the original document and where it sits in the checked text. */
interface Segment {
  /** Span in the checked text. */
  checkedStart: number
  checkedEnd: number
  /** Span in the original document (text and markup concatenated). */
  originalStart: number
  originalEnd: number
  markup: boolean
}

/** The text to check and the map from its offsets back to the original document. */
export interface Annotated {
  /** What is checked: text parts, and markup as its `interpretAs` (or nothing). */
  text: string
  /** The original document (every part's text or markup, in order). */
  original: string
  segments: Segment[]
}

export class LtError extends Error {
  constructor(
    message: string,
    readonly status = 400
  ) {
    super(message)
    this.name = 'LtError'
  }
}

/** Parse the `data` parameter: `{"annotation": [{"text": …} | {"markup": …, "interpretAs"?: …}]}`. */
export function parseData(raw: string): Annotated {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    throw new LtError(`Could not parse JSON from 'data' parameter: ${(error as Error).message}`)
  }
  const annotation = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as {annotation?: unknown}).annotation : undefined
  if (!Array.isArray(annotation)) throw new LtError("'data' must be a JSON object with an 'annotation' array")
  const segments: Segment[] = []
  const text: string[] = []
  const original: string[] = []
  let checked = 0
  let at = 0
  annotation.forEach((part: unknown, i) => {
    if (typeof part !== 'object' || part === null || Array.isArray(part)) throw new LtError(`'data' annotation ${i} must be an object`)
    const p = part as {text?: unknown; markup?: unknown; interpretAs?: unknown}
    if (typeof p.text === 'string' && p.markup === undefined) {
      segments.push({checkedStart: checked, checkedEnd: checked + p.text.length, originalStart: at, originalEnd: at + p.text.length, markup: false})
      text.push(p.text)
      original.push(p.text)
      checked += p.text.length
      at += p.text.length
      return
    }
    if (typeof p.markup === 'string' && p.text === undefined) {
      if (p.interpretAs !== undefined && typeof p.interpretAs !== 'string') throw new LtError(`'data' annotation ${i}: 'interpretAs' must be a string`)
      const as = (p.interpretAs as string | undefined) ?? ''
      segments.push({checkedStart: checked, checkedEnd: checked + as.length, originalStart: at, originalEnd: at + p.markup.length, markup: true})
      text.push(as)
      original.push(p.markup)
      checked += as.length
      at += p.markup.length
      return
    }
    throw new LtError(`'data' annotation ${i} needs either 'text' or 'markup' (a string)`)
  })
  return {text: text.join(''), original: original.join(''), segments}
}

/** Plain `text`: the identity map. */
export function plainText(text: string): Annotated {
  return {text, original: text, segments: [{checkedStart: 0, checkedEnd: text.length, originalStart: 0, originalEnd: text.length, markup: false}]}
}

/**
 * Map a span of the checked text to the original document.  A start inside
 * a markup's stand-in moves to the markup's start, an end to its end; at a
 * boundary the start goes with the part that begins there and the end with
 * the part that ends there, so a finding never swallows neighbouring markup
 * it does not touch.  Binary search: O(log parts) per span.
 */
export function mapSpan(doc: Annotated, start: number, end: number): {start: number; end: number; crossesMarkup: boolean} {
  const segs = doc.segments
  if (segs.length === 0) return {start: 0, end: 0, crossesMarkup: false}
  // First segment with checkedEnd > start (non-empty), for the start.
  let lo = 0
  let hi = segs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (segs[mid].checkedEnd > start) hi = mid
    else lo = mid + 1
  }
  let si = lo
  while (si < segs.length && segs[si].checkedEnd === segs[si].checkedStart) si++
  let s: number
  if (si >= segs.length) {
    si = segs.length - 1
    s = segs[si].originalEnd
  } else {
    const seg = segs[si]
    s = seg.markup ? seg.originalStart : seg.originalStart + Math.max(0, start - seg.checkedStart)
  }
  // Last segment with checkedStart < end, for the end.
  lo = 0
  hi = segs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (segs[mid].checkedStart < end) lo = mid + 1
    else hi = mid
  }
  let ei = lo - 1
  while (ei >= 0 && segs[ei].checkedEnd === segs[ei].checkedStart) ei--
  let e: number
  if (ei < 0) {
    e = s
  } else {
    const seg = segs[ei]
    e = seg.markup ? seg.originalEnd : seg.originalStart + Math.min(seg.checkedEnd - seg.checkedStart, end - seg.checkedStart)
  }
  if (e < s) e = s
  // Markup inside the mapped span (a replacement there would overwrite it).
  let crossesMarkup = false
  for (let i = Math.min(si, Math.max(ei, 0)); i <= Math.max(si, ei) && i < segs.length; i++) {
    const seg = segs[i]
    if (seg.markup && seg.originalEnd > seg.originalStart && seg.originalStart < e && seg.originalEnd > s) crossesMarkup = true
  }
  return {start: s, end: e, crossesMarkup}
}

// ------------------------------------------------------------ request → configuration

export interface LtRequest {
  doc: Annotated
  language: {name: string; code: string}
  /** Per-rule levels to apply over the server's configuration (only rules whose level changes). */
  rules: Record<string, 'off' | 'info' | 'warning' | 'error'>
  /** Include information-level findings. */
  picky: boolean
  /** Rules the client named in enabledRules (their information-level findings are kept). */
  enabled: Set<string>
}

const list = (v: string | undefined): string[] => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)
const truthy = (v: string | undefined): boolean => v !== undefined && /^(true|1|yes|on)$/i.test(v.trim())

/**
 * Read LanguageTool parameters.  `base` is the server's configuration (the
 * levels it gives each rule).  Throws `LtError` with a LanguageTool-style
 * message for a bad request.
 */
export function parseLtRequest(params: Record<string, string | undefined>, base: ResolvedConfig): LtRequest {
  const text = params.text
  const data = params.data
  if (text === undefined && data === undefined) throw new LtError("Missing 'text' or 'data' parameter")
  if (text !== undefined && data !== undefined) throw new LtError("Set only 'text' or 'data', not both")
  if (params.language === undefined || params.language.trim() === '') throw new LtError("Missing 'language' parameter, e.g. 'language=en-US'")
  const language = ltLanguage(params.language)
  if (!language) {
    throw new LtError(
      `'${params.language.slice(0, 40)}' is not a language code wirelint supports: it checks English copy only (${LT_LANGUAGES.map((l) => l.longCode).join(', ')} or auto)`
    )
  }
  const doc = data !== undefined ? parseData(data) : plainText(text as string)

  const enabledRules = new Set(list(params.enabledRules).map(ruleFromLtId).filter((x): x is string => x !== undefined))
  const disabledRules = new Set(list(params.disabledRules).map(ruleFromLtId).filter((x): x is string => x !== undefined))
  const enabledCategories = new Set(list(params.enabledCategories).map((c) => c.toUpperCase()))
  const disabledCategories = new Set(list(params.disabledCategories).map((c) => c.toUpperCase()))
  const enabledOnly = truthy(params.enabledOnly)
  if (enabledOnly && list(params.enabledRules).length === 0 && enabledCategories.size === 0) {
    throw new LtError("You need to specify 'enabledRules' or 'enabledCategories' when 'enabledOnly' is true")
  }
  const rules: LtRequest['rules'] = {}
  for (const {meta} of RULES) {
    const id = meta.id
    const current = base.rules[id]?.level ?? meta.severity
    const category = ruleInfo(id).category.id
    let level = current
    const named = enabledRules.has(id) || enabledCategories.has(category)
    if (enabledOnly && !named) level = 'off'
    if (named && level === 'off') level = meta.severity
    if (disabledRules.has(id) || disabledCategories.has(category)) level = 'off'
    if (level !== current) rules[id] = level
  }
  return {doc, language, rules, picky: (params.level ?? '').trim().toLowerCase() === 'picky', enabled: enabledRules}
}

/** The request's rule levels over the server's configuration, as a user configuration. */
export function ltUserConfig(base: ResolvedConfig, rules: LtRequest['rules']): UserConfig {
  const out: NonNullable<UserConfig['rules']> = {}
  for (const [id, setting] of Object.entries(base.rules)) {
    const level = Object.prototype.hasOwnProperty.call(rules, id) ? rules[id] : setting.level
    out[id] = [level, {...setting.options}]
  }
  return {rules: out, words: [...base.words]}
}

// ------------------------------------------------------------ response

/** The message fields the mapping reads (a JSON report message). */
export interface MessageLike {
  ruleId: string | null
  reason: string
  fatal: boolean | null
  place: {start: {offset: number}; end: {offset: number}} | null
  expected: string[] | null
  url: string | null
  fix?: Fix
}

export interface LtMatch {
  message: string
  shortMessage: string
  replacements: Array<{value: string}>
  offset: number
  length: number
  context: {text: string; offset: number; length: number}
  sentence: string
  type: {typeName: string}
  rule: {id: string; description: string; issueType: string; urls?: Array<{value: string}>; category: LtCategory}
  ignoreForIncompleteSentence: boolean
  contextForSureMatch: number
}

export interface LtResponse {
  software: {name: string; version: string; buildDate: string; apiVersion: number; premium: boolean; status: string}
  warnings: {incompleteResults: boolean}
  language: {name: string; code: string; detectedLanguage: {name: string; code: string; confidence: number}}
  matches: LtMatch[]
}

const CONTEXT = 40
const SENTENCE_LIMIT = 400

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]/g, ' ')
}

function contextOf(text: string, start: number, end: number): LtMatch['context'] {
  const left = Math.max(0, start - CONTEXT)
  const right = Math.min(text.length, end + CONTEXT)
  const before = left > 0 ? '...' : ''
  const after = right < text.length ? '...' : ''
  return {text: before + oneLine(text.slice(left, right)) + after, offset: before.length + start - left, length: end - start}
}

const isStop = (c: string): boolean => c === '.' || c === '!' || c === '?'
const isBreak = (c: string): boolean => c === '\n' || c === '\r'

/** The sentence around a span: from the last stop or line break before it to the next after it (bounded). */
function sentenceOf(text: string, start: number, end: number): string {
  let s = start
  const minS = Math.max(0, start - SENTENCE_LIMIT)
  while (s > minS) {
    const c = text[s - 1]
    if (isBreak(c)) break
    if (/\s/.test(c) && s >= 2 && isStop(text[s - 2])) break
    s--
  }
  let e = Math.max(end, s)
  const maxE = Math.min(text.length, end + SENTENCE_LIMIT)
  while (e < maxE) {
    const c = text[e]
    if (isBreak(c)) break
    e++
    if (isStop(c) && (e >= text.length || /\s/.test(text[e]))) break
  }
  return oneLine(text.slice(s, e)).trim()
}

const descriptions: ReadonlyMap<string, string> = new Map(RULES.map((r) => [r.meta.id, r.meta.description]))

/**
 * Turn wirelint messages (offsets into `doc.text`) into LanguageTool matches
 * (offsets into `doc.original`).  Information-level findings are kept only
 * when `picky` or when the client enabled their rule by name.
 */
export function toLtMatches(doc: Annotated, messages: readonly MessageLike[], request: Pick<LtRequest, 'picky' | 'enabled'>): LtMatch[] {
  const out: LtMatch[] = []
  for (const m of messages) {
    const info = m.fatal !== true && m.fatal !== false
    if (info && !request.picky && !(m.ruleId && request.enabled.has(m.ruleId))) continue
    const flagStart = m.place?.start.offset ?? 0
    const flagEnd = Math.max(flagStart, m.place?.end.offset ?? flagStart)
    let start = Math.max(0, flagStart)
    let end = Math.max(start, flagEnd)
    let replacements: string[]
    if (m.fix) {
      // A fix may replace more than the flagged span (a whole line): cover both
      // so that applying the replacement to [offset, offset+length) is exact.
      start = Math.min(start, m.fix.start)
      end = Math.max(end, m.fix.end)
      replacements = [doc.text.slice(start, m.fix.start) + m.fix.text + doc.text.slice(m.fix.end, end)]
    } else {
      replacements = m.expected ?? []
    }
    let mapped = mapSpan(doc, start, end)
    if (mapped.crossesMarkup && (start !== flagStart || end !== flagEnd)) {
      // The fix would overwrite markup (a line break given as markup, say):
      // point at the flagged characters only, and offer no replacement.
      mapped = {...mapSpan(doc, flagStart, flagEnd), crossesMarkup: true}
      start = flagStart
      end = flagEnd
    }
    const id = m.ruleId ?? 'wirelint'
    const info2 = ruleInfo(m.ruleId)
    const rule: LtMatch['rule'] = {
      id: ltRuleId(id),
      description: descriptions.get(id) ?? m.reason,
      issueType: info2.issueType,
      category: info2.category
    }
    if (m.url) rule.urls = [{value: m.url}]
    out.push({
      message: m.reason,
      shortMessage: info2.short,
      // A replacement that would overwrite markup is not offered.
      replacements: mapped.crossesMarkup ? [] : replacements.map((value) => ({value})),
      offset: mapped.start,
      length: mapped.end - mapped.start,
      context: contextOf(doc.text, start, end),
      sentence: sentenceOf(doc.text, start, end),
      type: {typeName: id === 'spelling' ? 'UnknownWord' : 'Other'},
      rule,
      ignoreForIncompleteSentence: false,
      contextForSureMatch: 0
    })
  }
  return out
}

/** The response; `incomplete` when the matches were cut at the service's limit of findings per check. */
export function ltResponse(language: {name: string; code: string}, matches: LtMatch[], version: string, incomplete = false): LtResponse {
  return {
    software: {name: 'wirelint', version, buildDate: '', apiVersion: 1, premium: false, status: ''},
    warnings: {incompleteResults: incomplete},
    language: {name: language.name, code: language.code, detectedLanguage: {name: language.name, code: language.code, confidence: 1}},
    matches
  }
}
