/**
 * untranslated, part: text in another script inside the English copy —
 * Hangul, Han, kana, Thai, Cyrillic, Arabic, Hebrew, Greek, Devanagari …
 * ("승인 2017.05.19", "이 기사를 공유합니다", "Editor:贺予菁").
 *
 * What it finds: runs of letters that are not Latin (Unicode Script
 * property), joined across short gaps of spaces, digits and punctuation,
 * with the numbers that end their line ("댓글 0"), two letters at least
 * (three for Greek, which science writes as single symbols: "β-blocker",
 * "ΔG").  How it decides: English copy has no use for another script except
 * to show an original form, so a run is a warning; a run in brackets, in
 * quotation marks with an English gloss, or right after the romanised name
 * it spells ("Lee Kyung-sik (이경식)") is information.  The language is
 * named by script (Hangul: Korean; kana: Japanese; Han alone: Chinese;
 * Thai; Arabic script; Cyrillic …).
 */
import type {ParagraphInfo} from '../support/document.js'
import type {Check} from './context.js'
import {glossed} from './runs.js'

/** A character outside the Latin, punctuation and symbol blocks (a cheap test before OTHER_LETTER). */
const OUTSIDE_LATIN_BLOCKS = /[\u0370-\u1dff\u2c00-\u2dff\u2e80-\ua6ff\ua800-\uab2f\uac00-\ufaff\ufe70-\ufeff\uff66-\uffdc]/
/** A letter of a script other than Latin. */
const OTHER_LETTER = /[^\P{L}\p{Script=Latin}]/u
/**
 * A run: such letters with gaps of at most four characters that are not
 * letters and not line ends (the gap and the letter are disjoint classes:
 * linear).  Combining marks are in the gap class, so Thai and Devanagari
 * vowel signs join their letters.
 */
const RUN = /[^\P{L}\p{Script=Latin}](?:[^\p{L}\n]{0,4}[^\P{L}\p{Script=Latin}])*\p{M}*/gu
const TAIL = /^[\s\d.:/-]*\d/u

const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Hangul}/u, 'Korean (Hangul)'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese'],
  [/\p{Script=Han}/u, 'Chinese (Han characters)'],
  [/\p{Script=Thai}/u, 'Thai'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic script (Russian, Ukrainian …)'],
  [/\p{Script=Arabic}/u, 'Arabic script (Arabic, Persian, Urdu …)'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Devanagari}/u, 'Devanagari (Hindi, Marathi, Nepali …)'],
  [/\p{Script=Armenian}/u, 'Armenian'],
  [/\p{Script=Georgian}/u, 'Georgian'],
  [/\p{Script=Bengali}/u, 'Bengali'],
  [/\p{Script=Tamil}/u, 'Tamil'],
  [/\p{Script=Ethiopic}/u, 'Amharic (Ethiopic script)'],
  [/\p{Script=Khmer}/u, 'Khmer'],
  [/\p{Script=Lao}/u, 'Lao'],
  [/\p{Script=Myanmar}/u, 'Burmese']
]

const GREEK = /\p{Script=Greek}/u

function scriptName(run: string): string {
  for (const [test, name] of SCRIPTS) if (test.test(run)) return name
  return 'another script'
}

function letterCount(run: string): number {
  let n = 0
  for (const ch of run) if (OTHER_LETTER.test(ch)) n++
  return n
}

/** Report the runs of other scripts in a paragraph; returns whether it found any. */
export function otherScripts(c: Check, p: ParagraphInfo): void {
  const text = p.text
  // Plain ranges first (fast): Latin, its punctuation and symbols hold no other script.
  if (!OUTSIDE_LATIN_BLOCKS.test(text) || !OTHER_LETTER.test(text)) return
  const run = RUN
  run.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = run.exec(text))) {
    const start = m.index
    let end = start + m[0].length
    const letters = letterCount(m[0])
    if (letters < (GREEK.test(m[0]) && !/[^\P{L}\p{Script=Greek}\p{Script=Latin}]/u.test(m[0]) ? 3 : 2)) continue
    if (c.accepted.has(m[0].toLowerCase())) continue
    // The numbers that end its line: "승인 2017.05.19 11:20", "댓글 0".
    const tail = TAIL.exec(text.slice(end, end + 40))
    if (tail && !/\p{L}/u.test(text.slice(end + tail[0].length).split('\n')[0])) end += tail[0].length
    const name = scriptName(m[0])
    const before = text.slice(Math.max(0, start - 2), start)
    const after = text.slice(end, end + 2)
    const bracketed = /[(\[（【]\s*$/u.test(before) && /^\s*[)\]）】]/u.test(after)
    const quoted = /[“"‘'«「『]\s*$/u.test(before) && glossed(p, end + 1)
    const info = bracketed || quoted
    c.reportText(p, start, end, {
      severity: info ? 'info' : c.severity,
      reason: info
        ? `Original ${name} form in the English copy: keep it only if your style shows original forms`
        : `Text in ${name} left in the English copy: translate it or delete it`
    })
  }
}
