/**
 * Writing a fixed file without ever losing data.
 *
 * The new text goes to a temporary file created exclusively (`O_EXCL`, a
 * random name) in the file's own folder, is given the original's owner and
 * group (`fchown`) and mode (without setuid/setgid), is flushed, and replaces
 * the original with one `rename`: an interrupted run leaves either the old or
 * the new file.  Refused, with a message, and nothing written:
 * - a file that resolves outside the tree (a symbolic link of the file or of
 *   any folder on its path);
 * - a read-only file, and anything but a regular file;
 * - a file with more than one hard link (a rename would split it from its
 *   other names; no atomic way keeps them together);
 * - a file whose owner or group cannot be kept (only root can give a file to
 *   another user);
 * - with `original`: a file whose content is no longer the text that was
 *   checked ("changed on disk while checking").  The file is compared before
 *   the temporary file is written and again right before the rename, with its
 *   identity, owner, mode and link count.  What remains is the interval
 *   between that last read and rename(2), a few system calls: POSIX has no
 *   compare-and-replace, so a write landing exactly there is replaced.
 * A failure of the system (no space, permission denied, read-only file
 * system) is a `WriteFailed`; the temporary file is removed.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {DEFAULT_MAX_BYTES, hasBom, isInside, kindOf, readBounded} from '../core/read.js'

export class WriteRefused extends Error {
  constructor(
    message: string,
    readonly path: string
  ) {
    super(message)
    this.name = 'WriteRefused'
  }
}

/** The system refused the write (EACCES, ENOSPC, EROFS …). */
export class WriteFailed extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly code?: string
  ) {
    super(message)
    this.name = 'WriteFailed'
  }
}

export interface WriteOptions {
  /** The resolved folder the file must stay in (default: the working folder). */
  root?: string
  /**
   * The text as it was read and checked (without its byte order mark).  When
   * given, the file is replaced only if it still holds exactly this text, and
   * a byte order mark it has is kept in front of `content`.
   */
  original?: string
  /** Largest file compared (bytes). */
  maxBytes?: number
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  ENOENT: 'the file or its folder is gone',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  EFBIG: 'file too large'
}

function failure(error: unknown, file: fs.PathLike, prefix = 'not fixed: '): Error {
  if (error instanceof WriteRefused || error instanceof WriteFailed) return error
  const code = (error as NodeJS.ErrnoException).code
  if (!code) return error as Error
  return new WriteFailed(`${prefix}cannot write: ${REASONS[code] ?? code} (${code})`, String(file), code)
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf])
const OPEN_CHECK = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NOCTTY ?? 0)
const OPEN_TEMP = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0)

/** Does `bytes` hold exactly `text` (after a byte order mark, which decoding drops)? */
export function holdsText(bytes: Buffer, text: string): boolean {
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes
  return body.length >= text.length && body.equals(Buffer.from(text))
}

/** Read a regular file (no link, no FIFO) and its status, by an open descriptor. */
function snapshot(real: string | Buffer, maxBytes: number): {bytes: Buffer; stat: fs.Stats} {
  const fd = fs.openSync(real, OPEN_CHECK)
  try {
    const stat = fs.fstatSync(fd)
    if (!stat.isFile()) throw new WriteRefused(`not fixed: ${kindOf(stat)}`, String(real))
    return {bytes: readBounded(fd, maxBytes, real), stat}
  } finally {
    fs.closeSync(fd)
  }
}

function sameFile(a: fs.Stats, b: fs.Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.nlink === b.nlink && a.uid === b.uid && a.gid === b.gid && a.mode === b.mode
}

/** The temporary file's name: beside the target, hidden, unpredictable. */
function tempName(real: string | Buffer): string | Buffer {
  const suffix = `.wirelint-${process.pid}-${crypto.randomBytes(6).toString('hex')}.tmp`
  if (typeof real === 'string') return path.join(path.dirname(real), `.${path.basename(real)}${suffix}`)
  const slash = real.lastIndexOf(47)
  return Buffer.concat([real.subarray(0, slash + 1), Buffer.from('.'), real.subarray(slash + 1), Buffer.from(suffix)])
}

/**
 * Create `target`'s replacement: write `content` to an exclusive temporary
 * file beside it with the given owner and mode; returns its name.  The caller
 * renames it (or removes it).
 */
export function writeTemp(target: string | Buffer, content: Uint8Array, owner: {uid: number; gid: number} | undefined, mode: number): string | Buffer {
  const tmp = tempName(target)
  let fd: number | undefined
  try {
    // O_EXCL: never an existing file or a link planted under the name.
    fd = fs.openSync(tmp, OPEN_TEMP, 0o600)
    // A short write is not an error (a full disk shows on the next call): loop until all is written.
    for (let done = 0; done < content.length; ) done += fs.writeSync(fd, content, done, content.length - done)
    if (owner) {
      const own = fs.fstatSync(fd)
      if (own.uid !== owner.uid || own.gid !== owner.gid) {
        try {
          fs.fchownSync(fd, owner.uid, owner.gid)
        } catch {
          throw new WriteRefused(
            `not fixed: its owner or group (${owner.uid}:${owner.gid}) cannot be kept by this user, and replacing the file would change them`,
            String(target)
          )
        }
      }
    }
    // After fchown (which clears set-id bits); setuid/setgid are never carried over.
    fs.fchmodSync(fd, mode & 0o777)
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fd = undefined
    return tmp
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd)
    fs.rmSync(tmp, {force: true})
    throw error
  }
}

/**
 * Replace `file`'s content atomically (see the module comment for what is
 * refused).  `options` may be the tree's folder alone, as before.
 */
export function writeAtomic(file: fs.PathLike, content: string, options: string | WriteOptions = {}): void {
  const opts: WriteOptions = typeof options === 'string' ? {root: options} : options
  const maxBytes = Math.max(opts.maxBytes ?? DEFAULT_MAX_BYTES, opts.original ? Buffer.byteLength(opts.original) + 3 : 0)
  let tmp: string | Buffer | undefined
  try {
    const root = fs.realpathSync.native(opts.root ?? process.cwd())
    const real: string | Buffer = typeof file === 'string' || file instanceof URL ? fs.realpathSync.native(file) : fs.realpathSync.native(file, {encoding: 'buffer'})
    if (!isInside(real, root)) {
      throw new WriteRefused(`not fixed: it leads outside ${root} through a symbolic link`, String(file))
    }
    const before = snapshot(real, maxBytes)
    const stat = before.stat
    if ((stat.mode & 0o222) === 0) throw new WriteRefused('not fixed: the file is read-only', String(file))
    try {
      fs.accessSync(real, fs.constants.W_OK)
    } catch {
      throw new WriteRefused('not fixed: the file is read-only', String(file))
    }
    if (stat.nlink > 1) {
      throw new WriteRefused(
        `not fixed: the file has ${stat.nlink} hard links, and replacing it would split them (fix it by hand; --fix-dry-run shows the fix)`,
        String(file)
      )
    }
    const uid = process.geteuid?.()
    if (uid !== undefined && uid !== 0 && stat.uid !== uid) {
      throw new WriteRefused(`not fixed: it belongs to another user (uid ${stat.uid}), and replacing it would change its owner`, String(file))
    }
    let bytes: Uint8Array = Buffer.from(content)
    if (opts.original !== undefined) {
      if (!holdsText(before.bytes, opts.original)) throw new WriteRefused('not fixed: changed on disk while checking', String(file))
      if (hasBom(before.bytes)) bytes = Buffer.concat([BOM, bytes])
    }
    tmp = writeTemp(real, bytes, uid === undefined ? undefined : {uid: stat.uid, gid: stat.gid}, stat.mode)
    // The last look: same file (identity, links, owner, mode), same bytes.
    const now = snapshot(real, maxBytes)
    if (!sameFile(now.stat, stat) || !now.bytes.equals(before.bytes)) {
      throw new WriteRefused('not fixed: changed on disk while checking', String(file))
    }
    fs.renameSync(tmp, real)
    tmp = undefined
    syncFolder(real)
  } catch (error) {
    if (tmp !== undefined) fs.rmSync(tmp, {force: true})
    throw failure(error, file)
  }
}

/** Make the rename durable (best effort: not every system can open a folder). */
function syncFolder(real: string | Buffer): void {
  let fd: number | undefined
  try {
    const dir = typeof real === 'string' ? path.dirname(real) : real.subarray(0, Math.max(1, real.lastIndexOf(47)))
    fd = fs.openSync(dir, fs.constants.O_RDONLY)
    fs.fsyncSync(fd)
  } catch {
    // Durability of the folder entry is a bonus; atomicity does not depend on it.
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/**
 * Write a file that wirelint owns (a report, the cache) without following a
 * symbolic link at its name: an exclusive temporary file beside it, renamed
 * over it (an existing report keeps its mode).  An existing link at `file` is
 * refused (never written through or replaced), except one to a FIFO or device
 * (`-o /dev/stdout`), which is written to directly, as is a FIFO or device.
 * With `root`: a file written inside that folder must not leave it through a
 * linked folder on its path.
 */
export function writeOwnFile(file: string, content: string | Uint8Array, root?: string): void {
  let tmp: string | Buffer | undefined
  try {
    const abs = path.resolve(file)
    const dir = path.dirname(abs)
    if (root !== undefined && isInside(dir, root) && !isInside(fs.realpathSync.native(dir), root)) {
      throw new WriteRefused(`${path.dirname(file)} leads outside ${root} through a symbolic link: not written`, file)
    }
    let existing: fs.Stats | undefined
    try {
      existing = fs.lstatSync(abs)
    } catch {
      existing = undefined
    }
    if (existing?.isSymbolicLink()) {
      const target = fs.statSync(abs, {throwIfNoEntry: false})
      if (target && !target.isFile() && !target.isDirectory()) {
        fs.writeFileSync(abs, content)
        return
      }
      throw new WriteRefused(`${file} is a symbolic link: not written through`, file)
    }
    if (existing && !existing.isFile()) {
      if (existing.isDirectory()) throw new WriteRefused(`${file} is a folder`, file)
      fs.writeFileSync(abs, content)
      return
    }
    const mode = existing ? existing.mode & 0o777 : 0o666 & ~process.umask()
    tmp = writeTemp(abs, typeof content === 'string' ? Buffer.from(content) : content, undefined, mode)
    fs.renameSync(tmp, abs)
    tmp = undefined
  } catch (error) {
    if (tmp !== undefined) fs.rmSync(tmp, {force: true})
    throw failure(error, file, '')
  }
}
