/**
 * Git: what is staged, read from the index (not the working tree), and the
 * pre-commit hook.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {EXTENSIONS} from './files.js'

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

export interface StagedFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string
  /** The staged content. */
  content: Buffer
}

const CHECKED = new RegExp(`\\.(?:${EXTENSIONS.join('|')})$`, 'i')

/** Staged added, copied, modified and renamed files with a checked extension, as staged. */
export function stagedFiles(cwd = process.cwd()): {root: string; files: StagedFile[]} {
  const root = repoRoot(cwd)
  const names = git(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'], root)
    .toString('utf8')
    .split('\0')
    .filter((p) => p && CHECKED.test(p) && !p.includes('\n'))
  if (names.length === 0) return {root, files: []}
  // One `git cat-file --batch` for all blobs instead of one process per file.
  const out = git(['cat-file', '--batch'], root, Buffer.from(names.map((n) => `:${n}\n`).join('')))
  const files: StagedFile[] = []
  let at = 0
  for (const name of names) {
    const nl = out.indexOf(10, at)
    const header = out.subarray(at, nl).toString()
    const m = /^[0-9a-f]+ (\S+) (\d+)$/.exec(header)
    if (!m) throw new GitError(`cannot read the staged ${name}: ${header}`)
    const size = Number(m[2])
    const start = nl + 1
    files.push({path: name, content: out.subarray(start, start + size)})
    at = start + size + 1
  }
  return {root, files}
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

function hooksDir(cwd: string): string {
  // `--git-path hooks` honours core.hooksPath.
  const dir = execFileSync('git', ['rev-parse', '--git-path', 'hooks'], {cwd}).toString().trim()
  return path.resolve(cwd, dir)
}

export interface HookResult {
  path: string
  message: string
}

export function installHook(cwd = process.cwd(), force = false): HookResult {
  const root = repoRoot(cwd)
  const dir = hooksDir(root)
  const file = path.join(dir, 'pre-commit')
  const backup = file + '.wirelint-backup'
  fs.mkdirSync(dir, {recursive: true})
  if (fs.existsSync(file)) {
    const current = fs.readFileSync(file, 'utf8')
    if (current.includes(HOOK_MARK)) {
      fs.writeFileSync(file, HOOK_SCRIPT, {mode: 0o755})
      fs.chmodSync(file, 0o755)
      return {path: file, message: `updated the wirelint pre-commit hook in ${file}`}
    }
    if (!force) {
      throw new GitError(`${file} exists and was not written by wirelint; use --force to replace it (it is kept as ${path.basename(backup)})`)
    }
    fs.renameSync(file, backup)
    fs.writeFileSync(file, HOOK_SCRIPT, {mode: 0o755})
    fs.chmodSync(file, 0o755)
    return {path: file, message: `installed the wirelint pre-commit hook in ${file}; the previous hook is in ${backup}`}
  }
  fs.writeFileSync(file, HOOK_SCRIPT, {mode: 0o755})
  fs.chmodSync(file, 0o755)
  return {path: file, message: `installed the wirelint pre-commit hook in ${file}`}
}

export function uninstallHook(cwd = process.cwd()): HookResult {
  const root = repoRoot(cwd)
  const file = path.join(hooksDir(root), 'pre-commit')
  const backup = file + '.wirelint-backup'
  if (!fs.existsSync(file)) {
    return {path: file, message: `no pre-commit hook in ${path.dirname(file)}`}
  }
  if (!fs.readFileSync(file, 'utf8').includes(HOOK_MARK)) {
    throw new GitError(`${file} was not written by wirelint; leaving it alone`)
  }
  fs.rmSync(file)
  if (fs.existsSync(backup)) {
    fs.renameSync(backup, file)
    return {path: file, message: `removed the wirelint hook and restored the previous ${file}`}
  }
  return {path: file, message: `removed the wirelint pre-commit hook from ${file}`}
}
