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
import {createTwoFilesPatch} from 'diff'
import type {VFile} from 'vfile'
import type {Fix, WirelintMessage} from '../plugins/support/rule.js'

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

/** Apply the non-overlapping safe fixes of `messages` to `text`. */
export function applyFixes(text: string, messages: readonly WirelintMessage[]): Applied {
  const fixable = messages.filter(
    (m) => m.fix && m.fix.start >= 0 && m.fix.end <= text.length && m.fix.start <= m.fix.end
  )
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

/** A unified diff of a file's fix (for --fix-dry-run). */
export function fixDiff(path: string, before: string, after: string): string {
  if (before === after) return ''
  const name = path.replace(/^\/+/, "")
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, '', '', {context: 2})
}
