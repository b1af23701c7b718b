/**
 * terminal-punctuation: a body paragraph that stops without sentence-final
 * punctuation — usually because stripped markup (a link, a name in italics)
 * split a sentence in two, or a translation dropped the full stop.
 *
 * Headlines, subheads (short title-like lines, also a line wholly in quotes),
 * datelines, bylines, captions, credits, list items and results lines are not
 * sentences and are never flagged.  A paragraph is flagged when it is body
 * copy and
 * - it ends with a comma, semicolon or a word that cannot end a sentence
 *   ("the", "of", "and" …), or
 * - the next paragraph continues it in lower case, or
 * - it holds several sentences, or is long, between body paragraphs.
 */
import {roles, isTerminated, wordCount, type Role} from './support/blocks.js'
import type {ParagraphInfo} from './support/document.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'
import {LOWER, LOWER_START} from './support/text.js'

export const meta: RuleMeta = {
  id: 'terminal-punctuation',
  description: 'A body paragraph that ends without a full stop, question or exclamation mark.',
  severity: 'warn',
  fixable: false,
  url: ruleUrl('terminal-punctuation'),
  docs: {
    decides:
      'Each paragraph gets a role from its shape and neighbours (heading, dateline, byline, credit, list item or body); ' +
      'only body copy is judged, never the first line unless it ends mid-clause, a Markdown or HTML heading, a bracketed ' +
      'aside, a leaked entity, an all-capitals title or a team sheet. An unterminated body paragraph is flagged when the ' +
      'next paragraph continues it in lower case, when it ends with a comma, a semicolon or a word no sentence ends with ' +
      '("the", "of", "and" …), when it holds several sentences and only the last lacks a stop, or when it runs to 16 ' +
      'words or more between two terminated body paragraphs. The fix candidate adds the full stop (or replaces the ' +
      'comma); it is never applied unattended.'
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
      {text: 'The men’s 800m race went to form in Sheffield as\nthe favourite won easily.', line: 1, column: 47, actual: 'as', fix: 'as.'},
      {text: 'The minister said on Monday that the talks had failed,\nThe opposition called for new elections.', line: 1, column: 54, actual: ',', fix: '.'},
      {text: 'The trial ended on Monday.\nThe government had claimed that tobacco firms were to blame. The court disagreed\nThe appeal was heard later.', line: 2, column: 72, actual: 'disagreed', fix: 'disagreed.'}
    ]
  }
}

/** Words a sentence cannot end with: articles, prepositions, conjunctions, auxiliaries. */
const DANGLING = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'but', 'to', 'in', 'for', 'with', 'by', 'from', 'at', 'as',
  'that', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'is', 'are', 'was', 'were', 'has', 'have',
  'had', 'will', 'would', 'could', 'should', 'than', 'whose', 'which', 'who', 'said', 'into', 'onto',
  'between', 'among', 'including', 'such', 'because', 'while', 'when', 'where', 'if', 'be', 'been',
  'this', 'these', 'those', 'nor', 'whether', 'very', 'more', 'most', 'less', 'both', 'either', 'neither'
])

const LAST_TOKEN = /(?:[\p{L}\p{N}][\p{L}\p{N}'’-]*|[,;])\s*$/u

export default defineRule({
  meta,
  check({index, reportText}) {
    const role = roles(index)
    const paragraphs = index.paragraphs
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i]
      const text = p.masked.trimEnd()
      if (text.length === 0 || isTerminated(text)) continue
      const verdict = judge(paragraphs, role, i, text)
      if (!verdict) continue
      const m = LAST_TOKEN.exec(text)
      const start = m ? m.index : text.length - 1
      const token = m ? m[0].trimEnd() : text.slice(-1)
      const end = start + token.length
      reportText(p, start, end, {
        reason: `Paragraph ends without final punctuation (${verdict})`,
        expected: token === ',' || token === ';' ? ['.'] : [token + '.']
      })
    }
  }
})

const LAST_WORD = /([\p{L}'’]+)$/u
const ENTITY_END = /&#?[a-z0-9]{1,10};$/i
const TWO_CAPITALS = /\p{Lu}{2}/u
const TEAM_SHEET = /:\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)+$/u
const NEXT_SENTENCE = /[.!?]["”’)]?\s+\p{Lu}/u

// The tests run cheapest first, and a regular expression only where its
// answer can matter (each Unicode class costs about half a millisecond to
// compile on first use, which a pre-commit hook pays on every run).
function judge(paragraphs: ParagraphInfo[], role: Role[], i: number, text: string): string | undefined {
  const r = role[i]
  if (r === 'list' || r === 'dateline' || r === 'byline' || r === 'credit') return undefined
  // A Markdown/HTML heading is a heading, whatever follows it.
  if (paragraphs[i].block === 'heading') return undefined
  const lastChar = text[text.length - 1]
  // A closing bracket ends an aside or a credit: "(btw, I agree)", "(Reuters)", "Jane Roe (Kent)".
  if (lastChar === ')') return undefined
  // A leaked HTML entity ("&lt;", "br /&gt;") is the markup rule's finding.
  if (lastChar === ';' && ENTITY_END.test(text)) return undefined
  const lastSentence = text.slice(Math.max(text.lastIndexOf('. '), text.lastIndexOf('? '), text.lastIndexOf('! ')) + 1).trim()
  // An all-capitals title ("THE LEGEND OF ZELDA") or a team sheet ("Not used: Fury, Brooks").
  if (TWO_CAPITALS.test(lastSentence) && !LOWER.test(lastSentence)) return undefined
  if (lastSentence.includes(':') && TEAM_SHEET.test(lastSentence)) return undefined
  const next = nextBody(paragraphs, i)
  if (next !== undefined && role[next.index] === 'body' && LOWER_START.test(next.text.trimStart())) return 'the next paragraph continues the sentence'
  // The first line is the headline, whatever its shape, unless it ends mid-clause.
  if (i === 0) return lastChar === ',' || lastChar === ';' ? `it ends with “${lastChar}”` : undefined
  // Headlines and subheads may end any way they like ("What to look out for").
  if (r === 'heading') return undefined
  if (lastChar === ',' || lastChar === ';') return `it ends with “${lastChar}”`
  const lastWord = LAST_WORD.exec(text)?.[1]?.toLowerCase()
  if (lastWord && DANGLING.has(lastWord)) return `it ends with “${lastWord}”`

  // Body copy: several sentences, or long and between sentences.
  const p = paragraphs[i]
  if (p.sentences.length > 1 && NEXT_SENTENCE.test(text)) return 'its last sentence has no full stop'
  const prev = i > 0 ? paragraphs[i - 1] : undefined
  if (
    wordCount(text) >= 16 &&
    prev !== undefined &&
    role[i - 1] === 'body' &&
    isTerminated(prev.text.trimEnd()) &&
    next !== undefined &&
    isTerminated(next.text.trimEnd())
  ) {
    return 'its sentence has no full stop'
  }
  return undefined
}

function nextBody(paragraphs: ParagraphInfo[], i: number): ParagraphInfo | undefined {
  return paragraphs[i + 1]
}
