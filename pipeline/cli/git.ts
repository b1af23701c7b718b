/**
 * Git: what is staged, read from the index (not the working tree), and the
 * pre-commit hook.
 *
 * Names come from git NUL-separated and as bytes (any name git can store:
 * newlines, `0:x.txt`, bytes that are not UTF-8); content is read by blob id,
 * never with the `:path` syntax (which reads `:0:clean.txt` as stage 0 of
 * `clean.txt`).  The hook is never written through a symbolic link.
 */
import {spawnSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {EXTENSIONS} from './files.js'
import {firstInvalidUtf8} from '../core/read.js'

export class GitError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GitError'
  }
}

function git(args: string[], cwd: string, input?: Buffer): Buffer {
  const result = spawnSync('git', args, {cwd, input, maxBuffer: 1024 * 1024 * 1024})
  if (result.error) throw new GitError(`git is not available: ${result.error.message}`)
  if (result.status !== 0) {
    throw new GitError(`git ${args[0]} failed: ${result.stderr.toString().trim() || `exit ${result.status}`}`)
  }
  return result.stdout
}

export function repoRoot(cwd = process.cwd()): string {
  return git(['rev-parse', '--show-toplevel'], cwd).toString().trim()
}

// ---------------------------------------------------------------- names

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * A path as git stores it (bytes) → a string.  Valid UTF-8 is taken as is;
 * each byte that is not part of valid UTF-8 is written `\xNN` (`caf\xE9.txt`,
 * as `wirelint .` names such files; `git status` shows `"caf\351.txt"`):
 * never replaced by U+FFFD, so two names never merge into one.
 */
export function gitPathName(bytes: Buffer): {name: string; exact: boolean} {
  let rest = bytes
  let at = firstInvalidUtf8(rest)
  if (at === -1) return {name: utf8.decode(bytes), exact: true}
  let name = ''
  while (at !== -1) {
    name += utf8.decode(rest.subarray(0, at)) + '\\x' + rest[at].toString(16).toUpperCase().padStart(2, '0')
    rest = rest.subarray(at + 1)
    at = firstInvalidUtf8(rest)
  }
  return {name: name + utf8.decode(rest), exact: false}
}

// ---------------------------------------------------------------- staged files

export interface StagedFile {
  /**
   * Path relative to the repository root, with forward slashes.  Exact when
   * the name is valid UTF-8; otherwise with its other bytes escaped (see
   * `gitPathName`) and `file` is undefined.
   */
  path: string
  /** The name's bytes as git stores them. */
  rawPath: Buffer
  /** The working file (absolute), when the name can be given to the file system as a string. */
  file?: string
  /** The staged blob's id. */
  oid: string
  /** The staged content (empty when `error` is set). */
  content: Buffer
  /** The staged content could not be read. */
  error?: string
}

/** A staged entry with a checked extension that is not checked, and why. */
export interface SkippedFile {
  path: string
  reason: string
}

const CHECKED = new RegExp(`\\.(?:${EXTENSIONS.join('|')})$`, 'i')

/**
 * The staged added, copied, modified, renamed and type-changed files with a
 * checked extension, as staged.  Submodules (gitlinks) and symbolic links are
 * not text: they are returned in `skipped`.
 */
export function stagedFiles(cwd = process.cwd()): {root: string; files: StagedFile[]; skipped: SkippedFile[]} {
  const root = repoRoot(cwd)
  // --raw gives each entry's mode and blob id; -z, names as raw bytes.  `git diff`
  // (not diff-index) also works before the first commit.
  const raw = git(
    ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', '--no-color', '--diff-filter=ACMRT'],
    root
  )
  const entries: Array<{mode: string; oid: string; name: Buffer}> = []
  let at = 0
  while (at < raw.length) {
    const end = raw.indexOf(0, at)
    if (end === -1) break
    const header = raw.subarray(at, end).toString('latin1')
    // :old-mode new-mode old-id new-id status
    const m = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*$/.exec(header)
    if (!m) throw new GitError(`cannot read the output of git diff: ${JSON.stringify(header)}`)
    at = end + 1
    // Copies and renames (if a configuration forces them on) name the source first.
    if (m[3] === 'C' || m[3] === 'R') at = raw.indexOf(0, at) + 1
    const nameEnd = raw.indexOf(0, at)
    const name = raw.subarray(at, nameEnd === -1 ? raw.length : nameEnd)
    at = nameEnd === -1 ? raw.length : nameEnd + 1
    entries.push({mode: m[1], oid: m[2], name})
  }

  const files: StagedFile[] = []
  const skipped: SkippedFile[] = []
  for (const entry of entries) {
    const {name, exact} = gitPathName(entry.name)
    if (!CHECKED.test(name)) continue
    if (entry.mode === '160000') skipped.push({path: name, reason: 'a submodule (its own repository checks its files)'})
    else if (entry.mode === '120000') skipped.push({path: name, reason: 'a symbolic link (its target is checked where it is staged)'})
    else if (entry.mode !== '100644' && entry.mode !== '100755') skipped.push({path: name, reason: `not a file (git mode ${entry.mode})`})
    else files.push({path: name, rawPath: entry.name, file: exact ? path.join(root, name) : undefined, oid: entry.oid, content: Buffer.alloc(0)})
  }
  if (files.length === 0) return {root, files, skipped}

  // One `git cat-file --batch` for all blobs instead of one process per file.
  const out = git(['cat-file', '--batch'], root, Buffer.from(files.map((f) => `${f.oid}\n`).join('')))
  at = 0
  for (const file of files) {
    const nl = out.indexOf(10, at)
    const header = out.subarray(at, nl === -1 ? out.length : nl).toString('latin1')
    const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header)
    if (!m || m[1] !== file.oid) {
      if (/^[0-9a-f]+ missing$/.test(header)) {
        file.error = `cannot read the staged content: git has no object ${file.oid}`
        at = nl + 1
        continue
      }
      throw new GitError(`cannot read the staged ${file.path}: ${JSON.stringify(header)}`)
    }
    const size = Number(m[3])
    const start = nl + 1
    file.content = out.subarray(start, start + size)
    at = start + size + 1
  }
  return {root, files, skipped}
}

export interface WorkingForm {
  /** The fixed staged text → the text to write to the working file. */
  toWorking: (text: string) => string
  /** The working file's bytes as read (what a compare-before-replace must find on disk). */
  working: Buffer
}

/**
 * For `--staged --fix`: how to turn the fixed staged text into the working
 * file's text so that the fix is its only change (and the bytes read), or why
 * the working file is not to be written.  The working file must hold the
 * staged content: byte for byte, or as git stores it.  With
 * `core.autocrlf=true` (or `input`, or an `eol`/`text` attribute) the working
 * file has CRLF where the index has LF; it counts as unchanged when git
 * normalises it to the staged blob (`git hash-object --path`),
 * and the fix is then written with CRLF.  Any other difference (an edit not
 * staged, a filter, `working-tree-encoding`, mixed line ends) leaves it alone.
 */
export function workingForm(root: string, staged: StagedFile): WorkingForm | string {
  if (staged.file === undefined) return 'its name is not valid UTF-8, so it cannot be opened to write the fix (fix it by hand)'
  let working: Buffer
  try {
    // Never follow a link or open a FIFO here: the index has a regular file.
    if (!fs.lstatSync(staged.file).isFile()) return 'the working copy is not a regular file'
    working = fs.readFileSync(staged.file)
  } catch {
    return 'the working copy cannot be read'
  }
  const differs = 'the working copy differs from the staged version'
  if (working.equals(staged.content)) return {toWorking: (text) => text, working}
  if (staged.content.includes(13) || working.length !== staged.content.length + count(staged.content, 10)) return differs
  if (!working.equals(Buffer.from(staged.content.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'))) return differs
  // The working file is the staged content with CRLF line ends: is that what git
  // would store for this path (autocrlf or an eol attribute)?
  let oid: string
  try {
    oid = git(['hash-object', '--stdin', `--path=${staged.path}`], root, working).toString().trim()
  } catch {
    return differs
  }
  if (oid !== staged.oid) return differs
  return {toWorking: (text) => text.replace(/\n/g, '\r\n'), working}
}

function count(bytes: Buffer, byte: number): number {
  let n = 0
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++
  return n
}

// ---------------------------------------------------------------- the hook

export const HOOK_MARK = '# wirelint-managed-hook'

export const HOOK_SCRIPT = `#!/bin/sh
${HOOK_MARK} (written by \`wirelint hook install\`; remove with \`wirelint hook uninstall\`)
# Checks the staged content of the commit's .txt, .md and .html files.
if [ -x ./node_modules/.bin/wirelint ]; then
  exec ./node_modules/.bin/wirelint --staged
elif command -v wirelint >/dev/null 2>&1; then
  exec wirelint --staged
else
  echo "wirelint: not found (run npm install); the commit is not checked" >&2
  exit 0
fi
`

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel))
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p)
  } catch {
    return path.resolve(p)
  }
}

/**
 * The hooks folder (`--git-path hooks` honours core.hooksPath).  A folder that
 * lies in the repository or its git folder must really be there: one reached
 * through a symbolic link to elsewhere (a tracked `.githooks` link) is refused.
 * A core.hooksPath that names a folder outside is the user's choice.
 */
function hooksDir(root: string): string {
  const lines = git(['rev-parse', '--git-common-dir', '--git-path', 'hooks'], root).toString().split('\n')
  const common = path.resolve(root, lines[0])
  const dir = path.resolve(root, lines[1])
  const bases = [root, common].filter((base) => inside(dir, base))
  if (bases.length === 0) return dir
  // The deepest part of the path that exists (a link counts), resolved.
  let existing = dir
  while (!lstat(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing)
  let real: string
  try {
    real = path.join(fs.realpathSync(existing), path.relative(existing, dir))
  } catch {
    throw new GitError(`the hooks folder ${dir} leads through a symbolic link that leads nowhere (${existing}); not writing there`)
  }
  if (!bases.some((base) => inside(real, realpathOr(base)))) {
    throw new GitError(`the hooks folder ${dir} leads through a symbolic link to ${real}, outside the repository; not writing there`)
  }
  return dir
}

export interface HookResult {
  path: string
  message: string
}

function lstat(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Write the hook: a temporary file created exclusively (O_EXCL, a random name)
 * beside it, flushed, then put in place.  `replace`: rename over the current
 * name (a rename replaces a name, it never follows a link there); otherwise
 * hard-link it to a name that must not exist yet.
 */
function writeHook(file: string, replace: boolean): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.wirelint-${crypto.randomBytes(8).toString('hex')}.tmp`)
  const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o755)
  try {
    try {
      fs.writeFileSync(fd, HOOK_SCRIPT)
      fs.fchmodSync(fd, 0o755) // whatever the umask: git runs only executable hooks
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    if (replace) {
      fs.renameSync(tmp, file)
      return
    }
    try {
      fs.linkSync(tmp, file)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST') throw new GitError(`${file} appeared while the hook was being installed; not replacing it`)
      // A file system without hard links: rename, if the name is still free.
      if (lstat(file)) throw new GitError(`${file} appeared while the hook was being installed; not replacing it`)
      fs.renameSync(tmp, file)
    }
  } finally {
    fs.rmSync(tmp, {force: true})
  }
}

function describeLink(file: string): string {
  const target = fs.readlinkSync(file)
  const exists = fs.existsSync(file)
  return `a symbolic link to ${target}${exists ? '' : ' (which does not exist)'}`
}

export function installHook(cwd = process.cwd(), force = false): HookResult {
  const root = repoRoot(cwd)
  const dir = hooksDir(root)
  const file = path.join(dir, 'pre-commit')
  const backup = file + '.wirelint-backup'
  fs.mkdirSync(dir, {recursive: true})
  const stat = lstat(file)
  if (!stat) {
    writeHook(file, false)
    return {path: file, message: `installed the wirelint pre-commit hook in ${file}`}
  }
  let what: string
  if (stat.isSymbolicLink()) {
    what = `${file} is ${describeLink(file)}; wirelint never writes through a link`
  } else if (!stat.isFile()) {
    what = `${file} is not a regular file`
  } else if (fs.readFileSync(file, 'utf8').includes(HOOK_MARK)) {
    writeHook(file, true)
    return {path: file, message: `updated the wirelint pre-commit hook in ${file}`}
  } else {
    what = `${file} exists and was not written by wirelint`
  }
  if (!force) throw new GitError(`${what}; use --force to replace it (it is kept as ${path.basename(backup)})`)
  if (lstat(backup)) {
    throw new GitError(`${what}, and ${backup} already exists; move one of them away first (wirelint keeps only one backup)`)
  }
  fs.renameSync(file, backup) // moves a link itself, never its target
  writeHook(file, false)
  return {path: file, message: `installed the wirelint pre-commit hook in ${file}; the previous hook is in ${backup}`}
}

export function uninstallHook(cwd = process.cwd()): HookResult {
  const root = repoRoot(cwd)
  const file = path.join(hooksDir(root), 'pre-commit')
  const backup = file + '.wirelint-backup'
  const stat = lstat(file)
  if (!stat) {
    return {path: file, message: `no pre-commit hook in ${path.dirname(file)}`}
  }
  // wirelint writes only regular files: a link or anything else is someone else's.
  if (!stat.isFile() || !fs.readFileSync(file, 'utf8').includes(HOOK_MARK)) {
    throw new GitError(`${file} was not written by wirelint; leaving it alone`)
  }
  fs.rmSync(file)
  if (lstat(backup)) {
    fs.renameSync(backup, file)
    return {path: file, message: `removed the wirelint hook and restored the previous ${file}`}
  }
  return {path: file, message: `removed the wirelint pre-commit hook from ${file}`}
}
