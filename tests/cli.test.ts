/**
 * The built CLI as a subprocess: exit codes, standard input, both formats,
 * configuration errors, missing files.  Runs dist/ (npm test builds first).
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {batchV8Flags} from '../pipeline/cli/launcher.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/bin/cli.cjs')
let dir: string

function run(args: string[], options: {input?: string; cwd?: string} = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? dir,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const CLEAN = 'Rebels seize northern city\n\nThe rebels took the city on Sunday, officials said.\n'
const DIRTY = 'Rebels seize northern city\n\nThe rebels took the city . Then they left.\n'
const WARN_ONLY = 'Rebels seize city\n\nThe army retreated.\nThe talks were chaired by the\nminister, who spoke first.\n'

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-cli-'))
  fs.writeFileSync(path.join(dir, 'clean.txt'), CLEAN)
  fs.writeFileSync(path.join(dir, 'dirty.txt'), DIRTY)
  fs.writeFileSync(path.join(dir, 'warn.txt'), WARN_ONLY)
  fs.mkdirSync(path.join(dir, 'stories/node_modules'), {recursive: true})
  fs.mkdirSync(path.join(dir, 'stories/.hidden'), {recursive: true})
  fs.writeFileSync(path.join(dir, 'stories/a.txt'), DIRTY)
  fs.writeFileSync(path.join(dir, 'stories/b.md'), CLEAN)
  fs.writeFileSync(path.join(dir, 'stories/skip.json'), DIRTY)
  fs.writeFileSync(path.join(dir, 'stories/node_modules/c.txt'), DIRTY)
  fs.writeFileSync(path.join(dir, 'stories/.hidden/d.txt'), DIRTY)
})

afterAll(() => {
  fs.rmSync(dir, {recursive: true, force: true})
})

describe('exit codes', () => {
  it('0 for a clean file', () => {
    const r = run(['clean.txt'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('no issues found')
  })

  it('1 for a file with an error, with the place and rule in the report', () => {
    const r = run(['dirty.txt'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^  3:25  error  Space before/m)
    expect(r.stdout).toContain('punctuation-spacing')
  })

  it('0 for warnings only, 1 when --max-warnings is exceeded', () => {
    expect(run(['warn.txt']).code).toBe(0)
    expect(run(['warn.txt', '--max-warnings', '0']).code).toBe(1)
    expect(run(['warn.txt', '--max-warnings', '1']).code).toBe(0)
  })

  it('--quiet reports errors only', () => {
    const r = run(['warn.txt', 'dirty.txt', '--quiet', '--format', 'json'])
    const files = JSON.parse(r.stdout) as Array<{messages: Array<{fatal: boolean}>}>
    expect(files.flatMap((f) => f.messages).every((m) => m.fatal === true)).toBe(true)
  })

  it('2 for a missing file, and the other files are still checked', () => {
    const r = run(['missing.txt', 'dirty.txt', '--format', 'json'])
    expect(r.code).toBe(2)
    const files = JSON.parse(r.stdout) as Array<{path: string; messages: Array<{reason: string; ruleId: string}>}>
    expect(files.map((f) => f.path)).toEqual(['missing.txt', 'dirty.txt'])
    expect(files[0].messages[0].reason).toMatch(/no such file/)
    expect(files[1].messages[0].ruleId).toBe('punctuation-spacing')
  })

  it('2 for an unknown option or format', () => {
    expect(run(['--frobnicate', 'clean.txt']).code).toBe(2)
    expect(run(['--format', 'xml', 'clean.txt']).code).toBe(2)
  })

  it('2 for a glob that matches nothing', () => {
    const r = run(['nothing/**/*.txt'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/no files match/)
  })
})

describe('inputs', () => {
  it('recurses into directories, skipping node_modules, dot-folders and other extensions', () => {
    const r = run(['stories', '--format', 'json'])
    const files = JSON.parse(r.stdout) as Array<{path: string}>
    expect(files.map((f) => f.path)).toEqual([path.join('stories', 'a.txt'), path.join('stories', 'b.md')])
  })

  it('expands globs', () => {
    const r = run(['stories/*.txt', '--format', 'json'])
    expect((JSON.parse(r.stdout) as Array<{path: string}>).map((f) => f.path)).toEqual(['stories/a.txt'])
  })

  it('reads standard input with "-" and names it with --stdin-filename', () => {
    const r = run(['-', '--stdin-filename', 'piped.txt', '--format', 'json'], {input: DIRTY})
    expect(r.code).toBe(1)
    const [file] = JSON.parse(r.stdout) as Array<{path: string; messages: unknown[]}>
    expect(file.path).toBe('piped.txt')
    expect(file.messages).toHaveLength(1)
  })

  it('reads piped standard input when no path is given', () => {
    const r = run(['--format', 'json'], {input: CLEAN})
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as Array<{path: string}>)[0].path).toBe('<stdin>')
  })
})

describe('json format', () => {
  it('has the documented shape, sorted by position', () => {
    const r = run(['-', '--format', 'json'], {input: 'Rebels seize city\n\nThe vote . Then ,,they left.\n#One #Two\n'})
    const [file] = JSON.parse(r.stdout) as Array<{path: string; messages: Array<Record<string, any>>}>
    const m = file.messages[0]
    expect(Object.keys(m).sort()).toEqual(
      ['actual', 'column', 'expected', 'fatal', 'fix', 'line', 'place', 'reason', 'ruleId', 'severity', 'source', 'url'].sort()
    )
    expect(m).toMatchObject({
      ruleId: 'punctuation-spacing',
      source: 'wirelint',
      fatal: true,
      severity: 'error',
      line: 3,
      column: 9,
      place: {start: {line: 3, column: 9, offset: 27}, end: {line: 3, column: 11, offset: 29}},
      actual: ' .',
      expected: ['.']
    })
    expect(m.url).toMatch(/^https:\/\//)
    const positions = file.messages.map((x) => x.place.start.offset)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(file.messages.map((x) => x.ruleId)).toEqual(['punctuation-spacing', 'punctuation-spacing', 'hashtags'])
  })
})

describe('configuration', () => {
  it('finds .wirelintrc.json upward from the file and applies it', () => {
    const sub = path.join(dir, 'conf/deep')
    fs.mkdirSync(sub, {recursive: true})
    fs.writeFileSync(path.join(dir, 'conf/.wirelintrc.json'), JSON.stringify({rules: {'punctuation-spacing': 'off'}}))
    fs.writeFileSync(path.join(sub, 'story.txt'), DIRTY)
    expect(run(['conf/deep/story.txt']).code).toBe(0)
  })

  it('reads the wirelint key of package.json', () => {
    const p = path.join(dir, 'pkg')
    fs.mkdirSync(p, {recursive: true})
    fs.writeFileSync(path.join(p, 'package.json'), JSON.stringify({name: 'x', wirelint: {rules: {'punctuation-spacing': 'warning'}}}))
    fs.writeFileSync(path.join(p, 'story.txt'), DIRTY)
    const r = run(['pkg/story.txt', '--format', 'json'])
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as Array<{messages: Array<{fatal: boolean}>}>)[0].messages[0].fatal).toBe(false)
  })

  it('--config overrides the lookup, and ignore globs skip files', () => {
    fs.writeFileSync(path.join(dir, 'ignore.json'), JSON.stringify({ignore: ['dirty.txt']}))
    const r = run(['dirty.txt', 'clean.txt', '--config', 'ignore.json', '--format', 'json'])
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as Array<{path: string}>).map((f) => f.path)).toEqual(['clean.txt'])
  })

  it.each([
    [{rules: {'no-such-rule': 'error'}}, 'rules.no-such-rule'],
    [{rules: {'merged-words': 'loud'}}, 'rules.merged-words'],
    [{rules: {'merged-words': ['warning', {nope: 1}]}}, 'nope'],
    [{words: 'Aleppo'}, 'words: must be an array'],
    [{ignore: [42]}, 'ignore[0]'],
    [{colour: true}, 'colour'],
    [JSON.parse('{"__proto__": {"rules": {}}}'), '__proto__']
  ])('a bad config is a configuration error naming the key: %j', (config, key) => {
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(config))
    const r = run(['clean.txt', '--config', 'bad.json'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('configuration error')
    expect(r.stderr).toContain(key)
  })

  it('invalid JSON in a config is a configuration error', () => {
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"rules": ')
    const r = run(['clean.txt', '--config', 'broken.json'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/invalid JSON/)
  })
})

describe('help and version', () => {
  it('--help lists the options and rules', () => {
    const r = run(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('--max-warnings')
    expect(r.stdout).toContain('merged-words')
    // A rule off until configured shows "off", not its severity when on.
    expect(r.stdout).toMatch(/^ {2}house-style +off +The newsroom/m)
    expect(r.stdout).toMatch(/^ {2}merged-words +error +/m)
  })

  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    expect(run(['--version']).stdout.trim()).toBe(pkg.version)
  })
})

describe('launcher', () => {
  it('the package bin runs the bundle with the code cache made at build time', () => {
    const r = spawnSync(process.execPath, [cli, path.join(dir, 'clean.txt')], {encoding: 'utf8', env: {...process.env, WIRELINT_CODE_CACHE_REPORT: '1'}})
    expect(r.stderr).toBe('wirelint: code cache accepted\n')
    expect(r.status).toBe(0)
  })

  it('dist/bin/cli.js runs the same launcher (exit codes and report)', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'dist/bin/cli.js'), path.join(dir, 'dirty.txt')], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/punctuation-spacing/)
  })

  it('package.json names the launcher as bin, and the bundle has no dynamic import left for vm to fail on', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {bin: Record<string, string>}
    expect(pkg.bin.wirelint).toBe('dist/bin/cli.cjs')
    const bundle = fs.readFileSync(path.join(root, 'dist/bin/wirelint.cjs'), 'utf8')
    expect(bundle).not.toMatch(/\bimport\((?!\))/)
    expect(bundle).toMatch(/__wirelintImport\("tinypool"\)/)
  })

  it('the bundle is ASCII (one-byte source text), and its escaped patterns find what the library finds on every sample', async () => {
    const bundle = fs.readFileSync(path.join(root, 'dist/bin/wirelint.cjs'))
    expect(bundle.every((b) => b < 0x80)).toBe(true)
    // The samples are full of curly quotes, guillemets, accents and dashes: the rules' patterns
    // for them were written with those characters and reach the bundle as \\u escapes.
    const r = spawnSync(process.execPath, [cli, path.join(root, 'samples'), '--format', 'json', '--workers', '0'], {encoding: 'utf8'})
    expect(r.status).toBe(1)
    const viaBin = (JSON.parse(r.stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number; column: number; reason: string}>}>)
      .map((f) => [path.basename(f.path), f.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.reason}`)] as const)
    expect(viaBin.flatMap(([, m]) => m).length).toBeGreaterThan(30)
    const {createChecker} = await import('../pipeline/core/checker.js')
    const checker = createChecker()
    for (const [name, messages] of viaBin) {
      const file = await checker.check(fs.readFileSync(path.join(root, 'samples', name), 'utf8'), {path: name})
      expect(messages, name).toEqual(file.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.reason}`))
    }
  })

  it('a short run checks without V8\'s optimizing compiler, a batch of more than 16 files turns it on (without inlining unless asked), servers keep it; pretenuring is off unless asked for; the findings are the same', () => {
    const env = {...process.env, WIRELINT_COMPILER_REPORT: '1', WIRELINT_DAEMON: '0'}
    const off = spawnSync(process.execPath, [cli, path.join(root, 'samples'), '--format', 'json', '--workers', '0'], {encoding: 'utf8', env})
    expect(off.stderr).toBe('wirelint: optimizing compiler off; allocation-site pretenuring off\n')
    const on = spawnSync(process.execPath, [cli, path.join(root, 'samples'), '--format', 'json', '--workers', '0'], {encoding: 'utf8', env: {...env, WIRELINT_TURBOFAN: '1'}})
    expect(on.stderr).toBe('wirelint: optimizing compiler on; allocation-site pretenuring off\n')
    expect(off.stdout).toBe(on.stdout)
    const pretenured = spawnSync(process.execPath, [cli, path.join(root, 'samples'), '--format', 'json', '--workers', '0'], {encoding: 'utf8', env: {...env, WIRELINT_PRETENURING: '1'}})
    expect(pretenured.stderr).toBe('wirelint: optimizing compiler off; allocation-site pretenuring on\n')
    expect(pretenured.stdout).toBe(off.stdout)
    expect(JSON.parse(off.stdout).length).toBeGreaterThan(5)
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-tiers-'))
    try {
      for (let i = 0; i < 17; i++) fs.writeFileSync(path.join(many, `s${i}.txt`), CLEAN)
      const large = spawnSync(process.execPath, [cli, many, '--workers', '0'], {encoding: 'utf8', env})
      expect(large.status).toBe(0)
      // On the V8 versions with batch flags (measured on node 20's V8 11), the batch runs under them; each is a flag
      // this node knows (an unknown one is an error message on standard error, which the line below would show).
      const batchFlags = batchV8Flags(process.versions.v8)
      const known = spawnSync(process.execPath, ['--v8-options'], {encoding: 'utf8'}).stdout
      for (const flag of batchFlags) expect(known).toContain(`  ${flag.replace(/^--(no-)?/, '--').replace(/=.*/, '')} (`)
      expect(large.stderr).toBe(`wirelint: optimizing compiler turned on (17 files)${batchFlags.length ? ', without inlining, later tier-up' : ''}; allocation-site pretenuring off\n`)
      // WIRELINT_INLINING=1 keeps V8's inlining and tier-up for the batch; the findings are the same.
      const inlining = spawnSync(process.execPath, [cli, many, '--workers', '0', '--format', 'json'], {encoding: 'utf8', env: {...env, WIRELINT_INLINING: '1'}})
      expect(inlining.stderr).toBe('wirelint: optimizing compiler turned on (17 files); allocation-site pretenuring off\n')
      const tiered = spawnSync(process.execPath, [cli, many, '--workers', '0', '--format', 'json'], {encoding: 'utf8', env})
      expect(tiered.stdout).toBe(inlining.stdout)
      expect(JSON.parse(tiered.stdout)).toHaveLength(17)
      fs.rmSync(path.join(many, 's0.txt'))
      const sixteen = spawnSync(process.execPath, [cli, many, '--workers', '0'], {encoding: 'utf8', env})
      expect(sixteen.stderr).toBe('wirelint: optimizing compiler off; allocation-site pretenuring off\n')
    } finally {
      fs.rmSync(many, {recursive: true, force: true})
    }
    // The language server runs for hours: it keeps the compiler (here it ends at once, with no client).
    const lsp = spawnSync(process.execPath, [cli, 'lsp', '--stdio'], {encoding: 'utf8', env, input: ''})
    expect(lsp.stderr).toContain('wirelint: optimizing compiler on; allocation-site pretenuring off\n')
  }, 60_000)

  it('the CLI still checks a large batch through the worker pool (tinypool loaded through the launcher)', () => {
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-many-'))
    for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(many, `s${i}.txt`), i === 7 ? DIRTY : CLEAN)
    const r = spawnSync(process.execPath, [cli, many, '--format', 'json', '--workers', '2'], {encoding: 'utf8'})
    fs.rmSync(many, {recursive: true, force: true})
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1)
    const files = JSON.parse(r.stdout) as Array<{path: string; messages: unknown[]}>
    expect(files.filter((f) => f.messages.length > 0).map((f) => path.basename(f.path))).toEqual(['s7.txt'])
  })
})

describe('prebuilt tables', () => {
  // Tables a check builds on first use (plugins/support/text.ts `lazy` with a name) are made by
  // the build's own run and read by the launcher (pipeline/build/bundle.ts).
  const sample = path.join(root, 'samples')
  const report = (args: string[], env: NodeJS.ProcessEnv = {}, bin = cli) =>
    spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', env: {...process.env, WIRELINT_DAEMON: '0', WIRELINT_TABLES_REPORT: '1', ...env}})

  it('the build wrote them next to the bundle, and a check reads them instead of building them', () => {
    const file = fs.readFileSync(path.join(root, 'dist/bin/wirelint.cjs.tables'))
    const index = JSON.parse(file.toString('utf8', 4, 4 + file.readUInt32LE(0))) as {v8: string; entries: Array<[string, number, number]>}
    expect(index.v8).toBe(process.versions.v8)
    const names = index.entries.map(([name]) => name)
    for (const name of ['calque/triggers', 'calque/phrases', 'untranslated/prescan', 'stray-fragment/tables']) expect(names).toContain(name)
    const r = report([sample, '--format', 'json'])
    expect(r.status).toBe(1)
    const read = /prebuilt tables read: (.*)\n/.exec(r.stderr)?.[1].split(' ') ?? []
    expect(read).toContain('calque/triggers')
    expect(read).toContain('stray-fragment/tables')
  })

  it('the findings are the same with them and without them (WIRELINT_TABLES=0)', () => {
    const withTables = report([sample, dir, '--format', 'json'])
    const without = report([sample, dir, '--format', 'json'], {WIRELINT_TABLES: '0'})
    expect(without.stderr).toBe('wirelint: prebuilt tables read: none\n')
    expect(withTables.stderr).not.toBe(without.stderr)
    expect(JSON.parse(withTables.stdout)).toEqual(JSON.parse(without.stdout))
    expect((JSON.parse(withTables.stdout) as Array<{messages: unknown[]}>).flatMap((f) => f.messages).length).toBeGreaterThan(30)
  })

  it('the launcher lends the memory it read the bundle into to the large reads a check keeps (findings unchanged: see above)', () => {
    // A story with a typo: spelling reads its suggestion tables, the rules their tables, the lexicon its blocks.
    const story = path.join(dir, 'lent-story.txt')
    fs.writeFileSync(story, 'The goverment said on Monday that the talks in Lisbon would resume next week.\n')
    try {
      const lent = report([story, '--format', 'json'], {WIRELINT_LENT_REPORT: '1'})
      const m = /memory lent to (\d+) reads: (\d+) of (\d+) bytes/.exec(lent.stderr)
      expect(m).not.toBeNull()
      expect(Number(m![1])).toBeGreaterThan(3)
      expect(Number(m![2])).toBeGreaterThan(100_000)
      expect(Number(m![2])).toBeLessThanOrEqual(Number(m![3]))
      // Without the prebuilt tables nothing is lent, and the findings are the same.
      const own = report([story, '--format', 'json'], {WIRELINT_LENT_REPORT: '1', WIRELINT_TABLES: '0'})
      expect(own.stderr).not.toContain('memory lent')
      expect(JSON.parse(lent.stdout)).toEqual(JSON.parse(own.stdout))
      expect(JSON.stringify(JSON.parse(lent.stdout))).toContain('government')
    } finally {
      fs.rmSync(story, {force: true})
    }
  })

  it('a damaged tables file, or one beside an edited bundle, is not used: the tables are built', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-tables-'))
    try {
      fs.cpSync(path.join(root, 'dist'), path.join(copy, 'dist'), {recursive: true})
      fs.copyFileSync(path.join(root, 'package.json'), path.join(copy, 'package.json'))
      // The Hunspell dictionaries stay in node_modules (spelling's suggestions read them).
      fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir')
      const bin = path.join(copy, 'dist/bin/cli.cjs')
      const expected = JSON.parse(report([sample, '--format', 'json']).stdout) as unknown
      const tablesFile = path.join(copy, 'dist/bin/wirelint.cjs.tables')
      const good = fs.readFileSync(tablesFile)
      fs.writeFileSync(tablesFile, good.subarray(0, 1000))
      const damaged = report([sample, '--format', 'json'], {}, bin)
      expect(damaged.stderr).toBe('wirelint: prebuilt tables read: none\n')
      expect(JSON.parse(damaged.stdout)).toEqual(expected)
      // A byte changed inside one table (the size is right): that table is built, the others are read.
      const length = good.readUInt32LE(0)
      const index = JSON.parse(good.toString('utf8', 4, 4 + length)) as {entries: Array<[string, number, number]>}
      const [name, offset, size] = index.entries.find(([n]) => n === 'calque/triggers')!
      const flipped = Buffer.from(good)
      flipped[4 + length + offset + Math.floor(size / 2)] ^= 0x20
      fs.writeFileSync(tablesFile, flipped)
      const oneBad = report([sample, '--format', 'json'], {}, bin)
      expect(oneBad.stderr).toMatch(/^wirelint: prebuilt tables read: .*stray-fragment\/tables/)
      expect(oneBad.stderr).not.toContain(name)
      expect(JSON.parse(oneBad.stdout)).toEqual(expected)
      // An edited bundle: its code cache is stale, so neither the cache nor the tables are used.
      fs.copyFileSync(path.join(root, 'dist/bin/wirelint.cjs.tables'), tablesFile)
      const bundle = path.join(copy, 'dist/bin/wirelint.cjs')
      fs.writeFileSync(bundle, fs.readFileSync(bundle, 'utf8').replace('Run "wirelint --help" for usage.', 'Run "wirelint --help" FOR USAGE!'))
      const edited = report([sample, '--format', 'json'], {}, bin)
      expect(edited.stderr).toBe('wirelint: prebuilt tables read: none\n')
      expect(JSON.parse(edited.stdout)).toEqual(expected)
    } finally {
      fs.rmSync(copy, {recursive: true, force: true})
    }
  })
})

describe('exit after output', () => {
  it('a report far larger than a pipe buffer arrives whole before the launcher exits', () => {
    const big = path.join(dir, 'big.txt')
    // Lines that differ: a repeated line is one stray-fragment finding that explains everything in it (one finding per problem).
    fs.writeFileSync(big, Array.from({length: 3000}, (_, i) => `They lost vote number ${i + 1} . Then they left.\n`).join(''))
    const r = spawnSync(process.execPath, [cli, big, '--format', 'json'], {encoding: 'utf8', maxBuffer: 1 << 28})
    expect(r.status).toBe(1)
    expect(r.stdout.length).toBeGreaterThan(1 << 20)
    const [file] = JSON.parse(r.stdout) as Array<{messages: Array<{ruleId: string; line: number}>}>
    const spacing = file.messages.filter((m) => m.ruleId === 'punctuation-spacing')
    expect(spacing).toHaveLength(3000)
    expect(spacing[2999].line).toBe(3000)
  })
})

describe('launcher edge cases', () => {
  it('a reader that goes away early ("| head") is no crash: the exit code is the check\'s', async () => {
    const big = path.join(dir, 'big-epipe.txt')
    fs.writeFileSync(big, 'They lost the vote . Then they left.\n'.repeat(5000))
    const child = spawn(process.execPath, [cli, big, '--format', 'json'], {stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(1)
  })

  it('an edited bundle of the same length does not run the stale code cache', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-stale-'))
    fs.cpSync(path.join(root, 'dist'), path.join(copy, 'dist'), {recursive: true})
    fs.copyFileSync(path.join(root, 'package.json'), path.join(copy, 'package.json'))
    const bundle = path.join(copy, 'dist/bin/wirelint.cjs')
    const code = fs.readFileSync(bundle, 'utf8')
    const line = 'Run "wirelint --help" for usage.'
    expect(code).toContain(line)
    fs.writeFileSync(bundle, code.replace(line, 'Run "wirelint --help" FOR USAGE!'))
    const env = {...process.env, WIRELINT_CODE_CACHE_REPORT: '1'}
    const r = spawnSync(process.execPath, [path.join(copy, 'dist/bin/cli.cjs'), '--no-such-option'], {encoding: 'utf8', env})
    fs.rmSync(copy, {recursive: true, force: true})
    expect(r.stderr).toMatch(/^wirelint: code cache stale\n/)
    expect(r.stderr).toContain('FOR USAGE!')
    expect(r.status).toBe(2)
  })
})
