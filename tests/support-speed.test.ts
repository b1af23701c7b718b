/**
 * The look-up shortcuts of the speed work give the answers of the plain
 * computation, asked once or again (findings identical: /tmp snapshots).
 */
import {describe, expect, it} from 'vitest'
import {genderOf, foldName} from '../plugins/support/given-names.js'
import v8 from 'node:v8'
import {lowerCase, packMap, PartsMap, perWord} from '../plugins/support/text.js'
import {nearMiss, nearMissOfWord} from '../plugins/spelling/derivation.js'
import {nearEnglish, nearEnglishSearch} from '../plugins/support/foreign-lexicon.js'
import {NO_WORDS} from '../plugins/spelling/known.js'
import {lastToken} from '../plugins/terminal-punctuation/broken.js'
import {getTriggers} from '../plugins/calque/triggers.js'
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

describe('perWord: a test of one word, remembered per process', () => {
  it('asks the test once per word, gives its answer again, and stays bounded', () => {
    const asked: string[] = []
    const long = perWord((w) => {
      asked.push(w)
      return w.length > 4
    }, 3)
    expect([long('said'), long('minister'), long('said'), long('minister')]).toEqual([false, true, false, true])
    expect(asked).toEqual(['said', 'minister'])
    // Full at 3: the next new word clears the answers, and earlier words are asked again.
    long('a')
    long('bb')
    expect(asked).toEqual(['said', 'minister', 'a', 'bb'])
    long('said')
    expect(asked).toEqual(['said', 'minister', 'a', 'bb', 'said'])
  })
  it('the remembered near-miss tests answer as the plain search, asked once or again', async () => {
    await loadLexicon()
    for (const w of ['goverment', 'untill', 'recieve', 'gobierno', 'ministro', 'xqzzyt', 'dont', 'minister']) {
      const plain = nearMiss(w, NO_WORDS, true)
      expect(nearMissOfWord(w), w).toBe(plain)
      expect(nearMissOfWord(w), w).toBe(plain)
      const english = nearEnglishSearch(w)
      expect(nearEnglish(w), w).toBe(english)
      expect(nearEnglish(w), w).toBe(english)
    }
    expect(nearMissOfWord('goverment')).toBe(true)
    expect(nearMissOfWord('xqzzyt')).toBe(false)
    expect(nearEnglish('dont')).toBe(true)
  })
})

describe('lastToken: the end-anchored search from the last run of non-space characters', () => {
  // The plain search, tried from every position (terminal-punctuation/broken.ts LAST_TOKEN).
  const PLAIN = /(?:[\p{L}\p{N}][\p{L}\p{N}'’.%-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[,;])\s*$/u
  it.each([
    'The minister said', 'The minister said  ', 'prices rose 50%', 'in the U.S.', 'talks with the U.S', 'the end ,',
    'and then;', 'said -abc', "the workers'", 'x.y-z', '', '   ', 'a', 'end\u00a0\u00a0', 'line\u3000', 'tab\t\n',
    'emoji 😀', 'word 😀x', '1.5', 'ends.', '“quoted”', 'Aleppo’s', 'one two\u2028three', '--', 'a-'
  ])('%j', (text) => {
    const plain = PLAIN.exec(text)
    const fast = lastToken(text)
    expect(fast?.[0]).toBe(plain?.[0])
    expect(fast?.index).toBe(plain?.index)
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

describe('a table stored in parts (text.ts `split`): each value read when first asked for', () => {
  it('PartsMap answers what the Map answered, decoding only the values asked for, once each', () => {
    const map = new Map<string, unknown>([
      ['the', {follow: [1, 2, 3], phrases: new Set(['a', 'b'])}],
      ['in', {n: 2}],
      ['año', ['ñ', new Map([['x', 1]])]],
      ['empty', {}]
    ])
    const decoded: number[] = []
    const stored = v8.deserialize(v8.serialize(packMap(map, (part) => v8.serialize(part)))) as ReturnType<typeof packMap>
    const parts = new PartsMap<unknown>(stored, (bytes) => {
      decoded.push(bytes.length)
      return v8.deserialize(bytes)
    })
    expect(parts.size).toBe(4)
    expect([...parts.keys()]).toEqual([...map.keys()])
    expect(parts.has('in')).toBe(true)
    expect(parts.has('on')).toBe(false)
    expect(parts.get('on')).toBeUndefined()
    expect(decoded).toEqual([])
    expect(parts.get('año')).toEqual(map.get('año'))
    expect(parts.get('año')).toBe(parts.get('año'))
    expect(parts.get('the')).toEqual(map.get('the'))
    expect(parts.get('empty')).toEqual({})
    expect(decoded.length).toBe(3)
  })

  it('the calque triggers survive the round trip word for word', () => {
    const t = getTriggers()
    const lower = t.byLower as Map<string, unknown>
    const stored = v8.deserialize(v8.serialize(packMap(lower, (part) => v8.serialize(part)))) as ReturnType<typeof packMap>
    const parts = new PartsMap<unknown>(stored, (bytes) => v8.deserialize(bytes))
    expect(parts.size).toBe(lower.size)
    for (const key of ['the', 'in', 'this', ...[...lower.keys()].slice(-5)]) expect(parts.get(key)).toEqual(lower.get(key))
  })
})

