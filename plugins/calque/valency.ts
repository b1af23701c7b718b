/**
 * calque, verb complements carried over from the source language
 * (data/calque-valency.ts, with sources):
 *
 * - a verb that English never follows with a bare "to" infinitive, followed
 *   by one: "announced to launch" (anunció lanzar) → "announced plans to
 *   launch", "avoided to pay" (evitó pagar) → "avoided paying", "suggested
 *   to move", "insisted to see", "denied to have", "risked to lose";
 * - "want/seek that" + a subject (quieren que el ministro defina): English
 *   says "want the minister to define";
 * - "said" + a name + "to" + the hearer (sagte X der dpa, dijo X a EFE):
 *   "X told the German Press Agency";
 * - "informs" with no one informed ("…, Report informs."; ru "сообщает"):
 *   "reports".
 *
 * How it decides: on the paragraph's words, joined by spaces only.  The
 * verb must be active (no "is", "was", "be", "been", "get" before it:
 * "was suggested to leave", "it is recommended to" are other matters) and
 * not a noun after a determiner ("the risked …"); the word after "to" must
 * be a verb's base form: a lower-case dictionary word whose "-ed", "-d" or
 * "-ied" form is a dictionary word too (or an irregular base: "be", "go",
 * "take" …), and not a hearer that is also a verb ("announced to staff",
 * "suggested to police").  After "want that" comes the start of a subject
 * (a determiner, a subject pronoun or a capitalised name), never "to" or an
 * end of clause ("want that to happen" is English).  "said X to": one to
 * three capitalised words that are not dictionary words in lower case, then
 * "to" and "the", "a", "reporters"/"journalists" or a capitalised word.
 * One Set look-up per word; no regular expression.
 */
import {AUX_ADVERBS, DETERMINERS} from '../data/calque-english.js'
import {
  CLAUSE_SUBJECT_STARTS,
  HEARERS,
  INFINITIVE_VERBS,
  SAID_TO_ORIGINALS,
  WILL_ORIGINALS,
  WILL_VERBS,
  type InfinitiveVerb
} from '../data/calque-valency.js'
import {FUNCTION_WORDS} from '../data/english-words.js'
import type {WordInfo} from '../support/document.js'
import {isCommonWord} from '../support/lexicon.js'
import {lazy} from '../support/text.js'
import {languages, lowerCase, type Add} from './scanner.js'

const INFORMS_ORIGINALS = 'ru “сообщает”; uk “повідомляє”; az “xəbər verir”; kk “хабарлайды”'

/** The infinitive verbs by form, built on first use. */
const infinitiveVerbs = lazy(() => {
  const map = new Map<string, InfinitiveVerb>()
  for (const v of INFINITIVE_VERBS) for (const f of v.forms) map.set(f, v)
  return map
})

/** Passive and copular auxiliaries: "was suggested to leave" is not this calque. */
const NOT_ACTIVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s', 'get', 'gets', 'got', 'getting'])

/** Irregular verbs whose base form has no "-ed" form in the dictionary. */
const IRREGULAR_BASES: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'go', 'take', 'give', 'make', 'see', 'come', 'get', 'buy', 'sell', 'pay', 'build', 'bring',
  'keep', 'leave', 'lose', 'meet', 'run', 'send', 'set', 'speak', 'spend', 'stand', 'tell', 'think', 'win', 'write',
  'hold', 'find', 'put', 'cut', 'seek', 'teach', 'catch', 'fight', 'choose', 'drive', 'fly', 'grow', 'know', 'lead',
  'rise', 'say', 'sit', 'sleep', 'steal', 'swim', 'throw', 'understand', 'undergo', 'withdraw', 'begin', 'break'
])

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it', 'everyone', 'everybody', 'anyone', 'nobody', 'somebody', 'someone'])

/** A verb's base form ("launch", "promote", "carry", "stop"). */
function isVerbBase(lower: string, value: string): boolean {
  if (value !== lower) return false
  if (IRREGULAR_BASES.has(lower)) return true
  if (lower.length < 2 || FUNCTION_WORDS.has(lower) || HEARERS.has(lower)) return false
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k)
    if (c < 97 || c > 122) return false
  }
  // "suggests to me", "announced to us": a hearer.
  if (lower.length < 3 || OBJECT_PRONOUNS.has(lower)) return false
  // "reporters", "members": a plural noun ("discuss", "pass" end in "ss").
  if (lower.endsWith('s') && !lower.endsWith('ss')) return false
  if (lower.endsWith('ing') || lower.endsWith('ed')) return false
  if (!isCommonWord(lower)) return false
  if (lower.endsWith('e')) return isCommonWord(lower + 'd')
  if (lower.endsWith('y') && isCommonWord(lower.slice(0, -1) + 'ied')) return true
  return isCommonWord(lower + 'ed') || isCommonWord(lower + lower[lower.length - 1] + 'ed')
}

/** The "-ing" form of a base verb, when the dictionary knows it ("pay" → "paying", "move" → "moving", "stop" → "stopping"). */
function ingForm(base: string): string | undefined {
  const candidates = base.endsWith('ie')
    ? [base.slice(0, -2) + 'ying']
    : base.endsWith('e') && !base.endsWith('ee')
      ? [base.slice(0, -1) + 'ing']
      : [base + 'ing', base + base[base.length - 1] + 'ing']
  return candidates.find((c) => isCommonWord(c))
}

/** Are words k - 1 and k joined by spaces only (one or two)? */
function joined(text: string, words: readonly WordInfo[], k: number): boolean {
  if (k <= 0 || k >= words.length) return false
  const from = words[k - 1].end
  const to = words[k].start
  if (to <= from || to - from > 2) return false
  for (let p = from; p < to; p++) if (text.charCodeAt(p) !== 32) return false
  return true
}

/** The lower-case word before word i (skipping up to two adverbs), when joined. */
function wordBefore(text: string, words: readonly WordInfo[], i: number): string | undefined {
  let k = i
  for (let skipped = 0; skipped <= 2 && joined(text, words, k); skipped++) {
    const w = lowerCase(words[k - 1].value)
    if (!AUX_ADVERBS.has(w)) return w
    k--
  }
  return undefined
}

function isCapitalised(value: string): boolean {
  const c = value.charCodeAt(0)
  return c >= 65 && c <= 90
}

/** Find the valency calques of a paragraph's words. */
export function checkValency(text: string, words: readonly WordInfo[], add: Add): void {
  const n = words.length
  const verbs = infinitiveVerbs()
  for (let i = 0; i < n - 2; i++) {
    // The tables hold lower-case forms: a capitalised word is none of them.
    const value = words[i].value
    const verb = verbs.get(value)
    if (verb) {
      checkInfinitive(text, words, i, verb, add)
      continue
    }
    const will = WILL_VERBS.get(value)
    if (will) {
      checkWillThat(text, words, i, will, add)
      continue
    }
    if (value === 'said') checkSaidTo(text, words, i, add)
    else if (value === 'informs') checkInformsAlone(text, words, i, add)
  }
  // The last word may be a lone "informs" too ("…, Report informs.").
  if (n > 0 && words[n - 1].value === 'informs') checkInformsAlone(text, words, n - 1, add)
  if (n > 1 && words[n - 2].value === 'informs') checkInformsAlone(text, words, n - 2, add)
}

/**
 * "…, Trend informs." / "Report informs, citing …": English "inform" needs
 * the person informed (Quirk et al. §16.34); an agency credit is "reports"
 * (ru "сообщает", az "xəbər verir", kk "хабарлайды").
 */
function checkInformsAlone(text: string, words: readonly WordInfo[], i: number, add: Add): void {
  const after = text.charCodeAt(words[i].end)
  const next = words[i + 1]
  const alone = after === 46 || after === 44 || after === 59 || after === 58 || (next !== undefined && next.value === 'citing' && joined(text, words, i + 1))
  if (!alone) return
  add({
    start: words[i].start,
    end: words[i].end,
    id: 'informs-alone',
    tier: 'strong',
    reason: `“informs” with no one informed is a calque of ${languages(INFORMS_ORIGINALS)}: English “inform” needs the person told; an agency credit is “reports”`,
    expected: ['reports']
  })
}

/** "announced to launch", "avoided to pay". */
function checkInfinitive(text: string, words: readonly WordInfo[], i: number, verb: InfinitiveVerb, add: Add): void {
  if (!joined(text, words, i + 1) || words[i + 1].value !== 'to' || !joined(text, words, i + 2)) return
  const next = words[i + 2]
  const nextLower = lowerCase(next.value)
  if (!isVerbBase(nextLower, next.value)) return
  const before = wordBefore(text, words, i)
  if (before !== undefined && (NOT_ACTIVE.has(before) || DETERMINERS.has(before))) return
  const verbText = words[i].value
  const start = words[i].start
  const end = next.end
  let expected: string[]
  let english: string
  if (verb.english === 'plans') {
    expected = [`${verbText} plans to ${next.value}`]
    english = `“${verbText} plans to ${next.value}” or “${verbText} it would ${next.value}”`
  } else if (verb.english === 'that') {
    expected = [`${verbText} officials to ${next.value}`]
    english = `“${verbText} officials to ${next.value}” (the people asked) or “called for”`
  } else {
    const ing = ingForm(nextLower)
    const form = verb.lemma === 'insist' ? `${verbText} on` : verbText
    expected = ing ? [`${form} ${ing}`] : []
    english = ing ? `“${form} ${ing}”` : `“${form}” + an “-ing” form`
  }
  add({
    start,
    end,
    id: `${verb.lemma}-to-infinitive`,
    tier: verb.tier ?? 'strong',
    reason: `“${text.slice(start, end)}” follows “${verb.lemma}” with a “to” infinitive, a calque of ${languages(verb.originals)}: English “${verb.lemma}” ${verb.tier === 'weak' ? 'names the people asked' : 'never takes one'}; write ${english}`,
    expected
  })
}

/** "want that the minister define", "seek that Pérez explains". */
function checkWillThat(text: string, words: readonly WordInfo[], i: number, will: string, add: Add): void {
  if (!joined(text, words, i + 1) || words[i + 1].value !== 'that' || !joined(text, words, i + 2)) return
  const subject = words[i + 2].value
  const subjectLower = lowerCase(subject)
  // A determiner or a pronoun after "want that" is data/calque-constructions.ts's
  // entry want-that-clause; this check takes the names ("seek that Pérez explains").
  if (CLAUSE_SUBJECT_STARTS.has(subjectLower) || !isCapitalised(subject) || isCommonWord(subjectLower)) return
  // The name is a clause's subject: a verb follows it ("seek that Pérez
  // explains", "… that Pérez define the plan"), not a noun it modifies
  // ("want that Tesla model, not …").
  let k = i + 3
  if (k < words.length && joined(text, words, k) && isCapitalised(words[k].value) && !isCommonWord(lowerCase(words[k].value))) k++
  if (!joined(text, words, k) || !finiteAfterName(text, words, k)) return
  const before = wordBefore(text, words, i)
  if (before !== undefined && DETERMINERS.has(before)) return
  const start = words[i].start
  const end = words[i + 1].end
  add({
    start,
    end,
    id: 'want-that',
    tier: 'strong',
    reason: `“${text.slice(start, end)}” + a clause is a calque of ${languages(WILL_ORIGINALS)}: English “want” takes an object and a “to” infinitive: rewrite as “${will} the minister to explain”`,
    expected: []
  })
}

/** A verb at word k after a named subject: "explains", "justified", or a base form with a word after it ("define the plan"). */
function finiteAfterName(text: string, words: readonly WordInfo[], k: number): boolean {
  const value = words[k].value
  const lower = lowerCase(value)
  if (value !== lower) return false
  if (lower.length > 3 && lower.endsWith('ed') && isCommonWord(lower)) return true
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) {
    const stem = lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : lower.endsWith('es') && isVerbBase(lower.slice(0, -2), lower.slice(0, -2)) ? lower.slice(0, -2) : lower.slice(0, -1)
    return isVerbBase(stem, stem)
  }
  return isVerbBase(lower, value) && joined(text, words, k + 1)
}

/** "said Wagenknecht to the German Press Agency" → "Wagenknecht told the German Press Agency". */
function checkSaidTo(text: string, words: readonly WordInfo[], i: number, add: Add): void {
  let k = i + 1
  const names: string[] = []
  while (k < words.length && names.length < 3 && joined(text, words, k) && isCapitalised(words[k].value) && !isCommonWord(lowerCase(words[k].value))) {
    names.push(words[k].value)
    k++
  }
  if (names.length === 0 || !joined(text, words, k) || words[k].value !== 'to' || !joined(text, words, k + 1)) return
  const hearer = words[k + 1].value
  if (!(hearer === 'the' || hearer === 'a' || hearer === 'reporters' || hearer === 'journalists' || isCapitalised(hearer))) return
  const start = words[i].start
  const end = words[k].end
  add({
    start,
    end,
    id: 'said-name-to',
    tier: 'strong',
    reason: `“${text.slice(start, end)}” names the hearer after an inverted “said”, a calque of ${languages(SAID_TO_ORIGINALS)}: English says “${names.join(' ')} told …”`,
    expected: [`${names.join(' ')} told`]
  })
}
