/**
 * Git, for real: temporary repositories, `wirelint hook install`, and commits
 * that go through the installed hook.  No mocks.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {HOOK_MARK} from '../pipeline/cli/git.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/bin/cli.cjs')
let repo: string

const DIRTY = 'Rebels seize city\n\nThe vote . Then they left.\n#Peru #Lima #Vote\n'
const CLEAN = 'Rebels seize city\n\nThe rebels took the city on Sunday, officials said.\n'

function sh(cmd: string, args: string[], cwd = repo) {
  const r = spawnSync(cmd, args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com'}})
  return {code: r.status, out: r.stdout + r.stderr, stdout: r.stdout}
}
const git = (...args: string[]) => sh('git', args)
const wirelint = (...args: string[]) => sh(process.execPath, [cli, ...args])

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-git-'))
  git('init', '-q', '-b', 'main')
  // The hook runs the repository's own wirelint: node_modules/.bin first.
  fs.mkdirSync(path.join(repo, 'node_modules/.bin'), {recursive: true})
  fs.writeFileSync(path.join(repo, 'node_modules/.bin/wirelint'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`, {mode: 0o755})
  fs.writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n')
})

afterEach(() => fs.rmSync(repo, {recursive: true, force: true}))

describe('wirelint --staged', () => {
  it('checks the index, not the working tree, with repo-relative paths', () => {
    fs.mkdirSync(path.join(repo, 'stories'))
    fs.writeFileSync(path.join(repo, 'stories/a.txt'), DIRTY)
    git('add', 'stories/a.txt')
    fs.writeFileSync(path.join(repo, 'stories/a.txt'), CLEAN) // unstaged change
    const r = sh(process.execPath, [cli, '--staged', '--format', 'json'], path.join(repo, 'stories'))
    expect(r.code).toBe(1)
    const files = JSON.parse(r.stdout) as Array<{path: string; messages: unknown[]}>
    expect(files.map((f) => f.path)).toEqual(['stories/a.txt'])
  })

  it('checks a partially staged file as staged, and skips unchecked extensions and deletions', () => {
    fs.writeFileSync(path.join(repo, 'a.txt'), CLEAN)
    fs.writeFileSync(path.join(repo, 'gone.txt'), CLEAN)
    git('add', '.')
    git('commit', '-q', '-m', 'init', '--no-verify')
    fs.writeFileSync(path.join(repo, 'a.txt'), CLEAN + 'Second line . Oops.\n')
    git('add', 'a.txt')
    fs.writeFileSync(path.join(repo, 'a.txt'), CLEAN + 'Second line. Fine.\n')
    fs.writeFileSync(path.join(repo, 'data.json'), DIRTY)
    git('add', 'data.json')
    git('rm', '-q', 'gone.txt')
    const r = wirelint('--staged', '--format', 'json')
    const files = JSON.parse(r.stdout) as Array<{path: string; messages: Array<{line: number}>}>
    expect(files.map((f) => f.path)).toEqual(['a.txt'])
    expect(files[0].messages.map((m) => m.line)).toEqual([4])
    expect(r.code).toBe(1)
  })

  it('exits 0 with nothing staged', () => {
    expect(wirelint('--staged').code).toBe(0)
  })

  it('is a usage error outside a repository', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-nogit-'))
    expect(sh(process.execPath, [cli, '--staged'], outside).code).toBe(2)
    fs.rmSync(outside, {recursive: true, force: true})
  })
})

describe('hook install', () => {
  it('blocks a commit with artifacts, lets a clean one through, and judges the staged version', () => {
    expect(wirelint('hook', 'install').code).toBe(0)
    const hook = path.join(repo, '.git/hooks/pre-commit')
    expect(fs.readFileSync(hook, 'utf8')).toContain(HOOK_MARK)
    expect(fs.statSync(hook).mode & 0o111).not.toBe(0)

    fs.writeFileSync(path.join(repo, 'dirty.txt'), DIRTY)
    git('add', 'dirty.txt')
    const blocked = git('commit', '-m', 'dirty')
    expect(blocked.code).not.toBe(0)
    expect(blocked.out).toContain('punctuation-spacing')
    expect(git('log', '--oneline').code).not.toBe(0) // no commit yet

    git('reset', '-q')
    fs.rmSync(path.join(repo, 'dirty.txt'))
    fs.writeFileSync(path.join(repo, 'clean.txt'), CLEAN)
    git('add', 'clean.txt')
    expect(git('commit', '-q', '-m', 'clean').code).toBe(0)

    // Staged version clean, working copy not: the commit goes through.
    fs.writeFileSync(path.join(repo, 'story.txt'), CLEAN)
    git('add', 'story.txt')
    fs.writeFileSync(path.join(repo, 'story.txt'), DIRTY)
    expect(git('commit', '-q', '-m', 'story').code).toBe(0)
  })

  it('honours core.hooksPath', () => {
    git('config', 'core.hooksPath', '.githooks')
    expect(wirelint('hook', 'install').code).toBe(0)
    expect(fs.readFileSync(path.join(repo, '.githooks/pre-commit'), 'utf8')).toContain(HOOK_MARK)
  })

  it('refuses to replace a foreign hook without --force, keeps a backup with it, and uninstall restores it', () => {
    const hook = path.join(repo, '.git/hooks/pre-commit')
    fs.mkdirSync(path.dirname(hook), {recursive: true})
    fs.writeFileSync(hook, '#!/bin/sh\necho mine\n', {mode: 0o755})
    const refused = wirelint('hook', 'install')
    expect(refused.code).toBe(2)
    expect(refused.out).toContain('--force')
    expect(fs.readFileSync(hook, 'utf8')).toContain('echo mine')

    expect(wirelint('hook', 'install', '--force').code).toBe(0)
    expect(fs.readFileSync(hook, 'utf8')).toContain(HOOK_MARK)
    expect(fs.readFileSync(hook + '.wirelint-backup', 'utf8')).toContain('echo mine')

    expect(wirelint('hook', 'uninstall').code).toBe(0)
    expect(fs.readFileSync(hook, 'utf8')).toContain('echo mine')
    expect(fs.existsSync(hook + '.wirelint-backup')).toBe(false)
  })

  it('uninstall leaves a foreign hook alone', () => {
    const hook = path.join(repo, '.git/hooks/pre-commit')
    fs.mkdirSync(path.dirname(hook), {recursive: true})
    fs.writeFileSync(hook, '#!/bin/sh\necho mine\n', {mode: 0o755})
    expect(wirelint('hook', 'uninstall').code).toBe(2)
    expect(fs.readFileSync(hook, 'utf8')).toContain('echo mine')
  })
})

describe('--staged --fix', () => {
  it('fixes the working file when it equals the staged one, does not re-stage, and exits 1', () => {
    fs.writeFileSync(path.join(repo, 'a.txt'), DIRTY)
    git('add', 'a.txt')
    const r = wirelint('--staged', '--fix')
    expect(r.code).toBe(1)
    expect(fs.readFileSync(path.join(repo, 'a.txt'), 'utf8')).toBe('Rebels seize city\n\nThe vote. Then they left.\n')
    expect(git('diff', '--cached', '--stat').stdout).toContain('a.txt')
    expect(git('diff', '--stat').stdout).toContain('a.txt') // the fix is unstaged
  })

  it('leaves the working file alone when it differs from the staged one', () => {
    fs.writeFileSync(path.join(repo, 'a.txt'), DIRTY)
    git('add', 'a.txt')
    fs.writeFileSync(path.join(repo, 'a.txt'), DIRTY + 'More text.\n')
    const r = wirelint('--staged', '--fix')
    expect(r.out).toContain('working copy differs')
    expect(fs.readFileSync(path.join(repo, 'a.txt'), 'utf8')).toBe(DIRTY + 'More text.\n')
  })
})
