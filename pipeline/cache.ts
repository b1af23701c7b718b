/**
 * `--cache`: findings keyed by file, valid while the file's content, the
 * configuration, the format and wirelint's version are unchanged (a hash of
 * all four), as ESLint and textlint do.  Stored as one JSON file in
 * `node_modules/.cache/wirelint/` (or `--cache-location`), written atomically
 * at the end of the run.  A corrupt or unreadable cache is ignored.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {PlainMessage} from './messages.js'

interface Entry {
  hash: string
  messages: PlainMessage[]
}

export const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'wirelint')

export function cacheFile(location: string | undefined, cwd = process.cwd()): string {
  if (!location) return path.resolve(cwd, DEFAULT_CACHE_DIR, 'cache.json')
  const resolved = path.resolve(cwd, location)
  if (location.endsWith('/') || location.endsWith(path.sep)) return path.join(resolved, 'cache.json')
  try {
    if (fs.statSync(resolved).isDirectory()) return path.join(resolved, 'cache.json')
  } catch {
    // A file to be created.
  }
  return resolved
}

export class ResultCache {
  private entries: Record<string, Entry> = Object.create(null)
  private changed = false
  hits = 0
  misses = 0

  constructor(readonly file: string) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {version?: number; entries?: Record<string, Entry>}
      if (data && data.version === 1 && data.entries && typeof data.entries === 'object') {
        for (const [k, v] of Object.entries(data.entries)) {
          if (v && typeof v.hash === 'string' && Array.isArray(v.messages)) this.entries[k] = v
        }
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** The entry stored for a file, whatever its hash (the worker compares). */
  peek(key: string): Entry | undefined {
    return this.entries[key]
  }

  set(key: string, hash: string, messages: PlainMessage[]): void {
    this.entries[key] = {hash, messages}
    this.changed = true
  }

  save(): void {
    if (!this.changed) return
    fs.mkdirSync(path.dirname(this.file), {recursive: true})
    const tmp = `${this.file}.${process.pid}.tmp`
    fs.writeFileSync(tmp, JSON.stringify({version: 1, entries: this.entries}))
    fs.renameSync(tmp, this.file)
    this.changed = false
  }
}
