/**
 * untranslated, part: the shapes every part shares — what a token is, and the
 * check of one document (the rule's options, its tables and its report,
 * passed explicitly to each part).
 */
import type {LanguageCode} from '../data/untranslated.js'
import type {DocumentIndex, ParagraphInfo, WordInfo} from '../support/document.js'
import type {RuleContext, Severity} from '../support/rule.js'
import type {Tables} from './tables.js'

/** The check of one document. */
export interface Check {
  index: DocumentIndex
  /** Accepted words, lower-cased (the config's `words`). */
  accepted: ReadonlySet<string>
  severity: Severity
  /** Option `sentences`: identify whole sentences left in the source language. */
  sentencesOn: boolean
  /** Option `furniture`: the level of a page label that is a whole furniture line. */
  furniture: 'info' | 'warning' | 'off'
  tb: Tables
  reportText: RuleContext['reportText']
  /** Whether a paragraph is a short copyright line (worked out once per paragraph). */
  copyrightLines: Map<ParagraphInfo, boolean>
  /** Text spans [start, end) of the current paragraph already reported (other scripts, dates, lines). */
  claimed: Array<[number, number]>
  /** Spans waiting for the language identifier (judged once it is loaded). */
  pending: Array<() => void>
  /** Text spans [start, end) of the current paragraph queued in `pending` (a line, label or bracket). */
  queued: Array<[number, number]>
}

/** What a token is, for this rule. */
export const enum Kind {
  /** English, a name, quoted, or not a word: breaks a run. */
  Other,
  /** A listed strong word or phrase, or an elided Italian article. */
  Strong,
  /** A word with Spanish/Portuguese/Italian/German marks unknown to English. */
  Marked,
  /** A word with French-looking accents unknown to English. */
  FrenchAccent,
  /** A French elision before a non-English word ("l'économie"). */
  Elided,
  /** A listed weak word. */
  Weak,
  /** A lower-case word unknown to the English lexicon. */
  Unknown
}

export interface Token {
  word: WordInfo
  norm: string
  kind: Kind
  score: number
  langs: LanguageCode[]
  gloss: string
  /** Part of a matched phrase or page label: token range [start, end). */
  phrase: {start: number; end: number; page: boolean} | undefined
  quoted: boolean
  capital: boolean
  initial: boolean
  /** Joined to the next token by spaces only, in the same sentence. */
  joined: boolean
  /** Classification of a quoted word, for sentence judgement only. */
  view?: Token
}
