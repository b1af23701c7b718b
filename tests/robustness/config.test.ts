/**
 * Configuration files are validated with clear errors, and a malicious one
 * (huge lists, bad globs, prototype keys) cannot crash or slow the run.
 */
import {describe, expect, it} from 'vitest'
import picomatch from 'picomatch'
import {ConfigError, isIgnored, resolveConfig} from '../../pipeline/core/config.js'
import {createChecker} from '../../pipeline/core/checker.js'

function error(raw: unknown): string {
  try {
    resolveConfig(raw, 'cfg.json')
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return (e as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('config validation', () => {
  it.each([
    [[], '(root)'],
    ['rules', '(root)'],
    [null, '(root)'],
    [{rules: []}, 'rules: must be an object'],
    [{rules: {'merged-words': 'loud'}}, 'rules.merged-words: has level "loud"'],
    [{rules: {'merged-words': ['warn', {}, 3]}}, 'rules.merged-words: must be a level or [level, {options}]'],
    [{rules: {'merged-words': ['warn', []]}}, 'rules.merged-words: options must be an object'],
    [{rules: {spelling: ['warn', {dialect: 'en-AU'}]}}, 'rules.spelling.dialect: must be one of'],
    [{rules: {nope: 'off'}}, 'rules.nope: unknown rule'],
    [{words: [1]}, 'words[0]'],
    [{words: ['x'.repeat(201)]}, 'words[0]'],
    [{ignore: ['']}, 'ignore[0]'],
    [{ignore: 'a/**'}, 'ignore: must be an array'],
    [{extends: 'x'}, 'extends: cannot find the preset "x"'],
    [{extend: './x.json'}, 'extend: unknown key']
  ])('%j → %s', (raw, text) => {
    expect(error(raw)).toContain(text)
  })

  it('names the file', () => {
    expect(error({rules: {nope: 'off'}})).toMatch(/^cfg\.json: /)
  })

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])('prototype key "%s" is an unknown key, not a lookup', (key) => {
    expect(error(JSON.parse(`{"${key}": {"rules": {}}}`))).toContain(`${key}: unknown key`)
    expect(error(JSON.parse(`{"rules": {"${key}": "off"}}`))).toContain(`rules.${key}: unknown rule`)
  })

  it('does not let a __proto__ key pollute objects', () => {
    const raw = JSON.parse('{"rules": {"merged-words": ["warn", {"__proto__": {"polluted": true}}]}}')
    expect(() => resolveConfig(raw)).toThrow(ConfigError)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('caps huge lists instead of slowing down', () => {
    // The length is refused before any entry is looked at: one problem, not one per entry
    // (no clock here: tests assert behaviour, speed lives in npm run bench).
    const words = Array.from({length: 100_001}, () => 42)
    expect(error({words})).toBe('cfg.json: words: has 100001 entries (at most 100000)')
    expect(error({ignore: Array.from({length: 1001}, () => 42)})).toBe('cfg.json: ignore: has 1001 entries (at most 1000)')
  })

  it('accepts 100,000 words and checks with them', async () => {
    const words = Array.from({length: 100_000}, (_, i) => `word${i}`)
    const checker = createChecker({words})
    const file = await checker.check('The vote . Then word5 left.')
    expect(file.messages.map((m) => m.ruleId)).toEqual(['punctuation-spacing'])
  })

  it('compiles pathological globs, and rejects what the linear matcher cannot run', () => {
    const config = resolveConfig({ignore: ['**/'.repeat(200) + '*.txt', '{a,b,c}'.repeat(50), '[[[[[']}, undefined, '/tmp')
    expect(config.ignore).toHaveLength(3)
    expect(error({ignore: ['!(draft).txt']})).toContain('ignore[0]: is not a valid glob: negated extglobs')
    expect(error({ignore: ['{1..100000}']})).toContain('ignore[0]: is not a valid glob')
    expect(error({ignore: Array.from({length: 1000}, () => '{a,b,c,d,e,f,g,h,i,j}'.repeat(20))})).toContain('too complex together')
  })

  it('matches ignore globs as picomatch does for what configurations use', () => {
    const cases: Array<[string, string]> = [
      ['archive/**', 'archive/2020/x.txt'], ['archive/**', 'archived/x.txt'], ['**/drafts/*.md', 'a/b/drafts/x.md'],
      ['**/drafts/*.md', 'drafts/x.md'], ['**/drafts/*.md', 'drafts/a/x.md'], ['*.txt', 'x.txt'], ['*.txt', 'a/x.txt'],
      ['**/*.{md,html}', 'a/b.html'], ['**/*.{md,html}', 'a/b.htm'], ['a/*/b', 'a/x/b'], ['a/*/b', 'a/x/y/b'],
      ['a/**/b', 'a/b'], ['a/**/b', 'a/x/y/b'], ['**/.hidden/*', 'x/.hidden/y'], ['?.txt', 'a.txt'], ['?.txt', 'ab.txt'],
      ['[a-c]*.txt', 'b1.txt'], ['[^a-c]*.txt', 'b1.txt'], ['[[:digit:]]*', '7up.md'], ['{a,b/c}/*.md', 'b/c/x.md'],
      ['x{1..3}.txt', 'x2.txt'], ['x{1..3}.txt', 'x4.txt'], ['@(a|b).txt', 'b.txt'], ['+(ab).txt', 'abab.txt'],
      ['*(ab).txt', '.txt'], ['?(a).txt', 'aa.txt'], ['\\*.txt', '*.txt'], ['\\*.txt', 'a.txt'], ['!*.md', 'a.txt'],
      ['!*.md', 'a.md'], ['./a/*.txt', 'a/b.txt'], ['*', '.env'], ['a.b', 'acb']
    ]
    const base = '/tmp/project'
    for (const [glob, file] of cases) {
      const config = resolveConfig({ignore: [glob]}, undefined, base)
      expect(isIgnored(config, `${base}/${file}`), `${glob} ~ ${file}`).toBe(picomatch(glob, {dot: true})(file))
    }
  })

  it('matches a backtracking-prone glob against a long name at once', () => {
    const config = resolveConfig({ignore: ['*a*a*a*a*a*a*b', '**/*a*a*a*a*a*a*b/**']}, undefined, '/tmp/project')
    const long = 'a'.repeat(250) + '.txt'
    expect(isIgnored(config, `/tmp/project/${long}`)).toBe(false)
    expect(isIgnored(config, `/tmp/project/${'a/'.repeat(500)}${long}`)).toBe(false)
    expect(isIgnored(config, `/tmp/project/${'a'.repeat(250)}b`)).toBe(true)
  })
})
