/**
 * A least-recently-used cache bounded by the summed size of its entries (an
 * estimate in bytes given with each entry), not by their number: one
 * configuration may carry a thousand words, another none.  An entry larger
 * than the whole budget is not kept.  The one cache of built processors
 * (processor.ts) and the service's cache of request configurations use it.
 */
import type {ResolvedConfig} from './config.js'

export class SizedLru<V> {
  private map = new Map<string, {value: V; size: number}>()
  private total = 0
  constructor(readonly maxBytes: number) {}
  get(key: string): V | undefined {
    const entry = this.map.get(key)
    if (entry === undefined) return undefined
    this.map.delete(key)
    this.map.set(key, entry)
    return entry.value
  }
  set(key: string, value: V, size: number): void {
    const old = this.map.get(key)
    if (old) {
      this.map.delete(key)
      this.total -= old.size
    }
    if (size > this.maxBytes) return
    this.map.set(key, {value, size})
    this.total += size
    while (this.total > this.maxBytes) {
      const oldest = this.map.keys().next().value as string
      this.total -= this.map.get(oldest)!.size
      this.map.delete(oldest)
    }
  }
  /** Entries and their summed size. */
  stats(): {entries: number; bytes: number; maxBytes: number} {
    return {entries: this.map.size, bytes: this.total, maxBytes: this.maxBytes}
  }
}

/**
 * What a configuration costs once a processor is built for it, estimated
 * from its words (each word is indexed by several rules: about 400 bytes per
 * word plus 16 per character, measured) and its serialized rules.
 */
export function checkerBytes(config: ResolvedConfig): number {
  let chars = 0
  for (const w of config.words) chars += w.length
  return 32 * 1024 + 400 * config.words.length + 16 * chars + 2 * config.key.length
}
