/**
 * stray-fragment: leftovers of the source web page in the copy.
 *
 * - Orphan fragments: a one- or two-word "sentence" after a full sentence,
 *   left over from a stripped link, caption or player ("… told AFP. land.",
 *   "… the minister said. video.", "… on Sunday. Photo").  Flagged when it
 *   starts in lower case after a full stop (also after a closing quote: "…
 *   conflict». land."), not after an abbreviation or an ellipsis; is not a
 *   function word, adverb, reply or subject + verb ("too.", "yes.", "he
 *   said.", "bitcoin fell."); is not inside quotes; the sentence before it
 *   has at least four words; and it ends the paragraph, or ends in a full
 *   stop before a capitalised sentence.  A caption/player word ("Photo",
 *   "Video", "Advertisement") is flagged in any case, at the end only.  A line
 *   that is only such a fragment between two paragraphs is flagged too.
 * - Furniture lines, matched whole against the phrase tables in
 *   data/stray-fragment*.ts (English, the literal English MT renderings, and
 *   Spanish, Italian, French, Portuguese and German forms), case-insensitive
 *   and accent-insensitive: related-link labels alone, before a separator, or
 *   before a headline ("Also read: …", "RELATED", "Leggi anche …"); calls to
 *   action ("Follow us on …", "Click here …", "Tweet", share bars); ad slots
 *   ("Advertisement", "Continues after advertising"); credit lines ("Photo:
 *   EFE/…", "Foto: ANSA", "Photo by … /Getty Images"; "Source:" only before
 *   an agency, since a data source line is legitimate copy); copyright lines
 *   ("© … All rights reserved", "Todos los derechos reservados"); a video
 *   caption ending in a duration ("… in the capital 2:15").
 * - The same furniture after the last sentence of a paragraph ("… on Sunday.
 *   Photo: EFE/Juan Pérez"), credits in brackets ("(Photo: AFP)") and a
 *   trailing "© Agency" credit.
 * - The line classifier (classify.ts and its parts): every line is read
 *   with its shape (words, a final stop, capitals) and its place on the
 *   page (page.ts: the top before the first body paragraph, among the body
 *   paragraphs, the foot after the last one), and judged by vocabulary
 *   (site chrome of CMSs and themes in English and the source languages,
 *   section names, outlet words, field labels, month names), shape (a
 *   line of only a date or time, a desk slug, a separator, a counter, a
 *   title-case headline), place and repetition (a line that repeats the
 *   headline or a caption).  Segments of a line too: a date field before
 *   the lead ("date 2023-05-09 …"), a site or section after a headline
 *   ("… | News", "… – Sport"), a teaser's cut or "read more", link text
 *   and photo references in brackets, a source run into a paragraph.
 *   Confidence sets the severity: vocabulary and shapes that are never copy
 *   are errors, shape and place that agree are warnings, one of them alone
 *   is info.
 *
 * Copy, not furniture (kept quiet): a byline, a dateline or a fixtures
 * block (venue, date, kick-off) at the top of a story; an agency trailer in
 * brackets; a data source line ("Source: Office for National Statistics");
 * subheads in sentence case; lists, results and tables (a line repeated in
 * a list, a title-case line in a run of them); stamps and teasers on a live
 * blog or a listing page, where they are the page's structure.
 *
 * The fix deletes the fragment (with the space before it) or the whole line
 * (with its line ending; in Markdown, the paragraph's source lines).  When
 * markup lies inside the span to delete (HTML), there is no unattended fix.
 * A headline line right after a bare "Also read:" label is reported too, as
 * a warning without an unattended fix.
 *
 * Cost: most lines of clean copy hold nothing, so the scans are built to
 * reject them cheaply — character classes from a table, not a regex per
 * character; the scans jump from one sentence stop to the next; first words
 * are walked down a trie of the tables' folded strings as they are read from
 * the text (no folded copy, no string built); a paragraph is folded whole,
 * and its role looked up, only for a candidate that gets past those checks.
 *
 * The parts, in plugins/stray-fragment/, one check each: furniture.ts (is a
 * span furniture: labels, share bars, credits) with copyright.ts (copyright
 * notices), caption.ts (video captions with a duration), orphans.ts (orphan
 * fragments and orphan lines), inline.ts (furniture after the last sentence,
 * credits in brackets); the line classifier, classify.ts, over chrome.ts
 * (site chrome), stamps.ts (dates, times, slugs, separators), doubled.ts
 * (bullet stamps, bylines printed twice), repeats.ts
 * (repetition), people.ts (credits, bylines, author boxes, mastheads),
 * captions.ts (photo captions, alt text), related.ts (headlines of other
 * stories, pagers), segments.ts (furniture fused to a line) and teasers.ts
 * (teaser cuts and tails, link text); and what they share: scan.ts
 * (folding, character classes, stops, quote state), tables.ts and vocab.ts
 * (the folded phrase tables and tries), tokens.ts (the words of a line),
 * page.ts (the page: lines, shape, place, keys), verdict.ts (what a check
 * returns), lines.ts (the lines of a document, line deletion).  This entry
 * composes them, line by line.
 */
import {roles, isTerminated, type Role} from './support/blocks.js'
import type {ParagraphInfo} from './support/document.js'
import {defineRule, ruleUrl, type RuleMeta, type Severity} from './support/rule.js'
import {LOWER_START} from './support/text.js'
import {isDurationCaption} from './stray-fragment/caption.js'
import {trailingCopyright} from './stray-fragment/copyright.js'
import {furniture, matchLabel, restOf, skipLead} from './stray-fragment/furniture.js'
import {bracketCredits, tailFurniture} from './stray-fragment/inline.js'
import {isHeadlineLine, lineDeletion, type Unit} from './stray-fragment/lines.js'
import {classifyLine, lineSegments} from './stray-fragment/classify.js'
import {pageOf} from './stray-fragment/page.js'
import type {Level, LineVerdict} from './stray-fragment/verdict.js'
import {isOrphanLine, mayStartOrphanLine, orphansIn} from './stray-fragment/orphans.js'
import {prose, type Prose} from './stray-fragment/scan.js'
import {tables, type Tables} from './stray-fragment/tables.js'

export const meta: RuleMeta = {
  id: 'stray-fragment',
  description:
    'Page furniture and debris: site chrome ("Leave a Reply", "Also read:"), credits, stamps, slugs, repeated headlines, ' +
    'captions, related headlines, teaser cuts and orphan fragments ("told AFP. land.").',
  severity: 'error',
  fixable: true,
  url: ruleUrl('stray-fragment'),
  docs: {
    decides:
      'The document is read line by line (a paragraph of several lines is split on its line breaks), each line with ' +
      'its shape (words, a final stop, capitals) and its place on the page: the top before the first body paragraph ' +
      '(a sentence of some length), among the body paragraphs, the foot after the last one. A line is furniture when ' +
      'it matches the phrase tables (related-link labels, calls to action, ad slots, share bars, credit and copyright ' +
      'lines in English, the literal English MT renderings and Spanish, Italian, French, Portuguese and German forms; ' +
      '"Source:" only before an agency, since a data source line is legitimate copy; "Source: Outlet" with a short name ' +
      'and no data-source word ("office", "survey", "institute" …) is a warning) or the chrome tables of content ' +
      'management systems and themes (comment forms, skip links, pagers, widgets, counters, in English and the ' +
      'source languages); when its shape is never copy (a desk slug "ab/cd/ef", a line with no letter, a captcha ' +
      'sum, a weather widget, a media placeholder, a breadcrumb ending in "»", a line of only a date and time with ' +
      'a pipe or dash); when it repeats the headline, a caption or a credit (the later copy; a truncated copy of ' +
      'the next line; the headline run into the lead); when it is a credit field (a translator, "From:", a source ' +
      'given as an address, a field label with nothing after it, and a name of up to three words on the line below such a label, not an agency\'s), "By admin", a byline below the lead, an author box ' +
      'or bio at the foot, an outlet\'s name above the headline or at the foot; a photo caption ending in its credit ' +
      'or next to a credit line; image alt text or a file name on a line of its own or glued to the lead; a title-case headline alone between two body ' +
      'paragraphs (a related link); a section label at the top or foot. Segments of a line: a date field before the ' +
      'lead ("date 2024-03-05 …"), a site or section after a headline ("… | News", "… – Sport", "– 2 hours ago"), a ' +
      'kicker or breadcrumb before it, a teaser\'s "read more" or cut mark ("[…]"), an ellipsis cutting a sentence ' +
      'after a comma or small word (after any word on a listing of three or more long teasers, and a spaced ellipsis ' +
      'after the last sentence, for information), a news app\'s source and time joined by a bullet ("Example ' +
      'News•today, 12:00"), a byline or label printed twice in a row (a warning), a clock word glued to a headline ' +
      'with the page\'s date ("killedGMT 19:07 …"), link text and photo references in brackets, furniture after the last full ' +
      'sentence (credits, "For more, click here.", desk codes), credits in brackets, a trailing "© Agency", a source ' +
      'run into a paragraph, and orphan one- or two-word fragments after a full sentence ("… told AFP. land.": lower ' +
      'case, not a function word, reply or subject + verb, not after an abbreviation, not inside quotes). Severity ' +
      'follows confidence: vocabulary and shapes that are never copy are errors, shape and place that agree are ' +
      'warnings, one of them alone is info. Kept quiet as copy: a byline, dateline or fixtures block at the top, ' +
      'an agency trailer in brackets, a data source line, sentence-case subheads, lists, results and tables, ' +
      'the stamps and teasers of a live blog or listing page (also a page labelled "Live Feed" at its top, and a ' +
      'teaser\'s cut when its own "Read more" line follows), a letter\'s signature under its closing ("Yours ' +
      'sincerely," then the byline\'s name again); in Markdown and HTML, table cells, and headings and ' +
      'list items but for chrome. The fix deletes the fragment with the space before it, or the whole line with ' +
      'its line ending (in Markdown and HTML, the paragraph\'s source lines); with markup inside the span, or for a ' +
      'teaser cut (the sentence must be completed), there is no unattended fix.'
  },
  examples: {
    ok: [
      'Will the talks succeed? Not so. The envoy left on Monday.',
      'He was asked whether he would resign. No.',
      'The minister was asked to step down. He refused.',
      'Engineers tried a new valve on the pump. It worked.',
      '“Will you stay?” she asked. “Yes.”',
      'The final ended Chelsea 2-1.',
      'The team flew out at 10 a.m. local time.',
      'More information is published on the ministry website.',
      'Russian support for the Syrian army',
      'Source: Office for National Statistics',
      'Shares in the carmaker rose 4% on Monday.',
      'She said the deal was done... and then?',
      'The markets crashed on Monday morning. bitcoin fell.',
      'Photos show the damage to the old town after the storm.',
      'Kick-off 15:00',
      'By Jane Roe\n\nThe council approved the budget on Tuesday after a long debate.',
      'Ireland v England\n\nLansdowne Road, Dublin\n\nSunday, 27 February\n\n1500 GMT\n\nIreland are going for their first title since 1948.',
      'The council met on Monday to discuss the plan for the port.\nEconomy\nThe budget grew by two percent this year, the finance office said.'
    ],
    notOk: [
      {
        text: 'The rebels control most of the city, the director of the monitor told AFP. land.',
        line: 1,
        column: 76,
        actual: 'land.',
        fix: ''
      },
      {text: 'The army withdrew on Sunday.\nAlso read: Rebels seize the airport', line: 2, column: 1, actual: 'Also read: Rebels seize the airport', fix: ''},
      {text: 'Talks resume next week.\nLee también', line: 2, column: 1, actual: 'Lee también', fix: ''},
      {text: 'Talks resume next week.\nFollow us on Twitter and Instagram', line: 2, column: 1, actual: 'Follow us on Twitter and Instagram', fix: ''},
      {text: 'Talks resume next week.\nPhoto: EFE/Juan Pérez', line: 2, column: 1, actual: 'Photo: EFE/Juan Pérez', fix: ''},
      {text: 'Talks resume next week.\n© 2024 Example Agency. All rights reserved.', line: 2, column: 1, actual: '© 2024 Example Agency. All rights reserved.', fix: ''},
      {text: 'Talks resume next week.\nPolice clear the square in the capital 2:15', line: 2, column: 1, actual: 'Police clear the square in the capital 2:15', fix: ''},
      {text: 'The minister opened the new bridge on Sunday. Photo', line: 1, column: 47, actual: 'Photo', fix: ''},
      {text: 'The envoy said the ceasefire was holding. video. The talks resume today.', line: 1, column: 43, actual: 'video.', fix: ''},
      {text: 'Talks resume next week.\nTweet', line: 2, column: 1, actual: 'Tweet', fix: ''},
      {text: 'Talks resume next week.\nLeggi anche Il governo cade dopo il voto', line: 2, column: 1, actual: 'Leggi anche Il governo cade dopo il voto', fix: ''},
      {text: 'Talks resume next week.\nLeave a Reply', line: 2, column: 1, actual: 'Leave a Reply', fix: ''},
      {text: 'Talks resume next week.\nab/cd/ef', line: 2, column: 1, actual: 'ab/cd/ef', fix: ''},
      {text: 'The council met on Monday to discuss the plan for the port.\nBy admin', line: 2, column: 1, actual: 'By admin', fix: ''},
      {
        text: 'Floods close the coastal road\n\nFloods close the coastal road\n\nHeavy rain closed the coastal road on Monday, the council said.',
        line: 3,
        column: 1,
        actual: 'Floods close the coastal road',
        fix: ''
      },
      {text: 'date 2024-03-05 The council approved the budget on Tuesday after a long debate.', line: 1, column: 1, actual: 'date 2024-03-05', fix: ''},
      {
        text: 'Council approves the new budget | News | Example Post\n\nThe council approved the budget on Tuesday after a long debate.',
        line: 1,
        column: 33,
        actual: '| News | Example Post',
        fix: ''
      },
      {
        text: 'The council met on Monday to discuss the plan for the port.\nCouncil Approves New Budget for the Coastal Towns\nThe vote is due on Friday after a second reading.',
        line: 2,
        column: 1,
        actual: 'Council Approves New Budget for the Coastal Towns',
        fix: ''
      },
      {text: 'The minister said the reform would reach the regions, the…', line: 1, column: 58, actual: '…', fix: ''}
    ]
  }
}

/** Report a span of a line [start, end), deleting [cut, fixEnd). */
type Part = (u: Unit, start: number, end: number, cut: number, reason: string, fixEnd?: number, level?: Severity, safe?: boolean) => void

export default defineRule({
  meta,
  check({index, severity, softer, report}) {
    const page = pageOf(index)
    const units = page.lines.map((l) => l.u)
    if (units.length === 0) return
    const levelOf = (level: Level): Severity => (level === 'strong' ? severity : level === 'likely' ? softer : 'info')
    const t = tables()
    let paragraphRoles: Role[] | undefined
    const roleOf = (u: Unit): Role => (u.lines ? 'body' : (paragraphRoles ??= roles(index))[u.p.index])

    const whole = (u: Unit, reason: string, level: Severity = severity, safe = true): void => {
      const [start, end] = index.range(u.p, u.start, u.end)
      const del = lineDeletion(index, u, start, end)
      report({start, end, reason, expected: [''], fixRange: del.range, safe: safe && del.safe, severity: level})
    }
    const part: Part = (u, start, end, cut, reason, fixEnd = end, level = severity, safe = true) => {
      const [s, e] = index.range(u.p, start, end)
      const [cs, ce] = index.range(u.p, cut, fixEnd)
      // Markup inside the deleted span (Markdown, HTML): no unattended fix.
      const clean = index.value.slice(cs, ce) === u.p.text.slice(cut, fixEnd)
      report({start: s, end: e, reason, expected: [''], fixRange: [cs, ce], safe: safe && clean, severity: level})
    }
    const verdict = (u: Unit, v: LineVerdict): void => {
      if (v.start === undefined || v.end === undefined) whole(u, v.reason, levelOf(v.level), !v.unsafe)
      else part(u, v.start, v.end, v.cut ?? v.start, v.reason, v.fixEnd ?? v.end, levelOf(v.level), !v.unsafe)
    }

    // The paragraph's text, folded when a check needs it.
    let proseOf: ParagraphInfo | undefined
    let para: Prose = prose('')
    for (let k = 0; k < units.length; k++) {
      const u = units[k]
      const text = u.p.text
      if (proseOf !== u.p) {
        proseOf = u.p
        para = prose(text)
      }
      const prev = k > 0 ? units[k - 1] : undefined
      const next = k + 1 < units.length ? units[k + 1] : undefined

      // 1. The whole line is furniture.
      const v = furniture(text, para, u.start, u.end, true, t)
      if (v) {
        whole(u, v.reason)
        const label = next && relatedLabelBefore(text, u, next, t)
        if (label) {
          whole(next, `Headline of a related link after “${label}”: delete it with the label`, softer, false)
          k++
        }
        continue
      }
      // (The role is looked up only when a finding depends on it: most lines have none.)
      if (isDurationCaption(text, para, u.start, u.end, t) && roleOf(u) !== 'list') {
        whole(u, 'Video caption with its duration left in the copy: delete it')
        continue
      }
      // The line classifier: chrome, repetition, stamps, credits, captions, teasers.
      const c = classifyLine(page, k)
      if (c) {
        verdict(u, c)
        continue
      }
      if (
        prev !== undefined &&
        mayStartOrphanLine(text, u.start) &&
        isTerminated(prev.p.text.slice(prev.start, prev.end)) &&
        (next === undefined || !LOWER_START.test(next.p.text[next.start])) &&
        isOrphanLine(text, u.start, u.end, t)
      ) {
        whole(u, `Orphan fragment “${text.slice(u.start, u.end)}” between paragraphs: delete it`)
        continue
      }

      // Segments of the line: furniture fused to a headline or lead, teaser ends.
      const segments = lineSegments(page, k)
      if (segments) for (const v of segments) verdict(u, v)
      // (The inline steps below leave alone what a segment took.)
      const taken = (s: number, e: number): boolean => segments !== undefined && segments.some((v) => s < v.end! && e > v.start!)

      // Steps 2 to 5 are worked out first and reported in order, unless the
      // line is a dateline or byline (no step), or a list item (no orphans).
      // 2. Credits in brackets: "(Photo: AFP)".
      const brackets = bracketCredits(u, text, para, t)
      // 3. Furniture after the last full sentence: "… on Sunday. Photo: EFE/Juan Pérez".
      const tail = tailFurniture(text, para, u.start, u.end, t)
      // 4. A copyright credit at the end of a caption: "The minister in Kyiv © Example Agency".
      const copy = tail ? undefined : trailingCopyright(para, u.start, u.end)
      // 5. An orphan one- or two-word sentence at the end: "… told AFP. land."
      const orphans = tail || copy ? undefined : orphansIn(para, u.start, u.end, t)
      if (brackets === undefined && !tail && !copy && (orphans === undefined || orphans.length === 0)) continue
      const role = roleOf(u)
      if (role === 'dateline' || role === 'byline') continue

      if (brackets) for (const b of brackets) if (!taken(b.start, b.end)) part(u, b.start, b.end, b.cut, b.reason, b.fixEnd)
      if (tail) {
        if (!taken(tail.start, u.end)) part(u, tail.start, u.end, tail.cut, tail.reason)
        continue
      }
      if (copy) {
        if (!taken(copy.start, u.end)) part(u, copy.start, u.end, copy.cut, `Copyright credit “${text.slice(copy.start, u.end)}” left in the copy: delete it`)
        continue
      }
      if (role === 'list' || !orphans) continue
      for (const o of orphans) {
        if (taken(o.start, o.end)) continue
        const shown = text.slice(o.start, o.end)
        part(
          u,
          o.start,
          o.end,
          o.cut,
          o.furniture
            ? `Stray “${shown}” after the last sentence (left from a caption, player or link): delete it`
            : `Orphan fragment “${shown}” after a full sentence (left from a stripped link or caption): delete it`
        )
      }
    }
  }
})

/**
 * The label of a furniture line that is a bare related-link label ("Also
 * read:") followed by a headline line that is no furniture itself: the
 * headline goes with the label — not after a "read more" link, which
 * continues the story above it.
 */
function relatedLabelBefore(text: string, u: Unit, next: Unit, t: Tables): string | undefined {
  const m = matchLabel(text, skipLead(text, u.start, u.end), u.end, t)
  if (
    m &&
    m.label.kind === 'related' &&
    !t.continuations.has(m.key) &&
    restOf(text, m.end, u.end).type === 'alone' &&
    isHeadlineLine(next) &&
    !furniture(next.p.text, prose(next.p.text), next.start, next.end, true, t)
  ) {
    return text.slice(m.start, m.end)
  }
  return undefined
}
