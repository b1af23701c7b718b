/**
 * spelling's suggestion engine (plugins/spelling/suggest.ts): answered from
 * the built suggestion table (only the forms each word's search reaches go
 * to retext-spell) it must say exactly what retext-spell says with the whole
 * Hunspell dictionary loaded, word for word and in the same order.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {mayHold, SUGGEST_BLOOM_BITS} from '../../plugins/support/bloom.js'
import {createSuggester, engineStats, type SuggestDialect} from '../../plugins/spelling/suggest.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Our own words, each misspelt in one of the ways a hand slips (and a few worse). */
const WORDS = [
  'goverment', 'parliment', 'recieve', 'seperate', 'occured', 'accomodate', 'definately', 'wich', 'teh', 'thier',
  'minstry', 'presidnet', 'elecion', 'ecomony', 'budjet', 'inflaton', 'negotations', 'ceasfire', 'refugess',
  'hospitla', 'commitee', 'embarassed', 'harrassment', 'millenium', 'neccessary', 'occassion', 'publically',
  'tommorow', 'untill', 'wierd', 'beleive', 'calender', 'cemetary', 'existance', 'independant', 'liason',
  'manouevre', 'noticable', 'persue', 'prefered', 'recomend', 'succesful', 'suprise', 'tendancy', 'truely',
  'colour', 'color', 'organise', 'organize', 'centre', 'center', 'travelled', 'traveled', 'programme', 'defence',
  'Londn', 'Pariss', 'Washingon', 'Febuary', 'Wendesday', 'EUROPAEN', 'AMERCIA', 'McDonlad', "dont", "isnt",
  '2st', '11nd', 'qzxv', 'xylophonne', 'antidisestablishmentarianismm', 'shitt', 'fukc', 'aeroplain', 'iwth'
]

/** The suggestions of every word from one suggester. */
function answers(dialect: SuggestDialect, fullAfter: number): string[][] {
  const suggester = createSuggester(dialect, fullAfter)
  return WORDS.map((word) => suggester(word))
}

describe('spelling suggestions from the built table', () => {
  it('the build wrote both tables', () => {
    for (const dialect of ['en-US', 'en-GB']) {
      const table = fs.readFileSync(path.join(root, 'dist', `suggest-${dialect}.txt`), 'utf8')
      const head = Number(table.slice(0, table.indexOf('\n')))
      // The head: numbers' compound parts and never-suggested words; the body: every form.
      expect(head).toBeGreaterThan(10)
      expect(table.split('\n').length).toBeGreaterThan(100_000)
      expect(table).toMatch(/^0\tnm$/m)
      // Its Bloom filter holds every form of the body (a form it missed could never be suggested).
      const bloom = fs.readFileSync(path.join(root, 'dist', `suggest-${dialect}.bloom`))
      expect(bloom.length).toBe(SUGGEST_BLOOM_BITS / 8)
      const lines = table.split('\n')
      const forms = lines.slice(1 + head).filter(Boolean).map((line) => line.slice(0, line.indexOf('\t')))
      expect(forms.length).toBeGreaterThan(100_000)
      expect(forms.filter((form) => !mayHold(bloom, form))).toEqual([])
      // … and turns away most strings that are no form.
      const made = forms.slice(0, 5000).map((form) => form + 'qz')
      expect(made.filter((form) => mayHold(bloom, form)).length).toBeLessThan(100)
    }
  })

  for (const dialect of ['en-GB', 'en-US'] as const) {
    it(`${dialect}: the same suggestions, in the same order, as the whole dictionary`, () => {
      const builds = engineStats.whole
      const fromTable = answers(dialect, Infinity)
      // Answered from the table: the whole dictionary was not built for them.
      expect(engineStats.whole).toBe(builds)
      const whole = answers(dialect, 0)
      expect(engineStats.whole).toBe(builds + 1)
      expect(fromTable).toEqual(whole)
      // Not vacuous: most of these words have suggestions, and the obvious ones come first.
      expect(fromTable.filter((s) => s.length > 0).length).toBeGreaterThan(WORDS.length * 0.8)
      expect(fromTable[WORDS.indexOf('goverment')][0]).toBe('government')
      expect(fromTable[WORDS.indexOf('recieve')]).toContain('receive')
    }, 120_000)
  }

  it('a process that asks for many words builds the whole dictionary once', () => {
    const before = engineStats.whole
    const suggester = createSuggester('en-GB', 3)
    const got = ['minstry', 'budjet', 'inflaton'].map((w) => suggester(w))
    expect(engineStats.whole).toBe(before)
    got.push(suggester('ceasfire'), suggester('hospitla'))
    expect(engineStats.whole).toBe(before + 1)
    expect(got[4]).toContain('hospital')
    expect(got[0]).toContain('ministry')
  }, 60_000)

  it('the CLI bundle carries retext-spell and nspell instead of loading them from node_modules', () => {
    const bundle = fs.readFileSync(path.join(root, 'dist/bin/wirelint.cjs'), 'utf8')
    // retext-spell's own error text and nspell's compound-rule code are in the bundle …
    expect(bundle).toContain('Missing `dictionary` in options')
    expect(bundle).toContain('compoundRuleCodes')
    // … and no require() of them by name is left for node to resolve at run time.
    expect(bundle).not.toMatch(/require\((["'])(retext-spell|nspell)\1\)/)
  })
})

describe('the sort of suggestions without ICU (plugins/spelling/collation.ts)', () => {
  it('orders words of ASCII letters exactly as localeCompare does, and leaves anything else to it', async () => {
    const {asciiCollation, withEnglishCollation} = await import('../../plugins/spelling/collation.js')
    // A fixed pseudo-random walk over short words of few letters in both cases: many ties, prefixes and case variants.
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const letters = 'aAbBmMyYzZ'
    const word = (): string => Array.from({length: 1 + Math.floor(next() * 5)}, () => letters[Math.floor(next() * letters.length)]).join('')
    let compared = 0
    for (let i = 0; i < 20_000; i++) {
      const a = word()
      const b = next() < 0.4 ? [...a].map((c) => (next() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('') : word()
      expect(asciiCollation(a, b), `${a} ${b}`).toBe(Math.sign(a.localeCompare(b)))
      compared++
    }
    expect(compared).toBe(20_000)
    for (const [a, b] of [['HUNTSMAN', 'Huntsman'], ['huntsman', 'Huntsman'], ['hunt', 'Hunts'], ['zebra', 'Apple']]) {
      expect(asciiCollation(a, b)).toBe(Math.sign(a.localeCompare(b)))
    }
    expect(asciiCollation("don't", 'dont')).toBeUndefined()
    expect(asciiCollation('café', 'cafe')).toBeUndefined()
    // Stands in only while the work runs.
    const before = String.prototype.localeCompare
    expect(withEnglishCollation(() => 'HUNTSMAN'.localeCompare('Huntsman'))).toBe(1)
    expect(() => withEnglishCollation(() => {
      throw new Error('inside')
    })).toThrow('inside')
    expect(String.prototype.localeCompare).toBe(before)
  })
})
