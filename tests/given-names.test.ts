/**
 * Given names (plugins/support/given-names.ts): a process answers its first
 * names by searching the name lists' text and later ones from a sorted index
 * of them.  Both ways must give the same verdict for any key, or a story's
 * pronoun finding would depend on how many names the process had seen.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import {foldName, fromIndex, fromText, genderOf} from '../plugins/support/given-names.js'

const require = createRequire(import.meta.url)

/** Every name of the six lists, in file order. */
function listNames(): string[] {
  const out: string[] = []
  for (const list of ['en', 'es', 'it', 'fr', 'de', 'tr']) {
    const text = fs.readFileSync(require.resolve(`gender-detection-from-name/names/${list}.js`), 'latin1')
    for (const m of text.matchAll(/\['([^'\n]*)', '(?:female|male)'\]/g)) out.push(m[1]!)
  }
  return out
}

describe('given names', () => {
  it('gives the lists\' majority verdict, accents folded off, and nothing on a tie or an unknown name', () => {
    expect(genderOf('María')).toBe('female')
    expect(genderOf('Giorgia')).toBe('female')
    expect(genderOf('José')).toBe('male')
    expect(genderOf('Emre')).toBe('male')
    // As many of the lists say female as say male: no verdict.
    expect(genderOf('Andrea')).toBeUndefined()
    expect(genderOf('Zzyzx')).toBeUndefined()
    expect(foldName('Ángela')).toBe('angela')
  })

  it('answers the same from the lists\' text and from the index, for names, near names and odd keys', () => {
    const names = listNames()
    expect(names.length).toBeGreaterThan(80_000)
    const keys = new Set<string>(['', 'a', '\uffff', '\ud800', "o'brien", 'adâm', 'zoë', 'maria', 'andrea'])
    // A spread of the lists (every 173rd name), each also with a letter more and a letter less.
    for (let i = 0; i < names.length; i += 173) {
      const name = names[i]!
      keys.add(name)
      keys.add(name + 'a')
      keys.add(name.slice(0, -1))
    }
    let decided = 0
    for (const key of keys) {
      const answer = fromIndex(key)
      expect(fromText(key), key).toBe(answer)
      if (answer !== undefined) decided++
    }
    // Most of the sampled names have a verdict: the comparison is not vacuous.
    expect(decided).toBeGreaterThan(keys.size / 4)
  })
})
