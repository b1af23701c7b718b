/**
 * capitalization: a pronoun, article, auxiliary or short preposition
 * capitalised in the middle of a sentence — "Adorni He said", "the
 * agency's website, The office is", "the party; They urged", "Gualtieri
 * Will go".  The source had a sentence break there, or the machine
 * translation started a new sentence inside one (Spanish copy that drops
 * the subject gets a capital "He" after the name the translator moved).
 *
 * How it decides: a closed-class word of plugins/data/capitalization.ts,
 * capitalised, not first in its sentence, followed by a lower-case word.
 * After a plain space the word before must be lower-case, or a name before a
 * capitalised pronoun or auxiliary ("Adorni He said"); after a comma only a
 * pronoun, "The" or an auxiliary; after a semicolon any of them, or any
 * capitalised dictionary word ("; Appreciate these") that is not a day, a
 * month, a country or a word the document capitalises mid-sentence elsewhere
 * (a name: "Rice"); and a lower-case word after a full stop that ends a
 * dictionary word ("told the press. voice of", not "Wisc. assembly
 * plant"): a sentence started in lower case or a stray stop; a sentence
 * opening with a numeral before a lower-case word ("13 large projects …":
 * spell it out or recast; not a year, not "3 is", a name).  Left
 * alone: headlines and captions (no sentence end) and sentences in title
 * case (half their words capitalised or more), a word followed by "the",
 * "of", "to" … (title case: "Where Is the Love"), and a word the document
 * itself uses as a name, followed by a capital elsewhere ("He Lifeng", "Will
 * Smith", "Council On Foreign Relations").  Information: lower-case it, or
 * end the sentence before it; nothing is fixed unattended.
 */
import {CAPITAL_ARTICLE, CAPITAL_AUXILIARIES, CAPITAL_OPENERS, CAPITAL_PRONOUNS} from './data/capitalization.js'
import type {DocumentIndex, ParagraphInfo, SentenceInfo} from './support/document.js'
import {MONTHS, WEEKDAYS} from './data/calque-english.js'
import {NAMED_TRACES} from './data/source-language.js'
import {isCommonWord} from './support/lexicon.js'
import {ABBREVIATIONS} from './data/abbreviations.js'
import {defineRule, ruleUrl, type RuleContext, type RuleMeta} from './support/rule.js'
import {LOWER_START, UPPER_START} from './support/text.js'

export const meta: RuleMeta = {
  id: 'capitalization',
  description: 'A pronoun, article or auxiliary capitalised mid-sentence ("Adorni He said", "; They urged"), or a sentence started in lower case ("the press. voice of").',
  severity: 'info',
  fixable: false,
  url: ruleUrl('capitalization'),
  docs: {
    decides:
      'A closed-class word (He, She, They, It, We; The; Will, Has, Is, Was, Can …; At, On, In, By, For, With, From, Now, ' +
      'Then, Also: the closed classes of the Cambridge Grammar of the English Language, capitalised at a sentence start or ' +
      'in a title only, Chicago Manual of Style 8.1) capitalised inside a sentence and followed by a lower-case word. After ' +
      'a space the word before is lower-case, or a name before a pronoun or auxiliary ("Adorni He said"); after a comma a ' +
      'pronoun, "The" or an auxiliary; after a semicolon any, or any capitalised dictionary word ("; Appreciate these") the ' +
      'story does not capitalise mid-sentence elsewhere (a name) and that is no day, month or country; a lower-case word ' +
      'after a full stop that ends a dictionary word ("told the press. voice of"; not an abbreviation, "Wisc. assembly"); a ' +
      'sentence opening with a numeral before a lower-case word ("831 people have died": Chicago 9.5, spell it out or ' +
      'recast; not a year, not a numeral before a verb, "3 is", a company). Headlines, captions and title-case sentences are left alone, ' +
      'so is a word before "the", "of", "to" … (title case: "Where Is the Love") and a word the story uses as a name ' +
      'elsewhere ("He Lifeng", "Will Smith"). Information: lower-case it or end the sentence before it.'
  },
  examples: {
    ok: [
      'Vice Premier He Lifeng met the delegation, and He said the talks went well.',
      'She sang "Where Is the Love" at the gala, and the crowd cheered.',
      'The report, The Hague said, was late.',
      'Police said it was an accident; the road was icy.',
      'The Kenosha, Wisc. plant closed. 2023 was a hard year.'
    ],
    notOk: [
      {text: 'The minister spoke first, and Adorni He said the budget was fixed.', line: 1, column: 38, actual: 'He', fix: 'he'},
      {text: 'According to the agency’s website, The office is in the capital.', line: 1, column: 36, actual: 'The', fix: 'the'},
      {text: 'They rejected the vote; They urged the council to meet.', line: 1, column: 25, actual: 'They', fix: 'they'},
      {text: 'He spoke to the press. voice of the people, he called it.', line: 1, column: 24, actual: 'voice', fix: 'Voice'},
      {text: 'The ministry gave its figures on Monday. 831 people have died this year.', line: 1, column: 42, actual: '831 people', fix: 'A total of 831 people'}
    ]
  }
}

/** Lower-case words that follow a capitalised function word in a title ("Where Is the Love", "Gone With the Wind"). */
const TITLE_FOLLOWERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'for', 'on', 'at', 'by', 'with', 'from'])
/** A paragraph with a sentence end (not a headline or a caption). */
const SENTENCE_END = /[.!?]["”’)]*\s*$/
const INNER_SENTENCE_END = /\p{Ll}{2}[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u

type Kind = 'pronoun' | 'auxiliary' | 'opener' | 'article' | 'word'

function kindOf(value: string): Kind | undefined {
  if (value === CAPITAL_ARTICLE) return 'article'
  if (CAPITAL_PRONOUNS.has(value)) return 'pronoun'
  if (CAPITAL_AUXILIARIES.has(value)) return 'auxiliary'
  if (CAPITAL_OPENERS.has(value)) return 'opener'
  return undefined
}

/** A capital first: ASCII by its code, other letters by the Unicode class. */
function startsUpper(value: string): boolean {
  const c = value.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return UPPER_START.test(value)
}

function startsLower(value: string): boolean {
  const c = value.charCodeAt(0)
  if (c < 128) return c >= 97 && c <= 122
  return LOWER_START.test(value)
}

/**
 * The function words the document uses as names or in title case: followed
 * by a capitalised word somewhere not at a sentence start ("He Lifeng",
 * "Will Smith", "Council On Foreign Relations").  Built on first need.
 */
function namesOf(index: DocumentIndex): ReadonlySet<string> {
  const cached = index.cache.get('capitalization:names') as Set<string> | undefined
  if (cached) return cached
  const names = new Set<string>()
  for (const paragraph of index.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const words = sentence.words
      for (let i = 1; i < words.length - 1; i++) {
        const v = words[i].value
        const kind = v.length > 6 ? undefined : kindOf(v)
        if (kind === undefined || kind === 'article') continue
        const next = words[i + 1]
        if (next.start === words[i].end + 1 && startsUpper(next.value)) names.add(v)
      }
    }
  }
  index.cache.set('capitalization:names', names)
  return names
}

const LETTER_END = /\p{L}$/u
/** Names of God and the prophets, after which English may capitalise "He" (Chicago Manual of Style 8.94). */
const REVERED: ReadonlySet<string> = new Set(['God', 'Allah', 'Lord', 'Jesus', 'Christ', 'Prophet', 'Almighty'])

/** Where the sentence first names God (one pass per sentence, on first need); Infinity when it does not. */
function firstRevered(words: readonly {value: string}[]): number {
  for (let k = 0; k < words.length; k++) if (REVERED.has(words[k].value)) return k
  return Infinity
}

/**
 * "the press. voice of America", "former mayor. ignazio marino": a full stop
 * after a dictionary word (not an abbreviation: "Wisc. assembly plant"),
 * then a lower-case word — a sentence that starts in lower case, or a stop
 * that should not be there.
 */
function lowerAfterStop(paragraph: ParagraphInfo, reportText: RuleContext['reportText'], accepted: ReadonlySet<string>): void {
  const words = paragraph.words
  const text = paragraph.text
  for (let k = 1; k < words.length; k++) {
    const w = words[k]
    const c = w.value.charCodeAt(0)
    if (c < 97 || c > 122 || w.start < 2 || text.charCodeAt(w.start - 1) !== 32 || text.charCodeAt(w.start - 2) !== 46) continue
    const prev = words[k - 1]
    // The parser keeps the stop on the word before a lower-case word ("overall." as if an abbreviation).
    const before = prev.end === w.start - 1 && prev.value.endsWith('.') ? prev.value.slice(0, -1) : prev.end === w.start - 2 ? prev.value : ''
    if (before.length < 3 || !LETTERS.test(before) || ABBREVIATIONS.has(before)) continue
    // The word after is lower case throughout ("oOh! Media" is a brand).
    if (!isCommonWord(before.toLowerCase()) || !LOWER_LETTERS.test(w.value) || accepted.has(w.value)) continue
    const upper = w.value[0].toUpperCase() + w.value.slice(1)
    reportText(paragraph, w.start, w.end, {
      reason: `“${before}. ${w.value}”: a sentence starts in lower case after a full stop — capitalise “${upper}”, or the full stop is stray (a sentence the machine translation cut in two)`,
      expected: [upper]
    })
  }
}

/**
 * "13 large investment projects worth …", "831 people have died": a
 * sentence that opens with a numeral.  A number starting a sentence is
 * spelled out or the sentence recast (Chicago Manual of Style 9.5, AP
 * Stylebook "numerals"); languages that start sentences with figures keep
 * them.  Not a year ("2023 was"), not after an abbreviation ("No. 8").
 */
function numeralStart(paragraph: ParagraphInfo, sentence: SentenceInfo, reportText: RuleContext['reportText']): void {
  const words = sentence.words
  if (words.length < 4) return
  const first = words[0]
  const c = first.value.charCodeAt(0)
  if (c < 48 || c > 57 || !NUMERAL.test(first.value) || YEAR.test(first.value)) return
  const text = paragraph.text
  // At the paragraph's start, or after a sentence end that is no abbreviation's stop.
  if (first.start > 0) {
    const before = text.slice(Math.max(0, first.start - 12), first.start)
    const m = STOP_BEFORE.exec(before)
    if (!m || ABBREVIATIONS.has(m[1])) return
  }
  const next = words[1]
  // A lower-case word after it, one space on: a count of something ("831 people", "13 large projects").
  if (next.start !== first.end + 1 || !LOWER_LETTERS.test(next.value)) return
  // "3 is looking to music": a name (the operator "3"), the subject of a verb.
  if (CAPITAL_AUXILIARIES.has(next.value[0].toUpperCase() + next.value.slice(1))) return
  reportText(paragraph, first.start, next.end, {
    reason: `“${first.value} ${next.value}” opens the sentence with a numeral: spell the number out or recast the sentence (“A total of ${first.value} ${next.value}…”)`,
    expected: [`A total of ${first.value} ${next.value}`]
  })
}

const NUMERAL = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+$/
const YEAR = /^(?:1[5-9]|20)\d\d$/
const STOP_BEFORE = /(\p{L}+|\d)[.!?]["”’)]?\s+$/u
const LETTERS = /^\p{L}+$/u
const LOWER_LETTERS = /^\p{Ll}+$/u

/** Capitalised words that are dictionary words in lower case but names, days or months here. */
const NOT_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS, ...Object.keys(NAMED_TRACES)])

/** Does the document write this capitalised word inside a sentence elsewhere (a name: "; Bush said", "; Rice met")? */
function capitalisedElsewhere(index: DocumentIndex, value: string): boolean {
  let set = index.cache.get('capitalization:mid') as Set<string> | undefined
  if (!set) {
    // One pass, on first need: the capitalised words not first in their sentence and not after a semicolon.
    set = new Set<string>()
    for (const paragraph of index.paragraphs) {
      for (const sentence of paragraph.sentences) {
        const words = sentence.words
        for (let k = 1; k < words.length; k++) {
          const w = words[k]
          const c = w.value.charCodeAt(0)
          if (c >= 65 && c <= 90 && !(w.start >= 2 && paragraph.text.charCodeAt(w.start - 2) === 59)) set.add(w.value)
        }
      }
    }
    index.cache.set('capitalization:mid', set)
  }
  return set.has(value)
}

/** Half the words of the sentence or more are capitalised: a title or a headline inside the paragraph. */
function titleCase(sentence: SentenceInfo): boolean {
  let upper = 0
  for (const w of sentence.words) if (startsUpper(w.value)) upper++
  return upper * 2 >= sentence.words.length
}

export default defineRule({
  meta,
  check({index, reportText, accepted}) {
    for (const paragraph of index.paragraphs) {
      const text = paragraph.text
      if (paragraph.words.length === 0) continue
      if (!SENTENCE_END.test(text) && !INNER_SENTENCE_END.test(text)) continue
      lowerAfterStop(paragraph, reportText, accepted)
      for (const sentence of paragraph.sentences) {
        const words = sentence.words
        numeralStart(paragraph, sentence, reportText)
        let title: boolean | undefined
        let revered: number | undefined
        for (let i = 1; i < words.length - 1; i++) {
          const w = words[i]
          const v = w.value
          const c = v.charCodeAt(0)
          if (c < 65 || c > 90) continue
          // After a semicolon any capitalised dictionary word ("; Appreciate these", "; But one"); elsewhere the closed classes.
          const afterSemicolon = w.start >= 2 && text.charCodeAt(w.start - 2) === 59 && text.charCodeAt(w.start - 1) === 32
          let kind = v.length > 6 ? undefined : kindOf(v)
          if (kind === undefined && afterSemicolon && isCommonWord(v.toLowerCase()) && !NOT_WORDS.has(v)) kind = 'word'
          if (kind === undefined) continue
          const next = words[i + 1]
          if (next.start !== w.end + 1 || text.charCodeAt(w.end) !== 32 || !startsLower(next.value)) continue
          if (TITLE_FOLLOWERS.has(next.value)) continue
          const prev = words[i - 1]
          const gap = text.slice(prev.end, w.start)
          let fits: boolean
          // After a space the word before ends in a letter ("May 28. The", "No. 1. The", a time stamp: a sentence end the splitter missed).
          if (gap === ' ') fits = kind !== 'word' && LETTER_END.test(prev.value) && (startsUpper(prev.value) ? kind === 'pronoun' || kind === 'auxiliary' : true)
          else if (gap === ', ') fits = kind !== 'opener' && kind !== 'word'
          else fits = gap === '; '
          if (!fits) continue
          title ??= titleCase(sentence)
          if (title) continue
          if (kind !== 'article' && (kind === 'word' ? capitalisedElsewhere(index, v) : namesOf(index).has(v))) continue
          // "God, He is": the capital of reverence.
          if (kind === 'pronoun' && (revered ??= firstRevered(words)) < i) continue
          const lower = v.toLowerCase()
          if (accepted.has(lower)) continue
          reportText(paragraph, w.start, w.end, {
            reason: `“${v}” is capitalised in the middle of a sentence: a sentence break of the source or of the machine translation. Write “${lower}”, or end the sentence before it (and check what was lost)`,
            expected: [lower]
          })
        }
      }
    }
  }
})
