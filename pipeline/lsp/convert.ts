/**
 * From wirelint's findings to what an editor shows: diagnostics, quick fixes,
 * hovers.  Pure functions over one checked text (a snapshot `TextDocument`),
 * so that every position is converted against the very text the checker saw.
 *
 * Offsets: the checker's offsets are JavaScript string offsets, i.e. UTF-16
 * code units, which is also what LSP counts by default; the snapshot's
 * `positionAt` turns them into line/character (a CRLF is one line break).
 */
import type {VFile} from 'vfile'
import type {CodeAction, Diagnostic, Hover, Position, Range, TextEdit} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Fix, Severity, WirelintMessage} from '../../plugins/support/rule.js'
import type {Format} from '../core/processor.js'
import {ruleById} from '../core/rules.js'

/** LSP's DiagnosticSeverity values (kept here so this module loads no protocol code). */
const SEVERITY = {error: 1, warning: 2, info: 3} as const
export const FIX_ALL_KIND = 'source.fixAll.wirelint'

/** One finding of a check, with its offsets in the checked text. */
export interface Finding {
  ruleId: string
  reason: string
  severity: Severity
  start: number
  end: number
  actual?: string
  expected: string[]
  fix?: Fix
  url?: string
  /** The diagnostic published for it. */
  diagnostic: Diagnostic
}

export function severityOf(m: WirelintMessage): Severity {
  if (m.severity === 'error' || m.severity === 'warning' || m.severity === 'info') return m.severity
  return m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'
}

function offsetsOf(m: WirelintMessage, length: number): [number, number] {
  const place = m.place as {start?: {offset?: number}; end?: {offset?: number}; offset?: number} | undefined
  let start = place?.start?.offset ?? place?.offset
  let end = place?.end?.offset ?? start
  if (typeof start !== 'number' || !(start >= 0)) start = 0
  if (typeof end !== 'number' || end < start) end = start
  return [Math.min(start, length), Math.min(end, length)]
}

/** The findings of a checked file, as diagnostics on `doc` (the text that was checked). */
export function toFindings(file: VFile, doc: TextDocument): Finding[] {
  const length = doc.getText().length
  const findings: Finding[] = []
  for (const message of file.messages as WirelintMessage[]) {
    const [start, end] = offsetsOf(message, length)
    const severity = severityOf(message)
    const ruleId = String(message.ruleId ?? 'wirelint')
    const url = typeof message.url === 'string' ? message.url : ruleById(ruleId)?.meta.url
    const diagnostic: Diagnostic = {
      range: {start: doc.positionAt(start), end: doc.positionAt(end)},
      severity: SEVERITY[severity],
      source: 'wirelint',
      code: ruleId,
      message: message.reason
    }
    if (url) diagnostic.codeDescription = {href: url}
    const expected = Array.isArray(message.expected) ? message.expected.filter((e): e is string => typeof e === 'string') : []
    findings.push({
      ruleId,
      reason: message.reason,
      severity,
      start,
      end,
      actual: typeof message.actual === 'string' ? message.actual : undefined,
      expected,
      fix: message.fix,
      url,
      diagnostic
    })
  }
  return findings
}

/** Does the finding touch the range [from, to] (offsets; an empty range is a cursor)? */
export function touches(f: Finding, from: number, to: number): boolean {
  if (from === to) return f.start <= from && from <= f.end
  return f.start < to && from < f.end
}

function quote(s: string): string {
  const one = s.replace(/\r\n|\r|\n/g, '⏎')
  return one.length > 40 ? `“${one.slice(0, 39)}…”` : `“${one}”`
}

function edit(doc: TextDocument, start: number, end: number, text: string): TextEdit {
  return {range: {start: doc.positionAt(start), end: doc.positionAt(end)}, newText: text}
}

/**
 * Quick fixes for a finding: one per fix candidate (`expected`, best first).
 * The candidate the checker marks safe (`fix`) replaces the fix's own span
 * (which may be a whole line) and is the preferred action; the others
 * replace the flagged span.
 */
export function quickFixes(f: Finding, doc: TextDocument): CodeAction[] {
  const actions: CodeAction[] = []
  const seen = new Set<string>()
  for (const candidate of f.expected) {
    if (seen.has(candidate)) continue
    seen.add(candidate)
    const safe = f.fix !== undefined && f.fix.text === candidate
    const [start, end] = safe ? [f.fix!.start, f.fix!.end] : [f.start, f.end]
    // The title names the characters the edit replaces (a safe fix's span may differ from the finding's).
    const shown = safe || f.actual === undefined ? doc.getText().slice(start, end) : f.actual
    const title = candidate === '' ? `Delete ${quote(shown)} (${f.ruleId})` : `Replace ${quote(shown)} with ${quote(candidate)} (${f.ruleId})`
    const action: CodeAction = {
      title,
      kind: 'quickfix',
      diagnostics: [f.diagnostic],
      edit: {changes: {[doc.uri]: [edit(doc, start, end, candidate)]}}
    }
    if (safe) action.isPreferred = true
    actions.push(action)
  }
  return actions
}

/** The smallest single edit turning `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(doc: TextDocument, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--
    endAfter--
  }
  // Never split a surrogate pair or a CRLF between the kept and the replaced text.
  const low = (i: number, s: string): boolean => {
    const c = s.charCodeAt(i)
    return (c >= 0xdc00 && c <= 0xdfff) || (c === 0x0a && s.charCodeAt(i - 1) === 0x0d)
  }
  while (start > 0 && (low(start, before) || low(start, after))) start--
  while (endBefore < before.length && low(endBefore, before)) {
    endBefore++
    endAfter++
  }
  return edit(doc, start, endBefore, after.slice(start, endAfter))
}

const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/
const DOCTYPE = /^\uFEFF?\s*<!doctype[^>]*>[ \t]*(?:\r?\n)?/i

function lineBreakOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n'
}

/**
 * "Disable <rule>" actions with the ignore comments of Markdown and HTML
 * (README "Markdown and HTML"): for the whole file, a `wirelint-disable`
 * comment at the top (after front matter or a doctype); for one paragraph or
 * heading, a `wirelint-ignore` comment on the line before it, offered only
 * where the block starts a line of its own at the top level.
 */
export function disableActions(f: Finding, doc: TextDocument, format: Format): CodeAction[] {
  if (format === 'text' || !/^[a-z][a-z0-9-]*$/.test(f.ruleId) || !ruleById(f.ruleId)) return []
  const text = doc.getText()
  const nl = lineBreakOf(text)
  const actions: CodeAction[] = []
  // The block the finding is in: its first line, when it is a top-level paragraph or heading.
  const lineStart = Math.max(text.lastIndexOf('\n', f.start - 1), text.lastIndexOf('\r', f.start - 1)) + 1
  let blockStart = lineStart
  if (format === 'markdown') {
    // Walk back over the paragraph's earlier lines (a paragraph ends at a blank line).
    while (blockStart > 0) {
      const prevEnd = text[blockStart - 1] === '\n' && text[blockStart - 2] === '\r' ? blockStart - 2 : blockStart - 1
      const prevStart = Math.max(text.lastIndexOf('\n', prevEnd - 1), text.lastIndexOf('\r', prevEnd - 1)) + 1
      const prev = text.slice(prevStart, prevEnd)
      if (prev.trim() === '' || /^(?:#{1,6}[ \t]|<!--|```|~~~|[-*+>]|\d+[.)])/.test(prev)) break
      blockStart = prevStart
    }
    const first = text.slice(blockStart, text.indexOf('\n', blockStart) === -1 ? text.length : text.indexOf('\n', blockStart))
    const topLevel = /^#{1,6}[ \t]+\S/.test(first) || (/^[^\s#>*+\-|<`~=_]/.test(first) && !/^\d+[.)](?:[ \t]|$)/.test(first))
    const afterFrontMatter = FRONT_MATTER.exec(text)?.[0].length ?? 0
    // A block of its own: at the start, right after front matter, or after a blank line (not the
    // lazy continuation of a list item or quote, where a comment line would split the item).
    const before = text.slice(0, blockStart).replace(/\r?\n$|\r$/, '')
    const lineBefore = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1)
    const ownBlock = blockStart === 0 || blockStart === afterFrontMatter || lineBefore.trim() === ''
    if (topLevel && ownBlock && blockStart >= afterFrontMatter) {
      actions.push({
        title: `Disable ${f.ruleId} for this ${first.startsWith('#') ? 'heading' : 'paragraph'}`,
        kind: 'quickfix',
        diagnostics: [f.diagnostic],
        edit: {changes: {[doc.uri]: [edit(doc, blockStart, blockStart, `<!-- wirelint-ignore ${f.ruleId} -->${nl}`)]}}
      })
    }
  }
  const top = format === 'markdown' ? FRONT_MATTER.exec(text)?.[0].length ?? 0 : DOCTYPE.exec(text)?.[0].length ?? 0
  const before = top > 0 && !/[\r\n]$/.test(text.slice(0, top)) ? nl : ''
  actions.push({
    title: `Disable ${f.ruleId} for this file`,
    kind: 'quickfix',
    diagnostics: [f.diagnostic],
    edit: {changes: {[doc.uri]: [edit(doc, top, top, `${before}<!-- wirelint-disable ${f.ruleId} -->${nl}`)]}}
  })
  return actions
}

/** Markdown for a hover over findings: each rule's description, how it decides, and the finding's reason. */
export function hoverFor(findings: readonly Finding[], doc: TextDocument): Hover | undefined {
  if (findings.length === 0) return undefined
  const parts: string[] = []
  for (const f of findings) {
    const meta = ruleById(f.ruleId)?.meta
    const head = `**${f.ruleId}** (${f.severity})${meta ? ` — ${meta.description}` : ''}`
    const lines = [head, '', f.reason]
    if (f.expected.length > 0) {
      lines.push('', `Suggested: ${f.expected.slice(0, 5).map((e) => (e === '' ? '(delete)' : '`' + e.replace(/`/g, 'ˋ') + '`')).join(', ')}${f.fix ? ' — safe to apply' : ''}`)
    }
    if (meta?.docs?.decides) lines.push('', meta.docs.decides)
    if (f.url) lines.push('', `[${f.ruleId} in the wirelint docs](${f.url})`)
    parts.push(lines.join('\n'))
  }
  const start = Math.min(...findings.map((f) => f.start))
  const end = Math.max(...findings.map((f) => f.end))
  const range: Range = {start: doc.positionAt(start), end: doc.positionAt(end)}
  return {contents: {kind: 'markdown', value: parts.join('\n\n---\n\n')}, range}
}

export function offsetAt(doc: TextDocument, position: Position): number {
  return doc.offsetAt(position)
}
