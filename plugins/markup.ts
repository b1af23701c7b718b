/**
 * markup: HTML tags and entities, leaked script and WordPress shortcodes in
 * the copy — what a CMS export or a scraper leaves behind.
 *
 * - HTML tags, comments, doctypes, `<?php … ?>`, whole `<script>`/`<style>`
 *   blocks; a bare upper-case tag only with the document's evidence
 *   (plugins/markup/tags.ts).  The fix deletes the tag (a space when a
 *   line-break or block element stood between two words).
 * - HTML entities, double-encoded references and escaped tags
 *   (plugins/markup/entities.ts); the fix is the decoded character.
 * - Leaked page script (plugins/markup/script.ts): a line of code is deleted
 *   whole; code inside a prose line has no unattended fix.
 * - WordPress shortcodes (plugins/markup/shortcodes.ts).
 *
 * Scanned on the paragraph's `text` (not `masked`: a URL inside `<a href>` or
 * an entity inside a URL is still markup).  This file dispatches each "<",
 * "&" and "[" to its scanner, keeps the earlier, longer one where script and
 * markup overlap, and reports the candidates once the document's evidence
 * (any definite tag) is known.
 */
import type {ParagraphInfo} from './support/document.js'
import {lineRange} from './support/lines.js'
import {defineRule, ruleUrl, type RuleMeta, type RuleContext, type RuleOptions} from './support/rule.js'
import {judgeWithEvidence, WHITE_SPACE} from './support/text.js'
import {Finder, type Candidate} from './markup/candidate.js'
import {scanEntity} from './markup/entities.js'
import {scriptCandidates} from './markup/script.js'
import {placeholderCandidates} from './markup/placeholders.js'
import {scanShortcode} from './markup/shortcodes.js'
import {scanAngle} from './markup/tags.js'

export {scanTag} from './markup/tags.js'

export interface MarkupOptions extends RuleOptions {
  /** More shortcode names to flag. */
  shortcodes?: readonly string[]
}

export const meta: RuleMeta = {
  id: 'markup',
  description: 'HTML tags and entities, leaked script, template placeholders and WordPress shortcodes in the copy.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('markup'),
  options: {shortcodes: 'string[]'},
  docs: {
    decides:
      'The paragraph text is scanned once at each "<", "&" and "[" (and for script fingerprints), each scanner linear. A ' +
      'tag counts when its name is an HTML element and it is definite (an end tag, self-closing, with `attr=value`, or a ' +
      'bare lower-case start tag); a bare upper-case start tag ("<B>") only when the same document holds definite markup, ' +
      'since wire copy writes tickers and names in angle brackets ("<BAC>", "<Time Inc>"). Entities are read as the HTML ' +
      'parser reads them (the WHATWG names, legacy names without ";" only where a parser would take them, not in "AT&T"), ' +
      'and a double-encoded reference or an escaped tag is one finding. Leaked script needs an ad, analytics or embed ' +
      'fingerprint. A WordPress shortcode needs a known name, and a bare plugin name also "_", "-" or a closing ' +
      '"[/name]" in the document; editorial brackets and Markdown links are not shortcodes. Leaked template code is ' +
      'judged by shape: printf and template placeholders ("%s", "{{title}}", "${name}", "{0}"), a lower-case ' +
      'programmer\'s identifier joined by "_" ("spot_img", "[ad_1]"; not in a URL, address or handle), the text of a ' +
      'site\'s e-mail protection, and Markdown "**" in plain text (alone between spaces, or around words on one line; not ' +
      'a footnote mark or a line of asterisks). Fixes delete the markup (a ' +
      'space between two words for a block element, the whole line for a line of script) or decode the entity. ' +
      'Configured `words` (the flagged text) are accepted.',
    options: {
      shortcodes: {
        default: [],
        description:
          'More shortcode names to flag (lower case), besides the WordPress core and common plugin ones: like a plugin name, flagged when closed, with attributes or a URL, or when the name holds "_" or "-" or the document also closes it.'
      }
    }
  },
  examples: {
    ok: [
      'Shares of BankAmerica Corp <BAC> rose after <Lindqvist Holdings N.V.> sold its stake.',
      'Analysts at <I> and <Time Inc> expect a rise if a < b > c holds.',
      'Fans sent <3 messages to AT&T, S&P and the A&E; unit.',
      'The minister said [sic] that the plan [the budget] would pass.',
      'Watch the [video shows the crowd] clip, then see [Gallery] and [Video: AFP] below.',
      'Google Analytics and the dataLayer were discussed at the conference.',
      'Turnout was 50%, the survey** said; write to jane_doe@example.com.'
    ],
    notOk: [
      {text: '<p>The council met on Monday.</p>', line: 1, column: 1, actual: '<p>', fix: '', also: [{line: 1, column: 30, actual: '</p>', fix: ''}]},
      {text: 'Rates rose.<br />Shares fell.', line: 1, column: 12, actual: '<br />', fix: ' '},
      {text: 'She opened a small caf&#233; in Lyon.', line: 1, column: 23, actual: '&#233;', fix: 'é'},
      {text: 'Tickets cost &pound;20 each.', line: 1, column: 14, actual: '&pound;', fix: '£'},
      {text: 'The vote passed.\ngoogletag.cmd.push(function() { googletag.display("ad-1"); });', line: 2, column: 1, actual: 'googletag.cmd.push(function() { googletag.display("ad-1"); });', fix: ''},
      {text: '[caption id="attachment_12" width="300"] The harbour at dawn.[/caption]', line: 1, column: 1, actual: '[caption id="attachment_12" width="300"]', fix: '', also: [{line: 1, column: 62, actual: '[/caption]', fix: ''}]},
      {text: 'The mayor spoke &lt;br /&gt; at length.', line: 1, column: 17, actual: '&lt;br /&gt;', fix: ''},
      {text: 'Connecting to %s', line: 1, column: 15, actual: '%s', fix: ''},
      {text: '- Advertisement -td_module_title', line: 1, column: 18, actual: 'td_module_title', fix: ''},
      {text: 'It was **the** answer.', line: 1, column: 8, actual: '**the**', fix: 'the'}
    ]
  }
}

export default defineRule<MarkupOptions, ReadonlySet<string>>({
  meta,
  setup(options) {
    const extraShortcodes = new Set<string>()
    for (const s of options.shortcodes ?? []) if (typeof s === 'string') extraShortcodes.add(s)
    return extraShortcodes
  },
  check(context, extraShortcodes) {
    const {index} = context
    const found: Array<[ParagraphInfo, Candidate[]]> = []
    const shortcodeCloser = new Map<string, boolean>()
    const hasCloser = (name: string): boolean => {
      let v = shortcodeCloser.get(name)
      if (v === undefined) {
        v = index.value.includes('[/' + name + ']')
        shortcodeCloser.set(name, v)
      }
      return v
    }
    for (const paragraph of index.paragraphs) {
      const candidates = scanParagraph(paragraph.text, paragraph.masked, extraShortcodes, hasCloser)
      if (candidates.length > 0) found.push([paragraph, candidates])
    }
    // A bare upper-case tag ("<B>") only counts when the document holds definite markup.
    judgeWithEvidence(
      found,
      (all) => all.some(([, candidates]) => candidates.some((c) => c.definiteTag)),
      ([paragraph, candidates], evidence) => {
        for (const c of candidates) {
          if (c.uncertain && !evidence) continue
          emit(context, paragraph, c)
        }
      }
    )
  }
})

function emit({index, accepted, report}: RuleContext<MarkupOptions>, paragraph: ParagraphInfo, c: Candidate): void {
  const text = paragraph.text
  if (accepted.size > 0 && accepted.has(text.slice(c.start, c.end).toLowerCase())) return
  const [start, end] = index.range(paragraph, c.start, c.end)
  if (c.kind === 'entity') {
    report({start, end, reason: c.reason, expected: c.expected, safe: c.safe})
    return
  }
  if (c.kind === 'line') {
    report({start, end, reason: c.reason, expected: [''], fixRange: lineRange(index.value, start, end)})
    return
  }
  if (c.kind === 'fragment') {
    report({start, end, reason: c.reason, expected: [''], safe: false})
    return
  }
  const fix = deletionFix(text, c.start, c.end, c.breaking === true)
  const finding = {start, end, reason: c.reason, expected: [fix.text], safe: c.safe}
  if (fix.from !== c.start || fix.to !== c.end) {
    report({...finding, fixRange: index.range(paragraph, fix.from, fix.to)})
  } else {
    report(finding)
  }
}

/** Where "<", "&" or "[" may start markup. */
const SPECIAL = /[<&\[]/g

/** The candidates of one paragraph, in order, not overlapping. */
function scanParagraph(
  text: string,
  masked: string,
  extraShortcodes: ReadonlySet<string>,
  hasCloser: (name: string) => boolean
): Candidate[] {
  const out: Candidate[] = []
  const script = scriptCandidates(text)
  const placeholders = placeholderCandidates(text, masked)
  if (placeholders.length) script.push(...placeholders)
  if (text.indexOf('<') === -1 && text.indexOf('&') === -1 && text.indexOf('[') === -1) return script
  const finder = new Finder(text)
  let m: RegExpExecArray | null
  let last = 0
  SPECIAL.lastIndex = 0
  while ((m = SPECIAL.exec(text)) !== null) {
    const i = m.index
    if (i < last) {
      SPECIAL.lastIndex = last
      continue
    }
    let c: Candidate | undefined
    if (text[i] === '<') c = scanAngle(text, i, finder)
    else if (text[i] === '&') c = scanEntity(text, i, finder, out.length ? out[out.length - 1].end : 0)
    else c = scanShortcode(text, i, extraShortcodes, hasCloser)
    if (c) {
      out.push(c)
      last = c.end
      SPECIAL.lastIndex = c.end
    }
  }
  if (script.length === 0) return out
  // Script runs and markup may overlap ("document.write('<img …>')"): keep the
  // earlier, longer one.
  const all = [...script, ...out].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Candidate[] = []
  let end = -1
  for (const c of all) {
    if (c.start < end) continue
    kept.push(c)
    end = c.end
  }
  return kept
}

const WORD_END = /[\p{L}\p{N}.,;:!?"”’')\]]/u
const WORD_START = /[\p{L}\p{N}"“‘'([]/u

/** How deleting [s, e) should be applied: swallow a doubled space; a space between words for blocks. */
function deletionFix(text: string, s: number, e: number, breaking: boolean): {from: number; to: number; text: string} {
  const before = s > 0 ? text[s - 1] : ''
  const after = e < text.length ? text[e] : ''
  const spaceBefore = before === '' || WHITE_SPACE.test(before)
  const spaceAfter = after === '' || WHITE_SPACE.test(after)
  if (spaceBefore && spaceAfter) {
    let to = e
    while (to < text.length && WHITE_SPACE.test(text[to])) to++
    if (to > e) return {from: s, to, text: ''}
    let from = s
    while (from > 0 && WHITE_SPACE.test(text[from - 1])) from--
    return {from, to: e, text: ''}
  }
  if (breaking && !spaceBefore && !spaceAfter && WORD_END.test(before) && WORD_START.test(after)) {
    return {from: s, to: e, text: ' '}
  }
  return {from: s, to: e, text: ''}
}
