/**
 * spelling, part: British and American spellings.
 *
 * What it finds: with a `dialect` set, the other side's spelling of a word
 * ("color" in en-GB copy) and its form in the configured dialect, by
 * rewriting the spelling patterns that differ ("our"/"or", "ise"/"ize",
 * "tre"/"ter" …, two rewrites at most) until the lexicon knows the result as
 * a word of that dialect.  It also counts the words of a document that only
 * one dialect spells so, to pick the suggestion dictionary when both are
 * accepted ('en').
 */
import {FLAG, lookup} from '../support/lexicon.js'
import {DIALECT_BITS} from './known.js'

/** Pairs of British → American spelling patterns (Wikipedia, "American and British English spelling differences"). */
const GB_US: ReadonlyArray<readonly [string, string]> = [
  ['our', 'or'], ['isation', 'ization'], ['ise', 'ize'], ['ising', 'izing'], ['ised', 'ized'], ['iser', 'izer'],
  ['yse', 'yze'], ['ysing', 'yzing'], ['ysed', 'yzed'], ['tre', 'ter'], ['tres', 'ters'], ['tred', 'tered'],
  ['bre', 'ber'], ['vre', 'ver'], ['vres', 'vers'], ['vred', 'vered'], ['gre', 'ger'], ['cre', 'cer'],
  ['ogue', 'og'], ['ence', 'ense'], ['lled', 'led'], ['lling', 'ling'], ['ller', 'ler'], ['ae', 'e'],
  ['oe', 'e'], ['mme', 'm'], ['gement', 'gment'], ['eing', 'ing'], ['sc', 'sk'], ['ould', 'old'],
  ['oul', 'ol'], ['grey', 'gray'], ['yre', 'ire'], ['ough', 'ow'], ['que', 'ck'], ['kerb', 'curb'],
  ['inium', 'inum'], ['pyj', 'paj'], ['aught', 'aft'], ['ll', 'l'], ['l', 'll']
]

/** The target dialect's form of a word spelt the other way, if the lexicon knows one. */
export function dialectForm(word: string, target: 'en-US' | 'en-GB'): string | undefined {
  const own = target === 'en-US' ? FLAG.US : FLAG.GB
  const pairs = target === 'en-US' ? GB_US : GB_US.map(([a, b]) => [b, a] as const)
  const ok = (w: string): boolean => {
    const f = lookup(w)
    return (f & FLAG.LOWER) !== 0 && (f & own) !== 0
  }
  const seen = new Set<string>([word])
  let frontier = [word]
  for (let step = 0; step < 2; step++) {
    const next: string[] = []
    for (const w of frontier) {
      for (const [from, to] of pairs) {
        let at = w.indexOf(from)
        while (at !== -1) {
          const v = w.slice(0, at) + to + w.slice(at + from.length)
          if (!seen.has(v)) {
            if (ok(v)) return v
            seen.add(v)
            next.push(v)
          }
          at = w.indexOf(from, at + 1)
        }
      }
    }
    frontier = next
  }
  return undefined
}

export interface DialectCounts {
  /** GB-only and US-only dictionary words seen (to pick the suggestion dictionary in 'en'). */
  gb: number
  us: number
}

export function countDialect(word: string, counts: DialectCounts): void {
  countDialectFlags(lookup(word), counts)
}

/** countDialect, given the word's lexicon flags. */
export function countDialectFlags(f: number, counts: DialectCounts): void {
  if ((f & FLAG.LOWER) !== 0 && (f & DIALECT_BITS) !== DIALECT_BITS) {
    if (f & FLAG.GB) counts.gb++
    else counts.us++
  }
}
