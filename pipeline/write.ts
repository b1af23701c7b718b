/**
 * Writing a fixed file without ever losing data: the new text goes to a
 * temporary file in the same folder, is flushed, gets the original file's
 * mode, and replaces the original with one rename — an interrupted run
 * leaves either the old or the new file.  Refuses read-only files and
 * symbolic links that lead out of the project.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export class WriteRefused extends Error {
  constructor(
    message: string,
    readonly path: string
  ) {
    super(message)
    this.name = 'WriteRefused'
  }
}

/**
 * Replace `file`'s content atomically.  `root` is the folder a symbolic link
 * may point into (the repository or the working directory).
 */
export function writeAtomic(file: string, content: string, root = process.cwd()): void {
  let target = path.resolve(file)
  const link = fs.lstatSync(target)
  if (link.isSymbolicLink()) {
    const real = fs.realpathSync(target)
    const realRoot = fs.realpathSync(root)
    const rel = path.relative(realRoot, real)
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new WriteRefused(`not fixed: it is a symbolic link to ${real}, outside ${realRoot}`, file)
    }
    target = real
  }
  const stat = fs.statSync(target)
  try {
    fs.accessSync(target, fs.constants.W_OK)
  } catch {
    throw new WriteRefused('not fixed: the file is read-only', file)
  }
  if ((stat.mode & 0o222) === 0) throw new WriteRefused('not fixed: the file is read-only', file)

  const dir = path.dirname(target)
  const tmp = path.join(dir, `.${path.basename(target)}.wirelint-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`)
  let fd: number | undefined
  try {
    fd = fs.openSync(tmp, 'wx', stat.mode & 0o7777)
    fs.writeFileSync(fd, content)
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fd = undefined
    fs.chmodSync(tmp, stat.mode & 0o7777)
    fs.renameSync(tmp, target)
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd)
    fs.rmSync(tmp, {force: true})
    throw error
  }
}
