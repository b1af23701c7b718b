/**
 * Text for benchmarks and robustness tests: generated wire copy (our own
 * sentences, deterministic) and hostile inputs.
 */

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Our own vocabulary for generated wire copy.
const SUBJECTS = ['The government', 'The opposition', 'Rebel groups', 'The central bank', 'Local officials', 'The prime minister', 'Aid agencies', 'The army', 'Union leaders', 'Investors', 'The health ministry', 'Residents', 'The mayor of Lisbon', 'Police in Madrid', 'The coalition', 'Farmers in the north']
const VERBS = ['said on Monday that', 'warned on Tuesday that', 'announced that', 'told reporters that', 'confirmed that', 'denied reports that', 'argued that', 'insisted that']
const CLAUSES = ['talks would resume next week', 'prices had risen by 3.5% in a year', 'the deal was close to collapse', 'more than 1,200 people had been evacuated', 'the new law would take effect in March', 'fighting had spread to two more provinces', 'exports fell sharply in the third quarter', 'the vote would go ahead as planned', 'the bridge would reopen after repairs', 'schools would stay closed until Friday', 'the budget deficit would narrow to 2.1 per cent', 'a ceasefire was holding in the south']
const TAILS = ['according to a statement', 'citing people familiar with the matter', 'after a meeting in the capital', 'despite protests outside parliament', 'in a televised address', 'in an interview with a local radio station']
const QUOTES = ['“We are doing everything we can,” a spokeswoman said.', '“This is a difficult moment for the country,” he told reporters.', '“Nobody expected it to happen so fast,” said one resident.', '“The figures speak for themselves,” the minister added.']
const HEADLINES = ['Talks resume as deadline nears', 'Floods force thousands from their homes', 'Central bank holds rates steady', 'Strike closes ports for second day', 'Rebels advance on northern city', 'Budget deal reached after long night']

export function generateArticle(random: () => number, targetWords = 600): string {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
  const lines = [pick(HEADLINES)]
  let words = lines[0].split(/\s+/).length
  while (words < targetWords) {
    const sentences: string[] = []
    const count = 2 + Math.floor(random() * 3)
    for (let i = 0; i < count; i++) {
      sentences.push(random() < 0.2 ? pick(QUOTES) : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAUSES)}, ${pick(TAILS)}.`)
    }
    const paragraph = sentences.join(' ')
    lines.push(paragraph)
    words += paragraph.split(/\s+/).length
  }
  return lines.join('\n') + '\n'
}



export function hostileInputs(): Array<[string, string]> {
  const sentence = 'The minister said the talks would resume on Monday. '
  return [
    ['1 MB single line', sentence.repeat(Math.ceil(1_000_000 / sentence.length))],
    ['5,000-character token', 'a'.repeat(5000) + ' and ' + 'Bb'.repeat(2500) + '.\n'],
    ['100,000 hashtags', Array.from({length: 100_000}, (_, i) => `#tag${i % 97}`).join(' ') + '\n'],
    ['10,000 nested quotes', '“'.repeat(5000) + 'word' + '”'.repeat(5000) + '\n'],
    ['10,000 unbalanced quotes', '“ « „ '.repeat(2500) + '\n'],
    ['100,000 punctuation marks', '.,;:!?'.repeat(16_667) + '\n'],
    ['100,000 digits', '1'.repeat(100_000) + ' people\n'],
    ['50,000 spaced stops', ' .'.repeat(50_000) + '\n'],
    ['10,000 short lines', 'Word\n'.repeat(10_000)],
    ['200,000 < characters', '<'.repeat(200_000) + '\n'],
    ['10,000 "1:" (URL-like run)', '1:'.repeat(10_000) + '\n'],
    ['10,000 "a.b" (domain-like run)', 'a.b'.repeat(10_000) + '\n'],
    ['5,000 "x (Photo: "', 'x (Photo: '.repeat(5_000) + '\n'],
    ['deep Markdown-like nesting', '> '.repeat(5_000) + 'text\n']
  ]
}

