/**
 * The package installed from its tarball into a throwaway project, as the
 * README's Install section says (`npm pack`, `npm install --save-dev
 * ./wirelint-x.y.z.tgz`), then used as the README's "Git hooks" section says
 * with husky and lint-staged: a commit with an error no fix can make is
 * refused with the finding shown, a clean one goes in, and under `--fix` the
 * warnings that remain are printed.  Real npm, git, husky and lint-staged.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CLEAN, DIRTY, FIXABLE, gitRepo, ok, packTarball, pkg, sh, tmp} from './helpers.js'

let dir: string
let project: string
let tarball: string

beforeAll(() => {
  dir = tmp('tarball')
  tarball = packTarball(dir).file
  project = path.join(dir, 'desk')
  fs.mkdirSync(project)
  gitRepo(project)
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'desk', version: '1.0.0', private: true}, null, 2))
  // The README's command, with husky and lint-staged at the versions this repository pins.
  ok(
    'npm',
    ['install', '--save-dev', tarball, `husky@${pkg.devDependencies.husky}`, `lint-staged@${pkg.devDependencies['lint-staged']}`],
    project
  )
}, 600_000)

afterAll(() => {
  if (dir) fs.rmSync(dir, {recursive: true, force: true})
})

describe('installed from the tarball', () => {
  it('the tarball holds the CLI, presets and changelog, not the dev tools', () => {
    const installed = path.join(project, 'node_modules/wirelint')
    for (const f of ['dist/bin/cli.cjs', 'dist/lexicon.txt', 'dist/suggest-en-GB.txt', 'dist/suggest-en-US.txt', 'dist/suggest-en-GB.bloom', 'dist/suggest-en-GB.aff', 'dist/suggest-en-US.aff', 'dist/bin/wirelint.cjs.tables', 'dist/foreign-words.ranges.json', 'dist/lexicon.blocks', 'presets/newsroom.json', 'CHANGELOG.md', 'README.md']) {
      expect(fs.existsSync(path.join(installed, f)), f).toBe(true)
    }
    expect(fs.existsSync(path.join(installed, 'dist/pipeline/dev'))).toBe(false)
  })

  it('npx wirelint runs: version, a check with its exit code', () => {
    expect(ok('npx', ['wirelint', '--version'], project).stdout.trim()).toBe(pkg.version)
    fs.writeFileSync(path.join(project, 'story.txt'), DIRTY)
    const r = sh('npx', ['wirelint', 'story.txt'], project)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('{{author_name}}')
    fs.rmSync(path.join(project, 'story.txt'))
  })

  it('the library and the newsroom preset resolve from the installed package', () => {
    const script = "import('wirelint').then(async (w) => { const c = w.loadConfigFile('cfg.json'); console.log(c.rules.spelling.options.dialect) })"
    fs.writeFileSync(path.join(project, 'cfg.json'), '{"extends": "wirelint/presets/newsroom"}')
    expect(ok(process.execPath, ['-e', script], project).stdout.trim()).toBe('en-GB')
    fs.rmSync(path.join(project, 'cfg.json'))
  })
})

describe('husky + lint-staged (the README snippet)', () => {
  beforeAll(() => {
    // As in the README: husky's init, then the hook and lint-staged's task.
    ok('npx', ['husky', 'init'], project)
    fs.writeFileSync(path.join(project, '.husky/pre-commit'), 'npx lint-staged --verbose\n')
    const manifest = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8'))
    manifest['lint-staged'] = {'*.{txt,md,markdown,html,htm}': 'wirelint --fix'}
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify(manifest, null, 2))
    ok('git', ['add', '-A'], project)
    ok('git', ['commit', '-q', '-m', 'hooks'], project)
  }, 300_000)

  it('refuses a commit with an error, showing it', () => {
    fs.writeFileSync(path.join(project, 'dirty.txt'), DIRTY)
    ok('git', ['add', 'dirty.txt'], project)
    const r = sh('git', ['commit', '-m', 'dirty'], project)
    expect(r.code).not.toBe(0)
    expect(r.all).toContain('{{author_name}}')
    expect(r.all).toContain('markup')
    expect(sh('git', ['log', '--format=%s', '-1'], project).stdout.trim()).toBe('hooks')
    ok('git', ['rm', '-q', '--cached', 'dirty.txt'], project)
    fs.rmSync(path.join(project, 'dirty.txt'))
  })

  it('accepts a clean commit', () => {
    fs.writeFileSync(path.join(project, 'clean.txt'), CLEAN)
    ok('git', ['add', 'clean.txt'], project)
    ok('git', ['commit', '-q', '-m', 'clean'], project)
    expect(sh('git', ['log', '--format=%s', '-1'], project).stdout.trim()).toBe('clean')
  })

  it('with --fix, commits the fixed text and prints the warnings that remain', () => {
    fs.writeFileSync(path.join(project, 'fixable.txt'), FIXABLE)
    ok('git', ['add', 'fixable.txt'], project)
    const r = ok('git', ['commit', '-m', 'fixable'], project)
    // What remains is shown (lint-staged hides a task's output unless --verbose).
    expect(r.all).toContain('según')
    expect(r.all).toContain('untranslated')
    const committed = ok('git', ['show', 'HEAD:fixable.txt'], project).stdout
    expect(committed).toContain('the city. Then')
  })
})

describe('husky with `npx wirelint --staged` (the README snippet)', () => {
  beforeAll(() => {
    fs.writeFileSync(path.join(project, '.husky/pre-commit'), 'npx wirelint --staged\n')
  })

  it('refuses a staged error and accepts a clean file', () => {
    fs.writeFileSync(path.join(project, 'staged.txt'), DIRTY)
    ok('git', ['add', 'staged.txt'], project)
    const refused = sh('git', ['commit', '-m', 'staged dirty'], project)
    expect(refused.code).not.toBe(0)
    expect(refused.all).toContain('{{author_name}}')
    fs.writeFileSync(path.join(project, 'staged.txt'), CLEAN)
    ok('git', ['add', 'staged.txt'], project)
    ok('git', ['commit', '-q', '-m', 'staged clean'], project)
    expect(sh('git', ['log', '--format=%s', '-1'], project).stdout.trim()).toBe('staged clean')
  })
})
