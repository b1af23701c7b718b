/**
 * Configuration and command-line hygiene through the built CLI (issue 16):
 * `--print-config`, `--rule`, `.wirelintignore`, every config problem on its
 * own line, unknown options in our words with exit code 2, and globs that
 * reach outside the working folder.  Runs dist/ (npm test builds first).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/bin/cli.cjs')
let dir: string

function run(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [cli, ...args], {cwd, input: '', encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: r.status, stdout: r.stdout, stderr: r.stderr}
}
const paths = (stdout: string): string[] => (JSON.parse(stdout) as Array<{path: string}>).map((f) => f.path)
const put = (name: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
  fs.writeFileSync(path.join(dir, name), text)
}

const REPEATED = 'Rebels seize city\n\nThe the rebels took the city on Sunday, officials said.\n'

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-config-cli-'))
  put('desk/.wirelintrc.yaml', '# the desk\nrules:\n  repeated-words: info\noverrides:\n  - files: briefs/**\n    rules:\n      repeated-words: "off"\n')
  put('desk/story.txt', REPEATED)
  put('desk/briefs/one.txt', REPEATED)
  put('desk/drafts/wip.txt', REPEATED)
  put('desk/archive/2019/old.txt', REPEATED)
  put('desk/archive/2020/keep.txt', REPEATED)
  put('outside/far.txt', REPEATED)
  put('outside/deeper/far.txt', REPEATED)
})
afterAll(() => {
  fs.rmSync(dir, {recursive: true, force: true})
})

describe('--print-config', () => {
  it('prints the configuration used for a file, overrides applied', () => {
    const story = run(['--print-config', 'story.txt'], path.join(dir, 'desk'))
    expect(story.code).toBe(0)
    const printed = JSON.parse(story.stdout)
    expect(printed.source).toMatch(/\.wirelintrc\.yaml$/)
    expect(printed.rules['repeated-words']).toBe('info')
    expect(printed.rules.spelling).toBe('warning')
    expect(JSON.parse(run(['--print-config', 'briefs/one.txt'], path.join(dir, 'desk')).stdout).rules['repeated-words']).toBe('off')
  })

  it('includes --rule and says when a file is ignored', () => {
    fs.writeFileSync(path.join(dir, 'desk/.wirelintignore'), 'drafts/\n')
    try {
      const r = run(['--print-config', 'drafts/wip.txt', '--rule', 'calque: error'], path.join(dir, 'desk'))
      const printed = JSON.parse(r.stdout)
      expect(printed.rules.calque).toBe('error')
      expect(printed.ignored).toBe(true)
    } finally {
      fs.rmSync(path.join(dir, 'desk/.wirelintignore'))
    }
  })
})

describe('--rule', () => {
  it('sets a rule over the config file and its overrides', () => {
    const r = run(['briefs/one.txt', '--rule', 'repeated-words: error'], path.join(dir, 'desk'))
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/error\s+.*repeated-words/)
  })

  it('takes JSON with options, and is repeatable', () => {
    const r = run(['story.txt', '--rule', '{"spelling": ["error", {"dialect": "en-US"}]}', '--rule', 'repeated-words: off', '-f', 'json'], path.join(dir, 'desk'))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)[0].messages).toEqual([])
  })

  it('bad values: every problem, exit 2', () => {
    const r = run(['story.txt', '--rule', 'nope: off', '--rule', 'calque: loud'], path.join(dir, 'desk'))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--rule: rules.nope: unknown rule')
    expect(r.stderr).toContain('--rule: rules.calque: has level "loud"')
  })
})

describe('.wirelintignore', () => {
  it('skips what it names, in gitignore syntax (folders, globs, re-includes), also for named files', () => {
    fs.writeFileSync(path.join(dir, 'desk/.wirelintignore'), '# not for checking\ndrafts/\narchive/**\n!archive/2020/\n!archive/2020/**\n')
    try {
      const r = run(['.', '-f', 'json'], path.join(dir, 'desk'))
      expect(paths(r.stdout)).toEqual(['archive/2020/keep.txt', 'briefs/one.txt', 'story.txt'])
      // A hook passes staged names explicitly: they are skipped too.
      const named = run(['drafts/wip.txt', 'story.txt', '-f', 'json'], path.join(dir, 'desk'))
      expect(paths(named.stdout)).toEqual(['story.txt'])
    } finally {
      fs.rmSync(path.join(dir, 'desk/.wirelintignore'))
    }
  })

  it('a line that would make matching slow is a configuration error naming the line', () => {
    fs.writeFileSync(path.join(dir, 'desk/.wirelintignore'), 'drafts/\n**/a/**/b\n**/ok/*.md\n')
    try {
      const r = run(['.'], path.join(dir, 'desk'))
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('.wirelintignore: line 2: too many wildcards')
    } finally {
      fs.rmSync(path.join(dir, 'desk/.wirelintignore'))
    }
  })
})

describe('config errors', () => {
  it('a config file with several problems lists them all, one per line', () => {
    put('bad/.wirelintrc.json', '{\n  // two mistakes\n  "rules": {"nope": "off", "calque": "loud"},\n  "colour": true\n}\n')
    put('bad/a.txt', REPEATED)
    const r = run(['a.txt'], path.join(dir, 'bad'))
    expect(r.code).toBe(2)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(line).toMatch(/^wirelint: configuration error: .*\.wirelintrc\.json: /)
    expect(r.stderr).toContain('rules.nope')
    expect(r.stderr).toContain('rules.calque')
    expect(r.stderr).toContain('colour')
  })
})

describe('unknown options', () => {
  it.each([
    [['--fomat', 'json', 'a.txt'], 'wirelint: unknown option --fomat (did you mean --format?)'],
    [['--colour', 'a.txt'], 'wirelint: unknown option --colour (did you mean --color?)'],
    [['--zzzz', 'a.txt'], 'wirelint: unknown option --zzzz\n'],
    [['-x', 'a.txt'], 'wirelint: unknown option -x\n'],
    [['--fix=yes', 'a.txt'], 'wirelint: option --fix takes no value'],
    [['a.txt', '--config'], 'wirelint: option --config needs a value']
  ])('%j: a clear message, exit 2', (args, message) => {
    const r = run(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stderr).toContain('Run "wirelint --help" for usage.')
    // Not node:util's parser text.
    expect(r.stderr).not.toMatch(/positional|ERR_PARSE_ARGS|To specify/)
  })
})

describe('globs outside the working folder', () => {
  it("'../**/far.txt' finds the files at every depth, also inside the working folder", () => {
    put('outside/inner/far.txt', REPEATED)
    const r = run(['../**/far.txt', '-f', 'json'], path.join(dir, 'outside/inner'))
    expect(r.code).toBe(0)
    expect(paths(r.stdout)).toEqual(['../deeper/far.txt', '../far.txt', '../inner/far.txt'])
  })

  it("'../../outside/*.txt' and '../*/far.txt' find theirs", () => {
    const cwd = path.join(dir, 'desk/briefs')
    expect(paths(run(['../../outside/*.txt', '-f', 'json'], cwd).stdout)).toEqual(['../../outside/far.txt'])
    expect(paths(run(['../../outside/*/far.txt', '-f', 'json'], cwd).stdout)).toEqual(['../../outside/deeper/far.txt', '../../outside/inner/far.txt'])
  })
})
