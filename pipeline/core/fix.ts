/**
 * Fixes: a pure function (text, messages) → text, shared by the CLI, the git
 * hook and the HTTP service.
 *
 * A message carries a `fix` only when its rule marks it safe and it has
 * exactly one candidate (see plugins/support/rule.ts).  Overlapping fixes are
 * resolved deterministically: by start, then end, then rule id; the first
 * wins and the others wait for the next pass.  `fixText` re-checks and
 * re-applies until nothing changes (at most `maxPasses` times), so a fix that
 * uncovers another finding is handled too.
 */
import type {VFile} from 'vfile'
import type {Fix, WirelintMessage} from '../../plugins/support/rule.js'
import {isLineBreakCode} from '../../plugins/support/lines.js'
import {isProseOffset, type ParagraphInfo} from '../../plugins/support/document.js'

export interface Applied {
  text: string
  applied: WirelintMessage[]
  /** Fixable messages left for a later pass (they overlapped an applied fix). */
  deferred: WirelintMessage[]
}

function compare(a: WirelintMessage, b: WirelintMessage): number {
  const fa = a.fix as Fix
  const fb = b.fix as Fix
  return fa.start - fb.start || fa.end - fb.end || String(a.ruleId).localeCompare(String(b.ruleId)) || fa.text.localeCompare(fb.text)
}

/** Offsets of a message's place, when it has a start and an end with offsets. */
function placeOffsets(m: WirelintMessage): [number, number] | undefined {
  const place = m.place as {start?: {offset?: number}; end?: {offset?: number}} | undefined
  const start = place?.start?.offset
  const end = place?.end?.offset
  return typeof start === 'number' && typeof end === 'number' ? [start, end] : undefined
}

/**
 * Whether a message's fix may be applied to `text`: the fix lies in the text,
 * the text at the finding's place is still what the rule saw (`actual`), and
 * the fix stays inside the finding's span, reaching beyond it only over
 * white space with at most one line break (a whole line deleted with its
 * line ending).  Anything else would rewrite characters nobody flagged.
 */
export function fixIsSound(text: string, m: WirelintMessage, isProse?: (offset: number) => boolean): boolean {
  const f = m.fix
  if (!f || !(f.start >= 0 && f.start <= f.end && f.end <= text.length)) return false
  const place = placeOffsets(m)
  // A message made by hand (no place): only its range can be checked.
  if (!place) return true
  const [ps, pe] = place
  if (!(ps >= 0 && ps <= pe && pe <= text.length)) return false
  if (typeof m.actual === 'string' && text.slice(ps, pe) !== m.actual) return false
  if (f.start > pe || f.end < ps) return false
  let breaks = 0
  const outside = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i)
      if (isLineBreakCode(code)) {
        if (++breaks > 1) return false
        if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++
      } else if (!isSpaceCode(code) && (isProse === undefined || isProse(i))) {
        return false
      }
    }
    return true
  }
  return outside(f.start, Math.min(ps, f.end)) && outside(Math.max(pe, f.start), f.end)
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0xfeff || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f
}

/**
 * Remove every fix that is not sound for `text` (see fixIsSound).  With the
 * document's paragraphs (recorded by the index), a fix may also reach over
 * markup that is not prose: the `**` and `](url)` of a Markdown furniture line.
 */
export function dropUnsoundFixes(text: string, messages: readonly WirelintMessage[], paragraphs?: readonly ParagraphInfo[]): void {
  const isProse = paragraphs ? (offset: number) => isProseOffset(paragraphs, offset) : undefined
  for (const m of messages) if (m.fix && !fixIsSound(text, m, isProse)) delete m.fix
}

/** Apply the non-overlapping safe fixes of `messages` to `text`. */
export function applyFixes(text: string, messages: readonly WirelintMessage[]): Applied {
  const fixable = messages.filter((m) => fixIsSound(text, m))
  fixable.sort(compare)
  const applied: WirelintMessage[] = []
  const deferred: WirelintMessage[] = []
  let last = -1
  let lastWasInsert = false
  for (const m of fixable) {
    const f = m.fix as Fix
    const overlaps = f.start < last || (f.start === last && (f.start === f.end || lastWasInsert))
    // Identical fixes from two rules count once.
    const duplicate = applied.length > 0 && sameFix(applied[applied.length - 1].fix as Fix, f)
    if (duplicate) continue
    if (overlaps) {
      deferred.push(m)
      continue
    }
    applied.push(m)
    last = f.end
    lastWasInsert = f.start === f.end
  }
  let out = ''
  let at = 0
  for (const m of applied) {
    const f = m.fix as Fix
    out += text.slice(at, f.start) + f.text
    at = f.end
  }
  out += text.slice(at)
  return {text: out, applied, deferred}
}

function sameFix(a: Fix, b: Fix): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text
}

export interface FixOutcome {
  /** The fixed text. */
  text: string
  /** The check of the fixed text (the findings that remain). */
  file: VFile
  /** How many fixes were applied over all passes. */
  fixed: number
  passes: number
  /** Each applied fix's message, with the pass (1-based) that applied it. */
  applied: Array<{message: WirelintMessage; pass: number}>
}

/**
 * Check, fix, and check again until no safe fix is left or `maxPasses` is
 * reached.  `check` must return a fresh VFile for the given text.  The one
 * fix loop of the CLI, the git hook, the batch workers, the HTTP service and
 * the language server.
 */
export async function fixText(
  text: string,
  check: (text: string) => Promise<VFile>,
  maxPasses = 10
): Promise<FixOutcome> {
  let current = text
  let file = await check(current)
  const applied: FixOutcome['applied'] = []
  let passes = 0
  while (passes < maxPasses) {
    const result = applyFixes(current, file.messages as WirelintMessage[])
    if (result.applied.length === 0 || result.text === current) break
    passes++
    for (const message of result.applied) applied.push({message, pass: passes})
    current = result.text
    file = await check(current)
  }
  return {text: current, file, fixed: applied.length, passes, applied}
}

/** Lines of a text, each with its line feed (the last may have none). */
function linesOf(text: string): string[] {
  const lines: string[] = []
  let at = 0
  while (at < text.length) {
    let end = at
    // Lines end at LF, as in diff and patch (a CR stays part of its line).
    while (end < text.length && text.charCodeAt(end) !== 10) end++
    if (end < text.length) end++
    lines.push(text.slice(at, end))
    at = end
  }
  return lines
}

type Op = {kind: ' ' | '-' | '+'; line: string}

/** How far ahead a changed region looks for the lines where both texts agree again. */
const SYNC_WINDOW = 64

/**
 * A line edit script from `a` to `b`.  Written by hand instead of jsdiff's
 * Myers diff, which takes O(N·D) time: a file dense with fixes changes
 * nearly every line (D ≈ N), and 8,000 fixed lines took 7 s to diff.  Fixes
 * change lines in place or delete whole lines, so after a difference the
 * texts agree again within a few lines: look for the nearest pair of equal
 * lines (two in a row, or the end) within a window, and write the lines in
 * between as removed and added.  Linear in the texts' size; the script is
 * always correct, and minimal for the edits fixes make.
 */
function editScript(a: string[], b: string[]): Op[] {
  const ops: Op[] = []
  let i = 0
  let j = 0
  const agree = (x: number, y: number): boolean =>
    (x === a.length && y === b.length) || (x < a.length && y < b.length && a[x] === b[y] && (x + 1 === a.length || y + 1 === b.length || a[x + 1] === b[y + 1]))
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({kind: ' ', line: a[i]})
      i++
      j++
      continue
    }
    // The nearest place (fewest lines skipped on both sides) where the texts agree again.
    let di = Math.min(1, a.length - i)
    let dj = Math.min(1, b.length - j)
    search: for (let sum = 1; sum <= 2 * SYNC_WINDOW; sum++) {
      for (let x = Math.max(0, sum - SYNC_WINDOW); x <= Math.min(sum, SYNC_WINDOW); x++) {
        const y = sum - x
        if (i + x > a.length || j + y > b.length) continue
        if (agree(i + x, j + y)) {
          di = x
          dj = y
          break search
        }
      }
    }
    for (let k = 0; k < di; k++) ops.push({kind: '-', line: a[i + k]})
    for (let k = 0; k < dj; k++) ops.push({kind: '+', line: b[j + k]})
    i += di
    j += dj
  }
  return ops
}

/** A unified diff of a file's fix (for --fix-dry-run), in the format of `diff -u` and jsdiff's createTwoFilesPatch. */
export function fixDiff(path: string, before: string, after: string, context = 2): string {
  if (before === after) return ''
  const name = path.replace(/^\/+/, '')
  const ops = editScript(linesOf(before), linesOf(after))
  const out: string[] = ['===================================================================\n', `--- a/${name}\t\n`, `+++ b/${name}\t\n`]
  const show = (op: Op): string => {
    const body = op.line.endsWith('\n') ? op.line : op.line + '\n\\ No newline at end of file\n'
    return op.kind + body
  }
  let k = 0
  // Line numbers (0-based) in the old and new text at op k.
  let oldLine = 0
  let newLine = 0
  while (k < ops.length) {
    if (ops[k].kind === ' ') {
      oldLine++
      newLine++
      k++
      continue
    }
    // A hunk: up to `context` lines before, the changes, merged while the gap is ≤ 2 × context.
    const lead = Math.min(context, k, oldLine)
    let start = k - lead
    let hunkOld = oldLine - lead
    let hunkNew = newLine - lead
    let end = k
    let lastChange = k
    while (end < ops.length) {
      if (ops[end].kind !== ' ') lastChange = end
      else if (end - lastChange > 2 * context) break
      end++
    }
    end = Math.min(ops.length, lastChange + 1 + context)
    let oldCount = 0
    let newCount = 0
    const body: string[] = []
    for (let x = start; x < end; x++) {
      const op = ops[x]
      if (op.kind !== '+') oldCount++
      if (op.kind !== '-') newCount++
      body.push(show(op))
    }
    const range = (line: number, count: number): string => `${count === 0 ? line : line + 1},${count}`
    out.push(`@@ -${range(hunkOld, oldCount)} +${range(hunkNew, newCount)} @@\n`, ...body)
    for (let x = k; x < end; x++) {
      if (ops[x].kind !== '+') oldLine++
      if (ops[x].kind !== '-') newLine++
    }
    k = end
    start = end
    hunkOld = oldLine
    hunkNew = newLine
  }
  return out.join('')
}
