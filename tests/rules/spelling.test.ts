/**
 * spelling: misspelt words, lower-case names, dialect spellings; names,
 * acronyms, syntax, numbers and legitimate news vocabulary left alone; nspell
 * built only when a flagged word wants suggestions.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createChecker} from '../../pipeline/checker.js'
import {RULES} from '../../pipeline/rules.js'
import {
  LISTED_MISSPELLINGS,
  NEWS_ABBREVIATIONS,
  NEWS_VOCABULARY
} from '../../plugins/data/spelling-words.js'
import {FLAG, loadLexicon, lookup} from '../../plugins/support/lexicon.js'
import spelling, {engineStats, meta} from '../../plugins/spelling.js'
import {runAlone, runRule, simplify} from '../helpers.js'

const ID = 'spelling'

/** 1-based column of the first occurrence of `needle` (the tables stay readable). */
const col = (text: string, needle: string, from = 0): number => {
  const at = text.indexOf(needle, from)
  if (at < 0) throw new Error(`"${needle}" not in "${text}"`)
  return at + 1
}

describe('spelling: cost', () => {
  // First in the file: a fresh worker, so nothing has built nspell yet.
  it('answers known words from the lexicon without building nspell', async () => {
    const text = [
      'Port officials in Valparaíso reopened the terminal on Tuesday after a three-day strike.',
      'The union’s leader said her members weren’t happy but had accepted a 12% rise and two rest days.',
      'Exporters warned that cherries bound for Asia could spoil; the organisation’s colour-coded roadmap helped.',
      'Turnover rose to £10bn in the 1990s, the 20km road opened on the 3rd, and the score was 7-6.'
    ].join('\n')
    expect(await runRule(ID, text)).toEqual([])
    expect(engineStats.builds).toBe(0)
    expect(engineStats.suggests).toBe(0)
  })

  it('builds nspell once for suggestions, and only for flagged words', async () => {
    const found = await runRule(ID, 'The minister recieved the report.')
    expect(found[0].expected?.[0]).toBe('received')
    const builds = engineStats.builds
    expect(builds).toBeGreaterThan(0)
    await runRule(ID, 'The minister recieved the reprot.')
    expect(engineStats.builds).toBe(builds)
  })
})

describe('spelling: not ok', () => {
  const cases: Array<[string, string, string]> = [
    // [text, flagged characters, first expected]
    ['The minister recieved the report on Sunday.', 'recieved', 'received'],
    ['The goverment denied the claims.', 'goverment', 'government'],
    ['A spokeman declined to comment.', 'spokeman', 'spokesman'],
    ['Nothing will change untill March.', 'untill', 'until'],
    ['The result was truely historic.', 'truely', 'truly'],
    ['The attack occured at dawn.', 'occured', 'occurred'],
    ['Shares rose as investers returned.', 'investers', 'investors'],
    ['The site is not accessable to the public.', 'accessable', 'accessible'],
    ['Nobody knew wich way the vote would go.', 'wich', 'which'],
    ['Officials said it isnt over.', 'isnt', "isn't"],
    ['Rallies by pro-goverment groups continued.', 'goverment', 'government'],
    ['The goverment’s plan was shelved.', 'goverment', 'government']
  ]
  it.each(cases)('%s', async (text, actual, fix) => {
    const found = await runRule(ID, text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ruleId: ID, line: 1, column: col(text, actual), actual, fatal: false})
    expect(found[0].expected?.[0]).toBe(fix)
    expect(found[0].fix).toBeUndefined()
  })

  // Names are not misspellings: a lower-case name is information, with the capitalised form.
  it.each([
    ['Talks resumed on monday in Madrid.', 'monday', 'Monday'],
    ['The spanish government was not consulted.', 'spanish', 'Spanish'],
    ["Fans said i'm not leaving.", "i'm", "I'm"],
    ['Rain hit Venezuela on Friday, and later venezuela’s capital.', 'venezuela', 'Venezuela']
  ])('%s (lower-case name: info)', async (text, actual, fix) => {
    const found = await runRule(ID, text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ruleId: ID, line: 1, column: col(text, actual), actual, fatal: undefined})
    expect(found[0].expected?.[0]).toBe(fix)
  })

  it('warns once per misspelt word per document; repeats are information', async () => {
    const found = await runRule(ID, 'The goverment met. Then the goverment left.')
    expect(found.map((m) => [m.column, m.fatal])).toEqual([[5, false], [29, undefined]])
  })

  it('reports on the right line and column in a multi-line story', async () => {
    const text = 'Headline about ports\n\nThe union said its members were tired.\nThey wanted a beter deal.'
    const found = await runRule(ID, text)
    expect(found.map((m) => [m.line, m.column, m.actual])).toEqual([[4, 15, 'beter']])
  })

  it('gives an unknown word far from any dictionary word information severity only', async () => {
    const found = await runRule(ID, 'The zorblaxian delegation arrived.')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({actual: 'zorblaxian', fatal: undefined})
    expect(found[0].expected).toBeUndefined()
  })

  it('uses the form the document gives a name elsewhere', async () => {
    const text = 'Talks with Azpurua went well; later azpurua said more.'
    const found = await runRule(ID, text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({actual: 'azpurua', column: col(text, 'azpurua'), expected: ['Azpurua']})
  })

  it('caps nspell suggestions at ten distinct words per file', async () => {
    const typos = ['recieved', 'goverment', 'beleive', 'seperate', 'arested', 'wierd', 'acheive', 'begining',
      'calender', 'existance', 'freind', 'neccessary']
    // One per line, so that they never look like a cluster of foreign words.
    const text = typos.map((t) => `They said the ${t} part was fine.`).join('\n')
    const found = await runRule(ID, text)
    expect(found.map((m) => m.actual)).toEqual(typos)
    const withSuggestions = found.filter((m) => m.expected && m.expected.length > 0 && m.actual !== 'calender')
    // "calender" is a listed misspelling (no nspell): 10 nspell words + it.
    expect(withSuggestions).toHaveLength(10)
    expect(found[found.length - 1].expected).toBeUndefined()
    for (const m of found) expect((m.expected ?? []).length).toBeLessThanOrEqual(4)
  })
})

describe('spelling: dialects', () => {
  const gbInUs: Array<[string, string]> = [
    ['colour', 'color'], ['organise', 'organize'], ['travelled', 'traveled'], ['centre', 'center'],
    ['defence', 'defense'], ['programme', 'program'], ['analyse', 'analyze'], ['manoeuvre', 'maneuver'],
    ['paediatric', 'pediatric'], ['organisation', 'organization']
  ]
  it.each(gbInUs)('en-US flags %s (expected %s)', async (word, fix) => {
    const text = `The ${word} was discussed.`
    const found = await runRule(ID, text, {dialect: 'en-US'})
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({actual: word, column: 5, fatal: false})
    expect(found[0].expected?.[0]).toBe(fix)
  })

  it.each(gbInUs.map(([gb, us]) => [us, gb]))('en-GB flags %s (expected %s)', async (word, fix) => {
    if (word === 'program') return // also British ("computer program")
    const found = await runRule(ID, `The ${word} was discussed.`, {dialect: 'en-GB'})
    expect(found).toHaveLength(1)
    expect(found[0].expected?.[0]).toBe(fix)
  })

  it('accepts both spellings by default', async () => {
    expect(await runRule(ID, 'The colour and the color; organise and organize; travelled and traveled.')).toEqual([])
  })

  it('keeps each dialect’s own spellings', async () => {
    expect(await runRule(ID, 'The colour of the centre was analysed.', {dialect: 'en-GB'})).toEqual([])
    expect(await runRule(ID, 'The color of the center was analyzed.', {dialect: 'en-US'})).toEqual([])
  })

  it('declares the option for the config validator', () => {
    expect(meta.options).toEqual({dialect: {enum: ['en', 'en-US', 'en-GB']}})
    expect(meta.severity).toBe('warn')
    expect(meta.fixable).toBe(false)
  })
})

describe('spelling: ok (dangerous-looking)', () => {
  const ok: string[] = [
    // names, acronyms, syntax
    'Araghchi met Hezbollah envoys in Idlib and Latakia, the SOHR and FPRI said.',
    'The U.S. and NATO urged restraint, #MeToo campaigners and @newsdsk replied at https://example.com/lates-newz.',
    'Goverment sources said nothing.', // capitalised: not checked (names are not misspellings)
    'BREAKING NEWS: MINISTRE RESIGNS',
    'Readers e-mailed x@exmaple.org and visited blinkx.tv and SM:tv, sharing .png files.',
    // numbers and units
    'He ran 20km in the 1990s, won on the 3rd, paid £10bn, drew 7-6, 6-4, came 9/4 and left at 2:41pm.',
    'Output reached 1.2 mln bpd, or 45 cts a shr, and 300 mln dlrs in the qtr, up 5 pct.',
    'Profits hit £3bn and 40 kms of track opened in the mid-1990s.',
    // contractions and possessives
    'They weren’t sure and there\'ll be talks; the countries\' debts and Russia’s envoy\'s view.',
    'Lovin\' it, rock\'n\'roll fans said \'em were ace; it\'s \'orrible, one added.',
    // hyphenated and derived words
    'After all-out war, pro-Turkish forces sought de-escalation and co-ordination by e-mail.',
    'The sci-fi fans and the have-nots criss-crossed the country willy-nilly.',
    'Advances in nano- and micro-engineering helped the mid-table side.',
    'The gameshow roadmap, the chipmakers’ renationalisation and unshredded files made headlines.',
    'The clunkiness of the wirelessly connected jailings report was noted.',
    // both dialects
    'The colour and the color, the organisation and the organization.',
    // foreign phrases, particles, cited terms
    'It was a de facto ban, a joie de vivre, a coup d’état, declared persona non grata.',
    'Ursula von der Leyen met Jean du Plessis and Daniel arap Moi.',
    'Villagers call the fish "tarrumba" and the festival \'la fiesta grande\'.',
    // medicines, expressive spellings, accents, informal shorthand
    'Trials of remdesivir and lopinavir were halted.',
    'Ummm, pleeease, said the fans. Café, naïve, fiancée, protégé and résumé.',
    // a document's own term
    'The glorbex rose. Analysts said the glorbex fell. Traders sold the glorbex.',
    // non-Latin script and single letters
    'The sign read привет мир, and option b won x votes.'
  ]
  it.each(ok)('%s', async (text) => {
    // Silent: no warning, and no information message either.
    expect(await runRule(ID, text)).toEqual([])
  })

  it('accepts the config’s words, case-insensitively, also inside multi-word entries', async () => {
    const text = 'The glorbex and zorblaxian delegates met.'
    expect((await runRule(ID, text)).map((m) => m.actual)).toEqual(['glorbex', 'zorblaxian'])
    const checker = createChecker({rules: onlySpelling(), words: ['Glorbex', 'Zorblaxian Party']})
    const file = await checker.check(text)
    expect(simplify(file.messages).filter((m) => m.ruleId === ID)).toEqual([])
  })
})

function onlySpelling(extra: Record<string, 'off' | 'warn' | 'error'> = {}): Record<string, 'off' | 'warn' | 'error'> {
  const rules: Record<string, 'off' | 'warn' | 'error'> = {}
  for (const r of RULES) rules[r.meta.id] = 'off'
  rules[ID] = 'warn'
  return {...rules, ...extra}
}

describe('spelling: with other rules', () => {
  it('does not report a word merged-words flagged', async () => {
    const text = 'The attack left 412 deadmostly combatants.'
    expect((await runRule(ID, text)).map((m) => m.actual)).toEqual(['deadmostly'])
    const checker = createChecker({rules: onlySpelling({'merged-words': 'error'})})
    const found = simplify((await checker.check(text)).messages)
    expect(found.map((m) => m.ruleId)).toEqual(['merged-words'])
  })

  it('works alone after plain retext-english', async () => {
    const found = await runAlone(spelling, 'The goverment met at www.exmaple.com/lates-newz and Aleppo.')
    expect(found.map((m) => [m.ruleId, m.actual, m.expected?.[0]])).toEqual([['spelling', 'goverment', 'government']])
  })
})

describe('spelling: robustness', () => {
  const odd = [
    '',
    '\n\n',
    'a'.repeat(5000),
    'x'.repeat(5000) + ' recieved',
    '"'.repeat(100_000),
    '’'.repeat(10_000) + 'tis',
    'e\u0301'.repeat(50) + ' caf\u0301e',
    '😀 ' + 'ab-'.repeat(2000),
    "'''''''a''''''",
    '-'.repeat(1000) + 'word' + '-'.repeat(1000)
  ]
  it.each(odd.map((t) => [t.slice(0, 30), t]))('never throws: %s', async (_label, text) => {
    const found = await runRule(ID, text)
    expect(found.every((m) => m.ruleId === ID)).toBe(true)
  })

  it('never throws on random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({maxLength: 200}), async (text) => {
        const found = await runRule(ID, text)
        return found.every((m) => !m.reason.startsWith('Internal error'))
      }),
      {numRuns: 60}
    )
  })
})

describe('spelling: data', () => {
  it('lists only words the dictionaries lack', async () => {
    await loadLexicon()
    for (const w of [...NEWS_VOCABULARY, ...NEWS_ABBREVIATIONS]) {
      expect((lookup(w) & FLAG.LOWER) === 0 ? w : `${w} is already a dictionary word`).toBe(w)
    }
  })

  it('lists only misspellings the word list would otherwise accept, with real corrections', async () => {
    await loadLexicon()
    for (const [wrong, right] of LISTED_MISSPELLINGS) {
      const f = lookup(wrong)
      expect([wrong, (f & FLAG.LIST) !== 0 && (f & FLAG.LOWER) === 0]).toEqual([wrong, true])
      expect([right, (lookup(right) & FLAG.LOWER) !== 0]).toEqual([right, true])
    }
  })
})
