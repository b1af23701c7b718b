/**
 * Bytes → text, with one clear error per file that cannot be checked:
 * unreadable, too large, binary (NUL bytes or mostly control characters), or
 * not valid UTF-8 (reported with the byte offset; never silently replaced).
 * A UTF-8 byte order mark is not part of the text (editors do not show it, so
 * columns and offsets do not count it): `hasBom` says it was there, and a fix
 * writes it back.
 */
import fs from 'node:fs'

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
function readFailure(error: unknown, file: string): ReadError {
  if (error instanceof ReadError) return error
  const code = (error as NodeJS.ErrnoException).code
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code ?? (error as Error).message
  return new ReadError(`cannot read file: ${why}`, file)
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
export async function readText(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  return readTextSync(file, maxBytes)
}

/**
 * Read and decode a file, synchronously: blocking on a small file costs less
 * than the round trip of an asynchronous read (a worker thread would sit idle
 * while libuv fetches it).
 */
export function readTextSync(file: string, maxBytes = DEFAULT_MAX_BYTES): string {
  let bytes: Buffer
  try {
    const stat = fs.statSync(file)
    if (stat.isDirectory()) throw new ReadError('is a directory', file)
    if (stat.size > maxBytes) {
      throw new ReadError(`file is ${stat.size} bytes, over the ${maxBytes}-byte limit (--max-file-size)`, file)
    }
    bytes = fs.readFileSync(file)
  } catch (error) {
    throw readFailure(error, file)
  }
  return decode(bytes, file, maxBytes)
}
