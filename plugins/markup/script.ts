/**
 * markup, leaked page script: ad, analytics and embed snippets
 * ("googletag.cmd.push(function", "window.dataLayer", "(adsbygoogle = …").
 *
 * How it decides: a fingerprint of data/markup.ts must be present; around
 * it, the whitespace-separated tokens that look like code (script keywords,
 * braces, calls, member access, string arguments; a short token between two
 * code tokens too) make one run.  A line made only of code is reported whole
 * (fix: delete the line); code inside a prose line is reported as the run of
 * code-like tokens around the fingerprint, without an unattended fix.
 */
import {SCRIPT_FINGERPRINTS} from '../data/markup.js'
import type {Candidate} from './candidate.js'

/**
 * All fingerprints as one alternation of literals: no quantifiers, so each
 * position costs at most the length of the fingerprints (linear), and the
 * regex engine's native scan is ~5× faster than a hand loop over start
 * characters.
 */
const FINGERPRINT = new RegExp(SCRIPT_FINGERPRINTS.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')

interface Token {
  start: number
  end: number
  code: boolean
  /** The first fingerprint found in the token, if any. */
  hit: string | undefined
}

/** Script keywords that are not also English words. */
const JS_WORDS = new Set(['function', 'var', 'const', 'typeof', 'undefined', 'null', '=>', '||', '&&', '===', '!=='])

function isCodeToken(t: string): boolean {
  if (JS_WORDS.has(t)) return true
  if (/[{}=|[\]$]/.test(t)) return true
  if (/[\w)]\(/.test(t)) return true
  if (/\)[.;,)]/.test(t)) return true
  if (/;./.test(t)) return true
  if (/^[_!]/.test(t)) return true
  if (/^\(?[A-Za-z_$][\w$]+\.[a-z_$][\w$]*/.test(t)) return true
  // A string literal as an argument or a JSON key: "'js',", "\"@type\":".
  if (/^['"][^'"\s]*['"][,);:]+$/.test(t)) return true
  return false
}

export function scriptCandidates(text: string): Candidate[] {
  const hits: Array<[number, number, string]> = []
  FINGERPRINT.lastIndex = 0
  let f: RegExpExecArray | null
  while ((f = FINGERPRINT.exec(text)) !== null) hits.push([f.index, f.index + f[0].length, f[0]])
  if (hits.length === 0) return []
  // Whitespace-separated tokens, each classified as code or prose.
  const tokens: Token[] = []
  const TOKEN = /\S+/g
  let m: RegExpExecArray | null
  let h = 0
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index
    const end = start + m[0].length
    let hit: string | undefined
    while (h < hits.length && hits[h][1] <= start) h++
    // A fingerprint overlapping this token ("(function(d, s, id)" spans tokens).
    for (let k = h; k < hits.length && hits[k][0] < end && hit === undefined; k++) if (hits[k][1] > start) hit = hits[k][2]
    tokens.push({start, end, code: hit !== undefined || isCodeToken(m[0]), hit})
  }
  // A short token between two code tokens is code too: "= googletag ||",
  // "'js', new Date());", "(window, document,'script', 'https://…');".
  const wasCode = tokens.map((t) => t.code)
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]
    if (!t.code && wasCode[k - 1] && wasCode[k + 1] && t.end - t.start <= 40) t.code = true
  }
  const out: Candidate[] = []
  let k = 0
  while (k < tokens.length) {
    if (!tokens[k].code) {
      k++
      continue
    }
    let e = k
    let first = tokens[k].hit
    while (e + 1 < tokens.length && tokens[e + 1].code) {
      e++
      first ??= tokens[e].hit
    }
    if (first !== undefined) {
      const start = tokens[k].start
      const end = tokens[e].end
      const whole = k === 0 && e === tokens.length - 1
      out.push({
        start,
        end,
        kind: whole ? 'line' : 'fragment',
        reason: whole
          ? `Line of leaked page script (“${first}”): delete the line`
          : `Leaked page script (“${first}”) in the copy: delete it`
      })
    }
    k = e + 1
  }
  return out
}
