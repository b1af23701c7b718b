/**
 * article, the checks: each reads a paragraph's words and reports through
 * `add`.  Tables: plugins/data/article.ts (sourced).
 *
 * - bareAcronym: "slammed US for", "the role of US in", "what US wants" — a
 *   country acronym used as a noun without "the" (Russian, Persian, Turkish
 *   … have no articles).  A noun: lower-case word or punctuation after it
 *   that a modifier cannot be followed by (a preposition, a conjunction, a
 *   verb form of the list), after a preposition, "what", "that", "and" or an
 *   "-ed" verb.
 * - regionWithoutArticle: "in Syunik region", "in Bab al-Hadid area" — a
 *   proper name + a lower-case region noun after a preposition: "the".
 * - bareCountNoun: "about situation in", "in direction of", "to result
 *   of" — a singular count noun of the table after a preposition or a verb,
 *   before "of"/"in"/"on": "the".
 * - articleBeforeName: "the China or Russia", "the Spain" — "the" before a
 *   country or city that takes none, used as a noun (not "the Spain coach",
 *   not "the Britain of the 1950s"); also "the northern Kazakhstan" and
 *   "the Lumpini Park" (a proper name + Park/Square; not "the Red Square",
 *   not "the Tiananmen Square protests").
 * - generalNoun: "The inflation rose", "the Greek society wants" — "the"
 *   with an uncountable noun in a general statement, before a verb.
 * - aBeforeNumber: "a 80,150-meter pipeline", "an 100" — "a"/"an" against
 *   the number's spoken first sound (eight, eleven, eighteen, eighty …).
 * - bareInstitution: "Speaker of Senate", "head of Social Security
 *   Organization", "Secretary of provincial party committee" — a title,
 *   "of", then an institution named with a common noun (Committee, Senate,
 *   Ministry …; not Parliament or Congress) or a lower-case level + body,
 *   with no article: "the".
 * - bareCountObject: "such question", "made commitment to" — a singular
 *   count noun of the table after "such" (not "no such move", "any such
 *   deal", "the sixth such move") or as the object of a light verb that
 *   takes it ("made", "gave", "held" …), ending its phrase (punctuation or a
 *   preposition, conjunction or verb after it: not "make call centres"):
 *   "a"/"an".
 * - articleBeforeProper: "Thus, the AFP repeated", "with the Pope Francis
 *   in" — "the" before a news agency or a title + personal name, used as a
 *   noun (punctuation, a preposition or a verb after it; not "the Reuters
 *   news agency", not "the President Biden administration").
 * - bareTitleSubject: "Supreme Leader urged the students", "Vice president
 *   and delegates observed" — a sentence opening with a title or an
 *   institution named with common words, no name after it, then a verb:
 *   "The".
 */
import {AGENCIES, BODY_LEVELS, BODY_NOUNS, COUNT_NOUNS, DETERMINED_NOUNS, LIGHT_VERBS, NAME_TITLES, TITLE_HEADS, TITLE_MODIFIERS, GENERAL_NOUNS, INSTITUTION_NOUNS, NO_ARTICLE_PLACES, OFFICE_TITLES, REGION_NOUNS, THE_ACRONYMS} from '../data/article.js'
import type {WordInfo} from '../support/document.js'
import {isCommonWord} from '../support/lexicon.js'
import {UPPER_START} from '../support/text.js'

export interface ArticleFinding {
  start: number
  end: number
  reason: string
  expected: string[]
}
export type AddFinding = (f: ArticleFinding) => void

const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'to', 'from', 'by', 'with', 'against', 'for', 'on', 'at', 'in', 'into', 'between', 'about', 'toward', 'towards',
  'across', 'near', 'throughout', 'over', 'under', 'without', 'within', 'upon', 'regarding', 'concerning'
])
/** Words after a noun that a modifier ("US troops") cannot be followed by. */
const AFTER_NOUN: ReadonlySet<string> = new Set([
  'in', 'for', 'to', 'of', 'on', 'at', 'with', 'from', 'and', 'or', 'is', 'was', 'has', 'had', 'have', 'wants', 'wanted',
  'will', 'would', 'said', 'says', 'can', 'could', 'must', 'should', 'did', 'does', 'also', 'over', 'against', 'after',
  'before', 'about', 'as', 'because', 'but', 'which', 'who', 'remains', 'continues', 'tries', 'tried', 'seeks', 'sought',
  'accused', 'claims', 'claimed', 'insists', 'insisted', 'might', 'may', 'into', 'by',
  // Time adverbs after an object ("visited the US this week", "toured the park yesterday").
  'this', 'last', 'yesterday', 'today', 'tomorrow'
])
const VERBS_AFTER_GENERAL: ReadonlySet<string> = new Set([
  'rose', 'fell', 'climbed', 'increased', 'decreased', 'reached', 'hit', 'stood', 'is', 'was', 'has', 'had', 'remains',
  'remained', 'accelerated', 'slowed', 'eased', 'will', 'would', 'continues', 'continued', 'affects', 'affected', 'grew',
  'wants', 'wanted', 'knows', 'demands', 'demanded', 'expects', 'expected', 'rises', 'falls', 'grows', 'jumped', 'dropped'
])
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'because', 'as', 'that', 'since', 'although', 'when', 'where', 'so'])
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'any', 'each', 'every', 'no', 'same', 'whose'])
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch|ic|ek)$/u
const POSSESSIVE = /[’']s?$/
const SENTENCE_END = /[.!?]["”’)]*\s*$/
/** A sentence ends inside: a lower-case word, its full stop, then a capital ("editors. “Unfortunately"; not "U.S. Troops"). */
const INNER_SENTENCE_END = /\p{Ll}{2}[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u

/** An "-ed" verb at word k ("slammed"), not an adjective after a determiner ("the recently-expanded"). */
function isPastVerb(words: readonly WordInfo[], k: number): boolean {
  const v = words[k].value
  if (v.length <= 4 || !v.endsWith('ed') || v.includes('-')) return false
  return k === 0 || !DETERMINERS.has(words[k - 1].value.toLowerCase())
}

/** Words k - 1 and k are joined by one space. */
function joined(text: string, words: readonly WordInfo[], k: number): boolean {
  return k > 0 && k < words.length && words[k].start === words[k - 1].end + 1 && text.charCodeAt(words[k - 1].end) === 32
}

/** What follows word k: the next word (lower case) when joined by a space, '' for punctuation or the end. */
function nextOf(text: string, words: readonly WordInfo[], k: number): string | undefined {
  if (k + 1 >= words.length) return ''
  if (joined(text, words, k + 1)) return words[k + 1].value.toLowerCase()
  const gap = text.slice(words[k].end, words[k + 1].start)
  if (gap === ' ') return words[k + 1].value.toLowerCase()
  const c = gap.trimStart()[0]
  return c !== undefined && ',.;:!?)'.includes(c) ? '' : undefined
}

/**
 * Is the name at word k used as a noun?  Past a coordination of names ("U.S.,
 * Japanese and European banks", "the Paris, Amsterdam and Lisbon
 * exchanges"), the word after must be punctuation or a word a modifier
 * cannot be followed by; a lower-case noun after it makes the names
 * modifiers.
 */
function usedAsNoun(text: string, words: readonly WordInfo[], k: number): boolean {
  let j = k
  for (let steps = 0; steps < 6; steps++) {
    const next = nextOf(text, words, j)
    if (next === undefined) return false
    const gap = j + 1 < words.length ? text.slice(words[j].end, words[j + 1].start) : ''
    // ", Amsterdam" / "and France" / "or U.K.": another name of the list.
    let c = j + 1
    if (next === 'and' || next === 'or') c = j + 2
    else if (!(next === '' && gap.trim() === ',')) {
      if (next === '') return true
      return AFTER_NOUN.has(next) && next !== 'and' && next !== 'or'
    }
    if (c >= words.length) return true
    const v = words[c].value
    if (!UPPER_START.test(v)) {
      // "the Australia and the US": the coordination goes on with a determiner: nouns.
      return v === 'the'
    }
    j = c
  }
  return false
}

/** A headline or a caption (no sentence end): headline style drops articles on purpose. */
export function isHeadline(text: string): boolean {
  if (SENTENCE_END.test(text)) return false
  // A paragraph cut short ("… the Turkish side failed to […]") is prose when a sentence ended inside it.
  return !INNER_SENTENCE_END.test(text)
}

export function bareAcronym(text: string, words: readonly WordInfo[], add: AddFinding): void {
  for (let i = 1; i < words.length; i++) {
    const v = words[i].value
    if (!THE_ACRONYMS.has(v) || !joined(text, words, i)) continue
    const prev = words[i - 1].value
    if (prev !== prev.toLowerCase()) continue
    const byPrev = PREPOSITIONS.has(prev) || prev === 'what' || prev === 'that' || isPastVerb(words, i - 1)
    if (!byPrev || !usedAsNoun(text, words, i)) continue
    add({
      start: words[i].start,
      end: words[i].end,
      reason: `“${v}” is used as a noun without “the”: English says “the ${v}” (languages without articles — Russian, Persian, Turkish, Chinese … — leave it out)`,
      expected: [`the ${v}`]
    })
  }
}

export function regionWithoutArticle(text: string, words: readonly WordInfo[], add: AddFinding): void {
  for (let i = 0; i < words.length - 2; i++) {
    if (!PREPOSITIONS.has(words[i].value)) continue
    let k = i + 1
    if (!joined(text, words, k) || !startsUpper(words[k].value)) continue
    while (k < words.length && k <= i + 4 && joined(text, words, k) && isNamePart(words[k].value) && !POSSESSIVE.test(words[k].value)) k++
    if (k >= words.length || !joined(text, words, k) || !REGION_NOUNS.has(words[k].value)) continue
    if (!UPPER_START.test(words[i + 1].value)) continue
    const name = text.slice(words[i + 1].start, words[k].end)
    add({
      start: words[i + 1].start,
      end: words[k].end,
      reason: `“${name}” needs “the”: a place named with a common noun after its name takes the article in English (“the ${name}”); the source language has none or puts it elsewhere`,
      expected: [`the ${name}`]
    })
    i = k
  }
}

/** A capital first: ASCII by its code, other letters by the Unicode class. */
function startsUpper(value: string): boolean {
  const c = value.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return UPPER_START.test(value)
}

/** A word of a place name: capitalised, or an Arabic article part ("al-Hadid", "el-Arish"). */
function isNamePart(v: string): boolean {
  return startsUpper(v) || v.startsWith('al-') || v.startsWith('el-') || v === 'al' || v === 'bin'
}

export function bareCountNoun(text: string, words: readonly WordInfo[], add: AddFinding): void {
  for (let i = 1; i < words.length - 1; i++) {
    const v = words[i].value
    if (!DETERMINED_NOUNS.has(v) || !joined(text, words, i) || !joined(text, words, i + 1)) continue
    const prev = words[i - 1].value
    if (prev !== prev.toLowerCase() || DETERMINERS.has(prev)) continue
    if (!(PREPOSITIONS.has(prev) || isPastVerb(words, i - 1) || prev === 'referring')) continue
    const next = words[i + 1].value
    if (next !== 'of' && next !== 'in' && next !== 'on' && next !== 'at') continue
    // "a change in direction in …", "to result in": idiom and verb; these two need "of".
    if ((v === 'direction' || v === 'result' || v === 'role') && next !== 'of') continue
    add({
      start: words[i].start,
      end: words[i].end,
      reason: `“${v}” needs an article here: a singular count noun before “${next}” takes “the” in English (languages without articles leave it out)`,
      expected: [`the ${v}`]
    })
  }
}

export function articleBeforeName(text: string, words: readonly WordInfo[], add: AddFinding): void {
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i].value
    if (w !== 'the' && w !== 'The') continue
    if (!joined(text, words, i + 1)) continue
    let v = words[i + 1].value
    let end = i + 1
    if (COMPASS.has(v) && joined(text, words, i + 2) && NO_ARTICLE_PLACES.has(words[i + 2].value)) {
      // "in the northern Kazakhstan": a compass adjective and a country take no article either (Swan §146: "northern England").
      end = i + 2
      v = text.slice(words[i + 1].start, words[end].end)
    } else if (startsUpper(v) && !isCommonWord(v.toLowerCase()) && joined(text, words, i + 2) && (words[i + 2].value === 'Park' || words[i + 2].value === 'Square')) {
      // "visited the Lumpini Park": a park or square named by a proper name takes none (Swan §146: "Hyde Park", "Times Square").
      end = i + 2
      v = text.slice(words[i + 1].start, words[end].end)
    } else if (!NO_ARTICLE_PLACES.has(v)) continue
    if (nextOf(text, words, end) === 'of' || !usedAsNoun(text, words, end)) continue
    add({
      start: words[i].start,
      end: words[end].end,
      reason: `“${w} ${v}”: ${v} takes no article in English (Spanish, Portuguese, Italian, French and Greek use one with some names)`,
      expected: [v]
    })
  }
}

const COMPASS: ReadonlySet<string> = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern'])

export function generalNoun(text: string, words: readonly WordInfo[], add: AddFinding): void {
  for (let i = 0; i < words.length - 2; i++) {
    const w = words[i].value
    if (w !== 'the' && w !== 'The') continue
    // A general statement starts its clause: "The inflation rose", "… and the inflation rose".
    if (i > 0 && !(joined(text, words, i) && CLAUSE_OPENERS.has(words[i - 1].value)) && !/[.;:!?]/.test(text.slice(words[i - 1].end, words[i].start))) continue
    let k = i + 1
    if (!joined(text, words, k)) continue
    // "the Greek society": a demonym may stand between.
    if (DEMONYM.test(words[k].value) && joined(text, words, k + 1) && words[k + 1].value === 'society') k++
    const noun = words[k].value
    if (!GENERAL_NOUNS.has(noun)) continue
    if (noun === 'society' && k === i + 1) continue
    if (!joined(text, words, k + 1) || !VERBS_AFTER_GENERAL.has(words[k + 1].value)) continue
    const phrase = text.slice(words[i + 1].start, words[k].end)
    add({
      start: words[i].start,
      end: words[k].end,
      reason: `“${w} ${phrase}”: in a general statement English uses “${phrase}” without “the” (Spanish, Portuguese, Italian, French and Greek put the article there)`,
      expected: [w === 'The' ? phrase[0].toUpperCase() + phrase.slice(1) : phrase]
    })
  }
}

/** Does a number, read aloud, start with a vowel sound (eight, eleven, eighteen, eighty, 8,000 …)? */
function vowelNumber(digits: string): boolean {
  if (digits.charCodeAt(0) === 56 /* 8 */) return true
  if (!digits.startsWith('11') && !digits.startsWith('18')) return false
  // 11 and 18 (11,000, 18.5: eleven, eighteen), and the years 1100–1199, 1800–1899 ("an 1850 law", "an 1800s house").
  let n = 0
  while (n < digits.length && digits.charCodeAt(n) >= 48 && digits.charCodeAt(n) <= 57) n++
  return n === 2 || n === 4
}

export function aBeforeNumber(text: string, words: readonly WordInfo[], add: AddFinding): void {
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i].value
    if (w !== 'a' && w !== 'an' && w !== 'A' && w !== 'An') continue
    const lower = w === 'A' ? 'a' : w === 'An' ? 'an' : w
    if (!joined(text, words, i + 1)) continue
    const digits = words[i + 1].value
    const c = digits.charCodeAt(0)
    if (c < 48 || c > 57) continue
    const vowel = vowelNumber(digits)
    if ((lower === 'a') !== vowel) continue
    const right = vowel ? (w === 'A' ? 'An' : 'an') : w === 'An' ? 'A' : 'a'
    add({
      start: words[i].start,
      end: words[i].end,
      reason: `“${w} ${digits}”: the number is read “${vowel ? 'eight…/eleven/eighteen' : 'one…/two…'}”, so the article is “${right}”`,
      expected: [right]
    })
  }
}

export function bareInstitution(text: string, words: readonly WordInfo[], add: AddFinding): void {
  for (let i = 1; i < words.length - 2; i++) {
    if (words[i].value !== 'of' || !joined(text, words, i) || !joined(text, words, i + 1)) continue
    if (!OFFICE_TITLES.has(words[i - 1].value.toLowerCase())) continue
    const first = words[i + 1].value
    let k = i + 1
    let found = -1
    if (BODY_LEVELS.has(first)) {
      // "of provincial party committee", "of provincial people's committee": lower-case words up to the body noun.
      while (k < words.length && k <= i + 4 && (k === i + 1 || joined(text, words, k))) {
        const v = words[k].value
        if (BODY_NOUNS.has(v)) {
          found = k
          break
        }
        if (v !== v.toLowerCase()) break
        k++
      }
    } else if (startsUpper(first) && first !== 'The') {
      // "of Social Security Organization": capitalised words up to the institution noun.
      while (k < words.length && k <= i + 5 && (k === i + 1 || joined(text, words, k))) {
        const v = words[k].value
        if (!startsUpper(v)) break
        if (INSTITUTION_NOUNS.has(v)) {
          found = k
          break
        }
        k++
      }
    }
    if (found < 0) continue
    // "Committee of …": the institution is named further on ("head of Committee of Experts"), a possessive follows: leave it.
    const next = nextOf(text, words, found)
    // An acronym in brackets after it is fine ("Social Security Organization (SSK)").
    const bracket = next === undefined && text.startsWith(' (', words[found].end)
    if (next === 'of' || (next === undefined && !bracket) || POSSESSIVE.test(words[found].value)) continue
    const name = text.slice(words[i + 1].start, words[found].end)
    add({
      start: words[i + 1].start,
      end: words[found].end,
      reason: `“${name}” needs “the”: an institution named with a common noun takes the article in English (“${words[i - 1].value} of the ${name}”); languages without articles leave it out`,
      expected: [`the ${name}`]
    })
  }
}

/** Words before "such" that already determine the phrase ("no such move", "any such deal", "the sixth such move"). */
const BEFORE_SUCH: ReadonlySet<string> = new Set([
  'no', 'any', 'every', 'each', 'one', 'other', 'all', 'some', 'many', 'few', 'several', 'the', 'a', 'an', 'another', 'its',
  'his', 'her', 'their', 'our', 'only', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'last', 'latest', 'next', 'similar'
])
/** Words after a bare light-verb object that end its phrase (not "make call centres", "step by step", "mistake after mistake"). */
const AFTER_BARE: ReadonlySet<string> = new Set([
  'to', 'with', 'on', 'for', 'about', 'of', 'in', 'at', 'and', 'but', 'that', 'as', 'before', 'during', 'while', 'because',
  'when', 'from', 'is', 'was', 'will', 'would', 'can', 'could', 'has', 'had', 'have', 'be'
])
const ORDINAL = /^\d+(?:st|nd|rd|th)$/

export function bareCountObject(text: string, words: readonly WordInfo[], add: AddFinding): void {
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i].value
    let nouns: ReadonlySet<string> | undefined
    if (w === 'such' || w === 'Such') {
      if (i > 0 && joined(text, words, i)) {
        const before = words[i - 1].value.toLowerCase()
        if (BEFORE_SUCH.has(before) || ORDINAL.test(before)) continue
      }
      nouns = COUNT_NOUNS
    } else {
      nouns = LIGHT_VERBS.get(w)
    }
    if (nouns === undefined || !joined(text, words, i + 1)) continue
    const noun = words[i + 1].value
    if (!nouns.has(noun)) continue
    const next = nextOf(text, words, i + 1)
    if (next === undefined) continue
    if (nouns !== COUNT_NOUNS && next !== '' && !AFTER_BARE.has(next)) continue
    // "such event organisers": a plural after it makes the noun a modifier.
    if (nouns === COUNT_NOUNS && next.length > 3 && next.endsWith('s') && !AFTER_BARE.has(next)) continue
    const article = 'aeio'.includes(noun[0]) ? 'an' : 'a'
    add({
      start: words[i].start,
      end: words[i + 1].end,
      reason: `“${w} ${noun}”: “${noun}” is a singular count noun and needs an article here (“${w} ${article} ${noun}”); languages without articles — Thai, Vietnamese, Russian, Chinese … — leave it out`,
      expected: [`${w} ${article} ${noun}`]
    })
  }
}

/** A past-tense verb or one of the verbs and function words that follow a subject. */
function verbAfter(text: string, words: readonly WordInfo[], k: number): boolean {
  const next = nextOf(text, words, k)
  if (next === undefined) return false
  if (next === '') return true
  if (AFTER_NOUN.has(next)) return true
  return next.length > 4 && next.endsWith('ed') && k + 1 < words.length && words[k + 1].value === next
}

export function articleBeforeProper(text: string, words: readonly WordInfo[], add: AddFinding): void {
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i].value
    if ((w !== 'the' && w !== 'The') || !joined(text, words, i + 1)) continue
    const v = words[i + 1].value
    let end = i + 1
    let what: string
    if (AGENCIES.has(v)) {
      what = 'a news agency’s name takes no article'
    } else if (NAME_TITLES.has(v) && i + 2 < words.length && joined(text, words, i + 2) && startsUpper(words[i + 2].value) && !isCommonWord(words[i + 2].value.toLowerCase())) {
      end = i + 2
      // "the Pope Francis", "the President Luiz Inácio Lula": the name runs on.
      while (end + 1 < words.length && end < i + 5 && joined(text, words, end + 1) && startsUpper(words[end + 1].value) && !isCommonWord(words[end + 1].value.toLowerCase())) end++
      what = 'a title before a name takes no article'
    } else continue
    if (!verbAfter(text, words, end)) continue
    const name = text.slice(words[i + 1].start, words[end].end)
    add({
      start: words[i].start,
      end: words[end].end,
      reason: `“${w} ${name}”: ${what} in English (“${name}”); Spanish, Portuguese, Italian and French put one there`,
      expected: [name]
    })
  }
}

export function bareTitleSubject(text: string, sentences: readonly {words: readonly WordInfo[]}[], add: AddFinding): void {
  for (const sentence of sentences) {
    const words = sentence.words
    if (words.length < 3) continue
    // The sentence's first word, at the paragraph start or after a sentence end (not after a quotation mark).
    const first = words[0]
    if (first.start > 0 && !/[.!?]\s$/.test(text.slice(Math.max(0, first.start - 2), first.start))) continue
    let k = 0
    // Rank words and demonyms before the title ("Supreme Leader", "Russian President", "Vice president"): no name, no determiner.
    while (k < words.length - 1 && k < 3 && (k === 0 || joined(text, words, k)) && !TITLE_HEADS.has(words[k].value)) {
      const v = words[k].value
      if (!(TITLE_MODIFIERS.has(v) || DEMONYM.test(v))) break
      k++
    }
    if (k === 0 || k >= words.length - 1 || !TITLE_HEADS.has(words[k].value) || !joined(text, words, k)) continue
    if (!joined(text, words, k + 1)) continue
    const next = words[k + 1].value
    const verb = (next.length > 4 && next.endsWith('ed') && next !== 'based') || SUBJECT_VERBS.has(next)
    // "Vice president and delegates observed": a coordination of subjects, then lower case.
    const and = next === 'and' && k + 2 < words.length && joined(text, words, k + 2) && !startsUpper(words[k + 2].value)
    if (!verb && !and) continue
    const phrase = text.slice(first.start, words[k].end)
    add({
      start: first.start,
      end: words[k].end,
      reason: `“${phrase}” opens the sentence without an article: a title used without a name, or an institution named with common words, takes “the” (“The ${phrase}”); languages without articles leave it out`,
      expected: [`The ${phrase}`]
    })
  }
}

const SUBJECT_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'urged', 'met', 'held', 'sent', 'made', 'gave', 'took', 'will', 'has', 'had', 'is', 'was', 'also', 'called'])
