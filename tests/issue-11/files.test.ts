/**
 * Issue 11, "Never lose a byte": safe reads, writes and file discovery
 * (items 5, 7, 8, 11, 13, 14, 18, 19).  Each test runs the built CLI
 * (dist/bin/cli.cjs; `WIRELINT_TEST_CLI` names another build, to see a test
 * fail on the code before the change) in a temporary folder.  The tests run as
 * root here: ownership is tested with files given to other users (chown), and
 * a write the system refuses by running the CLI as another user (setpriv).
 */
import {spawn, spawnSync, type SpawnSyncReturns} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cli = process.env.WIRELINT_TEST_CLI ?? path.join(root, 'dist/bin/cli.cjs')
const DIRTY = 'Headline\n\nThe vote . Then they left.\n'
const FIXED = 'Headline\n\nThe vote. Then they left.\n'
const isRoot = process.getuid?.() === 0

const made: string[] = []
function tempDir(prefix: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `wirelint-11-${prefix}-`)))
  made.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, {recursive: true, force: true})
})

interface Run {
  status: number | null
  stdout: string
  stderr: string
  signal: NodeJS.Signals | null
}

/** The CLI, with a time limit: a hang is a failure with a clear message, not a stuck suite. */
function run(args: string[], cwd: string, options: {timeout?: number; uid?: number} = {}): Run {
  const command = options.uid === undefined ? process.execPath : 'setpriv'
  const prefix = options.uid === undefined ? [] : [`--reuid=${options.uid}`, `--regid=${options.uid}`, '--clear-groups', process.execPath]
  const r: SpawnSyncReturns<string> = spawnSync(command, [...prefix, cli, ...args], {
    cwd,
    encoding: 'utf8',
    input: '',
    timeout: options.timeout ?? 40_000,
    maxBuffer: 64 * 1024 * 1024,
    env: {...process.env, NO_COLOR: '1', CI: '1'}
  })
  return {status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', signal: r.signal}
}

function json(r: Run): Array<{path: string; messages: Array<{ruleId: string; reason: string}>}> {
  return JSON.parse(r.stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string}>}>
}

describe('issue 11: reads, writes and file discovery', () => {
  it('#5 --fix leaves alone a file edited while the run was checking, and says so', async () => {
    const dir = tempDir('race')
    // A file dense with findings takes seconds to check and fix: the editor saves in that time.
    const big = path.join(dir, 'big.txt')
    const dense = 'The vote . Then they left.\n'.repeat(3000)
    fs.writeFileSync(big, dense)
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(dir, `s${String(i).padStart(2, '0')}.txt`), DIRTY)
    // An old access time: the kernel (relatime) updates it when the CLI reads the file.
    const old = new Date('2000-01-01T00:00:00Z')
    fs.utimesSync(big, old, old)
    const child = spawn(process.execPath, [cli, '--fix', '.'], {cwd: dir, env: {...process.env, NO_COLOR: '1', CI: '1'}})
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.stdout.resume()
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    // Wait until the file has been read (or, where access times are not kept, a moment), then edit it.
    const started = Date.now()
    while (fs.statSync(big).atimeMs <= old.getTime() + 1000 && Date.now() - started < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    const added = 'A line the editor added while the run was checking.\n'
    fs.appendFileSync(big, added)
    const code = await exited
    expect(code).not.toBeNull()
    // The edit is never lost.  It came before the fix was written (the file is reported, not fixed) or,
    // if checking ever gets that fast, after it (appended to the fixed file).
    const now = fs.readFileSync(big, 'utf8')
    if (now === dense + added) expect(stderr).toContain('big.txt: not fixed: changed on disk while checking')
    else {
      // The fix landed first (a fast check, or a slow test process): the edit follows the fixed text,
      // which is what --fix makes of the same text alone (stray-fragment also drops repeated lines).
      const alone = tempDir('race-alone')
      fs.writeFileSync(path.join(alone, 'big.txt'), dense)
      spawnSync(process.execPath, [cli, '--fix', 'big.txt'], {cwd: alone, env: {...process.env, NO_COLOR: '1', CI: '1'}})
      expect(now).toBe(fs.readFileSync(path.join(alone, 'big.txt'), 'utf8') + added)
      expect(now).not.toBe(dense + added)
    }
    // The other files were fixed.
    for (let i = 0; i < 20; i++) expect(fs.readFileSync(path.join(dir, `s${String(i).padStart(2, '0')}.txt`), 'utf8')).toBe(FIXED)
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])

    // The comparison itself, deterministically: a file that no longer holds the checked text is not replaced.
    const {writeAtomic} = (await import(path.join(root, 'dist/pipeline/cli/write.js'))) as typeof import('../../pipeline/cli/write.js')
    const story = path.join(dir, 'story.txt')
    fs.writeFileSync(story, DIRTY + added)
    expect(() => writeAtomic(story, FIXED, {root: dir, original: DIRTY})).toThrow('not fixed: changed on disk while checking')
    expect(fs.readFileSync(story, 'utf8')).toBe(DIRTY + added)
    writeAtomic(story, FIXED + added, {root: dir, original: DIRTY + added})
    expect(fs.readFileSync(story, 'utf8')).toBe(FIXED + added)
  }, 120_000)

  it('#7 no read or write outside the tree through a symbolic link (file or folder); a path named outside it is checked as named', () => {
    const base = tempDir('links')
    const tree = path.join(base, 'tree')
    const outside = path.join(base, 'outside')
    fs.mkdirSync(tree)
    fs.mkdirSync(outside)
    const secret = 'Token ghp_SECRET1234 . Keep it.\n'
    fs.writeFileSync(path.join(outside, 'secret.txt'), secret)
    fs.writeFileSync(path.join(outside, 'story.txt'), DIRTY)
    fs.writeFileSync(path.join(tree, 'own.txt'), DIRTY)
    fs.symlinkSync(outside, path.join(tree, 'linked')) // a folder link out of the tree
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(tree, 'leak.txt')) // a file link out of it

    // A folder search does not follow the folder link; the file link is refused, its content never shown.
    const walk = run(['--fix', '--format', 'github', '.'], tree)
    expect(walk.stdout).not.toContain('SECRET')
    expect(walk.stdout).toContain('leak.txt')
    expect(walk.stdout).toMatch(/leak\.txt.*outside .* through a symbolic link/)
    expect(fs.readFileSync(path.join(outside, 'story.txt'), 'utf8')).toBe(DIRTY)
    expect(fs.readFileSync(path.join(tree, 'own.txt'), 'utf8')).toBe(FIXED)

    // Named explicitly, through the folder link: still refused, for reading and for writing.
    const named = run(['--fix', '--format', 'github', 'linked/story.txt', 'linked/secret.txt', 'leak.txt'], tree)
    expect(named.status).toBe(2)
    expect(named.stdout).not.toContain('SECRET')
    expect(named.stdout).toMatch(/linked\/story\.txt.*through a symbolic link/)
    expect(fs.readFileSync(path.join(outside, 'story.txt'), 'utf8')).toBe(DIRTY)
    expect(fs.readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe(secret)

    // Nor does a report or the cache go out through the folder link.
    const report = run(['-o', 'linked/report.txt', 'own.txt'], tree)
    expect(report.status).toBe(2)
    expect(report.stderr).toMatch(/report not written .*through a symbolic link/)
    const cached = run(['--cache-location', 'linked/cache.json', 'own.txt'], tree)
    expect(cached.stderr).toMatch(/cache not saved: .*through a symbolic link/)
    expect(fs.readdirSync(outside).sort()).toEqual(['secret.txt', 'story.txt'])

    // A path the user names outside the working folder, not through a link, is checked and fixed as named.
    const direct = run(['--fix', '../outside/story.txt'], tree)
    expect(direct.status).toBe(0)
    expect(fs.readFileSync(path.join(outside, 'story.txt'), 'utf8')).toBe(FIXED)
  })

  it('#8 the cache is saved through an exclusive, unpredictable temporary file, never through a link', async () => {
    const dir = tempDir('cache')
    const victimDir = tempDir('victim')
    const victim = path.join(victimDir, 'private.txt')
    fs.writeFileSync(victim, 'mine alone\n', {mode: 0o600})
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(dir, `s${i}.txt`), DIRTY)
    const cacheDir = path.join(dir, 'shared')
    fs.mkdirSync(cacheDir, {mode: 0o777})
    const cache = path.join(cacheDir, 'cache.json')
    // Another user plants links at the names a predictable writer would use.
    const child = spawn(process.execPath, [cli, '--cache-location', cache, '.'], {cwd: dir, stdio: 'ignore', env: {...process.env, CI: '1'}})
    for (const pid of [child.pid!, child.pid! + 1, child.pid! + 2]) fs.symlinkSync(victim, `${cache}.${pid}.tmp`)
    await new Promise((resolve) => child.on('exit', resolve))
    expect(fs.readFileSync(victim, 'utf8')).toBe('mine alone\n')
    expect(fs.statSync(victim).mode & 0o777).toBe(0o600)
    // The cache was written (a regular file, not a link), and no temporary file of ours is left.
    expect(fs.lstatSync(cache).isFile()).toBe(true)
    expect(JSON.parse(fs.readFileSync(cache, 'utf8'))).toMatchObject({version: 1})
    expect(fs.readdirSync(cacheDir).filter((f) => f.includes('wirelint'))).toEqual([])

    // A cache file that is a link is neither followed nor replaced.
    const linked = path.join(cacheDir, 'linked.json')
    fs.symlinkSync(victim, linked)
    const r = run(['--cache-location', linked, 's1.txt'], dir)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/symbolic link/)
    expect(fs.readFileSync(victim, 'utf8')).toBe('mine alone\n')
    expect(fs.lstatSync(linked).isSymbolicLink()).toBe(true)
  }, 120_000)

  it('#11 a backtracking-prone ignore glob against a long file name completes', () => {
    const dir = tempDir('glob')
    fs.writeFileSync(path.join(dir, '.wirelintrc.json'), JSON.stringify({ignore: ['*a*a*a*a*a*b', 'drafts/**', '**/*.{htm,html}']}))
    const long = 'a'.repeat(240) + '.txt'
    fs.writeFileSync(path.join(dir, long), DIRTY)
    fs.mkdirSync(path.join(dir, 'drafts'))
    fs.writeFileSync(path.join(dir, 'drafts', 'x.txt'), DIRTY)
    fs.writeFileSync(path.join(dir, 'page.html'), '<p>The vote . Then.</p>')
    fs.writeFileSync(path.join(dir, 'ab.txt'), DIRTY) // matches *a*…b? no: ends in .txt
    const r = run(['--format', 'json', '.'], dir, {timeout: 40_000})
    expect(r.signal, 'the run was stopped: it hung').toBeNull()
    expect(r.status).toBe(1)
    expect(json(r).map((f) => f.path)).toEqual([long, 'ab.txt'])
    // The same glob on the command line (a pattern, walked and matched the same way).
    const g = run(['--format', 'json', '*a*a*a*a*a*t'], dir, {timeout: 40_000})
    expect(g.signal).toBeNull()
    expect(json(g).map((f) => f.path)).toEqual([long])
  }, 90_000)

  it('#13 a link to /dev/zero or to /, and a FIFO named .wirelintrc.json, never hang the run', () => {
    const dir = tempDir('special')
    fs.writeFileSync(path.join(dir, 'story.txt'), DIRTY)
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.txt'))
    fs.symlinkSync('/', path.join(dir, 'everything'))
    fs.symlinkSync('/', path.join(dir, 'root.md'))
    const r = run(['--format', 'json', '.'], dir)
    expect(r.signal, 'the run was stopped: it hung').toBeNull()
    expect(r.status).toBe(2)
    const files = json(r)
    expect(files.map((f) => f.path)).toEqual(['root.md', 'story.txt', 'zero.txt'])
    expect(files[0].messages[0].reason).toMatch(/directory/)
    expect(files[1].messages[0].ruleId).toBe('punctuation-spacing')
    expect(files[2].messages[0]).toMatchObject({ruleId: 'read-error'})
    expect(files[2].messages[0].reason).toMatch(/device/)
    // Named explicitly, with a size limit: the same clear error.
    const named = run(['--max-file-size', '1000', 'zero.txt'], dir)
    expect(named.signal).toBeNull()
    expect(named.status).toBe(2)
    expect(named.stdout).toMatch(/device/)

    const fifoDir = tempDir('fifo')
    fs.writeFileSync(path.join(fifoDir, 'story.txt'), DIRTY)
    const fifo = spawnSync('mkfifo', [path.join(fifoDir, '.wirelintrc.json')])
    expect(fifo.status).toBe(0)
    const f = run(['story.txt'], fifoDir, {timeout: 30_000})
    expect(f.signal, 'the run was stopped: it blocked on the FIFO').toBeNull()
    expect(f.status).toBe(2)
    expect(f.stderr).toMatch(/\.wirelintrc\.json.*FIFO/)
  }, 120_000)

  it('#14 a fix the system refuses to write is a per-file error; the other files are still fixed and reported', () => {
    const dir = tempDir('eacces')
    fs.chmodSync(dir, 0o755) // root's folder: another user cannot create the temporary file here …
    const nobody = 65534
    const locked = path.join(dir, 'a.txt')
    fs.writeFileSync(locked, DIRTY)
    fs.chownSync(locked, nobody, nobody) // … though the file itself is theirs and writable.
    fs.mkdirSync(path.join(dir, 'sub'))
    fs.chownSync(path.join(dir, 'sub'), nobody, nobody)
    const free = path.join(dir, 'sub', 'b.txt')
    fs.writeFileSync(free, DIRTY)
    fs.chownSync(free, nobody, nobody)
    const r = run(['--fix', '--format', 'json', 'a.txt', 'sub/b.txt'], dir, {uid: nobody})
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /)
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('a.txt: not fixed: cannot write: permission denied (EACCES)')
    expect(fs.readFileSync(locked, 'utf8')).toBe(DIRTY)
    expect(fs.readFileSync(free, 'utf8')).toBe(FIXED)
    const files = json(r)
    expect(files.map((f) => f.path)).toEqual(['a.txt', 'sub/b.txt'])
    expect(files[0].messages.map((m) => m.ruleId).sort()).toEqual(['punctuation-spacing', 'write-error'])
    expect(files[1].messages).toEqual([])

    // A full file system (a small tmpfs), where this machine lets us mount one.
    const mnt = tempDir('full')
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]).status === 0) {
      try {
        // About 45 KB of distinct lines (identical ones are deleted as repeated debris): no room for a second copy.
        const big = Array.from({length: 1200}, (_, i) => `The vote in ward ${i + 1} . Then they left.\n`).join('')
        fs.writeFileSync(path.join(mnt, 'big.txt'), big)
        fs.writeFileSync(path.join(mnt, 'small.txt'), DIRTY)
        const full = run(['--fix', 'big.txt', 'small.txt'], mnt)
        expect(full.status).toBe(2)
        expect(full.stderr).toMatch(/big\.txt: not fixed: cannot write: no space left on the device \(ENOSPC\)/)
        expect(fs.readFileSync(path.join(mnt, 'big.txt'), 'utf8')).toBe(big)
        expect(fs.readFileSync(path.join(mnt, 'small.txt'), 'utf8')).toBe(FIXED)
        expect(fs.readdirSync(mnt).sort()).toEqual(['big.txt', 'small.txt'])
      } finally {
        spawnSync('umount', [mnt])
      }
    }
  }, 120_000)

  it('#18 a folder search finds STORY.TXT, b.Md and a Latin-1 file name, and reads them', () => {
    const dir = tempDir('names')
    fs.writeFileSync(path.join(dir, 'STORY.TXT'), DIRTY)
    fs.writeFileSync(path.join(dir, 'b.Md'), DIRTY)
    const latin1 = Buffer.concat([Buffer.from(dir + '/caf'), Buffer.from([0xe9]), Buffer.from('.txt')])
    fs.writeFileSync(latin1, DIRTY)
    fs.mkdirSync(path.join(dir, 'sub'))
    fs.writeFileSync(path.join(dir, 'sub', 'NOTES.HTM'), '<p>The vote . Then.</p>')
    const r = run(['--format', 'json', '.'], dir)
    expect(r.status).toBe(1)
    const files = json(r)
    expect(files.map((f) => f.path)).toEqual(['STORY.TXT', 'b.Md', 'caf\\xE9.txt', 'sub/NOTES.HTM'])
    for (const f of files) expect(f.messages.map((m) => m.ruleId)).toEqual(['punctuation-spacing'])
    // And --fix writes the file with the Latin-1 name.
    expect(run(['--fix', '.'], dir).status).toBe(0)
    expect(fs.readFileSync(latin1, 'utf8')).toBe(FIXED)
  })

  it.runIf(isRoot)('#19 --fix keeps owner and group, drops setuid, refuses hard links; -o and --cache-location never replace a story; a config may start with a BOM', () => {
    const dir = tempDir('own')
    fs.chmodSync(dir, 0o755)
    const theirs = path.join(dir, 'theirs.txt')
    fs.writeFileSync(theirs, DIRTY)
    fs.chownSync(theirs, 1234, 2345)
    fs.chmodSync(theirs, 0o6664)
    const linked = path.join(dir, 'linked.txt')
    fs.writeFileSync(linked, DIRTY)
    fs.linkSync(linked, path.join(dir, 'other-name.txt'))
    const r = run(['--fix', 'theirs.txt', 'linked.txt'], dir)
    const stat = fs.statSync(theirs)
    expect(fs.readFileSync(theirs, 'utf8')).toBe(FIXED)
    expect([stat.uid, stat.gid]).toEqual([1234, 2345])
    expect(stat.mode & 0o7777).toBe(0o664)
    expect(r.stderr).toContain('linked.txt: not fixed: the file has 2 hard links')
    expect(fs.readFileSync(linked, 'utf8')).toBe(DIRTY)
    expect(fs.statSync(linked).nlink).toBe(2)

    // A user who cannot keep the owner (only root can give a file away) leaves the file alone, and says why.
    const shared = path.join(dir, 'shared')
    fs.mkdirSync(shared)
    fs.chownSync(shared, 65534, 65534)
    const others = path.join(shared, 'others.txt')
    fs.writeFileSync(others, DIRTY, {mode: 0o666})
    fs.chmodSync(others, 0o666)
    fs.chownSync(others, 1234, 1234)
    const asNobody = run(['--fix', 'shared/others.txt'], dir, {uid: 65534})
    expect(asNobody.stderr).toContain('others.txt: not fixed: it belongs to another user (uid 1234)')
    expect(fs.readFileSync(others, 'utf8')).toBe(DIRTY)
    expect(fs.statSync(others).uid).toBe(1234)

    // -o and --cache-location naming a checked file, or someone else's file: refused, nothing changed.
    const story = path.join(dir, 'story.txt')
    fs.writeFileSync(story, DIRTY)
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'My own notes.\n')
    for (const args of [
      ['-o', 'story.txt', 'story.txt'],
      ['-o', 'notes.txt', 'story.txt'],
      ['--cache-location', 'story.txt', 'story.txt'],
      ['--cache-location', 'notes.txt', 'story.txt']
    ]) {
      const refused = run(args, dir)
      expect(refused.status, args.join(' ')).toBe(2)
      expect(refused.stderr, args.join(' ')).toMatch(/not overwritten/)
    }
    expect(fs.readFileSync(story, 'utf8')).toBe(DIRTY)
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('My own notes.\n')
    // A report of ours is replaced by the next run's.
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      expect(run(['-f', format, '-o', `report-${format}.out`, 'story.txt'], dir).status).toBe(1)
      expect(run(['-f', format, '-o', `report-${format}.out`, 'story.txt'], dir).status, format).toBe(1)
    }

    // A configuration file with a UTF-8 byte order mark.
    fs.writeFileSync(path.join(dir, '.wirelintrc.json'), '\uFEFF' + JSON.stringify({rules: {'punctuation-spacing': 'off'}}))
    const bom = run(['story.txt'], dir)
    expect(bom.stderr).toBe('')
    expect(bom.status).toBe(0)
  })
})
