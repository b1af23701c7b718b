/**
 * stray-fragment, part: the folded tables of site chrome (data/stray-fragment-chrome.ts),
 * built once per process on first use, for the checks that read them (chrome.ts,
 * stamps.ts, segments.ts): whole chrome lines and openings by their first word,
 * section names, language names.
 */
import {lazy} from '../support/text.js'
import {CHROME_LINES_EN, CHROME_LINES_SOURCE, CHROME_OPENINGS_EN, LANGUAGE_AUTONYMS, SECTION_WORDS, type Opening} from '../data/stray-fragment-chrome.js'
import {keyOf} from './page.js'

export interface ChromeTables {
  lines: Set<string>
  openings: Map<string, Opening[]>
  sections: Set<string>
  autonyms: Set<string>
}

export const chromeTables = lazy((): ChromeTables => {
  const lines = new Set<string>()
  for (const s of CHROME_LINES_EN) lines.add(keyOf(s))
  for (const s of CHROME_LINES_SOURCE) lines.add(keyOf(s))
  lines.delete('')
  const openings = new Map<string, Opening[]>()
  for (const o of CHROME_OPENINGS_EN) {
    const p = keyOf(o.p)
    const first = p.split(' ')[0]
    const list = openings.get(first) ?? []
    list.push({...o, p})
    openings.set(first, list)
  }
  return {
    lines,
    openings,
    sections: new Set(SECTION_WORDS.map(keyOf)),
    autonyms: new Set(LANGUAGE_AUTONYMS.map(keyOf))
  }
}, {name: 'stray-fragment/vocab'})

