/**
 * The Bloom filter of the spelling rule's suggestion table (written by
 * lexicon-build.ts next to the table, read by plugins/spelling/suggest.ts):
 * nearly every form nspell's search asks for is no word, and the filter says
 * so without the binary search (3 bits of 2²¹ per form, 123,000 forms: about
 * 0.4% of absent forms pass it and are searched).  Written by hand: the npm
 * Bloom filters build their bit sets at run time, and this one is read
 * straight from a file made at build time.
 */
export const SUGGEST_BLOOM_BITS = 1 << 21

/** The first hash: FNV-1a over the UTF-16 code units. */
function firstHash(form: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < form.length; i++) {
    h ^= form.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h
}

/** The step between the bits: murmur3's finaliser of the first hash, odd. */
function step(h: number): number {
  let g = h ^ (h >>> 16)
  g = Math.imul(g, 0x85ebca6b)
  g ^= g >>> 13
  return (Math.imul(g, 0xc2b2ae35) ^ (g >>> 16)) | 1
}

/** The filter's 3 bit positions of a form (double hashing). */
export function bloomBits(form: string): [number, number, number] {
  const h = firstHash(form)
  const g = step(h)
  const mask = SUGGEST_BLOOM_BITS - 1
  return [h & mask, (h + g) & mask, (h + 2 * g) & mask]
}

/** Whether the filter may hold the form (false: certainly absent): the bits of `bloomBits`, without its array. */
export function mayHold(filter: Uint8Array, form: string): boolean {
  const h = firstHash(form)
  const g = step(h)
  const mask = SUGGEST_BLOOM_BITS - 1
  for (let k = 0; k < 3; k++) {
    const bit = (h + k * g) & mask
    if ((filter[bit >>> 3] & (1 << (bit & 7))) === 0) return false
  }
  return true
}
