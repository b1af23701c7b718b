/**
 * Issue 11, git items (#9 the hook through a symbolic link, #16 `--staged`
 * with odd names, submodules, symbolic links and autocrlf), with the real
 * `git` binary in temporary repositories.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {HOOK_MARK} from '../../pipeline/cli/git.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cli = path.join(root, 'dist/bin/cli.cjs')
let repo: string
let outside: string

const DIRTY = 'Rebels seize city\n\nThe vote . Then they left.\n#Peru #Lima #Vote\n'
const FIXED = 'Rebels seize city\n\nThe vote. Then they left.\n'
const CLEAN = 'Rebels seize city\n\nThe rebels took the city on Sunday, officials said.\n'
const crlf = (s: string) => s.replace(/\n/g, '\r\n')

const env = {
  ...process.env,
  NO_COLOR: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

function sh(cmd: string, args: string[], cwd = repo, input?: string) {
  const r = spawnSync(cmd, args, {cwd, input, encoding: 'utf8', env})
  return {code: r.status, out: r.stdout + r.stderr, stdout: r.stdout, stderr: r.stderr}
}
const git = (...args: string[]) => sh('git', args)
const wirelint = (...args: string[]) => sh(process.execPath, [cli, ...args])
const json = (stdout: string) => JSON.parse(stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number}>}>

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-i11-git-'))
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-i11-outside-'))
  git('init', '-q', '-b', 'main')
  fs.mkdirSync(path.join(repo, 'node_modules/.bin'), {recursive: true})
  fs.writeFileSync(path.join(repo, 'node_modules/.bin/wirelint'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`, {mode: 0o755})
  fs.writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n')
})

afterEach(() => {
  fs.rmSync(repo, {recursive: true, force: true})
  fs.rmSync(outside, {recursive: true, force: true})
})

describe('issue 11 #9: hook install never writes through a symbolic link', () => {
  it('#9 a dangling pre-commit symlink to a target outside the repository is refused, and --force replaces the link, not its target', () => {
    const hook = path.join(repo, '.git/hooks/pre-commit')
    const target = path.join(outside, 'planted')
    fs.mkdirSync(path.dirname(hook), {recursive: true})
    fs.symlinkSync(target, hook)

    const refused = wirelint('hook', 'install')
    expect(refused.code).toBe(2)
    expect(refused.out).toContain('symbolic link')
    expect(refused.out).toContain(target)
    expect(fs.existsSync(target)).toBe(false)
    expect(fs.lstatSync(hook).isSymbolicLink()).toBe(true)

    const forced = wirelint('hook', 'install', '--force')
    expect(forced.code).toBe(0)
    expect(fs.existsSync(target)).toBe(false)
    expect(fs.readdirSync(outside)).toEqual([])
    expect(fs.lstatSync(hook).isFile()).toBe(true)
    expect(fs.readFileSync(hook, 'utf8')).toContain(HOOK_MARK)
    // The link itself is the backup, and uninstall puts it back.
    expect(fs.readlinkSync(hook + '.wirelint-backup')).toBe(target)
    expect(wirelint('hook', 'uninstall').code).toBe(0)
    expect(fs.readlinkSync(hook)).toBe(target)
    expect(fs.existsSync(target)).toBe(false)
  })

  it('#9 a pre-commit symlink to a wirelint hook outside the repository is not updated through the link', () => {
    const hook = path.join(repo, '.git/hooks/pre-commit')
    const target = path.join(outside, 'shared-hook')
    const old = `#!/bin/sh\n${HOOK_MARK} (an old version)\nexit 0\n`
    fs.writeFileSync(target, old, {mode: 0o755})
    fs.mkdirSync(path.dirname(hook), {recursive: true})
    fs.symlinkSync(target, hook)
    const r = wirelint('hook', 'install')
    expect(r.code).toBe(2)
    expect(r.out).toContain('symbolic link')
    expect(fs.readFileSync(target, 'utf8')).toBe(old)
  })

  it('#9 a hooks folder (core.hooksPath) that is a symbolic link out of the repository is refused', () => {
    fs.symlinkSync(outside, path.join(repo, '.githooks'))
    git('config', 'core.hooksPath', '.githooks')
    const r = wirelint('hook', 'install', '--force')
    expect(r.code).toBe(2)
    expect(r.out).toContain('symbolic link')
    expect(fs.readdirSync(outside)).toEqual([])
  })

  it('#9 (guard) install leaves no temporary file behind and writes an executable regular file', () => {
    expect(wirelint('hook', 'install').code).toBe(0)
    expect(wirelint('hook', 'install').code).toBe(0) // the update path
    const dir = path.join(repo, '.git/hooks')
    expect(fs.readdirSync(dir).filter((n) => n.includes('wirelint') || n.startsWith('.'))).toEqual([])
    const stat = fs.lstatSync(path.join(dir, 'pre-commit'))
    expect(stat.isFile()).toBe(true)
    expect(stat.mode & 0o777).toBe(0o755)
  })

  it('#9 --force does not overwrite an earlier backup', () => {
    const hook = path.join(repo, '.git/hooks/pre-commit')
    fs.mkdirSync(path.dirname(hook), {recursive: true})
    fs.writeFileSync(hook + '.wirelint-backup', '#!/bin/sh\necho first\n', {mode: 0o755})
    fs.writeFileSync(hook, '#!/bin/sh\necho second\n', {mode: 0o755})
    const r = wirelint('hook', 'install', '--force')
    expect(r.code).toBe(2)
    expect(r.out).toContain('wirelint-backup')
    expect(fs.readFileSync(hook + '.wirelint-backup', 'utf8')).toContain('echo first')
    expect(fs.readFileSync(hook, 'utf8')).toContain('echo second')
  })
})

describe('issue 11 #16: --staged reads the index by blob id, with NUL-separated names', () => {
  it('#16 0:clean.txt is checked with its own staged content, not clean.txt\'s', () => {
    fs.writeFileSync(path.join(repo, 'clean.txt'), CLEAN)
    fs.writeFileSync(path.join(repo, '0:clean.txt'), DIRTY)
    git('add', '--', 'clean.txt', '0:clean.txt')
    const r = wirelint('--staged', '--format', 'json')
    expect(r.code).toBe(1)
    const files = json(r.stdout)
    expect(files.map((f) => f.path).sort()).toEqual(['0:clean.txt', 'clean.txt'])
    expect(files.find((f) => f.path === '0:clean.txt')!.messages.length).toBeGreaterThan(0)
    expect(files.find((f) => f.path === 'clean.txt')!.messages).toEqual([])

    // Through the installed hook: the commit is stopped.
    expect(wirelint('hook', 'install').code).toBe(0)
    const commit = git('commit', '-m', 'x')
    expect(commit.code).not.toBe(0)
    expect(commit.out).toContain('0:clean.txt')
  })

  it('#16 0:clean.txt alone (no clean.txt) is checked, not a failure of the whole commit', () => {
    fs.writeFileSync(path.join(repo, '0:clean.txt'), CLEAN)
    git('add', '--', '0:clean.txt')
    const r = wirelint('--staged', '--format', 'json')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(json(r.stdout).map((f) => f.path)).toEqual(['0:clean.txt'])
  })

  it('#16 a staged name containing a newline is checked', () => {
    fs.writeFileSync(path.join(repo, 'two\nlines.txt'), DIRTY)
    git('add', '-A')
    const r = wirelint('--staged', '--format', 'json')
    expect(r.code).toBe(1)
    const files = json(r.stdout)
    expect(files.map((f) => f.path)).toEqual(['two\nlines.txt'])
    expect(files[0].messages.length).toBeGreaterThan(0)
  })

  it('#16 a non-UTF-8 name is checked and reported with its bytes escaped, not a failure of the commit', () => {
    const name = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.txt')])
    fs.writeFileSync(Buffer.concat([Buffer.from(repo + '/'), name]), DIRTY)
    fs.writeFileSync(path.join(repo, 'ok.txt'), CLEAN)
    git('add', '-A')
    const r = wirelint('--staged', '--format', 'json')
    expect(r.code).toBe(1)
    const files = json(r.stdout)
    // The byte escaped as `wirelint .` names it, never replaced with U+FFFD.
    expect(files.map((f) => f.path).sort()).toEqual(['caf\\xE9.txt', 'ok.txt'])
    expect(files.find((f) => f.path === 'caf\\xE9.txt')!.messages.length).toBeGreaterThan(0)
    expect(r.out).not.toContain('\uFFFD')

    // --fix checks it but cannot name it on disk: it says so, and the file is untouched.
    const fix = wirelint('--staged', '--fix')
    expect(fix.out).toContain('caf\\xE9.txt')
    expect(fix.out).toContain('not valid UTF-8')
    expect(fs.readFileSync(Buffer.concat([Buffer.from(repo + '/'), name]), 'utf8')).toBe(DIRTY)
  })

  it('#16 a submodule (gitlink) named *.txt is skipped with a note, not a failure of the commit', () => {
    // A real submodule: its commit is not an object of this repository.
    const sub = path.join(outside, 'sub')
    fs.mkdirSync(sub)
    sh('git', ['init', '-q', '-b', 'main'], sub)
    fs.writeFileSync(path.join(sub, 'README.txt'), CLEAN)
    sh('git', ['add', '.'], sub)
    sh('git', ['commit', '-q', '-m', 'sub'], sub)
    expect(git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'vendor.txt').code).toBe(0)
    expect(git('ls-files', '-s', 'vendor.txt').stdout).toMatch(/^160000 /)
    const r = wirelint('--staged', '--format', 'json')
    expect(r.code).toBe(0)
    expect(json(r.stdout)).toEqual([])
    expect(r.stderr).toContain('vendor.txt')
    expect(r.stderr).toContain('submodule')
  })

  it('#16 a staged symbolic link named *.txt is skipped with a note (its target path is not prose)', () => {
    fs.writeFileSync(path.join(repo, 'real.txt'), CLEAN)
    fs.symlinkSync('real.txt', path.join(repo, 'link.txt'))
    git('add', '-A')
    const r = wirelint('--staged', '--format', 'json')
    expect(r.code).toBe(0)
    expect(json(r.stdout).map((f) => f.path)).toEqual(['real.txt'])
    expect(r.stderr).toContain('link.txt')
    expect(r.stderr).toContain('symbolic link')
  })

  it('#16 a symbolic link replaced by a file with artifacts (a type change) is checked', () => {
    fs.writeFileSync(path.join(repo, 'real.txt'), CLEAN)
    fs.symlinkSync('real.txt', path.join(repo, 'story.txt'))
    git('add', '-A')
    git('commit', '-q', '--no-verify', '-m', 'init')
    fs.rmSync(path.join(repo, 'story.txt'))
    fs.writeFileSync(path.join(repo, 'story.txt'), DIRTY)
    git('add', '-A')
    const r = wirelint('--staged', '--format', 'json')
    expect(r.code).toBe(1)
    expect(json(r.stdout).map((f) => f.path)).toEqual(['story.txt'])
  })

  it('#16 core.autocrlf=true: --staged --fix fixes a CRLF working file and keeps its CRLF line ends', () => {
    git('config', 'core.autocrlf', 'true')
    fs.writeFileSync(path.join(repo, 'a.txt'), crlf(DIRTY))
    git('add', 'a.txt')
    expect(git('cat-file', '-p', ':a.txt').stdout).toBe(DIRTY) // the index has LF
    const r = wirelint('--staged', '--fix')
    expect(r.code).toBe(1)
    expect(r.out).not.toContain('working copy differs')
    expect(fs.readFileSync(path.join(repo, 'a.txt'), 'utf8')).toBe(crlf(FIXED))
    git('add', 'a.txt')
    expect(git('cat-file', '-p', ':a.txt').stdout).toBe(FIXED)
    expect(wirelint('--staged').code).toBe(0)
  })

  it.each([
    ['core.autocrlf=input', () => git('config', 'core.autocrlf', 'input')],
    ['a text eol=crlf attribute', () => fs.writeFileSync(path.join(repo, '.gitattributes'), '*.txt text eol=crlf\n')]
  ])('#16 %s: --staged --fix fixes a CRLF working file that git stores with LF', (_, setUp) => {
    setUp()
    fs.writeFileSync(path.join(repo, 'a.txt'), crlf(DIRTY))
    git('add', 'a.txt')
    expect(git('cat-file', '-p', ':a.txt').stdout).toBe(DIRTY)
    const r = wirelint('--staged', '--fix')
    expect(r.code).toBe(1)
    expect(fs.readFileSync(path.join(repo, 'a.txt'), 'utf8')).toBe(crlf(FIXED))
  })

  it('#16 (guard) core.autocrlf=true: a working file with mixed line ends is left alone (a CRLF fix would change its LF lines)', () => {
    git('config', 'core.autocrlf', 'true')
    const mixed = 'Rebels seize city\r\n\nThe vote . Then they left.\r\n#Peru #Lima #Vote\r\n'
    fs.writeFileSync(path.join(repo, 'a.txt'), mixed)
    git('add', 'a.txt')
    const r = wirelint('--staged', '--fix')
    expect(r.out).toContain('not fixed')
    expect(fs.readFileSync(path.join(repo, 'a.txt'), 'utf8')).toBe(mixed)
  })

  it('#16 (guard) core.autocrlf=true: a CRLF working file with unstaged edits is still left alone', () => {
    git('config', 'core.autocrlf', 'true')
    fs.writeFileSync(path.join(repo, 'a.txt'), crlf(DIRTY))
    git('add', 'a.txt')
    fs.writeFileSync(path.join(repo, 'a.txt'), crlf(DIRTY + 'More text.\n'))
    const r = wirelint('--staged', '--fix')
    expect(r.out).toContain('working copy differs')
    expect(fs.readFileSync(path.join(repo, 'a.txt'), 'utf8')).toBe(crlf(DIRTY + 'More text.\n'))
  })

  it('#16 (guard) without autocrlf, a working file that differs only by CRLF is an unstaged change and is left alone', () => {
    git('config', 'core.autocrlf', 'false')
    fs.writeFileSync(path.join(repo, 'a.txt'), DIRTY)
    git('add', 'a.txt')
    fs.writeFileSync(path.join(repo, 'a.txt'), crlf(DIRTY))
    const r = wirelint('--staged', '--fix')
    expect(r.out).toContain('working copy differs')
    expect(fs.readFileSync(path.join(repo, 'a.txt'), 'utf8')).toBe(crlf(DIRTY))
  })
})
