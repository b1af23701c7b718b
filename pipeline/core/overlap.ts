/**
 * One finding per problem.  When findings of different rules cover the same
 * characters, the one that explains the cause is kept and the others, its
 * symptoms, are dropped.  The priority, most explanatory first:
 *
 *  1. stray-fragment — page furniture or debris: the whole line goes, so
 *     spacing, quotes, punctuation or untranslated words inside it are moot;
 *  2. hashtags — a tag line goes the same way;
 *  3. encoding — mojibake: what other rules read there is garbage ("MÃ©xico"
 *     is not an untranslated "xico");
 *  4. markup — an entity or tag is not punctuation or a word ("&nbsp;" is not
 *     a semicolon with no space after it);
 *  5. untranslated — a source-language word is not a misspelling ("selon");
 *  6. merged-words, 7. house-style, 8. acronym, 9. number-format, 10. quotes,
 *  11. punctuation-spacing, 12. terminal-punctuation, 13. repeated-words,
 *  14. spelling, 15. name-variants, 16. calque, 17. false-friend,
 *  18. pronoun-gender, 19. article, 20. capitalization.
 *
 * Two findings conflict when they cover the same span; when the lower one
 * lies inside a furniture or tag line (whose fix deletes it); when they
 * overlap within one word ("&nbsp;" and its ";", "segÃºn" as merged words
 * and as mojibake); or when the lower one is a bare word fragment glued to
 * the higher one ("xico" after "Ã©").  Findings that overlap across words
 * otherwise are different problems and both stay (a mojibake word inside an
 * untranslated sentence; a mark standing for a lost quote inside a
 * quotation that is therefore never closed).  Findings without a place (internal errors, ignore comments) and
 * findings of one rule are never touched.
 */
import type {VFileMessage} from 'vfile-message'

export const OVERLAP_PRIORITY: readonly string[] = [
  'stray-fragment',
  'hashtags',
  'encoding',
  'markup',
  'untranslated',
  'merged-words',
  'house-style',
  'acronym',
  'number-format',
  'quotes',
  'punctuation-spacing',
  'terminal-punctuation',
  'repeated-words',
  'spelling',
  'name-variants',
  'calque',
  'false-friend',
  'pronoun-gender',
  'article',
  'capitalization'
]

const RANK = new Map(OVERLAP_PRIORITY.map((id, i) => [id, i]))
const WORD_FRAGMENT = /^[\p{L}\p{M}\p{N}'’]+$/u
const WHITE_SPACE = /\s/u

interface Span {
  message: VFileMessage
  start: number
  end: number
  rank: number
  dropped: boolean
  /** Its fix deletes the span (a furniture or tag line, or the untranslated finding standing for one). */
  deletes: boolean
  /** The characters its deletion covers (a furniture line's, for the untranslated finding standing for it). */
  coverStart: number
  coverEnd: number
}

function spanOf(message: VFileMessage): Span | undefined {
  const rank = message.ruleId ? RANK.get(message.ruleId) : undefined
  const place = message.place as {start?: {offset?: number}; end?: {offset?: number}} | undefined
  const start = place?.start?.offset
  const end = place?.end?.offset
  if (rank === undefined || typeof start !== 'number' || typeof end !== 'number' || end < start) return undefined
  return {message, start, end, rank, dropped: false, deletes: DELETES_SPAN.has(message.ruleId!), coverStart: start, coverEnd: end}
}

/** Rules whose finding deletes its whole span (a furniture line, a tag line): nothing inside it matters. */
const DELETES_SPAN: ReadonlySet<string> = new Set(['stray-fragment', 'hashtags'])

/**
 * Problems of their own inside a furniture line: a word of the source
 * language ("vandaag" in an app's date stamp) and words run together where
 * the furniture met the copy ("Previous articleIn …") are what an editor
 * fixes when the line stays, and what a reader sees when it does not.  They
 * stay beside the furniture finding unless they cover the same span.
 */
const OWN_PROBLEM_IN_FURNITURE: ReadonlySet<string> = new Set(['untranslated', 'merged-words'])

/**
 * Furniture in the source language ("Leer más", "Notícias relacionadas:") is
 * first of all text left untranslated: when an untranslated finding covers at
 * least half of a furniture line's span, it is the one kept (it names the
 * language and the English; the line's own finding is dropped).
 */
function foreignFurniture(spans: Span[]): void {
  const furniture = spans.filter((s) => s.message.ruleId === 'stray-fragment')
  if (furniture.length === 0) return
  const foreign = spans.filter((s) => s.message.ruleId === 'untranslated')
  if (foreign.length === 0) return
  // Both sorted by start: a merge walk (linear in the two lists and their overlaps).
  let k = 0
  for (const f of furniture) {
    while (k < foreign.length && foreign[k]!.end <= f.start) k++
    for (let j = k; j < foreign.length && foreign[j]!.start < f.end; j++) {
      const u = foreign[j]!
      const covered = Math.min(f.end, u.end) - Math.max(f.start, u.start)
      if (covered * 2 >= f.end - f.start) {
        f.dropped = true
        u.deletes = true
        u.coverStart = Math.min(u.coverStart, f.start)
        u.coverEnd = Math.max(u.coverEnd, f.end)
        break
      }
    }
  }
}

/** Does the lower-ranked finding `low` repeat what `high` already explains? */
function conflicts(high: Span, low: Span, text: string): boolean {
  const oneWord = (start: number, end: number): boolean => !WHITE_SPACE.test(text.slice(start, end))
  const from = Math.min(high.start, low.start)
  const to = Math.max(high.end, low.end)
  if (high.start === low.start && high.end === low.end) return true
  // Inside a deleted line: moot, but for a problem of its own (a foreign word, words run together).
  if (high.deletes && low.start >= high.coverStart && low.end <= high.coverEnd) return !OWN_PROBLEM_IN_FURNITURE.has(low.message.ruleId!)
  const overlap = Math.min(high.end, low.end) - Math.max(high.start, low.start)
  if (overlap > 0 || (low.start >= high.start && low.end <= high.end)) {
    // Across a deleted line's edge, or within one word.
    if (high.deletes && OWN_PROBLEM_IN_FURNITURE.has(low.message.ruleId!)) return false
    return oneWord(from, to)
  }
  // Touching: the lower one a word fragment glued to the higher one, no white space between.
  return overlap === 0 && WORD_FRAGMENT.test(text.slice(low.start, low.end)) && oneWord(from, to)
}

/**
 * Drop from `messages` (in place) the findings another rule's finding
 * explains, by OVERLAP_PRIORITY; returns the dropped ones.  `text` is the
 * checked file's text (offsets index it).
 */
export function resolveOverlaps(messages: VFileMessage[], text: string): VFileMessage[] {
  const spans: Span[] = []
  for (const m of messages) {
    const s = spanOf(m)
    if (s) spans.push(s)
  }
  if (spans.length < 2) return []
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  foreignFurniture(spans)
  // A sweep: each span is compared with the ones starting before it ends (or right at its end).
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!
    for (let j = i + 1; j < spans.length && spans[j]!.start <= Math.max(a.end, a.coverEnd); j++) {
      const b = spans[j]!
      if (a.message.ruleId === b.message.ruleId || a.rank === b.rank) continue
      const [high, low] = a.rank < b.rank ? [a, b] : [b, a]
      if (!high.dropped && !low.dropped && conflicts(high, low, text)) low.dropped = true
    }
  }
  const dropped = new Set(spans.filter((s) => s.dropped).map((s) => s.message))
  if (dropped.size === 0) return []
  let w = 0
  for (const m of messages) if (!dropped.has(m)) messages[w++] = m
  messages.length = w
  return [...dropped]
}
