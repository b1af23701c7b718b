/**
 * Issue 15: findings that can be trusted.
 * - `fixable` in each rule's meta matches what its findings carry (over the
 *   samples and the documented examples), and the README and `/api/rules`
 *   (both read the meta) say the same;
 * - messages are checked against their findings over the samples and our own
 *   sentences: the weekday a calque names, the mark a spacing finding names,
 *   the language an untranslated word is said to be in; a paragraph cut after
 *   "and" is never offered "and."; a "?" standing for a lost closing quote is
 *   diagnosed as such.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {retext} from 'retext'
import {describe, expect, it} from 'vitest'
import {createChecker} from '../../pipeline/core/checker.js'
import type {UserConfig} from '../../pipeline/core/config.js'
import {RULES} from '../../pipeline/core/rules.js'
import {defineRule, ruleUrl, type WirelintMessage} from '../../plugins/support/rule.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const samples = fs.readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.txt'))
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')

/** Every finding of the samples (all rules on, house-style with its examples' terms) and of each rule's examples. */
async function allFindings(): Promise<Array<{sample?: string; message: WirelintMessage}>> {
  const house = RULES.find((r) => r.meta.id === 'house-style')!.meta
  const everything = createChecker({rules: {'house-style': ['warning', house.examples.options!]}} as UserConfig)
  const out: Array<{sample?: string; message: WirelintMessage}> = []
  for (const name of samples) {
    const file = await everything.check(fs.readFileSync(path.join(root, 'samples', name), 'utf8'), {path: name})
    for (const message of file.messages as WirelintMessage[]) out.push({sample: name, message})
  }
  for (const {meta} of RULES) {
    const rules: NonNullable<UserConfig['rules']> = {}
    for (const r of RULES) rules[r.meta.id] = 'off'
    rules[meta.id] = [meta.severity, meta.examples.options ?? {}]
    const checker = createChecker({rules})
    for (const e of meta.examples.notOk) {
      const file = await checker.check(e.text)
      for (const message of file.messages as WirelintMessage[]) out.push({message})
    }
  }
  return out
}

const findings = allFindings()

describe('issue 15: fixable matches the findings', () => {
  it.each(RULES.map((r) => [r.meta.id, r.meta.fixable] as const))('%s: fixable %s', async (id, fixable) => {
    const own = (await findings).filter((f) => f.message.ruleId === id)
    const withFix = own.filter((f) => f.message.fix)
    if (fixable) expect(withFix.length, `${id} says fixable but no finding carries a fix`).toBeGreaterThan(0)
    else expect(withFix.map((f) => f.message.actual), `${id} says not fixable`).toEqual([])
    // The README's table (and /api/rules, which reads the same meta) says the same.
    expect(readme).toMatch(new RegExp(`\\| \\[\`${id}\`\\]\\(#${id}\\) \\| \\w+ \\| ${fixable ? 'yes' : 'no'} \\|`))
  })

  it('number-format is fixable: its sure fixes are applied, its guesses are not', async () => {
    const file = await createChecker().check('Turnout was 78 % and inflation 2,5% in the 1990s.\n')
    const number = (file.messages as WirelintMessage[]).filter((m) => m.ruleId === 'number-format')
    expect(number.find((m) => m.actual === '78 %')?.fix?.text).toBe('78%')
    expect(number.some((m) => m.fix)).toBe(true)
  })

  it('a rule that is not fixable never carries a fix, whatever a finding says', async () => {
    const rule = defineRule({
      meta: {id: 'probe', description: 'x', severity: 'warning', fixable: false, url: ruleUrl('probe'), examples: {ok: [], notOk: []}},
      check: ({report}) => void report({start: 0, end: 3, reason: 'probe', expected: ['The'], safe: true})
    })
    const file = await retext().use(rule).process('the vote')
    expect((file.messages[0] as WirelintMessage).expected).toEqual(['The'])
    expect((file.messages[0] as WirelintMessage).fix).toBeUndefined()
  })
})

const WEEKDAY_WORDS: Record<string, string[]> = {
  Monday: ['lunes', 'lunedì', 'lundi', 'segunda-feira', 'Montag'],
  Tuesday: ['martes', 'martedì', 'mardi', 'terça-feira', 'Dienstag'],
  Wednesday: ['miércoles', 'mercoledì', 'mercredi', 'quarta-feira', 'Mittwoch'],
  Thursday: ['jueves', 'giovedì', 'jeudi', 'quinta-feira', 'Donnerstag'],
  Friday: ['viernes', 'venerdì', 'vendredi', 'sexta-feira', 'Freitag'],
  Saturday: ['sábado', 'sabato', 'samedi', 'Samstag'],
  Sunday: ['domingo', 'domenica', 'dimanche', 'Sonntag']
}
const LANGUAGE_OF: Record<string, string> = {de: 'German', es: 'Spanish', fr: 'French', it: 'Italian', pt: 'Portuguese'}

/** Source-language weekday words a reason names that belong to another day than `day`. */
function otherDays(reason: string, day: string): string[] {
  return Object.entries(WEEKDAY_WORDS)
    .filter(([d]) => d !== day)
    .flatMap(([, words]) => words.filter((w) => new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, 'u').test(reason)))
}

describe('issue 15: messages checked against their findings', () => {
  // Our own sentences: each weekday in the calque's four shapes.
  const days = Object.keys(WEEKDAY_WORDS)
  const shapes = (d: string) => [
    `Voters went to the polls this ${d}, officials said.`,
    `The results of this ${d} were clear, he said.`,
    `Prices have risen since this ${d}.`,
    `The strike began the past ${d}.`
  ]

  it.each(days)('a calque on %s names that day in every source language, and no other day', async (day) => {
    const rules: NonNullable<UserConfig['rules']> = {}
    for (const r of RULES) rules[r.meta.id] = 'off'
    rules.calque = 'info'
    const checker = createChecker({rules})
    for (const text of shapes(day)) {
      const file = await checker.check(text)
      expect(file.messages, text).toHaveLength(1)
      const reason = file.messages[0]!.reason
      expect(otherDays(reason, day), reason).toEqual([])
      expect(WEEKDAY_WORDS[day]!.some((w) => reason.includes(w)), reason).toBe(true)
      expect(reason).not.toMatch(new RegExp(`(?:last|since|on) (?!${day})(?:${days.join('|')})`))
    }
  })

  it('over the samples: calques name their own weekday, spacing findings their own mark, untranslated words the story’s language', async () => {
    let checked = 0
    for (const {sample, message: m} of await findings) {
      const reason = m.reason
      if (m.ruleId === 'calque') {
        const day = days.find((d) => m.actual?.includes(d))
        if (day) {
          expect(otherDays(reason, day), reason).toEqual([])
          checked++
        }
      }
      if (m.ruleId === 'punctuation-spacing') {
        const mark = /^(?:Space before|No space after) “([^”]+)”/.exec(reason)?.[1]
        if (mark) {
          expect(m.actual, reason).toContain(mark)
          checked++
        }
      }
      if (m.ruleId === 'untranslated' && sample && LANGUAGE_OF[sample.slice(0, 2)]) {
        const language = /” is (\w+), left untranslated/.exec(reason)?.[1]
        if (language) {
          expect(language, reason).toBe(LANGUAGE_OF[sample.slice(0, 2)])
          checked++
        }
      }
      if (m.ruleId === 'terminal-punctuation') {
        for (const candidate of m.expected ?? []) expect(candidate, reason).not.toMatch(/\b(?:and|or|but|of|the|a|an|to|in|for|with|that)\.$/i)
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8)
  })

  it('a paragraph cut after “and” is never offered “and.”', async () => {
    const stories = [
      'Floods hit the north.\n\nThe rain fell for three days and\n\nRescuers reached the villages on Friday.\n',
      'Floods hit the north.\n\nThe rain fell for three days and\n',
      'Floods hit the north.\n\nThe minister met the unions and the\n'
    ]
    for (const text of stories) {
      const file = await createChecker().check(text)
      const terminal = (file.messages as WirelintMessage[]).filter((m) => m.ruleId === 'terminal-punctuation')
      expect(terminal.length, text).toBe(1)
      for (const c of terminal[0]!.expected ?? []) expect(c).not.toMatch(/(?:and|the)\.$/)
      expect(terminal[0]!.fix).toBeUndefined()
    }
  })

  it('a “?” standing for a lost closing quote is diagnosed as such, not as a quotation never closed', async () => {
    const file = await createChecker().check('“We will win.” he said. “We must stay humble? the minister added.\n')
    expect((file.messages as WirelintMessage[]).map((m) => [m.ruleId, m.column, m.actual, m.expected, m.fix])).toEqual([
      ['quotes', 45, '?', ['”', '?”'], undefined]
    ])
    expect(file.messages[0]!.reason).toMatch(/closing quote mark, lost in conversion/)
  })
})
