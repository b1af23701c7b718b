/**
 * calque, verb + object collocations: "realized a visit" (realizó una
 * visita) → "made", "celebrated elections" → "held", "presented a
 * complaint" → "filed" … (data/calque-phrases.ts, VERB_OBJECTS).
 *
 * How it decides: the verb in lower case (not an adjective after a
 * determiner), its link word if the entry has one, then within four
 * lower-case words joined by spaces one of the entry's object nouns, with
 * only noun-phrase words before it ("a brief", "two joint").  The noun must
 * end its noun phrase (no possessive; no content word after it but a time
 * word) and no clause may follow it ("realized the meeting was over": the
 * real "realize").  The fix is the entry's verb in the same tense.
 */
import {DETERMINERS} from '../data/calque-english.js'
import {VERB_OBJECTS, type VerbObject} from '../data/calque-phrases.js'
import {FUNCTION_WORDS} from '../data/english-words.js'
import {lazy} from '../support/text.js'
import {isPossessive, languages, type Add, type Scanner} from './scanner.js'

/** The verb-object entries by verb form, built on first use. */
export const verbObjects: () => Map<string, VerbObject[]> = lazy(() => {
  const map = new Map<string, VerbObject[]>()
  for (const entry of VERB_OBJECTS) {
    for (const form of Object.keys(entry.forms)) {
      const list = map.get(form) ?? []
      list.push(entry)
      map.set(form, list)
    }
  }
  return map
})

/** Words that may stand between the verb and its object: "realized a brief visit", "held two joint sessions". */
const NP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'these', 'those', 'several',
  'some', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'various', 'numerous',
  'multiple', 'another', 'new', 'first', 'second', 'third', 'last', 'final', 'many', 'further', 'more'
])

/** Words after the object that show a clause ("realized the meeting was over"): the real "realize". */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'could', 'will', 'might', 'must', 'should',
  'did', 'does', 'can', "wasn't", "weren't", "wasn’t", "weren’t", "isn't", "isn’t", 'that', 'meant', 'means',
  'itself', 'alone'
])

export function checkVerbObjects(s: Scanner, hits: readonly number[], add: Add): void {
  const {toks} = s
  const {facts} = s
  for (const i of hits) {
    const list = facts[i].objects
    if (!list || toks[i].value !== toks[i].lower) continue
    // "the celebrated trial": an adjective.
    if (s.joined(i) && DETERMINERS.has(toks[i - 1].lower)) continue
    for (const entry of list) {
      let j = i + 1
      if (entry.link) {
        if (!s.joined(j) || toks[j].lower !== entry.link) continue
        j++
      }
      const verbEnd = j
      let found: {noun: number; verb: VerbObject['objects'][number]['verb']} | undefined
      for (let n = 0; n < 4 && j < toks.length && s.joined(j); n++, j++) {
        const t = toks[j]
        if (t.value !== t.lower) break
        const object = entry.objects.find((o) => o.nouns.includes(t.lower))
        if (object) {
          found = {noun: j, verb: object.verb}
          break
        }
        const w = t.lower
        const filler = NP_WORDS.has(w) || (!FUNCTION_WORDS.has(w) && /^[a-z-]+$/.test(w) && !w.endsWith('ly'))
        if (!filler) break
      }
      if (!found) continue
      // The object ends its noun phrase and no clause follows it.
      const nounTok = toks[found.noun]
      if (isPossessive(nounTok.value)) continue
      let clause = false
      for (let k = found.noun + 1; k < Math.min(toks.length, found.noun + 4) && s.joined(k); k++) {
        if (CLAUSE_VERBS.has(toks[k].lower)) clause = true
      }
      if (clause) continue
      const next = s.joined(found.noun + 1) ? toks[found.noun + 1].lower : undefined
      if (next && !FUNCTION_WORDS.has(next) && /^[a-z-]+$/.test(next) && !TIME_WORDS.has(next) && !next.endsWith('ly')) continue
      const tense = entry.forms[toks[i].lower]
      const actual = s.text.slice(toks[i].start, toks[verbEnd - 1].end)
      const object = s.text.slice(toks[verbEnd].start, nounTok.end)
      add({
        start: toks[i].start,
        end: toks[verbEnd - 1].end,
        id: entry.id,
        tier: entry.tier,
        reason: `“${actual} ${object}” is a calque of ${languages(entry.originals)}: ${entry.why}`,
        expected: [found.verb[tense]]
      })
      break
    }
  }
}

const TIME_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'last', 'this', 'next', 'here', 'there', 'together', 'jointly'])
