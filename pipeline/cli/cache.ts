/**
 * `--cache`: findings keyed by file, valid while the file's content, the
 * configuration, the format and wirelint's version are unchanged (a hash of
 * all four), as ESLint and textlint do.  Stored as one JSON file in
 * `node_modules/.cache/wirelint/` (or `--cache-location`).
 *
 * Safety: the cache is read only from a regular file (never a FIFO or device,
 * at most 256 MB); an existing file that is not a wirelint cache is never
 * overwritten (`foreign`: the CLI refuses the run); it is saved through an
 * exclusive temporary file with a random name beside it, renamed over it, and
 * never through a symbolic link at its name (nor, for a cache inside the tree,
 * through a linked folder that leads out of it).  A cache that cannot be saved
 * is a warning, not a failure of the run.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {PlainMessage, SourceLanguageGuess} from '../core/messages.js'
import {readFileSafe} from '../core/read.js'
import {WriteRefused, writeOwnFile} from './write.js'

interface Entry {
  hash: string
  messages: PlainMessage[]
  /** The file's source-language guess, so a cache hit reports it as a check would. */
  sourceLanguage?: SourceLanguageGuess
}

export const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'wirelint')

const MAX_CACHE_BYTES = 256 * 1024 * 1024

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

/** Does this text start like a file wirelint's cache wrote? */
export function isCacheText(head: string): boolean {
  return /^\{"(?:wirelint":"cache"|version":\d+,"entries":)/.test(head)
}

export class ResultCache {
  private entries: Record<string, Entry> = Object.create(null)
  private changed = false
  hits = 0
  misses = 0
  /** Why the file at the cache's place must not be overwritten (not a wirelint cache), if so. */
  readonly foreign?: string

  constructor(readonly file: string) {
    let stat: fs.Stats | undefined
    try {
      stat = fs.lstatSync(file)
    } catch {
      return // No cache yet.
    }
    if (stat.isSymbolicLink()) {
      this.foreign = 'it is a symbolic link'
      return
    }
    if (!stat.isFile()) {
      this.foreign = 'it is not a regular file'
      return
    }
    if (stat.size === 0) return
    let bytes: Buffer
    try {
      bytes = readFileSafe(file, MAX_CACHE_BYTES).bytes
    } catch {
      // Unreadable or too large: ours only if it starts like one.
      this.foreign = 'it cannot be read to tell whether it is a wirelint cache'
      return
    }
    const text = bytes.toString('utf8')
    if (!isCacheText(text.slice(0, 40))) {
      this.foreign = 'it is not a wirelint cache'
      return
    }
    try {
      const data = JSON.parse(text) as {version?: number; entries?: Record<string, Entry>}
      if (data && data.version === 1 && data.entries && typeof data.entries === 'object') {
        for (const [k, v] of Object.entries(data.entries)) {
          if (v && typeof v.hash === 'string' && Array.isArray(v.messages)) this.entries[k] = v
        }
      }
    } catch {
      // A cache of ours that cannot be parsed: start empty, and replace it.
    }
  }

  /** The entry stored for a file, whatever its hash (the worker compares). */
  peek(key: string): Entry | undefined {
    return this.entries[key]
  }

  set(key: string, hash: string, messages: PlainMessage[], sourceLanguage?: SourceLanguageGuess): void {
    this.entries[key] = sourceLanguage ? {hash, messages, sourceLanguage} : {hash, messages}
    this.changed = true
  }

  /**
   * Write the cache (when something changed).  `root`: for a cache inside the
   * tree, the tree it must not leave through a linked folder.
   */
  save(root?: string): void {
    if (!this.changed) return
    if (this.foreign) throw new WriteRefused(`cache not saved: ${this.file}: ${this.foreign}`, this.file)
    fs.mkdirSync(path.dirname(this.file), {recursive: true})
    try {
      writeOwnFile(this.file, JSON.stringify({version: 1, entries: this.entries}), root)
    } catch (error) {
      throw new WriteRefused(`cache not saved: ${(error as Error).message}`, this.file)
    }
    this.changed = false
  }
}
