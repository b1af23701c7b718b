/**
 * untranslated, part: runs of foreign words inside English copy.
 *
 * What it finds: adjacent foreign tokens (joined by spaces, in one sentence,
 * not already part of a reported sentence) form a run.  A run needs a listed
 * word (strong, weak or elided; unknown words count only beside one, two at
 * most); it scores its words' scores, and a score of 3 is a finding at the
 * rule's severity, a run of French-looking words scoring 1.5 is information.
 * Never a run: the lower-case words after a capitalised foreign article,
 * particle or word inside the sentence ("the film Y tu mamá también", "the
 * Académie française"), or after a title-opening article at the sentence
 * start ("Il nome della rosa").  The span keeps to the foreign words (at most
 * two unknown words before the first listed one, three after the last).  A
 * page label is a warning inside the copy and, as a furniture line of its
 * own (stray-fragment's finding), information (option `furniture`); a term
 * the copy introduces ("so-called …") or glosses ("… (citizens' income)") is
 * information.  A single listed word or phrase carries its gloss as the
 * candidate.
 */
import type {LanguageCode} from '../data/untranslated.js'
import type {ParagraphInfo} from '../support/document.js'
import {isKnownToken} from '../support/lexicon.js'
import type {Severity} from '../support/rule.js'
import {Kind, type Check, type Token} from './context.js'
import {deaccent, LANGUAGE_NAMES} from './tables.js'

/** What introduces a foreign term in clean copy, right before it. */
const INTRODUCER =
  /(?:so-called|so called|known as|called|dubbed|nicknamed|termed|(?:spanish|italian|french|portuguese|brazilian|german|mexican|argentine|latin)\s+(?:word|words|term|phrase|expression|slogan|name)(?:\s+for)?)\s*[:,]?\s*["“‘'«]?$/iu
/** What introduces an English gloss after a foreign quotation. */
const GLOSS = /^[\s,:;—–-]{0,4}(?:\(|\[|(?:meaning|which means|which translates|translated as|translating as|roughly|literally|or in English|in English)\b)/iu

/** The copy introduces a foreign term: "so-called", "known as", "the Spanish word". */
export function introduced(p: ParagraphInfo, start: number): boolean {
  return INTRODUCER.test(p.text.slice(Math.max(0, start - 40), start))
}

/** An English gloss follows: "(…)", "— meaning …", ", which translates as …". */
export function glossed(p: ParagraphInfo, end: number): boolean {
  const after = p.text.slice(end, end + 40)
  return GLOSS.test(after)
}

/** Find and judge the runs of foreign tokens of a paragraph (tokens of reported sentences are `done`). */
export function runs(c: Check, p: ParagraphInfo, tokens: Token[], done: Uint8Array): void {
  let i = 0
  while (i < tokens.length) {
    if (done[i] || tokens[i].kind === Kind.Other) {
      i++
      continue
    }
    let j = i
    while (j + 1 < tokens.length && tokens[j].joined && !done[j + 1] && tokens[j + 1].kind !== Kind.Other) j++
    judgeRun(c, p, tokens, i, j)
    i = j + 1
  }
}

function judgeRun(c: Check, p: ParagraphInfo, tokens: Token[], from: number, to: number): void {
  const {tb} = c
  // A title in the original language: "the film Y tu mamá también",
  // "Il nome della rosa": the run follows a capitalised foreign article
  // or conjunction inside the sentence.
  const before = from > 0 ? tokens[from - 1] : undefined
  if (before && before.joined && before.capital && !before.initial && (tb.particles.has(before.norm) || tb.words.has(before.norm))) return
  // The lower-case words of a foreign name or title after a capitalised
  // foreign word: "the Académie française", "Cien años de soledad".  A
  // listed function word after a name is still a leftover ("Sánchez
  // también dijo").
  if (before && before.joined && before.capital && tokens[from].kind !== Kind.Strong && tokens[from].kind !== Kind.Weak && !isKnownToken(deaccent(before.norm))) return
  // A title opening the sentence: "Il nome della rosa sold millions".
  for (let k = from - 1, steps = 0; k >= 0 && steps < 4 && tokens[k].joined; k--, steps++) {
    const t = tokens[k]
    if (t.capital) {
      if (t.initial && TITLE_ARTICLES.has(t.norm)) return
      break
    }
  }
  let score = 0
  let unknown = 0
  let listed = 0
  let soft = false
  let page = false
  const votes = new Map<LanguageCode, number>()
  for (let i = from; i <= to; i++) {
    const t = tokens[i]
    if (t.kind === Kind.Unknown) unknown++
    else score += t.score
    if (t.kind !== Kind.Unknown && t.score > 0) listed++
    if (t.kind === Kind.FrenchAccent || t.kind === Kind.Elided) soft = true
    if (t.phrase?.page) page = true
    for (const l of t.langs) votes.set(l, (votes.get(l) ?? 0) + (t.kind === Kind.Weak ? 0.5 : 1))
  }
  if (listed === 0) return
  // Unknown words count only beside listed ones, and at most two.
  score += Math.min(unknown, 2)
  const level: Severity | undefined = score >= 3 ? c.severity : soft && score >= 1.5 ? 'info' : undefined
  if (!level) return
  // Keep the span on the foreign words: at most two unknown words before
  // the first listed word and three after the last.
  let s = from
  let e = to
  while (s < e && tokens[s].kind === Kind.Unknown && tokens[s + 1].kind === Kind.Unknown && tokens[s + 2]?.kind === Kind.Unknown) s++
  while (e > s + 2 && tokens[e].kind === Kind.Unknown && tokens[e - 1].kind === Kind.Unknown && tokens[e - 2].kind === Kind.Unknown && tokens[e - 3].kind === Kind.Unknown) e--
  const start = tokens[s].word.start
  const end = tokens[e].word.end
  const actual = p.text.slice(start, end)
  const lang = topLanguages(votes)
  const ph = tokens[s].phrase
  const single = s === e || (ph !== undefined && ph.start === s && ph.end === e + 1)
  const gloss = single ? tokens[s].gloss : ''
  if (page) {
    // A furniture line ("Ver más", "Leer más: …", "© EFE. Todos los
    // derechos reservados.") belongs to stray-fragment: reported here at
    // info level only (option `furniture`); a label inside English copy
    // is a warning.
    const line = furnitureLine(c, p, tokens, s, e)
    if (line && c.furniture === 'off') {
      // Left to stray-fragment, but still taken: no other part reads it again.
      c.claimed.push([start, end])
      return
    }
    c.reportText(p, start, end, {
      severity: line && c.furniture === 'info' ? 'info' : c.severity,
      reason: `“${actual}” is ${article(lang)} ${lang} page label left untranslated${line ? ' (page furniture line)' : ''}`,
      expected: gloss ? [gloss] : undefined
    })
    return
  }
  // A foreign term the copy introduces or glosses is deliberate: "the
  // so-called reddito di cittadinanza", "… di cittadinanza (citizens'
  // income)": info at most.
  const deliberate = introduced(p, start) || glossed(p, end)
  c.reportText(p, start, end, {
    severity: deliberate ? 'info' : level,
    reason: deliberate
      ? `“${actual}” is ${lang}, introduced or glossed as a foreign term: check that it is meant to stay`
      : single
        ? `“${actual}” is ${lang}, left untranslated${gloss ? ` (“${gloss}”)` : ''}`
        : `“${actual}” looks like ${lang} left untranslated`,
    expected: gloss && !deliberate ? [gloss] : undefined
  })
}

/** The label opens its paragraph, or the paragraph is little more than the label. */
function furnitureLine(c: Check, p: ParagraphInfo, tokens: Token[], s: number, e: number): boolean {
  const {copyrightLines} = c
  if (s === 0 || tokens.length <= e - s + 1 + 6) return true
  let copyright = copyrightLines.get(p)
  if (copyright === undefined) {
    copyright = p.text.length < 400 && /©|\bcopyright\b/iu.test(p.text)
    copyrightLines.set(p, copyright)
  }
  return copyright
}

/** Articles that open a title in the source languages ("Il nome della rosa", "La casa de papel"). */
const TITLE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'il', 'lo', 'gli', 'le', 'les', 'der', 'die', 'das', 'un', 'una', 'une', 'uno', 'os'])

function topLanguages(votes: Map<LanguageCode, number>): string {
  let best = 0
  for (const n of votes.values()) best = Math.max(best, n)
  const top = [...votes].filter(([, n]) => n === best).map(([l]) => LANGUAGE_NAMES[l])
  if (top.length === 0) return 'a foreign language'
  if (top.length === 1) return top[0]
  return top.slice(0, -1).join(', ') + ' or ' + top[top.length - 1]
}

function article(name: string): string {
  return /^[AEIOU]/u.test(name) ? 'an' : 'a'
}
