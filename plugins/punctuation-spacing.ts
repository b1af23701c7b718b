/**
 * punctuation-spacing: punctuation that lost its place when markup was
 * stripped, or that keeps the conventions of the source language after
 * machine translation.
 *
 * - runs.ts: a space before `, . ; : ? !` ("the vote . Then", "now” ,
 *   she"); no space after sentence punctuation before the next word
 *   ("said.It", "Party,said", "2026.The", "degree:Igor"); doubled or mixed
 *   punctuation ("?.", "! ?", ",,"); a "?" for a lost closing quote
 *   ("humble.? the").
 * - quotes.ts: the spaces around a quote mark whose glyph is right ("“ the
 *   deal", "the deal ”,", "country”concluded", "police.”."), on the quotes
 *   rule's pairing; a quotation of four words or more closed with no
 *   punctuation before its attribution or the next sentence ("internally”
 *   he said", information).
 * - ellipsis.ts: the ellipsis character closed up between words
 *   ("children…who", information).
 * - dashes.ts: a hyphen or dash spaced on one side ("-as Sánchez", "full
 *   -scale", "region —within"), a spaced dash inside a compound ("co –
 *   leader"), Spanish and agency datelines ("(EFE).- The", "CARACAS_ After",
 *   "SANA-The"), a comma and a dash together (", – he said"), a bulleted
 *   list run into the paragraph (";- bringing", ":•Order").
 * - spaces.ts: runs of spaces in plain text (information), spaces inside brackets ("( CDU
 *   )"), a closing bracket with nothing open after a full stop ("(Val-de-Marne). ),"),
 *   a spaced apostrophe ("Germany ‘ s"), a spaced slash ("and / or",
 *   information).
 *
 * Fine: decimals (".5", "3.5"), ellipses ("...", " . . ."), "U.S.", "p.m.",
 * "etc.,", "?!", scores ("1-6,4-6"), times ("10:30"), URLs and e-mail
 * addresses (masked as syntax), emoticons, suspended hyphens ("small- and
 * medium-sized"), dashes closed up or spaced on both sides, a "?" glued to a
 * letter (the `encoding` rule's lost character).
 *
 * Every pattern is scanned in linear time: candidates are found with a simple
 * character class and their surroundings are inspected by hand.
 */
import {levelOf, type Check, type Emit} from './punctuation-spacing/context.js'
import {checkDashes} from './punctuation-spacing/dashes.js'
import {checkEllipsis} from './punctuation-spacing/ellipsis.js'
import {checkQuoteSpacing} from './punctuation-spacing/quotes.js'
import {checkRuns} from './punctuation-spacing/runs.js'
import {checkSpaces} from './punctuation-spacing/spaces.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'punctuation-spacing',
  description: 'A space before punctuation, no space after it, doubled and mixed punctuation, and dashes, datelines and quote-mark spacing in the source language\'s style.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('punctuation-spacing'),
  docs: {
    decides:
      'Runs of punctuation are found in the paragraph text with URLs, e-mail addresses and other syntax masked, and ' +
      'each run is judged from the characters around it. A space before `, . ; : ? !` counts only after a word, a ' +
      'number or a closing quote or bracket, and never for ellipses, decimals (".5", ".com"), digit ratios and scores, ' +
      'or a "?" standing for a lost character (the encoding rule\'s finding). Doubled and mixed marks are flagged ' +
      'unless they are an ellipsis, "?!", an abbreviation\'s full stop before punctuation ("etc.,", "U.S.?") or a ' +
      '"?" or "!" before a comma (a title, a quoted question); the fix keeps one mark (a comma, semicolon or colon ' +
      'mid-sentence, else the strongest). No space after a stop is flagged between two lower-case letters (perhaps ' +
      'behind a closing quote or bracket) or a number and a capitalised word ("said.It", "2026.The"), not after an ' +
      'abbreviation or inside a dotted name ("Halo.Bungie.Org"); after a comma or semicolon between two letters ' +
      '("Party,said"); after a colon between a lower-case word and a letter ("degree:Igor", not "CSI:NY"). A "?" right ' +
      'after a finished sentence ("humble.? the") is reported as a probably lost closing quote, without an unattended ' +
      'fix. Quote marks get their role from the quotes rule\'s pairing: an opening mark followed by a space or glued to ' +
      'the word before, a closing mark after a space or glued to the word after, and punctuation on both sides of a ' +
      'closing mark are reported when the glyph is right (otherwise the quotes rule fixes glyph and space together); a ' +
      'quotation of four words or more closed right after a letter, before its attribution ("” he said", "” said the ' +
      'minister") or a capitalised function word opening the next sentence, lost its comma or full stop (information: short ' +
      'titles and scare quotes stay quiet). The ellipsis character glued to words on both sides ("children…who", ' +
      '"arrived”…’Stars’") is information (three closed-up full stops are a house style and stay quiet). ' +
      'A hyphen spaced on one side only is a dash or a compound\'s hyphen (a warning with both candidates, the compound ' +
      'first after a prefix that is no word of its own), unless it is suspended before "and", "or", "to" ("small- and ' +
      'medium-sized"); a dash spaced on one side only is the Spanish style of an aside; a spaced dash after a prefix or ' +
      'in "far – right" is a compound\'s hyphen; an en dash closed up between a lower-case word and a determiner or ' +
      'pronoun ("fact–any vessel") is an aside\'s dash that lost its spaces (a warning; compounds and ranges never have such ' +
      'a part); ".-" before a capital (not after an abbreviation: "U.S.-Canadian"), an ' +
      'underscore after a dateline word, and a hyphen glued between a dateline\'s agency and the story\'s first function ' +
      'word ("Rome, SANA-The") are datelines in the source\'s style; a comma next to a dash, and ";-", ":-" or a bullet ' +
      'inside a paragraph (a flattened list) are warnings. Spaces inside brackets, a closing bracket with nothing open ' +
      'after a full stop and a space (debris: "(Val-de-Marne). )," loses ". )") and a spaced apostrophe before a ' +
      'clitic ("Germany ‘ s", and then a plural\'s "Greens ‘ projected") are errors; runs of spaces in plain text (two ' +
      'after a full stop are a typewriter convention that clean sites keep; Markdown and HTML collapse them) and a ' +
      'spaced slash between words are information, and only a run of exactly two spaces is fixed unattended. Tables of prefixes, compounds and suspended-hyphen ' +
      'conjunctions with their sources: plugins/data/punctuation-spacing.ts.'
  },
  examples: {
    ok: [
      'The U.S. economy grew 3.5 per cent by 10 p.m. on Friday.',
      'She won 6-1, 4-6, 7-5 and wrote to info@example.com about it.',
      'Apples, pears, etc., were sold. Wait ... what?! Really?',
      'He left . . . and never came back.',
      'The score was 1-6,4-6 after an hour.',
      'Small- and medium-sized firms, and the word – word and word—word dashes.',
      '“They lost the ‘final battle’, as the papers called it,” he said.'
    ],
    notOk: [
      {text: 'They lost the vote . Then they left.', line: 1, column: 19, actual: ' .', fix: '.'},
      {text: '“We will stay now” , she said.', line: 1, column: 19, actual: ' ,', fix: ','},
      {text: 'The minister said.It was over.', line: 1, column: 18, actual: '.', fix: '. '},
      {text: 'The Labour Party,said the leader.', line: 1, column: 17, actual: ',', fix: ', '},
      {text: 'Is it over ?. Nobody knows.', line: 1, column: 11, actual: ' ?.', fix: '?'},
      {text: 'The deal,, signed on Monday, held.', line: 1, column: 9, actual: ',,', fix: ','},
      {text: '“We must stay humble.? the minister said.', line: 1, column: 21, actual: '.?', fix: '.”'},
      {text: '“We will unite the country”concluded the leader.', line: 1, column: 27, actual: '”', fix: '” '},
      {text: 'Lima, May 3 (Agency).- The ministry said so.', line: 1, column: 21, actual: '.- ', fix: ' – '},
      {text: 'The paper -the most read in the country- agreed.', line: 1, column: 10, actual: ' -', fix: ' – ', also: [{line: 1, column: 40, actual: '- ', fix: ' – '}]},
      {text: 'The co – leader of the Christian Democrats ( CDU ) spoke.', line: 1, column: 7, actual: ' – ', fix: '-', also: [{line: 1, column: 44, actual: '( ', fix: '('}, {line: 1, column: 49, actual: ' )', fix: ')'}]},
      {text: 'It collapsed.  An inquiry followed.', line: 1, column: 14, actual: '  ', fix: ' '},
      {text: 'The treaty settled a wartime fact–any ship entering the strait was seized.', line: 1, column: 34, actual: '–', fix: ' – '},
      {text: '“This has to be settled inside the party” he said on Monday.', line: 1, column: 41, actual: '”', fix: ',”'},
      {text: 'He said these are “our own children…who took to the streets”.', line: 1, column: 36, actual: '…', fix: ' … '}
    ]
  }
}

/** The checks, in the order their findings are reported. */
const CHECKS = [checkRuns, checkQuoteSpacing, checkDashes, checkSpaces, checkEllipsis]

export default defineRule({
  meta,
  check({index, severity, softer, reportText}) {
    const emit: Emit = (paragraph, f) => {
      reportText(paragraph, f.start, f.end, {
        reason: f.reason,
        expected: f.expected,
        safe: f.safe ?? (f.expected !== undefined && f.expected.length === 1),
        severity: levelOf(f.certainty ?? 'sure', severity, softer)
      })
    }
    const check: Check = {index, emit}
    for (const run of CHECKS) run(check)
  }
})
