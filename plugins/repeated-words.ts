/**
 * repeated-words: a word repeated by mistake, "the the", "of of", "will will"
 * — the check of retext-repeated-words, re-implemented over the shared index.
 *
 * Why not run retext-repeated-words itself and re-map its messages: it walks
 * the tree with unist-util-visit (the house rules forbid a second walk; on the
 * clean news corpus its pass took about 4× this rule's), its allow-list is
 * private (not exported, so it cannot be extended), its messages carry their
 * own rule ids ("the") and no fix, and on that corpus 9 of its 33 reports were
 * correct English ("no no no", "really really", "to this this new law",
 * "placed in in the past").  This rule keeps its semantics and adds ours:
 * - two words of a sentence separated by white space only, equal ignoring
 *   case ("The the" counts; "in. In" does not: punctuation stands between);
 * - never reported: its own allow-list ("had had", "that that", "blah
 *   blah"…), plus English reduplications and emphatic repeats ("bye bye",
 *   "no no", "very very", "gave her her medal"), data/repeated-words.ts;
 * - a capitalised second word is a name or title ("Duran Duran", "Walla
 *   Walla", "Bafana Bafana"), except a capitalised function word doubled
 *   ("The The"); single capitals are initials ("M M Naravane"); all-capital
 *   repeats count only for dictionary words ("THE THE");
 * - "is is", "did did" after a free relative ("What it is is a loan") and
 *   "this this" after a preposition ("Add to this this law") are fine;
 * - a doubled particle after a verb ("placed in in the past", "waiting for for
 *   years") is probably correct: reported as information only;
 * - "I I said" (a transcript's stammer: the pronoun doubled before a
 *   lower-case word; single capitals elsewhere are initials), "to TO THE
 *   NEWS" (a lower-case function word doubled where a line of capitals
 *   begins), "are [are]" and "[the] the" (a bracketed insertion repeating
 *   its neighbour);
 * - "ready and ready", "weakened and weakened by", "the manner and manner
 *   of": a word joined to itself by "and" in the shapes of a source's pair of
 *   synonyms collapsed into one English word (information, no unattended
 *   fix); English intensifying repeats ("more and more", "growing and
 *   growing", "years and years", "again and again") and compounds ("clothing
 *   and clothing accessory stores") stay quiet.
 * A run ("the the the") is one finding; the fix deletes the repeats and the
 * space before each.
 */
import {
  ARTICLES,
  CAPITALISED_FUNCTION_WORDS,
  COPULAS,
  DEMONSTRATIVE_LEADS,
  DEMONSTRATIVES,
  DOUBLING_VERBS,
  FREE_RELATIVE_STARTERS,
  INTENSIFYING_REPEATS,
  PARTICLES,
  PARTICLE_VERBS,
  REDUPLICATIONS,
  RETEXT_ALLOWED
} from './data/repeated-words.js'
import type {ParagraphInfo, WordInfo} from './support/document.js'
import {isCommonWord} from './support/lexicon.js'
import {defineRule, ruleUrl, type RuleMeta, type Severity} from './support/rule.js'
import {APOSTROPHE, LETTER, LOWER, UPPER} from './support/text.js'

export const meta: RuleMeta = {
  id: 'repeated-words',
  description: 'A word repeated by mistake: "the the" (the check of retext-repeated-words).',
  severity: 'warning',
  fixable: true,
  url: ruleUrl('repeated-words'),
  docs: {
    decides:
      'Two words of one sentence separated by white space only and equal ignoring case and apostrophe style form a ' +
      'repeat; a run of copies is one finding, and the fix deletes the copies with the space before each. Never ' +
      'reported: retext-repeated-words\' own allow-list ("had had", "that that"), English reduplications and emphatic ' +
      'repeats ("bye bye", "no no", "very very"), a capitalised second word (names and titles: "Duran Duran", ' +
      'unless a function word is doubled: "The The"), single capitals (initials), all-capital repeats of words that ' +
      'are not dictionary words, a doubled verb after a free relative ("What it is is …") and a doubled ' +
      'demonstrative after a preposition ("Add to this this …"). A doubled particle after a verb ("placed in in ' +
      'the past") is probably correct and reported as information only, never deleted unattended. Also reported: ' +
      '"I I" before a lower-case word (a stammer, not initials), a lower-case function word doubled in capitals where a ' +
      'line of capitals begins ("to TO THE NEWS"), a word repeated in square brackets next to itself ("are [are]", ' +
      '"[the] the"; the fix deletes the bracketed copy), and, as information with no unattended fix, a word joined to ' +
      'itself by "and" in the shapes of a collapsed pair of source synonyms: an adjective after a form of "be" or in a ' +
      'list before "to" ("ready and ready to"), a participle before "by", a singular noun after an article before "of" ' +
      '("the manner and manner of"); intensifying repeats ("more and more", "growing and growing", "years and years", ' +
      '"again and again") never. Configured `words` (the word, or the doubled phrase) are accepted.'
  },
  examples: {
    ok: [
      'The board had had enough, and said that that was final.',
      'Duran Duran played Walla Walla before Bafana Bafana kicked off.',
      'What the plan is is a loan, the minister said. In the end it passed.',
      'Add to this this new levy, and the cost rises. "No no no," she said.',
      'Fans said bye bye to the coach who gave her her first cap.',
      'Army chief General M M Naravane met Mr Gandhi.',
      'Prices rose more and more, again and again; confidence kept growing and growing.'
    ],
    notOk: [
      {text: 'The minister said the the plan would pass.', line: 1, column: 19, actual: 'the the', fix: ''},
      {text: 'Ministers met.\nThe The government resigned on Friday.', line: 2, column: 1, actual: 'The The', fix: ''},
      {text: 'The cost of of the scheme rose.', line: 1, column: 10, actual: 'of of', fix: ''},
      {text: 'She will will not resign, aides said.', line: 1, column: 5, actual: 'will will', fix: ''},
      {text: 'Yes, we are [are] fully committed.', line: 1, column: 9, actual: 'are [are]', fix: ''},
      {text: 'We are ready and ready to win, the captain said.', line: 1, column: 8, actual: 'ready and ready', fix: 'ready'}
    ]
  }
}

const ALLOWED: ReadonlySet<string> = new Set([...RETEXT_ALLOWED, ...REDUPLICATIONS])

/** Apostrophes normalised for comparison ("it’s it's"). */
const fold = (s: string): string => s.toLowerCase().replace(/’/g, "'")

type Shape = 'lower' | 'title' | 'caps' | 'initial' | 'other'

function shapeOf(v: string): Shape {
  const head = v[0]
  const tail = v.slice(1)
  if (!UPPER.test(head)) return LOWER.test(v) && !UPPER.test(v) ? 'lower' : 'other'
  if (!LOWER.test(v)) return v.replace(/[^\p{L}]/gu, '').length === 1 ? 'initial' : 'caps'
  if (!UPPER.test(tail)) return 'title'
  return 'other'
}

export default defineRule({
  meta,
  check({index, severity, accepted, reportText}) {
    const emitBracketed = (paragraph: ParagraphInfo, start: number, end: number, value: string, fixStart: number, fixEnd: number): void => {
      const [fs, fe] = index.range(paragraph, fixStart, fixEnd)
      reportText(paragraph, start, end, {
        severity,
        reason: `“${value}” is repeated in brackets: an insertion that duplicates the word next to it; keep one`,
        expected: [''],
        fixRange: [fs, fe]
      })
    }
    const emitDoublet = (paragraph: ParagraphInfo, start: number, end: number, value: string, level: Severity): void => {
      reportText(paragraph, start, end, {
        severity: level,
        reason: `“${value} and ${value}”: two words of the source (a pair of near-synonyms) translated as one — keep one, or find the second word`,
        expected: [value],
        safe: false
      })
    }
    for (const paragraph of index.paragraphs) {
      const words = paragraph.words
      let i = 0
      while (i + 1 < words.length) {
        const a = words[i]
        // The run of copies of `a` separated by white space only.
        let j = i
        while (j + 1 < words.length && isRepeat(paragraph, words[j], words[j + 1])) j++
        if (j === i) {
          // "are [are]", "[the] the": a transcript's bracketed insertion that repeats its neighbour.
          if (bracketed(paragraph, words, i, emitBracketed)) {
            i += 2
            continue
          }
          // "ready and ready", "the manner and manner of": a source doublet collapsed into one word.
          if (doublet(paragraph, words, i, severity, accepted, emitDoublet)) {
            i += 3
            continue
          }
          i++
          continue
        }
        const level = judge(paragraph, words, i, severity, accepted)
        if (level) {
          const last = words[j]
          const count = j - i + 1
          const value = a.value
          const [fixStart, fixEnd] = index.range(paragraph, a.end, last.end)
          const doubtful = level === 'info' && severity !== 'info'
          reportText(paragraph, a.start, last.end, {
            severity: level,
            reason: doubtful
              ? `“${value}” is repeated: correct if a phrasal verb ends before it (“placed in in the past”); otherwise delete the second one`
              : count === 2
                ? `“${value}” is repeated: delete the second one`
                : `“${value}” is repeated ${count} times: keep one`,
            expected: [''],
            fixRange: [fixStart, fixEnd],
            // Probably correct: never deleted unattended.
            safe: !doubtful
          })
        }
        i = j + 1
      }
    }
  }
})

/** `b` follows `a` with white space only between, and is the same word. */
function isRepeat(paragraph: ParagraphInfo, a: WordInfo, b: WordInfo): boolean {
  const x = a.value
  const y = b.value
  if (x.length !== y.length) return false
  if (x !== y) {
    const same = sameAscii(x, y)
    if (same === 0) return false
    if (same < 0) {
      const lx = x.toLowerCase()
      const ly = y.toLowerCase()
      if (lx !== ly && (!APOSTROPHE.test(lx) || fold(lx) !== fold(ly))) return false
    }
  }
  if (!isGap(paragraph.text, a.end, b.start)) return false
  return LETTER.test(x)
}

/**
 * Two different strings of one length: 1 if they are ASCII and equal ignoring
 * case, 0 if they are ASCII and differ (lower case and apostrophe folding
 * cannot join them), -1 if either holds a non-ASCII character (compare their
 * lower case).  No strings built.
 */
function sameAscii(x: string, y: string): number {
  let same = 1
  for (let i = 0; i < x.length; i++) {
    const p = x.charCodeAt(i)
    const q = y.charCodeAt(i)
    if (p >= 128 || q >= 128) return -1
    if (p === q) continue
    const l = p | 32
    if (l !== (q | 32) || l < 97 || l > 122) same = 0
  }
  return same
}

/**
 * The text between two words is white space only, at least one character:
 * space, tab, no-break, thin or narrow no-break space, CR, LF.  Char codes,
 * no slice.
 */
function isGap(text: string, start: number, end: number): boolean {
  if (end <= start) return false
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x2009 && c !== 0x202f && c !== 13 && c !== 10) return false
  }
  return true
}

/** The severity to report the repeat starting at words[i] with, or undefined to stay silent. */
function judge(
  paragraph: ParagraphInfo,
  words: WordInfo[],
  i: number,
  severity: Severity,
  accepted: ReadonlySet<string>
): Severity | undefined {
  const a = words[i]
  const b = words[i + 1]
  const lower = fold(a.value)
  if (ALLOWED.has(lower)) return undefined
  if (accepted.has(lower) || accepted.has(`${lower} ${lower}`)) return undefined
  const sa = shapeOf(a.value)
  const sb = shapeOf(b.value)
  // "I I said": a stammer of a transcript (or of the translation), not initials ("M M Naravane"):
  // the pronoun doubled before a lower-case word.
  if (a.value === 'I' && b.value === 'I') {
    const next = words[i + 2]
    return next && next.sentence === b.sentence && shapeOf(next.value) === 'lower' && isGap(paragraph.text, b.end, next.start) ? severity : undefined
  }
  if (sb === 'other' || sa === 'other' || sb === 'initial') return undefined
  // "ADD A COMMENT to TO THE NEWS": a function word doubled where capitals begin.
  if (sa === 'lower' && sb === 'caps') {
    const next = words[i + 2]
    const capsFollow = next !== undefined && next.sentence === b.sentence && shapeOf(next.value) === 'caps' && isGap(paragraph.text, b.end, next.start)
    return capsFollow && CAPITALISED_FUNCTION_WORDS.has(lower) ? severity : undefined
  }
  if (sb === 'title') {
    // "Duran Duran", "Sirhan Sirhan", "Spend Spend Spend": names and titles.
    if (sa !== 'title' || !CAPITALISED_FUNCTION_WORDS.has(lower)) return undefined
  }
  if (sb === 'caps' && (sa !== 'caps' || !isCommonWord(lower))) return undefined
  if (sb === 'lower' && sa === 'caps') return undefined

  // Only words of the same sentence before the repeat.
  const prev = i > 0 && words[i - 1].sentence === a.sentence ? fold(words[i - 1].value) : ''

  if (DOUBLING_VERBS.has(lower)) {
    // "What it is is …": a free relative before the doubled verb.
    for (let k = i - 1; k >= 0 && k >= i - 8 && words[k].sentence === a.sentence; k--) {
      if (FREE_RELATIVE_STARTERS.has(fold(words[k].value))) return undefined
    }
  }
  if (DEMONSTRATIVES.has(lower) && DEMONSTRATIVE_LEADS.has(prev)) return undefined
  if (PARTICLES.has(lower) && prev !== '' && isVerbLike(prev)) {
    return severity === 'error' || severity === 'warning' ? 'info' : severity
  }
  return severity
}

/** A verb or participle that may end in a particle ("placed", "waiting", "believe"). */
function isVerbLike(word: string): boolean {
  if (PARTICLE_VERBS.has(word)) return true
  if (word.length > 4 && (word.endsWith('ed') || word.endsWith('ing'))) return true
  if (word.length > 3 && word.endsWith('s') && PARTICLE_VERBS.has(word.slice(0, -1))) return true
  if (word.length > 4 && word.endsWith('es') && PARTICLE_VERBS.has(word.slice(0, -2))) return true
  return false
}

/**
 * "are [are]", "[the] the": a word and the same word in square brackets next
 * to it (an editor's or transcriber's insertion that repeats what is already
 * there).  Reports the pair; the fix deletes the bracketed copy with its
 * space.  Returns whether it reported.
 */
function bracketed(
  paragraph: ParagraphInfo,
  words: WordInfo[],
  i: number,
  emit: (p: ParagraphInfo, start: number, end: number, value: string, fixStart: number, fixEnd: number) => void
): boolean {
  const a = words[i]
  const b = words[i + 1]
  if (!b || a.sentence !== b.sentence) return false
  const t = paragraph.text
  // Cheap tests first (this runs for every word): a bracket next to one of the two.
  if (t.charCodeAt(b.start - 1) !== 91 && t.charCodeAt(a.start - 1) !== 91) return false
  if (a.value.length !== b.value.length || fold(a.value) !== fold(b.value) || !LETTER.test(a.value)) return false
  // "are [are]"
  if (t.slice(a.end, b.start) === ' [' && t[b.end] === ']') {
    emit(paragraph, a.start, b.end + 1, b.value, a.end, b.end + 1)
    return true
  }
  // "[the] the"
  if (t[a.start - 1] === '[' && t.slice(a.end, b.start) === '] ') {
    emit(paragraph, a.start - 1, b.end, a.value, a.start - 1, b.start)
    return true
  }
  return false
}

/**
 * "ready and ready", "weakened and weakened by", "the manner and manner of":
 * one word joined to itself by "and" where English repeats a word only to
 * intensify ("more and more", "again and again", "growing and growing",
 * "years and years") or to start a compound ("clothing and clothing
 * accessory stores").  Reported, as information, only in the shapes of a
 * collapsed pair of synonyms: an adjective or participle after a form of
 * "be" or in a list, a participle before its agent ("by"), a singular noun
 * after an article and before "of".  Returns whether it reported.
 */
function doublet(
  paragraph: ParagraphInfo,
  words: WordInfo[],
  i: number,
  severity: Severity,
  accepted: ReadonlySet<string>,
  emit: (p: ParagraphInfo, start: number, end: number, value: string, level: Severity) => void
): boolean {
  const and = words[i + 1]
  if (and.value !== 'and') return false
  const a = words[i]
  const b = words[i + 2]
  if (!b || a.sentence !== b.sentence || a.value !== b.value) return false
  const t = paragraph.text
  if (!isGap(t, a.end, and.start) || !isGap(t, and.end, b.start)) return false
  const w = a.value
  if (shapeOf(w) !== 'lower' || w.length < 4) return false
  if (ALLOWED.has(w) || accepted.has(w) || accepted.has(`${w} and ${w}`) || INTENSIFYING_REPEATS.has(w)) return false
  // Progressive and comparative repeats ("growing and growing", "bigger and bigger"), plurals ("years and years").
  if (w.endsWith('ing') || w.endsWith('s')) return false
  const comparative = w.endsWith('er')
  const prev = i > 0 && words[i - 1].sentence === a.sentence ? words[i - 1] : undefined
  const next = words[i + 3] && words[i + 3].sentence === b.sentence ? words[i + 3] : undefined
  const prevWord = prev ? fold(prev.value) : ''
  const nextWord = next ? fold(next.value) : ''
  const listBefore = prev !== undefined && /^,\s*$/.test(t.slice(prev.end, a.start))
  const copulaBefore = COPULAS.has(prevWord)
  const participle = w.endsWith('ed')
  const shape =
    ((copulaBefore || listBefore) && !participle && !comparative && nextWord === 'to') ||
    ((copulaBefore || listBefore) && participle && nextWord === 'by') ||
    (ARTICLES.has(prevWord) && nextWord === 'of')
  if (!shape) return false
  const level: Severity = severity === 'error' || severity === 'warning' ? 'info' : severity
  emit(paragraph, a.start, b.end, w, level)
  return true
}
