/**
 * markup, WordPress shortcodes: "[caption id=…]", "[/caption]", "[embed]",
 * "[gallery ids=…]".
 *
 * How it decides: the name must be a core or common plugin shortcode (or one
 * of the `shortcodes` option), in lower case as WordPress registers them.
 * A closing shortcode, one with `attr=value` or a URL, and a core name are
 * flagged; a bare plugin name only when it holds "_" or "-" or the document
 * also closes it ("[/name]").  Editorial brackets ("[sic]", "[the
 * minister]", "[video shows …]") and Markdown links ("[video](…)",
 * "[video][1]", "[video]: …") are not shortcodes.  A shortcode is read up to
 * 600 characters, within its line.
 */
import {CORE_SHORTCODES, PLUGIN_SHORTCODES} from '../data/markup.js'
import {shorten, type Candidate} from './candidate.js'

/** Longest shortcode read before giving up. */
const MAX_SHORTCODE = 600

export function scanShortcode(
  text: string,
  i: number,
  extra: ReadonlySet<string>,
  hasCloser: (name: string) => boolean
): Candidate | undefined {
  let j = i + 1
  const closing = text[j] === '/'
  if (closing) j++
  const nameStart = j
  const first = text.charCodeAt(j)
  if (!(first >= 97 && first <= 122)) return undefined
  while (j < text.length && j - nameStart < 40 && SHORTCODE_NAME.test(text[j])) j++
  const name = text.slice(nameStart, j)
  const core = CORE_SHORTCODES.has(name)
  const plugin = PLUGIN_SHORTCODES.has(name) || extra.has(name)
  if (!core && !plugin) return undefined
  let end: number
  let attrs = false
  let url = false
  if (text[j] === ']') {
    end = j + 1
  } else if (text[j] === ' ' && !closing) {
    let k = j
    const limit = Math.min(text.length, i + MAX_SHORTCODE)
    while (k < limit && text[k] !== ']' && text[k] !== '[' && text[k] !== '\n') k++
    if (text[k] !== ']') return undefined
    const body = text.slice(j, k)
    attrs = /[a-z0-9_-]=/i.test(body)
    url = /^\s*https?:\/\//.test(body)
    end = k + 1
  } else {
    return undefined
  }
  // Markdown: "[video](https://…)", "[video][1]", "[video]: https://…".
  const after = text[end]
  if (after === '(' || after === '[' || (after === ':' && i === 0)) return undefined
  const bare = !attrs && !url
  if (bare && end - i > name.length + 3) return undefined
  let flag: boolean
  if (closing) flag = true
  else if (attrs || url) flag = true
  else if (core) flag = true
  else flag = name.includes('_') || name.includes('-') || hasCloser(name)
  if (!flag) return undefined
  const raw = text.slice(i, end)
  return {
    start: i,
    end,
    kind: 'delete',
    reason: `WordPress shortcode “${shorten(raw)}” in the copy: delete it`
  }
}

const SHORTCODE_NAME = /[a-z0-9_-]/
