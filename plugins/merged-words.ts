/**
 * merged-words: two words joined where a space, comma or dash was lost when
 * the copy was stripped of markup: "Aleppothe", "deadmostly", "MadridPresident".
 *
 * How: a token unknown to the lexicon (en-US + en-GB Hunspell forms and a big
 * English word list) is tried at every split point with plain look-ups
 * (linear in the token's length; no nspell `suggest()`).  A split counts only
 * with evidence that the join is an accident and not a compound or a name:
 * - lower case: the right part is a function word ("ticketsand"), an -ly
 *   adverb ("deadmostly") or a past-tense verb after a long noun
 *   ("governmentannounced"), or the left part is a determiner/auxiliary
 *   ("thegovernment");  noun+noun joins are left alone (mostly real compounds);
 * - sentence case: the left part is a name (in the dictionary or used on its own
 *   in the same document) or the right part is a function word, verb or adverb
 *   ("Aleppothe", "Senateapproved", "Forumwhere");
 * - camel case: only a name glued to a capitalised common word
 *   ("MadridPresident"); "TimeWarner", "BankAmerica" are brands.
 * Tokens that recur in the document, accepted words and syntax (hashtags,
 * URLs) are never flagged.
 */
import {
  APPOSITION_NOUNS,
  APPOSITION_STARTERS,
  JOINING_WORDS,
  JOIN_LEFT_WORDS,
  SHORT_JOINING_WORDS,
  TITLE_JOINING_WORDS,
  NAME_SUFFIXES,
  REPORTING_VERBS
} from './data/english-words.js'
import type {DocumentIndex, WordInfo} from './support/document.js'
import {isCommonWord, isDictionaryName, isKnownToken, lookup, FLAG} from './support/lexicon.js'
import {defineRule, ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'
import {judgeWithEvidence, LETTERS_ONLY, LOWER_ONLY, UPPER} from './support/text.js'

export const meta: RuleMeta = {
  id: 'merged-words',
  description: 'Two words run together where a space, comma or dash was lost ("Aleppothe", "deadmostly").',
  severity: 'error',
  fixable: true,
  url: ruleUrl('merged-words'),
  docs: {
    decides:
      'Candidates are tokens of 5 to 40 letters that the lexicon (en-US and en-GB Hunspell forms and a large English ' +
      'word list) does not know, used once in the document, not accepted in `words`, and shaped lower case, sentence ' +
      'case or as one name glued to a capitalised word. Each split point is tried with plain look-ups, and a split ' +
      'counts only with evidence that the join is an accident: in lower case, a function word, an -ly adverb or a ' +
      'reporting verb on the right, or a determiner or auxiliary on the left (noun + noun joins are left alone: ' +
      'mostly real compounds); in sentence case, a left part that is a name (in the dictionary or used on its own ' +
      'in the same document) or a right part that is a function word, verb or adverb; in camel case, only a name ' +
      'glued to a capitalised common word ("MadridPresident"; "TimeWarner" is a brand). The best-scoring split ' +
      'is the fix; an apposition starter ("the", "where") adds a comma candidate first, and then nothing is fixed ' +
      'unattended (nor a camel-case split).'
  },
  examples: {
    ok: [
      'Netanyahu met Hezbollah envoys in the newsroom.',
      'TimeWarner and BankAmerica reported results.',
      'The iPhone sold well at McDonald outlets in Türkiye, Araghchi said.',
      'Nevertheless, lawmakers backed the programme anyway.',
      'The labour market improved.'
    ],
    notOk: [
      {text: 'The rebels took control of Aleppothe country’s second city. Aleppo fell.', line: 1, column: 28, actual: 'Aleppothe', fix: 'Aleppo, the'},
      {text: 'The attack left 412 deadmostly combatants.', line: 1, column: 21, actual: 'deadmostly', fix: 'dead, mostly'},
      {text: 'Fans queued for ticketsand programmes.', line: 1, column: 17, actual: 'ticketsand', fix: 'tickets and'},
      {text: 'The Senateapproved the bill on Friday.', line: 1, column: 5, actual: 'Senateapproved', fix: 'Senate approved'},
      {text: 'Officials in MadridPresident Pedro Sanchez spoke.', line: 1, column: 14, actual: 'MadridPresident', fix: 'Madrid President'}
    ]
  }
}

export interface MergedWordsOptions extends RuleOptions {}

type Shape = 'lower' | 'title' | 'camel'

interface Split {
  left: string
  right: string
  score: number
}

function shapeOf(token: string): Shape | undefined {
  if (LOWER_ONLY.test(token)) return 'lower'
  const first = token[0]
  const rest = token.slice(1)
  if (!UPPER.test(first)) return undefined
  if (LOWER_ONLY.test(rest)) return 'title'
  // Exactly one more capital, followed by lower case: "MadridPresident".
  let caps = 0
  let at = -1
  for (let i = 1; i < token.length; i++) {
    if (UPPER.test(token[i])) {
      caps++
      at = i
    }
  }
  if (caps === 1 && at >= 3 && at <= token.length - 3 && LOWER_ONLY.test(token.slice(1, at)) && LOWER_ONLY.test(token.slice(at + 1))) {
    return 'camel'
  }
  return undefined
}

/** Does "an" fit before this word ("an NGO", "an offensive")? */
function takesAn(next: string | undefined): boolean {
  if (!next) return false
  if (/^[aeiouAEIOU]/.test(next)) return !/^(?:uni|use|usu|eu|one|once)/i.test(next)
  if (/^[A-Z]{2,}$/.test(next)) return /^[AEFHILMNORSX]/.test(next)
  return /^(?:hour|honest|honou?r|heir)/i.test(next)
}

function isAdverb(lower: string): boolean {
  return lower.length >= 5 && lower.endsWith('ly') && isCommonWord(lower)
}

/** A past-tense verb: "-ed" in the dictionary, or a reporting verb ("said"). */
function isPastVerb(lower: string): boolean {
  return (lower.length >= 5 && lower.endsWith('ed') && isCommonWord(lower)) || REPORTING_VERBS.has(lower)
}

/** A token that may be two words run together. */
interface Candidate {
  word: WordInfo
  shape: Shape
}

export default defineRule<MergedWordsOptions>({
  meta,
  check({index, accepted, report}) {
    const candidates: Candidate[] = []
    for (const word of index.words) {
      const token = word.value
      if (token.length < 5 || token.length > 40 || !LETTERS_ONLY.test(token)) continue
      if (isKnownToken(token)) continue
      const lower = token.toLowerCase()
      if (accepted.has(lower)) continue
      if ((index.lowerCounts.get(lower) ?? 0) > 1) continue
      const shape = shapeOf(token)
      if (shape) candidates.push({word, shape})
    }
    // The document's names are worked out only when it has a candidate: most have none.
    judgeWithEvidence(candidates, () => documentNames(index), ({word, shape}, names) => {
      const token = word.value
      const split = bestSplit(token, shape, names, accepted, nextWord(word))
      if (!split) return
      const {left, right} = split
      const rightLower = right.toLowerCase()
      const expected =
        shape !== 'camel' && APPOSITION_STARTERS.has(rightLower)
          ? [`${left}, ${right}`, `${left} ${right}`]
          : [`${left} ${right}`]
      const [start, end] = index.range(word.paragraph, word.start, word.end)
      report({
        start,
        end,
        reason: `“${token}” looks like “${left}” and “${right}” run together (a space, comma or dash lost in conversion)`,
        expected,
        safe: shape !== 'camel'
      })
    })
  }
})

function nextWord(word: WordInfo): string | undefined {
  const words = word.sentence.words
  const i = words.indexOf(word)
  return i >= 0 ? words[i + 1]?.value : undefined
}

/**
 * Names the document uses on their own: capitalised words that are not the
 * first word of their sentence, or recur.
 */
function documentNames(index: DocumentIndex): Set<string> {
  const names = new Set<string>()
  for (const s of index.paragraphs) {
    for (const sentence of s.sentences) {
      const words = sentence.words
      for (let i = 0; i < words.length; i++) {
        const v = words[i].value
        if (v.length < 2 || !UPPER.test(v[0]) || !LOWER_ONLY.test(v.slice(1))) continue
        if (i > 0 || (index.counts.get(v) ?? 0) > 1) names.add(v.toLowerCase())
      }
    }
  }
  return names
}

function bestSplit(
  token: string,
  shape: Shape,
  names: ReadonlySet<string>,
  accepted: ReadonlySet<string>,
  next: string | undefined
): Split | undefined {
  if (shape === 'camel') {
    let at = 1
    while (at < token.length && !UPPER.test(token[at])) at++
    const left = token.slice(0, at)
    const right = token.slice(at)
    const l = left.toLowerCase()
    const r = right.toLowerCase()
    const leftIsName = (names.has(l) || isDictionaryName(l) || accepted.has(l)) && !isCommonWord(l)
    if (left.length >= 4 && leftIsName && right.length >= 4 && isCommonWord(r) && !NAME_SUFFIXES.has(r)) {
      return {left, right, score: 1}
    }
    return undefined
  }

  let best: Split | undefined
  for (let i = 2; i <= token.length - 2; i++) {
    const left = token.slice(0, i)
    const right = token.slice(i)
    const score = shape === 'lower' ? scoreLower(left, right, next) : scoreTitle(left, right, names, accepted, next)
    if (score > 0 && (!best || score > best.score)) best = {left, right, score}
  }
  return best
}

/** Evidence that a lower-case token is two words. */
function scoreLower(left: string, right: string, next: string | undefined): number {
  if (!isCommonWord(left)) return 0
  if (JOINING_WORDS.has(right)) {
    if (right.length === 2 && (left.length < 5 || (right === 'an' && !takesAn(next)))) return 0
    if (left.length < 3 && !JOIN_LEFT_WORDS.has(left)) return 0
    return 3 + left.length / 100
  }
  if (right.length < 3 || !isCommonWord(right)) return 0
  // "thegovernment", "willmean": a determiner or auxiliary glued to a word.
  if (JOIN_LEFT_WORDS.has(left) && right.length >= 4) return 2.5
  if (left.length < 3) return 0
  // "deadmostly", "aboutroughly": an -ly adverb after a word.
  if (isAdverb(right)) return 2 + left.length / 100
  // "radicallyimproved", "governmentsaid".
  if ((isAdverb(left) && isPastVerb(right)) || (left.length >= 5 && REPORTING_VERBS.has(right))) return 1.5
  return 0
}

/** Evidence that a sentence-case token is a name or word glued to another word. */
function scoreTitle(
  left: string,
  right: string,
  names: ReadonlySet<string>,
  accepted: ReadonlySet<string>,
  next: string | undefined
): number {
  const l = left.toLowerCase()
  const seen = names.has(l) || accepted.has(l)
  const leftName = seen || isDictionaryName(l)
  const leftKnown = leftName || isCommonWord(l) || (lookup(l) & FLAG.NAME) !== 0
  if (!leftKnown || left.length < 3) return 0
  if (TITLE_JOINING_WORDS.has(right) || SHORT_JOINING_WORDS.has(right)) {
    if (right.length === 2) {
      // "Assadan": only after a name the document uses, and where "an" fits.
      if (!seen || left.length < 4) return 0
      if (right === 'an' && !takesAn(next)) return 0
    } else if (left.length < 4 && !seen) {
      return 0
    }
    return 3 + left.length / 100
  }
  if (right.length < 4 || !isCommonWord(right) || NAME_SUFFIXES.has(right)) return 0
  if (left.length < 4) return 0
  // "Senateapproved", "Policereportedly".
  if (right.length >= 5 && (isAdverb(right) || isPastVerb(right))) return 2 + left.length / 100
  // "Limacapital": a name glued to the noun of an apposition; any common word
  // after a name the document itself uses on its own.
  if (leftName && !isCommonWord(l) && (APPOSITION_NOUNS.has(right) || (seen && right.length >= 5))) {
    return 1 + left.length / 100
  }
  // "Thegovernment" at the start of a sentence.
  if (JOIN_LEFT_WORDS.has(l) && right.length >= 5) return 1
  return 0
}
