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
import type {Fix, WirelintMessage} from '../plugins/support/rule.js'
import {isLineBreakCode} from '../plugins/support/lines.js'
import {isProseOffset, type ParagraphInfo} from '../plugins/support/document.js'

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
}

/**
 * Check, fix, and check again until no safe fix is left or `maxPasses` is
 * reached.  `check` must return a fresh VFile for the given text.
 */
export async function fixText(
  text: string,
  check: (text: string) => Promise<VFile>,
  maxPasses = 10
): Promise<FixOutcome> {
  let current = text
  let file = await check(current)
  let fixed = 0
  let passes = 0
  while (passes < maxPasses) {
    const result = applyFixes(current, file.messages as WirelintMessage[])
    if (result.applied.length === 0 || result.text === current) break
    passes++
    fixed += result.applied.length
    current = result.text
    file = await check(current)
  }
  return {text: current, file, fixed, passes}
}

/** A unified diff of a file's fix (for --fix-dry-run); `diff` loads only here, off the checker's start-up path. */
export async function fixDiff(path: string, before: string, after: string): Promise<string> {
  if (before === after) return ''
  const {createTwoFilesPatch} = await import('diff')
  const name = path.replace(/^\/+/, "")
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, '', '', {context: 2})
}
