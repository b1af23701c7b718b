/**
 * calque, the source outlet's first person kept in translated copy: "our
 * country is facing …", "our doctors save …" outside any quotation.  State
 * and national media write about their own country in the first person
 * plural (es "nuestro país", pt "nosso país", ru "наша страна", ar "بلادنا",
 * vi "nước ta"); an English wire story names the country ("Spain is facing
 * …", "Cuban doctors") and keeps "our" for quotations (AP Stylebook and
 * Reuters Handbook: write in the third person; first person only in quoted
 * matter).
 *
 * How it decides: "our"/"Our" + a noun of the national community (data
 * below) in the paragraph's prose outside quotation marks: curly quotes
 * open and close, straight double quotes toggle, and a paragraph that opens
 * a quotation it does not close leaves the next paragraph's opening quote
 * to carry on (news style); a paragraph that starts inside a quotation
 * counts as quoted.  A story written in the first person plural elsewhere
 * (a "we" outside quotations) is an opinion piece or a statement, not a
 * translated report, and a story with no source-language guess
 * (support/source-language.ts: its names, letters, agencies and calques
 * point to no other language) is a native writer's "our nation": nothing
 * is reported there (the rule asks for the guess after its other findings,
 * so that they count as traces).  One pass over the
 * paragraph's characters when it has an "our" (and over the document's
 * once for "we"); no regular expression.
 */
import type {ParagraphInfo} from '../support/document.js'
import {isCommonWord} from '../support/lexicon.js'
import {lowerCase, type Add} from './scanner.js'

/** Nouns of the national community after "our" that news copy keeps for quotations. */
const COMMUNITY: ReadonlySet<string> = new Set([
  'country', 'nation', 'homeland', 'motherland', 'fatherland', 'republic', 'doctors', 'health', 'armed', 'revolution',
  'compatriots', 'countrymen', 'athletes', 'diplomats', 'embassy', 'sovereignty', 'territory'
])

const ORIGINALS = 'es “nuestro país”; pt “nosso país”; ru “наша страна”; ar “بلادنا”; vi “nước ta”'

/**
 * Whether places of a paragraph lie inside a quotation, asked in increasing
 * order: curly and guillemet quotes nest, straight double quotes toggle.
 * Reads each character once per paragraph (linear on hostile input).
 */
class QuoteState {
  private at = 0
  private depth = 0
  private straight = false
  constructor(private readonly text: string) {}

  /** Is offset `to` (not before the last one asked) inside a quotation? */
  quoted(to: number): boolean {
    const text = this.text
    for (; this.at < to; this.at++) {
      const c = text.charCodeAt(this.at)
      if (c === 0x201c || c === 0xab) this.depth++
      else if ((c === 0x201d || c === 0xbb) && this.depth > 0) this.depth--
      else if (c === 34) this.straight = !this.straight
    }
    return this.depth > 0 || this.straight
  }
}

/** Does the paragraph use "we"/"us" outside quotations (a first-person text)? */
function firstPersonProse(paragraph: ParagraphInfo): boolean {
  const state = new QuoteState(paragraph.text)
  for (const w of paragraph.words) {
    const v = w.value
    if ((v === 'we' || v === 'We' || v === 'us') && !state.quoted(w.start)) return true
  }
  return false
}

const AS_ORIGINALS = 'tr “Türkiye olarak …”; az “Azərbaycan olaraq …”; ru “Мы, как Россия, …”'

/**
 * "As Turkiye, we have not …": a country speaking as "we" (tr "Türkiye
 * olarak", "as Turkey"); English says "Turkey has not …" or "We in Turkey
 * …".  "As" + one or two capitalised words that are no dictionary words in
 * lower case and do not end in "s" ("As Americans, we" is English), then a
 * comma and "we".  Quoted or not: it is the grammar of the translation.
 */
export function checkAsCountryWe(text: string, words: ParagraphInfo['words'], add: Add): void {
  for (let i = 0; i + 2 < words.length; i++) {
    const v = words[i].value
    if (v !== 'As' && v !== 'as') continue
    let k = i + 1
    while (k < words.length && k <= i + 2 && words[k].start === words[k - 1].end + 1 && isName(words[k].value)) k++
    if (k === i + 1 || k >= words.length || words[k].value !== 'we') continue
    if (text.slice(words[k - 1].end, words[k].start) !== ', ') continue
    const name = text.slice(words[i + 1].start, words[k - 1].end)
    add({
      start: words[i].start,
      end: words[k].end,
      id: 'as-country-we',
      tier: 'strong',
      reason: `“${text.slice(words[i].start, words[k].end)}” lets a country speak as “we”, a calque of ${AS_ORIGINALS}: English says “${name} has …” or “we in ${name} …”`,
      expected: []
    })
  }
}

function isName(v: string): boolean {
  const c = v.charCodeAt(0)
  if (c < 65 || c > 90 || v.endsWith('s')) return false
  return !isCommonWord(lowerCase(v))
}

/** Find "our country" and its kin outside quotations in the paragraphs of a document. */
export function checkPerspective(paragraphs: readonly ParagraphInfo[], add: (paragraph: ParagraphInfo, c: Parameters<Add>[0]) => void): void {
  let firstPerson: boolean | undefined
  for (const paragraph of paragraphs) {
    const words = paragraph.words
    let state: QuoteState | undefined
    for (let i = 0; i + 1 < words.length; i++) {
      const v = words[i].value
      if (v !== 'our' && v !== 'Our') continue
      const next = words[i + 1]
      if (next.start !== words[i].end + 1 || !COMMUNITY.has(next.value)) continue
      const text = paragraph.text
      // A paragraph that starts a quotation (or continues one) is quoted matter.
      const first = text.charCodeAt(0)
      if (first === 0x201c || first === 34 || first === 0xab || first === 0x2018) continue
      state ??= new QuoteState(text)
      if (state.quoted(words[i].start)) continue
      firstPerson ??= paragraphs.some(firstPersonProse)
      if (firstPerson) return
      add(paragraph, {
        start: words[i].start,
        end: next.end,
        id: 'source-perspective-our',
        tier: 'strong',
        reason: `“${text.slice(words[i].start, next.end)}” outside a quotation keeps the source outlet’s first person (${ORIGINALS}): an English report names the country or the people (“Spain”, “Cuban doctors”) and keeps “our” for quotations`,
        expected: []
      })
    }
  }
}
