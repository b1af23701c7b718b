/**
 * acronym: source-language acronyms left in English copy by machine
 * translation — "the Syrian Observatory for Human Rights (OSDH)", "the ONU",
 * "the EE.UU." — with the English acronym as fix.
 *
 * How it decides:
 * 1. Known source-language forms (data/acronym-foreign.ts: ONU→UN,
 *    OTAN→NATO, OSDH→SOHR, FMI→IMF …) are flagged anywhere in the copy when
 *    written in capitals as a word of their own.  Forms that are also English
 *    in another sense (PIB, EUA, IWF, UNO, BCE, EI …) need evidence: a context
 *    word in the same sentence ("PIB" next to "grew"; anywhere in the
 *    document once it has shown another source-language acronym), or the
 *    English name spelled out before them; never when the document shows the
 *    English homograph ("Internet Watch Foundation (IWF)", "emergency use")
 *    or when they sit in quotes, in an all-capitals line, after a number or
 *    before a name ("UE Lleida").  A capitalised non-English word after any
 *    form makes it part of a name ("ONG Beng Hee"); tickers ("OMC.N",
 *    "<PBI>", "(NYSE: OMC)") never count.
 * 2. An acronym in brackets after a name ("Name (ACR)", or "ACR (Name)") is
 *    checked against the name: its letters may come, in order, from the
 *    initials of the name's words, skipping function words and at most one
 *    other word, with the initials of hyphenated and camel-case parts and
 *    lower-case letters from inside a word ("Ofcom", "PwC", "BoE"); a looser
 *    reading (any letter inside a word, any word skipped: "TEPCO", "Nymex")
 *    and a reading with the place word last ("Iran's Atomic Energy
 *    Organization (AEOI)") also count for acronyms outside the table.  When
 *    it does not fit, it is flagged only with strong evidence that it is a
 *    source-language form: it is a known foreign form, or its capitals are
 *    the initials of the name's last words translated into Spanish, French,
 *    Italian, Portuguese or German in any order (OSDH = Observatorio Sirio de
 *    Derechos Humanos) AND the name belongs to an international body or to a
 *    country whose bodies have English acronyms (Syrian, Israeli,
 *    International …) and to none of the countries whose own acronyms English
 *    keeps (Colombian FARC, Brazilian IBGE, Spanish PSOE).  Acronyms English
 *    keeps (FARC, AFP, EFE, FIFA …) and tickers, agencies and party names
 *    that fit neither reading stay silent.
 * 3. Once a document has used a source-language acronym, every use of it is
 *    flagged.
 * 4. Against the story's own English definitions (plugins/acronym/story.ts;
 *    warnings): the letters of a defined acronym in another order, never
 *    defined ("P.A." after "the Associated Press (AP)": the source word
 *    order, or a typo), and a title-case name elsewhere whose initials spell
 *    a defined acronym but that shares no word with its name ("the Arab
 *    Monetary Fund" in a story that defined the Association of Mayors of
 *    France (AMF)): the bare acronym of the source expanded into another body.
 * 5. For information (plugins/acronym/unexplained.ts): national bodies'
 *    acronyms the story never explains or translates word for word
 *    (data/acronym-national.ts: PNRR, CGPJ, KPRM, DPR …), and acronyms with
 *    consonants English does not write ("HĐND"), and acronyms the story uses
 *    as a source or an actor and never explains ("told FNA", "the UAF
 *    fired"), in a story with traces of a source language.  What is left of
 *    "EE.UU." once "EE." was translated (".UU.") is flagged as that entry.
 *
 * Fixes: the English acronym(s) of the table (safe when there is exactly
 * one); for an unknown form, the initials of the English name (not safe).
 *
 * The parts, in plugins/acronym/: occurrences.ts (the scan), expansion.ts
 * (does an acronym fit its name), translation.ts (is it the translated
 * name's acronym), story.ts (the story's own definitions), unexplained.ts,
 * context-words.ts (a weak form's evidence), tables.ts, characters.ts.  This file gathers the document's evidence over all
 * occurrences, then judges and reports each.
 */
import {KEPT_ACRONYMS, type ForeignAcronym, type SourceLanguage} from './data/acronym-foreign.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'
import {judgeWithEvidence} from './support/text.js'
import {isUpper} from './acronym/characters.js'
import {DocumentWords, hasAny, sentenceAround} from './acronym/context-words.js'
import {fitsExpansion} from './acronym/expansion.js'
import {scanParagraph, type Occurrence} from './acronym/occurrences.js'
import {getTables, upperCount, type Tables} from './acronym/tables.js'
import {englishInitials, englishScope, fitsTranslation, isEnglishName, namesEntry, placesLast} from './acronym/translation.js'
import {storyFindings, type Definition} from './acronym/story.js'
import {countryName, unexplained} from './acronym/unexplained.js'

export const meta: RuleMeta = {
  id: 'acronym',
  description: 'Source-language acronyms (OSDH, ONU, OTAN) and acronyms that do not fit their expansion.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('acronym'),
  docs: {
    decides:
      'A source-language form of the table (ONU, OTAN, OSDH, EE.UU. …) written in capitals as a word of its own is flagged ' +
      'anywhere, unless a non-English name follows it ("ONG Beng Hee"). Forms that are also English in another sense ' +
      '(PIB, EUA, IWF, BCE …) need evidence: a context word in the sentence, the document having shown another ' +
      'source-language acronym, or the entry’s name spelled out next to it; never when the document shows the English ' +
      'homograph, in quotes, an all-capitals line, after a number or before a name. An acronym in brackets next to a name ' +
      'outside the table is flagged only when its letters do not follow the English name (in order, from initials, ' +
      'skipping function words) but are the initials of the name translated into Spanish, French, Italian, Portuguese or ' +
      'German, for a body English calls by an English acronym (Syrian, Israeli, international), not one whose own ' +
      'acronym English keeps (FARC, IBGE, PSOE). Once flagged, every use of the form in the document is. The fix is the ' +
      'English acronym (unattended when there is one), or the initials of the English name (not unattended). Against the ' +
      'story\'s own definitions (warnings): the letters of an acronym it defines with an English name, in another order and ' +
      'never defined ("P.A." after "the Associated Press (AP)": the source word order, or a typo; not an undotted US state ' +
      'code or a form among capitals), and a title-case name elsewhere whose initials spell a defined acronym of three ' +
      'letters or more but that shares no word with its name ("the Arab Monetary Fund" in a story that defined "the ' +
      'Association of Mayors of France (AMF)"): the translation expanded the bare acronym into another body. What is ' +
      'left of "EE.UU." (".UU.") is an error. For information: a national body\'s acronym of the table (PNRR, CGPJ, ' +
      'KPRM, DPR, TNI …) that the story never explains, in a story that names the country (any story for a form of four ' +
      'letters no English word looks like), also when the story names the body in English elsewhere without tying the ' +
      'acronym to it, or gives it a word-for-word translation its letters do not follow ("Investigation Council for ' +
      'Safety (OVV)"); an acronym written with a consonant English does not use ("HĐND"); and an acronym outside the ' +
      'tables that the story uses as a source or an actor ("told FNA", "FNA dispatches", "the UAF fired") and never ' +
      'explains (no name in brackets, no "(FNA)", no word saying what it is next to any use: "the news agency IRNA"), ' +
      'that the English lexicon does not know (CNN, NATO it does) and English copy does not keep bare (AFP, FIFA), ' +
      'in a story whose source-language guess is a language: on its first use. Configured `words` are accepted.'
  },
  examples: {
    ok: [
      'Fighters of Hayat Tahrir al-Sham (HTS) entered the city, AFP reported.',
      'The Foreign Policy Research Institute (FPRI) and UNESCO issued a joint appeal.',
      'The Federal Bureau of Investigation (FBI) and the Organisation for Economic Co-operation and Development (OECD) met.',
      'The regulator (Ofcom) fined PricewaterhouseCoopers (PwC) over the audit.',
      'Colombia’s National Liberation Army (ELN) and the Revolutionary Armed Forces of Colombia (FARC) signed.',
      'Bank of America (BAC) shares rose 2% in New York (Reuters).',
      'The U.S. Food and Drug Administration granted an emergency use authorization (EUA) on Friday.',
      'The Internet Watch Foundation (IWF) said the IWF removed thousands of images.',
      'The Brazilian Institute of Geography and Statistics (IBGE) said output grew.',
      'UNO SALES SOAR AS CARD GAME TURNS 50',
      'Indonesia’s General Election Commission (KPU) met in Jakarta; Meral Akşener leads the İYİ (Good) Party.'
    ],
    notOk: [
      {text: 'At least 30 people died, the Syrian Observatory for Human Rights (OSDH) said.', line: 1, column: 67, actual: 'OSDH', fix: 'SOHR'},
      {text: 'The ONU called for a ceasefire.', line: 1, column: 5, actual: 'ONU', fix: 'UN'},
      {text: 'Spain asked the OTAN for help.', line: 1, column: 17, actual: 'OTAN', fix: 'NATO'},
      {text: 'Trade between Mexico and EE.UU. fell sharply in March.', line: 1, column: 26, actual: 'EE.UU.', fix: 'US'},
      {text: 'Growth slowed as the PIB contracted 0.3% in the quarter.', line: 1, column: 22, actual: 'PIB', fix: 'GDP'},
      {text: 'Talks with the Syrian Democratic Forces (FDS) resumed.\nThe FDS control the east.', line: 1, column: 42, actual: 'FDS', fix: 'SDF', also: [{line: 2, column: 5, actual: 'FDS', fix: 'SDF'}]},
      {text: 'Officers of the Israel Defense Forces (FDI) said the raid was over.', line: 1, column: 40, actual: 'FDI', fix: 'IDF'},
      {text: 'The Asian Development Bank (ADB) raised its forecast.\nThe ABD president said growth would hold.', line: 2, column: 5, actual: 'ABD', fix: 'ADB'},
      {text: 'Italian mayors say the PNRR money must be spent by 2026.', line: 1, column: 24, actual: 'PNRR', fix: 'National Recovery and Resilience Plan (PNRR)'},
      {text: 'Mexico pledged to help the United States. .UU. With its allies, it acted.', line: 1, column: 43, actual: '.UU.', fix: ''},
      {text: 'Syrian troops shelled Idlib in Syria. A military source told KNB that Syrian jets joined in.', line: 1, column: 62, actual: 'KNB'}
    ]
  }
}

const LANGUAGE_NAMES: Record<SourceLanguage, string> = {
  es: 'Spanish',
  fr: 'French',
  it: 'Italian',
  pt: 'Portuguese',
  de: 'German'
}

/** An acronym outside the table found to be a source-language one. */
interface Unknown {
  guess: string
  name: string
}

/** What the document shows about its acronyms (gathered over all occurrences before any is judged). */
interface Evidence {
  /** Tokens the document defines with their English name. */
  englishDefined: Set<string>
  /** Tokens outside the table whose letters follow the translated name. */
  unknown: Map<string, Unknown>
  /** Occurrences of a table form next to the entry's own name. */
  definitional: Set<Occurrence>
  /** Table forms the document uses as source-language acronyms. */
  flagged: Set<string>
  inDocument: DocumentWords
  /** The line where each unknown token was first reported (filled while judging). */
  introduced: Map<string, number>
}

export default defineRule({
  meta,
  check({index, accepted, reportText}) {
    const t = getTables()
    const occurrences: Occurrence[] = []
    for (const p of index.paragraphs) {
      if (p.masked.length > 0) scanParagraph(p, t, occurrences)
    }
    // Reported in document order (the evidence does not depend on the order).
    occurrences.sort((a, b) => a.p.index - b.p.index || a.start - b.start)
    // Source-language acronyms never explained, and acronyms with letters English does not write (information).
    for (const {occ, entry, letters, englishElsewhere, literal, source} of unexplained(occurrences, t, index, accepted)) {
      if (source) {
        reportText(occ.p, occ.start, occ.end, {
          reason: `“${occ.token}” is an acronym the story never explains, used as a source or an actor, that English word lists do not know, in a story with traces of translation: probably the source language’s outlet or body; name it in full on first use`,
          severity: 'info'
        })
      } else if (entry) {
        const what = `“${occ.token}” is the ${countryName(entry)} acronym of ${entry.name} (${entry.english})`
        reportText(occ.p, occ.start, occ.end, {
          reason: literal
            ? `${what}; “${literal}” translates its name word for word: English copy uses its English name`
            : englishElsewhere
              ? `${what}, which the story names in English elsewhere without tying the acronym to it: use the English name`
              : `${what}, and the story never explains it: English copy spells it out on first use`,
          expected: [literal || englishElsewhere ? entry.english : `${entry.english} (${occ.token})`],
          safe: false,
          severity: 'info'
        })
      } else {
        reportText(occ.p, occ.start, occ.end, {
          reason: `“${occ.token}” is written with letters English does not use (${letters}): the source language’s acronym left in the copy; give the English name`,
          safe: false,
          severity: 'info'
        })
      }
    }
    // Against the story's own English definitions: the same letters reordered, a name expanded wrongly.
    const {definitions, defined} = storyDefinitions(occurrences, accepted)
    for (const f of storyFindings(definitions, defined, occurrences, index.paragraphs)) {
      const d = f.definition
      const line = index.point(index.offset(d.occ.p, d.occ.start)).line
      const named = defName(d)
      reportText(f.p, f.start, f.end, {
        reason:
          f.kind === 'reordered'
            ? `“${f.written}” has the letters of “${d.token}” (${named}, line ${line}) in another order: the acronym in the source language’s word order, or a typo; English copy keeps “${d.token}”`
            : `“${f.written}” spells “${d.token}”, which this story defines as ${named} (line ${line}): the translation expanded the source’s bare acronym into another body with the same letters; write “${d.token}”`,
        expected: [d.token],
        safe: false,
        severity: 'warning'
      })
    }
    judgeWithEvidence(
      occurrences,
      (all) => gatherEvidence(all, t, index.value, accepted),
      (occ, evidence) => {
        const finding = judge(occ, evidence, accepted)
        if (!finding) return
        if (finding.entry) {
          const {entry, english} = finding
          const written = index.value.slice(...index.range(occ.p, occ.start, occ.end))
          const langs = (t.languages.get(occ.token) ?? []).map((l) => LANGUAGE_NAMES[l])
          const langText = langs.length > 2 ? langs.slice(0, -1).join(', ') + ' or ' + langs[langs.length - 1] : langs.join(' or ')
          if (occ.token === '.UU.') {
            reportText(occ.p, occ.start, occ.end, {
              reason: `“${written}” is what is left of the Spanish “EE.UU.” (the United States) after the rest was translated: delete it`,
              expected: [''],
              safe: false
            })
            return
          }
          // "EE.UU. President": the full stop may belong to the acronym or end the sentence.
          const safe = !(occ.token === 'EE.UU.' && !written.endsWith('.') && written.includes('.'))
          reportText(occ.p, occ.start, occ.end, {
            reason: `“${written}” is the ${langText} acronym for ${isUpper(entry.expansion[0]) ? 'the ' : ''}${entry.expansion}; English copy uses “${english.join('” or “')}”`,
            expected: english,
            safe: safe && english.length === 1
          })
          return
        }
        const found = finding.unknown
        const first = evidence.introduced.get(occ.token)
        const line = index.point(index.offset(occ.p, occ.start)).line
        if (first === undefined) evidence.introduced.set(occ.token, line)
        reportText(occ.p, occ.start, occ.end, {
          reason:
            first === undefined
              ? `“${occ.token}” does not fit “${found.name}”: its letters follow the name in the source language; English copy uses the English acronym (“${found.guess}”?)`
              : `“${occ.token}” is the source-language acronym of “${found.name}” (line ${first}); English copy uses the English acronym (“${found.guess}”?)`,
          expected: [found.guess],
          safe: false
        })
      }
    )
  }
})

/**
 * The acronyms the story defines with an English name their letters follow
 * (first definition of each), and every token it explains in brackets.
 */
function storyDefinitions(occurrences: readonly Occurrence[], accepted: ReadonlySet<string>): {definitions: Map<string, Definition>; defined: Set<string>} {
  const definitions = new Map<string, Definition>()
  const defined = new Set<string>()
  for (const occ of occurrences) {
    if (!occ.name) continue
    defined.add(occ.token)
    if (occ.plural || definitions.has(occ.token) || accepted.has(occ.token.toLowerCase()) || upperCount(occ.token) < 2) continue
    if (isEnglishName(occ.name) && fitsExpansion(occ.token, occ.name, true)) definitions.set(occ.token, {token: occ.token, name: occ.name, occ})
  }
  return {definitions, defined}
}

/** The defining name as the story wrote it: the shortest end of the words before the bracket that the letters follow. */
function defName(d: Definition): string {
  const words = d.name
  let from = 0
  for (let i = words.length - 1; i >= 0; i--) {
    if (!words[i].fn && fitsExpansion(d.token, words.slice(i), true)) {
      from = i
      break
    }
  }
  return `“${words.slice(from).map((w) => w.raw).join(' ')}”`
}

/**
 * 1. Names in brackets: English definitions, source-language ones.
 * 2. Evidence for the table's forms: strong forms that are not guarded and
 *    forms next to their own name are flagged (and are evidence for the
 *    document); a weak form needs a context word in its sentence, or in the
 *    document once the document has shown a source-language acronym.
 */
function gatherEvidence(occurrences: readonly Occurrence[], t: Tables, value: string, accepted: ReadonlySet<string>): Evidence {
  const englishDefined = new Set<string>()
  const unknown = new Map<string, Unknown>()
  const definitional = new Set<Occurrence>()
  for (const occ of occurrences) {
    if (!occ.name || occ.plural || accepted.has(occ.token.toLowerCase())) continue
    if (occ.entry) {
      if (isEnglishName(occ.name) && fitsExpansion(occ.token, occ.name, true)) englishDefined.add(occ.token)
      else if (namesEntry(occ.name, t.expansionWords.get(occ.entry.expansion)!)) definitional.add(occ)
      continue
    }
    if (KEPT_ACRONYMS.has(occ.token) || upperCount(occ.token) < 3 || unknown.has(occ.token)) continue
    const reordered = placesLast(occ.name)
    if (fitsExpansion(occ.token, occ.name, false) || (reordered && fitsExpansion(occ.token, reordered, true))) {
      englishDefined.add(occ.token)
      continue
    }
    const fit = fitsTranslation(occ.token, occ.name)
    if (!fit || !englishScope(occ.name, fit.from)) continue
    const guess = englishInitials(fit.used)
    if (guess === occ.token) continue
    unknown.set(occ.token, {guess, name: fit.used.map((w) => w.raw).join(' ')})
  }
  for (const token of englishDefined) unknown.delete(token)

  const flagged = new Set<string>()
  let docEvidence = unknown.size > 0
  for (const occ of occurrences) {
    const entry = occ.entry
    if (!entry || englishDefined.has(occ.token) || accepted.has(occ.token.toLowerCase())) continue
    if ((entry.level === 'strong' && !occ.guarded) || definitional.has(occ)) {
      flagged.add(occ.token)
      docEvidence = true
    }
  }
  const inDocument = new DocumentWords(value)
  const inSentence = new Map<string, boolean>()
  for (const occ of occurrences) {
    const entry = occ.entry
    if (!entry || entry.level !== 'weak' || flagged.has(occ.token) || occ.guarded) continue
    if (englishDefined.has(occ.token) || accepted.has(occ.token.toLowerCase())) continue
    if (inDocument.has(entry, 'avoid')) continue
    const [from, to] = sentenceAround(occ.p, occ.start)
    const key = `${occ.p.index}:${from}:${occ.token}`
    let near = inSentence.get(key)
    if (near === undefined) {
      near = hasAny(occ.p.text.slice(from, to).toLowerCase(), entry.context)
      inSentence.set(key, near)
    }
    if (near || (docEvidence && inDocument.has(entry, 'context'))) flagged.add(occ.token)
  }
  return {englishDefined, unknown, definitional, flagged, inDocument, introduced: new Map()}
}

type Verdict = {entry: ForeignAcronym; english: string[]; unknown?: undefined} | {entry?: undefined; unknown: Unknown}

/** 3. Every use of a flagged form is reported (a guarded one only next to its own name). */
function judge(occ: Occurrence, e: Evidence, accepted: ReadonlySet<string>): Verdict | undefined {
  const entry = occ.entry
  if (entry) {
    if (!e.flagged.has(occ.token) || e.englishDefined.has(occ.token) || accepted.has(occ.token.toLowerCase())) return undefined
    if (occ.guarded && !e.definitional.has(occ)) return undefined
    // A document that also shows the English homograph: only the form next to its name.
    if (entry.level === 'weak' && !e.definitional.has(occ) && e.inDocument.has(entry, 'avoid')) return undefined
    return {entry, english: entry.english.map((x) => (occ.plural ? x + 's' : x))}
  }
  const found = e.unknown.get(occ.token)
  if (!found || occ.plural) return undefined
  return {unknown: found}
}
