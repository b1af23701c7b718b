/**
 * The accuracy harness: `npm run eval -- DIR|FILE … [options]`.
 *
 * Checks every file under the folders.  Files with a `<name>.expected.json`
 * (the format of the seed corpus) are scored: per rule expected / found /
 * missed, and hits on `must_not_flag`.  The rest are treated as clean copy:
 * errors and warnings per 1,000 words, by rule.
 *
 * `.jsonl` files (the development set of real pages, `../shared/corpus/mt-dev`;
 * its README gives the format and the scoring rules) are read excerpt by
 * excerpt, each checked as plain text, and scored: surface recall per rule
 * (right rule required), translationese recall (`calque` and `other:*`, any
 * message) by kind, alarm and info precision on `complete` excerpts, and
 * findings on `ok` strings.  A folder holding `.jsonl` files is read for those
 * only (its README and other files are not checked as clean copy).
 *
 * Options:
 *   --min-recall R         exit 1 if recall on labelled files is below R (0–1)
 *   --max-per-1k N         exit 1 if clean files give more than N errors+warnings per 1,000 words
 *   --max-errors-per-1k N  exit 1 if clean files give more than N errors per 1,000 words
 *   --max-info-per-1k N    exit 1 if clean files give more than N info findings per 1,000 words
 *   --rules a,b            only these rules count (the others are switched off)
 *   --list                 print every error and warning found in clean files
 *   --json                 print the summary as JSON
 *
 * For JSONL excerpts:
 *   --verbose                  list each missed label and each error/warning outside the labels, by rule
 *   --verbose-info             also list each info finding outside the labels on complete excerpts
 *   --focus a,b                restrict those lists to these rules / label kinds
 *   --by-language              a table by source_language
 *   --min-rule-recall k=R,…    per rule (or `calque`, `other:<kind>`, or keys joined by + to pool them)
 *   --min-surface-recall R     all surface rules together
 *   --min-translationese-recall R
 *   --min-precision R          errors+warnings overlapping a label, on complete excerpts
 *   --min-info-precision R     info findings overlapping a label, on complete excerpts
 *   --max-ok-hits N            findings on `ok` strings (any severity)
 *
 * Labelled files also fail the run when a `must_not_flag` span gets an error
 * or warning.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import type {VFile} from 'vfile'
import {createChecker, type Checker} from '../core/checker.js'
import {
  findingsOf,
  parseDevJsonl,
  precisionOf,
  recallForKey,
  recallOf,
  scoreExcerpt,
  summarize,
  type CpSpan,
  type DevExcerpt,
  type DevSummary,
  type ExcerptScore,
  type PrecisionTally,
  type Tally
} from './corpus.js'
import {resolveConfig, type UserConfig} from '../core/config.js'
import {readText} from '../core/read.js'
import {RULE_IDS, RULES} from '../core/rules.js'
import {EXTENSIONS} from '../cli/files.js'

interface Expected {
  rule: string
  line: number
  column: number
  text: string
  fix?: string
  severity?: string
}

interface MustNot {
  line?: number
  text: string
}

interface Labels {
  expected: Expected[]
  must_not_flag?: MustNot[]
}

interface Span {
  line: number
  /** Code-point columns, end exclusive. */
  start: number
  end: number
}

/** 1-based code-point column of a UTF-16 column on a line. */
function cpColumn(lineText: string, utf16Column: number): number {
  return [...lineText.slice(0, utf16Column - 1)].length + 1
}

function messageSpans(file: VFile, lines: string[], m: VFile['messages'][number]): Span[] {
  const place = m.place
  if (!place || !('start' in place)) {
    if (m.line == null) return []
    const col = cpColumn(lines[m.line - 1] ?? '', m.column ?? 1)
    return [{line: m.line, start: col, end: col + 1}]
  }
  const spans: Span[] = []
  for (let line = place.start.line; line <= place.end.line; line++) {
    const text = lines[line - 1] ?? ''
    const s = line === place.start.line ? cpColumn(text, place.start.column) : 1
    const e = line === place.end.line ? cpColumn(text, place.end.column) : [...text].length + 1
    spans.push({line, start: s, end: Math.max(e, s + 1)})
  }
  return spans
}

const overlaps = (a: Span, b: Span): boolean => a.line === b.line && a.start < b.end && b.start < a.end

function occurrences(lines: string[], item: MustNot): Span[] {
  const out: Span[] = []
  const escaped = item.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(`(?<![\\p{L}\\p{N}#@])${escaped}(?![\\p{L}\\p{N}])`, 'gu')
  lines.forEach((lineText, i) => {
    if (item.line !== undefined && item.line !== i + 1) return
    for (const m of lineText.matchAll(re)) {
      const start = [...lineText.slice(0, m.index)].length + 1
      out.push({line: i + 1, start, end: start + [...item.text].length})
    }
  })
  return out
}

function countWords(text: string): number {
  const m = text.match(/\S+/g)
  return m ? m.length : 0
}

function walk(dir: string, out: string[]): void {
  const entries = fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))
  // A folder of JSONL excerpts is read for those only: its README is no clean copy.
  const jsonl = entries.some((e) => !e.isDirectory() && e.name.endsWith('.jsonl'))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, out)
    else if (jsonl ? entry.name.endsWith('.jsonl') : (EXTENSIONS as readonly string[]).some((ext) => entry.name.endsWith('.' + ext))) out.push(full)
  }
}

// ---------------------------------------------------------------------------
// JSONL excerpts of real pages (../shared/corpus/mt-dev): check, score, report.
// ---------------------------------------------------------------------------

/** The source-language guess of each excerpt checked (excerpt id → guessed code), for the guess's accuracy. */
const sourceGuesses = new Map<string, {truth: string; guess: string}>()

/** Check one excerpt as a plain-text file and score it. */
export async function checkExcerpt(checker: Checker, excerpt: DevExcerpt, only?: ReadonlySet<string>): Promise<ExcerptScore> {
  const result = await checker.check(excerpt.text, {path: `${excerpt.id}.txt`, format: 'text'})
  const guess = (result.data as {wirelint?: {sourceLanguage?: {lang: string}}}).wirelint?.sourceLanguage?.lang
  if (guess !== undefined) sourceGuesses.set(excerpt.id, {truth: excerpt.source_language ?? 'unknown', guess})
  return scoreExcerpt(excerpt, findingsOf(excerpt.text, result.messages), {ruleIds: RULE_IDS, only})
}

/**
 * The source-language guess against each excerpt's `source_language`:
 * accuracy of the guesses made, how many were made, and what each language
 * was taken for.
 */
function printSourceGuesses(w: (line: string) => void): void {
  if (sourceGuesses.size === 0) return
  const byTruth = new Map<string, Map<string, number>>()
  let made = 0
  let right = 0
  let known = 0
  for (const {truth, guess} of sourceGuesses.values()) {
    if (truth === 'unknown') continue
    known++
    const row = byTruth.get(truth) ?? new Map<string, number>()
    row.set(guess, (row.get(guess) ?? 0) + 1)
    byTruth.set(truth, row)
    if (guess === 'unknown') continue
    made++
    if (guess === truth) right++
  }
  const share = (a: number, b: number): string => (b ? `${((a * 100) / b).toFixed(1)}%` : '–')
  w(`\n== Source-language guess (file.data.wirelint.sourceLanguage; rule false-friend records it)`)
  w(`guessed ${made} of ${known} excerpts (${share(made, known)}); right ${right} of ${made} (${share(right, made)}); right of all ${share(right, known)}`)
  const rows = [...byTruth].sort((a, b) => sum(b[1]) - sum(a[1]))
  for (const [truth, row] of rows) {
    const cells = [...row].sort((a, b) => b[1] - a[1]).map(([g, n]) => `${g} ${n}`).join(', ')
    w(`  ${truth.padEnd(4)} ${String(sum(row)).padStart(3)} → ${cells}`)
  }
}

function sum(row: ReadonlyMap<string, number>): number {
  let n = 0
  for (const v of row.values()) n += v
  return n
}

interface DevThresholds {
  any: boolean
  rules: Array<{key: string; min: number}>
  surface?: number
  translationese?: number
  precision?: number
  infoPrecision?: number
  maxOkHits?: number
}

function share(value: string, flag: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new Error(`${flag} takes a share from 0 to 1, not "${value}"`)
  return n
}

function parseDevThresholds(values: Record<string, string | boolean | string[] | undefined>): DevThresholds {
  const get = (flag: string): string | undefined => values[flag] as string | undefined
  const t: DevThresholds = {any: false, rules: []}
  for (const list of (values['min-rule-recall'] as string[] | undefined) ?? []) {
    for (const item of list.split(',').map((x) => x.trim()).filter(Boolean)) {
      const eq = item.lastIndexOf('=')
      if (eq <= 0) throw new Error(`--min-rule-recall takes rule=R items, not "${item}"`)
      const key = item.slice(0, eq).trim()
      for (const part of key.split('+').map((p) => p.trim())) {
        if (!RULE_IDS.has(part) && !part.startsWith('other:')) {
          throw new Error(`--min-rule-recall: "${part}" is neither a rule id (${[...RULE_IDS].join(', ')}) nor an other:<kind>`)
        }
      }
      t.rules.push({key, min: share(item.slice(eq + 1), '--min-rule-recall')})
    }
  }
  const s = get('min-surface-recall')
  if (s !== undefined) t.surface = share(s, '--min-surface-recall')
  const tr = get('min-translationese-recall')
  if (tr !== undefined) t.translationese = share(tr, '--min-translationese-recall')
  const p = get('min-precision')
  if (p !== undefined) t.precision = share(p, '--min-precision')
  const ip = get('min-info-precision')
  if (ip !== undefined) t.infoPrecision = share(ip, '--min-info-precision')
  const ok = get('max-ok-hits')
  if (ok !== undefined) {
    const n = Number(ok)
    if (ok.trim() === '' || !Number.isInteger(n) || n < 0) throw new Error(`--max-ok-hits takes a whole number, not "${ok}"`)
    t.maxOkHits = n
  }
  t.any = t.rules.length > 0 || [t.surface, t.translationese, t.precision, t.infoPrecision, t.maxOkHits].some((x) => x !== undefined)
  return t
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
const num = (n: number): string => n.toLocaleString('en-US')
const tally = (t: Tally): string => `${num(t.found)} / ${num(t.total)} (${t.total ? pct(recallOf(t)) : '–'})`
const prec = (p: PrecisionTally): string => `${p.findings ? pct(precisionOf(p)) : '–'} (${num(p.overlapping)} of ${num(p.findings)})`

function checkDevThresholds(dev: DevSummary, t: DevThresholds): string[] {
  const failures: string[] = []
  for (const {key, min} of t.rules) {
    const got = recallForKey(dev, key, RULE_IDS)!
    if (got.total === 0) failures.push(`--min-rule-recall ${key}: no labels of it in the excerpts read (a typo?)`)
    else if (recallOf(got) < min) failures.push(`recall of ${key} ${tally(got)} below ${min}`)
  }
  if (t.surface !== undefined && recallOf(dev.surfaceTotal) < t.surface) failures.push(`surface recall ${tally(dev.surfaceTotal)} below ${t.surface}`)
  if (t.translationese !== undefined && recallOf(dev.translationeseTotal) < t.translationese) {
    failures.push(`translationese recall ${tally(dev.translationeseTotal)} below ${t.translationese}`)
  }
  if (t.precision !== undefined && precisionOf(dev.alarms) < t.precision) failures.push(`alarm precision ${prec(dev.alarms)} below ${t.precision}`)
  if (t.infoPrecision !== undefined && precisionOf(dev.info) < t.infoPrecision) failures.push(`info precision ${prec(dev.info)} below ${t.infoPrecision}`)
  if (t.maxOkHits !== undefined && dev.okHits.total > t.maxOkHits) failures.push(`${dev.okHits.total} findings on ok strings, over ${t.maxOkHits}`)
  return failures
}

/**
 * Up to `width` code points either side of a span, the span in ⟦ ⟧ (its middle
 * cut when longer than 2 × `width`), line breaks as ⏎.
 */
export function contextOf(text: string, span: CpSpan, width = 40): string {
  const cps = [...text]
  const show = (a: number, b: number): string => cps.slice(a, b).join('').replace(/\r\n|\r|\n/g, '⏎').replace(/[\t ]+/g, ' ')
  const a = Math.max(0, span.start - width)
  const b = Math.min(cps.length, span.end + width)
  const inner = span.end - span.start > 2 * width ? `${show(span.start, span.start + width)}…${show(span.end - width / 2, span.end)}` : show(span.start, span.end)
  return `${a > 0 ? '…' : ''}${show(a, span.start)}⟦${inner}⟧${show(span.end, b)}${b < cps.length ? '…' : ''}`
}

const spanText = (text: string, span: CpSpan): string => [...text].slice(span.start, span.end).join('').replace(/\r\n|\r|\n/g, '⏎')

interface DevView {
  focus?: ReadonlySet<string>
  seconds: number
  files: number
}

interface Miss {
  id: string
  source_language?: string
  rule: string
  text: string
  fix?: string
  note?: string
  context: string
}

interface Outside {
  id: string
  complete: boolean
  source_language?: string
  ruleId: string
  severity: string
  text: string
  context: string
  reason: string
}

function missesOf(scores: readonly ExcerptScore[]): Miss[] {
  const out: Miss[] = []
  for (const s of scores) {
    for (const l of s.labels) {
      if (!l.counted || l.found) continue
      out.push({
        id: s.excerpt.id,
        source_language: s.excerpt.source_language,
        rule: l.label.rule,
        text: l.label.text,
        fix: l.label.fix,
        note: l.label.note,
        context: contextOf(s.excerpt.text, l.span!)
      })
    }
  }
  return out
}

/** Findings that overlap no label (of any kind, unsure included); `info` picks the severity class. */
function outsideOf(scores: readonly ExcerptScore[], info: boolean, completeOnly: boolean): Outside[] {
  const out: Outside[] = []
  for (const s of scores) {
    if (completeOnly && !s.excerpt.complete) continue
    const spans = s.labels.filter((l) => l.span).map((l) => l.span!)
    for (const f of s.findings) {
      if ((f.severity === 'info') !== info) continue
      if (f.placed && spans.some((sp) => f.start < sp.end && sp.start < f.end)) continue
      out.push({
        id: s.excerpt.id,
        complete: Boolean(s.excerpt.complete),
        source_language: s.excerpt.source_language,
        ruleId: f.ruleId,
        severity: f.severity,
        text: f.placed ? spanText(s.excerpt.text, f) : '',
        context: f.placed ? contextOf(s.excerpt.text, f) : '(no place in the text)',
        reason: f.reason
      })
    }
  }
  return out
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Array<[string, T[]]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return [...map].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
}

const clip = (s: string, n = 80): string => {
  const cps = [...s.replace(/\r\n|\r|\n/g, '⏎')]
  return cps.length > n ? cps.slice(0, n - 1).join('') + '…' : cps.join('')
}

function printDevLists(w: (line: string) => void, scores: readonly ExcerptScore[], view: DevView, verbose: boolean, verboseInfo: boolean): void {
  const keep = (rule: string): boolean => !view.focus || view.focus.has(rule)
  if (verbose) {
    const misses = missesOf(scores).filter((m) => keep(m.rule))
    w(`\n== Missed labels (${num(misses.length)}), by rule: id “label” → fix | context`)
    const order = (rule: string): number => (rule === 'calque' ? 1 : rule.startsWith('other:') ? 2 : 0)
    for (const [rule, list] of groupBy(misses, (m) => m.rule).sort((a, b) => order(a[0]) - order(b[0]))) {
      w(`\n-- ${rule}: ${list.length} missed`)
      for (const m of list) {
        const fix = m.fix === undefined ? '' : m.fix === '' ? ' → delete' : ` → “${clip(m.fix, 40)}”`
        w(`  ${m.id} “${clip(m.text, 60)}”${fix} | ${m.context}`)
      }
    }
    const alarms = outsideOf(scores, false, false).filter((o) => keep(o.ruleId))
    const incomplete = alarms.filter((o) => !o.complete).length
    w(`\n== Errors and warnings outside the labels (${num(alarms.length)}; ${num(incomplete)} of them, marked *, on excerpts not completely labelled), by rule`)
    for (const [rule, list] of groupBy(alarms, (o) => o.ruleId)) {
      w(`\n-- ${rule}: ${list.length}`)
      for (const o of list) w(`  ${o.complete ? '' : '*'}${o.id} ${o.severity} “${clip(o.text, 60)}” | ${o.context} | ${o.reason}`)
    }
    const okHits = scores.flatMap((s) => s.okHits.map((h) => ({s, h}))).filter(({h}) => keep(h.finding.ruleId))
    if (okHits.length) {
      w(`\n== Findings on ok strings (${okHits.length})`)
      for (const {s, h} of okHits) w(`  ${s.excerpt.id} ${h.finding.ruleId} ${h.finding.severity} on “${clip(h.ok, 40)}” | ${contextOf(s.excerpt.text, h.finding)} | ${h.finding.reason}`)
    }
  }
  if (verboseInfo) {
    const infos = outsideOf(scores, true, true).filter((o) => keep(o.ruleId))
    w(`\n== Info findings outside the labels on complete excerpts (${num(infos.length)}), by rule`)
    for (const [rule, list] of groupBy(infos, (o) => o.ruleId)) {
      w(`\n-- ${rule}: ${list.length}`)
      for (const o of list) w(`  ${o.id} “${clip(o.text, 60)}” | ${o.context} | ${o.reason}`)
    }
  }
}

function printByLanguage(w: (line: string) => void, scores: readonly ExcerptScore[]): void {
  const groups = groupBy(scores, (s) => s.excerpt.source_language ?? '?')
  const cell = (t: Tally): string => `${num(t.found)} / ${num(t.total)}`.padStart(13) + ' ' + (t.total ? pct(recallOf(t)) : '–').padStart(6)
  const pc = (p: PrecisionTally): string => (p.findings ? `${pct(precisionOf(p))} (${p.overlapping}/${p.findings})` : '–')
  w('\n== By source language (precision on complete excerpts)')
  w(`${'language'.padEnd(9)} ${'excerpts'.padStart(8)}  ${'surface recall'.padStart(20)}  ${'translationese recall'.padStart(21)}  ${'alarm precision'.padStart(20)}  ${'info precision'.padStart(20)}`)
  for (const [lang, list] of groups) {
    const d = summarize(list)
    w(`${lang.padEnd(9)} ${String(list.length).padStart(8)}  ${cell(d.surfaceTotal).padStart(20)}  ${cell(d.translationeseTotal).padStart(21)}  ${pc(d.alarms).padStart(20)}  ${pc(d.info).padStart(20)}`)
  }
}

function printDevReport(w: (line: string) => void, dev: DevSummary, scores: readonly ExcerptScore[], view: DevView, listedOkHits: boolean): void {
  // Translationese by kind.
  const kinds = Object.entries(dev.translationese).sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1))
  w(`\n== Translationese recall by kind (calque and other:*, found by any message overlapping)`)
  const top = kinds.slice(0, 15)
  for (let i = 0; i < top.length; i += 3) {
    w(top.slice(i, i + 3).map(([k, t]) => `  ${k.padEnd(26)} ${`${t.found} / ${t.total}`.padStart(9)} ${pct(recallOf(t)).padStart(6)}`).join(''))
  }
  if (kinds.length > 15) {
    const rest = kinds.slice(15).reduce((a, [, t]) => ({found: a.found + t.found, total: a.total + t.total}), {found: 0, total: 0})
    w(`  … ${kinds.length - 15} more kinds: ${tally(rest)}`)
  }
  if (dev.labels.unlocated || dev.labels.unknownRule) {
    for (const s of scores) for (const l of s.unlocated) w(`  label not found in its excerpt: ${s.excerpt.id} ${l.rule} “${clip(l.text, 50)}” (at ${l.at ?? 0})`)
    if (dev.labels.unknownRule) w(`  ${dev.labels.unknownRule} labels name neither a rule id nor other:<kind>: left out`)
  }
  const okHits = scores.flatMap((s) => s.okHits.map((h) => ({s, h})))
  if (okHits.length && !listedOkHits) {
    w(`\n== Findings on ok strings (correct English): ${okHits.length}`)
    for (const {s, h} of okHits.slice(0, 30)) w(`  ${s.excerpt.id} ${h.finding.ruleId} ${h.finding.severity} on “${clip(h.ok, 40)}”`)
    if (okHits.length > 30) w(`  … ${okHits.length - 30} more (--verbose lists them with context)`)
  }

  // The compact table: the last lines of the output.
  w('')
  w(
    `mt-dev: ${num(dev.excerpts)} excerpts (${num(dev.complete)} complete, ${num(dev.words)} words, ${view.files} file${view.files === 1 ? '' : 's'}), ` +
      `${num(dev.labels.scored)} labels scored, ${num(dev.labels.unsure)} unsure left out; ${view.seconds.toFixed(1)} s`
  )
  w(`${'rule'.padEnd(22)} ${'found / total'.padStart(15)} ${'recall'.padStart(7)} │ complete excerpts: ${'alarms (outside labels)'.padStart(23)}  info (outside)`)
  const byRule = dev.findingsByRule
  type Findings = DevSummary['findingsByRule'][string]
  const fcell = (f: Findings | undefined): string => {
    if (!f) return ''
    const c = (p: PrecisionTally): string => (p.findings ? `${p.findings} (${p.findings - p.overlapping})` : '–')
    return `${''.padStart(19)}${c(f.alarms).padStart(23)}  ${c(f.info)}`
  }
  const row = (name: string, t: Tally, f: Findings | undefined): void => {
    const counts = `${num(t.found)} / ${num(t.total)}`.padStart(15) + ' ' + (t.total ? pct(recallOf(t)) : '–').padStart(7)
    w(`${name.padEnd(22)} ${counts} │${fcell(f)}`)
  }
  const labelled = Object.entries(dev.surface).sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1))
  for (const [rule, t] of labelled) row(rule, t, byRule[rule])
  const unlabelled = Object.keys(byRule).filter((r) => !dev.surface[r] && r !== 'calque').sort()
  for (const rule of unlabelled) row(rule, {found: 0, total: 0}, byRule[rule])
  const surfaceFindings: Findings = {alarms: {findings: 0, overlapping: 0}, info: {findings: 0, overlapping: 0}}
  for (const [rule, f] of Object.entries(byRule)) {
    if (rule === 'calque') continue
    for (const k of ['alarms', 'info'] as const) {
      surfaceFindings[k].findings += f[k].findings
      surfaceFindings[k].overlapping += f[k].overlapping
    }
  }
  row('all surface rules', dev.surfaceTotal, surfaceFindings)
  row('calque (right rule)', dev.calqueRightRule, byRule.calque)
  const calque = dev.translationese.calque ?? {found: 0, total: 0}
  const other = Object.entries(dev.translationese)
    .filter(([k]) => k !== 'calque')
    .reduce((a, [, t]) => ({found: a.found + t.found, total: a.total + t.total}), {found: 0, total: 0})
  w(`translationese (any message overlapping): ${tally(dev.translationeseTotal)}; calque ${tally(calque)}, other:* ${tally(other)}`)
  w(`precision on complete excerpts: errors+warnings ${prec(dev.alarms)} overlap a label; info ${prec(dev.info)}`)
  w(
    `ok strings (correct English): ${dev.okHits.total} finding${dev.okHits.total === 1 ? '' : 's'} on them ` +
      `(${dev.okHits.errors} errors, ${dev.okHits.warnings} warnings, ${dev.okHits.info} info)`
  )
}

function withRecall(t: Tally): Tally & {recall: number} {
  return {...t, recall: recallOf(t)}
}

function withPrecision(p: PrecisionTally): PrecisionTally & {precision: number} {
  return {...p, precision: precisionOf(p)}
}

function devCore(d: DevSummary): Record<string, unknown> {
  const map = (m: Record<string, Tally>): Record<string, Tally & {recall: number}> =>
    Object.fromEntries(Object.entries(m).sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1)).map(([k, t]) => [k, withRecall(t)]))
  return {
    excerpts: d.excerpts,
    complete: d.complete,
    words: d.words,
    labels: d.labels,
    surface: map(d.surface),
    surfaceTotal: withRecall(d.surfaceTotal),
    calqueRightRule: withRecall(d.calqueRightRule),
    translationese: map(d.translationese),
    translationeseTotal: withRecall(d.translationeseTotal),
    alarmPrecision: withPrecision(d.alarms),
    infoPrecision: withPrecision(d.info),
    findingsByRule: Object.fromEntries(
      Object.entries(d.findingsByRule)
        .sort()
        .map(([k, v]) => [k, {alarms: withPrecision(v.alarms), info: withPrecision(v.info)}])
    ),
    okHits: d.okHits
  }
}

function devJson(dev: DevSummary, scores: readonly ExcerptScore[]): Record<string, unknown> {
  const byLanguage = Object.fromEntries(groupBy(scores, (s) => s.excerpt.source_language ?? '?').map(([lang, list]) => [lang, devCore(summarize(list))]))
  return {
    ...devCore(dev),
    okHitList: scores.flatMap((s) =>
      s.okHits.map((h) => ({id: s.excerpt.id, ok: h.ok, ruleId: h.finding.ruleId, severity: h.finding.severity, reason: h.finding.reason, context: contextOf(s.excerpt.text, h.finding)}))
    ),
    byLanguage,
    misses: missesOf(scores),
    alarmsOutside: outsideOf(scores, false, false),
    infoOutside: outsideOf(scores, true, true),
    unlocated: scores.flatMap((s) => s.unlocated.map((l) => ({id: s.excerpt.id, rule: l.rule, text: l.text, at: l.at ?? 0})))
  }
}

export async function main(argv: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'min-recall': {type: 'string'},
      'max-per-1k': {type: 'string'},
      'max-errors-per-1k': {type: 'string'},
      'max-info-per-1k': {type: 'string'},
      rules: {type: 'string'},
      list: {type: 'boolean', default: false},
      json: {type: 'boolean', default: false},
      verbose: {type: 'boolean', default: false},
      'verbose-info': {type: 'boolean', default: false},
      focus: {type: 'string'},
      'by-language': {type: 'boolean', default: false},
      'min-rule-recall': {type: 'string', multiple: true},
      'min-surface-recall': {type: 'string'},
      'min-translationese-recall': {type: 'string'},
      'min-precision': {type: 'string'},
      'min-info-precision': {type: 'string'},
      'max-ok-hits': {type: 'string'}
    }
  })
  if (positionals.length === 0) {
    process.stderr.write(
      'usage: npm run eval -- DIR|FILE ... [--min-recall R] [--max-per-1k N] [--max-errors-per-1k N] [--max-info-per-1k N] [--rules a,b] [--list] [--json]\n' +
        '  JSONL excerpts: [--verbose] [--verbose-info] [--focus a,b] [--by-language] [--min-rule-recall rule=R,...]\n' +
        '  [--min-surface-recall R] [--min-translationese-recall R] [--min-precision R] [--min-info-precision R] [--max-ok-hits N]\n'
    )
    return 2
  }
  let devThresholds: DevThresholds
  try {
    devThresholds = parseDevThresholds(values)
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`)
    return 2
  }
  const started = performance.now()
  const only = values.rules ? new Set(values.rules.split(',').map((s) => s.trim())) : undefined
  const user: UserConfig = {rules: {}}
  if (only) {
    for (const r of RULES) if (!only.has(r.meta.id)) user.rules![r.meta.id] = 'off'
  }
  const checker = createChecker(resolveConfig(user))

  let labelledExpected = 0
  let labelledFound = 0
  let mustNotHits = 0
  const perRule = new Map<string, {expected: number; found: number}>()
  const cleanByRule = new Map<string, {errors: number; warnings: number}>()
  /** Info findings on clean copy, by rule (issue 17: at most 1 per 1,000 words). */
  const cleanInfo = new Map<string, number>()
  let infos = 0
  let cleanWords = 0
  let cleanFiles = 0
  let cleanErrors = 0
  let cleanWarnings = 0
  let devFiles = 0
  const devScores: ExcerptScore[] = []
  const lines: string[] = []
  const out = (s: string): void => {
    lines.push(s)
  }

  for (const dir of positionals) {
    const files: string[] = []
    if (fs.statSync(dir).isDirectory()) walk(dir, files)
    else files.push(dir)
    for (const file of files) {
      if (file.endsWith('.jsonl')) {
        devFiles++
        const excerpts = parseDevJsonl(fs.readFileSync(file, 'utf8'), file)
        for (const excerpt of excerpts) devScores.push(await checkExcerpt(checker, excerpt, only))
        continue
      }
      const text = await readText(file)
      const result = await checker.check(text, {path: file})
      const labelsPath = file.replace(/\.[^.]+$/, '.expected.json')
      if (fs.existsSync(labelsPath)) {
        const labels = JSON.parse(fs.readFileSync(labelsPath, 'utf8')) as Labels
        const textLines = text.split(/\r\n|\r|\n/)
        out(`\n${file}`)
        const missed: string[] = []
        for (const e of labels.expected) {
          if (only && !only.has(e.rule)) continue
          const span: Span = {line: e.line, start: e.column, end: e.column + [...e.text].length}
          const stat = perRule.get(e.rule) ?? {expected: 0, found: 0}
          stat.expected++
          labelledExpected++
          const hit = result.messages.find(
            (m) => m.ruleId === e.rule && messageSpans(result, textLines, m).some((s) => overlaps(s, span))
          )
          if (hit) {
            stat.found++
            labelledFound++
          } else {
            missed.push(`  missed ${e.rule} ${e.line}:${e.column} “${e.text}”`)
          }
          perRule.set(e.rule, stat)
        }
        const hits: string[] = []
        for (const item of labels.must_not_flag ?? []) {
          for (const span of occurrences(textLines, item)) {
            for (const m of result.messages) {
              if (m.fatal === undefined || m.fatal === null) continue
              if (messageSpans(result, textLines, m).some((s) => overlaps(s, span))) {
                hits.push(`  must-not-flag hit: “${item.text}” at ${span.line}:${span.start} by ${m.ruleId} (${m.reason})`)
                mustNotHits++
              }
            }
          }
        }
        const expectedSpans = labels.expected.map((e) => ({line: e.line, start: e.column, end: e.column + [...e.text].length}))
        const extra = result.messages.filter(
          (m) => !messageSpans(result, textLines, m).some((s) => expectedSpans.some((e) => overlaps(s, e)))
        )
        for (const line of missed) out(line)
        for (const line of hits) out(line)
        for (const m of extra) {
          out(`  unlabelled ${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'} ${m.ruleId} ${m.line}:${m.column} “${m.actual ?? ''}” ${m.reason}`)
        }
      } else {
        cleanFiles++
        cleanWords += countWords(text)
        for (const m of result.messages) {
          if (m.fatal === undefined || m.fatal === null) {
            cleanInfo.set(m.ruleId ?? '?', (cleanInfo.get(m.ruleId ?? '?') ?? 0) + 1)
            infos++
            continue
          }
          const stat = cleanByRule.get(m.ruleId ?? '?') ?? {errors: 0, warnings: 0}
          if (m.fatal) {
            stat.errors++
            cleanErrors++
          } else {
            stat.warnings++
            cleanWarnings++
          }
          cleanByRule.set(m.ruleId ?? '?', stat)
          if (values.list) {
            const lineText = text.split(/\r\n|\r|\n/)[(m.line ?? 1) - 1] ?? ''
            const col = (m.column ?? 1) - 1
            const context = lineText.slice(Math.max(0, col - 40), col + 40).replace(/\s+/g, ' ')
            out(`${file}:${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId} “${m.actual ?? ''}” | ${context}`)
          }
        }
      }
    }
  }

  const per1k = (n: number): number => (cleanWords ? (n * 1000) / cleanWords : 0)
  const recall = labelledExpected ? labelledFound / labelledExpected : 1
  const summary = {
    labelled: {expected: labelledExpected, found: labelledFound, recall, mustNotFlagHits: mustNotHits, perRule: Object.fromEntries(perRule)},
    clean: {
      files: cleanFiles,
      words: cleanWords,
      errors: cleanErrors,
      warnings: cleanWarnings,
      perThousand: per1k(cleanErrors + cleanWarnings),
      errorsPerThousand: per1k(cleanErrors),
      perRule: Object.fromEntries(
        [...cleanByRule].map(([k, v]) => [k, {...v, perThousand: per1k(v.errors + v.warnings)}])
      )
    }
  }

  const dev = devScores.length ? summarize(devScores) : undefined
  const devView: DevView = {
    focus: values.focus ? new Set(values.focus.split(',').map((x) => x.trim())) : undefined,
    seconds: (performance.now() - started) / 1000,
    files: devFiles
  }
  if (values.json) {
    const full = dev ? {...summary, mtDev: devJson(dev, devScores)} : summary
    process.stdout.write(JSON.stringify(full, null, 2) + '\n')
  } else {
    for (const line of lines) process.stdout.write(line + '\n')
    if (labelledExpected > 0 || mustNotHits > 0) {
      process.stdout.write(`\nLabelled files: ${labelledFound}/${labelledExpected} expected findings (recall ${(recall * 100).toFixed(1)}%), ${mustNotHits} must-not-flag hits\n`)
      for (const [rule, s] of [...perRule].sort()) {
        process.stdout.write(`  ${rule.padEnd(22)} expected ${s.expected}  found ${s.found}  missed ${s.expected - s.found}\n`)
      }
    }
    if (cleanFiles > 0) {
      process.stdout.write(
        `\nClean files: ${cleanFiles} files, ${cleanWords} words: ${cleanErrors} errors, ${cleanWarnings} warnings = ` +
          `${summary.clean.perThousand.toFixed(3)} per 1,000 words (errors ${summary.clean.errorsPerThousand.toFixed(3)})\n`
      )
      for (const [rule, s] of [...cleanByRule].sort()) {
        process.stdout.write(
          `  ${rule.padEnd(22)} errors ${String(s.errors).padStart(4)}  warnings ${String(s.warnings).padStart(4)}  per 1,000 words ${per1k(s.errors + s.warnings).toFixed(3)}\n`
        )
      }
      process.stdout.write(`Clean files, info findings: ${infos} = ${per1k(infos).toFixed(3)} per 1,000 words\n`)
      for (const [rule, n] of [...cleanInfo].sort()) process.stdout.write(`  ${rule.padEnd(22)} info ${String(n).padStart(5)}  per 1,000 words ${per1k(n).toFixed(3)}\n`)
    }
    if (dev) {
      const w = (line: string): void => {
        process.stdout.write(line + '\n')
      }
      if (values.verbose || values['verbose-info']) printDevLists(w, devScores, devView, values.verbose, values['verbose-info'])
      if (values['by-language']) printByLanguage(w, devScores)
      // The per-rule table and the totals stay the last lines (the README says so; hooks print the tail).
      printSourceGuesses(w)
      printDevReport(w, dev, devScores, devView, values.verbose && !devView.focus)
    }
  }

  let code = 0
  const fail = (why: string): void => {
    process.stderr.write(`eval: FAIL ${why}\n`)
    code = 1
  }
  if (mustNotHits > 0) fail(`${mustNotHits} must-not-flag hits`)
  if (values['min-recall'] !== undefined && recall < Number(values['min-recall'])) {
    fail(`recall ${recall.toFixed(3)} below ${values['min-recall']}`)
  }
  if (values['max-per-1k'] !== undefined && cleanFiles > 0 && summary.clean.perThousand > Number(values['max-per-1k'])) {
    fail(`${summary.clean.perThousand.toFixed(3)} errors+warnings per 1,000 words, over ${values['max-per-1k']}`)
  }
  if (values['max-info-per-1k'] !== undefined && cleanFiles > 0 && (infos * 1000) / Math.max(1, cleanWords) > Number(values['max-info-per-1k'])) {
    fail(`${((infos * 1000) / Math.max(1, cleanWords)).toFixed(3)} info findings per 1,000 words, over ${values['max-info-per-1k']}`)
  }
  if (values['max-errors-per-1k'] !== undefined && cleanFiles > 0 && summary.clean.errorsPerThousand > Number(values['max-errors-per-1k'])) {
    fail(`${summary.clean.errorsPerThousand.toFixed(3)} errors per 1,000 words, over ${values['max-errors-per-1k']}`)
  }
  if (devThresholds.any) {
    if (!dev) fail('recall and precision thresholds were given for JSONL excerpts, but no .jsonl file was read')
    else for (const why of checkDevThresholds(dev, devThresholds)) fail(why)
  }
  return code
}

function isEntryPoint(): boolean {
  if (!process.argv[1]) return false
  try {
    return import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href
  } catch {
    return false
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`eval: ${(error as Error)?.stack ?? String(error)}\n`)
      process.exitCode = 2
    }
  )
}
