/**
 * false-friend: an English word that looks like the source word but means
 * something else — "assisted the ceremony" (asistió = attended), "a
 * sensible issue" (sensitive), "ratified his commitment" (reaffirmed),
 * "realized a study" (carried out), "a balance of 12 dead" (toll), "the
 * chancellor" for a Latin American foreign minister.
 *
 * How it decides: each entry of plugins/data/false-friend.ts (sourced, per
 * source language) is a short run of words whose context rules the English
 * sense out ("assist" + "the" + an event noun; "sensible" + "issue").
 * Entries that are also ordinary English somewhere ("actually is", "could
 * eventually be", "the chancellor") count only when the story's
 * source-language guess (plugins/support/source-language.ts) is one of the
 * entry's languages, and some only when the story names nothing that makes
 * the English sense likely (Germany for "chancellor").  The rule also
 * records the guess in `file.data.wirelint.sourceLanguage` for the library
 * API.  Findings are information with the English that was
 * meant; nothing is fixed unattended.
 *
 * Speed: one Map look-up per word (the entries by their first word); the
 * guess is one pass over the words.
 */
import {FALSE_FRIENDS, type FalseFriend} from './data/false-friend.js'
import type {ParagraphInfo, WordInfo} from './support/document.js'
import {isCommonWord} from './support/lexicon.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'
import {sourceLanguageOf} from './support/source-language.js'
import {lazy, mapInParts, POSSESSIVE_END, UPPER_START, type WordTable} from './support/text.js'

export const meta: RuleMeta = {
  id: 'false-friend',
  description: 'A source-language look-alike with another meaning: "assisted the ceremony", "a sensible issue", "realized a study".',
  severity: 'info',
  after: ['calque'],
  fixable: false,
  url: ruleUrl('false-friend'),
  docs: {
    decides:
      'Each entry of a sourced table (data/false-friend.ts: Spanish, French, Italian, Portuguese and German false friends ' +
      'with the source words, the English sense that misleads, and the English meant) is a short run of words whose ' +
      'context rules the English sense out: "assist" + "the" + an event ("attend"), "sensible" + "issue" ("sensitive"), ' +
      '"ratified" + a possessive + "commitment" ("reaffirmed"), "realize" + "a study" ("carry out"), "a balance of 12 dead" ' +
      '("toll"), "conducive." alone (Indonesian "kondusif": calm), "punctually heavy" (Italian: locally), "found ' +
      'inanimate" (unconscious), "a depressive scene" (depressing). Entries that are also ordinary English ("actually is", "could eventually be", "the ' +
      'chancellor", "realizing the announcement", "judged that", "pondered that", "could condition the", "an ' +
      'important number", French "estimated that the"/"judged,", Romance "the posture of", "more continuous", German ' +
      '"slowly embarrassing", Polish "his exposé") count only when the story\'s source-language guess is one of the entry\'s languages, and ' +
      '"chancellor" only when the story names neither Germany nor Austria. The guess (letters, names, quotation marks, ' +
      'calques) is recorded for the library API as `file.data.wirelint.sourceLanguage` ({lang, confidence, evidence}). Information with the English ' +
      'meant; never fixed unattended.'
  },
  examples: {
    ok: [
      'The nurse assisted the surgeon during the operation.',
      'It was a sensible decision, and the vote was a sensible compromise.',
      'The Senate ratified the treaty on Monday.',
      'German Chancellor Olaf Scholz met the French president in Berlin.',
      'She actually is the best candidate, the coach said.'
    ],
    notOk: [
      {text: 'The president assisted the ceremony in the capital.', line: 1, column: 15, actual: 'assisted', fix: 'attended'},
      {text: 'Officials called it a sensible issue for both countries.', line: 1, column: 23, actual: 'sensible', fix: 'sensitive'},
      {text: 'The minister ratified his commitment to the reform.', line: 1, column: 14, actual: 'ratified', fix: 'reaffirmed'},
      {text: 'The storm left a balance of 12 dead in the region.', line: 1, column: 18, actual: 'balance of', fix: 'toll of'},
      {text: 'The police chief said the city is conducive.', line: 1, column: 35, actual: 'conducive', fix: 'calm'},
      {text: 'Fans saw a depressive scene after the final whistle.', line: 1, column: 12, actual: 'depressive', fix: 'depressing'}
    ]
  }
}

interface Compiled {
  entry: FalseFriend
  langs: ReadonlySet<string>
  words: ReadonlyArray<ReadonlySet<string>>
}

/**
 * An entry with every field present (undefined where the table leaves it
 * out), in one order: one hidden class for the check instead of one per
 * combination of fields (a type error here names a field added to the table
 * but not to this list).  A literal, not a helper that copies a list of
 * keys: an object filled key by key goes to V8's dictionary mode past 16
 * fields, slower to read than the shapes it would replace.
 */
function fullEntry(e: FalseFriend): FalseFriend {
  const full: Record<keyof FalseFriend, unknown> = {
    id: e.id,
    words: e.words,
    span: e.span,
    notBefore: e.notBefore,
    notAfter: e.notAfter,
    before: e.before,
    beforePunctuation: e.beforePunctuation,
    expected: e.expected,
    verb: e.verb,
    langs: e.langs,
    originals: e.originals,
    why: e.why,
    tier: e.tier,
    unlessStoryNames: e.unlessStoryNames
  }
  return full as FalseFriend
}

/** The entries by each of their first words, compiled on first use. */
const byFirst = lazy((): WordTable<Compiled[]> => {
  const map = new Map<string, Compiled[]>()
  for (const entry of FALSE_FRIENDS) {
    const compiled: Compiled = {entry: fullEntry(entry), langs: new Set(entry.langs.split(' ')), words: entry.words.map((w) => new Set(w))}
    for (const first of entry.words[0]) {
      const list = map.get(first) ?? []
      list.push(compiled)
      map.set(first, list)
    }
  }
  return map
}, {
  name: 'false-friend/by-first',
  // The CLI reads a first word's entries when a story first has the word.
  split: mapInParts<Compiled[]>()
})

/** ASCII codes (lower case) the table's first words start with. */
const firstLetters = lazy(() => {
  const set = new Uint8Array(128)
  for (const key of byFirst().keys()) {
    const c = key.charCodeAt(0)
    if (c < 128) set[c] = 1
  }
  return set
})

const NUMBER_WORD = /^(?:\d{1,3}(?:[,.]\d{3})*|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$/
const PLAIN_WORD = /^[\p{L}\p{N}’'-]+$/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** A demonym: "Ecuadorian", "Chinese", "Spanish", "Israeli" (a capitalised word with a demonym ending). */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch|ic|ek)$/u

export default defineRule({
  meta,
  check({index, accepted, reportText}) {
    const table = byFirst()
    const firsts = firstLetters()
    // The guess is recorded for every story (API, JSON report), whatever fires.
    let guess: string | undefined
    const guessed = (): string => (guess ??= sourceLanguageOf(index).lang)
    guessed()
    let names: Set<string> | undefined
    const storyNames = (): Set<string> => (names ??= new Set(index.words.map((w) => w.value)))
    for (const paragraph of index.paragraphs) {
      const words = paragraph.words
      // One finding per place: "a great deception for" matches two entries.
      let reportedUpTo = -1
      for (let i = 0; i < words.length; i++) {
        const value = words[i].value
        // The table's first words by their first letter: most words are left without a lower-case copy.
        const c = value.charCodeAt(0) | 32
        if (c >= 128 || !firsts[c]) continue
        // Most words are in lower case already: no copy for them.
        const list = table.get(value) ?? (c !== value.charCodeAt(0) ? table.get(value.toLowerCase()) : undefined)
        if (!list) continue
        for (const c of list) {
          if (!matchesAt(paragraph, words, i, c)) continue
          const e = c.entry
          if (e.tier === 'weak' && !c.langs.has(guessed())) continue
          if (e.unlessStoryNames && e.unlessStoryNames.some((n) => storyNames().has(n))) continue
          const [from, to] = e.span ?? [0, e.words.length]
          const start = words[i + from].start
          const end = words[i + to - 1].end
          const actual = paragraph.text.slice(start, end)
          if (start < reportedUpTo || accepted.has(actual.toLowerCase())) continue
          reportedUpTo = end
          reportText(paragraph, start, end, {
            reason: `“${actual}” looks like a false friend of ${e.originals}: ${e.why}`,
            expected: capitalise(actual, e.verb ? e.expected.map((x) => inflectLike(words[i + from].value.toLowerCase(), x)) : [...e.expected]),
            note: `false-friend entry: ${e.id}`
          })
          break
        }
      }
    }
  }
})

/** Do the entry's words match at word i (joined by single spaces, the contexts allowed)? */
function matchesAt(paragraph: ParagraphInfo, words: readonly WordInfo[], i: number, c: Compiled): boolean {
  const n = c.words.length
  if (i + n > words.length) return false
  const text = paragraph.text
  for (let p = 0; p < n; p++) {
    const w = words[i + p]
    if (p > 0 && !(w.start === words[i + p - 1].end + 1 && text.charCodeAt(w.start - 1) === 32)) return false
    const alternatives = c.words[p]
    const lower = w.value.toLowerCase()
    if (alternatives.has(lower)) continue
    if (alternatives.has('#any') && PLAIN_WORD.test(w.value)) continue
    if (alternatives.has('#number') && NUMBER_WORD.test(lower)) continue
    if (alternatives.has('#demonym') && DEMONYM.test(w.value.replace(POSSESSIVE_END, ''))) continue
    if (alternatives.has('#verb') && w.value === lower && isCommonWord(lower)) continue
    return false
  }
  const e = c.entry
  if (e.notBefore && i > 0 && text.slice(words[i - 1].end, words[i].start) === ' ' && e.notBefore.includes(words[i - 1].value.toLowerCase())) return false
  if (e.before && !(i > 0 && text.slice(words[i - 1].end, words[i].start) === ' ' && e.before.includes(words[i - 1].value.toLowerCase()))) return false
  const after = words[i + n]
  if (e.notAfter && after && text.slice(words[i + n - 1].end, after.start) === ' ') {
    const lower = after.value.toLowerCase()
    if (e.notAfter.includes(lower) || (e.notAfter.includes('#number') && NUMBER_WORD.test(lower))) return false
  }
  if (e.beforePunctuation) {
    // The first character after the match past spaces: punctuation or the paragraph's end.
    let k = words[i + n - 1].end
    while (k < text.length && text.charCodeAt(k) === 32) k++
    if (k < text.length && LETTER_OR_DIGIT.test(text[k])) return false
  }
  return true
}

const IRREGULAR: ReadonlyMap<string, string> = new Map([['deal', 'dealt']])

/** Inflect the first word of a base-form candidate like the flagged verb: "assisted" + "attend" → "attended". */
export function inflectLike(flagged: string, candidate: string): string {
  const space = candidate.indexOf(' ')
  const verb = space < 0 ? candidate : candidate.slice(0, space)
  const rest = space < 0 ? '' : candidate.slice(space)
  let form = verb
  if (flagged.endsWith('ed')) form = IRREGULAR.get(verb) ?? (verb.endsWith('e') ? verb + 'd' : /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ied' : verb + 'ed')
  else if (flagged.endsWith('ing')) form = verb.endsWith('e') ? verb.slice(0, -1) + 'ing' : verb + 'ing'
  else if (flagged.endsWith('s')) form = /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ies' : /(?:s|sh|ch|x)$/.test(verb) ? verb + 'es' : verb + 's'
  return form + rest
}

/** Capitalise the candidates when the flagged text starts with a capital. */
function capitalise(actual: string, expected: string[]): string[] {
  if (!UPPER_START.test(actual)) return expected
  return expected.map((e) => (e ? e[0].toUpperCase() + e.slice(1) : e))
}
