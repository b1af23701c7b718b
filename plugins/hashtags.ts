/**
 * hashtags: SEO tag lines and runs of hashtags left in the body copy.
 *
 * - A paragraph made only of hashtags ("#Bashar #Assads #regime …") is an
 *   error; the fix deletes the whole line, line ending included.
 * - A run of two or more hashtags inside a sentence is a warning.
 * - One hashtag used as a name in prose ("the #MeToo movement") is fine.
 *
 * Hashtags are found in the paragraph text (not only as classified syntax), so
 * the rule works alone after plain retext-english.  "C#" and HTML entities
 * ("caf&#233;") are not hashtags.
 */
import type {ParagraphInfo} from './support/document.js'
import {lineRange} from './support/lines.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'hashtags',
  description: 'SEO hashtag lines, runs of hashtags and hashtags broken or left inside sentences.',
  severity: 'error',
  fixable: true,
  url: ruleUrl('hashtags'),
  examples: {
    ok: [
      'The #MeToo movement changed the industry.',
      'Prices at the café (caf&#233;) rose.',
      'She codes in C# and F# at night.',
      'He ranked #1 in the world.',
      'Supporters of #BlackLivesMatter and the #MeToo campaign marched.'
    ],
    notOk: [
      {text: 'The rebels advanced.\n#Bashar #Assads #regime #loses', line: 2, column: 1, actual: '#Bashar #Assads #regime #loses', fix: ''},
      {text: 'Fans cheered #Madrid #Final #Champions as the bus passed.', line: 1, column: 14, actual: '#Madrid #Final #Champions'},
      {text: 'We stand together. #We areCuba #IVoteYes, the president wrote.', line: 1, column: 20, actual: '#We areCuba #IVoteYes'},
      {text: 'The people of #Cuba can overcome everything, he said.', line: 1, column: 15, actual: '#Cuba', fix: 'Cuba'}
    ]
  }
}

/** A hashtag: `#`, a letter, then letters, digits, underscores. */
const HASHTAG = /#[\p{L}][\p{L}\p{M}\p{N}_’']*/gu
/** What may stand before a hashtag's `#` (start, space, opening punctuation). */
const BEFORE = /[\s(\[{"“‘«|,;:/·•]/u
/** What may separate hashtags in a tag line. */
const SEPARATOR = /^[\s,;|·•/]*$/u

interface Tag {
  start: number
  end: number
  /** Split by a space inside ("#We areCuba"). */
  broken?: boolean
}

/** After a tag: a space and a lower-case word glued to a capitalised one ("areCuba"): the rest of a broken tag. */
const BROKEN_TAIL = / \p{Ll}+\p{Lu}[\p{L}\p{N}]*/uy
/** One plain word: a capital and lower-case letters only ("Cuba"; not "MeToo", "BlackLivesMatter"). */
const PLAIN_TAG = /^#\p{Lu}\p{Ll}+$/u

function hashtagsOf(text: string): Tag[] {
  const tags: Tag[] = []
  HASHTAG.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = HASHTAG.exec(text)) !== null) {
    const before = m.index === 0 ? '' : text[m.index - 1]
    if (before !== '' && !BEFORE.test(before)) continue
    let end = m.index + m[0].length
    // A trailing apostrophe is punctuation, not part of the tag.
    while (end > m.index + 2 && (text[end - 1] === '’' || text[end - 1] === "'")) end--
    // A tag the translation broke at a space: "#We areCuba" (one tag, "#SomosCuba", before).
    BROKEN_TAIL.lastIndex = end
    const tail = BROKEN_TAIL.exec(text)
    if (tail) {
      tags.push({start: m.index, end: end + tail[0].length, broken: true})
      HASHTAG.lastIndex = end + tail[0].length
      continue
    }
    tags.push({start: m.index, end})
  }
  return tags
}

export default defineRule({
  meta,
  check({index, softer, report, reportText}) {
    for (const paragraph of index.paragraphs) {
      if (paragraph.text.indexOf('#') === -1) continue
      const tags = hashtagsOf(paragraph.text)
      if (tags.length === 0) continue
      if (isTagLine(paragraph, tags)) {
        const [start, end] = index.range(paragraph, 0, paragraph.text.length)
        report({
          start,
          end,
          reason: `Leftover tag line of ${tags.length} hashtag${tags.length === 1 ? '' : 's'}: delete it`,
          expected: [''],
          fixRange: lineRange(index.value, start, end)
        })
        continue
      }
      // Runs of two or more hashtags separated only by spaces or commas.
      const text = paragraph.text
      let i = 0
      while (i < tags.length) {
        let j = i
        while (j + 1 < tags.length && SEPARATOR.test(text.slice(tags[j].end, tags[j + 1].start))) j++
        let broken = false
        for (let k = i; k <= j; k++) broken ||= tags[k].broken === true
        if (j > i) {
          reportText(paragraph, tags[i].start, tags[j].end, {
            severity: softer,
            reason: broken
              ? `Run of ${j - i + 1} hashtags inside the copy, one broken by the translation: remove them or turn them into words`
              : `Run of ${j - i + 1} hashtags inside the copy: remove them or turn them into words`
          })
        } else if (broken) {
          reportText(paragraph, tags[i].start, tags[i].end, {
            severity: softer,
            reason: 'Hashtag broken by the translation (a space inside it): remove it or turn it into words'
          })
        } else if (inProse(text, tags[i]) && PLAIN_TAG.test(text.slice(tags[i].start, tags[i].end))) {
          // "The people of #Cuba can …": a social-media tag on a plain name, inside a sentence.
          const word = text.slice(tags[i].start + 1, tags[i].end)
          reportText(paragraph, tags[i].start, tags[i].end, {
            severity: 'info',
            reason: `Hashtag “#${word}” inside a sentence (from a social-media post): write “${word}”`,
            expected: [word],
            safe: false
          })
        }
        i = j + 1
      }
    }
  }
})

/** The paragraph is nothing but hashtags (and separators). */
function isTagLine(paragraph: ParagraphInfo, tags: Tag[]): boolean {
  const text = paragraph.text
  let at = 0
  for (const tag of tags) {
    if (!SEPARATOR.test(text.slice(at, tag.start))) return false
    at = tag.end
  }
  return SEPARATOR.test(text.slice(at)) && (tags.length > 1 || isWholeLine(paragraph))
}

/** A single hashtag counts as a tag line only when it is alone on its line. */
function isWholeLine(paragraph: ParagraphInfo): boolean {
  return paragraph.text.trim().startsWith('#') && /^#\S+$/u.test(paragraph.text.trim())
}

/** A tag inside running prose: lower-case words on both sides in the same line. */
function inProse(text: string, tag: Tag): boolean {
  const before = text.slice(Math.max(0, tag.start - 30), tag.start)
  const after = text.slice(tag.end, tag.end + 30)
  return /\p{Ll}+ $/u.test(before) && /^ \p{Ll}+/u.test(after)
}
