/**
 * calque, attribution verbs after a quotation: “…,” analyzed the journalist;
 * “…,” he considered.  Portuguese, Spanish, Italian and French news attribute
 * a quotation with a verb of judgement or of ending ("analisou", "avaliou",
 * "ponderou", "completou", "finalizou", "consideró", "aseguró", "ha
 * precisato", "a complété"); English wire copy attributes with "said" (AP
 * Stylebook, "said"; Reuters Handbook, "attribution"), "added" for a second
 * remark.
 *
 * How it decides: a verb of the table (data below) right after a closing
 * quotation mark and its comma (“…,” analyzed …; or with the comma lost:
 * “…”analyzed …), followed by "the" + a
 * word, a capitalised name or "he"/"she"; or "he"/"she" + such a verb after
 * the quotation and then the end of the sentence (“…,” he considered.;
 * “…,” he expressed himself.).
 * Verbs English also uses this way ("explained", "added", "insisted",
 * "stressed") are not in the table.  The candidate is "said" ("added" for
 * the verbs of completing).
 */
import type {WordInfo} from '../support/document.js'
import {UPPER_START} from '../support/text.js'
import {languages, type Add} from './scanner.js'

/** Attribution verbs of the source languages carried into English → the wire verb. */
const VERBS: ReadonlyMap<string, string> = new Map(Object.entries({
  analyzed: 'said', analysed: 'said', analyzes: 'says', analyses: 'says',
  evaluated: 'said', evaluates: 'says', assessed: 'said', assesses: 'says',
  pondered: 'said', ponders: 'says', considered: 'said', considers: 'says',
  closed: 'said', closes: 'says', finalized: 'said', finalised: 'said', finalizes: 'says',
  completed: 'added', completes: 'adds', complemented: 'added', complements: 'adds',
  specified: 'said', specifies: 'says', assured: 'said', assures: 'says', guaranteed: 'said', guarantees: 'says',
  affirmed: 'said', affirms: 'says', reinforced: 'said', reinforces: 'says', opined: 'said', opines: 'says',
  evaluating: 'saying', manifested: 'said', expressed: 'said', expresses: 'says',
  vented: 'said', vents: 'says', detailed: 'said', details: 'says', underlined: 'said', underlines: 'says',
  highlighted: 'said', highlights: 'says', valued: 'said', celebrated: 'said', celebrates: 'says',
  justified: 'said', projected: 'said', defended: 'said'
}))

const ORIGINALS = 'pt “analisou / avaliou / ponderou / completou”; es “consideró / aseguró / precisó”; it “ha precisato / ha sottolineato”; fr “a complété / a estimé”'

const CLOSE_QUOTE = /[”"]/
const isPronoun = (v: string): boolean => v === 'he' || v === 'she' || v === 'He' || v === 'She'
const HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Lord', 'Lady', 'Mr.', 'Mrs.', 'Ms.', 'Dr.'])
/** A closing quotation mark then a comma (or the comma inside: ,”) in the gap before a word. */
function afterQuotation(gap: string): boolean {
  if (!CLOSE_QUOTE.test(gap) || gap.trim().length > 3) return false
  // “…,” analyzed; or the comma lost: “…”analyzed, “…” analyzed.
  return gap.includes(',') || CLOSING_THEN_WORD.test(gap)
}
/** The gap ends with a closing quotation mark (and at most one space): the comma was lost. */
const CLOSING_THEN_WORD = /[”"] ?$/

export function checkAttribution(text: string, words: readonly WordInfo[], add: Add): void {
  const n = words.length
  for (let i = 1; i < n; i++) {
    const w = words[i]
    const wire = VERBS.get(w.value)
    if (wire === undefined) continue
    const gap = text.slice(words[i - 1].end, w.start)
    let start = -1
    let stop = w.end
    if (afterQuotation(gap)) {
      // “…,” analyzed the journalist / analyzed Marcos Braz / analyzed he.
      const next = words[i + 1]
      if (!next || text.slice(w.end, next.start) !== ' ') continue
      const v = next.value
      // “…,” assured Mr Wallace: British copy inverts with an honorific; not the source-language pattern.
      const ok = v === 'the' || v === 'he' || v === 'she' || (UPPER_START.test(v) && v !== 'The' && v !== 'I' && !HONORIFICS.has(v))
      if (!ok) continue
      start = w.start
    } else if (isPronoun(words[i - 1].value) && gap === ' ' && i >= 2) {
      // “…,” he considered.
      const before = text.slice(words[i - 2].end, words[i - 1].start)
      let after = text.slice(w.end, w.end + 1)
      // “…,” he expressed himself.
      let end = w.end
      const self = words[i + 1]
      if (after === ' ' && self && (self.value === 'himself' || self.value === 'herself') && self.start === w.end + 1) {
        after = text.slice(self.end, self.end + 1)
        end = self.end
      }
      if (after !== '.' && after !== ';') continue
      if (!afterQuotation(before) && !(w.value === 'assured' && (before === ', ' || before === ' '))) continue
      start = w.start
      stop = end
    } else if (w.value === 'assured' && words[i - 1].value === 'has' && i >= 2 && isPronoun(words[i - 2].value) && (text.charCodeAt(w.end) === 46 || text.charCodeAt(w.end) === 44)) {
      // “… he has assured.”, “the first step, he has assured, is …”: English “assure” needs a person after it.
      start = words[i - 1].start
    } else {
      continue
    }
    add({
      start,
      end: stop,
      id: 'attribution-verb',
      tier: 'strong',
      reason: `“${w.value}” after a quotation is a calque of ${languages(ORIGINALS)}: English wire copy attributes a quotation with “${wire}”`,
      expected: [wire]
    })
  }
}
