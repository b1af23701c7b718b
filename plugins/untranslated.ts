/**
 * untranslated: words, phrases, page labels and whole sentences of the
 * source language (Spanish, Italian, French, Portuguese, German) left in the
 * English copy: "según el informe", "della", "Ver más", "Tutti i diritti
 * riservati", "políticos", or a sentence the engine did not translate.
 *
 * Words (closed lists in plugins/data/untranslated-*.ts, each with its
 * source):
 * - `strong` function words and connectives that are not English ("según",
 *   "también", "della", "dans", "através", "über") score 3: enough alone;
 * - `weak` ones that are short, name particles or English too ("de", "los",
 *   "il") score 1, or 0 when Hunspell has them as English words ("la", "con",
 *   "no"): they only count next to other foreign words;
 * - lower-case words with marks English does not keep (acute on a/i/o/u,
 *   ã, õ; ñ, umlauts or an Italian final grave when the plain form is not an
 *   English loan: "políticos", "económica", "città") score 3; French-looking
 *   accents unknown to English score 1.5 (English has many French loans);
 *   French and Italian elisions ("l'économie", "dell'anno") 2–3;
 * - lower-case words unknown to the lexicon score 1 (at most 2 per run), and
 *   only beside a listed word ("del gobierno").
 * Adjacent foreign words form a run; a run scoring 3 is a warning, a run of
 * French-looking words scoring 1.5 is info.
 *
 * Never flagged: capitalised words (names, titles: "El País", "Los Angeles",
 * "Real Madrid"); particles before a capitalised word or between two
 * ("Banco de España", "Hayat Tahrir al Sham", "von der Leyen", "Lula da
 * Silva"); runs right after a capitalised foreign word or a title-opening
 * article ("the Académie française", "Y tu mamá también", "Il nome della
 * rosa"); established loans ("de facto", "per cent", "coup d'état", "la
 * dolce vita"); words in short quotations or brackets (the ‘gilets
 * jaunes’).  A term introduced ("so-called …") or glossed ("… (citizens'
 * income)") is info.  A capitalised strong word is flagged only at the start
 * of a sentence ("Según el informe", "Selon the report"), and only if it
 * cannot be a name there.
 *
 * Page labels ("Ver más", "Leer más", "Tutti i diritti riservati", "Lire la
 * suite", "Saiba mais", "Mehr lesen") are matched in any case; inside English
 * copy they are warnings, as a furniture line of their own (which
 * stray-fragment reports) they are info (option `furniture`).
 *
 * Sentences: the most foreign stretch of each sentence (the whole sentence
 * when foreign words outweigh English ones 1.5 to 1, else a maximum-sum
 * segment), six words or more, is confirmed with franc-min (English and the
 * five source languages only; names left out of its input; close calls go to
 * the word lists) and reported once; adjacent foreign sentences are merged.
 * A quoted or glossed stretch, or a capitalised one with English on both
 * sides (a title), is info.  franc-min is loaded only when a sentence passes
 * the prefilter.
 *
 * The parts, in plugins/untranslated/: tables.ts (the merged word and phrase
 * tables), prescan.ts (which paragraphs can score), tokens.ts (tokens,
 * phrases, names), classify.ts (what one lower-case word is), sentences.ts
 * (whole foreign sentences, franc-min), runs.ts (runs of foreign words, page
 * labels), scripts.ts (other scripts), dates.ts (dates), popes.ts (the
 * popes' names and St. Peter's in a story about the pope), lines.ts (short
 * lines, labels, brackets, trailers and credits, with fastText), markers.ts
 * (carried-over articles, caption markers), words.ts (lone words of the
 * source-language dictionaries: support/foreign-lexicon.ts, built at install
 * time); context.ts holds the shapes they share.  This entry composes them,
 * paragraph by paragraph.
 */
import type {ParagraphInfo} from './support/document.js'
import {defineRule, ruleUrl, type RuleMeta, type RuleOptions} from './support/rule.js'
import {classifyLower} from './untranslated/classify.js'
import {foreignDates} from './untranslated/dates.js'
import {load as loadLid, ready as lidReady, unavailable as lidUnavailable} from './untranslated/lid.js'
import {shortStretches} from './untranslated/lines.js'
import {sourceMarkers} from './untranslated/markers.js'
import {otherScripts} from './untranslated/scripts.js'
import {popeNames} from './untranslated/popes.js'
import type {Check} from './untranslated/context.js'
import {worthChecking} from './untranslated/prescan.js'
import {runs} from './untranslated/runs.js'
import {sentenceLevel} from './untranslated/sentences.js'
import {tables} from './untranslated/tables.js'
import {loneWords} from './untranslated/words.js'
import {markInitialStrong, matchPhrases, nameContext, tokenize} from './untranslated/tokens.js'

export const meta: RuleMeta = {
  id: 'untranslated',
  description:
    'Words, page labels, dates, lines or sentences of the source language, or text in another script, left in the English copy ("según", "della", "Ver más", "martes, 19 octubre", "이 기사를").',
  severity: 'warning',
  fixable: false,
  url: ruleUrl('untranslated'),
  options: {sentences: 'boolean', furniture: {enum: ['info', 'warning', 'warn', 'off']}},
  docs: {
    decides:
      'Words are scored from closed lists per source language (Spanish, Italian, French, Portuguese, German): ' +
      'strong function words and connectives English does not use ("según", "della", "über") score 3, enough ' +
      'alone; weak ones ("de", "los", "il") count only beside other foreign words; lower-case words with marks ' +
      'English does not keep ("políticos", "città") score 3, French-looking accents unknown to English 1.5; ' +
      'unknown lower-case words count only next to a listed word. Adjacent foreign words form a run, reported at ' +
      'a score of 3 (information for French-looking runs of 1.5). Names and titles are left alone: capitalised ' +
      'words, particles before or between capitalised words ("Banco de España", "von der Leyen"), runs after a ' +
      'capitalised foreign word or a title-opening article, established loans ("de facto", "coup d\'état"), short ' +
      'quotations and brackets; a term the copy introduces ("so-called …") or glosses is information. Page labels ' +
      '("Ver más", "Tutti i diritti riservati") are matched in any case. A sentence\'s most foreign stretch of six ' +
      'words or more is confirmed with franc-min and reported once, adjacent sentences merged; a quoted or glossed ' +
      'stretch, or a capitalised one inside an English sentence (a title), is information. A listed word or phrase ' +
      'carries its English gloss as the candidate; nothing is fixed automatically. ' +
      'Beyond the five languages: letters of another script (Unicode Script: Hangul, Han, Thai, Cyrillic, Arabic …; ' +
      'Greek from three letters) are reported as a run, information when bracketed or quoted with a gloss; a month, ' +
      'weekday or "today"/"yesterday" of 33 languages (CLDR names, data/untranslated-dates.ts) next to a number is a ' +
      'date left in the source language (a capitalised one needs a date\'s shape, a relative day a time; a date that ' +
      'continues a name such as "Avenida 9 de Julio" is left alone), with the English date as candidate; a short line or ' +
      'sentence, a label of one to three words before a colon, or words in brackets, picked by word evidence (words ' +
      'unknown to English, listed words, letters English does not use; names, loans and paths left out; the stretch must ' +
      'be most of its line), are confirmed by the fastText language identifier (lid.176, loaded on first need): not ' +
      'English, English at most 0.1 or the top language at 0.6; one word never on the identifier alone (a listed word, a ' +
      'letter English does not use, or a label\'s colon after a plain unknown word). Bracketed capitalised words (an ' +
      'acronym\'s expansion) and a lone unknown term in brackets after its English are information. A Portuguese or ' +
      'Italian article before a name or an English word ("o Benfica", "O zenith") and a caption position marker after ' +
      'a name ("(d)", "(izq.)") are reported with their English. ' +
      'Source-language dictionaries (a table built at install time from the Hunspell dictionaries of Spanish, French and ' +
      'Portuguese, Morph-it! for Italian and stopwords-iso function words; read only when a story has a candidate): a ' +
      'lower-case word English does not know that is a word of one of them (as written, a verb form whose infinitive is ' +
      'listed, or a colour compound: "biblioteca", "verdiblanco") is information, a warning when the story has two such ' +
      'words of one language; never an English compound, prefix or suffix on an English word, a word one letter from a ' +
      'common English word (a typo), a lower-cased name, a scientific term, a unit after a number, a word inside a loan ' +
      'phrase or next to a name. Capitalised dictionary words make a short line foreign evidence too ("Noticias ' +
      'Recientes"), reported as information (a title or a name?); a one-word label of the dictionaries may stand before a ' +
      'long value ("Lluvias: heavy rain …"); a paragraph\'s closing words without a full stop, or the credit after its last ' +
      'dash, are judged as a line ("… – Česká tisková kancelář"); a function word of another language that is no English ' +
      'word, right before a date ("vor December 12"), is a warning; "O" before a name the story also writes alone ' +
      '("O Palmeiras returns" beside "at Palmeiras") is information. In a story about the pope (pope, pontiff, Vatican, ' +
      'Holy See), a pope\'s name or St. Peter\'s left in the source language (the Holy See\'s list of the popes since 1846: ' +
      '"Juan Pablo II", "Benedicto XVI", "Pope León", a bare "Francisco" with no other capitalised word next to it, "San ' +
      'Pedro Square", "Piazza San Pietro") is a warning with the English form.',
    options: {
      sentences: {default: true, description: 'Identify whole sentences left in the source language (confirmed with franc-min).'},
      furniture: {
        default: 'info',
        description:
          'Level of a source-language page label that makes up a whole furniture line ("Ver más", "Leer más: …"), ' +
          'which stray-fragment reports: "info", "warn", or "off".'
      }
    }
  },
  examples: {
    ok: [
      'El País reported that Real Madrid will play in Los Angeles.',
      'Rebels of Hayat Tahrir al Sham took Tal Rifat, Rami Abdel Rahman told AFP.',
      'Ursula von der Leyen met Luiz Inácio Lula da Silva and Charles de Gaulle’s heirs.',
      'The de facto leader said inflation rose 3 per cent, vis-à-vis last year.',
      'Giorgia Meloni’s Fratelli d’Italia beat the Partido Popular in Banco de España polls.',
      'Protesters known as the ‘gilets jaunes’ chanted “ni una menos” in Paris.',
      'A coup d’état in the capital ended la dolce vita for the elite.',
      'Officials in Türkiye said Abbas Araghchi met Bashar al Assad in Damascus.',
      'Guillermo del Toro visited Ciudad del Este with Alternative für Deutschland critics.',
      'Her fiancé, a protégé of the chef, ordered crème brûlée at the café.',
      'The film Y tu mamá también opened in 2001.',
      'Gardaí said the Tánaiste met members of the Dáil.',
      'The β-blocker doses were cut, and the Plaza de Mayo filled again on 25 May.',
      'Domingo, 45, said the O Globo report was wrong.',
      'Zelensky: We will not give up the east'
    ],
    notOk: [
      {text: 'The minister said, según the report, that prices rose.', line: 1, column: 20, actual: 'según', fix: 'according to'},
      {text: 'The plan was approved también by the Senate.', line: 1, column: 23, actual: 'también', fix: 'also'},
      {text: 'The pontiff recalled Benedicto XVI in his homily.', line: 1, column: 22, actual: 'Benedicto XVI', fix: 'Benedict XVI'},
      {text: 'Leaders of the opposition della coalition met on Monday.', line: 1, column: 27, actual: 'della', fix: 'of the'},
      {text: 'Sánchez criticised the políticos who backed the plan.', line: 1, column: 24, actual: 'políticos'},
      {text: 'The program was financed através of public funds.', line: 1, column: 26, actual: 'através', fix: 'through'},
      {text: 'The chancellor spoke über the future of the coalition.', line: 1, column: 22, actual: 'über', fix: 'about'},
      {text: 'Sin embargo, the rebels kept advancing.', line: 1, column: 1, actual: 'Sin embargo', fix: 'however'},
      {text: 'Prices rose 3 per cent in March, the agency said. Ver más', line: 1, column: 51, actual: 'Ver más', fix: 'See more'},
      {
        text: 'The rebels advanced.\nEl Gobierno aprobó este martes un decreto para reducir los precios de la energía.',
        line: 2,
        column: 1,
        actual: 'El Gobierno aprobó este martes un decreto para reducir los precios de la energía.'
      },
      {text: 'The vote was held on Sunday.\n이 기사를 공유합니다', line: 2, column: 1, actual: '이 기사를 공유합니다'},
      {text: 'miércoles, 12 marzo 2025\nThe council met on Monday.', line: 1, column: 1, actual: 'miércoles, 12 marzo 2025', fix: 'Wednesday, 12 March 2025'},
      {text: 'Kaynak: Anadolu\nThe council met.', line: 1, column: 1, actual: 'Kaynak:'},
      {text: '“If you ask me [sobre la salida del equipo], I will answer,” he said.', line: 1, column: 16, actual: '[sobre la salida del equipo]'},
      {text: 'The fans said o Benfica won the cup again.', line: 1, column: 15, actual: 'o Benfica', fix: 'Benfica'},
      {text: 'Minister Ana Ruiz (d) with the mayor, in a file photo.', line: 1, column: 19, actual: '(d)', fix: '(right)'},
      {text: 'The council opened a new biblioteca near the station.', line: 1, column: 26, actual: 'biblioteca'},
      {text: 'The market fell on Monday.\nNoticias Recientes', line: 2, column: 1, actual: 'Noticias Recientes'},
      {text: 'The vote came vor December 12, aides said.', line: 1, column: 15, actual: 'vor December'}
    ]
  }
}

export interface UntranslatedOptions extends RuleOptions {
  /** Identify whole sentences left in the source language (default true). */
  sentences?: boolean
  /**
   * Source-language page labels that make up a whole furniture line ("Ver
   * más", "Leer más: …"): `stray-fragment` reports those lines; here they are
   * 'info' (default), 'warning', or 'off'.
   */
  furniture?: 'info' | 'warning' | 'off'
}

export default defineRule<UntranslatedOptions>({
  meta,
  check({index, severity, accepted, options, reportText}) {
    const tb = tables()
    const c: Check = {
      index,
      accepted,
      severity,
      sentencesOn: options.sentences !== false,
      furniture: options.furniture === 'warning' || (options.furniture as string) === 'warn' ? 'warning' : options.furniture === 'off' ? 'off' : 'info',
      tb,
      reportText: (paragraph, start, end, finding) => {
        // Spans judged later (after the language identifier loads) claim in their own paragraph.
        if (paragraph === current) c.claimed.push([start, end])
        return reportText(paragraph, start, end, finding)
      },
      copyrightLines: new Map(),
      claimed: [],
      pending: [],
      queued: []
    }
    let current: ParagraphInfo | undefined
    for (const paragraph of index.paragraphs) {
      current = paragraph
      c.claimed = []
      c.queued = []
      otherScripts(c, paragraph)
      if (paragraph.words.length === 0) continue
      foreignDates(c, paragraph)
      if (worthChecking(paragraph, tb, c.sentencesOn) || c.claimed.length > 0) checkParagraph(c, paragraph)
      sourceMarkers(c, paragraph)
      shortStretches(c, paragraph)
      loneWords(c, paragraph)
    }
    current = undefined
    popeNames(c, index)
    return settle(c)
  }
})

/** Judge the spans that wait for the language identifier: at once when it is loaded, else after loading it. */
function settle(c: Check): Promise<void> | undefined {
  if (c.pending.length === 0) return undefined
  const judge = (): void => {
    for (const f of c.pending) f()
  }
  if (lidReady() || lidUnavailable()) {
    judge()
    return undefined
  }
  return loadLid().then(judge)
}

/** A word of capitals, digits and their punctuation (an acronym, a code): never classified. */
const ALL_CAPS = /^[\p{Lu}\d'’.-]+$/u

/** The full check of a paragraph that passed the pre-scan. */
function checkParagraph(c: Check, p: ParagraphInfo): void {
  const tokens = tokenize(p)
  if (tokens.length === 0) return
  const covered = new Uint8Array(tokens.length)
  const done = new Uint8Array(tokens.length)
  // Words inside a span already reported (another script, a date) are taken.
  if (c.claimed.length) {
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i].word
      for (const [s, e] of c.claimed) if (w.start < e && s < w.end) covered[i] = done[i] = 1
    }
  }
  matchPhrases(p, tokens, covered, c)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (covered[i] || t.quoted) continue
    if (!t.capital && !ALL_CAPS.test(t.word.value)) classifyLower(t, c.tb, c.accepted)
  }
  markInitialStrong(tokens, covered, c)
  nameContext(tokens, c.tb)

  if (c.sentencesOn) sentenceLevel(c, p, tokens, done)
  runs(c, p, tokens, done)
}
