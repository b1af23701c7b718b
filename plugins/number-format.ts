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
import {decimalComma} from './number-format/decimal-comma.js'
import {NEXT_DIGIT, readingOf, readNumber, spacedPercent, type Candidate, type FormatCheck, type NumberToken} from './number-format/reading.js'
import {hintScale, longScaleCalques, mentionsScale} from './number-format/scale-hint.js'
import {spaceThousands} from './number-format/space-thousands.js'
import {thousandsDot} from './number-format/thousands-dot.js'

export const meta: RuleMeta = {
  id: 'number-format',
  description: 'Source-language number formats: decimal commas, thousands dots, "5 %", billón as billion.',
  severity: 'warn',
  fixable: false,
  url: ruleUrl('number-format'),
  docs: {
    decides:
      'Numbers are read digit by digit with what stands around them: the word or sign after (percent, magnitude, unit, ' +
      'currency, count noun, rate), a currency or "magnitude" before. Codes, scores, ranges, times, dates, versions, IP ' +
      'addresses and chemical locants are not numbers in this sense. A comma before one or two digits is a decimal comma ' +
      'and "1.500.000" or "1.234,5" are source-language formats on their own; "1.500" is thousands only before a count of ' +
      'things or, when round, a unit, currency or magnitude (English "1.125 per cent" is a decimal); a plain-space group ' +
      'only for a round quantity. A number with no such context ("a crowd of 2.000", a bare "2,5") is flagged only when ' +
      'the same document has a clear case elsewhere. "billion" gets an information-level hint (10^12 in Spanish, French, ' +
      'German) only in a document that shows it was translated from a long-scale language.'
  },
  examples: {
    ok: [
      'About 1,500 people marched; turnout was 3.5% and the deficit 1.8 million euros.',
      'She won 6-1, 4-6, 7-5 and later 1-6,4-6 in the final.',
      'The U.S. bond yield was 1.125 per cent at 10.30pm; version 2.0.1 shipped in 2023.',
      'Shares rose to 44.125 dlrs a share and the euro fetched $1.364.',
      'The 3,4-dimethyl compound and sections 1.2.3 and 4.5 were cited; 2,06,737 tests were run.',
      'The budget is 1.5 billion dollars and the debt 2 trillion.'
    ],
    notOk: [
      {text: 'Inflation rose to 2,5% in March.', line: 1, column: 19, actual: '2,5', fix: '2.5'},
      {text: 'The city has 1,8 million inhabitants.', line: 1, column: 14, actual: '1,8', fix: '1.8'},
      {text: 'About 1.500 people marched on Sunday.', line: 1, column: 7, actual: '1.500', fix: '1,500'},
      {text: 'The route covers 9.000 kilometres of coast.', line: 1, column: 18, actual: '9.000', fix: '9,000'},
      {text: 'Unemployment fell to 5 % last year.', line: 1, column: 22, actual: '5 %', fix: '5%'},
      {text: 'The fund holds 1.250.000 euros.', line: 1, column: 16, actual: '1.250.000', fix: '1,250,000'},
      {text: 'Exports reached 1.234,5 million euros.', line: 1, column: 17, actual: '1.234,5', fix: '1,234.5'}
    ]
  }
}

/** The format checks; their shapes exclude each other (the first that claims a number decides it). */
const FORMAT_CHECKS: readonly FormatCheck[] = [decimalComma, thousandsDot, continental, spaceThousands]

export default defineRule({
  meta,
  check({index, reportText}) {
    const candidates: Candidate[] = []
    for (const paragraph of index.paragraphs) scanParagraph(paragraph, candidates)

    // Weak candidates need the document's evidence: a clear source-language
    // format elsewhere ("5 %" alone is no evidence).
    let formatEvidence = false
    judgeWithEvidence(
      candidates,
      (all) => (formatEvidence = all.some((c) => c.strong && c.kind !== 'percent-space')),
      (c, evidence) => {
        if (!c.strong && !evidence) return
        reportText(c.paragraph, c.start, c.end, {reason: c.reason, expected: c.expected, safe: c.safe})
      }
    )

    // The hints only concern the words "billion(s)" and "trillion(s)": without
    // them in the text the document-wide calque search is not needed.
    if (!mentionsScale(index)) return
    const calques = longScaleCalques(index)
    if (formatEvidence || calques) hintScale(index, calques, reportText)
  }
})

function scanParagraph(paragraph: ParagraphInfo, out: Candidate[]): void {
  const text = paragraph.masked
  // Jump from digit to digit with one native regex search (far cheaper than a
  // test per character); most of a paragraph holds none.
  const next = NEXT_DIGIT
  next.lastIndex = 0
  while (next.test(text)) {
    const token = readNumber(text, next.lastIndex - 1)
    judge(paragraph, text, token, out)
    next.lastIndex = token.end
  }
}

/** The findings of one number: its format, else a space before its "%". */
function judge(paragraph: ParagraphInfo, text: string, t: NumberToken, out: Candidate[]): void {
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
