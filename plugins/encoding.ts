/**
 * encoding: text damaged by a character-set mix-up on its way to the desk.
 *
 * - Mojibake: UTF-8 read as Windows-1252, Latin-1, Mac Roman or code page
 *   437 ("â€™", "â€œ", "Ã©", "Ã±", "Â£", "‚Äô", "ÃƒÂ©" when done twice), and
 *   lead bytes whose second byte was lost ("Â", "Ã", "â€");
 *   plugins/encoding/mojibake.ts.
 * - C1 control characters (U+0080–U+009F): Windows-1252 text read as
 *   Latin-1; the fix is the Windows-1252 character (U+0092 → ’); mojibake.ts.
 * - U+FFFD, the replacement character, and "?" standing for a lost character
 *   where a real question mark cannot be; plugins/encoding/lost-character.ts,
 *   with the guess of the lost character in plugins/encoding/guess.ts.
 * - A character dropped without a trace: an accented letter ("contaminacin",
 *   "Muiz" beside "Muñiz"; plugins/encoding/lost-accent.ts, with the
 *   source-language table of support/foreign-lexicon.ts), a possessive
 *   apostrophe ("Okonkwos name" beside "Okonkwo's") or a dateline dash
 *   ("LISBON With …"; plugins/encoding/lost-punctuation.ts).
 *
 * This file scans each paragraph once, left to right, and hands each place
 * to the check that owns it; findings never overlap.  Guesses are offered,
 * not applied; only decodings that are certain carry an automatic fix.
 */
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'
import type {Context, Hit} from './encoding/context.js'
import {lostAccents} from './encoding/lost-accent.js'
import {lostQuestionMark, lostReplacement} from './encoding/lost-character.js'
import {lostPunctuation} from './encoding/lost-punctuation.js'
import {controlCharacter, mayStartForm, mojibakeRun, strayLead} from './encoding/mojibake.js'
import {roundTrip, runEnd, truncatedLead} from './encoding/roundtrip.js'

export const meta: RuleMeta = {
  id: 'encoding',
  description:
    'Mojibake of any code page ("â€™", "Ã©", "Ð¿", "鈥"), U+FFFD and "?" standing for a lost character, and characters dropped without a trace ("contaminacin", "Okonkwos name").',
  severity: 'error',
  fixable: true,
  url: ruleUrl('encoding'),
  docs: {
    decides:
      'A garbled form of the mojibake table (UTF-8 read as Windows-1252, Latin-1, Mac Roman or code page 437, once or twice; ' +
      'longest form first, adjacent forms as one finding) is certain, and so is a C1 control character read for its ' +
      'Windows-1252 character: their fixes are applied unattended, unless the context shows real text (an accented capital ' +
      'ending an all-capitals word, a maths sign). Beyond the table, a run of characters outside ASCII is encoded back ' +
      'into each code page UTF-8 is mis-read with (Windows-1252/1251/1250, ISO-8859-2, Mac Roman, CP866, Windows-1254/' +
      '1253/1257; GBK, Shift_JIS, Big5, EUC-KR for Han characters) and decoded as strict UTF-8: when that succeeds with ' +
      'fewer characters it is mojibake, fixed unattended (real Russian, Chinese or accented text never decodes so); a lone ' +
      'GBK character whose bytes start a UTF-8 character cut short ("鈥") is offered the punctuation it began. A lead byte left alone ("Â", "Ã", "â€") and U+FFFD are always reported, ' +
      'with candidates. A "?" is taken for a lost character only where a question mark cannot be (inside a word or number, ' +
      'glued to the next word, alone between words, at the end of an unknown word whose accented form is known), never in a ' +
      'URL-like token or a question. The lost character is guessed from the same word written elsewhere in the document, ' +
      'then an apostrophe before a contraction, an accented letter that makes a dictionary word, a hyphen or space between ' +
      'two known words; guesses are offered, applied unattended only when sure, and those about numbers and dashes are one ' +
      'level softer. A character dropped without a trace is a guess (one level softer, never applied unattended): a word ' +
      'English does not know that the story also writes with one more letter outside ASCII ("Muiz" beside "Muñiz"), or a ' +
      'lower-case word of five letters or more that becomes exactly one Spanish, Portuguese, French or Italian word when one ' +
      'accented letter is put back ("contaminacin" → "contaminación", "communiqu" → "communiqué"; a source-language word ' +
      'must not be a lower-cased English name, a typo one letter from a common English word or an English compound); a ' +
      'capitalised word ending in "s" whose possessive the story writes with the apostrophe, before a noun, where every use ' +
      'of it stands so ("Okonkwos name"); a paragraph line opening with a place name in capitals and straight away a ' +
      'sentence ("LISBON With …" → "LISBON — With").'
  },
  examples: {
    ok: [
      'Why? Nobody knew. “Will it hold?” he asked?! Then he left.',
      'See https://example.com/search?q=vote&lang=en for the results.',
      'The São Paulo and Bogotá offices of Nestlé reported to Zürich.',
      'ÂGE TENDRE and NÃO were the titles; Ângela Merkel spoke.',
      'Was it fair?No, said the coach.',
      'The U.S. team won 6-1, 4-6 at 10.30pm, the ’90s style.',
      'Real Россия, 北京, Kraków and Zürich.'
    ],
    notOk: [
      {text: 'The minister said it wasnâ€™t over.', line: 1, column: 26, actual: 'â€™', fix: '’'},
      {text: 'The talks in BogotÃ¡ ended.', line: 1, column: 19, actual: 'Ã¡', fix: 'á'},
      {text: 'Prices rose by Â£5 on Monday.', line: 1, column: 16, actual: 'Â£', fix: '£'},
      {text: 'He said: â€œWe will stay.â€\u009d', line: 1, column: 10, actual: 'â€œ', fix: '“', also: [{line: 1, column: 26, actual: 'â€\u009d', fix: '”'}]},
      {text: 'The vote in Espa\ufffda was close.', line: 1, column: 17, actual: '\ufffd'},
      {text: 'The talks resumed on?Monday in Geneva.', line: 1, column: 21, actual: '?', fix: ' '},
      {text: 'Ministers met the?EU envoy.', line: 1, column: 18, actual: '?', fix: ' '},
      {text: 'The talks ??with the rebels failed.', line: 1, column: 11, actual: '??'},
      {text: 'The country?s leaders met.', line: 1, column: 12, actual: '?', fix: '’'},
      {text: 'The price was\u0092s fault.', line: 1, column: 14, actual: '\u0092', fix: '’'},
      {text: 'The word Ð¿Ñ€Ð¸Ð²ÐµÑ‚ appeared.', line: 1, column: 10, actual: 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚', fix: 'привет'},
      {text: 'It鈥檚 over, he said.', line: 1, column: 3, actual: '鈥檚', fix: '’s'},
      {text: 'Officials blamed the contaminacin of the river.', line: 1, column: 22, actual: 'contaminacin', fix: 'contaminación'},
      {text: 'LISBON With the budget passed, ministers turned to pensions.', line: 1, column: 1, actual: 'LISBON With', fix: 'LISBON — With'}
    ]
  }
}

export default defineRule({
  meta,
  check({index, severity, softer, reportText}) {
    for (const paragraph of index.paragraphs) {
      const ctx: Context = {index, paragraph, text: paragraph.masked, openQuote: false}
      const hits = scan(ctx)
      hits.push(...lostAccents(index, paragraph, hits))
      hits.push(...lostPunctuation(index, paragraph, hits))
      for (const hit of hits) {
        reportText(paragraph, hit.start, hit.end, {
          reason: hit.reason,
          expected: hit.expected,
          safe: hit.safe,
          severity: hit.soft ? softer : severity
        })
      }
    }
  }
})

/** All findings of one paragraph, left to right, not overlapping. */
function scan(ctx: Context): Hit[] {
  const text = ctx.text
  const hits: Hit[] = []
  // Every mojibake lead is outside ASCII (tested), so plain ASCII other than
  // "?" is skipped without a table look-up.
  let i = 0
  // Runs outside ASCII already tried by a round trip (none decoded) end here.
  let tried = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code < 0x80 && code !== 63) {
      i++
      continue
    }
    const c = text[i]

    // Mojibake forms (a run of adjacent ones is one finding), else a round trip through the code
    // pages, else a lead left alone.
    const form = mayStartForm(c)
    // A two-character run of a table lead is the table's call (it knows real text: "IRMÃ”", "≈£5").
    const trip = code >= 0x80 && i >= tried && text.charCodeAt(i + 1) >= 0x80 && !(form && !(text.charCodeAt(i + 2) >= 0x80))
    if (form || trip || code >= 0x3400) {
      let hit = form ? mojibakeRun(text, i) : undefined
      if (!hit && trip) {
        hit = roundTrip(text, i)
        if (!hit) tried = runEnd(text, i)
      }
      if (!hit && form) hit = strayLead(ctx, i)
      if (!hit && code >= 0x3400) hit = truncatedLead(text, i)
      if (hit) {
        hits.push(hit)
        i = hit.end
        continue
      }
    }

    // C1 control characters: Windows-1252 text read as Latin-1.
    if (code >= 0x80 && code <= 0x9f) {
      hits.push(controlCharacter(c, code, i))
      i++
      continue
    }

    // Lost characters: U+FFFD and "?".
    if (c === '\ufffd' || c === '?') {
      let end = i + 1
      while (end < text.length && text[end] === c) end++
      const hit = c === '\ufffd' ? lostReplacement(ctx, i, end) : lostQuestionMark(ctx, i, end)
      if (hit) hits.push(hit)
      i = end
      continue
    }
    i++
  }
  return hits
}
