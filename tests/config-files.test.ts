/**
 * Configuration ergonomics (issue 16): `.wirelintrc.json` with comments,
 * `.wirelintrc.yaml`/`.yml`, `extends` (a path or a package: the shipped
 * newsroom preset), per-glob `overrides`, every problem reported at once with
 * its key path — through the library (loadConfigFile, createConfigFinder).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ConfigError, configForFile, createConfigFinder, loadConfigFile, parseRuleOptions, resolveConfig, withRules} from '../pipeline/core/config.js'
import {createChecker} from '../pipeline/core/checker.js'

let dir: string
const write = (name: string, text: string): string => {
  const file = path.join(dir, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, text)
  return file
}
function problems(fn: () => unknown): string[] {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems.map((p) => `${p.source ? path.basename(p.source) : ''}: ${p.key}: ${p.message}`)
  }
  throw new Error('expected a ConfigError')
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-config-files-'))
})
afterAll(() => {
  fs.rmSync(dir, {recursive: true, force: true})
})

describe('file formats', () => {
  it('.wirelintrc.json may have comments and trailing commas', () => {
    const file = write('jsonc/.wirelintrc.json', '{\n  // the desk writes British English\n  "rules": {"spelling": ["warn", {"dialect": "en-GB"}],}, /* done */\n}\n')
    const config = loadConfigFile(file)
    expect(config.rules.spelling).toEqual({level: 'warning', options: {dialect: 'en-GB'}})
  })

  it('a JSON syntax error names its line and column, every one of them', () => {
    const file = write('bad/.wirelintrc.json', '{\n  "rules": {,}\n  "words": ]\n}\n')
    const list = problems(() => loadConfigFile(file))
    expect(list.length).toBeGreaterThanOrEqual(2)
    expect(list[0]).toContain('(file): invalid JSON at line 2')
    expect(list.some((p) => p.includes('line 3'))).toBe(true)
  })

  it('a "__proto__" key in JSON with comments is an unknown key, not a prototype', () => {
    const file = write('proto/.wirelintrc.json', '{"__proto__": {"rules": {"spelling": "off"}}}')
    expect(problems(() => loadConfigFile(file))).toEqual([expect.stringContaining('__proto__: unknown key')])
  })

  it.each(['.wirelintrc.yaml', '.wirelintrc.yml'])('%s is read (and found by the finder)', (name) => {
    write(`yaml-${name}/${name}`, '# desk settings\nrules:\n  calque: off\n  spelling: [warn, {dialect: en-US}]\nwords:\n  - Araghchi\n')
    const story = write(`yaml-${name}/story.txt`, 'Text.\n')
    const config = createConfigFinder()(story)!
    expect(config.source).toMatch(new RegExp(`${name.replace('.', '\\.')}$`))
    expect(config.rules.calque.level).toBe('off')
    expect(config.rules.spelling.options).toEqual({dialect: 'en-US'})
    expect(config.words).toEqual(['Araghchi'])
  })

  it('a YAML error is a configuration error with its place', () => {
    const file = write('badyaml/.wirelintrc.yaml', 'rules:\n  calque: off\n  calque: info\n')
    expect(problems(() => loadConfigFile(file))[0]).toMatch(/\(file\): invalid YAML: .*line 3/)
  })

  it('a YAML alias bomb is refused, not expanded', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n' + Array.from({length: 8}, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`).join('\n') + '\n'
    const file = write('bomb/.wirelintrc.yaml', bomb)
    expect(problems(() => loadConfigFile(file))[0]).toContain('invalid YAML')
  })
})

describe('every problem at once, with its key path', () => {
  it('lists each bad key, in the file and in an override', () => {
    const list = problems(() =>
      resolveConfig(
        {
          rules: {nope: 'error', spelling: ['warn', {dialect: 'en-XX', colour: true}], calque: 'loud'},
          words: ['ok', 3],
          colour: true,
          overrides: [{files: 'briefs/**', rules: {'terminal-punctuation': 'quiet'}}, {rules: {}}]
        },
        'cfg.json'
      )
    )
    expect(list).toEqual(
      expect.arrayContaining([
        expect.stringContaining('colour: unknown key'),
        expect.stringContaining('rules.nope: unknown rule'),
        expect.stringContaining('rules.spelling.dialect: must be one of'),
        expect.stringContaining('rules.spelling.colour: unknown option'),
        expect.stringContaining('rules.calque: has level "loud"'),
        expect.stringContaining('words[1]: must be a non-empty string'),
        expect.stringContaining('overrides[0].rules.terminal-punctuation: has level "quiet"'),
        expect.stringContaining('overrides[1].files: is required')
      ])
    )
    expect(list).toHaveLength(8)
  })

  it('the message has one line per problem, each naming the file', () => {
    try {
      resolveConfig({rules: {nope: 'off'}, words: 'x'}, 'cfg.json')
    } catch (error) {
      expect((error as Error).message.split('\n')).toEqual([expect.stringMatching(/^cfg\.json: rules\.nope: /), expect.stringMatching(/^cfg\.json: words: /)])
      return
    }
    throw new Error('expected a ConfigError')
  })
})

describe('extends', () => {
  it('a relative preset applies first; the file wins; words and ignore add up', () => {
    write('ext/presets/desk.yaml', 'rules:\n  calque: off\n  acronym: warning\nwords: [Araghchi]\nignore: ["old/**"]\n')
    const file = write('ext/.wirelintrc.json', '{"extends": "./presets/desk.yaml", "rules": {"acronym": "info"}, "words": ["Sana"]}')
    const config = loadConfigFile(file)
    expect(config.rules.calque.level).toBe('off')
    expect(config.rules.acronym.level).toBe('info')
    expect(config.words).toEqual(['Araghchi', 'Sana'])
    expect(config.ignore).toEqual(['old/**'])
  })

  it('the newsroom preset resolves by package name (wirelint/presets/newsroom)', () => {
    const file = write('pkg/.wirelintrc.json', '{"extends": "wirelint/presets/newsroom"}')
    // Resolved from the config's folder as node resolves packages: link this checkout in as "wirelint".
    fs.mkdirSync(path.join(dir, 'pkg/node_modules'), {recursive: true})
    fs.symlinkSync(path.resolve('.'), path.join(dir, 'pkg/node_modules/wirelint'))
    const config = loadConfigFile(file)
    expect(config.rules.spelling).toEqual({level: 'warning', options: {dialect: 'en-GB'}})
    expect(configForFile(config, path.join(dir, 'pkg/briefs/a.txt')).rules['terminal-punctuation'].level).toBe('off')
    expect(configForFile(config, path.join(dir, 'pkg/story.txt')).rules['terminal-punctuation'].level).toBe('warning')
  })

  it('a missing preset, a cycle and a bad preset are reported with the file that has the problem', () => {
    write('cyc/a.json', '{"extends": "./b.json"}')
    write('cyc/b.json', '{"extends": "./a.json", "rules": {"calque": "loud"}}')
    const file = write('cyc/.wirelintrc.json', '{"extends": ["./a.json", "./missing.json", "no-such-package-wirelint"]}')
    const list = problems(() => loadConfigFile(file))
    expect(list).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^b\.json: extends: "\.\/a\.json" extends itself/),
        expect.stringMatching(/^b\.json: rules\.calque: has level "loud"/),
        expect.stringMatching(/^\.wirelintrc\.json: extends\[1\]: cannot find the preset "\.\/missing\.json"/),
        expect.stringMatching(/^\.wirelintrc\.json: extends\[2\]: cannot find the preset "no-such-package-wirelint"/)
      ])
    )
  })
})

describe('overrides', () => {
  const raw = {
    rules: {'terminal-punctuation': 'error'},
    overrides: [
      {files: ['briefs/**', '*.brief.txt'], excludedFiles: 'briefs/long/**', rules: {'terminal-punctuation': 'off'}},
      {files: '*.md', rules: {calque: 'warn'}}
    ]
  }

  it('apply by glob relative to the config folder; a glob without "/" matches in any folder', () => {
    const config = resolveConfig(raw, 'cfg.json', '/desk')
    const level = (file: string, id: string) => configForFile(config, file).rules[id].level
    expect(level('/desk/briefs/a.txt', 'terminal-punctuation')).toBe('off')
    expect(level('/desk/world/x.brief.txt', 'terminal-punctuation')).toBe('off')
    expect(level('/desk/briefs/long/a.txt', 'terminal-punctuation')).toBe('error')
    expect(level('/desk/story.txt', 'terminal-punctuation')).toBe('error')
    expect(level('/desk/deep/er/a.md', 'calque')).toBe('warning')
    expect(level('/elsewhere/briefs/a.txt', 'terminal-punctuation')).toBe('error')
  })

  it('files with the same overrides share one configuration (one processor)', () => {
    const config = resolveConfig(raw, 'cfg.json', '/desk')
    expect(configForFile(config, '/desk/briefs/a.txt')).toBe(configForFile(config, '/desk/briefs/b.txt'))
    expect(configForFile(config, '/desk/story.txt')).toBe(config)
  })

  it('change what is found in a check', async () => {
    const config = resolveConfig(raw, 'cfg.json', '/desk')
    const text = 'Rebels seize city\n\nThe talks were chaired by the\nminister, who spoke first.\n'
    const ids = async (file: string) => (await createChecker(configForFile(config, file)).check(text, {path: file})).messages.map((m) => m.ruleId)
    expect(await ids('/desk/story.txt')).toContain('terminal-punctuation')
    expect(await ids('/desk/briefs/a.txt')).not.toContain('terminal-punctuation')
  })
})

describe('--rule values', () => {
  it('"id: severity", YAML flow and JSON forms', () => {
    const rules = parseRuleOptions(['calque: off', 'spelling: [warn, {dialect: en-US}]', '{"acronym": "info"}'])
    expect(rules.calque.level).toBe('off')
    expect(rules.spelling).toEqual({level: 'warning', options: {dialect: 'en-US'}})
    expect(rules.acronym.level).toBe('info')
    const config = withRules(resolveConfig({rules: {calque: 'error'}}), rules)
    expect(config.rules.calque.level).toBe('off')
    expect(config.key).not.toBe(resolveConfig({rules: {calque: 'error'}}).key)
  })

  it('bad values are all reported under --rule', () => {
    const list = problems(() => parseRuleOptions(['nope: off', 'calque', 'spelling: [warn, {dialect: xx}]']))
    expect(list).toEqual([
      expect.stringContaining('--rule: rules.nope: unknown rule'),
      expect.stringContaining('--rule: [1]: "calque" is not "id: severity"'),
      expect.stringContaining('--rule: rules.spelling.dialect: must be one of')
    ])
  })
})

describe('the README', () => {
  const readme = fs.readFileSync(path.resolve('README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Configuration\n'), readme.indexOf('## Library\n'))
  const block = (lang: string): string => {
    const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)
    if (!m) throw new Error(`no ${lang} block in the README's Configuration section`)
    return m[1]
  }

  it.each([
    ['jsonc', '.wirelintrc.json'],
    ['yaml', '.wirelintrc.yaml']
  ])('its %s example is a valid configuration (with the newsroom preset)', (lang, name) => {
    const folder = path.join(dir, `readme-${lang}`)
    fs.mkdirSync(path.join(folder, 'node_modules'), {recursive: true})
    fs.symlinkSync(path.resolve('.'), path.join(folder, 'node_modules/wirelint'))
    const config = loadConfigFile(write(`readme-${lang}/${name}`, block(lang)))
    expect(config.rules['terminal-punctuation'].level).toBe('off')
    expect(config.rules['name-variants'].level).toBe('error') // from the preset
    expect(config.words).toContain('Araghchi')
  })
})

describe('presets and the checked tree', () => {
  it('a config inside the tree cannot extend a file outside it by a relative path', () => {
    write('outside-secret.json', '{"secret-token": 1}')
    write('tree/desk/.wirelintrc.json', '{"extends": "../../outside-secret.json"}')
    const story = write('tree/desk/story.txt', 'Text.\n')
    const list = problems(() => createConfigFinder(path.join(dir, 'tree'))(story))
    expect(list).toEqual([expect.stringContaining('is outside the checked tree: not read')])
    expect(list.join('\n')).not.toContain('secret-token')
  })
})
