/**
 * Turn command-line paths and globs into a list of files.
 *
 * - A folder is searched for names ending in a checked extension, matched
 *   without regard to case (`STORY.TXT`, `b.Md`), skipping `node_modules` and
 *   dot-folders and dot-files.  Names are read as bytes: a name that is not
 *   valid UTF-8 (a Latin-1 `café.txt`) is read by its bytes and shown with
 *   those bytes as `\xNN`.
 * - Symbolic links are never followed while searching (a link to `/` or to a
 *   folder outside the tree is not walked; a link to a loop cannot hang);
 *   a link whose name has a checked extension is listed, and the reader
 *   decides (read only if it resolves to a regular file inside the tree).
 * - A glob is expanded by walking from its literal leading folders, matched
 *   with the linear matcher of glob.ts, as written (case-sensitive; wildcards
 *   do not match a leading dot).  One that matches nothing is a usage error.
 * - Any other path is listed as given: the reader reports it if it is
 *   missing, not a regular file, or a link out of the tree.
 *
 * The tree: a path given inside the working folder (as written, before any
 * link is resolved) must stay inside the working folder once resolved.  A path
 * given outside it (`/srv/copy/story.txt`, `../other`) is trusted as named and
 * its own folder (for a folder: itself) is its tree.
 */
import fs from 'node:fs'
import path from 'node:path'
import ignore from 'ignore'
import {ConfigError} from '../core/config.js'
import {compileGlob, globBase, GlobError, isDynamicPattern} from '../core/glob.js'
import {firstInvalidUtf8, isInside, readTextSync} from '../core/read.js'

export const EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'] as const

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface FoundFile {
  /** The name shown in reports (bytes that are not UTF-8 shown as `\xNN`). */
  name: string
  /** The path for the file system: bytes when the name is not valid UTF-8. */
  path: string | Buffer
  /** The resolved folder the file must resolve into. */
  root: string
  /** The file could not even be listed (a folder that cannot be read). */
  error?: string
}

export interface Expanded {
  files: FoundFile[]
  /** Kept for callers of the old shape: paths that do not exist are now `files` the reader reports. */
  missing: string[]
}

const utf8 = new TextDecoder('utf-8', {fatal: true})
const CHECKED: ReadonlySet<string> = new Set(EXTENSIONS)

/** A file name's bytes as text: exact when valid UTF-8, else with the other bytes as `\xNN`. */
export function displayName(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  while (i < bytes.length) {
    const rest = bytes.subarray(i)
    const bad = firstInvalidUtf8(rest)
    if (bad === -1) return out + utf8.decode(rest)
    out += utf8.decode(rest.subarray(0, bad)) + '\\x' + bytes[i + bad].toString(16).toUpperCase().padStart(2, '0')
    i += bad + 1
  }
  return out
}

/** Does a name (bytes) end in a checked extension, in any case? */
export function hasCheckedExtension(name: Uint8Array): boolean {
  const dot = name.lastIndexOf(46)
  if (dot <= 0 || name.length - dot - 1 > 8) return false
  let ext = ''
  for (let i = dot + 1; i < name.length; i++) {
    const c = name[i]
    ext += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c)
  }
  return CHECKED.has(ext)
}

const SEP = Buffer.from(path.sep)

interface Walk {
  root: string
  out: FoundFile[]
  /** Look at names that start with a dot? */
  dots: boolean
  /** Keep this file (relative name with `/`, bytes of the name)? */
  keep: (rel: string, name: Buffer) => boolean
  /** Enter this folder (at this depth)? */
  enter: (depth: number) => boolean
}

function isNodeModules(name: Buffer): boolean {
  return name.length === 12 && name.toString('latin1') === 'node_modules'
}

/** Walk a folder without following links; `fsDir` and `shown` name it for the system and in reports. */
function walk(w: Walk, fsDir: string | Buffer, shown: string, rel: string, depth: number): void {
  let entries: fs.Dirent<Buffer>[]
  try {
    entries = fs.readdirSync(fsDir, {withFileTypes: true, encoding: 'buffer'})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (depth > 0 || code !== 'ENOENT') {
      const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? (error as Error).message
      w.out.push({name: shown || '.', path: fsDir, root: w.root, error: `cannot read folder: ${why}`})
    }
    return
  }
  for (const entry of entries) {
    const name = entry.name
    if (name[0] === 46 && !w.dots) continue // dot-files and dot-folders
    const text = displayName(name)
    const childRel = rel === '' ? text : `${rel}/${text}`
    const childShown = shown === '' ? text : path.join(shown, text)
    const valid = typeof fsDir === 'string' && firstInvalidUtf8(name) === -1
    const childFs = (): string | Buffer => (valid ? path.join(fsDir as string, text) : Buffer.concat([toBuffer(fsDir), SEP, name]))
    if (entry.isDirectory()) {
      if (!isNodeModules(name) && w.enter(depth + 1)) walk(w, childFs(), childShown, childRel, depth + 1)
    } else if (w.keep(childRel, name)) {
      // Regular files, links (never followed here) and special files: the reader decides.
      w.out.push({name: childShown, path: childFs(), root: w.root})
    }
  }
}

function toBuffer(p: string | Buffer): Buffer {
  return typeof p === 'string' ? Buffer.from(p) : p
}

/** Sort found files by shown name (then bytes), as a stable, platform-independent order. */
function sortFiles(files: FoundFile[]): FoundFile[] {
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(toBuffer(a.path), toBuffer(b.path))))
}

/**
 * The tree a path given on the command line must stay in: the working folder
 * for a path written inside it; for one written outside it, that path's own
 * folder (a folder: itself), resolved.
 */
export function treeFor(arg: string, cwd: string, cwdReal: string, isDir: boolean): string {
  const abs = path.resolve(cwd, arg)
  if (isInside(abs, cwd) || isInside(abs, cwdReal)) return cwdReal
  const folder = isDir ? abs : path.dirname(abs)
  try {
    return fs.realpathSync.native(folder)
  } catch {
    return folder
  }
}

export async function expandPaths(args: string[], cwd = process.cwd()): Promise<Expanded> {
  const cwdReal = fs.realpathSync.native(cwd)
  const seen = new Set<string>()
  const files: FoundFile[] = []
  const add = (f: FoundFile): void => {
    const key = typeof f.path === 'string' ? path.resolve(cwd, f.path) : `\0${f.path.toString('latin1')}`
    if (!seen.has(key)) {
      seen.add(key)
      files.push(f)
    }
  }
  for (const arg of args) {
    let stat: fs.Stats | undefined
    try {
      stat = fs.statSync(path.resolve(cwd, arg))
    } catch {
      stat = undefined
    }
    if (stat?.isDirectory()) {
      const root = treeFor(arg, cwd, cwdReal, true)
      const out: FoundFile[] = []
      walk({root, out, dots: false, keep: (_rel, name) => hasCheckedExtension(name), enter: () => true}, path.resolve(cwd, arg), arg === '.' ? '' : arg, '', 0)
      for (const f of sortFiles(out)) add(f)
    } else if (stat || !isDynamicPattern(arg)) {
      // A file, or a name the reader will report (missing, unreadable).
      add({name: arg, path: arg, root: treeFor(arg, cwd, cwdReal, false)})
    } else {
      const {base, rest, depth} = globBase(arg)
      let match
      try {
        match = compileGlob(rest, {dot: false})
      } catch (error) {
        if (error instanceof GlobError) throw new UsageError(`the pattern "${arg}" is not a valid glob: ${error.message}`)
        throw error
      }
      const dots = rest.startsWith('.') || rest.includes('/.')
      const root = treeFor(base, cwd, cwdReal, true)
      const out: FoundFile[] = []
      walk(
        {root, out, dots, keep: (rel) => match(rel), enter: (d) => d < depth},
        path.resolve(cwd, base),
        base === '.' ? '' : base,
        '',
        0
      )
      const found = out.filter((f) => f.error === undefined)
      if (found.length === 0) throw new UsageError(`no files match the pattern "${arg}"`)
      for (const f of sortFiles(found)) add(f)
    }
  }
  return {files, missing: []}
}

/** Name of the ignore file read from the working folder. */
export const IGNORE_FILE = '.wirelintignore'
/** `**` and `*` runs a `.wirelintignore` line may have, and lines with a pattern (see `loadIgnoreFile`). */
const MAX_GLOBSTARS = 1
const MAX_STARS = 4
const MAX_PATTERNS = 500

/**
 * The working folder's `.wirelintignore`, in gitignore syntax (the `ignore`
 * package, which git-style tools use: `#` comments, `!` re-includes, a `/`
 * anchors, a trailing `/` means a folder and all below).  Returns a test for a
 * file name (relative to `cwd` or absolute); files outside `cwd` are never
 * ignored by it.  The package compiles lines to backtracking regular
 * expressions and tests every parent folder of a path: a line with two
 * globstars took 37 s on one 4,000-character path, and six of them 4 s on
 * 120 characters.  With at most one globstar and four wildcards a line costs
 * at most 0.7 s on a path at the system's length limit (measured: 2,000 nested
 * one-letter folders), so lines are bounded so, and to 500 patterns; every
 * line over a bound is reported.
 */
export function loadIgnoreFile(cwd = process.cwd()): ((file: string) => boolean) | undefined {
  const file = path.join(cwd, IGNORE_FILE)
  let text: string
  try {
    text = readTextSync(file, 1_000_000, fs.realpathSync.native(cwd))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || !fs.existsSync(file)) return undefined
    throw new ConfigError(`cannot read: ${(error as Error).message}`, '(file)', IGNORE_FILE)
  }
  const problems: {message: string; key: string; source: string}[] = []
  const lines = text.split(/\r?\n/)
  const patterns = lines.filter((l) => l.trim() !== '' && !l.startsWith('#')).length
  if (patterns > MAX_PATTERNS) problems.push({message: `has ${patterns} patterns (at most ${MAX_PATTERNS})`, key: '(file)', source: IGNORE_FILE})
  lines.forEach((line, i) => {
    const stars = line.match(/\*+/g) ?? []
    if (stars.length > MAX_STARS || stars.filter((s) => s.length > 1).length > MAX_GLOBSTARS) {
      problems.push({message: `too many wildcards (at most ${MAX_GLOBSTARS} "**" and ${MAX_STARS} "*" in all, so matching stays fast)`, key: `line ${i + 1}`, source: IGNORE_FILE})
    }
  })
  if (problems.length > 0) throw ConfigError.of(problems)
  const ig = ignore().add(text)
  return (name: string) => {
    const rel = path.relative(cwd, path.resolve(cwd, name))
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false
    return ig.ignores(rel.split(path.sep).join('/'))
  }
}
