/**
 * Bytes → text, with one clear error per file that cannot be checked:
 * unreadable, too large, binary (NUL bytes or mostly control characters), or
 * not valid UTF-8 (reported with the byte offset; never silently replaced).
 * A UTF-8 byte order mark is not part of the text (editors do not show it, so
 * columns and offsets do not count it): `hasBom` says it was there, and a fix
 * writes it back.
 */
import fs from 'node:fs'
import path from 'node:path'

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

export class ReadError extends Error {
  constructor(
    message: string,
    readonly path: string
  ) {
    super(message)
    this.name = 'ReadError'
  }
}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Decode bytes as UTF-8 text, or explain why they are not text. */
export function decode(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new ReadError(`file is ${bytes.length} bytes, over the ${maxBytes}-byte limit (--max-file-size)`, name)
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) throw new ReadError(`binary file (NUL byte at offset ${nul})`, name)
  let control = 0
  const sample = Math.min(bytes.length, 8192)
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++
  }
  if (sample > 0 && control / sample > 0.1) throw new ReadError('binary file (mostly control characters)', name)
  try {
    return stripBom(decoder.decode(bytes))
  } catch {
    throw new ReadError(`invalid UTF-8 at byte offset ${firstInvalidUtf8(bytes)}`, name)
  }
}

/** Offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]
    let n = 0
    let min = 0
    if (c < 0x80) {
      i++
      continue
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1
      min = 0x80
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2
      min = 0x800
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3
      min = 0x10000
    } else return i
    if (i + n >= b.length) return i
    let cp = c & (0x3f >> n)
    for (let k = 1; k <= n; k++) {
      const d = b[i + k]
      if (d === undefined || (d & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (d & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += n + 1
  }
  return -1
}

const BOM = '\uFEFF'

/** A file-system error as a ReadError with a plain reason. */
function readFailure(error: unknown, file: fs.PathLike): ReadError {
  if (error instanceof ReadError) return error
  const code = (error as NodeJS.ErrnoException).code
  const why =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ELOOP'
          ? 'too many levels of symbolic links'
          : code ?? (error as Error).message
  return new ReadError(`cannot read file: ${why}`, String(file))
}

/** What a non-regular file is, in words. */
export function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory'
  if (stat.isFIFO()) return 'a FIFO (named pipe)'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  if (stat.isSymbolicLink()) return 'a symbolic link'
  return 'not a regular file'
}

/** Is `real` (a resolved path, as text or bytes) `root` or inside it? */
export function isInside(real: string | Uint8Array, root: string): boolean {
  // Compared as bytes (one latin1 character each), so a name that is not UTF-8 compares exactly.
  const a = typeof real === 'string' ? Buffer.from(real).toString('latin1') : Buffer.from(real.buffer, real.byteOffset, real.byteLength).toString('latin1')
  const rel = path.relative(Buffer.from(root).toString('latin1'), a)
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel))
}

// Linux names an open file's current path in /proc/self/fd: checking that
// path (rather than one resolved before opening) leaves no window for a link
// swapped in between.  Elsewhere the path is resolved before opening and the
// opened file must be the same one (device and inode).
let procFd: boolean | undefined

/** The resolved path of an open file, if the system tells it. */
function fdPath(fd: number): Buffer | undefined {
  if (procFd === false) return undefined
  try {
    const p = fs.readlinkSync(`/proc/self/fd/${fd}`, {encoding: 'buffer'})
    procFd = true
    return p
  } catch {
    procFd = false
    return undefined
  }
}

/** A path resolved (`realpath`), as bytes when it was given as bytes. */
export function resolvePath(file: fs.PathLike): string | Buffer {
  return typeof file === 'string' || file instanceof URL ? fs.realpathSync.native(file) : fs.realpathSync.native(file, {encoding: 'buffer'})
}

const OPEN_READ = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0)

export interface SafeRead {
  bytes: Buffer
  /** The file's status when it was opened (identity, owner, mode, links). */
  stat: fs.Stats
  /** Its resolved path. */
  real: string | Buffer
}

/**
 * Read a file safely:
 * - only a regular file is opened (a directory, FIFO, socket or device gets an
 *   error; `stat` first, and the open is non-blocking, so a FIFO swapped in
 *   after the check never blocks either);
 * - at most `maxBytes` + 1 bytes are read, counted as they arrive (`stat.size`
 *   is not trusted: /proc files say 0);
 * - with `root`, a file that resolves outside `root` (through a symbolic link
 *   of the file or of any folder on its path) is refused, and its content is
 *   never read.
 */
export function readFileSafe(given: fs.PathLike | Uint8Array, maxBytes = DEFAULT_MAX_BYTES, root?: string): SafeRead {
  const file = asPath(given)
  let fd: number | undefined
  try {
    const stat = fs.statSync(file)
    if (!stat.isFile()) throw new ReadError(`not read: ${kindOf(stat)}`, String(file))
    if (stat.size > maxBytes) {
      throw new ReadError(`file is ${stat.size} bytes, over the ${maxBytes}-byte limit (--max-file-size)`, String(file))
    }
    let real: string | Buffer | undefined
    if (root !== undefined && procFd !== true) {
      real = resolvePath(file)
      if (!isInside(real, root)) throw outside(file, root)
    }
    fd = fs.openSync(file, OPEN_READ)
    const opened = fs.fstatSync(fd)
    if (!opened.isFile()) throw new ReadError(`not read: ${kindOf(opened)}`, String(file))
    if (opened.dev !== stat.dev || opened.ino !== stat.ino) throw new ReadError('not read: it changed while it was being opened', String(file))
    if (root !== undefined) {
      const current = fdPath(fd)
      if (current !== undefined) {
        real = current
        if (!isInside(real, root)) throw outside(file, root)
      } else if (real === undefined) {
        real = resolvePath(file)
        if (!isInside(real, root)) throw outside(file, root)
      }
    }
    const bytes = readBounded(fd, maxBytes, file)
    return {bytes, stat: opened, real: real ?? path.resolve(String(file))}
  } catch (error) {
    throw readFailure(error, file)
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/** A path as the fs module takes it (bytes that crossed a worker boundary arrive as a Uint8Array). */
export function asPath(p: fs.PathLike | Uint8Array): fs.PathLike {
  return typeof p === 'string' || p instanceof URL || Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength)
}

function outside(file: fs.PathLike, root: string): ReadError {
  return new ReadError(`not read: it leads outside ${root} through a symbolic link`, String(file))
}

/** Read from an open file until its end, or fail past `maxBytes`. */
export function readBounded(fd: number, maxBytes: number, file: fs.PathLike): Buffer {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(maxBytes + 1 - total, 1), 1 << 20))
    const n = fs.readSync(fd, chunk, 0, chunk.length, null)
    if (n === 0) break
    total += n
    if (total > maxBytes) {
      throw new ReadError(`file is over the ${maxBytes}-byte limit (--max-file-size)`, String(file))
    }
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n))
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total)
}

/** Remove a leading byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Does the file start with a UTF-8 byte order mark? */
export function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}

export function withBom(text: string, bom: boolean): string {
  return bom && !text.startsWith(BOM) ? BOM + text : text
}

/** Read and decode a file (see `readTextSync`; kept async for callers that await). */
export async function readText(file: fs.PathLike | Uint8Array, maxBytes = DEFAULT_MAX_BYTES, root?: string): Promise<string> {
  return readTextSync(file, maxBytes, root)
}

/**
 * Read and decode a file, synchronously: blocking on a small file costs less
 * than the round trip of an asynchronous read (a worker thread would sit idle
 * while libuv fetches it).  See `readFileSafe` for what is refused.
 */
export function readTextSync(file: fs.PathLike | Uint8Array, maxBytes = DEFAULT_MAX_BYTES, root?: string): string {
  return decode(readFileSafe(file, maxBytes, root).bytes, String(file), maxBytes)
}
