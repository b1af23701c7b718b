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
 * name lists call female (plugins/support/given-names.ts); her surname
 * alone in the pronoun's sentence will do when the story gave that surname
 * one given name only, a woman's, and said "she" or "her" in the sentence
 * that first named her (naming no one else) or the next, with no
 * capitalised word between the surname and the pronoun (a name the
 * dictionary knows: "hurt Trump"); once a pronoun was reported for her, her
 * surname alone or the story's topic (the last sentence that named one
 * person only) will do, and so does '"…," he said' right after the
 * sentence of a report (she goes on speaking).  Not people: a single country or demonym ("As
 * Bolivia", "Venezuelans", "Mexican President …"), a run after "the"
 * without a known given name ("the Bundestag"), names inside the quotation
 * before '," he said'.  A known female given name keeps the next
 * capitalised word as her surname even when it is a dictionary word
 * ("Elisabeth Borne").  Nothing in those words may
 * point to a man (a male given name, "Mr", "husband", "son", "spokesman" …),
 * and the story must not have said "he" before it named her (a man was its
 * subject: clean copy about a man who meets a woman).  Information: the
 * editor checks who is meant.  The fix candidate is "she"/"her"/"herself",
 * never applied unattended.
 */
import type {DocumentIndex, ParagraphInfo, SentenceInfo, WordInfo} from './support/document.js'
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
      'lists disagree on, like "Andrea", and a family name that comes first, like "Kim", are not). Her surname alone in ' +
      'the sentence will do when the story gave it one given name only, a woman\'s, and said "she" or "her" right after ' +
      'first naming her (naming no one else then), with no capitalised word between. Not people: a lone country or ' +
      'demonym ("Venezuelans"), a run after "the" without a known given name ("the Bundestag"), names in the quotation ' +
      'before \'," he said\'. Once a pronoun was ' +
      'reported for her, her surname alone or the story going on about her (no other name between) will do, and so does ' +
      '\'"…," he said\' right after the sentence of a report. A male ' +
      'given name, "Mr", "husband", "son", "-man" words and their kin in those sentences, or a "he" in the story before ' +
      'she was named (a man was its subject) leave it alone. Information with "she"/"her" as candidates, never fixed ' +
      'unattended; the lists are read on first need, not at start-up.'
  },
  examples: {
    ok: [
      'Foreign Minister Maria Lopes met the delegation. She said the talks would go on.',
      'Maria Lopes spoke after Pedro Alves. He said the talks would go on.',
      'Lopes quoted her husband: “he said he would come.”',
      'Singer Hilary Vance has released a song.\n\nVance said he wrote the lyrics.'
    ],
    notOk: [
      {
        text: 'Foreign Minister Celinda Duarte opened the session on Monday. He stressed that the talks would go on.',
        line: 1, column: 63, actual: 'He', fix: 'She'
      },
      {
        text: 'Senator Giulia Marchetti voted against the bill, and his party followed.',
        line: 1, column: 54, actual: 'his', fix: 'her'
      },
      {
        text: 'Opposition leader Lucía Ballester spoke to supporters on Sunday, and she promised to keep campaigning.\n\nAccording to Ballester, the count was flawed, and he said it must be repeated.',
        line: 3, column: 51, actual: 'he', fix: 'she'
      }
    ]
  }
}

const PRONOUNS: ReadonlyMap<string, string> = new Map([['he', 'she'], ['him', 'her'], ['his', 'her'], ['himself', 'herself']])
/** Words that put a man in the window (he may be the one meant). */
const MALE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'sir', 'man', 'men', 'male', 'husband', 'son', 'sons', 'father', 'brother', 'boy', 'king', 'prince', 'uncle',
  'nephew', 'grandson', 'grandfather', 'boyfriend', 'widower', 'actor', 'waiter', 'priest', 'monk', 'bishop', 'pope', 'monsieur', 'señor', 'senhor', 'signor', 'herr', 'dom', 'don'
])
/** A man there: the pronoun may well be right. */
const ELSEWHERE: ReadonlySet<string> = MALE_WORDS
const MASCULINE: ReadonlySet<string> = new Set(PRONOUNS.keys())
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
    const quotes: QuoteCursor = {paragraph: undefined, at: 0, depth: 0, straight: 0}
    // Every field set here (undefined until known), so the state keeps one shape while a story is read.
    const state: State = {
      index,
      previous: undefined,
      topic: undefined,
      he: false,
      reportedIn: undefined,
      reportedSurname: undefined,
      reported: new Map(),
      people: new Map(),
      sightings: undefined
    }
    for (const paragraph of index.paragraphs) {
      for (const sentence of paragraph.sentences) {
        checkSentence(sentence, state, quotes, reportText)
        // After a report only: the one person the story goes on about (the
        // surname of the last sentence that named one person only).
        if (state.reported.size > 0) {
          const runs = namesIn(sentence, 0, sentence.words.length)
          if (runs.length > 0) {
            const surname = runs[0][runs[0].length - 1].value
            state.topic = runs.every((r) => r[r.length - 1].value === surname) ? surname : undefined
          }
          if (pointsElsewhere(sentence.words, 0, sentence.words.length, MALE_WORDS)) state.topic = undefined
        }
        state.previous = sentence
      }
    }
  }
})

/** What the story says of a surname, read on first need. */
interface Person {
  /** The given name before it ('' when the story names two people of this surname, or none). */
  given: string
  /** Whether the story said "he" before it first named this person: a man was its subject already. */
  afterHe: boolean
  /** Whether the story said "she" or "her" right after it first named this person (that sentence or the next). */
  she: boolean
}

interface State {
  index: DocumentIndex
  previous?: SentenceInfo | undefined
  /** The one person the story was last about (after a report). */
  topic?: string | undefined
  /** Whether the story has said "he", "his" or "him" yet. */
  he: boolean
  /** The sentence of the last report, and the surname it was for. */
  reportedIn?: SentenceInfo | undefined
  reportedSurname?: string | undefined
  /** The women a pronoun was reported for: surname → given name. */
  reported: Map<string, string>
  /** Surnames read so far (personOf). */
  people: Map<string, Person>
  /** Each capitalised word's first use (sightingsOf), built on first need. */
  sightings?: Map<string, Sighting> | undefined
}

/** Where a capitalised word is first used, what came before, and the given names written before it. */
interface Sighting {
  /** The given name before it ('' when two differ), undefined when none. */
  given: string | undefined
  /** Whether a "he" came before its first use. */
  afterHe: boolean
  /** Its first use: position in the document's words, and in its sentence. */
  at: number
  inSentence: number
}

/**
 * One pass over the story, on first need: each capitalised word's first
 * use, whether a "he" came before it, and the first word of the name run
 * before each use ("María Corina Machado" → "María").
 */
function sightingsOf(state: State): Map<string, Sighting> {
  if (state.sightings) return state.sightings
  const map = new Map<string, Sighting>()
  const all = state.index.words
  let he = false
  let sentenceStart = 0
  for (let n = 0; n < all.length; n++) {
    const w = all[n]
    if (n === 0 || w.sentence !== all[n - 1].sentence) sentenceStart = n
    const v = w.value
    if ((v.charCodeAt(0) | 32) === 104 && MASCULINE.has(v.toLowerCase())) {
      he = true
      continue
    }
    if (!startsUpper(v)) continue
    let sighting = map.get(v)
    if (!sighting) {
      sighting = {given: undefined, afterHe: he, at: n, inSentence: n - sentenceStart}
      map.set(v, sighting)
    }
    let j = n
    while (j > 0 && n - j < 4 && all[j - 1].paragraph === w.paragraph && spaceBetween(w.paragraph.text, all[j - 1], all[j]) && startsUpper(all[j - 1].value) && isNameWord(all[j - 1].value)) j--
    if (j < n) sighting.given = sighting.given === undefined || sighting.given === all[j].value ? all[j].value : ''
  }
  state.sightings = map
  return map
}

/**
 * What the story says of a surname, read once: the given names written
 * before it, whether a "he" came before its first use, and whether "she" or
 * "her" follows that first use (its sentence, naming no one else, or the
 * next; at most a window of words either way).
 */
function personOf(state: State, surname: string): Person {
  let person = state.people.get(surname)
  if (person) return person
  const sighting = sightingsOf(state).get(surname)
  if (!sighting) {
    person = {given: '', afterHe: true, she: false}
    state.people.set(surname, person)
    return person
  }
  const all = state.index.words
  const first = all[sighting.at]
  const sentence = first.sentence
  let she = false
  // Her "she" counts when that sentence names no one else near her ("X and Y have released …. She said" may be X).
  const runs = namesIn(sentence, Math.max(0, sighting.inSentence - WINDOW), Math.min(sentence.words.length, sighting.inSentence + WINDOW))
  if (runs.every((r) => r[r.length - 1].value === surname)) {
    let after = 0
    let current = sentence
    for (let n = sighting.at + 1; n < all.length && n <= sighting.at + 2 * WINDOW; n++) {
      const w = all[n]
      if (w.sentence !== current) {
        current = w.sentence
        if (++after >= 2) break
      }
      const v = w.value
      if (v === 'she' || v === 'her' || v === 'She' || v === 'Her' || v === 'herself') {
        she = true
        break
      }
    }
  }
  person = {given: sighting.given ?? '', afterHe: sighting.afterHe, she}
  state.people.set(surname, person)
  return person
}

/** Where the quotation scan of a paragraph has got to (pronouns come in order). */
interface QuoteCursor {
  paragraph: ParagraphInfo | undefined
  at: number
  depth: number
  straight: number
}

const CLOSING_QUOTE = /["”»]/

/** At most this many words before a pronoun are read for its antecedent. */
const WINDOW = 60

function checkSentence(
  sentence: SentenceInfo,
  state: State,
  quotes: QuoteCursor,
  reportText: (p: ParagraphInfo, start: number, end: number, f: {reason: string; expected: string[]}) => unknown
): void {
  const words = sentence.words
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    // Only words starting with h/H can be one (no lower-case copy of every word).
    if ((w.value.charCodeAt(0) | 32) !== 104) continue
    const lower = w.value.toLowerCase()
    const replacement = PRONOUNS.get(lower)
    if (replacement === undefined) continue
    if (w.value !== lower && !(i === 0 && w.value === lower[0].toUpperCase() + lower.slice(1))) continue
    if (insideQuotation(quotes, sentence.paragraph, w.start)) continue
    // The people it may stand for: names before it in its sentence, else in the sentence before.
    const previous = state.previous
    const from = Math.max(0, i - WINDOW)
    // '"…," he said': the names before it are inside the quotation, not the speaker.
    const afterQuote = i > 0 && CLOSING_QUOTE.test(sentence.paragraph.text.slice(words[i - 1].end, w.start))
    // '"…," he said' right after a sentence whose pronoun was reported for her: she goes on speaking.
    const goesOn = afterQuote && previous !== undefined && state.reportedIn === previous ? state.reportedSurname : undefined
    let runs = afterQuote ? [] : namesIn(sentence, from, i)
    if (pointsElsewhere(words, from, i, ELSEWHERE)) continue
    const sameSentence = runs.length > 0
    if (previous && goesOn === undefined && (runs.length === 0 || from === 0)) {
      const n = previous.words.length
      if (pointsElsewhere(previous.words, Math.max(0, n - WINDOW), n, ELSEWHERE)) continue
      if (runs.length === 0) runs = namesIn(previous, Math.max(0, n - WINDOW), n)
    }
    // No name near it: the person the story was last about ("He added …" two sentences on).
    let surname: string | undefined
    if (runs.length === 0) surname = goesOn ?? state.topic
    else {
      // One person only (the same surname again is the same person).
      surname = runs[0][runs[0].length - 1].value
      if (runs.some((r) => r[r.length - 1].value !== surname)) continue
    }
    if (surname === undefined) continue
    const full = runs.find((r) => r.length >= 2)
    // Her full name near the pronoun, a woman already reported (then her surname or the topic will do), or her
    // surname alone when the story gave it one given name only, a woman's, and said "she" or "her" right after.
    const reportedGiven = state.reported.get(surname)
    // Her surname alone, then a capitalised word before the pronoun ("… would hurt Baker, but he"): a name the dictionary knows.
    if (!full && sameSentence && capitalBetween(words, runs[runs.length - 1], i)) continue
    let given = full ? full[0].value : reportedGiven
    if (given === undefined && sameSentence) {
      const person = personOf(state, surname)
      if (person.she) given = person.given
    }
    if (!given || FAMILY_NAME_FIRST.has(given)) continue
    if (reportedGiven === undefined) {
      // A story that said "he" before it named her is about a man too; two people of her surname: no telling.
      const person = personOf(state, surname)
      if (person.afterHe || person.given !== given) continue
      if (genderOf(given) !== 'female') continue
    }
    if (runs.some((r) => r.length >= 2 && r[0].value !== given)) continue
    state.reported.set(surname, given)
    state.topic = surname
    state.reportedIn = sentence
    state.reportedSurname = surname
    const name = full ? full.map((x) => x.value).join(' ') : `${given} ${surname}`
    const expected = w.value === lower ? replacement : replacement[0].toUpperCase() + replacement.slice(1)
    reportText(sentence.paragraph, w.start, w.end, {
      reason: `“${w.value}” seems to stand for ${name}, whom the story names as a woman: a subject or possessive machine translation filled in (Spanish, Portuguese and Italian drop the subject; “su” has no gender). Check who is meant; write “${expected}” if it is her`,
      expected: [expected]
    })
  }
}

/** A capitalised word between a name run and word i ("… would hurt Trump - but she …": a name the dictionary knows). */
function capitalBetween(words: readonly WordInfo[], run: readonly WordInfo[], i: number): boolean {
  const after = run[run.length - 1].end
  for (let k = i - 1; k >= 0 && words[k].start >= after; k--) if (startsUpper(words[k].value)) return true
  return false
}

/** One space between two words (no string made). */
function spaceBetween(text: string, a: WordInfo, b: WordInfo): boolean {
  return b.start === a.end + 1 && text.charCodeAt(a.end) === 32
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
  let afterThe = false
  const close = (): void => {
    if (current.length > 0 && current.some((w) => isNameWord(w.value))) {
      const run = trimTitles(current)
      // "As Bolivia": a country after a capitalised opener is no person either.
      const v = run[0].value
      const place = run.length === 1 && (NOT_PEOPLE.has(v) || (v.endsWith('s') && NOT_PEOPLE.has(v.slice(0, -1))))
      // "the Bundestag", "the Vente Venezuela leader": a person is not named after "the" unless by a given name ("the Democrat Joe Biden").
      if (!place && !(afterThe && genderOf(run[0].value) === undefined)) runs.push(run)
    }
    current = []
  }
  for (let i = from; i < to; i++) {
    const w = words[i]
    const joined = i > from && spaceBetween(text, words[i - 1], w)
    if (!joined) close()
    if (startsUpper(w.value) && !isAllCaps(w.value)) {
      if (current.length === 0) {
        const before = i > 0 && spaceBetween(text, words[i - 1], w) ? words[i - 1].value.toLowerCase() : undefined
        // "according to Sosa": a person after all.
        if (before !== undefined && PLACE_PREPOSITIONS.has(before) && !(before === 'to' && i > 1 && words[i - 2].value.toLowerCase() === 'according')) continue
        afterThe = before === 'the'
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
  // "Mexican President Andrés López": a demonym or country before the title is no name either.
  while (k < words.length - 1 && (!isNameWord(words[k].value) || NOT_PEOPLE.has(words[k].value))) k++
  // "Jaya Police Chief …": a name word followed by dictionary words is no given name + surname.
  let e = k + 1
  while (e < words.length && isNameWord(words[e].value)) e++
  // "Elisabeth Borne": a known given name, then a surname that is also a dictionary word, ending the run.
  if (e === k + 1 && e === words.length - 1 && words[k].value.length > 2 && genderOf(words[k].value) === 'female') e++
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

/** A capital first: ASCII by its code, other letters by the Unicode class. */
function startsUpper(value: string): boolean {
  const c = value.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return UPPER_START.test(value)
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
