/**
 * article: an article the source language left out or put in — "slammed US
 * for", "in Syunik region", "about situation in Romania" (Russian, Persian,
 * Armenian, Arabic-source copy), "the China or Russia", "The inflation
 * rose", "the Greek society wants" (Romance and Greek sources), "a
 * 80,150-meter pipeline", "such question", "made commitment to", "the
 * AFP repeated", "with the Pope Francis", "Supreme Leader urged".
 *
 * How it decides: plugins/article/checks.ts, each check with its context
 * (a noun use of "US", a region noun after a proper name, a count noun
 * before "of"/"in", a place that takes no article used as a noun, an
 * uncountable noun before its verb, the spoken first sound of a number), on
 * the tables of plugins/data/article.ts (sourced).  Headlines and captions
 * (paragraphs without a sentence end) drop articles on purpose: only the
 * number check reads them.  Information with the article to write; nothing
 * is fixed unattended.
 */
import {aBeforeNumber, articleBeforeName, articleBeforeProper, bareAcronym, bareCountNoun, bareCountObject, bareTitleSubject, bareInstitution, generalNoun, isHeadline, regionWithoutArticle, type ArticleFinding} from './article/checks.js'
import {defineRule, ruleUrl, type RuleMeta} from './support/rule.js'

export const meta: RuleMeta = {
  id: 'article',
  description: 'An article the source language left out or put in: "slammed US for", "in Syunik region", "the China", "The inflation rose", "a 80-meter".',
  severity: 'info',
  fixable: false,
  url: ruleUrl('article'),
  docs: {
    decides:
      'Languages without articles (Russian, Persian, Turkish, Chinese, Armenian …) leave "the" out; Romance languages and ' +
      'Greek put it before names and abstract nouns. Each check needs its context: "US", "UK", "EU", "UN" used as a noun ' +
      '(after a preposition, "what" or an "-ed" verb, before a preposition, a conjunction, a verb or punctuation, past a ' +
      'list of names: not "US troops", not "U.S., Japanese and European banks"); a proper name + "region", "area", ' +
      '"district" … after a preposition (not "province": "in Aceh province" is usual); "situation", "result", "direction" … ' +
      'after a preposition or a verb and before "of"/"in"; "the" + a country or city that takes no article used as a noun ' +
      '(not "the Spain coach", not "the Britain of the 1950s"); "the" + "inflation", "unemployment", "poverty", ' +
      '"corruption" or "the Greek society" opening a clause, before a verb; "a"/"an" against the number\'s spoken first sound; ' +
      'a title + "of" + an institution named with a common noun ("Speaker of Senate", "head of Social Security ' +
      'Organization", "Secretary of provincial party committee"; not Parliament or Congress); a singular count noun ' +
      '(Oxford/Cambridge countable only) bare after "such" or as the object of a light verb ("such question", "made ' +
      'commitment to"; not "no such move", "make call centres"); "the" before a news agency or a title + name used as a ' +
      'noun ("the AFP repeated", "with the Pope Francis in"; not "the Reuters news agency"); a sentence opening with a ' +
      'rank and a title, no name, then a verb ("Supreme Leader urged"); "the" + a compass adjective + a country ("in the ' +
      'northern Kazakhstan"), or + a proper name + Park/Square ("visited the Lumpini Park"), used as a noun. Headlines ' +
      'and captions (no sentence end, unless a sentence ended inside a paragraph cut short) are left alone but for the numbers. Tables in data/article.ts (Swan, Practical ' +
      'English Usage; WALS features 37A/38A). Information with the article to write.'
  },
  examples: {
    ok: [
      'US troops left the base, and the US said so.',
      'Shelling hit the Donetsk region on Monday.',
      'The Spain coach praised his side, and inflation rose.',
      'An 18-year-old was arrested in an 8,000-seat stadium.',
      'Iran slams US over sanctions',
      'There was no such move, and the Reuters news agency said so.'
    ],
    notOk: [
      {text: 'Tehran slammed US for its sanctions.', line: 1, column: 16, actual: 'US', fix: 'the US'},
      {text: 'Fighting went on in Syunik region for days.', line: 1, column: 21, actual: 'Syunik region', fix: 'the Syunik region'},
      {text: 'He told reporters about situation in Romania.', line: 1, column: 25, actual: 'situation', fix: 'the situation'},
      {text: 'The inflation rose again in March.', line: 1, column: 1, actual: 'The inflation', fix: 'Inflation'},
      {text: 'They laid a 80-kilometre pipeline.', line: 1, column: 11, actual: 'a', fix: 'an'},
      {text: 'The Speaker of Senate said the bill would pass.', line: 1, column: 16, actual: 'Senate', fix: 'the Senate'},
      {text: 'How can you ask such question? He said it again.', line: 1, column: 17, actual: 'such question', fix: 'such a question'},
      {text: 'She met with the Pope Francis in Rome.', line: 1, column: 14, actual: 'the Pope Francis', fix: 'Pope Francis'},
      {text: 'Supreme Leader urged the students to study hard.', line: 1, column: 1, actual: 'Supreme Leader', fix: 'The Supreme Leader'}
    ]
  }
}

export default defineRule({
  meta,
  check({index, reportText, accepted}) {
    for (const paragraph of index.paragraphs) {
      const {text, words} = paragraph
      if (words.length === 0) continue
      const add = (f: ArticleFinding): void => {
        if (accepted.has(text.slice(f.start, f.end).toLowerCase())) return
        reportText(paragraph, f.start, f.end, {reason: f.reason, expected: f.expected})
      }
      aBeforeNumber(text, words, add)
      if (isHeadline(text)) continue
      bareAcronym(text, words, add)
      regionWithoutArticle(text, words, add)
      bareCountNoun(text, words, add)
      articleBeforeName(text, words, add)
      generalNoun(text, words, add)
      bareInstitution(text, words, add)
      bareCountObject(text, words, add)
      articleBeforeProper(text, words, add)
      bareTitleSubject(text, paragraph.sentences, add)
    }
  }
})
