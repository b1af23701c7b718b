/**
 * house-style: the newsroom's own terms, from the configuration — words to
 * substitute ("Kiev" → "Kyiv", with a fix), phrases to avoid (with the
 * newsroom's message), and accepted and rejected vocabularies (files of one
 * term a line) — in the spirit of Vale's substitution and existence styles
 * and its Vocab `accept.txt` / `reject.txt`, and of textlint's prh
 * dictionaries.
 *
 * Off unless configured.  The tables are compiled once per configuration
 * (the rule's setup runs once per processor, and processors are cached per
 * configuration), into one linear expression (house-style/terms.ts).
 *
 * Case: a term matches as written, with its first letter capitalised (a
 * sentence start: "per cent" → "Per cent"), or in capitals ("KIEV"); a
 * one-word name ("Kiev": a capital first, no other) also in lower case when
 * that is not an English word ("kiev's", but never "turkey" for "Turkey").
 * A substitution keeps the form it replaces ("KIEV" → "KYIV", "Kiev’s" →
 * "Kyiv’s").  An accepted term written in another case ("Whatsapp" for
 * "WhatsApp") is reported with the accepted form as its fix.
 */
import {isCommonWord} from './support/lexicon.js'
import {defineRule, ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'
import {compileTerms, lowerSameLength, normalise, prepareHouseStyle, termsOf, type Term} from './house-style/terms.js'

export interface HouseStyleOptions extends RuleOptions {
  substitute?: Record<string, string>
  avoid?: Record<string, string>
  accept?: string[]
  reject?: string[]
}

export const meta: RuleMeta = {
  id: 'house-style',
  description: 'The newsroom\'s own style, from the configuration: terms to substitute ("Kiev" → "Kyiv"), phrases to avoid, accepted and rejected vocabularies.',
  severity: 'warning',
  off: true,
  fixable: true,
  url: ruleUrl('house-style'),
  options: {
    substitute: {custom: 'object'},
    avoid: {custom: 'object'},
    accept: {custom: 'path \\| string[]'},
    reject: {custom: 'path \\| string[]'}
  },
  prepare: (options, context) => prepareHouseStyle(options, context.readFile),
  acceptedWords: (options) => (Array.isArray(options.accept) ? (options.accept as string[]) : []),
  docs: {
    decides:
      'Off until the configuration turns it on with the newsroom\'s terms. Each term is matched as a whole word or phrase ' +
      '(white space inside a phrase matches any run of white space, and the two apostrophes match each other), in prose only ' +
      '(not URLs, addresses, code), as written, with its first letter capitalised, or in capitals; a one-word name (a capital ' +
      'first and no other) also in lower case when that is not an English word ("kiev", never "turkey"). A substitution keeps ' +
      'the case of what it replaces ("KIEV" → "KYIV") and is fixed unattended; an avoided phrase gets the newsroom\'s message and ' +
      'no fix; a rejected term is reported without a fix; an accepted term is added to every rule\'s accepted words, and written in ' +
      'another case ("Whatsapp" for "WhatsApp") it is reported with the accepted form as the fix. Vocabulary files hold one term a ' +
      'line, `#` starting a comment, and are named relative to the configuration file (only there: a request to the service ' +
      'gives the terms as an array). A term listed twice, a term that does not start and end with a letter or digit, or an empty ' +
      'replacement is a configuration error.',
    options: {
      substitute: {default: {}, description: 'Terms and their replacements: `{"Kiev": "Kyiv"}`.'},
      avoid: {default: {}, description: 'Phrases to avoid and the newsroom\'s message for each: `{"the Hexagon": "say France"}`.'},
      accept: {default: [], description: 'Accepted terms: a vocabulary file (one term a line, `#` comments) or an array of terms.'},
      reject: {default: [], description: 'Rejected terms: a vocabulary file or an array of terms.'}
    }
  },
  examples: {
    options: {substitute: {Kiev: 'Kyiv', 'per cent': 'percent'}, avoid: {'the Hexagon': 'say France'}, reject: ['hopefully'], accept: ['WhatsApp']},
    ok: [
      'The minister flew to Kyiv on Monday.',
      'The Thanksgiving turkey and the hexagon-shaped hall; a Kievan chronicle.',
      'Messages on WhatsApp and WHATSAPP banners.'
    ],
    notOk: [
      {text: 'Talks in Kiev resumed.', line: 1, column: 10, actual: 'Kiev', fix: 'Kyiv'},
      {text: 'KIEV UNDER FIRE', line: 1, column: 1, actual: 'KIEV', fix: 'KYIV'},
      {text: 'The mayor of kiev’s council spoke.', line: 1, column: 14, actual: 'kiev', fix: 'Kyiv'},
      {text: 'Per cent figures rose 5 per cent.', line: 1, column: 1, actual: 'Per cent', fix: 'Percent', also: [{line: 1, column: 25, actual: 'per cent', fix: 'percent'}]},
      {text: 'Ministers in the Hexagon disagreed.', line: 1, column: 14, actual: 'the Hexagon'},
      {text: 'Hopefully the vote passes.', line: 1, column: 1, actual: 'Hopefully'},
      {text: 'She wrote on Whatsapp.', line: 1, column: 14, actual: 'Whatsapp', fix: 'WhatsApp'}
    ]
  }
}

type Form = 'exact' | 'capital' | 'upper' | 'lower'

const ONE_CAPITAL_NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]*$/u
const HAS_LOWER = /\p{Ll}/u

function capitalise(text: string): string {
  const first = String.fromCodePoint(text.codePointAt(0)!)
  return first.toUpperCase() + text.slice(first.length)
}

/** Which form of `term` the matched text is, if any it accepts. */
function formOf(term: string, text: string): Form | undefined {
  if (text === term) return 'exact'
  if (text === capitalise(term)) return 'capital'
  if (HAS_LOWER.test(term) && text === term.toUpperCase()) return 'upper'
  if (ONE_CAPITAL_NAME.test(term) && text === term.toLowerCase() && !isCommonWord(text.replace(/’/g, "'"))) return 'lower'
  return undefined
}

function inForm(value: string, form: Form): string {
  if (form === 'capital') return capitalise(value)
  if (form === 'upper') return value.toUpperCase()
  return value
}

interface State {
  pattern: RegExp | undefined
  byKey: Map<string, Term>
}

export default defineRule<HouseStyleOptions, State>({
  meta,
  setup(options) {
    const terms = termsOf(options)
    return {pattern: compileTerms(terms), byKey: new Map(terms.map((t) => [t.term.toLowerCase(), t]))}
  },
  check(context, {pattern, byKey}) {
    if (!pattern) return
    for (const paragraph of context.index.paragraphs) {
      const text = paragraph.masked
      const lower = lowerSameLength(text)
      pattern.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = pattern.exec(lower))) {
        const found = text.slice(match.index, match.index + match[0].length)
        if (found.length === 0) {
          pattern.lastIndex++
          continue
        }
        const written = normalise(found)
        const term = byKey.get(written.toLowerCase())
        if (!term) continue
        const form = formOf(term.term, written)
        const start = match.index
        const end = start + found.length
        if (term.kind === 'accept') {
          if (form === undefined || form === 'lower') {
            context.reportText(paragraph, start, end, {reason: `House style writes “${term.term}”, not “${found}”`, expected: [term.term]})
          }
          continue
        }
        if (form === undefined) continue
        if (term.kind === 'substitute') {
          const replacement = inForm(term.value!, form)
          context.reportText(paragraph, start, end, {reason: `House style: “${replacement}”, not “${found}”`, expected: [replacement]})
        } else if (term.kind === 'avoid') {
          context.reportText(paragraph, start, end, {reason: `House style: avoid “${found}”: ${term.value}`})
        } else {
          context.reportText(paragraph, start, end, {reason: `House style: “${found}” is on the list of rejected terms`})
        }
      }
    }
  }
})
