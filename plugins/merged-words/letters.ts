/**
 * One-case joins: two words run together with no case boundary to show it,
 * in lower case ("ticketsand", "deadmostly", "isclearly") or after a capital
 * ("Aleppothe", "Senateapproved", "Flamengowas", "Ortizof").
 *
 * How it decides: a token of 5 to 40 letters the lexicon does not know, used
 * once in the document, is tried at every split point with plain look-ups
 * (linear in its length).  A split counts only with evidence that the join
 * is an accident and not a compound or a name:
 * - lower case: a function word or "according" on the right ("ticketsand"),
 *   a pronoun before a lower-case word ("villagehe said"), an -ly adverb
 *   on the right ("deadmostly") or on the left before a word
 *   ("reportedlyhostile"), a past-tense verb after a long noun when a
 *   lower-case word follows ("seriespresented by"), a reporting verb, or a
 *   determiner or auxiliary on the left ("thegovernment", "isclearly",
 *   "aeagle"), a preposition of the source language on the right after a
 *   word of six letters or more, a lower-case word next ("spokespersoncon
 *   dialogue": data SOURCE_JOINING_WORDS); noun + noun joins are left alone
 *   (mostly real compounds);
 * - sentence case: a name or word on the left (in the dictionary or used on
 *   its own in the document) with a function word, verb or adverb on the
 *   right; an unknown name on the left only when a lower-case word follows
 *   and the right part is a function word of three letters or more
 *   ("Flamengowas clearly"), a past-tense verb or adverb
 *   ("Ferrandoexplained that"), or a two-letter preposition between a first
 *   name and an article ("Luis Ortizof the").  A demonym ("Uzbekistanis",
 *   "Pakistanis") is never a name + "is".
 */
import {
  APPOSITION_NOUNS,
  APPOSITION_STARTERS,
  JOINING_WORDS,
  JOIN_LEFT_WORDS,
  NAME_SUFFIXES,
  REPORTING_VERBS,
  SHORT_JOINING_WORDS,
  TITLE_JOINING_WORDS
} from '../data/english-words.js'
import {SOURCE_JOINING_WORDS} from '../data/merged-words.js'
import type {WordInfo} from '../support/document.js'
import {FLAG, isCommonWord, isDictionaryName, isKnownToken, lookup} from '../support/lexicon.js'
import {LOWER_START, UPPER_START} from '../support/text.js'
import {nextWord, previousWord, spaceBetween, type Check} from './context.js'

interface Split {
  left: string
  right: string
  score: number
}

const VOWEL = /[aeiou]/

/** Words after a glued function word's own next word: "Uribe|of the", "Ortiz|in an". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'our'])
/** Subject pronouns glued after a word: "villagehe said". */
const PRONOUNS = new Set(['he', 'she', 'they', 'we'])
/** Right parts that follow a name when a lower-case word comes next: "Flamengowas clearly". */
const NAME_JOINING_WORDS = new Set(['was', 'were', 'has', 'had', 'said', 'says', 'will', 'would', 'who', 'which'])
/**
 * Right parts after an unknown name ("Jaramillothe mayor"): function words
 * that end no name; not "into", "and", "for" ("Jacinto", "Bertrand").
 */
const UNKNOWN_NAME_JOINING_WORDS = new Set([...NAME_JOINING_WORDS, 'the', 'that', 'with', 'from', 'where', 'when', 'while', 'during', 'whose'])
/** Auxiliaries glued before a word: "isclearly". */
const AUXILIARY_LEFT = new Set(['is', 'are'])
/** Multi-word preposition heads glued after a word: "casesaccording". */
const PREPOSITION_HEADS = new Set(['according'])

export function checkLetters(check: Check, word: WordInfo, title: boolean): void {
  const token = word.value
  const next = nextWord(word)
  const following = next && spaceBetween(word, next) ? next.value : undefined
  const split = title ? bestTitleSplit(check, word, following) : bestLowerSplit(token, following)
  if (!split) return
  const {left, right} = split
  const rightLower = right.toLowerCase()
  const foreign = !title && SOURCE_JOINING_WORDS.has(rightLower) && !JOINING_WORDS.has(rightLower) && !PREPOSITION_HEADS.has(rightLower)
  let expected: string[]
  if (left === 'a' || left === 'A') {
    expected = [`${left}${takesAn(right) ? 'n' : ''} ${right}`]
  } else if (APPOSITION_STARTERS.has(rightLower)) {
    expected = [`${left}, ${right}`, `${left} ${right}`]
  } else {
    expected = [`${left} ${right}`]
  }
  const [start, end] = check.index.range(word.paragraph, word.start, word.end)
  check.report({
    start,
    end,
    reason: foreign
      ? `“${token}” looks like “${left}” and “${right}” run together, “${right}” a word of the source language left untranslated: separate them and translate it`
      : `“${token}” looks like “${left}” and “${right}” run together (a space, comma or dash lost in conversion): separate them`,
    expected,
    // A split after an unknown name is left to the editor, and so is a source-language word (it needs translating).
    safe: !foreign && left !== 'a' && left !== 'A' && (!title || split.score >= 2.5)
  })
}

/** Does "an" fit before this word ("an NGO", "an offensive")? */
export function takesAn(next: string | undefined): boolean {
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

function bestLowerSplit(token: string, next: string | undefined): Split | undefined {
  const nextLower = next !== undefined && LOWER_START.test(next)
  let best: Split | undefined
  // "aeagle": the article glued to a word that starts with a vowel (where
  // English writes "an"; "adress" is a misspelling, not "a dress").
  if (token[0] === 'a' && token.length >= 6 && nextLower && VOWEL.test(token[1])) {
    const right = token.slice(1)
    if (isCommonWord(right)) best = {left: 'a', right, score: 2}
  }
  for (let i = 2; i <= token.length - 2; i++) {
    const left = token.slice(0, i)
    const right = token.slice(i)
    const score = scoreLower(left, right, next, nextLower)
    if (score > 0 && (!best || score > best.score)) best = {left, right, score}
  }
  return best
}

/** Evidence that a lower-case token is two words. */
function scoreLower(left: string, right: string, next: string | undefined, nextLower: boolean): number {
  if (!isCommonWord(left)) return 0
  if (JOINING_WORDS.has(right) || PREPOSITION_HEADS.has(right)) {
    if (right.length === 2 && (left.length < 5 || (right === 'an' && !takesAn(next)))) return 0
    if (left.length < 3 && !JOIN_LEFT_WORDS.has(left)) return 0
    return 3 + left.length / 100
  }
  // "villagehe said": a subject pronoun before a lower-case word.
  if (PRONOUNS.has(right) && left.length >= 5 && nextLower) return 2.5
  // "spokespersoncon dialogue": a source-language preposition left glued to a long English word, a lower-case word next.
  if (left.length >= 6 && nextLower && SOURCE_JOINING_WORDS.has(right)) return 2
  if (right.length < 3 || !isCommonWord(right)) return 0
  // "thegovernment", "willmean", "isclearly": a determiner or auxiliary glued to a word.
  if ((JOIN_LEFT_WORDS.has(left) || AUXILIARY_LEFT.has(left)) && right.length >= 4) return 2.5
  if (left.length < 3) return 0
  // "deadmostly", "aboutroughly": an -ly adverb after a word.
  if (isAdverb(right)) return 2 + left.length / 100
  // "reportedlyhostile": an -ly adverb before a word.
  if (left.length >= 6 && isAdverb(left) && right.length >= 5) return 2
  // "radicallyimproved", "governmentsaid".
  if ((isAdverb(left) && isPastVerb(right)) || (left.length >= 5 && REPORTING_VERBS.has(right))) return 1.5
  // "seriespresented by": a past-tense verb after a noun, a lower-case word next.
  if (left.length >= 5 && right.length >= 7 && nextLower && isPastVerb(right)) return 1.2
  return 0
}

function bestTitleSplit(check: Check, word: WordInfo, next: string | undefined): Split | undefined {
  const token = word.value
  const previous = previousWord(word)
  const afterName = previous !== undefined && UPPER_START.test(previous.value) && spaceBetween(previous, word)
  let best: Split | undefined
  for (let i = 2; i <= token.length - 2; i++) {
    const left = token.slice(0, i)
    const right = token.slice(i)
    const score = scoreTitle(check, left, right, next, afterName, token)
    if (score > 0 && (!best || score > best.score)) best = {left, right, score}
  }
  return best
}

/** Evidence that a sentence-case token is a name or word glued to another word. */
function scoreTitle(check: Check, left: string, right: string, next: string | undefined, afterName: boolean, token: string): number {
  const l = left.toLowerCase()
  const names = check.names()
  const seen = names.has(l) || check.accepted.has(l)
  const leftName = seen || isDictionaryName(l)
  const leftKnown = leftName || isCommonWord(l) || (lookup(l) & FLAG.NAME) !== 0
  const nextLower = next !== undefined && LOWER_START.test(next)
  if (left.length < 3) return 0
  if (right === 'is' && isDemonym(l, token)) return 0
  if (!leftKnown) {
    // An unknown name: only with a lower-case word after the glued word.
    if (left.length < 4 || !nextLower) return 0
    if (UNKNOWN_NAME_JOINING_WORDS.has(right)) return 2.4
    if (right.length >= 6 && (isAdverb(right) || isPastVerb(right))) return 2
    if (right.length === 2 && afterName && SHORT_JOINING_WORDS.has(right) && right !== 'is' && DETERMINERS.has(next!.toLowerCase())) return 2
    return 0
  }
  if (TITLE_JOINING_WORDS.has(right) || SHORT_JOINING_WORDS.has(right) || (NAME_JOINING_WORDS.has(right) && nextLower)) {
    if (right.length === 2) {
      // "Assadan": only after a name the document uses, and where "an" fits;
      // or between a first name and an article ("Luis Ortizof the").
      const framed = afterName && next !== undefined && DETERMINERS.has(next.toLowerCase()) && right !== 'is'
      if ((!seen || left.length < 4) && !framed) return 0
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

/** "Uzbekistanis", "Pakistanis", "Israelis": the plural of a demonym in -i, not a name + "is". */
function isDemonym(left: string, token: string): boolean {
  return left.endsWith('stan') || isKnownToken(left + 'i') || isKnownToken(token.slice(0, -1))
}
