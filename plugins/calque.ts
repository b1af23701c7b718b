/**
 * calque: translationese that English wire style avoids, each reported with
 * its source-language original (Spanish, Italian, French, Portuguese,
 * German) and the wire-style replacement.
 *
 * - Weekdays: "this Sunday" (este domingo, ce dimanche) in a clause about the
 *   past → "on Sunday"; "of this Sunday", "since this Monday", "the past
 *   Sunday" (el pasado domingo); plugins/calque/weekdays.ts, with the
 *   clause's tense in plugins/calque/tense.ts.
 * - Country periphrases: "the Hebrew State" → "Israel", "the Aztec country"
 *   → "Mexico", "the Asian giant" → "China", "the Hebrew army" → "the
 *   Israeli army"; plugins/calque/periphrases.ts.
 * - Verbs of saying with "that": "assured that" (aseguró que), "informed
 *   that"; plugins/calque/that-verbs.ts.
 * - Collocations: "in declarations to", "the also president", "president of
 *   the Government", "in the framework of", "last December 7", "the
 *   opposition María …", "after said questioning", "arrived to Madrid"
 *   (plugins/calque/phrases.ts); "realized a visit" → "made", "celebrated
 *   elections" → "held" (plugins/calque/verb-objects.ts).
 * - Proper names translated word by word where English keeps them: "the
 *   Pink House" (Casa Rosada), "The Parisian" (Le Parisien), "West France"
 *   (Ouest-France); plugins/data/calque-phrases.ts.
 * - Present perfect with a past time: "has signed on Monday" (ha firmato
 *   lunedì); plugins/calque/perfect.ts.
 * - Attribution after a quotation: “…,” analyzed the journalist / he
 *   considered. (analisou, consideró); plugins/calque/attribution.ts.
 * - Verb complements carried over (valency calques): a verb English never
 *   follows with a "to" infinitive ("announced to launch", "avoided to
 *   pay"), "want/seek that" + a named subject, "said X to the …" for "X
 *   told …"; plugins/calque/valency.ts, data/calque-valency.ts.
 * - The year before the month ("in 2013 June"), a weekday set apart
 *   ("newspaper (Thursday)", "told reporters, Wednesday, January 31."),
 *   "today (10)"; plugins/calque/dates.ts.
 * - The source outlet's first person outside quotations ("our country is
 *   facing …") in a story tied to a source language;
 *   plugins/calque/perspective.ts; "As Turkiye, we have not …" likewise.
 * - Source-language formulas by language (French institutions and weather,
 *   Italian, Spanish, Russian/Ukrainian/Kazakh official English, German
 *   "Ampel"): plugins/data/calque-constructions.ts, matched like the phrases;
 *   entries with `storyHas` count only when the story names their context.
 *
 * Tables live in plugins/data/calque-*.ts, each entry with its originals and
 * sources.  Everything works on the index's words and the text between them
 * (plugins/calque/scanner.ts), with plain loops (no regular expression over
 * free text but one character class that finds characters outside ASCII).
 *
 * Speed: every check starts from a word of its tables; findHits
 * (plugins/calque/triggers.ts) finds those places first, and a paragraph
 * without one is not read any further.  This file runs the checks on each
 * paragraph, weighs the weak candidates against the document's evidence (a
 * strong calque anywhere, else a source-language guess asked after the
 * other findings are reported), keeps the longest of overlapping candidates
 * and reports them.
 */
import type {DocumentIndex, ParagraphInfo} from './support/document.js'
import {defineRule, ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'
import {sourceLanguageOf} from './support/source-language.js'
import {judgeWithEvidence, lazy, UPPER_START} from './support/text.js'
import {CONSTRUCTIONS} from './data/calque-constructions.js'
import {THAT_VERBS} from './data/calque-phrases.js'
import {checkPeriphrases} from './calque/periphrases.js'
import {checkAttribution} from './calque/attribution.js'
import {checkDateOrder, checkWeekdayApart} from './calque/dates.js'
import {checkPerfect} from './calque/perfect.js'
import {checkAsCountryWe, checkPerspective} from './calque/perspective.js'
import {checkPhrases} from './calque/phrases.js'
import {Scanner, Tok, type Add, type Candidate, type WordFacts} from './calque/scanner.js'
import {checkThatVerbs} from './calque/that-verbs.js'
import {findHits, getTriggers, type Triggers} from './calque/triggers.js'
import {checkValency} from './calque/valency.js'
import {checkVerbObjects} from './calque/verb-objects.js'
import {checkWeekdays} from './calque/weekdays.js'

export const meta: RuleMeta = {
  id: 'calque',
  description: 'Translationese English wire style avoids: "this Sunday" for a past day, "the Hebrew State", "assured that", "the also".',
  severity: 'info',
  fixable: false,
  url: ruleUrl('calque'),
  docs: {
    decides:
      'Every check starts from a word of its tables (data/calque-*.ts, each entry with its source-language originals ' +
      'and sources) and reads the words around it. "this Sunday" counts only in a clause about the past, decided by the ' +
      'nearest verb marker (a past form; a future, modal or present form, a preposition or a possessive leaves it ' +
      'alone). A country periphrasis needs its head ("the Aztec country", "the Hebrew army"); "giant" and its kin only ' +
      'when the document names the country; ambiguous ones offer the countries the document names first. A verb of ' +
      'saying + "that" must be an active finite verb and "that" must start a clause. Collocations match word for word ' +
      'with each entry’s conditions ("in the framework of", "last December 7", "next January 22", "damages caused", ' +
      '"the opposition" + a given name + a surname, names translated word by word such as "the Pink House" (Casa ' +
      'Rosada) or "The Parisian reported" (Le Parisien), "after ' +
      'said questioning", "arrived to Madrid"). "has signed on Monday": "has"/"have" + a participle + at once ' +
      '"yesterday", "on" + a weekday, "last week" or "two days ago" (not after a modal or "to"). After a quotation and ' +
      'its comma, a verb of judgement or of ending ("analyzed the journalist", "he considered.") instead of "said", and ' +
      '"he assured." with no one assured. A verb English never follows with a "to" infinitive (announce, suggest, recommend, ' +
      'avoid, insist, deny, risk, enjoy, finish: Swan, Quirk et al.), active and followed by a verb’s base form ("announced to ' +
      'launch", not "announced to staff", "was suggested to"), "want/seek that" + a name and a verb, "said" + a name + "to" + ' +
      'the hearer ("said Lindqvist to the agency"); a weekday already dated ("on this Sunday", "this Tuesday, 12 March" in a ' +
      'clause not about the future); phrase classes with any name or number ("head of Chile’s diplomacy", "a boy of 7 years ' +
      'old", "tens of civilians", "the mayor" + a name, "answering the question of" + the asker). Source-language formulas (data/calque-constructions.ts, sourced by language): ' +
      'French institutions, weather and triage ("engaged the responsibility of", "orange vigilance", "in absolute ' +
      'emergency"), Italian ("criticalities", "the PD exponent", "the first citizen"), Spanish ("exception regime", ' +
      '"common pots", "starring by", "want that the …"), Russian, Ukrainian and Kazakh official English ("Recall that", ' +
      '"held a reception for citizens", "3 times more against 2020", "is specified."), grammar words carried over ' +
      '("despite of", "between 90 to 110"), uncountable nouns in the plural ("informations"); some need the story to ' +
      'name their context ("the traffic light" with the SPD or Scholz, "the formation" in a story about parties, ' +
      '"benches" with Congress). A weekday with a bare day number ("next Monday, 20,") is reported; "this Sunday" with ' +
      'no verb near it to tell the time is weak. ' +
      'Weak entries (ordinary English too) count only when a quotation follows, the document shows a strong calque, or ' +
      'the source-language guess names a language (asked after the other findings, which count as its traces); weak verbs ' +
      'of saying ("considered that", "indicated that") only before a quotation. Of overlapping findings the ' +
      'longest is kept. "our country" outside quotations counts in a story with a source-language guess and no first ' +
      'person of its own; "in 2013 June" (year before month), "told the daily (Thursday)", "told reporters, Wednesday, ' +
      'January 31." and "today (10)" always; "As Turkiye, we" and "…, Report informs." too. Findings are ' +
      'information with candidates, never fixed unattended. Configured `words` (the flagged text) are accepted.'
  },
  examples: {
    ok: [
      'The two leaders will meet this Sunday in Geneva.',
      'Voters go to the polls this Sunday.',
      'Police said last Sunday’s march was peaceful, and this Sunday’s vote is next.',
      'The court considered that the law applied to the case.',
      'Rest assured that the Jewish state will respond, the minister said.',
      'Asian giant hornets were found in Washington state.',
      'The Hebrew University of Jerusalem said it would reopen.',
      'Drivers stopped at the traffic light, and the European Parliament rejected a motion of censure.',
      'The chief executive announced to staff that the plant would close.',
      'Voters will go to the polls this Sunday, October 23.'
    ],
    notOk: [
      {text: 'Israeli Prime Minister Benjamin Netanyahu declared this Sunday that he was following events.', line: 1, column: 52, actual: 'this Sunday', fix: 'on Sunday'},
      {text: 'A ceasefire between the Hebrew State and Hezbollah held.', line: 1, column: 21, actual: 'the Hebrew State', fix: 'Israel'},
      {text: 'The analyst, based in Washington, considered that “the offensive changes everything.”', line: 1, column: 35, actual: 'considered that', fix: 'said'},
      {text: 'The minister assured that the talks would resume.', line: 1, column: 14, actual: 'assured that', fix: 'said'},
      {text: 'Pedro Sánchez, the also leader of the Socialist party, spoke.', line: 1, column: 16, actual: 'the also', fix: 'who is also'},
      {text: 'Tensions rose on the border with the Aztec country.', line: 1, column: 34, actual: 'the Aztec country', fix: 'Mexico'},
      {text: 'Six regions were placed on orange vigilance for storms.', line: 1, column: 28, actual: 'orange vigilance', fix: 'orange alert'},
      {text: 'Recall that the bridge was closed in March.', line: 1, column: 1, actual: 'Recall that', fix: 'Earlier,'},
      {text: 'The broadcaster announced to launch a news channel in May.', line: 1, column: 17, actual: 'announced to launch', fix: 'announced plans to launch'},
      {text: 'A fire killed a boy of 7 years old in Caen.', line: 1, column: 17, actual: 'boy of 7 years old', fix: '7-year-old boy'}
    ]
  }
}

export interface CalqueOptions extends RuleOptions {}

export default defineRule<CalqueOptions>({
  meta,
  check({index, accepted, reportText}) {
    const candidates: Candidate[] = []
    const t = getTriggers()
    for (const paragraph of index.paragraphs) checkParagraph(paragraph, t, index, candidates)
    // The source outlet's "our country": decided last, with the source-language guess.
    const perspective: Candidate[] = []
    checkPerspective(index.paragraphs, (paragraph, c) => perspective.push({quoted: false, ...c, paragraph}))

    // Entries that need the story to name their context ("the traffic light" and the SPD).
    let named: Set<string> | undefined
    const kept = candidates.filter((c) => {
      const needs = storyNeeds().get(c.id)
      if (!needs) return true
      named ??= new Set(index.words.map((w) => w.value))
      return needs.some((n) => named!.has(n))
    })
    // Weak candidates count when a quotation follows them, or when the document
    // shows a strong calque or points to a source language (decided below).
    const counted: Candidate[] = []
    const deferred: Candidate[] = []
    judgeWithEvidence(
      kept,
      (all) => all.some((c) => c.tier === 'strong'),
      (c, strongInDocument) => {
        // A weak verb of saying + "that" ("indicated that", "declared that") is
        // ordinary English reported speech: only a quotation after it shows the
        // source's attribution (“considered that “…””), other evidence does not.
        if (c.tier === 'strong' || c.quoted || (strongInDocument && !weakThatVerbs().has(c.id))) counted.push(c)
        else if (!weakThatVerbs().has(c.id)) deferred.push(c)
      }
    )
    const report = (c: Candidate): void => {
      const actual = c.paragraph.text.slice(c.start, c.end)
      if (accepted.has(actual.toLowerCase())) return
      reportText(c.paragraph, c.start, c.end, {
        reason: c.reason,
        expected: matchCase(actual, c.expected),
        note: `calque entry: ${c.id}`
      })
    }
    const reported = removeOverlaps(counted)
    for (const c of reported) report(c)
    // Then what needs a source-language guess (support/source-language.ts:
    // names, letters, agencies, quotation marks, and the calques just
    // reported, asked for after them so that they count as traces): the
    // source outlet's "our country", and weak entries in a story with no
    // strong calque.
    if ((perspective.length > 0 || deferred.length > 0) && sourceLanguageOf(index).lang !== 'unknown') {
      for (const c of [...perspective, ...removeOverlaps(deferred)]) {
        if (!reported.some((r) => r.paragraph === c.paragraph && r.start < c.end && c.start < r.end)) {
          report(c)
          reported.push(c)
        }
      }
    }
  }
})

/** The weak verbs of saying + "that" (data/calque-phrases.ts, THAT_VERBS). */
const weakThatVerbs = lazy(() => new Set(THAT_VERBS.filter((v) => v.tier === 'weak').map((v) => v.id)))

/** Entry id → the words one of which the story must name (data/calque-constructions.ts, `storyHas`). */
const storyNeeds = lazy(() => new Map(CONSTRUCTIONS.filter((e) => e.storyHas).map((e) => [e.id, e.storyHas!] as const)))

/** Run every check on one paragraph, from the words its tables start at. */
function checkParagraph(paragraph: ParagraphInfo, t: Triggers, index: DocumentIndex, candidates: Candidate[]): void {
  const words = paragraph.words
  const n = words.length
  if (n === 0) return
  const addHere: Add = (c) => candidates.push({quoted: false, ...c, paragraph})
  checkPerfect(paragraph.text, words, addHere)
  checkAttribution(paragraph.text, words, addHere)
  checkValency(paragraph.text, words, addHere)
  checkDateOrder(paragraph.text, words, addHere)
  checkWeekdayApart(paragraph.text, words, addHere)
  checkAsCountryWe(paragraph.text, words, addHere)
  // Every check starts from a word of its tables: the other words only
  // matter as neighbours, so a paragraph without such a word is done.
  const hits = findHits(paragraph, t)
  if (!hits) return
  const toks = new Array<Tok>(n)
  for (let i = 0; i < n; i++) {
    const w = words[i]
    toks[i] = new Tok(w.value, w.start, w.end)
  }
  const facts = new Array<WordFacts>(n)
  for (let k = 0; k < hits.at.length; k++) facts[hits.at[k]] = hits.facts[k]
  const add: Add = (c) => candidates.push({quoted: false, ...c, paragraph})
  const s = new Scanner(toks, facts, paragraph.masked)
  const at = hits.at
  checkWeekdays(s, at, add)
  checkPeriphrases(s, at, index, add)
  checkPhrases(s, at, add)
  checkThatVerbs(s, at, add)
  checkVerbObjects(s, at, add)
}

/** Keep the longest of overlapping candidates (per paragraph). */
function removeOverlaps(list: Candidate[]): Candidate[] {
  list.sort((a, b) => a.paragraph.index - b.paragraph.index || a.start - b.start || b.end - a.end)
  const out: Candidate[] = []
  for (const c of list) {
    const prev = out[out.length - 1]
    if (prev && prev.paragraph === c.paragraph && c.start < prev.end) {
      if (c.end - c.start > prev.end - prev.start) out[out.length - 1] = c
      continue
    }
    out.push(c)
  }
  return out
}

/** Capitalise the candidates when the flagged text starts a sentence ("This Sunday" → "On Sunday"). */
function matchCase(actual: string, expected: string[]): string[] {
  if (!UPPER_START.test(actual)) return expected
  const words = actual.split(/\s+/)
  const titled = words.length > 1 && words.every((w) => UPPER_START.test(w) || w === 'of' || w === 'the' || w === 'and')
  return expected.map((e) => {
    if (e === '' || UPPER_START.test(e)) return e
    if (titled) return e.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase())
    return e[0].toUpperCase() + e.slice(1)
  })
}
