/**
 * name-variants, the document's name forms and the pairs of them that look
 * like one name spelt two ways — shared with `spelling`, which reports the
 * pairs that are a typo of the story's own name ("Allepo" beside "Aleppo"),
 * while name-variants reports the rest ("Zelenskiy" beside "Zelensky").
 *
 * How it decides what is a pair: capitalised (or all-capitals) words of four
 * letters or more, possessive dropped, compared folded (lower case, accents
 * off): two forms differ by one letter inserted, dropped, changed or two
 * letters swapped, or only in doubled letters ("Allepo"/"Aleppo",
 * "Mohamed"/"Mohammed").  Forms equal once folded are one spelling with and
 * without accents ("Erdogan"/"Erdoğan": fine, never a pair).  Not pairs: a
 * form and its plural or demonym (a letter added at the end: "Syria" and
 * "Syrian", "Iraq" and "Iraqi"), two forms the dictionary knows ("Iran",
 * "Iraq"), common words.  Each pair records which form is rarer, whether
 * the dictionary knows the commoner one, whether the difference is a known
 * transliteration alternation (y/i/j/iy, h/g, x/ks, doubled letters …:
 * data/name-variants.ts), and whether both forms follow the same first name
 * or title somewhere ("Volodymyr Zelenskiy", "Volodymyr Zelensky").
 * Worked out once per document, on first need.
 */
import {TRANSLITERATION_ALTERNATIONS} from '../data/name-variants.js'
import {cached, type DocumentIndex, type WordInfo} from '../support/document.js'
import {FUNCTION_WORDS} from '../data/english-words.js'
import {FLAG, lookup} from '../support/lexicon.js'
import {hasCase, isUpperByCase} from '../support/text.js'

/**
 * One capitalised form of the story.  What the lexicon says of it and the
 * words around it are looked up on first need: most forms take part in no
 * pair, and a look-up costs a binary search.
 */
export class NameForm {
  /** The occurrences, in document order. */
  readonly words: WordInfo[] = []
  private flagBits = -1
  private around: {before: Set<string>; after: Set<string>} | undefined
  /**
   * @param key Folded key: lower case, accents off, possessive dropped.
   * @param written How the form is written (the first occurrence's letters).
   */
  constructor(readonly key: string, readonly written: string) {}

  private get flags(): number {
    if (this.flagBits < 0) this.flagBits = lookup(this.key)
    return this.flagBits
  }

  /** A common word capitalised (a sentence start, a headline): no name form. */
  get common(): boolean {
    return (this.flags & FLAG.LOWER) !== 0
  }

  /** Known to the lexicon (a name, a word, an acronym). */
  get known(): boolean {
    return this.flags !== 0
  }

  /** A proper name of the dictionary. */
  get dictionaryName(): boolean {
    return (this.flags & FLAG.NAME) !== 0
  }

  /** The capitalised word right before each occurrence (a first name or a title), lower case. */
  get before(): Set<string> {
    return this.neighbours().before
  }

  /** The capitalised word right after each occurrence (a surname), lower case. */
  get after(): Set<string> {
    return this.neighbours().after
  }

  private neighbours(): {before: Set<string>; after: Set<string>} {
    if (this.around) return this.around
    const before = new Set<string>()
    const after = new Set<string>()
    for (const w of this.words) {
      const words = w.sentence.words
      const i = words.indexOf(w)
      const prev = words[i - 1]
      if (prev && prev.end + 1 === w.start && isCapitalised(prev.value)) before.add(prev.value.toLowerCase())
      const next = words[i + 1]
      if (next && w.end + 1 === next.start && isCapitalised(next.value)) after.add(next.value.toLowerCase())
    }
    this.around = {before, after}
    return this.around
  }
}

export type Difference = 'insert' | 'substitute' | 'transpose' | 'doubling'

export interface VariantPair {
  /** The rarer form (the later one when as frequent). */
  rare: NameForm
  main: NameForm
  difference: Difference
  /** The difference is a transliteration alternation of the table. */
  transliteration: boolean
  /** Both forms follow the same capitalised word somewhere. */
  sameContext: boolean
}

const POSSESSIVE = /['’](?:s)?$/u
const MARKS = /\p{M}/gu
const TRAILING_STOP = /\.$/
/** Letters (any script), apostrophes and hyphens: the shape of a name token. */
const NAME_SHAPE = /^[\p{L}\p{M}'’-]+$/u

/** Fold a word: lower case, accents off ("Erdoğan" → "erdogan"). */
export function foldName(word: string): string {
  const lower = word.toLowerCase()
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '').normalize('NFC') : lower
}

const NON_ASCII = /[^\x00-\x7f]/

/** The document's capitalised name forms, by folded key. */
export function nameForms(index: DocumentIndex): Map<string, NameForm> {
  return cached(index, 'name-variants:forms', () => {
    const forms = new Map<string, NameForm>()
    for (const w of index.words) {
      const raw = w.value
      // Most words start in lower case: one code-unit test before anything else.
      const first = raw.charCodeAt(0)
      if ((first >= 0x61 && first <= 0x7a) || raw.length < 4 || first < 0x41 || (first > 0x5a && first < 0x80)) continue
      // "Aleppo’s"; "Septemper." before "…" (the tokenizer may keep the full stop).
      const last = raw.charCodeAt(raw.length - 1)
      const value = last === 0x2e || last === 0x73 || last === 0x27 || last === 0x2019 ? raw.replace(POSSESSIVE, '').replace(TRAILING_STOP, '') : raw
      if (value.length < 4 || value.length > 30 || !isUpperByCase(value[0]) || !NAME_SHAPE.test(value)) continue
      if (value.includes('-') || value.includes("'") || value.includes('’')) continue
      const key = foldName(value)
      let form = forms.get(key)
      if (!form) {
        if (FUNCTION_WORDS.has(key)) continue
        form = new NameForm(key, value)
        forms.set(key, form)
      }
      form.words.push(w)
    }
    return forms
  })
}

/** "Koreas"/"Koreans", "Americas"/"Americans": a place's plural beside its demonym's. */
function demonymPlural(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return short.endsWith('s') && long === short.slice(0, -1) + 'ns'
}

function isCapitalised(value: string): boolean {
  return hasCase(value[0]) && isUpperByCase(value[0])
}

/** Does a form in a full name share its neighbour with the other form (or does either have none) ("Adrés Manuel" and "Andrés Manuel"; not "Francia Márquez" and "Francis")? */
export function sameName(rare: NameForm, main: NameForm): boolean {
  if (rare.before.size === 0 && rare.after.size === 0) return true
  if (main.before.size === 0 && main.after.size === 0) return true
  for (const w of rare.before) if (main.before.has(w)) return true
  for (const w of rare.after) if (main.after.has(w)) return true
  return false
}

/** How two folded forms differ, if by one edit or by doubled letters only (no allocation: it runs on every close pair). */
export function differenceOf(a: string, b: string): Difference | undefined {
  if (a === b) return undefined
  const la = a.length
  const lb = b.length
  if (la - lb > 1 || lb - la > 1) return undoubledEqual(a, b) ? 'doubling' : undefined
  let i = 0
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++
  if (la === lb) {
    if (equalFrom(a, i + 1, b, i + 1)) return 'substitute'
    if (i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && equalFrom(a, i + 2, b, i + 2)) {
      return 'transpose'
    }
    return undoubledEqual(a, b) ? 'doubling' : undefined
  }
  const long = la > lb ? a : b
  const short = la > lb ? b : a
  if (equalFrom(long, i + 1, short, i)) {
    const c = long.charCodeAt(i)
    return c === long.charCodeAt(i - 1) || c === long.charCodeAt(i + 1) ? 'doubling' : 'insert'
  }
  return undoubledEqual(a, b) ? 'doubling' : undefined
}

/** `a` from `i` equals `b` from `j`. */
function equalFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false
  return true
}

/** Equal once runs of one letter are read as one ("allepo", "aleppo" → "alepo"). */
function undoubledEqual(a: string, b: string): boolean {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const c = a.charCodeAt(i)
    if (c !== b.charCodeAt(j)) return false
    while (i < a.length && a.charCodeAt(i) === c) i++
    while (j < b.length && b.charCodeAt(j) === c) j++
  }
  return i === a.length && j === b.length
}

/** Does the difference between two folded forms match a transliteration alternation ("zelenskiy"/"zelensky")? */
function isTransliteration(a: string, b: string): boolean {
  for (const [x, y] of TRANSLITERATION_ALTERNATIONS) {
    if (swaps(a, b, x, y) || swaps(b, a, x, y)) return true
  }
  return false
}

/** Is `b` the string `a` with one occurrence of `x` replaced by `y`? */
function swaps(a: string, b: string, x: string, y: string): boolean {
  if (a.length - x.length + y.length !== b.length) return false
  let at = a.indexOf(x)
  while (at >= 0) {
    if (a.slice(0, at) === b.slice(0, at) && a.slice(at + x.length) === b.slice(at + y.length) && b.slice(at, at + y.length) === y) return true
    at = a.indexOf(x, at + 1)
  }
  return false
}

/** The pairs of name forms that look like one name spelt two ways. */
export function variantPairs(index: DocumentIndex): VariantPair[] {
  return cached(index, 'name-variants:pairs', () => {
    const forms = [...nameForms(index).values()]
    const pairs: VariantPair[] = []
    if (forms.length < 2) return pairs
    // Compare forms with the same first letter and close lengths only (sorted by both).
    forms.sort((x, y) => x.key.charCodeAt(0) - y.key.charCodeAt(0) || x.key.length - y.key.length)
    for (let i = 0; i < forms.length; i++) {
      const a = forms[i]
      for (let j = i + 1; j < forms.length && forms[j].key.charCodeAt(0) === a.key.charCodeAt(0) && forms[j].key.length - a.key.length <= 2; j++) {
        const b = forms[j]
        const difference = differenceOf(a.key, b.key)
        if (!difference) continue
        // A common word capitalised (a sentence start, a headline) is no name form.
        if (a.common || b.common) continue
        // Both known to the dictionary: two names ("Iran", "Iraq"; "Johnson", "Johnston").
        if (a.known && b.known) continue
        // A letter added or changed in the last two: a plural or a demonym ("Syria"/"Syrian", "Iraq"/"Iraqi", "Koreas"/"Koreans").
        if (a.key.length !== b.key.length && b.key.startsWith(a.key) && !isTransliteration(a.key, b.key)) continue
        if (difference !== 'transpose' && a.key.slice(0, -2) === b.key.slice(0, -2) && !isTransliteration(a.key, b.key)) continue
        if (demonymPlural(a.key, b.key)) continue
        const [rare, main] = rarer(a, b)
        let sameContext = false
        for (const w of rare.before) if (main.before.has(w)) sameContext = true
        for (const w of rare.after) if (main.after.has(w)) sameContext = true
        pairs.push({rare, main, difference, transliteration: isTransliteration(a.key, b.key), sameContext})
      }
    }
    return pairs
  })
}

/** The rarer form first: fewer occurrences; at equal counts the one the dictionary does not know, else the later one. */
function rarer(a: NameForm, b: NameForm): [NameForm, NameForm] {
  if (a.words.length !== b.words.length) return a.words.length < b.words.length ? [a, b] : [b, a]
  if (a.dictionaryName !== b.dictionaryName) return a.dictionaryName ? [b, a] : [a, b]
  const first = (f: NameForm): number => f.words[0].paragraph.index * 1e6 + f.words[0].start
  return first(a) > first(b) ? [a, b] : [b, a]
}

/**
 * A pair the spelling rule reports as a typo of the story's own name: the
 * rare form (five letters or more; six for all capitals, shorter ones are
 * acronyms) occurs once or at most a third as often, is unknown to the
 * dictionary, and the main form is a dictionary name or occurs at least
 * three times; the difference is no transliteration alternation.
 */
export function isTypoPair(p: VariantPair): boolean {
  if (p.transliteration || p.rare.known || p.rare.key.length < 5) return false
  // An all-capitals short form is an acronym ("IRNA" beside "Iran").
  if (p.rare.key.length < 6 && p.rare.written === p.rare.written.toUpperCase()) return false
  if (!sameName(p.rare, p.main)) return false
  const r = p.rare.words.length
  const m = p.main.words.length
  if (p.main.dictionaryName) return r === 1 || r * 3 <= m
  return (r === 1 || r * 3 <= m) && m >= 3
}
