/**
 * The accuracy harness on JSONL excerpts (the development set's format): the
 * scoring functions on findings we make up, and the built harness
 * (dist/pipeline/dev/eval.js, npm test builds first) on a tiny fixture of our own
 * sentences, with only repeated-words switched on so other rules' changes do
 * not move the figures.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {
  codePointIndex,
  findingsOf,
  labelSpan,
  okSpans,
  parseDevJsonl,
  recallForKey,
  scoreExcerpt,
  summarize,
  type DevExcerpt,
  type DevFinding
} from '../pipeline/dev/corpus.js'
import {contextOf} from '../pipeline/dev/eval.js'
import {RULE_IDS} from '../pipeline/core/rules.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixture = path.join(root, 'tests/fixtures/eval')
const harness = path.join(root, 'dist/pipeline/dev/eval.js')
const options = {ruleIds: RULE_IDS}

/** A finding on the code points [start, end). */
const at = (ruleId: string, start: number, end: number, severity: DevFinding['severity'] = 'error'): DevFinding => ({
  ruleId,
  severity,
  reason: 'test',
  start,
  end,
  placed: true
})

const excerpt = (text: string, extra: Partial<DevExcerpt> = {}): DevExcerpt => ({id: 'x', text, expect: [], ok: [], complete: true, ...extra})

describe('spans in code points', () => {
  it('takes the at-th occurrence of a label, counted in code points after an astral character', () => {
    const text = '🎉 ab ab'
    expect(labelSpan(text, {text: 'ab'})).toEqual({start: 2, end: 4})
    expect(labelSpan(text, {text: 'ab', at: 1})).toEqual({start: 5, end: 7})
    expect(labelSpan(text, {text: 'ab', at: 2})).toBeUndefined()
    expect(labelSpan(text, {text: 'zz'})).toBeUndefined()
  })

  it('maps UTF-16 offsets to code points, a surrogate pair counting once', () => {
    const cp = codePointIndex('a😀b𝒳c')
    expect([0, 1, 3, 4, 6, 7].map(cp)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('converts message places (offsets, line/column, points, none) to code-point spans', () => {
    const text = 'x\n🎉 the the end'
    // "the the" is at UTF-16 5..12, code points 4..11; line 2, UTF-16 column 4.
    const [range, lineColumn, point, none] = findingsOf(text, [
      {ruleId: 'repeated-words', fatal: false, reason: 'r', place: {start: {line: 2, column: 4, offset: 5}, end: {line: 2, column: 11, offset: 12}}},
      {ruleId: 'quotes', fatal: true, reason: 'r', place: {start: {line: 2, column: 4}, end: {line: 2, column: 7}}},
      {ruleId: 'spelling', fatal: null, reason: 'r', place: {line: 2, column: 12, offset: 13}},
      {ruleId: 'quotes', fatal: false, reason: 'r'}
    ])
    expect(range).toMatchObject({start: 4, end: 11, severity: 'warning', placed: true})
    expect(lineColumn).toMatchObject({start: 4, end: 7, severity: 'error'})
    expect(point).toMatchObject({start: 12, end: 13, severity: 'info'})
    expect(none).toMatchObject({placed: false, severity: 'warning'})
  })

  it('finds ok strings as whole strings only', () => {
    expect(okSpans('Ann met Annabel on Annual day, and Ann.', 'Ann')).toEqual([
      {start: 0, end: 3},
      {start: 35, end: 38}
    ])
    expect(okSpans('#Lima and Lima', 'Lima')).toEqual([{start: 10, end: 14}])
    expect(okSpans('(U.S.)', 'U.S.')).toEqual([{start: 1, end: 5}])
  })

  it('gives context in code points with the span marked', () => {
    expect(contextOf('🎉 one\ntwo three', {start: 2, end: 5}, 3)).toBe('🎉 ⟦one⟧⏎tw…')
  })
})

describe('scoring one excerpt', () => {
  it('requires the right rule for a surface label and takes any message for translationese', () => {
    const text = 'The the minister said this Thursday that prices rose.'
    const ex = excerpt(text, {
      expect: [
        {rule: 'repeated-words', text: 'The the'},
        {rule: 'calque', text: 'this Thursday'},
        {rule: 'other:false-friend', text: 'prices'}
      ]
    })
    const s = scoreExcerpt(ex, [at('spelling', 0, 3), at('spelling', 42, 48, 'info'), at('calque', 22, 35, 'info')], options)
    expect(s.labels.map((l) => [l.label.rule, l.found])).toEqual([
      ['repeated-words', false],
      ['calque', true],
      ['other:false-friend', true]
    ])
    const right = scoreExcerpt(ex, [at('repeated-words', 3, 4)], options)
    expect(right.labels[0].found).toBe(true)
  })

  it('does not count a finding that only touches the label (half-open spans)', () => {
    // "🎉X the the": the label "X" is code point 1; a finding from code point 2 does not overlap it.
    const text = '🎉X the the'
    const ex = excerpt(text, {expect: [{rule: 'merged-words', text: 'X'}]})
    expect(scoreExcerpt(ex, [at('merged-words', 2, 9)], options).labels[0].found).toBe(false)
    expect(scoreExcerpt(ex, [at('merged-words', 1, 2)], options).labels[0].found).toBe(true)
    // The same through findingsOf: a message at UTF-16 offset 3 (code point 2) is not on "X".
    const [f] = findingsOf(text, [{ruleId: 'merged-words', fatal: true, reason: 'r', place: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 11, offset: 10}}}])
    expect(scoreExcerpt(ex, [f], options).labels[0].found).toBe(false)
    // A message on "X" itself (UTF-16 2..3) is on it.
    const [g] = findingsOf(text, [{ruleId: 'merged-words', fatal: true, reason: 'r', place: {start: {line: 1, column: 3, offset: 2}, end: {line: 1, column: 4, offset: 3}}}])
    expect(g).toMatchObject({start: 1, end: 2})
    expect(scoreExcerpt(ex, [g], options).labels[0].found).toBe(true)
  })

  it('leaves unsure labels out of recall but counts them for precision', () => {
    const text = 'Officials said on Monday that talks went well.'
    const ex = excerpt(text, {expect: [{rule: 'calque', text: 'on Monday', unsure: true}, {rule: 'spelling', text: 'Officials'}]})
    const s = scoreExcerpt(ex, [at('quotes', 15, 24), at('quotes', 30, 35)], options)
    const sum = summarize([s])
    expect(sum.translationeseTotal).toEqual({found: 0, total: 0})
    expect(sum.labels).toMatchObject({scored: 1, unsure: 1})
    expect(sum.surface.spelling).toEqual({found: 0, total: 1})
    expect(sum.alarms).toEqual({findings: 2, overlapping: 1})
  })

  it('scores precision on complete excerpts only, errors+warnings apart from info', () => {
    const text = 'A line of copy. Another line.'
    const labels = [{rule: 'stray-fragment', text: 'Another line.'}]
    const findings = [at('stray-fragment', 16, 29), at('spelling', 2, 6, 'warning'), at('calque', 16, 20, 'info'), at('calque', 0, 1, 'info')]
    const complete = summarize([scoreExcerpt(excerpt(text, {expect: labels}), findings, options)])
    expect(complete.alarms).toEqual({findings: 2, overlapping: 1})
    expect(complete.info).toEqual({findings: 2, overlapping: 1})
    expect(complete.findingsByRule.spelling.alarms).toEqual({findings: 1, overlapping: 0})
    const partial = summarize([scoreExcerpt(excerpt(text, {expect: labels, complete: false}), findings, options)])
    expect(partial.alarms).toEqual({findings: 0, overlapping: 0})
    expect(partial.surface['stray-fragment']).toEqual({found: 1, total: 1})
  })

  it('counts a finding on an ok string, unless the finding finds a label it overlaps', () => {
    const text = 'Photo: Ana Ruiz / Agency\nAna Ruiz spoke.'
    const ex = excerpt(text, {expect: [{rule: 'stray-fragment', text: 'Photo: Ana Ruiz / Agency'}], ok: ['Ana Ruiz']})
    // The whole credit line, right rule: finds the label, no ok hit.
    const line = scoreExcerpt(ex, [at('stray-fragment', 0, 24)], options)
    expect(line.okHits).toHaveLength(0)
    // Spelling on the name in the line and in the body: both on correct English.
    const names = scoreExcerpt(ex, [at('spelling', 11, 15, 'info'), at('spelling', 29, 33, 'warning')], options)
    expect(names.okHits.map((h) => [h.span.start, h.finding.severity])).toEqual([
      [7, 'info'],
      [25, 'warning']
    ])
    expect(summarize([names]).okHits).toEqual({total: 2, errors: 0, warnings: 1, info: 1})
  })

  it('leaves surface labels of switched-off rules out with --rules', () => {
    const ex = excerpt('economicgrowth and the the', {expect: [{rule: 'merged-words', text: 'economicgrowth'}, {rule: 'repeated-words', text: 'the the'}]})
    const s = summarize([scoreExcerpt(ex, [], {ruleIds: RULE_IDS, only: new Set(['repeated-words'])})])
    expect(s.surfaceTotal).toEqual({found: 0, total: 1})
  })

  it('pools threshold keys joined by +', () => {
    const ex = excerpt('one\ntwo the the three', {
      expect: [
        {rule: 'terminal-punctuation', text: 'one'},
        {rule: 'other:hard-line-break', text: 'two'},
        {rule: 'repeated-words', text: 'the the'}
      ]
    })
    const s = summarize([scoreExcerpt(ex, [at('terminal-punctuation', 0, 3, 'warning'), at('spelling', 4, 7, 'info')], options)])
    expect(recallForKey(s, 'terminal-punctuation+other:hard-line-break', RULE_IDS)).toEqual({found: 2, total: 2})
    expect(recallForKey(s, 'repeated-words', RULE_IDS)).toEqual({found: 0, total: 1})
    expect(recallForKey(s, 'other:none-such', RULE_IDS)).toEqual({found: 0, total: 0})
    expect(recallForKey(s, 'no-such-rule', RULE_IDS)).toBeUndefined()
  })

  it('reads JSONL and names the line of a malformed excerpt', () => {
    expect(parseDevJsonl('{"id": "a", "text": "x", "expect": []}\n\n')).toHaveLength(1)
    expect(() => parseDevJsonl('{"id": "a", "text": "x", "expect": []}\n{"text": 1}', 'f.jsonl')).toThrow(/f\.jsonl:2/)
  })
})

describe('the built harness on a JSONL fixture', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [harness, fixture, '--rules', 'repeated-words', ...args], {encoding: 'utf8'})

  it('reports recall, precision and ok hits as JSON', () => {
    const r = run('--json')
    expect(r.status).toBe(0)
    const dev = JSON.parse(r.stdout).mtDev
    expect(dev).toMatchObject({excerpts: 3, complete: 2, labels: {unsure: 1}})
    // t-1: both labelled repeats (the second "the the" by `at`); t-2: the first "the the" after 🌍; t-3 "waited" missed.
    expect(dev.surface['repeated-words']).toMatchObject({found: 3, total: 4})
    // The spelling label is left out (--rules); the unsure calque too.
    expect(dev.surfaceTotal).toMatchObject({found: 3, total: 4})
    expect(dev.translationese).toMatchObject({'other:false-friend': {found: 0, total: 1}, 'other:wrong-sense': {found: 0, total: 1}})
    // Complete excerpts: t-1's three repeats, the first outside the labels (t-2 is not complete).
    expect(dev.alarmPrecision).toMatchObject({findings: 3, overlapping: 2})
    expect(dev.okHits).toMatchObject({total: 1, warnings: 1})
    expect(dev.okHitList[0]).toMatchObject({id: 't-2', ok: 'sang the', ruleId: 'repeated-words'})
    expect(dev.misses.map((m: {id: string; rule: string}) => `${m.id} ${m.rule}`).sort()).toEqual(['t-1 other:false-friend', 't-2 other:wrong-sense', 't-3 repeated-words'])
    expect(dev.alarmsOutside.map((o: {id: string; complete: boolean}) => [o.id, o.complete])).toEqual([
      ['t-1', true],
      ['t-2', false]
    ])
    expect(Object.keys(dev.byLanguage).sort()).toEqual(['es', 'it'])
  })

  it('ends with the per-rule table and totals, and lists misses and alarms with --verbose', () => {
    const r = run('--verbose')
    expect(r.status).toBe(0)
    const tail = r.stdout.trimEnd().split('\n').slice(-7).join('\n')
    expect(tail).toMatch(/^repeated-words +3 \/ 4 +75\.0%/m)
    expect(tail).toMatch(/^all surface rules +3 \/ 4 +75\.0%/m)
    expect(tail).toMatch(/translationese .*0 \/ 2/)
    expect(tail).toMatch(/errors\+warnings 66\.7% \(2 of 3\)/)
    expect(tail).toMatch(/ok strings .*1 finding on them/)
    expect(r.stdout).toContain('t-3 “waited” | Voters ⟦waited⟧ for hours at the polls.')
    expect(r.stdout).toMatch(/\*t-2 warning “the the” \| .*They sang ⟦the the⟧ anthem/)
  })

  it('exits 1 on a failed threshold and names it', () => {
    const pass = run('--min-rule-recall', 'repeated-words=0.75', '--min-precision', '0.6', '--max-ok-hits', '1')
    expect(pass.status).toBe(0)
    const r = run('--min-rule-recall', 'repeated-words=0.8', '--min-precision', '0.7', '--min-translationese-recall', '0.1', '--min-surface-recall', '0.5')
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('recall of repeated-words 3 / 4 (75.0%) below 0.8')
    expect(r.stderr).toContain('alarm precision 66.7% (2 of 3) below 0.7')
    expect(r.stderr).toContain('translationese recall 0 / 2')
    expect(r.stderr).not.toContain('surface recall')
  })

  it('rejects an unknown rule in a threshold', () => {
    const r = run('--min-rule-recall', 'repeated=0.5')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('"repeated" is neither a rule id')
  })
})
