/**
 * The accuracy harness: `npm run eval -- DIR … [options]`.
 *
 * Checks every file under the folders.  Files with a `<name>.expected.json`
 * (the format of the seed corpus) are scored: per rule expected / found /
 * missed, and hits on `must_not_flag`.  The rest are treated as clean copy:
 * errors and warnings per 1,000 words, by rule.
 *
 * Options:
 *   --min-recall R         exit 1 if recall on labelled files is below R (0–1)
 *   --max-per-1k N         exit 1 if clean files give more than N errors+warnings per 1,000 words
 *   --max-errors-per-1k N  exit 1 if clean files give more than N errors per 1,000 words
 *   --rules a,b            only these rules count (the others are switched off)
 *   --list                 print every error and warning found in clean files
 *   --json                 print the summary as JSON
 *
 * Labelled files also fail the run when a `must_not_flag` span gets an error
 * or warning.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {VFile} from 'vfile'
import {createChecker} from './checker.js'
import {resolveConfig, type UserConfig} from './config.js'
import {readText} from './read.js'
import {RULES} from './rules.js'
import {EXTENSIONS} from './files.js'

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
  for (const entry of fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, out)
    else if ((EXTENSIONS as readonly string[]).some((ext) => entry.name.endsWith('.' + ext))) out.push(full)
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
      rules: {type: 'string'},
      list: {type: 'boolean', default: false},
      json: {type: 'boolean', default: false}
    }
  })
  if (positionals.length === 0) {
    process.stderr.write('usage: npm run eval -- DIR ... [--min-recall R] [--max-per-1k N] [--max-errors-per-1k N] [--rules a,b] [--list]\n')
    return 2
  }
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
  let cleanWords = 0
  let cleanFiles = 0
  let cleanErrors = 0
  let cleanWarnings = 0
  const lines: string[] = []
  const out = (s: string): void => {
    lines.push(s)
  }

  for (const dir of positionals) {
    const files: string[] = []
    if (fs.statSync(dir).isDirectory()) walk(dir, files)
    else files.push(dir)
    for (const file of files) {
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
          if (m.fatal === undefined || m.fatal === null) continue
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

  if (values.json) {
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n')
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
  if (values['max-errors-per-1k'] !== undefined && cleanFiles > 0 && summary.clean.errorsPerThousand > Number(values['max-errors-per-1k'])) {
    fail(`${summary.clean.errorsPerThousand.toFixed(3)} errors per 1,000 words, over ${values['max-errors-per-1k']}`)
  }
  return code
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`eval: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 2
  }
)
