/**
 * acronym: source-language acronyms left in English copy by machine
 * translation — "the Syrian Observatory for Human Rights (OSDH)", "the ONU",
 * "the EE.UU." — with the English acronym as fix.
 *
 * How it decides:
 * 1. Known source-language forms (data/acronym-foreign.ts: ONU→UN,
 *    OTAN→NATO, OSDH→SOHR, FMI→IMF …) are flagged anywhere in the copy when
 *    written in capitals as a word of their own.  Forms that are also English
 *    in another sense (PIB, EUA, IWF, UNO, BCE, EI …) need evidence: a context
 *    word in the same sentence ("PIB" next to "grew"; anywhere in the
 *    document once it has shown another source-language acronym), or the
 *    English name spelled out before them; never when the document shows the
 *    English homograph ("Internet Watch Foundation (IWF)", "emergency use")
 *    or when they sit in quotes, in an all-capitals line, after a number or
 *    before a name ("UE Lleida").  A capitalised non-English word after any
 *    form makes it part of a name ("ONG Beng Hee"); tickers ("OMC.N",
 *    "<PBI>", "(NYSE: OMC)") never count.
 * 2. An acronym in brackets after a name ("Name (ACR)", or "ACR (Name)") is
 *    checked against the name: its letters may come, in order, from the
 *    initials of the name's words, skipping function words and at most one
 *    other word, with the initials of hyphenated and camel-case parts and
 *    lower-case letters from inside a word ("Ofcom", "PwC", "BoE"); a looser
 *    reading (any letter inside a word, any word skipped: "TEPCO", "Nymex")
 *    and a reading with the place word last ("Iran's Atomic Energy
 *    Organization (AEOI)") also count for acronyms outside the table.  When
 *    it does not fit, it is flagged only with strong evidence that it is a
 *    source-language form: it is a known foreign form, or its capitals are
 *    the initials of the name's last words translated into Spanish, French,
 *    Italian, Portuguese or German in any order (OSDH = Observatorio Sirio de
 *    Derechos Humanos) AND the name belongs to an international body or to a
 *    country whose bodies have English acronyms (Syrian, Israeli,
 *    International …) and to none of the countries whose own acronyms English
 *    keeps (Colombian FARC, Brazilian IBGE, Spanish PSOE).  Acronyms English
 *    keeps (FARC, AFP, EFE, FIFA …) and tickers, agencies and party names
 *    that fit neither reading stay silent.
 * 3. Once a document has used a source-language acronym, every use of it is
 *    flagged.
 *
 * Fixes: the English acronym(s) of the table (safe when there is exactly
 * one); for an unknown form, the initials of the English name (not safe).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {FOREIGN_ACRONYMS, KEPT_ACRONYMS, type ForeignAcronym, type SourceLanguage} from './data/acronym-foreign.js'
import {
  ENGLISH_ACRONYM_PLACES,
  EXPANSION_FUNCTION_WORDS,
  INSTITUTION_HEADS,
  INTERNATIONAL_SCOPES,
  KEEPING_PLACES,
  TRAILING_NOUNS,
  TRANSLATIONS
} from './data/acronym-words.js'
import {getIndex, MASK, type ParagraphInfo} from './support/document.js'
import {isCommonWord} from './support/lexicon.js'
import {acceptedWords, reportText, ruleUrl, severityOf, type RuleMeta, type RuleOptions} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'acronym',
  description: 'Source-language acronyms (OSDH, ONU, OTAN) and acronyms that do not fit their expansion.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('acronym'),
  examples: {
    ok: [
      'Fighters of Hayat Tahrir al-Sham (HTS) entered the city, AFP reported.',
      'The Foreign Policy Research Institute (FPRI) and UNESCO issued a joint appeal.',
      'The Federal Bureau of Investigation (FBI) and the Organisation for Economic Co-operation and Development (OECD) met.',
      'The regulator (Ofcom) fined PricewaterhouseCoopers (PwC) over the audit.',
      'Colombia’s National Liberation Army (ELN) and the Revolutionary Armed Forces of Colombia (FARC) signed.',
      'Bank of America (BAC) shares rose 2% in New York (Reuters).',
      'The U.S. Food and Drug Administration granted an emergency use authorization (EUA) on Friday.',
      'The Internet Watch Foundation (IWF) said the IWF removed thousands of images.',
      'The Brazilian Institute of Geography and Statistics (IBGE) said output grew.',
      'UNO SALES SOAR AS CARD GAME TURNS 50'
    ],
    notOk: [
      {text: 'At least 30 people died, the Syrian Observatory for Human Rights (OSDH) said.', line: 1, column: 67, actual: 'OSDH', fix: 'SOHR'},
      {text: 'The ONU called for a ceasefire.', line: 1, column: 5, actual: 'ONU', fix: 'UN'},
      {text: 'Spain asked the OTAN for help.', line: 1, column: 17, actual: 'OTAN', fix: 'NATO'},
      {text: 'Trade between Mexico and EE.UU. fell sharply in March.', line: 1, column: 26, actual: 'EE.UU.', fix: 'US'},
      {text: 'Growth slowed as the PIB contracted 0.3% in the quarter.', line: 1, column: 22, actual: 'PIB', fix: 'GDP'},
      {text: 'Talks with the Syrian Democratic Forces (FDS) resumed.\nThe FDS control the east.', line: 1, column: 42, actual: 'FDS', fix: 'SDF', also: [{line: 2, column: 5, actual: 'FDS', fix: 'SDF'}]},
      {text: 'Officers of the Israel Defense Forces (FDI) said the raid was over.', line: 1, column: 40, actual: 'FDI', fix: 'IDF'}
    ]
  }
}

const LANGUAGE_NAMES: Record<SourceLanguage, string> = {
  es: 'Spanish',
  fr: 'French',
  it: 'Italian',
  pt: 'Portuguese',
  de: 'German'
}

// ---------------------------------------------------------------------------
// Tables, built once per process on first use.

interface Tables {
  /** Letters-only forms ("ONU", "Otan"). */
  byForm: Map<string, ForeignAcronym>
  /** Source languages of each form. */
  languages: Map<string, SourceLanguage[]>
  /** English word → initials of its source-language equivalents. */
  initials: Map<string, string>
  /** Expansion words of each entry (lower case, significant words only). */
  expansionWords: Map<ForeignAcronym, string[]>
  /**
   * Tokens with fewer than two capitals that can still name an entry
   * ("Otan"), as first code unit × 16 + length: the scan slices other
   * such words only when this says so.
   */
  fewCapitals: Set<number>
}

let tables: Tables | undefined

function getTables(): Tables {
  if (tables) return tables
  const byForm = new Map<string, ForeignAcronym>()
  const expansionWords = new Map<ForeignAcronym, string[]>()
  const languages = new Map<string, SourceLanguage[]>()
  for (const entry of FOREIGN_ACRONYMS) {
    for (const [lang, forms] of Object.entries(entry.forms) as Array<[SourceLanguage, readonly string[]]>) {
      for (const form of forms) {
        if (/^\p{L}+$/u.test(form)) byForm.set(form, entry)
        const list = languages.get(form) ?? []
        if (!list.includes(lang)) list.push(lang)
        languages.set(form, list)
      }
    }
    expansionWords.set(
      entry,
      entry.expansion
        .toLowerCase()
        .split(/[\s’']+/u)
        .filter((w) => w.length > 0 && !EXPANSION_FUNCTION_WORDS.has(w))
    )
  }
  const initials = new Map<string, string>()
  for (const [word, translations] of Object.entries(TRANSLATIONS)) {
    let letters = ''
    for (const t of translations.split(/\s+/u)) {
      const c = initialOf(t)
      if (c && !letters.includes(c)) letters += c
    }
    initials.set(word, letters)
  }
  const fewCapitals = new Set<number>()
  for (const form of byForm.keys()) {
    const forms = /^\p{Lu}+$/u.test(form) ? [form, form + 's'] : [form]
    for (const f of forms) if (upperCount(f) < 2 && f.length <= 12) fewCapitals.add(f.charCodeAt(0) * 16 + f.length)
  }
  tables = {byForm, languages, initials, expansionWords, fewCapitals}
  return tables
}

/** Upper-case initial of a word without accents ("Énergie" → "E", "Öl" → "O"). */
function initialOf(word: string): string {
  const first = word.normalize('NFD')[0]
  return first ? first.toUpperCase() : ''
}

// ---------------------------------------------------------------------------
// Characters.

// (ASCII answered from the code; the same answers as the case mappings.)
const isUpper = (c: string): boolean => {
  if (c.length === 1) {
    const k = c.charCodeAt(0)
    if (k < 128) return k >= 65 && k <= 90
  }
  return c !== c.toLowerCase() && c === c.toUpperCase()
}
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false
  if (c.length === 1) {
    const k = c.charCodeAt(0) | 32
    if (k < 128) return k >= 97 && k <= 122
  }
  return c.toLowerCase() !== c.toUpperCase()
}
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f'
const isWordChar = (c: string): boolean => isLetter(c) || c === '’' || c === "'" || c === '-' || c === '&'

// ---------------------------------------------------------------------------
// Expansions.

interface XWord {
  raw: string
  lower: string
  fn: boolean
  /** An all-capitals word inside the name ("UN"): each letter counts. */
  caps: boolean
  /** Hyphen and camel-case parts ("Co-operation" → Co, operation). */
  segs: string[]
}

function makeWord(raw: string): XWord | undefined {
  const w = plainWord(raw) ? raw : raw.replace(/^['’-]+/u, '').replace(/(?:['’]s|['’])$/u, '').replace(/-+$/u, '')
  if (w.length === 0) return undefined
  const lower = w.toLowerCase()
  const fn = EXPANSION_FUNCTION_WORDS.has(lower)
  const caps = w.length >= 2 && w.length <= 6 && /^\p{Lu}+$/u.test(w)
  const segs: string[] = []
  if (caps) {
    for (const c of w) segs.push(c)
  } else {
    for (const part of w.split('-')) {
      if (part.length === 0 || part === '&') continue
      let from = 0
      for (let i = 1; i < part.length; i++) {
        if (isUpper(part[i]) && !isUpper(part[i - 1]) && isLetter(part[i - 1])) {
          segs.push(part.slice(from, i))
          from = i
        }
      }
      segs.push(part.slice(from))
    }
  }
  if (segs.length === 0) return undefined
  return {raw, lower, fn, caps, segs}
}

/** A word the three trims of makeWord leave as it is (no edge apostrophe, hyphen, possessive). */
function plainWord(raw: string): boolean {
  const first = raw[0]
  const last = raw[raw.length - 1]
  if (first === undefined || first === "'" || first === '’' || first === '-') return false
  if (last === "'" || last === '’' || last === '-') return false
  if (last === 's') {
    const before = raw[raw.length - 2]
    if (before === "'" || before === '’') return false
  }
  return true
}

/** Up to 16 words before `pos` (commas allowed), in reading order. */
function wordsBefore(text: string, pos: number): XWord[] {
  const out: XWord[] = []
  let j = pos
  while (out.length < 16) {
    while (j > 0 && isSpace(text[j - 1])) j--
    if (j === 0) break
    const c = text[j - 1]
    if (c === ',') {
      j--
      continue
    }
    if (!isWordChar(c)) break
    let k = j
    while (k > 0 && isWordChar(text[k - 1]) && j - k < 60) k--
    if (k > 0 && (isDigit(text[k - 1]) || text[k - 1] === '.' || text[k - 1] === MASK)) {
      // "U.S.", "G7": part of a word this scan does not read; stop here.
      break
    }
    const word = makeWord(text.slice(k, j))
    if (word) out.push(word)
    j = k
  }
  return out.reverse()
}

/** The words of a bracketed name ("ACR (Name Of Body)"). */
function wordsOf(text: string): XWord[] {
  const out: XWord[] = []
  for (const raw of text.split(/[\s,]+/u)) {
    if (raw.length === 0) continue
    if (!/^[\p{L}'’&-]+$/u.test(raw)) return []
    const w = makeWord(raw)
    if (w) out.push(w)
    if (out.length > 16) return []
  }
  return out
}

/** Index of the last word of the name an acronym must reach. */
function anchorOf(words: XWord[]): number {
  for (let i = words.length - 1; i >= 0; i--) {
    if (!words[i].fn && !TRAILING_NOUNS.has(words[i].lower)) return i
  }
  for (let i = words.length - 1; i >= 0; i--) if (!words[i].fn) return i
  return -1
}

/**
 * Do the acronym's letters follow the name?  Initials of words and their
 * parts in order (function words may give a letter: "DOJ", "BoE"); at most
 * one significant word skipped (strict) or any number (loose); letters from
 * inside a word only for lower-case letters (strict: "PwC", "Ofcom") or any
 * letter (loose: "TEPCO", "Nymex").  The last letter must come from the
 * name's last significant word.
 */
function fitsExpansion(acronym: string, words: XWord[], strict: boolean): boolean {
  const anchor = anchorOf(words)
  if (anchor < 0) return false
  const letters: string[] = []
  const upper: boolean[] = []
  for (const c of acronym) {
    if (!isLetter(c)) continue
    letters.push(c.toLowerCase())
    upper.push(isUpper(c))
  }
  const n = letters.length
  if (n === 0) return false
  const segs: Array<{w: number; s: string}> = []
  for (let w = 0; w < words.length && segs.length < 1000; w++) for (const s of words[w].segs) segs.push({w, s: s.toLowerCase()})
  let budget = 20_000
  const failed = new Set<number>()
  const go = (i: number, s: number, c: number, skips: number): boolean => {
    if (--budget < 0) return false
    if (i === n) return s >= 0 && segs[s].w >= anchor
    const key = ((i * 1024 + (s + 1)) * 64 + Math.min(c, 63)) * 4 + skips
    if (failed.has(key)) return false
    if (s >= 0 && (!strict || !upper[i])) {
      const t = segs[s].s
      for (let p = c; p < t.length; p++) {
        if (t[p] === letters[i] && go(i + 1, s, p + 1, skips)) return true
      }
    }
    for (let t = s + 1; t < segs.length; t++) {
      if (segs[t].s[0] !== letters[i]) continue
      // The first letter comes from a word of the name, not from "of" or "the".
      if (i === 0 && words[segs[t].w].fn) continue
      let add = 0
      if (s >= 0) for (let w = segs[s].w + 1; w < segs[t].w; w++) if (!words[w].fn) add++
      if (strict && skips + add > 1) break
      if (go(i + 1, t, 1, Math.min(3, skips + add))) return true
    }
    failed.add(key)
    return false
  }
  return go(0, -1, 0, 0)
}

interface TranslationFit {
  /** The words whose (translated) initials make the acronym, in reading order. */
  used: XWord[]
  /** Index of the first used word in the name. */
  from: number
}

/**
 * Are the acronym's capitals the initials of the name's last words, each
 * word once, in any order, each word read in English or translated
 * ("Syrian Observatory for Human Rights" → O S D H)?
 */
function fitsTranslation(acronym: string, words: XWord[]): TranslationFit | undefined {
  const {initials} = getTables()
  const letters: string[] = []
  for (const c of acronym) if (isUpper(c)) letters.push(initialOf(c))
  const n = letters.length
  if (n < 2) return undefined
  // Significant words, without a trailing generic noun ("… group").
  let last = words.length - 1
  while (last > 0 && (words[last].fn || TRAILING_NOUNS.has(words[last].lower))) last--
  const slots: Array<{options: string; word: number}> = []
  for (let w = 0; w <= last; w++) {
    const word = words[w]
    if (word.fn) continue
    if (word.caps) {
      for (const c of word.segs) slots.push({options: c, word: w})
      continue
    }
    let options = initialOf(word.segs[0])
    const add = (key: string): void => {
      const more = initials.get(key)
      if (more) for (const c of more) if (!options.includes(c)) options += c
    }
    add(word.lower)
    if (word.lower.endsWith('s')) add(word.lower.slice(0, -1))
    slots.push({options, word: w})
  }
  if (slots.length < n) return undefined
  const tail = slots.slice(slots.length - n)
  // Bipartite matching letters ↔ slots (n ≤ 12).
  const owner = new Array<number>(n).fill(-1)
  const tryLetter = (l: number, seen: boolean[]): boolean => {
    for (let s = 0; s < n; s++) {
      if (seen[s] || !tail[s].options.includes(letters[l])) continue
      seen[s] = true
      if (owner[s] < 0 || tryLetter(owner[s], seen)) {
        owner[s] = l
        return true
      }
    }
    return false
  }
  for (let l = 0; l < n; l++) if (!tryLetter(l, new Array<boolean>(n).fill(false))) return undefined
  const used: XWord[] = []
  for (const slot of tail) if (used[used.length - 1] !== words[slot.word]) used.push(words[slot.word])
  return {used, from: tail[0].word}
}

/** Does the name belong to a body English calls by an English acronym? */
function englishScope(words: XWord[], from: number): boolean {
  let english = false
  for (let w = Math.max(0, from - 2); w < words.length; w++) {
    const word = words[w]
    const raw = word.raw.replace(/['’]s$/u, '')
    if (raw === 'US' || raw === 'UK' || raw === 'UN' || raw === 'EU') english = true
    const keys = [word.lower, ...word.lower.split('-')]
    for (const key of keys) {
      if (KEEPING_PLACES.has(key)) return false
      if (ENGLISH_ACRONYM_PLACES.has(key) || INTERNATIONAL_SCOPES.has(key)) english = true
    }
  }
  return english
}

/** A country, nationality or possessive word ("Iran's", "Chinese", "Syria-based"). */
function isPlaceWord(word: XWord): boolean {
  if (/['’]s$/u.test(word.raw) && isUpper(word.raw[0])) return true
  for (const key of [word.lower, ...word.lower.split('-')]) {
    if (KEEPING_PLACES.has(key) || ENGLISH_ACRONYM_PLACES.has(key)) return true
  }
  return false
}

/**
 * The name with its place words moved to the end: English also says "X of
 * Iran" for "Iran's X" ("Iran's Atomic Energy Organization (AEOI)",
 * "Chinese Communist Party (CPC)").
 */
function placesLast(words: XWord[]): XWord[] | undefined {
  const places = words.filter(isPlaceWord)
  if (places.length === 0) return undefined
  return [...words.filter((w) => !isPlaceWord(w)), ...places]
}

/** The initials of the English name: "Syrian Democratic Forces" → "SDF". */
function englishInitials(words: XWord[]): string {
  let out = ''
  for (const w of words) {
    if (w.caps) {
      out += w.segs.join('')
      continue
    }
    const parts = w.raw.replace(/['’]s$/u, '').split('-').filter((p) => p.length > 0)
    if (parts.length > 1 && parts[0].length <= 2) out += initialOf(parts[0])
    else for (const p of parts) out += initialOf(p)
  }
  return out
}

// ---------------------------------------------------------------------------
// Occurrences.

interface Occurrence {
  p: ParagraphInfo
  start: number
  end: number
  /** The acronym as written, without a plural "s". */
  token: string
  plural: boolean
  entry: ForeignAcronym | undefined
  /** The name in brackets next to it, if any. */
  name: XWord[] | undefined
  /** Weak-entry guards failed (quotes, capitals line, after a number). */
  guarded: boolean
}

const DOTTED_US = /EE(?:\. ?| )UU\.?/gu

/** Classes of the scan: in a run of letters, marks and digits; a digit (\p{N}); upper case (isUpper). */
const C_RUN = 1
const C_NUM = 2
const C_UPPER = 4
const C_KNOWN = 8
const RUN_CHAR = /^[\p{L}\p{M}\p{N}]$/u
const NUM_CHAR = /^\p{N}$/u

function classify(cp: number): number {
  const s = String.fromCodePoint(cp)
  return (RUN_CHAR.test(s) ? C_RUN : 0) | (NUM_CHAR.test(s) ? C_NUM : 0) | (isUpper(s) ? C_UPPER : 0)
}

const ASCII_CLASS = new Uint8Array(128)
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = classify(c)
/** Classes of the BMP, filled on first use (C_KNOWN once computed). */
const BMP_CLASS = new Uint8Array(0x10000)

function classOf(cp: number): number {
  if (cp > 0xffff) return classify(cp)
  let c = BMP_CLASS[cp]
  if (c === 0) {
    c = classify(cp) | C_KNOWN
    BMP_CLASS[cp] = c
  }
  return c
}

/** Where a run the scan reads may start: an ASCII capital or any non-ASCII code unit. */
const CANDIDATE_START = /[A-Z\u0080-\uffff]/g

/** Is the code point before `i` (> 0) a letter, mark or digit? */
function runCharBefore(text: string, i: number): boolean {
  const cp = text.charCodeAt(i - 1)
  if (cp < 128) return (ASCII_CLASS[cp] & C_RUN) !== 0
  if (cp >= 0xdc00 && cp <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2)
    if (hi >= 0xd800 && hi <= 0xdbff) return (classify(((hi - 0xd800) << 10) + (cp - 0xdc00) + 0x10000) & C_RUN) !== 0
  }
  return (classOf(cp) & C_RUN) !== 0
}

/** The end of the run of letters, marks and digits going on at `i`. */
function runEnd(text: string, i: number): number {
  const n = text.length
  while (i < n) {
    const cp = text.charCodeAt(i)
    if (cp < 128) {
      if ((ASCII_CLASS[cp] & C_RUN) === 0) return i
      i++
      continue
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1)
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        if ((classify(((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000) & C_RUN) === 0) return i
        i += 2
        continue
      }
    }
    if ((classOf(cp) & C_RUN) === 0) return i
    i++
  }
  return n
}

function upperCount(s: string): number {
  let n = 0
  for (const c of s) if (isUpper(c)) n++
  return n
}

/** Quoted spans of a paragraph ("…", “…”, «…»). */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let open = -1
  let closer = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (open < 0) {
      if (c === '“') [open, closer] = [i, '”']
      else if (c === '«') [open, closer] = [i, '»']
      else if (c === '"') [open, closer] = [i, '"']
    } else if (c === closer) {
      spans.push([open, i])
      open = -1
    }
  }
  return spans
}

/** Is `pos` inside one of the sorted, disjoint spans (exclusive ends)? */
function insideSpan(spans: Array<[number, number]>, pos: number): boolean {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const [a, b] = spans[mid]
    if (pos <= a) hi = mid - 1
    else if (pos >= b) lo = mid + 1
    else return true
  }
  return false
}

function isShouting(text: string): boolean {
  let letters = 0
  let upper = 0
  for (const c of text) {
    if (!isLetter(c)) continue
    letters++
    if (isUpper(c)) upper++
  }
  return letters >= 12 && upper / letters > 0.7
}

/** Is the token inside brackets after a stock exchange ("(NYSE: OMC)")? */
function afterColonInBrackets(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 24; i--) {
    const c = text[i]
    if (c === ':') return true
    if (c === '(' || c === ')' || c === '.') return false
  }
  return false
}

function scanParagraph(p: ParagraphInfo, tables: Tables, out: Occurrence[]): void {
  const text = p.masked
  let quotes: Array<[number, number]> | undefined
  let shouting: boolean | undefined
  /**
   * The next word is a name ("UE Lleida", "UE Boom", "ONG Beng Hee"), not a
   * noun of the body ("ONU Security Council").  `capitals`: weak forms, where
   * any other capitalised word counts.
   */
  const nameFollows = (end: number, capitals: boolean): boolean => {
    let k = end
    while (isSpace(text[k])) k++
    if (k === end || !isUpper(text[k] ?? '')) return false
    let e = k
    while (isLetter(text[e]) || text[e] === '-') e++
    const word = text.slice(k, e)
    if (!capitals && !/\p{Ll}/u.test(word)) return false
    const lower = word.toLowerCase()
    if (Object.hasOwn(TRANSLATIONS, lower) || INSTITUTION_HEADS.has(lower)) return false
    // Strong forms: only a word that is not English ("ONG Beng Hee"; not "FMI Managing Director").
    return capitals || !isCommonWord(lower)
  }
  const guardedAt = (start: number, end: number, weak: boolean): boolean => {
    if (!weak) return nameFollows(end, false)
    shouting ??= isShouting(p.text)
    if (shouting || nameFollows(end, true)) return true
    quotes ??= quotedSpans(p.text)
    if (insideSpan(quotes, start)) return true
    // After a number: "300 BCE".
    let i = start - 1
    while (i >= 0 && isSpace(text[i])) i--
    return isDigit(text[i])
  }

  const add = (start: number, end: number, token: string, plural: boolean, entry: ForeignAcronym | undefined): void => {
    const before = text[start - 1]
    const after = text[end]
    if (before !== undefined && '&.@#/\\_$'.includes(before)) return
    if (before === MASK || after === MASK) return
    if (after !== undefined && '&@_/'.includes(after)) return
    if (after === '.' && (isLetter(text[end + 1]) || isDigit(text[end + 1]))) return
    if (after === '-' && isDigit(text[end + 1])) return
    if ((after === '’' || after === "'") && isLetter(text[end + 1]) && text[end + 1] !== 's') return
    if (afterColonInBrackets(text, start)) return
    // Tickers: "<PBI>", "$OMC".
    if (before === '<' && after === '>') return
    out.push({
      p,
      start,
      end,
      token,
      plural,
      entry,
      name: nameNextTo(text, start, end),
      guarded: entry ? guardedAt(start, end, entry.level === 'weak') : false
    })
  }

  // Runs of letters, marks and digits (/[\p{L}\p{M}\p{N}]+/gu), scanned by
  // hand: 2–12 code units, an upper-case first code unit, no digit, and two
  // capitals (or one of the table's forms with fewer).  Only a capital or a
  // non-ASCII character can start such a run: the scan jumps from one to the
  // next (most words start in lower case).
  const n = text.length
  let m: RegExpExecArray | null
  let i = 0
  while (i < n) {
    CANDIDATE_START.lastIndex = i
    if (!CANDIDATE_START.test(text)) break
    i = CANDIDATE_START.lastIndex - 1
    let cp = text.charCodeAt(i)
    let w = 1
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1)
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000
        w = 2
      }
    }
    let cls = cp < 128 ? ASCII_CLASS[cp] : classOf(cp)
    if ((cls & C_RUN) === 0) {
      i += w
      continue
    }
    if (i > 0 && runCharBefore(text, i)) {
      // Inside a run that started in lower case ("iPhone").
      i = runEnd(text, i)
      continue
    }
    const start = i
    const firstUpper = w === 1 && (cls & C_UPPER) !== 0
    if (!firstUpper) {
      i = runEnd(text, i + w)
      continue
    }
    let digit = false
    let uppers = 0
    for (;;) {
      if ((cls & C_NUM) !== 0) digit = true
      if ((cls & C_UPPER) !== 0) uppers++
      i += w
      if (i >= n) break
      cp = text.charCodeAt(i)
      w = 1
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const lo = text.charCodeAt(i + 1)
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000
          w = 2
        }
      }
      cls = cp < 128 ? ASCII_CLASS[cp] : classOf(cp)
      if ((cls & C_RUN) === 0) break
    }
    const length = i - start
    if (length < 2 || length > 12 || digit) continue
    if (uppers < 2 && !tables.fewCapitals.has(text.charCodeAt(start) * 16 + length)) continue
    const token = text.slice(start, i)
    let entry = tables.byForm.get(token)
    let base = token
    let plural = false
    if (!entry && token.length >= 3 && token.endsWith('s')) {
      const stem = token.slice(0, -1)
      const e = tables.byForm.get(stem)
      if (e && /^\p{Lu}+$/u.test(stem)) {
        entry = e
        base = stem
        plural = true
      }
    }
    if (!entry && uppers < 2) continue
    add(start, i, base, plural, entry)
  }

  // "EE.UU.", "EE. UU.", "EE UU".
  if (text.includes('EE')) {
    DOTTED_US.lastIndex = 0
    while ((m = DOTTED_US.exec(text)) !== null) {
      const start = m.index
      let end = start + m[0].length
      if (isLetter(text[start - 1]) || isLetter(text[end])) continue
      if (text[end - 1] === '.' && text[end - 2] === 'U') {
        // Keep a final full stop that may also end the sentence.
        let k = end
        while (isSpace(text[k])) k++
        if (k >= text.length || isUpper(text[k])) end--
      }
      out.push({p, start, end, token: 'EE.UU.', plural: false, entry: tables.byForm.get('EEUU'), name: undefined, guarded: false})
    }
  }
  // "T-MEC".
  let at = text.indexOf('T-MEC')
  while (at >= 0) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + 5]) && text[at - 1] !== '-') {
      out.push({p, start: at, end: at + 5, token: 'T-MEC', plural: false, entry: FOREIGN_ACRONYMS.find((e) => e.forms.es?.includes('T-MEC')), name: undefined, guarded: false})
    }
    at = text.indexOf('T-MEC', at + 5)
  }
}

/** The name in brackets next to an acronym: "Name (ACR)" or "ACR (Name)". */
function nameNextTo(text: string, start: number, end: number): XWord[] | undefined {
  if (text[start - 1] === '(') {
    const after = text[end]
    if (after === ')' || after === ',' || after === ';') {
      const words = wordsBefore(text, start - 1)
      return words.length > 0 ? words : undefined
    }
    return undefined
  }
  if (text[end] === ' ' && text[end + 1] === '(' && isUpper(text[end + 2] ?? '')) {
    const inner = text.slice(end + 2, end + 162)
    const close = inner.indexOf(')')
    if (close < 0) return undefined
    const words = wordsOf(inner.slice(0, close))
    return words.length >= 2 ? words : undefined
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Words in context.

/** Does `haystack` (lower case) hold `phrase` as whole words? */
function hasPhrase(haystack: string, phrase: string): boolean {
  let at = haystack.indexOf(phrase)
  while (at >= 0) {
    const before = haystack[at - 1]
    const after = haystack[at + phrase.length]
    if (!isLetter(before) && !isLetter(after)) return true
    at = haystack.indexOf(phrase, at + 1)
  }
  return false
}

function hasAny(haystack: string, phrases: readonly string[] | undefined): boolean {
  if (!phrases) return false
  for (const ph of phrases) if (hasPhrase(haystack, ph)) return true
  return false
}

/** Memoised look-ups of an entry's context and avoid words in the whole document. */
class DocumentWords {
  private lower: string | undefined
  private readonly memo = new Map<ForeignAcronym, {context?: boolean; avoid?: boolean}>()
  constructor(private readonly value: string) {}
  has(entry: ForeignAcronym, which: 'context' | 'avoid'): boolean {
    let m = this.memo.get(entry)
    if (!m) {
      m = {}
      this.memo.set(entry, m)
    }
    let v = m[which]
    if (v === undefined) {
      this.lower ??= this.value.toLowerCase()
      v = hasAny(this.lower, entry[which])
      m[which] = v
    }
    return v
  }
}

/** The sentence (paragraph text span) around a position. */
function sentenceAround(p: ParagraphInfo, pos: number): [number, number] {
  const sentences = p.sentences
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const s = sentences[mid]
    if (pos < s.start) hi = mid - 1
    else if (pos >= s.end) lo = mid + 1
    else return [s.start, s.end]
  }
  return [0, p.text.length]
}

// ---------------------------------------------------------------------------
// The rule.

interface Unknown {
  guess: string
  name: string
}

export default function acronym(options: RuleOptions = {}) {
  const severity = severityOf(meta, options)
  const accepted = acceptedWords(options)

  return (tree: Root, file: VFile): void => {
    const index = getIndex(tree, file)
    const t = getTables()
    const occurrences: Occurrence[] = []
    for (const p of index.paragraphs) {
      if (p.masked.length > 0) scanParagraph(p, t, occurrences)
    }
    if (occurrences.length === 0) return

    // 1. Names in brackets: English definitions, source-language ones.
    const englishDefined = new Set<string>()
    const unknown = new Map<string, Unknown>()
    const definitional = new Set<Occurrence>()
    for (const occ of occurrences) {
      if (!occ.name || occ.plural || accepted.has(occ.token.toLowerCase())) continue
      if (occ.entry) {
        if (isEnglishName(occ.name) && fitsExpansion(occ.token, occ.name, true)) englishDefined.add(occ.token)
        else if (namesEntry(occ.name, t.expansionWords.get(occ.entry)!)) definitional.add(occ)
        continue
      }
      if (KEPT_ACRONYMS.has(occ.token) || upperCount(occ.token) < 3 || unknown.has(occ.token)) continue
      const reordered = placesLast(occ.name)
      if (fitsExpansion(occ.token, occ.name, false) || (reordered && fitsExpansion(occ.token, reordered, true))) {
        englishDefined.add(occ.token)
        continue
      }
      const fit = fitsTranslation(occ.token, occ.name)
      if (!fit || !englishScope(occ.name, fit.from)) continue
      const guess = englishInitials(fit.used)
      if (guess === occ.token) continue
      unknown.set(occ.token, {guess, name: fit.used.map((w) => w.raw).join(' ')})
    }
    for (const token of englishDefined) unknown.delete(token)

    // 2. Evidence for the table's forms.
    const flagged = new Set<string>()
    let docEvidence = unknown.size > 0
    for (const occ of occurrences) {
      const entry = occ.entry
      if (!entry || englishDefined.has(occ.token) || accepted.has(occ.token.toLowerCase())) continue
      if ((entry.level === 'strong' && !occ.guarded) || definitional.has(occ)) {
        flagged.add(occ.token)
        docEvidence = true
      }
    }
    const inDocument = new DocumentWords(index.value)
    const inSentence = new Map<string, boolean>()
    for (const occ of occurrences) {
      const entry = occ.entry
      if (!entry || entry.level !== 'weak' || flagged.has(occ.token) || occ.guarded) continue
      if (englishDefined.has(occ.token) || accepted.has(occ.token.toLowerCase())) continue
      if (inDocument.has(entry, 'avoid')) continue
      const [from, to] = sentenceAround(occ.p, occ.start)
      const key = `${occ.p.index}:${from}:${occ.token}`
      let near = inSentence.get(key)
      if (near === undefined) {
        near = hasAny(occ.p.text.slice(from, to).toLowerCase(), entry.context)
        inSentence.set(key, near)
      }
      if (near || (docEvidence && inDocument.has(entry, 'context'))) flagged.add(occ.token)
    }

    // 3. Report every use of a flagged form.
    occurrences.sort((a, b) => a.p.index - b.p.index || a.start - b.start)
    const introduced = new Map<string, number>()
    for (const occ of occurrences) {
      const entry = occ.entry
      if (entry) {
        if (!flagged.has(occ.token) || englishDefined.has(occ.token) || accepted.has(occ.token.toLowerCase())) continue
        if (occ.guarded && !definitional.has(occ)) continue
        // A document that also shows the English homograph: only the form next to its name.
        if (entry.level === 'weak' && !definitional.has(occ) && inDocument.has(entry, 'avoid')) continue
        const english = entry.english.map((e) => (occ.plural ? e + 's' : e))
        const langs = (t.languages.get(occ.token) ?? []).map((l) => LANGUAGE_NAMES[l])
        const langText = langs.length > 2 ? langs.slice(0, -1).join(', ') + ' or ' + langs[langs.length - 1] : langs.join(' or ')
        const written = index.value.slice(...index.range(occ.p, occ.start, occ.end))
        // "EE.UU. President": the full stop may belong to the acronym or end the sentence.
        const safe = !(occ.token === 'EE.UU.' && !written.endsWith('.') && written.includes('.'))
        reportText(file, index, meta, severity, occ.p, occ.start, occ.end, {
          reason: `“${written}” is the ${langText} acronym for ${isUpper(entry.expansion[0]) ? 'the ' : ''}${entry.expansion}; English copy uses “${english.join('” or “')}”`,
          expected: english,
          safe: safe && english.length === 1
        })
        continue
      }
      const found = unknown.get(occ.token)
      if (!found || occ.plural) continue
      const first = introduced.get(occ.token)
      const line = index.point(index.offset(occ.p, occ.start)).line
      if (first === undefined) introduced.set(occ.token, line)
      reportText(file, index, meta, severity, occ.p, occ.start, occ.end, {
        reason:
          first === undefined
            ? `“${occ.token}” does not fit “${found.name}”: its letters follow the name in the source language; English copy uses the English acronym (“${found.guess}”?)`
            : `“${occ.token}” is the source-language acronym of “${found.name}” (line ${first}); English copy uses the English acronym (“${found.guess}”?)`,
        expected: [found.guess],
        safe: false
      })
    }
  }
}

/** Function words of the source languages (not English): "Observatorio Sirio de Derechos Humanos". */
const SOURCE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...EXPANSION_FUNCTION_WORDS].filter((w) => !['of', 'for', 'the', 'and', 'on', 'in', 'to', 'at', 'by', 'with', 'a', 'an', '&', 'al', 'el', 'e'].includes(w))
)

/** Is a bracketed name English (no Spanish, French, Italian, Portuguese or German function word)? */
function isEnglishName(words: XWord[]): boolean {
  for (const w of words) if (SOURCE_FUNCTION_WORDS.has(w.lower)) return false
  return true
}

/** Does the bracketed name hold every significant word of the entry's English name? */
function namesEntry(words: XWord[], expansion: string[]): boolean {
  if (expansion.length === 0) return false
  const have = new Set<string>()
  for (const w of words) {
    have.add(w.lower)
    for (const part of w.lower.split('-')) have.add(part)
  }
  for (const e of expansion) {
    if (have.has(e)) continue
    const parts = e.split('-')
    if (parts.length > 1 && parts.every((x) => have.has(x))) continue
    return false
  }
  return true
}
