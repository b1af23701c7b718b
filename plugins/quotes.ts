/**
 * quotes: quotation marks that machine translation or a careless paste left
 * broken in English copy.
 *
 * - Foreign marks: « » „ ‹ › ‚ (Spanish, Italian, French, Portuguese, German
 *   conventions) → the English mark for the same role; French spacing inside
 *   guillemets goes with them ("« texte »" → “texte”).
 * - A quote opened in one style and closed in another: “…», «…”, „…“
 *   (German closing “), "…” (straight and curly in one pair).
 * - A closing quote with no opening one ("…bread,” he added"), and a
 *   quotation never closed — reported as the whole unterminated quotation,
 *   from its opening mark to the end of its paragraph (where a reader looks
 *   for the missing mark); not when the paragraph is a teaser cut short
 *   ("… Read more").  A quotation left open is carried into the next
 *   paragraphs until a closing mark closes it: the wire convention (a
 *   quotation that runs on leaves its paragraph open and the next paragraph
 *   opens again) and copy broken into one sentence a line.
 * - A closing mark on the wrong side of its space ("stay, ”she added"),
 *   also typed as an opening mark ("tradition, “he added"); a mark glued to
 *   words on both sides closes an open quotation ("soon“Kovalenko said").
 *   Other spacing of a quote mark whose glyph is right ("the deal ”,",
 *   "“ the deal", "country”concluded") is the punctuation-spacing rule's.
 * - A doubled mark (""word).
 * - A quote mark typed for an apostrophe: "Indonesia"s", "isn"t", "the
 *   judges" decisions", "the ‘90s", "in ‘94", "don‘t"; and an acute or
 *   grave accent typed for one ("people´s", "O`Clock") (information: the
 *   quotation is not broken, and it is a keyboard habit, not MT).
 * - A single quotation opened with the closing mark ’ ("’BTS’", "’Golden
 *   Hour’"), not an elision or a year (reversed.ts; one level softer).
 * - An article doubled across an opening quote mark ('that the “The armed
 *   groups', 'a "a job'): a warning, keeping the article inside (article.ts).
 * - An apostrophe typed for the plural of a people after a quantifier ("all
 *   Thai’s to", "many Filipino's are"): a warning with the plural (plural.ts).
 * - Straight and curly double quotes mixed in one document: one finding for
 *   the document (information), at the first mark of the minority style,
 *   naming how many marks of each style it holds.

 * Not quotes: apostrophes (country’s, players’, ’90s, ’tis: a ’ or ' inside
 * or at the edge of a word that no open single quote is waiting for), inch
 * marks and seconds (5' 10", 12" single, 26'46"N), straight single quotes
 * (British copy quotes with '…', indistinguishable from apostrophes in plain
 * text: never checked, except as the straight closing of a curly ‘).  Single
 * quotes go through the same machinery as double ones, but a ’ with nothing
 * open is an apostrophe, and a ‘ never closed is not reported (too often an
 * elision typed by autocorrect: ‘bot, ‘til).
 *
 * The parts, in plugins/quotes/: marks.ts (a mark's position from its
 * flanks), pairing.ts (roles and the pairing across paragraphs, shared per
 * document with punctuation-spacing), judge.ts (what is wrong with one mark:
 * its glyph, its spacing, its partner), styles.ts (the document's styles,
 * and the mixing check), lookalikes.ts (accents typed for apostrophes),
 * reversed.ts (a single quotation opened with ’), article.ts (an article
 * doubled across an opening quote mark), plural.ts (a people's plural with an
 * apostrophe).
 * This file composes them and bounds the findings per paragraph
 * (MAX_PER_PARAGRAPH: garbage input must not flood the report).
 *
 * Why not retext-quotes: it checks one thing, that each mark has the
 * preferred style (straight vs smart) for its nesting level, so it would
 * flag every straight quote of copy that uses them consistently (all of our
 * clean news) and every British ‘…’ at the first level.  It knows neither
 * guillemets nor low-9 marks, does not pair an opening of one style with a
 * closing of another, never reports a mark left unmatched or on the wrong
 * side of its space, knows nothing about quotations that run on across
 * paragraphs, and walks the tree with unist-util-visit (the house rule is to
 * read the shared index).  Its apostrophe heuristics (a ’ inside a word;
 * after an "s" with no single quote open; before a decade) are kept here.
 */
import type {ParagraphInfo} from './support/document.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'
import {doubledArticles} from './quotes/article.js'
import {apostrophePlurals} from './quotes/plural.js'
import {judge} from './quotes/judge.js'
import type {Emit} from './quotes/marks.js'
import {lookalikes} from './quotes/lookalikes.js'
import {pairing} from './quotes/pairing.js'
import {reversedSingles} from './quotes/reversed.js'
import {documentStyles, mixing} from './quotes/styles.js'

export const meta: RuleMeta = {
  id: 'quotes',
  description: 'Quotes opened in one style and closed in another, foreign quote marks, unbalanced or misplaced quotes.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('quotes'),
  docs: {
    decides:
      'Each mark gets a role (opening, closing, apostrophe, inch mark) from its flanks (space or bracket before it opens, space or punctuation after it closes), then its glyph, then whether a quotation is open: a mark glued to words on both sides closes an open quotation and opens otherwise; after a quotation\'s closing punctuation and its space, before a lower-case word, with no closing mark later in the paragraph, it is a closing mark on the wrong side of its space ("tradition, “he added"). One stack per family (double, single), kept across paragraphs, pairs openings with closings, so a quotation may run on over broken paragraphs and the wire convention (the next paragraph reopens the quote) is no error. A mark is then judged against its partner and the document: a foreign or wrong-way glyph, two styles in one pair (reported at the closing mark, fixed to the opening mark\'s style, unless the opening mark starts a run-on inside a quotation of the other style), a closing mark on the wrong side of its space, no partner. A quotation never closed is reported from its opening mark to the end of its paragraph, not in a teaser cut short ("… Read more"). Fixes follow the partner’s style, else the document’s prevailing one (curly on a tie); a quote mark or an accent typed for an apostrophe is information; a single quotation of one to six words opened with the closing mark ’ (a ’ at a word\'s start, closed by a ’ after a letter other than a plural\'s "s", the first word no elision such as "’tis", "’n’", "’em", "’cause", no year such as "’90s") is a warning fixed to ‘; straight and curly quotes mixed in one document one information finding at the first mark of the minority style; an article doubled across an opening double quote mark (\'that the “The armed groups\', \'a "a job\'; "a" and "an" are one) is a warning keeping the article inside the quotation; a demonym with ’s after a quantifier and before a verb or "to" ("all Thai’s to", "many Filipino\'s are") is a plural written with an apostrophe, a warning with the plural. The spacing of a quote mark whose glyph is right is punctuation-spacing\'s.'
  },
  examples: {
    ok: [
      '“We are staying put,” the mayor told reporters on Friday.',
      '“We will not leave,” she said. “Our families have lived here for generations.\n“We will stay.”',
      '“They lost the ‘final battle’, as the papers called it,” he said.',
      '‘Stay at home’ order lifted\nThe players’ union welcomed the decision in the ’90s style of the club.',
      '’Cause the players’ union said no to rock ’n’ roll in the ’90s.',
      'The senator called the plan "reckless" and "unfunded", aides said.',
      'He stands 6\' 2" tall. The country\'s leaders met on Monday.',
      '“We are entrenched at home”\nResidents stayed indoors.',
      '"It\'s over," he said. "We lost. "Next year we come back."',
      'He said in a statement: “Some players respond well to work, while others … Read more'
    ],
    notOk: [
      {text: 'The allies urged “a political solution to the conflict».', line: 1, column: 55, actual: '»', fix: '”'},
      {text: 'The minister called it «a historic day» on Monday.', line: 1, column: 24, actual: '«', fix: '“', also: [{line: 1, column: 39, actual: '»', fix: '”'}]},
      {text: 'The mayor said „we are ready“ on Tuesday.', line: 1, column: 16, actual: '„', fix: '“', also: [{line: 1, column: 29, actual: '“', fix: '”'}]},
      {text: 'The rebels “are calm,” who handed out free bread,” he added.', line: 1, column: 50, actual: '”'},
      {text: '“We will stay, ”she added.', line: 1, column: 15, actual: ' ”', fix: '” '},
      {text: '“We held clean elections, honouring our tradition, “he added.', line: 1, column: 51, actual: ' “', fix: '” '},
      {text: 'Officials sought “a lasting peace". Talks resume on Monday.', line: 1, column: 34, actual: '"', fix: '”'},
      {text: 'He said the talks had “failed and left the room.\nThe vote is on Monday, said “a senior aide”.', line: 1, column: 23, actual: '“failed and left the room.', fix: '“failed and left the room.”'},
      {text: 'Exports from Brazil"s farms rose; the country´s envoy agreed.', line: 1, column: 20, actual: '"', fix: "'", also: [{line: 1, column: 46, actual: '´', fix: "'"}]},
      {text: 'The fans waited for ’Golden Hour’ all night.', line: 1, column: 21, actual: '’', fix: '‘'},
      {text: 'A source told the agency that the “The armed groups are moving north.”', line: 1, column: 31, actual: 'the “The', fix: '“The'}
    ]
  }
}

/** At most this many findings in one paragraph (garbage input must not flood the report). */
const MAX_PER_PARAGRAPH = 100

export default defineRule({
  meta,
  check({index, severity, softer, reportText}) {
    const styles = documentStyles(index)
    const {doubles, singles} = pairing(index)
    const perParagraph = new Map<number, number>()
    const emit: Emit = (rec, start, end, reason, expected, level = severity, safe = true) => {
      rec.reported = true
      // A paragraph of nothing but broken quotes gets a bounded number of messages.
      const n = perParagraph.get(rec.p.index) ?? 0
      if (n >= MAX_PER_PARAGRAPH) return
      perParagraph.set(rec.p.index, n + 1)
      reportText(rec.p, start, end, {reason, expected, safe, severity: level})
    }
    // Style slips that do not break a quotation (mixed styles, a quote mark
    // typed for an apostrophe) are one level softer.
    for (const rec of doubles) judge(rec, styles, emit, softer)
    for (const rec of singles) judge(rec, styles, emit, softer)
    mixing(doubles, emit, softer)
    lookalikes(index, styles, emit, softer)
    reversedSingles(index, emit, softer)
    const warn = (p: ParagraphInfo, start: number, end: number, reason: string, expected: string): void => {
      reportText(p, start, end, {reason, expected: [expected], safe: false, severity: 'warning'})
    }
    doubledArticles(index, warn)
    apostrophePlurals(index, warn)
  }
})
