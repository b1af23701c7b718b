/**
 * The look-up shortcuts of the speed work give the answers of the plain
 * computation, asked once or again (findings identical: /tmp snapshots).
 */
import {describe, expect, it} from 'vitest'
import {genderOf, foldName} from '../plugins/support/given-names.js'
import {lowerCase} from '../plugins/support/text.js'
import {judge} from '../plugins/spelling/verdict.js'
import {loadLexicon} from '../plugins/support/lexicon.js'
import type {Context} from '../plugins/spelling/known.js'

describe('lowerCase', () => {
  it.each(['said', 'Said', 'SAID', 'Ísland', 'éclair', 'İstanbul', 'ǅemal', "o’clock", '', 'x-ray'])('%j as toLowerCase gives it', (v) => {
    expect(lowerCase(v)).toBe(v.toLowerCase())
  })
  it('gives a word without a capital back as it is', () => {
    const v = 'minister'
    expect(lowerCase(v)).toBe(v)
  })
})

describe('genderOf, remembered by the name as written', () => {
  it.each([['María', 'female'], ['Pedro', 'male'], ['Andrea', undefined], ['Xqzzy', undefined]])('%s twice', (name, gender) => {
    expect(genderOf(name)).toBe(gender)
    expect(genderOf(name)).toBe(gender)
    expect(genderOf(foldName(name))).toBe(gender)
  })
})

describe('spelling verdicts, remembered', () => {
  it('a fine word stays fine and a typo keeps its verdict when asked again', async () => {
    await loadLexicon()
    const ctx: Context = {dialect: 'en', accepted: new Set(), verdicts: new Map()}
    expect(judge('minister', ctx)).toBeUndefined()
    expect(judge('minister', ctx)).toBeUndefined()
    const first = judge('persue', ctx)
    expect(first?.kind).toBe('typo')
    expect(judge('persue', ctx)).toEqual(first)
    expect(judge('xqzzyplonk', ctx)?.kind).toBe('unknown')
    expect(judge('xqzzyplonk', ctx)?.kind).toBe('unknown')
  })
})
