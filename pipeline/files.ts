/**
 * Turn command-line paths and globs into a list of files.
 * Directories recurse into checked extensions, skipping node_modules and
 * dot-folders; a glob with no match, or a missing path, is a usage error.
 */
import fs from 'node:fs'
import path from 'node:path'

export const EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'] as const

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface Expanded {
  files: string[]
  /** Paths that do not exist (reported per file; the rest is still checked). */
  missing: string[]
}

// tinyglobby (with fdir and picomatch, about 7 ms to load) only for a folder or a pattern:
// a hook passes plain file names.
let globber: typeof import('tinyglobby') | undefined
const tinyglobby = async (): Promise<typeof import('tinyglobby')> => (globber ??= await import('tinyglobby'))

export async function expandPaths(args: string[], cwd = process.cwd()): Promise<Expanded> {
  const seen = new Set<string>()
  const files: string[] = []
  const missing: string[] = []
  const add = (f: string): void => {
    const key = path.resolve(cwd, f)
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
      const {glob} = await tinyglobby()
      const found = await glob(`**/*.{${EXTENSIONS.join(',')}}`, {
        cwd: path.resolve(cwd, arg),
        ignore: ['**/node_modules/**'],
        dot: false,
        onlyFiles: true
      })
      for (const f of found.sort()) add(path.join(arg, f))
    } else if (stat) {
      add(arg)
    } else {
      const {glob, isDynamicPattern} = await tinyglobby()
      if (!isDynamicPattern(arg)) {
        missing.push(arg)
        continue
      }
      const found = await glob(arg, {cwd, ignore: ['**/node_modules/**'], dot: false, onlyFiles: true})
      if (found.length === 0) throw new UsageError(`no files match the pattern "${arg}"`)
      for (const f of found.sort()) add(f)
    }
  }
  return {files, missing}
}
