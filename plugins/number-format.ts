/**
 * number-format: numbers written the way the source language writes them.
 *
 * - Decimal comma: "2,5%", "1,8 million", "€2,50", "a magnitude 6,2 quake",
 *   "0,75"; plugins/number-format/decimal-comma.ts.
 * - Thousands dot: "1.500.000", "1.500 people", "9.000 kilometres";
 *   plugins/number-format/thousands-dot.ts.
 * - Both at once: "1.234,5" → "1,234.5"; plugins/number-format/continental.ts.
 * - Thousands grouped with a (narrow) no-break or thin space: "10 000"; with
 *   a plain space only before a unit or count ("3 000 soldiers");
 *   plugins/number-format/space-thousands.ts.
 * - A space before the percent sign: "5 %" → "5%", when the number itself is
 *   fine (otherwise the "%" goes with the number's own finding); here.
 * - Conventions around a number (plugins/number-format/conventions.ts and
 *   the checks it lists): a spaced currency sign or "+" ("$ 40", "+ 0.3%";
 *   spaced-sign.ts), a decimal split by a space ("5 . 3 %"; split-decimal.ts),
 *   "70 thousand" and "3 trillion 100 billion" (spelled-magnitude.ts),
 *   results with a colon or "to" in a sports story ("the 2:4"; scores.ts),
 *   numeric day/month dates after a weekday and "(12th)" (dates.ts),
 *   24-hour times with a.m./p.m. and "12.40 noon" (times.ts), "his 63
 *   birthday" (ordinals.ts), "1500 doctors" in a story that writes "1,500"
 *   elsewhere (ungrouped.ts).
 * - "billion" (and "trillion") where the source may have said "billón":
 *   an info-level hint in a document translated from a long-scale language;
 *   plugins/number-format/scale-hint.ts.
 *
 * Numbers are found by scanning digits by hand (linear in the paragraph) and
 * read with their context once (plugins/number-format/reading.ts: scores,
 * ranges, times, versions, dates, chemistry, codes glued to letters and years
 * are no numbers in this sense); the four format checks each claim the
 * numbers of their shape.  Weak candidates (a bare "2,5", "a crowd of
 * 2.000") are reported only when the same document has a clear case
 * elsewhere.
 */
import type {ParagraphInfo} from './support/document.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'
import {judgeWithEvidence} from './support/text.js'
import {continental} from './number-format/continental.js'
import {DocumentEvidence, type ConventionCheck} from './number-format/conventions.js'
import {dates} from './number-format/dates.js'
import {decimalComma} from './number-format/decimal-comma.js'
import {ordinals} from './number-format/ordinals.js'
import {NEXT_DIGIT, readingOf, readNumber, spacedPercent, type Candidate, type FormatCheck, type Kind, type NumberToken} from './number-format/reading.js'
import {hintScale, longScaleCalques, mentionsScale} from './number-format/scale-hint.js'
import {scores} from './number-format/scores.js'
import {spaceThousands} from './number-format/space-thousands.js'
import {spacedSign} from './number-format/spaced-sign.js'
import {spelledMagnitude} from './number-format/spelled-magnitude.js'
import {splitDecimal} from './number-format/split-decimal.js'
import {thousandsDot} from './number-format/thousands-dot.js'
import {times} from './number-format/times.js'
import {ungrouped} from './number-format/ungrouped.js'

export const meta: RuleMeta = {
  id: 'number-format',
  description: 'Source-language number formats: decimal commas, thousands dots, "5 %", "$ 40", "70 thousand", "2:0", "(5/8)", "20 p.m.", billón as billion.',
  severity: 'warning',
  fixable: true,
  url: ruleUrl('number-format'),
  docs: {
    decides:
      'Numbers are read digit by digit with what stands around them: the word or sign after (percent, magnitude, unit, ' +
      'currency, count noun, rate), a currency or "magnitude" before. Codes, scores, ranges, times, dates, versions, IP ' +
      'addresses and chemical locants are not numbers in this sense. A comma before one or two digits is a decimal comma ' +
      'and "1.500.000" or "1.234,5" are source-language formats on their own; "1.500" is thousands only before a count of ' +
      'things or, when round, a unit, currency or magnitude (English "1.125 per cent" is a decimal); a plain-space group ' +
      'only for a round quantity. A number with no such context ("a crowd of 2.000", a bare "2,5") is flagged only when ' +
      'the same document has a clear case elsewhere. Conventions around a number, each clear on its own: a currency sign ' +
      'or "+" spaced off its figure ("$ 40", "R $ 88.2", "+ 0.3%"); a decimal split by a space ("5 . 3 %", and "$4,343. 6 ' +
      'million" after a currency); "70 thousand" and compound figures ("3 trillion 100 billion"); a 24-hour hour with ' +
      'a.m./p.m. ("20 p.m.", "00:17 AM"), a bare 24-hour hour before "local time", "12.40 noon"; a numeric day/month date ' +
      'in brackets after a weekday, or with a day over 12 ("Friday (5/8)", "(20/10/2023)"; not a tie-break "6-7 (3/7)"), ' +
      'and "(12th)" after "today" or a weekday; "his 63 birthday". In a sports story only (three words of match ' +
      'reporting): a result with a colon and a one-digit second score after a team name or a result word ("the 2:4", ' +
      '"Frankfurt 2:0"; not a ratio), and, for information, "2 to 0" after "by" or a comma. A four-digit count without its ' +
      'comma ("1500 doctors") only in a story that groups such figures elsewhere. "billion" gets an information-level ' +
      'hint (10^12 in Spanish, French, German) only in a document that shows it was translated from a long-scale language. ' +
      'Fixed unattended only where the reading is sure: a sign spaced off its figure ("5 %", "$ 40"), a split decimal, ' +
      'thousands dots and decimal commas with clear evidence; dates, scores, magnitudes and anything ambiguous are ' +
      'offered for a person to choose.'
  },
  examples: {
    ok: [
      'About 1,500 people marched; turnout was 3.5% and the deficit 1.8 million euros.',
      'She won 6-1, 4-6, 7-5 and later 1-6,4-6 in the final.',
      'The U.S. bond yield was 1.125 per cent at 10.30pm; version 2.0.1 shipped in 2023.',
      'Shares rose to 44.125 dlrs a share and the euro fetched $1.364.',
      'The 3,4-dimethyl compound and sections 1.2.3 and 4.5 were cited; 2,06,737 tests were run.',
      'The budget is 1.5 billion dollars and the debt 2 trillion.',
      'The ratio was 3:1; she won 7-6 (7/5) and left at 10.30pm, or 10:30 p.m., on Friday (local time).'
    ],
    notOk: [
      {text: 'Inflation rose to 2,5% in March.', line: 1, column: 19, actual: '2,5', fix: '2.5'},
      {text: 'The city has 1,8 million inhabitants.', line: 1, column: 14, actual: '1,8', fix: '1.8'},
      {text: 'About 1.500 people marched on Sunday.', line: 1, column: 7, actual: '1.500', fix: '1,500'},
      {text: 'The route covers 9.000 kilometres of coast.', line: 1, column: 18, actual: '9.000', fix: '9,000'},
      {text: 'Unemployment fell to 5 % last year.', line: 1, column: 22, actual: '5 %', fix: '5%'},
      {text: 'The fund holds 1.250.000 euros.', line: 1, column: 16, actual: '1.250.000', fix: '1,250,000'},
      {text: 'Exports reached 1.234,5 million euros.', line: 1, column: 17, actual: '1.234,5', fix: '1,234.5'},
      {text: 'Brazil will spend R $ 12 billion on roads.', line: 1, column: 19, actual: 'R $ 12', fix: 'R$12'},
      {text: 'The storm left 40 thousand people homeless.', line: 1, column: 16, actual: '40 thousand', fix: '40,000'},
      {text: 'Police said the suspect was arrested on Tuesday (14/3).', line: 1, column: 49, actual: '(14/3)', fix: '(March 14)'},
      {text: 'The vote ended at 21 p.m. on Sunday.', line: 1, column: 19, actual: '21 p.m.', fix: '9 p.m.'},
      {text: 'Leverkusen won 3:1 and the coach praised the players.', line: 1, column: 16, actual: '3:1', fix: '3-1'}
    ]
  }
}

/** The format checks; their shapes exclude each other (the first that claims a number decides it). */
const FORMAT_CHECKS: readonly FormatCheck[] = [decimalComma, thousandsDot, continental, spaceThousands]

/**
 * The conventions around a number, tried first; the spaced sign never claims
 * the number (its digits may also be wrong), the others do (a time, a date,
 * a score is no decimal).
 */
const CONVENTION_CHECKS: readonly ConventionCheck[] = [spacedSign, splitDecimal, times, dates, scores, spelledMagnitude, ordinals, ungrouped]

/** The kinds that show the source's decimal and grouping conventions (evidence for weak cases and the scale hint). */
const FORMAT_KINDS: ReadonlySet<Kind> = new Set(['decimal-comma', 'thousands-dot', 'continental', 'space-thousands', 'four-decimals'])

export default defineRule({
  meta,
  check({index, reportText}) {
    const candidates: Candidate[] = []
    const doc = new DocumentEvidence(index)
    for (const paragraph of index.paragraphs) scanParagraph(paragraph, doc, candidates)

    // Weak candidates need the document's evidence: a clear source-language
    // format elsewhere ("5 %" alone is no evidence).
    let formatEvidence = false
    judgeWithEvidence(
      candidates,
      (all) => (formatEvidence = all.some((c) => c.strong && FORMAT_KINDS.has(c.kind))),
      (c, evidence) => {
        if (!c.strong && !evidence) return
        reportText(c.paragraph, c.start, c.end, {reason: c.reason, expected: c.expected, safe: c.safe, severity: c.severity})
      }
    )

    // The hints only concern the words "billion(s)" and "trillion(s)": without
    // them in the text the document-wide calque search is not needed.
    if (!mentionsScale(index)) return
    const calques = longScaleCalques(index)
    if (formatEvidence || calques) hintScale(index, calques, reportText)
  }
})

function scanParagraph(paragraph: ParagraphInfo, doc: DocumentEvidence, out: Candidate[]): void {
  const text = paragraph.masked
  // Jump from digit to digit with one native regex search (far cheaper than a
  // test per character); most of a paragraph holds none.
  const next = NEXT_DIGIT
  next.lastIndex = 0
  while (next.test(text)) {
    const token = readNumber(text, next.lastIndex - 1)
    next.lastIndex = judge(paragraph, text, token, doc, out)
  }
}

/**
 * The findings of one number: a convention around it, else its format, else
 * a space before its "%".  Returns where the scan goes on (after the last
 * finding's span when a convention took in more numbers: "5 . 3 %").
 */
function judge(paragraph: ParagraphInfo, text: string, t: NumberToken, doc: DocumentEvidence, out: Candidate[]): number {
  const first = out.length
  const around = {paragraph, text, t, doc}
  for (const check of CONVENTION_CHECKS) {
    if (check(around, out)) {
      let end = t.end
      for (let i = first; i < out.length; i++) end = Math.max(end, out[i].end)
      return end
    }
  }
  judgeFormat(paragraph, text, t, out)
  return t.end
}

/** The findings of one number's format, else a space before its "%". */
function judgeFormat(paragraph: ParagraphInfo, text: string, t: NumberToken, out: Candidate[]): void {
  const reading = readingOf(paragraph, text, t)
  if (reading === 'code') return
  const before = out.length
  if (reading !== 'plain') for (const check of FORMAT_CHECKS) if (check(reading, out)) break
  if (out.length !== before) return
  // "5 %", "3.5 %", "5-10 %": a space before the percent sign, when the number itself is fine.
  const spacedPercentEnd = reading === 'plain' ? spacedPercent(text, t.end) : reading.info.spacedPercentEnd
  if (spacedPercentEnd === undefined) return
  const value = text.slice(t.start, t.end)
  out.push({
    paragraph, start: t.start, end: spacedPercentEnd, kind: 'percent-space', strong: true,
    expected: [value + '%'], safe: true,
    reason: `Space before “%”: English writes “${value}%”`
  })
}
