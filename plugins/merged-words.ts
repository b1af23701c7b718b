/**
 * merged-words: words run together where a space, comma or full stop was lost
 * when the copy was stripped of markup — every join shape:
 * - one case: "economicgrowth", "ticketsand", "Aleppothe", "Flamengowas"
 *   (merged-words/letters.ts);
 * - a case boundary: "ministerAna", "believeIt", "ANPThe", "Read MoreIn",
 *   "PortuguêsOn", "MadridPresident" (merged-words/camel.ts);
 * - a digit boundary: "00:05in", "norms12:54", "2019The", "in2019",
 *   "birthday70", "bigger7xyz" (merged-words/digits.ts).
 *
 * Each token goes through one pass over its characters (merged-words/shape.ts)
 * that rejects ordinary words at once; only a token the lexicon does not know
 * is judged, with evidence (dictionaries, the document's own names and words,
 * case and digit boundaries), never with a list of joins.  Camel-case brands,
 * surname prefixes, units, time markers and zones are sourced tables
 * (data/merged-words.ts).  Syntax (hashtags, handles, URLs) is not a word and
 * never reaches the rule; accepted words never do either.
 * No-space-after-punctuation ("said.It") is the punctuation-spacing rule's.
 */
import type {WordInfo} from './support/document.js'
import {FLAG, isKnownToken, lookup} from './support/lexicon.js'
import {defineRule, ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'
import {judgeWithEvidence, lowerCase} from './support/text.js'
import {checkCamel} from './merged-words/camel.js'
import {makeCheck} from './merged-words/context.js'
import {checkDigits} from './merged-words/digits.js'
import {checkLetters} from './merged-words/letters.js'
import {shapeOf} from './merged-words/shape.js'

export const meta: RuleMeta = {
  id: 'merged-words',
  description: 'Words run together where a space, comma or full stop was lost ("Aleppothe", "ministerAna", "00:05in").',
  severity: 'error',
  fixable: true,
  url: ruleUrl('merged-words'),
  docs: {
    decides:
      'Only a token the lexicon (en-US and en-GB Hunspell forms and a large English word list) does not know is judged, ' +
      'by its shape and with evidence, never against a list of joins. One case (5 to 40 letters, used once in the ' +
      'document): each split point is tried with plain look-ups, and a split counts when a function word, pronoun, ' +
      '-ly adverb or reporting verb is on the right, or a determiner or auxiliary on the left ("ticketsand", ' +
      '"isclearly"); a preposition of the source language after a word of six letters or more, before a lower-case ' +
      'word ("spokespersoncon dialogue": reported with the word to translate, not fixed unattended); noun + noun joins ' +
      'are left alone (mostly real compounds); after a capital, the left part is a ' +
      'name (in the dictionary or used on its own in the document, "Ortega’s" included) or an unknown name followed by ' +
      'a lower-case word ("Flamengowas clearly", "Luis Ortizof the"); demonyms ("Uzbekistanis") are words. At a ' +
      'case boundary (a surname prefix stays with its name: "McDonald", "DiCaprio"; a lower-case letter first is a ' +
      'brand: "iPhone"), a join needs a sentence-opening function word on the right ("believeIt", "ANPThe"), ' +
      'letters outside ASCII on one side only ("PortuguêsOn"), a lower-case word before a capital ("canoaChilean"), an ' +
      'acronym and a word that open a name or a line ("UKMinister Jane", "TorresRTVE News"), page furniture ' +
      'glued to the copy at the start of a line ("Read MoreIn"), or a name glued to a capitalised common word ' +
      '("MadridPresident"); camel-case brands the dictionaries lack ("LinkedIn", "JPMorgan") are a sourced table. ' +
      'At a digit boundary: a clock time or video time code glued to a word ("00:05in", "norms12:54"; not "12:40pm", ' +
      '"10:30GMT", "£1.50bn"), a year glued to a capitalised word ("2019The"), a word of three letters or more glued to ' +
      'a number ("birthday70"; not "mp3", "web3", "covid19"), a function word to a year ("in2019"), a name to an ' +
      'ordinal ("Azar12th"), a year to a time after a date, or a word to a part the document uses on its own ' +
      '("bigger7xyz"); never a number before lower case ("5km", "21st", "£5million"). The split is the fix; an ' +
      'apposition starter ("the", "where") adds a comma candidate first, and only a single one-case split after a ' +
      'known word is fixed unattended. No space after punctuation ("said.It") is the punctuation-spacing rule\'s.'
  },
  examples: {
    ok: [
      'Netanyahu met Hezbollah envoys in the newsroom.',
      'TimeWarner and BankAmerica reported results.',
      'The iPhone sold well at McDonald outlets in Türkiye, Araghchi said.',
      'Nevertheless, lawmakers backed the programme anyway.',
      'The labour market improved.',
      'DiCaprio, LeBron and JPMorgan met at 12:40pm to discuss the A320neo, COVID-19 and £5bn in 5km.'
    ],
    notOk: [
      {text: 'The rebels took control of Aleppothe country’s second city. Aleppo fell.', line: 1, column: 28, actual: 'Aleppothe', fix: 'Aleppo, the'},
      {text: 'The attack left 412 deadmostly combatants.', line: 1, column: 21, actual: 'deadmostly', fix: 'dead, mostly'},
      {text: 'Fans queued for ticketsand programmes.', line: 1, column: 17, actual: 'ticketsand', fix: 'tickets and'},
      {text: 'The Senateapproved the bill on Friday.', line: 1, column: 5, actual: 'Senateapproved', fix: 'Senate approved'},
      {text: 'Officials in MadridPresident Pedro Sanchez spoke.', line: 1, column: 14, actual: 'MadridPresident', fix: 'Madrid President'},
      {text: 'It hurts, but I believeIt can happen.', line: 1, column: 17, actual: 'believeIt', fix: 'believe. It'},
      {text: 'Read MoreIn late June the rains came.', line: 1, column: 1, actual: 'Read MoreIn', fix: 'In'},
      {text: 'The mayor spoke first.\n00:05in the face of the storm, he said.', line: 2, column: 1, actual: '00:05in', fix: 'in'},
      {text: 'It all changed in 2019The vote came later.', line: 1, column: 19, actual: '2019The', fix: '2019 The'}
    ]
  }
}

export interface MergedWordsOptions extends RuleOptions {}

type Kind = 'lower' | 'title' | 'camel' | 'digits'

interface Candidate {
  word: WordInfo
  kind: Kind
}

export default defineRule<MergedWordsOptions>({
  meta,
  check({index, accepted, report}) {
    const candidates: Candidate[] = []
    for (const word of index.words) {
      const kind = kindOf(word.value)
      if (kind === undefined) {
        if (word.value.length >= 7 && word.value.includes('-')) hyphenSegments(word, candidates)
        continue
      }
      const token = word.value
      if (kind === 'lower' || kind === 'title') {
        // A one-case token that recurs is a word of the document's own: asked
        // first, as a map look-up is cheaper than the lexicon's.
        const lower = lowerCase(token)
        if ((index.lowerCounts.get(lower) ?? 0) > 1 || isKnownToken(token) || accepted.has(lower)) continue
      } else {
        if (kind === 'camel' ? isKnownCamel(token) : kind !== 'digits' && isKnownToken(token)) continue
        if (accepted.has(token.toLowerCase())) continue
      }
      candidates.push({word, kind})
    }
    // The document's names are worked out only when a candidate needs them.
    judgeWithEvidence(candidates, () => makeCheck(index, accepted, report), ({word, kind}, check) => {
      if (kind === 'digits') checkDigits(check, word)
      else if (kind === 'camel') checkCamel(check, word)
      else checkLetters(check, word, kind === 'title')
    })
  }
})

/** A camel-case token the dictionaries write that way ("YouTube", "McDonald"); not "DAfter" for "dafter". */
function isKnownCamel(token: string): boolean {
  return (lookup(token.toLowerCase()) & (FLAG.NAME | FLAG.CAPS)) !== 0
}

/**
 * The parts of a hyphenated word that run two words together at a capital
 * ("Julian-KahloÁlvaro"), each as a word of its own place.
 */
function hyphenSegments(word: WordInfo, candidates: Candidate[]): void {
  const v = word.value
  let from = 0
  while (from < v.length) {
    let to = v.indexOf('-', from)
    if (to === -1) to = v.length
    const segment = v.slice(from, to)
    if (segment.length >= 5 && kindOf(segment) === 'camel' && !isKnownCamel(segment)) {
      candidates.push({word: {...word, value: segment, start: word.start + from, end: word.start + to}, kind: 'camel'})
    }
    from = to + 1
  }
}

/** Which check a token goes to, from its shape alone; undefined for most words. */
function kindOf(token: string): Kind | undefined {
  if (token.length < 3 || token.length > 40) return undefined
  const s = shapeOf(token)
  if (s.digits > 0) {
    if (!s.digitBoundary || s.letters === 0) return token.length >= 9 && s.letters === 0 && s.others === 1 ? 'digits' : undefined
    return 'digits'
  }
  if (s.others > 0 || token.length < 5) return undefined
  if (s.caseBoundary) return 'camel'
  if (s.uppers === 0) return 'lower'
  if (s.uppers === 1 && s.upperFirst) return 'title'
  return undefined
}
