/**
 * calque, present perfect with a past time: "has signed on Monday", "have
 * been arrested yesterday", "has died two days ago".  Italian, French and
 * German tell a finished event with their compound past ("ha firmato
 * lunedì", "a signé lundi", "hat am Montag unterschrieben") and Spanish
 * news often does too; English cannot pair the present perfect with a time
 * that names the past: it says "signed on Monday".
 *
 * How it decides: "has"/"have" (an adverb like "also" may follow), then a
 * past participle (a dictionary verb's "-ed" form or an irregular one), then
 * at once — no object between, which would let the time belong to a noun
 * ("has scheduled a vote on Monday") — "yesterday", "on" + a weekday, "last"
 * + "week"/"month"/"year"/a weekday, or a number + days/weeks/months/years +
 * "ago"; "been" + a participle counts as one ("has been arrested on Monday").
 * The words must be joined by spaces only.  The candidate is the simple past
 * ("signed on Monday", "was arrested on Monday").  Works on the paragraph's
 * words with a few Set look-ups per "has"/"have"; no regular expression but
 * the participle test of plugins/calque/tense.ts's kind.
 */
import {AUX_ADVERBS, ED_NOT_PAST, IRREGULAR_PAST, WEEKDAYS} from '../data/calque-english.js'
import type {WordInfo} from '../support/document.js'
import {isCommonWord} from '../support/lexicon.js'
import {languages, type Add} from './scanner.js'

/** Irregular participles → their simple past (participles that equal the past, like "said", are in IRREGULAR_PAST). */
const PARTICIPLES: ReadonlyMap<string, string> = new Map(Object.entries({
  been: 'was', taken: 'took', given: 'gave', spoken: 'spoke', written: 'wrote', done: 'did', gone: 'went', seen: 'saw',
  begun: 'began', chosen: 'chose', driven: 'drove', fallen: 'fell', known: 'knew', shown: 'showed', stolen: 'stole',
  thrown: 'threw', risen: 'rose', broken: 'broke', beaten: 'beat', forgotten: 'forgot', hidden: 'hid', ridden: 'rode',
  sworn: 'swore', torn: 'tore', worn: 'wore', become: 'became', come: 'came', run: 'ran', grown: 'grew', flown: 'flew',
  drawn: 'drew', withdrawn: 'withdrew', eaten: 'ate', frozen: 'froze', woken: 'woke', undertaken: 'undertook',
  overtaken: 'overtook', arisen: 'arose', shaken: 'shook', blown: 'blew', struck: 'struck', sung: 'sang', sunk: 'sank',
  forbidden: 'forbade', forgiven: 'forgave', overseen: 'oversaw', undergone: 'underwent', got: 'got', gotten: 'got'
}))

const PERIOD_WORDS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'night', 'season', ...WEEKDAYS])
const SPANS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours', 'minutes', 'decades'])
const COUNTS = /^(?:\d{1,4}|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|some)$/
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS)

const ORIGINALS = 'it “ha firmato lunedì”; fr “a signé lundi”; de “hat am Montag unterschrieben”; es “ha firmado este lunes”'

/** A past participle, and its simple past. */
function participle(lower: string): string | undefined {
  const irregular = PARTICIPLES.get(lower)
  if (irregular) return irregular
  if (IRREGULAR_PAST.has(lower)) return lower
  if (lower.length < 4 || !lower.endsWith('ed') || ED_NOT_PAST.has(lower)) return undefined
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k)
    if ((c < 97 || c > 122) && c !== 45) return undefined
  }
  const stems = [lower.slice(0, -2), lower.slice(0, -1)]
  if (lower.endsWith('ied')) stems.push(lower.slice(0, -3) + 'y')
  if (lower[lower.length - 3] === lower[lower.length - 4]) stems.push(lower.slice(0, -3))
  for (const stem of stems) if (stem.length >= 3 && isCommonWord(stem)) return lower
  return undefined
}

const AUX: ReadonlySet<string> = new Set(['has', 'have', 'Has', 'Have'])
/** "could have signed on Monday", "is believed to have died on Monday": good English. */
const NOT_AFTER: ReadonlySet<string> = new Set(['could', 'would', 'should', 'might', 'must', 'may', 'will', 'shall', 'to', 'can', 'cannot', 'not', "'d", '’d', 'never', 'i', 'you', 'we', 'they'])

/** Are words k - 1 and k joined by one space? */
function joined(text: string, words: readonly WordInfo[], k: number): boolean {
  return k < words.length && k > 0 && words[k].start === words[k - 1].end + 1 && text.charCodeAt(words[k - 1].end) === 32
}

/** Find "has/have + participle + past time" in a paragraph's words. */
export function checkPerfect(text: string, words: readonly WordInfo[], add: Add): void {
  const n = words.length
  for (let i = 0; i < n - 2; i++) {
    if (!AUX.has(words[i].value)) continue
    if (i > 0 && joined(text, words, i) && NOT_AFTER.has(words[i - 1].value.toLowerCase())) continue
    let k = i + 1
    let adverbs = 0
    while (k < n && joined(text, words, k) && AUX_ADVERBS.has(words[k].value) && adverbs < 2 && words[k].value !== 'since') {
      k++
      adverbs++
    }
    if (!joined(text, words, k)) continue
    const first = words[k].value
    const past = participle(first)
    if (past === undefined) continue
    const verbs = [k]
    k++
    // "been" + a participle: the passive ("has been arrested").
    if (first === 'been' && joined(text, words, k)) {
      const p = participle(words[k].value)
      if (p !== undefined && words[k].value !== 'been') {
        verbs.push(k)
        k++
      }
    }
    if (!joined(text, words, k)) continue
    const t = timeAt(text, words, k)
    if (t === undefined) continue
    const plural = words[i].value.toLowerCase() === 'have'
    const start = words[i].start
    const end = words[t - 1].end
    const verbText = verbs.map((v) => words[v].value)
    let rewritten: string
    if (verbs.length === 2) rewritten = `${plural ? 'were' : 'was'} ${verbText[1]}`
    else if (first === 'been') rewritten = plural ? 'were' : 'was'
    else rewritten = past
    const tail = text.slice(words[verbs[verbs.length - 1]].end, end)
    const expected = rewritten + tail
    add({
      start,
      end,
      id: 'perfect-with-past-time',
      tier: 'strong',
      reason: `“${text.slice(start, end)}” pairs the present perfect with a time in the past, a calque of ${languages(ORIGINALS)}: English tells a finished event at a named time in the simple past`,
      expected: [words[i].value[0] === 'H' ? expected[0].toUpperCase() + expected.slice(1) : expected]
    })
    i = t - 1
  }
}

/** A time that names the past at word k: returns the index after it. */
function timeAt(text: string, words: readonly WordInfo[], k: number): number | undefined {
  const w = words[k].value
  if (w === 'yesterday') return k + 1
  if (w === 'on' && joined(text, words, k + 1) && WEEKDAY_SET.has(words[k + 1].value)) return k + 2
  if (w === 'last' && joined(text, words, k + 1) && PERIOD_WORDS.has(words[k + 1].value)) return k + 2
  if (COUNTS.test(w) && joined(text, words, k + 1) && SPANS.has(words[k + 1].value) && joined(text, words, k + 2) && words[k + 2].value === 'ago') return k + 3
  return undefined
}
