/**
 * The pre-commit framework (https://pre-commit.com; Debian's `pre-commit`,
 * which `.ci/run` installs) installing this repository's
 * `.pre-commit-hooks.yaml` from a tagged clone, as the README's snippet says:
 * it clones, runs `npm install` (our `prepare` builds), then reads the
 * tarball's name from `npm pack`'s standard output, which build output must
 * never pollute.  A commit with an error is refused with the finding shown; a
 * clean one goes in; `try-repo` works the same.  Skipped without `pre-commit`.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CLEAN, DIRTY, gitEnv, gitRepo, hasCommand, ok, root, sh, taggedClone, tmp} from './helpers.js'

const available = hasCommand('pre-commit') && hasCommand('git')
let dir: string
let desk: string
let repo: string
let tag: string
let env: NodeJS.ProcessEnv

describe.skipIf(!available)('pre-commit framework (skipped: `pre-commit` is not installed; .ci/run installs it)', () => {
  beforeAll(() => {
    dir = tmp('pre-commit')
    ;({repo, tag} = taggedClone(dir))
    // Its own store: hook environments are built here, not in the user's ~/.cache/pre-commit.
    env = gitEnv({PRE_COMMIT_HOME: path.join(dir, 'store')})
    desk = path.join(dir, 'desk')
    fs.mkdirSync(desk)
    gitRepo(desk)
    // The README's snippet, with this clone as the repository.
    fs.writeFileSync(
      path.join(desk, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${repo}\n    rev: ${tag}\n    hooks:\n      - id: wirelint\n`
    )
    ok('git', ['add', '.pre-commit-config.yaml'], desk, env)
    ok('git', ['commit', '-q', '-m', 'pre-commit config'], desk, env)
    ok('pre-commit', ['install'], desk, env)
    // Builds the hook's environment (clone, npm install with our prepare, npm pack, install).
    ok('pre-commit', ['install-hooks'], desk, env)
  }, 1_200_000)

  afterAll(() => {
    if (dir) fs.rmSync(dir, {recursive: true, force: true})
  })

  it('`npm pack` in a fresh clone prints only the tarball name (what pre-commit reads)', () => {
    // The clone has no build; its prepare runs the full build (with this checkout's packages linked in).
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(repo, 'node_modules'))
    const r = ok('npm', ['pack'], repo, env)
    expect(r.stdout.trim().split('\n')).toEqual([`wirelint-${tag.slice(1)}.tgz`])
  }, 900_000)

  it('refuses a commit with an error, showing it', () => {
    fs.writeFileSync(path.join(desk, 'dirty.txt'), DIRTY)
    ok('git', ['add', 'dirty.txt'], desk, env)
    const r = sh('git', ['commit', '-m', 'dirty'], desk, env)
    expect(r.code).not.toBe(0)
    expect(r.all).toContain('wirelint')
    expect(r.all).toContain('Failed')
    expect(r.all).toContain('{{author_name}}')
    expect(sh('git', ['log', '--format=%s', '-1'], desk, env).stdout.trim()).toBe('pre-commit config')
    ok('git', ['rm', '-q', '--cached', 'dirty.txt'], desk, env)
  })

  it('accepts a clean commit', () => {
    fs.writeFileSync(path.join(desk, 'clean.txt'), CLEAN)
    ok('git', ['add', 'clean.txt'], desk, env)
    const r = ok('git', ['commit', '-m', 'clean'], desk, env)
    expect(r.all).toMatch(/wirelint\.+Passed/)
    expect(sh('git', ['log', '--format=%s', '-1'], desk, env).stdout.trim()).toBe('clean')
  })

  it('try-repo runs the hook from the repository without a config', () => {
    // try-repo builds the hook's environment afresh in a store of its own (minutes): one run, on the staged-out
    // dirty file, which must fail with the finding shown.
    fs.writeFileSync(path.join(desk, 'dirty.txt'), DIRTY)
    const r = sh('pre-commit', ['try-repo', repo, 'wirelint', '--ref', tag, '--files', 'dirty.txt'], desk, env)
    expect(r.code, r.all).toBe(1)
    expect(r.all).toMatch(/wirelint\.+Failed/)
    expect(r.all).toContain('{{author_name}}')
  }, 900_000)
})
