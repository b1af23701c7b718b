/**
 * quotes: foreign and mismatched quote marks, unbalanced quotations, marks on
 * the wrong side of their space, quote marks typed for apostrophes, straight
 * and curly quotes mixed.  All sentences are our own.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import quotes from '../../plugins/quotes.js'
import {runAlone, runRule, type Found} from '../helpers.js'

const ID = 'quotes'

interface Case {
  text: string
  line: number
  column: number
  actual: string
  /** First fix candidate; null when the rule proposes none. */
  fix: string | null
  /** Whether the fix is applied unattended. */
  safe?: boolean
  severity?: 'error' | 'warn' | 'info'
}

const notOk: Case[] = [
  // Opened in one style, closed in another.
  {text: 'The allies urged “a political solution to the conflict».', line: 1, column: 55, actual: '»', fix: '”', safe: true},
  {text: 'Assad stressed “the support of allies» in the offensive.', line: 1, column: 38, actual: '»', fix: '”', safe: true},
  {text: 'The minister called it «a historic day” on Monday.', line: 1, column: 24, actual: '«', fix: '“', safe: true},
  {text: 'The mayor said „we are ready” on Tuesday.', line: 1, column: 16, actual: '„', fix: '“', safe: true},
  {text: 'The mayor said „we are ready“ on Tuesday.', line: 1, column: 29, actual: '“', fix: '”', safe: true},
  {text: 'He called the plan "reckless” and left.', line: 1, column: 20, actual: '"', fix: '“', safe: true},
  {text: 'He said ‘we will win\' and left.', line: 1, column: 21, actual: "'", fix: '’', safe: true},
  // Foreign marks in English copy.
  {text: 'The minister called it «a historic day» on Monday.', line: 1, column: 39, actual: '»', fix: '”', safe: true},
  {text: 'The minister called it « a historic day » on Monday.', line: 1, column: 24, actual: '« ', fix: '“', safe: true},
  {text: 'The minister called it « a historic day » on Monday.', line: 1, column: 40, actual: ' »', fix: '”', safe: true},
  {text: 'The mayor said »we are ready« on Tuesday.', line: 1, column: 16, actual: '»', fix: '“', safe: true},
  {text: 'The order is called ‹stay home› in the city.', line: 1, column: 21, actual: '‹', fix: '‘', safe: true},
  {text: 'The order is called ‚stay home‘ in the city.', line: 1, column: 31, actual: '‘', fix: '’', safe: true},
  {text: 'The union said "we will strike» on Friday.', line: 1, column: 31, actual: '»', fix: '"', safe: true},
  // A closing quote with no opening one; an opening one never closed.
  {text: 'The rebels “are calm,” who handed out free bread,” he added.', line: 1, column: 50, actual: '”', fix: null},
  {text: 'Farmers blocked the roads,” the police said.', line: 1, column: 27, actual: '”', fix: null},
  {text: 'He said the talks had “failed and left the room.\nThe vote is on Monday, said “a senior aide”.', line: 1, column: 23, actual: '“', fix: null},
  {text: 'The mayor said “we are ready to talk on Tuesday.', line: 1, column: 16, actual: '“', fix: null},
  {text: '“He told me ‘go home’ and I did,” she said. He added: “It was late.', line: 1, column: 55, actual: '“', fix: null},
  {text: 'The envoy said: "Talks will resume.\nThe minister flew home.\nHe called the result "a draw".', line: 1, column: 17, actual: '"', fix: null},
  // Marks on the wrong side of their space, or glued to a word.
  {text: '“We need the deal ”, said the envoy.', line: 1, column: 18, actual: ' ”', fix: '”', safe: true},
  {text: '“We will stay, ”she added.', line: 1, column: 15, actual: ' ”', fix: '” ', safe: true},
  {text: 'The mayor said “ we are ready” on Tuesday.', line: 1, column: 16, actual: '“ ', fix: '“', safe: true},
  {text: 'The mayor said “we are ready ” on Tuesday.', line: 1, column: 29, actual: ' ”', fix: '”', safe: true},
  {text: 'The mayor said “we are ready“ on Tuesday.', line: 1, column: 29, actual: '“', fix: '”', safe: true},
  {text: '“We will stay,” she said, ”and we will fight.”', line: 1, column: 27, actual: '”', fix: '“', safe: true},
  {text: 'The statement read:“We are ready.”', line: 1, column: 20, actual: '“', fix: ' “', safe: true},
  {text: 'The mayor said “We are ready.”And then he left.', line: 1, column: 30, actual: '”', fix: '” ', safe: true},
  {text: 'The coach said: "We played well, " and left the pitch.', line: 1, column: 33, actual: ' "', fix: '"', safe: true},
  {text: 'The crowd cheered."It was loud," he said.', line: 1, column: 19, actual: '"', fix: ' "', safe: true},
  {text: 'He was " a rusty pilot" by then.', line: 1, column: 8, actual: '" ', fix: '"', safe: true},
  {text: 'The ““historic”” deal was signed.', line: 1, column: 6, actual: '“', fix: '', safe: true},
  {text: 'The board agreed to pay an ""unfair" sum.', line: 1, column: 29, actual: '"', fix: '', safe: true},
  // A quote mark typed for an apostrophe (a warning).
  {text: 'Exports from Brazil"s farms rose.', line: 1, column: 20, actual: '"', fix: "'", safe: true, severity: 'info'},
  {text: 'We don"t believe it, he said.', line: 1, column: 7, actual: '"', fix: "'", safe: true, severity: 'info'},
  {text: 'Exports from Brazil”s farms rose. It’s true.', line: 1, column: 20, actual: '”', fix: '’', safe: true, severity: 'info'},
  {text: 'Courts overturned the judges" rulings on Monday.', line: 1, column: 29, actual: '"', fix: "'", safe: false, severity: 'info'},
  {text: '“Stay home,” he said. The ‘90s are over.', line: 1, column: 27, actual: '‘', fix: '’', safe: true, severity: 'info'},
  {text: '“Stay home,” he said. Wales won in ‘94 and lost.', line: 1, column: 36, actual: '‘', fix: '’', safe: true, severity: 'info'},
  {text: 'We don‘t know, he said.', line: 1, column: 7, actual: '‘', fix: '’', safe: true, severity: 'info'},
  {text: 'The players‘ union agreed.', line: 1, column: 12, actual: '‘', fix: '’', safe: true, severity: 'info'},
  // Straight and curly double quotes mixed in one document (a warning on the minority).
  {text: '“We are ready,” he said. "We will win," she said. “Yes,” they said.', line: 1, column: 26, actual: '"', fix: '“', safe: true, severity: 'warn'},
  {text: '"We are ready," he said. "We will win," she said. “Yes,” they said.', line: 1, column: 56, actual: '”', fix: '"', safe: true, severity: 'warn'},
  // On a later line.
  {text: 'Rebels took the city.\nThe allies urged “a political solution».', line: 2, column: 39, actual: '»', fix: '”', safe: true}
]

const ok: string[] = [
  // Curly quotes in good English style.
  '“We are staying put,” the mayor told reporters on Friday.',
  '“They lost the ‘final battle’, as the papers called it,” he said.',
  '‘He said “no” to me,’ she said.',
  '“Who said ‘no’?” he asked. “Are you ready?” “Yes.”',
  '“It’s ‘over’,” she said. “We are the ‘Reds’”, they sang.',
  'He said “I’m fine” and “we’re ready”.',
  'The “Yes” and “No” camps met. They played “Hey Jude”/“Let It Be” twice.',
  '(“We stay,” he said.) - “We stay,” she said. He said: — “We stay.”',
  '“…and then we left,” he said. He said “...and then we left.”',
  '“The score was 6-1”, he said.',
  // Headlines and subheads in quotes, British single quotes.
  '“We are entrenched at home”\nResidents stayed indoors.',
  '‘Stay at home’ order lifted\nThe players’ union welcomed the decision.',
  "'Stay at home' order lifted\nThe country's leaders met on Monday.",
  // Apostrophes are not quotes.
  'Rock ’n’ roll in the ’90s: ’tis the season, the players’ union said. Russia’s army and the regime’s weakness.',
  '‘We will see the Jones’ house,’ she said.',
  'He said ‘the players’ union will win’ and left.',
  'The band played ‘99 Red Balloons’ twice.',
  "The players' union and the boss's office met in the '90s.",
  // Inch marks and seconds of arc.
  'He stands 6\' 2" tall and bought a 12" single.',
  'He stands 6’ 2” tall.',
  'The wreck lies at 40°26\'46"N off the coast.',
  // Straight quotes used consistently.
  'The senator called the plan "reckless" and "unfunded", aides said.',
  'He said the "No" camp won; others said "Yes".',
  // Run-on quotations: inside one paragraph (merged wire paragraphs) ...
  '"It\'s over," he said. "We lost. "Next year we come back."',
  '“We lost, it hurts. “Next year we come back,” he said.',
  'He said: "I told them: \'wow - that is interesting.\' "But we had no choice."',
  // ... across paragraphs (wire convention) ...
  '“We will not leave,” she said. “Our families have lived here for generations.\n“We will stay.”',
  '“We will not leave,” she said. “Our families have lived here.\n\n“We will stay,” she added.',
  // ... and over sentence-per-line breaks, closed later.
  '"We all know that storms are getting stronger.\nEverything," he said.',
  '"The bank did not hide anything.\nIt did not "invent" evidence or "hide" facts."',
  // Nested double quotes inside a quotation that runs on.
  'The minister said: "We will win.\nThe vote "was fair" and "free".\n"We stay."',
  // Syntax is not prose.
  'See https://example.com/a"b for details.',
  // Empty and odd input.
  '',
  '   ',
  'x'.repeat(5000)
]

function applyFix(text: string, found: Found): string {
  const fix = found.fix!
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end)
}

describe('quotes: not ok', () => {
  it.each(notOk.map((c) => [c.text, c] as const))('%s', async (_text, c) => {
    const found = await runRule(ID, c.text)
    const hit = found.find((m) => m.line === c.line && m.column === c.column)
    expect(hit, JSON.stringify(found)).toBeDefined()
    expect(hit!.ruleId).toBe(ID)
    expect(hit!.actual).toBe(c.actual)
    if (c.fix === null) {
      expect(hit!.expected).toBeUndefined()
      expect(hit!.fix).toBeUndefined()
    } else {
      expect(hit!.expected?.[0]).toBe(c.fix)
      if (c.safe) expect(hit!.fix?.text).toBe(c.fix)
      else expect(hit!.fix).toBeUndefined()
    }
    const level = c.severity ?? 'error'
    expect(hit!.fatal).toBe(level === 'error' ? true : level === 'warn' ? false : undefined)
  })
})

describe('quotes: ok', () => {
  it.each(ok)('%s', async (text) => {
    expect(await runRule(ID, text)).toEqual([])
  })
})

describe('quotes: behaviour', () => {
  it('reports one finding per broken mark, and nothing else', async () => {
    const found = await runRule(ID, 'The minister called it «a historic day» on Monday. “We agree,” he said.')
    expect(found.map((m) => [m.column, m.actual, m.expected?.[0]])).toEqual([
      [24, '«', '“'],
      [39, '»', '”']
    ])
  })

  it('fixes a guillemet pair to an English pair, French spaces included', async () => {
    const text = 'The minister called it « a historic day » on Monday.'
    let out = text
    for (const m of (await runRule(ID, text)).reverse()) out = applyFix(out, m)
    expect(out).toBe('The minister called it “a historic day” on Monday.')
  })

  it('moves a closing mark to the right side of its space', async () => {
    const text = '“We will stay, ”she added.'
    const [m] = await runRule(ID, text)
    expect(applyFix(text, m)).toBe('“We will stay,” she added.')
  })

  it('uses straight marks as the fix in a straight-quoted document', async () => {
    const found = await runRule(ID, 'He said "we agree" and "we will sign". The union said «no» on Friday.')
    expect(found.map((m) => m.expected?.[0])).toEqual(['"', '"'])
  })

  it('flags the unclosed quote at its opening mark when the next paragraph does not reopen it', async () => {
    const found = await runRule(ID, 'The mayor said: “We are ready.\nThe council met on Monday and said “no” to the plan.')
    expect(found.map((m) => [m.line, m.column, m.actual])).toEqual([[1, 17, '“']])
  })

  it('stays silent when the next paragraph reopens the quotation (wire convention)', async () => {
    const text = ['The mayor said: “We are ready.', '“The council will vote on Monday.', '“We will win,” she said.'].join('\n')
    expect(await runRule(ID, text)).toEqual([])
  })

  it('does not count apostrophes, inch marks or foreign marks as mixing', async () => {
    const text = 'The country\'s 6\' 2" striker said “we won” on Sunday. It’s a club’s record.'
    expect(await runRule(ID, text)).toEqual([])
  })

  it('takes the severity option; a quote mark for an apostrophe is information', async () => {
    const text = 'The allies urged “a political solution». Brazil"s farms grew.'
    expect((await runAlone(quotes, text)).map((m) => m.fatal)).toEqual([true, undefined])
    expect((await runAlone(quotes, text, {severity: 'warn'})).map((m) => m.fatal)).toEqual([false, undefined])
    expect((await runAlone(quotes, text, {severity: 'info'})).map((m) => m.fatal)).toEqual([undefined, undefined])
  })

  it('works alone after plain retext-english', async () => {
    const found = await runAlone(quotes, 'The allies urged “a political solution to the conflict».\n\nRussia’s jets flew on.')
    expect(found.map((m) => [m.ruleId, m.line, m.column, m.actual, m.expected?.[0]])).toEqual([
      ['quotes', 1, 55, '»', '”']
    ])
  })

  it('handles hostile input in linear time without throwing', async () => {
    const inputs = [
      'He said ' + '” '.repeat(10000),
      '"'.repeat(100000),
      '“a» „b“ ‘c’ ’d ‹e "f '.repeat(5000),
      'word “'.repeat(20000),
      '“open\n'.repeat(5000),
      '‘'.repeat(50000) + '’'.repeat(50000),
      'a'.repeat(5000) + '”' + 'b'.repeat(5000)
    ]
    for (const text of inputs) {
      const t0 = performance.now()
      const found = await runRule(ID, text)
      expect(performance.now() - t0).toBeLessThan(8000)
      expect(found.every((m) => !/Internal error/.test(m.reason))).toBe(true)
      // Never more than MAX_PER_PARAGRAPH findings in one paragraph.
      expect(found.length).toBeLessThanOrEqual(100 * text.split('\n').length)
    }
  }, 60000)

  it('never throws and stays silent on well-formed quotations (property)', async () => {
    const word = fc.constantFrom('rebels', 'city', 'Aleppo', 'the', 'Russia’s', 'players’', 'we', 'won', 'it’s', '’90s')
    const phrase = fc.array(word, {minLength: 1, maxLength: 5}).map((w) => w.join(' '))
    const quoted = fc.oneof(
      phrase.map((p) => `“${p},” he said.`),
      phrase.map((p) => `They called it “${p}”.`),
      fc.tuple(phrase, phrase).map(([a, b]) => `“${a} ‘${b}’ ${a},” she said.`),
      phrase.map((p) => `The ${p} met.`)
    )
    await fc.assert(
      fc.asyncProperty(fc.array(quoted, {minLength: 1, maxLength: 4}), async (sentences) => {
        expect(await runRule(ID, sentences.join(' '))).toEqual([])
      }),
      {numRuns: 60}
    )
    await fc.assert(
      fc.asyncProperty(fc.string({unit: fc.constantFrom('"', '“', '”', '«', '»', '„', '‘', '’', "'", ' ', 'a', '.', ',', '\n', '5')}), async (text) => {
        const found = await runRule(ID, text)
        expect(found.every((m) => m.ruleId === ID && !/Internal error/.test(m.reason))).toBe(true)
      }),
      {numRuns: 200}
    )
  }, 60000)
})

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/seed')
const seedFile = path.join(seedDir, '000_b01199f03698bbf5.txt')

describe.skipIf(!fs.existsSync(seedFile))('quotes: seed article', () => {
  it('finds exactly the labelled quote errors', async () => {
    const found = await runRule(ID, fs.readFileSync(seedFile, 'utf8'))
    expect(found.map((m) => [m.line, m.column, m.actual, m.expected?.[0]])).toEqual([
      [4, 191, '»', '”'],
      [8, 128, '»', '”'],
      [20, 155, '”', undefined]
    ])
  })
})
