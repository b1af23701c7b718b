/**
 * spelling, part: capitalised words, which the word scan leaves alone (names
 * are not misspellings) — except where the evidence says they are typos.
 *
 * What it finds, and how it decides:
 * - a name misspelt beside the story's own spelling ("Allepo" once, "Aleppo"
 *   five times; "CARCAS" beside "Caracas"; "Adrés" beside "Andrés"): a pair
 *   of name forms (plugins/name-variants/forms.ts, `isTypoPair`) whose rare
 *   form is unknown to the dictionary and occurs once (or a third as often),
 *   the main form a dictionary name or written three times, no
 *   transliteration alternation between them (name-variants' business), and
 *   no different neighbours (two people: "Francia Márquez", "Pope
 *   Francis").  A changed letter or a name under six letters is
 *   information.  Fix: the story's own form.
 * - a month or weekday misspelt ("Septemper", "Wendesday"): one edit from
 *   the name, inside it (not "Augusto", "Juli"), which no other word of the
 *   language is.
 * - a common word misspelt in capitals ("Commision", "Advertisment",
 *   "Treassury"): a word of six letters or more unknown to the dictionary,
 *   used once, not accented, a letter inserted, dropped or two swapped, or a
 *   vowel changed, after its first three letters (or in a first vowel:
 *   "Elderman") and before its last, from a common word that is no name
 *   (an ending is a name's or a title's: "The Incredibles", "Meloni"); only where a noun
 *   stands (a sentence start, after a determiner or a capitalised common
 *   word: "An Elderman", "Electricity Commision"; not "said Gunay") and not
 *   in a run of names ("Salomon Brothers", "Charlie Brooker"); the two
 *   longest such words of a story are looked up.  A capitalised word may
 *   always be a name ("Stearns", "Airbus Industrie"): information.
 * - a name with "s" and no apostrophe before a noun ("Venezuelas National
 *   Assembly", "Erdogans arrival"): the name is a dictionary name or a form
 *   of the story, the "s" form is unknown and followed by a word (not "and",
 *   not punctuation, not a verb of saying or a past tense), and no
 *   capitalised word right before it ("Lib Dems").  A warning when the
 *   story writes the name three times or more, otherwise information (a
 *   plural: "the Scholls", a name: "Dixons").  Fix: the possessive.
 */
import {FUNCTION_WORDS} from '../data/english-words.js'
import {isTypoPair, nameForms, variantPairs, type NameForm} from '../name-variants/forms.js'
import type {DocumentIndex, ParagraphInfo, WordInfo} from '../support/document.js'
import {FLAG, lookup, scanPrefix} from '../support/lexicon.js'
import {isUpperByCase, lazy} from '../support/text.js'

export interface Spotted {
  paragraph: ParagraphInfo
  start: number
  end: number
  reason: string
  expected: string[]
  severity?: 'info'
}

/** Month and weekday names. Source: the Hunspell en_US dictionary's proper names of the calendar. */
const CALENDAR = [
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'
]

/** Words after a capitalised word that make it part of a company or institution name ("Salomon Brothers Inc"). */
const NAME_TAILS: ReadonlySet<string> = new Set([
  'brothers', 'inc', 'corp', 'co', 'ltd', 'plc', 'group', 'holdings', 'llc', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'spa', 'industrie',
  'bank', 'capital', 'airlines', 'airways', 'motors', 'foods', 'stores', 'partners', 'media', 'systems',
  'abbey', 'street', 'road', 'avenue', 'square', 'park', 'river', 'island', 'islands', 'mountain', 'mountains', 'valley'
])

const VOWELS = /^[aeiouy]$/
const LOWER_ASCII = /^[a-z]+$/
/** The vowels, tried in a word's first letter ("Elderman"). */
const DROPPED = ['a', 'e', 'i', 'o', 'u']
/** At most this many capitalised words per document are looked up letter by letter. */
const MAX_NEAR_LOOKUPS = 2

/** Verbs after a name that make its "s" part of the name ("Griffiths said"). */
const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'insisted', 'warned', 'argued', 'claimed', 'replied', 'announced', 'reported', 'explained', 'noted', 'has', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should'])

/**
 * The common word (no name) one edit from `word`: a letter inserted,
 * dropped or two swapped (`near`), else a vowel changed (`vowel`).  The
 * lexicon's entries sharing the word's first three letters are walked once
 * instead of probing every
 * made-up variant; a word starting with a vowel is also tried with another
 * vowel first ("Elderman": "alderman").
 */
function nearCommon(word: string): {near?: string; vowel?: string} {
  const found: {near?: string; vowel?: string} = {}
  const n = word.length
  const visit = (t: Buffer, start: number, end: number, flags: number): boolean => {
    const len = end - start
    if (len < 5 || len < n - 1 || len > n + 1 || (flags & FLAG.LOWER) === 0 || (flags & FLAG.NAME) !== 0) return false
    const kind = editKind(word, t, start, end)
    if (kind === 'near' && !found.near) {
      found.near = t.toString('latin1', start, end)
      return true
    }
    if (kind === 'vowel' && !found.vowel) found.vowel = t.toString('latin1', start, end)
    return false
  }
  const cut = 3
  scanPrefix(word.slice(0, cut), visit)
  if (!found.near && !found.vowel && VOWELS.test(word[0])) {
    for (const v of DROPPED) if (v !== word[0] && !found.vowel) scanPrefix(v + word.slice(1, cut), visit)
  }
  return found
}

/**
 * How `word` and the table entry [start, end) differ: one letter inserted, dropped or two swapped
 * ('near'), one vowel for another ('vowel'); nothing when the difference is the last letter.
 */
function editKind(word: string, t: Buffer, start: number, end: number): 'near' | 'vowel' | undefined {
  const n = word.length
  const m = end - start
  let i = 0
  while (i < n && i < m && word.charCodeAt(i) === t[start + i]) i++
  if (i === n && i === m) return undefined
  // Only the last letter differs: an ending, not a slip of the keys.  Names and foreign words take
  // the endings of common words ("The Incredibles", "the Stereophonics", "the Brookings Institution",
  // "the Offaly man", "Prime Minister Meloni", "Baroness Royall", "Manager Magazin", "the Gazetta",
  // "Mott the Hoople"); the typos this looks for sit inside the word ("Commision", "Auther",
  // "Masscre", "Nonethless").  On news-clean 24 of the 39 findings of this kind were such endings,
  // 22 of them names or titles (the other two possessives without their apostrophe: "Childrens");
  // on mt-dev 2 of 7 ("Meloni"; "Imagen", which untranslated reports).
  if (i >= Math.min(n, m) - 1) return undefined
  if (n === m) {
    // A changed vowel, or two letters swapped.
    let rest = true
    for (let k = i + 1; k < n; k++) if (word.charCodeAt(k) !== t[start + k]) { rest = false; break }
    if (rest) return VOWELS.test(word[i]) && VOWELS.test(String.fromCharCode(t[start + i])) ? 'vowel' : undefined
    if (i + 1 < n && word.charCodeAt(i) === t[start + i + 1] && word.charCodeAt(i + 1) === t[start + i]) {
      for (let k = i + 2; k < n; k++) if (word.charCodeAt(k) !== t[start + k]) return undefined
      return 'near'
    }
    return undefined
  }
  // One letter more or less.
  if (m === n + 1) {
    for (let k = i; k < n; k++) if (word.charCodeAt(k) !== t[start + k + 1]) return undefined
    return 'near'
  }
  for (let k = i; k < m; k++) if (word.charCodeAt(k + 1) !== t[start + k]) return undefined
  return 'near'
}

const calendarKeys = lazy(() => CALENDAR.map((m) => m.toLowerCase()))

/** One edit from a month or weekday name of six letters or more, not at its end ("Septemper"; not "Augusto", "Juli"). */
function nearCalendar(lower: string): string | undefined {
  if (lower.length < 6) return undefined
  const keys = calendarKeys()
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]
    // The same first three and last two letters (no string made for most words).
    if (k.charCodeAt(0) !== lower.charCodeAt(0) || k.charCodeAt(1) !== lower.charCodeAt(1) || k.charCodeAt(2) !== lower.charCodeAt(2)) continue
    if (k === lower || Math.abs(k.length - lower.length) > 1) continue
    if (k.slice(-2) === lower.slice(-2) && oneEdit(k, lower)) return CALENDAR[i]
  }
  return undefined
}

/** One insertion, deletion, substitution or transposition apart. */
function oneEdit(a: string, b: string): boolean {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  return long.slice(i + 1) === short.slice(i)
}

/** Written like `model`: all capitals, or the case of the word itself. */
function inCaseOf(written: string, model: string): string {
  return written === written.toUpperCase() && written.length > 1 ? model.toUpperCase() : model
}

/** A name of the dictionary ("Martin", "Charlie") or a word it does not know as a common word. */
function isNameLike(lower: string): boolean {
  const f = lookup(lower)
  return (f & FLAG.LOWER) === 0 || (f & FLAG.NAME) !== 0
}

/** Is the capitalised word next to `w` (before or after) a name the dictionary does not know as a word? */
function inNameRun(w: WordInfo): boolean {
  const words = w.sentence.words
  const i = words.indexOf(w)
  for (const k of [i - 1, i + 1]) {
    const n = words[k]
    if (!n || !isUpperByCase(n.value[0] ?? 'a')) continue
    // Adjacent in the text (one space), so part of the same name.
    const gap = k < i ? w.start - n.end : n.start - w.end
    if (gap > 1) continue
    const lower = n.value.toLowerCase()
    if (FUNCTION_WORDS.has(lower)) continue
    if (isNameLike(lower)) return true
    if (k > i && NAME_TAILS.has(lower)) return true
  }
  return false
}

/** Determiners before a common noun ("An Elderman", "the Commision"); a name needs none. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'every', 'each'])

/**
 * Where a common noun stands rather than a name: at the start of a sentence
 * or line, after a determiner, or after a capitalised common word of the
 * same title ("Federal Electricity Commision"); not after a verb or a
 * preposition ("said Gunay", "with Salomon"), where names stand.
 */
function nounPlace(w: WordInfo): boolean {
  const words = w.sentence.words
  const i = words.indexOf(w)
  if (i === 0) return true
  const prev = words[i - 1]
  const lower = prev.value.toLowerCase()
  if (DETERMINERS.has(lower)) return true
  return w.start - prev.end === 1 && isUpperByCase(prev.value[0] ?? 'a') && !isNameLike(lower) && !FUNCTION_WORDS.has(lower)
}

/** Capitalised typos of the document. */
export function capitalisedTypos(index: DocumentIndex, out: Spotted[]): void {
  const reported = new Set<WordInfo>()
  // 1. A name misspelt beside the story's own spelling.
  for (const pair of variantPairs(index)) {
    if (!isTypoPair(pair)) continue
    // A changed letter, or a short name, may be another person's name ("Warne", "Wayne"): information.
    const weak = pair.difference === 'substitute' || pair.rare.key.length < 6
    for (const w of pair.rare.words) {
      reported.add(w)
      const fixed = inCaseOf(w.value, pair.main.written)
      out.push({
        paragraph: w.paragraph, start: w.start, end: w.start + pair.rare.written.length,
        reason: `“${pair.rare.written}” looks like a misspelling of “${pair.main.written}”, as the story writes it elsewhere (${pair.main.words.length}×)`,
        expected: [fixed],
        severity: weak ? 'info' : undefined
      })
    }
  }
  const forms = nameForms(index)
  let looked = 0
  // Longest first: the letter-by-letter look-ups go to the likeliest typos.
  const singles = [...forms.values()].filter((f) => f.words.length === 1).sort((a, b) => b.key.length - a.key.length)
  for (const form of singles) {
    const w = form.words[0]
    if (reported.has(w)) continue
    const lower = form.key
    // As written: not a word whose first occurrence differs in case or form ("ALEPPO", "Aleppo-based").
    if (!LOWER_ASCII.test(lower) || !w.value.startsWith(form.written)) continue
    // 2. A month or weekday misspelt.
    const calendar = nearCalendar(lower)
    if (calendar && !form.known) {
      out.push({paragraph: w.paragraph, start: w.start, end: w.start + form.written.length, reason: `“${form.written}” looks like a misspelling of “${calendar}”`, expected: [inCaseOf(form.written, calendar)]})
      continue
    }
    // 4. A name with "s" and no apostrophe before a noun.
    if (possessive(w, form, forms, out)) continue
    // 3. A common word misspelt in capitals (not an accented name: "Alavés"), where a noun stands, not a name.
    if (lower.length < 6 || form.written === form.written.toUpperCase() || !/^[A-Za-z]+$/.test(form.written)) continue
    if (!nounPlace(w) || inNameRun(w) || form.known) continue
    if (++looked > MAX_NEAR_LOOKUPS) continue
    const {near, vowel} = nearCommon(lower)
    const fix = near ?? vowel
    if (!fix) continue
    const fixed = fix[0].toUpperCase() + fix.slice(1)
    out.push({
      paragraph: w.paragraph, start: w.start, end: w.start + form.written.length,
      reason: `Unknown word “${form.written}”: a misspelling of “${fixed}”?`,
      expected: [fixed],
      // Capitalised, it may always be a name ("Stearns", "Royall", "Airbus Industrie"): information.
      severity: 'info'
    })
  }
}

/** "Venezuelas National Assembly": a name with "s" and no apostrophe before a word. */
function possessive(w: WordInfo, form: NameForm, forms: Map<string, NameForm>, out: Spotted[]): boolean {
  const key = form.key
  // A name of five letters or more with its "s" ("Lib Dems" is no possessive of "Dem").
  if (key.length < 6 || !key.endsWith('s') || key.endsWith('ss') || form.known) return false
  const base = key.slice(0, -1)
  const flags = lookup(base)
  const known = (flags & FLAG.NAME) !== 0 || (forms.get(base)?.words.length ?? 0) >= 1
  if (!known || (flags & FLAG.LOWER) !== 0) return false
  const text = w.paragraph.text
  // Not part of a longer name ("Lib Dems", "Commissioner Frans", "Bear Stearns").
  const words = w.sentence.words
  const prev = words[words.indexOf(w) - 1]
  if (prev && prev.end + 1 === w.start && isUpperByCase(prev.value[0] ?? 'a') && isNameLike(prev.value.toLowerCase())) return false
  // A word follows: "Venezuelas National", "Erdogans arrival"; not "and", a verb of saying or a past tense.
  const next = /^ (\p{L}+)/u.exec(text.slice(w.end, w.end + 30))
  if (!next) return false
  const following = next[1].toLowerCase()
  if (FUNCTION_WORDS.has(following) || SAYING.has(following) || NAME_TAILS.has(following) || following.endsWith('ed')) return false
  const fixed = `${form.written.slice(0, -1)}${w.paragraph.text.includes('’') ? '’' : "'"}s`
  out.push({
    paragraph: w.paragraph, start: w.start, end: w.start + form.written.length,
    reason: `“${form.written}” before a noun: the possessive of “${form.written.slice(0, -1)}” needs its apostrophe (“${fixed}”)`,
    expected: [fixed],
    // The story's own name, often, makes it clear ("Erdogan" …, "Erdogans arrival"); a dictionary name
    // alone may be a plural or a name ("Dixons", "the Scholls"): information.
    severity: (forms.get(base)?.words.length ?? 0) >= 3 && prev?.value.toLowerCase() !== 'the' ? undefined : 'info'
  })
  return true
}
