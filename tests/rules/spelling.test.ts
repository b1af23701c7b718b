/**
 * spelling: misspelt words, lower-case names, dialect spellings; names,
 * acronyms, syntax, numbers and legitimate news vocabulary left alone;
 * retext-spell loaded and built only when a flagged word wants suggestions.
 * Cases list the rule's complete findings on their text (the shared case
 * shape of tests/helpers.ts).
 */
import {createRequire} from 'node:module'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createChecker} from '../../pipeline/core/checker.js'
import {RULES} from '../../pipeline/core/rules.js'
import {
  LISTED_MISSPELLINGS,
  NEWS_ABBREVIATIONS,
  NEWS_VOCABULARY
} from '../../plugins/data/spelling-words.js'
import {FLAG, loadLexicon, lookup} from '../../plugins/support/lexicon.js'
import spelling, {engineStats, meta} from '../../plugins/spelling.js'
import {findingsOf, runAlone, runRule, simplify, type RuleCase} from '../helpers.js'

const ID = 'spelling'

/** 1-based column of the first occurrence of `needle` (the tables stay readable). */
const col = (text: string, needle: string, from = 0): number => {
  const at = text.indexOf(needle, from)
  if (at < 0) throw new Error(`"${needle}" not in "${text}"`)
  return at + 1
}

/** A text with one finding on line 1: the word, and its first candidate. */
const one = (text: string, actual: string, fix?: string, options?: Record<string, unknown>): RuleCase => ({
  text,
  findings: [fix === undefined ? {line: 1, column: col(text, actual), actual} : {line: 1, column: col(text, actual), actual, fix}],
  ...(options ? {options} : {})
})

/** Modules of the suggestion engine in node's module cache. */
const engineModules = (): string[] =>
  Object.keys(createRequire(import.meta.url).cache).filter((k) => /[\\/]node_modules[\\/](?:retext-spell|nspell)[\\/]/.test(k))

describe('spelling: cost', () => {
  // First in the file: a fresh worker, so nothing has loaded or built the engine yet.
  it('answers known words from the lexicon without loading retext-spell', async () => {
    const text = [
      'Port officials in Valparaíso reopened the terminal on Tuesday after a three-day strike.',
      'The union’s leader said her members weren’t happy but had accepted a 12% rise and two rest days.',
      'Exporters warned that cherries bound for Asia could spoil; the organisation’s colour-coded roadmap helped.',
      'Turnover rose to £10bn in the 1990s, the 20km road opened on the 3rd, and the score was 7-6.'
    ].join('\n')
    expect(await runRule(ID, text)).toEqual([])
    expect(engineStats.builds).toBe(0)
    expect(engineStats.suggests).toBe(0)
    expect(engineModules()).toEqual([])
  })

  it('builds retext-spell once for suggestions, and only for flagged words', async () => {
    const found = await runRule(ID, 'The minister recieved the report.')
    expect(found[0].expected?.[0]).toBe('received')
    const builds = engineStats.builds
    expect(builds).toBeGreaterThan(0)
    // Node ≥ 20.19 can require an ES module: retext-spell itself (else nspell, the engine it wraps).
    const [major, minor] = process.versions.node.split('.').map(Number)
    if (major > 20 || (major === 20 && minor >= 19)) {
      expect(engineStats.engine).toBe('retext-spell')
      expect(engineModules().some((k) => k.includes('retext-spell'))).toBe(true)
    }
    await runRule(ID, 'The minister recieved the reprot.')
    expect(engineStats.builds).toBe(builds)
  })
})

/** Likely typos: warnings with suggestions, never fixed unattended. */
const typos: RuleCase[] = [
  one('The minister recieved the report on Sunday.', 'recieved', 'received'),
  one('The goverment denied the claims.', 'goverment', 'government'),
  one('A spokeman declined to comment.', 'spokeman', 'spokesman'),
  one('Nothing will change untill March.', 'untill', 'until'),
  // prefixes other than "un" on a participle stay checked against their near misses
  one('The benefits now outweight the risks.', 'outweight', 'outweigh'),
  one('The result was truely historic.', 'truely', 'truly'),
  one('The attack occured at dawn.', 'occured', 'occurred'),
  one('Shares rose as investers returned.', 'investers', 'investors'),
  one('The site is not accessable to the public.', 'accessable', 'accessible'),
  one('Nobody knew wich way the vote would go.', 'wich', 'which'),
  one('Officials said it isnt over.', 'isnt', "isn't"),
  one('Rallies by pro-goverment groups continued.', 'goverment', 'government'),
  one('The goverment’s plan was shelved.', 'goverment', 'government'),
  // On the right line and column in a multi-line story.
  {text: 'Headline about ports\n\nThe union said its members were tired.\nThey wanted a beter deal.', findings: [{line: 4, column: 15, actual: 'beter', fix: 'better'}]}
]

/** Names are not misspellings: a lower-case name is information, with the capitalised form. */
const names: RuleCase[] = [
  one('Talks resumed on monday in Madrid.', 'monday', 'Monday'),
  one('The spanish government was not consulted.', 'spanish', 'Spanish'),
  one("Fans said i'm not leaving.", "i'm", "I'm"),
  one('Rain hit Venezuela on Friday, and later venezuela’s capital.', 'venezuela', 'Venezuela'),
  // The form the document gives the name elsewhere.
  one('Talks with Azpurua went well; later azpurua said more.', 'azpurua', 'Azpurua')
]

/** An unknown word far from any dictionary word: information only, no suggestions. */
const far: RuleCase[] = [one('The zorblaxian delegation arrived.', 'zorblaxian')]

describe('spelling: not ok', () => {
  it.each([...typos, ...names, ...far])('$text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it.each(typos)('warns, never fixing unattended: $text', async (c) => {
    const found = await runRule(ID, c.text)
    expect(found.map((m) => [m.ruleId, m.fatal, m.fix])).toEqual([[ID, false, undefined]])
  })

  it.each([...names, ...far])('reports for information: $text', async (c) => {
    const found = await runRule(ID, c.text)
    expect(found.map((m) => [m.ruleId, m.fatal, m.fix])).toEqual([[ID, undefined, undefined]])
  })

  it('warns once per misspelt word per document; repeats are information', async () => {
    const text = 'The goverment met. Then the goverment left.'
    expect(await findingsOf(ID, {text})).toEqual([
      {line: 1, column: 5, actual: 'goverment', fix: 'government'},
      {line: 1, column: 29, actual: 'goverment', fix: 'government'}
    ])
    expect((await runRule(ID, text)).map((m) => m.fatal)).toEqual([false, undefined])
  })

  it('caps suggestions at ten distinct words per file', async () => {
    const typos = ['recieved', 'goverment', 'beleive', 'seperate', 'arested', 'wierd', 'acheive', 'begining',
      'calender', 'existance', 'freind', 'neccessary']
    // One per line, so that they never look like a cluster of foreign words.
    const text = typos.map((t) => `They said the ${t} part was fine.`).join('\n')
    const found = await runRule(ID, text)
    expect(found.map((m) => m.actual)).toEqual(typos)
    const withSuggestions = found.filter((m) => m.expected && m.expected.length > 0 && m.actual !== 'calender')
    // "calender" is a listed misspelling (no engine): 10 suggested words + it.
    expect(withSuggestions).toHaveLength(10)
    expect(found[found.length - 1].expected).toBeUndefined()
    for (const m of found) expect((m.expected ?? []).length).toBeLessThanOrEqual(4)
  })
})

/** Misspellings the word scan does not see: the story's own words and names are the evidence. */
describe('spelling: capitalised words, phrases and forms', () => {
  const warnings: RuleCase[] = [
    // A name misspelt beside the story's own spelling (a dictionary name, or three times).
    {text: 'The Aleppo offensive resumed.\nAllepo, the city, was shelled.\nAleppo fell.', findings: [{line: 2, column: 1, actual: 'Allepo', fix: 'Aleppo'}]},
    {text: 'Maria Sandoval spoke. Sandoval left. Sandoval came back and Sanodval smiled.', findings: [{line: 1, column: 61, actual: 'Sanodval', fix: 'Sandoval'}]},
    // A real word in place of the story's own word after the same word.
    {text: 'The Prime Minister spoke.\nThe Prime Minster left.\nThe Prime Minister returned.\nThe Prime Minister slept.', findings: [{line: 2, column: 11, actual: 'Minster', fix: 'Minister'}]},
    // A month or weekday misspelt.
    one('Inflation eased in Septemper.', 'Septemper', 'September'),
    // A stray letter, a detached number, a dropped letter at a sentence start.
    one('It was the e same amount.', 'the e same', 'the same'),
    one('They died of covid 19 last year.', 'covid 19', 'COVID-19'),
    one('Te PM said the visit would go ahead.', 'Te', 'The'),
    // A name with "s" and no apostrophe, in a story that writes the name often.
    {text: 'Erdogan spoke. Erdogan left. Following Erdogans arrival, Erdogan smiled.', findings: [{line: 1, column: 40, actual: 'Erdogans', fix: "Erdogan's"}]},
    // A derivation from a rare word one letter from a common one.
    one('The truck was equipeed with guns.', 'equipeed', 'equipped'),
    // A thing's word where its twin names a person: a possessive before it, a person after it.
    one('The minister fell ill after meeting his aid on farm policy, who tested positive.', 'aid', 'aide'),
    one('Her aid said the senator would not run again.', 'aid', 'aide'),
    one('The mayor thanked their aids, who had worked all night.', 'aids', 'aides'),
    // "yo" for "you", between a word and a function word.
    one('“I am telling yo to think again,” she said.', 'yo', 'you')
  ]

  it.each(warnings)('warns: $text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    expect((await runRule(ID, c.text)).map((m) => m.fatal)).toEqual(c.findings.map(() => false))
  })

  const information: RuleCase[] = [
    // Capitalised, a word near a common word may be a name.
    one('The Federal Electricity Commision denied it.', 'Commision', 'Commission'),
    one('Comittee members said nothing.', 'Comittee', 'Committee'),
    one('The Auther of the report resigned.', 'Auther', 'Author'),
    // A possessive without its apostrophe, the name not otherwise in the story.
    one('Supporters stormed Venezuelas National Assembly.', 'Venezuelas', "Venezuela's"),
    // A rare base with "-ist" is no evidence of English.
    one('The chavist march went on.', 'chavist')
  ]

  it.each(information)('reports for information: $text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
    expect((await runRule(ID, c.text)).map((m) => m.fatal)).toEqual(c.findings.map(() => undefined))
  })

  const quiet: string[] = [
    // Accents and transliterations are name-variants' business; plurals and demonyms are grammar.
    'Erdogan and Erdoğan met Zelenskiy and Zelensky; the two Koreas and the Koreans; Syria and Syrian troops.',
    // Two people, two names: a different neighbour.
    'Pope Francis met Francis Ford and Francia Márquez in Bogotá.',
    // Sentence starts that are words or names; Māori names.
    'Ten days later, Te Whatu Ora and Te reo Māori were praised.',
    // Plurals and names with "s".
    'The Lib Dems and Lloyds Bank said Dixons and the Scholls agreed; Griffiths said so.',
    // Names and titles with a common word's ending: the last letter differs, not a slip inside the word.
    'Prime Minister Meloni met Baroness Royall; the Stereophonics played and The Incredibles was shown.',
    'The Offaly runner won, and the Gazetta printed it.',
    // Different words after the same word.
    'Casual games and casual gamers; mobile phones and a mobile phone’s battery; casual games again and casual games.',
    // Letters in lists and formulas.
    'Options a, b and c; plan B; vitamin D; the x factor; 5 x 5 metres.',
    // Aid as assistance: no person after it, or a person brought in by a preposition.
    'With his aid the farm survived; their aid arrived in March.',
    'Her aid to refugees, who fled the war, was praised; his aid for families, who lost homes, too.',
    'The aid, who knows how much, never came.',
    // The interjection, a toy, Spanish text.
    'Yo, listen to this, he said; yo-yo diplomacy; the slogan “yo soy de aquí” and “el pueblo soy yo”.'
  ]

  it.each(quiet)('leaves %j alone', async (text) => {
    expect(await findingsOf(ID, {text})).toEqual([])
  })
})

describe('spelling: dialects', () => {
  const gbInUs: Array<[string, string]> = [
    ['colour', 'color'], ['organise', 'organize'], ['travelled', 'traveled'], ['centre', 'center'],
    ['defence', 'defense'], ['programme', 'program'], ['analyse', 'analyze'], ['manoeuvre', 'maneuver'],
    ['paediatric', 'pediatric'], ['organisation', 'organization']
  ]
  const usCases = gbInUs.map(([gb, us]) => one(`The ${gb} was discussed.`, gb, us, {dialect: 'en-US'}))
  // "program" is also British ("computer program"): silent in en-GB.
  const gbCases = gbInUs.map(([gb, us]): RuleCase =>
    us === 'program' ? {text: `The ${us} was discussed.`, findings: [], options: {dialect: 'en-GB'}} : one(`The ${us} was discussed.`, us, gb, {dialect: 'en-GB'})
  )

  it.each([...usCases, ...gbCases])('$options.dialect: $text', async (c) => {
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it.each([...usCases, ...gbCases].filter((c) => c.findings.length > 0))('warns on the other dialect: $options.dialect $text', async (c) => {
    const found = await runRule(ID, c.text, c.options)
    expect(found.map((m) => m.fatal)).toEqual([false])
  })

  it('accepts both spellings by default', async () => {
    expect(await runRule(ID, 'The colour and the color; organise and organize; travelled and traveled.')).toEqual([])
  })

  it('keeps each dialect’s own spellings', async () => {
    expect(await runRule(ID, 'The colour of the centre was analysed.', {dialect: 'en-GB'})).toEqual([])
    expect(await runRule(ID, 'The color of the center was analyzed.', {dialect: 'en-US'})).toEqual([])
  })

  it('declares the option for the config validator, and the rules it reads', () => {
    expect(meta.options).toEqual({dialect: {enum: ['en', 'en-US', 'en-GB']}})
    expect(meta.severity).toBe('warning')
    expect(meta.fixable).toBe(false)
    expect(meta.after).toEqual(['encoding', 'markup', 'merged-words'])
  })
})

describe('spelling: ok (dangerous-looking)', () => {
  const ok: string[] = [
    // names, acronyms, syntax
    'Araghchi met Hezbollah envoys in Idlib and Latakia, the SOHR and FPRI said.',
    'The U.S. and NATO urged restraint, #MeToo campaigners and @newsdsk replied at https://example.com/lates-newz.',
    'Charlie Brooker and Martin Clunes said nothing.', // capitalised names beside names: not checked
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
    // "un" on a common participle of six letters or more, one edit from another word ("unlighted")
    'Owners were offered an unblighted price for their homes.',
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
  it.each(ok.map((text): RuleCase => ({text, findings: []})))('$text', async (c) => {
    // Silent: no warning, and no information message either.
    expect(await findingsOf(ID, c)).toEqual(c.findings)
  })

  it('accepts the config’s words, case-insensitively, also inside multi-word entries', async () => {
    const text = 'The glorbex and zorblaxian delegates met.'
    expect(await findingsOf(ID, {text})).toEqual([
      {line: 1, column: 5, actual: 'glorbex'},
      {line: 1, column: 17, actual: 'zorblaxian'}
    ])
    const checker = createChecker({rules: onlySpelling(), words: ['Glorbex', 'Zorblaxian Party']})
    const file = await checker.check(text)
    expect(simplify(file.messages).filter((m) => m.ruleId === ID)).toEqual([])
  })
})

function onlySpelling(extra: Record<string, 'off' | 'warning' | 'error'> = {}): Record<string, 'off' | 'warning' | 'error'> {
  const rules: Record<string, 'off' | 'warning' | 'error'> = {}
  for (const r of RULES) rules[r.meta.id] = 'off'
  rules[ID] = 'warning'
  return {...rules, ...extra}
}

describe('spelling: with other rules', () => {
  it('does not report a word merged-words flagged', async () => {
    const text = 'The attack left 412 deadmostly combatants.'
    expect(await findingsOf(ID, {text})).toEqual([{line: 1, column: 21, actual: 'deadmostly'}])
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
