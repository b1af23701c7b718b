/**
 * pronoun-gender: a woman named in the story, then "he", "his" or "him" for
 * her.  Spanish, Portuguese and Italian drop the subject ("Dijo que …") and
 * their possessive "su" has no gender, so machine translation fills in "he"
 * and "his"; the reader then meets a man who is not in the story.
 *
 * How it decides: for each "he", "him", "his" or "himself" outside a
 * quotation, the people the reader would take it for are the names in the
 * same sentence before it, else in the sentence before (runs of capitalised
 * words that are not dictionary words, not after "in", "at", "from", "to" or
 * "into", where places go; not days, months, countries).  It is reported
 * when those runs are one person, named in full there, whose given name the
 * name lists call female (plugins/support/given-names.ts); once a pronoun
 * was reported for her, her surname alone or the story's topic (the last
 * sentence that named one person only) will do.  Nothing in those words may
 * point to a man (a male given name, "Mr", "husband", "son", "spokesman" …),
 * and the story must not have said "he" before it named her (a man was its
 * subject: clean copy about a man who meets a woman).  Information: the
 * editor checks who is meant.  The fix candidate is "she"/"her"/"herself",
 * never applied unattended.
 */
import type {ParagraphInfo, SentenceInfo, WordInfo} from './support/document.js'
import {isCommonWord} from './support/lexicon.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'
import {lazy, UPPER_START} from './support/text.js'
import {genderOf} from './support/given-names.js'
import {MONTHS, WEEKDAYS} from './data/calque-english.js'
import {NAMED_TRACES} from './data/source-language.js'

export const meta: RuleMeta = {
  id: 'pronoun-gender',
  description: 'A woman named in the story, then "he" or "his" for her: the subject machine translation filled in.',
  severity: 'info',
  fixable: false,
  url: ruleUrl('pronoun-gender'),
  docs: {
    decides:
      'For each "he", "him", "his" or "himself" outside a quotation, the names before it in its sentence, else in the ' +
      'sentence before (capitalised words that are not dictionary words, not after "in", "at", "from", "to" or "into"), ' +
      'must be one person only, named in full, a woman: her given name is female in the lists of the ' +
      'gender-detection-from-name package (English, Spanish, Italian, French, German and Turkish given names; a name the ' +
      'lists disagree on, like "Andrea", and a family name that comes first, like "Kim", are not). Once a pronoun was ' +
      'reported for her, her surname alone or the story going on about her (no other name between) will do. A male ' +
      'given name, "Mr", "husband", "son", "-man" words and their kin in those sentences, or a "he" in the story before ' +
      'she was named (a man was its subject) leave it alone. Information with "she"/"her" as candidates, never fixed ' +
      'unattended; the lists are read on first need, not at start-up.'
  },
  examples: {
    ok: [
      'Foreign Minister Maria Lopes met the delegation. She said the talks would go on.',
      'Maria Lopes spoke after Pedro Alves. He said the talks would go on.',
      'Lopes quoted her husband: “he said he would come.”'
    ],
    notOk: [
      {
        text: 'Foreign Minister Celinda Duarte opened the session on Monday. He stressed that the talks would go on.',
        line: 1, column: 63, actual: 'He', fix: 'She'
      },
      {
        text: 'Senator Giulia Marchetti voted against the bill, and his party followed.',
        line: 1, column: 54, actual: 'his', fix: 'her'
      }
    ]
  }
}

const PRONOUNS: Readonly<Record<string, string>> = {he: 'she', him: 'her', his: 'her', himself: 'herself'}
/** Words that put a man in the window (he may be the one meant). */
const MALE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'sir', 'man', 'men', 'male', 'husband', 'son', 'sons', 'father', 'brother', 'boy', 'king', 'prince', 'uncle',
  'nephew', 'grandson', 'grandfather', 'boyfriend', 'widower', 'actor', 'waiter', 'priest', 'monk', 'bishop', 'pope', 'monsieur', 'señor', 'senhor', 'signor', 'herr', 'dom', 'don'
])
/** A man there: the pronoun may well be right. */
const ELSEWHERE: ReadonlySet<string> = MALE_WORDS
const MASCULINE: ReadonlySet<string> = new Set(Object.keys(PRONOUNS))
/**
 * Family names that come first in Korean, Chinese and Vietnamese names and
 * are also given names in the lists ("Kim Min-seok" is a man): the most
 * common family names of each (Statistics Korea 2015 census; China's
 * Ministry of Public Security 2020 surname report; Vietnamese name
 * statistics as summarised in "Vietnamese name", Wikipedia).
 */
const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Song', 'Moon', 'Min',
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Lin', 'Mei',
  'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly'
])
/** Capitalised words that name no person: days, months, and the countries, demonyms, capitals and agencies of data/source-language.ts. */
const NOT_PEOPLE: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...Object.keys(NAMED_TRACES)
])
/** Places follow these; a capitalised word after them is no person. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'into', 'across', 'near', 'outside', 'inside'])

export default defineRule({
  meta,
  check({index, reportText}) {
    // The people the story names in full, by surname (no look-up until a pronoun needs one).
    const people = new Map<string, Person>()
    const quotes: QuoteCursor = {paragraph: undefined, at: 0, depth: 0, straight: 0}
    // The one person the story was last about (the surname of the last sentence that named one person only).
    const state: State = {he: false, reported: new Set()}
    for (const paragraph of index.paragraphs) {
      for (const sentence of paragraph.sentences) {
        checkSentence(sentence, state, people, quotes, reportText)
        const runs = namesIn(sentence, 0, sentence.words.length)
        for (const run of runs) {
          if (run.length < 2) continue
          const surname = run[run.length - 1].value
          const known = people.get(surname)
          // Two given names for one surname (a family): no telling who is meant.
          if (known) known.given = known.given === run[0].value ? known.given : ''
          else people.set(surname, {given: run[0].value, afterHe: state.he})
        }
        if (!state.he) state.he = pointsElsewhere(sentence.words, 0, sentence.words.length, MASCULINE)
        if (runs.length > 0) {
          const surname = runs[0][runs[0].length - 1].value
          state.topic = runs.every((r) => r[r.length - 1].value === surname) ? surname : undefined
        }
        if (pointsElsewhere(sentence.words, 0, sentence.words.length, MALE_WORDS)) state.topic = undefined
        state.previous = sentence
      }
    }
  }
})

interface Person {
  /** The given name ('' when the story names two people of this surname). */
  given: string
  /** Whether the story said "he" before it first named this person: a man was its subject already. */
  afterHe: boolean
}

interface State {
  previous?: SentenceInfo
  /** The one person the story was last about. */
  topic?: string
  /** Whether the story has said "he", "his" or "him" yet. */
  he: boolean
  /** Surnames of the women a pronoun was reported for. */
  reported: Set<string>
}

/** Where the quotation scan of a paragraph has got to (pronouns come in order). */
interface QuoteCursor {
  paragraph: ParagraphInfo | undefined
  at: number
  depth: number
  straight: number
}

/** At most this many words before a pronoun are read for its antecedent. */
const WINDOW = 60

function checkSentence(
  sentence: SentenceInfo,
  state: State,
  people: ReadonlyMap<string, Person>,
  quotes: QuoteCursor,
  reportText: (p: ParagraphInfo, start: number, end: number, f: {reason: string; expected: string[]}) => unknown
): void {
  const words = sentence.words
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const lower = w.value.toLowerCase()
    const replacement = PRONOUNS[lower]
    if (replacement === undefined) continue
    if (w.value !== lower && !(i === 0 && w.value === lower[0].toUpperCase() + lower.slice(1))) continue
    if (insideQuotation(quotes, sentence.paragraph, w.start)) continue
    // The people it may stand for: names before it in its sentence, else in the sentence before.
    const previous = state.previous
    const from = Math.max(0, i - WINDOW)
    let runs = namesIn(sentence, from, i)
    if (pointsElsewhere(words, from, i, ELSEWHERE)) continue
    if (previous && (runs.length === 0 || from === 0)) {
      const n = previous.words.length
      if (pointsElsewhere(previous.words, Math.max(0, n - WINDOW), n, ELSEWHERE)) continue
      if (runs.length === 0) runs = namesIn(previous, Math.max(0, n - WINDOW), n)
    }
    // No name near it: the person the story was last about ("He added …" two sentences on).
    let surname: string | undefined
    if (runs.length === 0) surname = state.topic
    else {
      // One person only (the same surname again is the same person).
      surname = runs[0][runs[0].length - 1].value
      if (runs.some((r) => r[r.length - 1].value !== surname)) continue
    }
    if (surname === undefined) continue
    const full = runs.find((r) => r.length >= 2)
    const person = people.get(surname)
    // A story that said "he" before it named her is about a man too: "he" may well be him.
    if (person ? person.afterHe : state.he) continue
    // Her full name near the pronoun, or a woman already reported (then her surname or the topic will do).
    if (!full && !state.reported.has(surname)) continue
    const given = full ? full[0].value : person?.given
    if (!given || FAMILY_NAME_FIRST.has(given) || genderOf(given) !== 'female') continue
    state.reported.add(surname)
    if (runs.some((r) => r.length >= 2 && r[0].value !== given)) continue
    const name = full ? full.map((x) => x.value).join(' ') : `${given} ${surname}`
    const expected = w.value === lower ? replacement : replacement[0].toUpperCase() + replacement.slice(1)
    reportText(sentence.paragraph, w.start, w.end, {
      reason: `“${w.value}” seems to stand for ${name}, whom the story names as a woman: a subject or possessive machine translation filled in (Spanish, Portuguese and Italian drop the subject; “su” has no gender). Check who is meant; write “${expected}” if it is her`,
      expected: [expected]
    })
  }
}

/** Does a word of words [from, to) belong to the set (lower case)? */
function pointsElsewhere(words: readonly WordInfo[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) {
    const lower = words[k].value.toLowerCase()
    if (set.has(lower)) return true
    // "spokesman", "chairman", "congressman": a man.
    if (set === MALE_WORDS && lower.length > 5 && lower.endsWith('man') && !lower.endsWith('woman') && lower !== 'human' && lower !== 'german') return true
  }
  return false
}

/** Runs of capitalised words, each with a non-dictionary word, in words [from, to) of a sentence (people, or things that could be). */
function namesIn(sentence: SentenceInfo, from: number, to: number): WordInfo[][] {
  const words = sentence.words
  const text = sentence.paragraph.text
  const runs: WordInfo[][] = []
  let current: WordInfo[] = []
  const close = (): void => {
    if (current.length > 0 && current.some((w) => isNameWord(w.value)) && !(current.length === 1 && NOT_PEOPLE.has(current[0].value))) {
      runs.push(trimTitles(current))
    }
    current = []
  }
  for (let i = from; i < to; i++) {
    const w = words[i]
    const joined = i > from && text.slice(words[i - 1].end, w.start) === ' '
    if (!joined) close()
    if (UPPER_START.test(w.value) && !isAllCaps(w.value)) {
      if (current.length === 0) {
        const before = i > 0 && text.slice(words[i - 1].end, w.start) === ' ' ? words[i - 1].value.toLowerCase() : undefined
        if (before !== undefined && PLACE_PREPOSITIONS.has(before)) continue
      }
      current.push(w)
    } else {
      close()
    }
  }
  close()
  return runs
}

/** "Foreign Minister Celinda Duarte" → "Celinda Duarte": titles are dictionary words. */
function trimTitles(words: WordInfo[]): WordInfo[] {
  let k = 0
  while (k < words.length - 1 && !isNameWord(words[k].value)) k++
  // "Jaya Police Chief …": a name word followed by dictionary words is no given name + surname.
  let e = k + 1
  while (e < words.length && isNameWord(words[e].value)) e++
  return words.slice(k, e)
}

const commonCache = lazy(() => new Map<string, boolean>())

/** A name word: capitalised and not a dictionary word in lower case ("Minister", "The" are). */
function isNameWord(value: string): boolean {
  const cache = commonCache()
  let common = cache.get(value)
  if (common === undefined) {
    const bare = value.replace(/[’']s$/, '')
    common = isCommonWord(bare.toLowerCase())
    if (cache.size > 20_000) cache.clear()
    cache.set(value, common)
  }
  return !common
}

function isAllCaps(value: string): boolean {
  return value.length > 1 && value === value.toUpperCase()
}

/**
 * Is offset `at` inside a quotation of the paragraph (more opening than
 * closing marks before it)?  The cursor goes on from the last call, so a
 * paragraph is read once whatever its number of pronouns.
 */
function insideQuotation(q: QuoteCursor, paragraph: ParagraphInfo, at: number): boolean {
  if (q.paragraph !== paragraph || at < q.at) {
    q.paragraph = paragraph
    q.at = 0
    q.depth = 0
    q.straight = 0
  }
  const text = paragraph.text
  for (; q.at < at; q.at++) {
    const c = text.charCodeAt(q.at)
    if (c === 0x201c || c === 0xab) q.depth++
    else if (c === 0x201d || c === 0xbb) q.depth = Math.max(0, q.depth - 1)
    else if (c === 0x22) q.straight++
  }
  return q.depth > 0 || q.straight % 2 === 1
}
