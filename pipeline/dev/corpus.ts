/**
 * Text for benchmarks and robustness tests: generated wire copy (our own
 * sentences, deterministic) and hostile inputs.
 */

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Our own vocabulary for generated wire copy.
const SUBJECTS = ['The government', 'The opposition', 'Rebel groups', 'The central bank', 'Local officials', 'The prime minister', 'Aid agencies', 'The army', 'Union leaders', 'Investors', 'The health ministry', 'Residents', 'The mayor of Lisbon', 'Police in Madrid', 'The coalition', 'Farmers in the north']
const VERBS = ['said on Monday that', 'warned on Tuesday that', 'announced that', 'told reporters that', 'confirmed that', 'denied reports that', 'argued that', 'insisted that']
const CLAUSES = ['talks would resume next week', 'prices had risen by 3.5% in a year', 'the deal was close to collapse', 'more than 1,200 people had been evacuated', 'the new law would take effect in March', 'fighting had spread to two more provinces', 'exports fell sharply in the third quarter', 'the vote would go ahead as planned', 'the bridge would reopen after repairs', 'schools would stay closed until Friday', 'the budget deficit would narrow to 2.1 per cent', 'a ceasefire was holding in the south']
const TAILS = ['according to a statement', 'citing people familiar with the matter', 'after a meeting in the capital', 'despite protests outside parliament', 'in a televised address', 'in an interview with a local radio station']
const QUOTES = ['“We are doing everything we can,” a spokeswoman said.', '“This is a difficult moment for the country,” he told reporters.', '“Nobody expected it to happen so fast,” said one resident.', '“The figures speak for themselves,” the minister added.']
const HEADLINES = ['Talks resume as deadline nears', 'Floods force thousands from their homes', 'Central bank holds rates steady', 'Strike closes ports for second day', 'Rebels advance on northern city', 'Budget deal reached after long night']

export function generateArticle(random: () => number, targetWords = 600): string {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
  const lines = [pick(HEADLINES)]
  let words = lines[0].split(/\s+/).length
  while (words < targetWords) {
    const sentences: string[] = []
    const count = 2 + Math.floor(random() * 3)
    for (let i = 0; i < count; i++) {
      sentences.push(random() < 0.2 ? pick(QUOTES) : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAUSES)}, ${pick(TAILS)}.`)
    }
    const paragraph = sentences.join(' ')
    lines.push(paragraph)
    words += paragraph.split(/\s+/).length
  }
  return lines.join('\n') + '\n'
}



export function hostileInputs(): Array<[string, string]> {
  const sentence = 'The minister said the talks would resume on Monday. '
  return [
    ['1 MB single line', sentence.repeat(Math.ceil(1_000_000 / sentence.length))],
    ['5,000-character token', 'a'.repeat(5000) + ' and ' + 'Bb'.repeat(2500) + '.\n'],
    ['100,000 hashtags', Array.from({length: 100_000}, (_, i) => `#tag${i % 97}`).join(' ') + '\n'],
    ['10,000 nested quotes', '“'.repeat(5000) + 'word' + '”'.repeat(5000) + '\n'],
    ['10,000 unbalanced quotes', '“ « „ '.repeat(2500) + '\n'],
    ['100,000 punctuation marks', '.,;:!?'.repeat(16_667) + '\n'],
    ['100,000 digits', '1'.repeat(100_000) + ' people\n'],
    ['50,000 spaced stops', ' .'.repeat(50_000) + '\n'],
    ['10,000 short lines', 'Word\n'.repeat(10_000)],
    ['200,000 < characters', '<'.repeat(200_000) + '\n'],
    ['10,000 "1:" (URL-like run)', '1:'.repeat(10_000) + '\n'],
    ['10,000 "a.b" (domain-like run)', 'a.b'.repeat(10_000) + '\n'],
    ['5,000 "x (Photo: "', 'x (Photo: '.repeat(5_000) + '\n'],
    ['deep Markdown-like nesting', '> '.repeat(5_000) + 'text\n']
  ]
}

/**
 * Markdown shapes that were quadratic in the parser or the bridge (issue 11
 * #12), checked as `.md` by the bench: each ends with findings or one clear
 * per-file error (pipeline/markdown-chunks.ts).
 */
export function hostileMarkdownInputs(): Array<[string, string]> {
  const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length))
  return [
    ['20 KB of setext headings', fill('a\n=\n', 20_000)],
    ['lists nested 10,000 deep', '* '.repeat(10_000) + 'a\n'],
    ['200 KB of short paragraphs', fill('Hi.\n\n', 200_000)],
    ['200 KB of one-letter paragraphs', fill('a\n\n', 200_000)],
    ['200 KB tight list', fill('- a\n', 200_000)],
    ['200 KB block quote', fill('> a\n', 200_000)],
    ['200 KB one paragraph of lines', fill('a\n', 200_000)],
    ['setext headings in a quote', fill('> a\n> =\n', 20_000)]
  ]
}


// ---------------------------------------------------------------------------
// The labelled development set of real pages (JSONL): reading and scoring.
// Used by `npm run eval` (pipeline/eval.ts); pure functions, no checker here.
// ---------------------------------------------------------------------------

/** One labelled artifact of an excerpt. */
export interface DevLabel {
  /** A wirelint rule id, or `other:<kind>` for an artifact no rule covers. */
  rule: string
  /** The exact characters of the artifact. */
  text: string
  fix?: string
  note?: string
  /** 0-based occurrence of `text` in the excerpt (default 0). */
  at?: number
  /** The labeller was not certain: counted neither way in recall. */
  unsure?: boolean
}

/** One excerpt of the development set (one JSONL line). */
export interface DevExcerpt {
  id: string
  outlet?: string
  url?: string
  source_language?: string
  text: string
  expect: DevLabel[]
  /** Correct English that looks dangerous: a finding on it is a false alarm. */
  ok?: string[]
  /** Every artifact is labelled: any error or warning outside the labels is a false alarm. */
  complete?: boolean
}

/** Read a JSONL file of excerpts; throws with file:line on a malformed line. */
export function parseDevJsonl(content: string, name = 'input'): DevExcerpt[] {
  const out: DevExcerpt[] = []
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new Error(`${name}:${i + 1}: not JSON (${(error as Error).message})`)
    }
    const o = value as Partial<DevExcerpt>
    if (!o || typeof o !== 'object' || typeof o.text !== 'string' || !Array.isArray(o.expect)) {
      throw new Error(`${name}:${i + 1}: an excerpt needs "text" (string) and "expect" (array)`)
    }
    for (const label of o.expect) {
      if (!label || typeof label.rule !== 'string' || typeof label.text !== 'string') {
        throw new Error(`${name}:${i + 1}: every "expect" item needs "rule" and "text" (strings)`)
      }
    }
    out.push({...o, id: typeof o.id === 'string' ? o.id : `${name}:${i + 1}`} as DevExcerpt)
  })
  return out
}

/** Half-open span of code points in an excerpt's text. */
export interface CpSpan {
  start: number
  end: number
}

export type FindingSeverity = 'error' | 'warning' | 'info'

/** A checker message reduced to what scoring needs. */
export interface DevFinding extends CpSpan {
  ruleId: string
  severity: FindingSeverity
  reason: string
  /** False when the message has no place in the text (it can overlap nothing). */
  placed: boolean
}

/** Maps UTF-16 offsets of a string to code-point offsets. */
export function codePointIndex(text: string): (utf16: number) => number {
  const map = new Uint32Array(text.length + 1)
  let cp = 0
  for (let i = 0; i < text.length; i++) {
    map[i] = cp
    const c = text.charCodeAt(i)
    // The low half of a surrogate pair maps to the same code point as its high half.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[++i] = cp
      }
    }
    cp++
  }
  map[text.length] = cp
  return (utf16) => map[Math.max(0, Math.min(text.length, utf16))]
}

/** 0-based UTF-16 offsets of every occurrence of `needle` (overlapping ones too). */
function indexesOf(text: string, needle: string): number[] {
  const out: number[] = []
  if (!needle) return out
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i)
  return out
}

/**
 * The span of a label: the `at`-th (0-based) occurrence of its text, in code
 * points; undefined when the text does not occur that often.
 */
export function labelSpan(text: string, label: Pick<DevLabel, 'text' | 'at'>, cp = codePointIndex(text)): CpSpan | undefined {
  const at = label.at ?? 0
  const index = indexesOf(text, label.text)[at]
  if (index === undefined) return undefined
  return {start: cp(index), end: cp(index + label.text.length)}
}

const WORD = /[\p{L}\p{N}]/u

/**
 * Every occurrence of an `ok` string as a whole string: not preceded by a
 * letter, digit, # or @ when it starts with a letter or digit, not followed by
 * a letter or digit when it ends with one ("Mou" is not in "Mourinho").
 */
export function okSpans(text: string, ok: string, cp = codePointIndex(text)): CpSpan[] {
  const chars = [...ok]
  if (chars.length === 0) return []
  const checkBefore = WORD.test(chars[0])
  const checkAfter = WORD.test(chars[chars.length - 1])
  const out: CpSpan[] = []
  for (const i of indexesOf(text, ok)) {
    const before = i > 0 ? text[i - 1] : ''
    const afterChar = String.fromCodePoint(text.codePointAt(i + ok.length) ?? 32)
    if (checkBefore && (WORD.test(before) || before === '#' || before === '@')) continue
    if (checkAfter && WORD.test(afterChar)) continue
    out.push({start: cp(i), end: cp(i + ok.length)})
  }
  return out
}

interface MessageLike {
  ruleId?: string | null | undefined
  fatal?: boolean | null | undefined
  reason: string
  line?: number | null | undefined
  column?: number | null | undefined
  place?: {line: number; column: number; offset?: number} | {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}} | null | undefined
}

export function severityOf(m: {fatal?: boolean | null | undefined}): FindingSeverity {
  return m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'
}

/**
 * Checker messages as code-point spans of `text` (the checked value).  A
 * message on a point gets one character; a message with no place gets an
 * empty, unplaced span.
 */
export function findingsOf(text: string, messages: readonly MessageLike[], cp = codePointIndex(text)): DevFinding[] {
  const lineStarts = [0]
  for (const m of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(m.index + m[0].length)
  const offsetOf = (p: {line: number; column: number; offset?: number}): number =>
    typeof p.offset === 'number' ? p.offset : (lineStarts[p.line - 1] ?? text.length) + p.column - 1
  return messages.map((m) => {
    const base = {ruleId: m.ruleId ?? '?', severity: severityOf(m), reason: m.reason}
    const place = m.place
    let start: number
    let end: number
    if (place && 'start' in place) {
      start = cp(offsetOf(place.start))
      end = cp(offsetOf(place.end))
    } else if (place) {
      start = cp(offsetOf(place))
      end = start
    } else if (typeof m.line === 'number') {
      start = cp(offsetOf({line: m.line, column: m.column ?? 1}))
      end = start
    } else {
      return {...base, start: 0, end: 0, placed: false}
    }
    return {...base, start, end: Math.max(end, start + 1), placed: true}
  })
}

export const spansOverlap = (a: CpSpan, b: CpSpan): boolean => a.start < b.end && b.start < a.end

/** Translationese labels: `calque` and `other:*`; found by any message. */
export const isTranslationese = (rule: string): boolean => rule === 'calque' || rule.startsWith('other:')

export interface ScoredLabel {
  label: DevLabel
  /** Undefined when the text does not occur (`at`-th time) in the excerpt. */
  span: CpSpan | undefined
  /** 'surface': right rule required; 'translationese': any message. */
  kind: 'surface' | 'translationese' | 'unknown'
  found: boolean
  /** Whether it counts in recall (not unsure, rule not switched off, span located). */
  counted: boolean
}

export interface OkHit {
  ok: string
  span: CpSpan
  finding: DevFinding
}

export interface ExcerptScore {
  excerpt: DevExcerpt
  findings: DevFinding[]
  labels: ScoredLabel[]
  /** Errors and warnings on a complete excerpt with whether each overlaps some label (unsure included). */
  alarms: Array<{finding: DevFinding; overlapping: boolean}>
  /** Info findings on a complete excerpt, likewise. */
  infos: Array<{finding: DevFinding; overlapping: boolean}>
  /** Findings on `ok` strings that find no label they overlap. */
  okHits: OkHit[]
  /** Labels whose text was not found (data errors). */
  unlocated: DevLabel[]
}

export interface ScoreOptions {
  /** Wirelint rule ids (surface labels are those whose rule is one of these, calque aside). */
  ruleIds: ReadonlySet<string>
  /** When set, surface labels of other rules are left out (`--rules`). */
  only?: ReadonlySet<string>
}

/**
 * Score one excerpt against its findings, per the development set's README:
 * a surface label is found by a message of its rule overlapping its span, a
 * translationese label (`calque`, `other:*`) by any message overlapping it;
 * `unsure` labels are left out of recall but count as labels for precision.
 * A finding on an `ok` string is a hit unless it finds a label it overlaps.
 */
export function scoreExcerpt(excerpt: DevExcerpt, findings: DevFinding[], options: ScoreOptions): ExcerptScore {
  const cp = codePointIndex(excerpt.text)
  const unlocated: DevLabel[] = []
  const labels: ScoredLabel[] = excerpt.expect.map((label) => {
    const span = labelSpan(excerpt.text, label, cp)
    if (!span) unlocated.push(label)
    const kind: ScoredLabel['kind'] = isTranslationese(label.rule) ? 'translationese' : options.ruleIds.has(label.rule) ? 'surface' : 'unknown'
    const counted = Boolean(span) && !label.unsure && kind !== 'unknown' && !(kind === 'surface' && options.only && !options.only.has(label.rule))
    const found = Boolean(span) && findings.some((f) => f.placed && finds(f, label, span!, kind))
    return {label, span, kind, found, counted}
  })
  const located = labels.filter((l) => l.span)
  const overlapping = (f: DevFinding): boolean => f.placed && located.some((l) => spansOverlap(f, l.span!))
  const alarms: ExcerptScore['alarms'] = []
  const infos: ExcerptScore['infos'] = []
  if (excerpt.complete) {
    for (const finding of findings) {
      ;(finding.severity === 'info' ? infos : alarms).push({finding, overlapping: overlapping(finding)})
    }
  }
  const okHits: OkHit[] = []
  for (const ok of excerpt.ok ?? []) {
    for (const span of okSpans(excerpt.text, ok, cp)) {
      for (const finding of findings) {
        if (!finding.placed || !spansOverlap(finding, span)) continue
        if (located.some((l) => spansOverlap(finding, l.span!) && finds(finding, l.label, l.span!, l.kind))) continue
        okHits.push({ok, span, finding})
      }
    }
  }
  return {excerpt, findings, labels, alarms, infos, okHits, unlocated}
}

function finds(f: DevFinding, label: DevLabel, span: CpSpan, kind: ScoredLabel['kind']): boolean {
  if (!spansOverlap(f, span)) return false
  return kind === 'translationese' || f.ruleId === label.rule
}

export interface Tally {
  found: number
  total: number
}

export interface PrecisionTally {
  /** Findings on complete excerpts. */
  findings: number
  /** Of which overlap some label. */
  overlapping: number
}

export interface DevSummary {
  excerpts: number
  complete: number
  words: number
  labels: {scored: number; unsure: number; unlocated: number; unknownRule: number}
  /** Surface labels per rule (right rule required). */
  surface: Record<string, Tally>
  surfaceTotal: Tally
  /** `calque` labels found by the calque rule itself (right rule), for reference. */
  calqueRightRule: Tally
  /** Translationese labels per kind (`calque`, `other:false-friend`, …), found by any message. */
  translationese: Record<string, Tally>
  translationeseTotal: Tally
  /** Errors + warnings on complete excerpts. */
  alarms: PrecisionTally
  /** Info findings on complete excerpts. */
  info: PrecisionTally
  /** Per rule of the finding, on complete excerpts. */
  findingsByRule: Record<string, {alarms: PrecisionTally; info: PrecisionTally}>
  okHits: {total: number; errors: number; warnings: number; info: number}
}

const ratio = (t: Tally): number => (t.total ? t.found / t.total : 1)
export const recallOf = ratio
export const precisionOf = (p: PrecisionTally): number => (p.findings ? p.overlapping / p.findings : 1)

function bump(map: Record<string, Tally>, key: string, found: boolean): void {
  const t = (map[key] ??= {found: 0, total: 0})
  t.total++
  if (found) t.found++
}

/** Add up excerpt scores. */
export function summarize(scores: readonly ExcerptScore[]): DevSummary {
  const s: DevSummary = {
    excerpts: scores.length,
    complete: 0,
    words: 0,
    labels: {scored: 0, unsure: 0, unlocated: 0, unknownRule: 0},
    surface: {},
    surfaceTotal: {found: 0, total: 0},
    calqueRightRule: {found: 0, total: 0},
    translationese: {},
    translationeseTotal: {found: 0, total: 0},
    alarms: {findings: 0, overlapping: 0},
    info: {findings: 0, overlapping: 0},
    findingsByRule: {},
    okHits: {total: 0, errors: 0, warnings: 0, info: 0}
  }
  for (const score of scores) {
    if (score.excerpt.complete) s.complete++
    s.words += (score.excerpt.text.match(/\S+/g) ?? []).length
    s.labels.unlocated += score.unlocated.length
    for (const l of score.labels) {
      if (l.label.unsure) s.labels.unsure++
      if (l.kind === 'unknown') s.labels.unknownRule++
      if (!l.counted) continue
      s.labels.scored++
      if (l.kind === 'surface') {
        bump(s.surface, l.label.rule, l.found)
        s.surfaceTotal.total++
        if (l.found) s.surfaceTotal.found++
      } else {
        bump(s.translationese, l.label.rule, l.found)
        s.translationeseTotal.total++
        if (l.found) s.translationeseTotal.found++
        if (l.label.rule === 'calque') {
          s.calqueRightRule.total++
          if (score.findings.some((f) => f.placed && f.ruleId === 'calque' && spansOverlap(f, l.span!))) s.calqueRightRule.found++
        }
      }
    }
    for (const [list, key] of [[score.alarms, 'alarms'], [score.infos, 'info']] as const) {
      for (const {finding, overlapping} of list) {
        const total = s[key]
        const byRule = (s.findingsByRule[finding.ruleId] ??= {alarms: {findings: 0, overlapping: 0}, info: {findings: 0, overlapping: 0}})[key]
        total.findings++
        byRule.findings++
        if (overlapping) {
          total.overlapping++
          byRule.overlapping++
        }
      }
    }
    for (const hit of score.okHits) {
      s.okHits.total++
      s.okHits[hit.finding.severity === 'error' ? 'errors' : hit.finding.severity === 'warning' ? 'warnings' : 'info']++
    }
  }
  return s
}

/**
 * Recall of a threshold key: a surface rule id, `calque`, an `other:<kind>`,
 * or several joined by `+` (their labels pooled).  Undefined for a key that
 * names nothing known.
 */
export function recallForKey(summary: DevSummary, key: string, ruleIds: ReadonlySet<string>): Tally | undefined {
  const pooled: Tally = {found: 0, total: 0}
  for (const part of key.split('+').map((p) => p.trim())) {
    const t = isTranslationese(part) ? summary.translationese[part] : summary.surface[part]
    if (!t && !ruleIds.has(part) && !part.startsWith('other:')) return undefined
    pooled.found += t?.found ?? 0
    pooled.total += t?.total ?? 0
  }
  return pooled
}
