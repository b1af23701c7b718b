/**
 * terminal-punctuation: a sentence that does not end where it should — a body
 * paragraph that stops without final punctuation, or a sentence broken
 * across lines or paragraphs.
 *
 * - Broken lines (terminal-punctuation/broken.ts): a line break inside a
 *   sentence — a stripped link or tag ("the government of\nMaria Lopez\nsaid"),
 *   fixed-width hard line breaks, a paragraph break in mid-clause.  Fix: join
 *   the lines.
 * - A paragraph cut in mid-sentence: it ends with a word no sentence ends
 *   with ("the", "of", "and" …).  No full stop is offered after such a word:
 *   the fix joins it to the next paragraph when that one goes on, else there
 *   is none (text is missing).
 * - A missing full stop (terminal-punctuation/unterminated.ts): a body
 *   paragraph ending with a comma or semicolon, several sentences of which
 *   only the last lacks a stop, or a long sentence between body paragraphs,
 *   before a subhead or list, at the end of the story, or ending on a name
 *   after a comma or "and".  Fix: the stop, never added unattended.
 *
 * Headlines, subheads (short title-like lines, also a line wholly in quotes),
 * datelines, bylines, captions, credits, list items and results lines are not
 * sentences and are never flagged.
 */
import {isTerminated, roles, type Role} from './support/blocks.js'
import type {DocumentIndex} from './support/document.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'
import {brokenAfter, danglingJoin, isWrapped, type BrokenContext} from './terminal-punctuation/broken.js'
import {judge} from './terminal-punctuation/unterminated.js'

export const meta: RuleMeta = {
  id: 'terminal-punctuation',
  description: 'A sentence broken across lines, or a body paragraph that ends without a full stop, question or exclamation mark.',
  severity: 'warning',
  fixable: true,
  url: ruleUrl('terminal-punctuation'),
  docs: {
    decides:
      'Each paragraph (in plain text, each line) gets a role from its shape and neighbours (heading, dateline, byline, ' +
      'credit, list item or body); lists, tables, credits, datelines and results lines are never judged. A line that ' +
      'ends without final punctuation is a broken sentence when the next line continues it (it opens in lower case, ' +
      'or with a comma before a lower-case word, and its first words and the line\'s last words are English: a slug ' +
      'or a caption in another language is not a continuation), when a name stands alone on the next line (a stripped ' +
      'link), or, in a hard-wrapped document, when its last sentence is a short unfinished tail; the fix joins the ' +
      'lines, and is applied unattended only for a lower-case continuation after a word that binds to what follows ' +
      '("of", "the", "and" …; after another word a stripped link may have taken a name with it). A body paragraph that ends with a word no ' +
      'sentence ends with ("the", "of", "and" …) was cut: joined to the next paragraph as a candidate when that one ' +
      'goes on, else reported with no fix (never "and."). A missing full stop is flagged when a body paragraph ends ' +
      'with a comma or semicolon, holds several sentences and only the last lacks a stop, runs to 16 words or more ' +
      'between two terminated body paragraphs, reads as a sentence before a subhead, a list or the end of the story, ' +
      'reads as a sentence of 16 words or more that ends on a name after a comma or "and" ("…, the minister said, ' +
      'Ana Costa"; also right after the headline: a title or caption does not end so), ' +
      'or closes the story with a quotation and no stop; the first line only when it is body copy by its shape, and ' +
      'never before a transcript\'s time code. That fix (the stop, inside closing quotes; before a lone closing "»" ' +
      'with no "«", which is no quotation) is never applied unattended.'
  },
  examples: {
    ok: [
      'Rebels seize Aleppo\n\nThe rebels took the city on Sunday.',
      'The army retreated on Sunday.\nRussian support for the Syrian army\nRussia said its jets were helping.',
      'The army retreated on Sunday.\n“We are entrenched at home”\nResidents stayed indoors.',
      'MADRID (Reuters) -\nThe government fell on Monday.',
      'The winners were:\n- Best actor - Richard Roe for The Tempest\n- Best play - Summer Rain',
      'Chelsea v Birmingham\nNewcastle v Coventry'
    ],
    notOk: [
      {text: 'The men’s 800m race went to form in Sheffield as\nthe favourite won easily.', line: 1, column: 47, actual: 'as\n', fix: 'as '},
      {text: 'The minister said on Monday that the talks had failed,\nThe opposition called for new elections.', line: 1, column: 54, actual: ',', fix: '.'},
      {text: 'The trial ended on Monday.\nThe government had claimed that tobacco firms were to blame. The court disagreed\nThe appeal was heard later.', line: 2, column: 72, actual: 'disagreed', fix: 'disagreed.'},
      {text: 'The rally was led by supporters of the government of\nAna Costa\nand lasted all day.', line: 1, column: 51, actual: 'of\n', fix: 'of ', also: [{line: 2, column: 5, actual: 'Costa\n', fix: 'Costa '}]},
      {text: 'The talks were chaired by the minister and\nThe opposition walked out.', line: 1, column: 40, actual: 'and\nThe', fix: 'and the'},
      {text: 'Roads for the valley\nThe government has sent more than 90 million pesos to the towns of the valley for new roads, the minister said this afternoon, Ana Costa\n\n"We will finish the roads," she said.', line: 2, column: 132, actual: 'Costa', fix: 'Costa.'}
    ]
  }
}

export default defineRule({
  meta,
  check({index, report, reportText}) {
    const paragraphs = index.paragraphs
    let ctx: BrokenContext | undefined
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i]
      const text = p.masked.trimEnd()
      if (text.length === 0 || isTerminated(text)) continue
      ctx ??= {index, role: bodyRoles(index), wrapped: isWrapped(index)}
      const join = brokenAfter(ctx, i, text)
      if (join) {
        report(join)
        continue
      }
      const verdict = judge(paragraphs, ctx.role, i, text)
      if (!verdict) continue
      if (verdict.dangling) {
        // A paragraph cut after "and", "of", "the": never "and.".
        const joined = ctx.role[i + 1] === 'body' ? danglingJoin(index, p, paragraphs[i + 1], verdict.start, verdict.token) : undefined
        if (joined) report(joined)
        else {
          reportText(p, verdict.start, verdict.start + verdict.token.length, {
            reason: `The paragraph stops in mid-sentence, after “${verdict.token}”: text is missing; complete the sentence or delete the fragment`
          })
        }
        continue
      }
      reportText(p, verdict.start, verdict.start + verdict.token.length, {
        reason: `Paragraph ends without final punctuation (${verdict.why}): add the full stop`,
        expected: [verdict.fix],
        safe: false
      })
    }
  }
})

/** Words a headline never ends with: a title-like line ending with one is an unfinished sentence. */
const UNFINISHED = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'but', 'nor', 'its', 'their', 'his', 'our', 'your', 'my', 'whose'])
const LAST_LETTERS = /([\p{L}]+)\s*$/u

/**
 * The shared roles, with one correction of this rule's own: a short line
 * that looks like a title but ends with "of", "and", "the" … is body copy
 * broken off in mid-sentence, not a headline.
 */
function bodyRoles(index: DocumentIndex): Role[] {
  const shared = roles(index)
  let own: Role[] | undefined
  for (let i = 0; i < shared.length; i++) {
    if (shared[i] !== 'heading' || index.paragraphs[i].block === 'heading') continue
    const last = LAST_LETTERS.exec(index.paragraphs[i].masked)?.[1]
    if (last && UNFINISHED.has(last.toLowerCase())) {
      own ??= shared.slice()
      own[i] = 'body'
    }
  }
  return own ?? shared
}
