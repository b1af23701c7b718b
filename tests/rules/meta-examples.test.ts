/**
 * Every rule's own documented examples (meta.examples, also shown in the
 * README): each not-ok example gives exactly its documented findings (place,
 * flagged text, first fix candidate) and nothing else; each ok example is
 * silent.
 */
import {describe, expect, it} from 'vitest'
import {RULES} from '../../pipeline/core/rules.js'
import {findingsOf, type ExpectedFinding} from '../helpers.js'

describe.each(RULES.map((r) => [r.meta.id, r.meta] as const))('%s', (id, meta) => {
  it('has examples of both kinds', () => {
    expect(meta.examples.ok.length).toBeGreaterThan(0)
    expect(meta.examples.notOk.length).toBeGreaterThan(0)
  })

  it.each(meta.examples.ok)('ok: %s', async (text) => {
    expect(await findingsOf(id, {text, options: meta.examples.options})).toEqual([])
  })

  it.each(meta.examples.notOk.map((e) => [e.text, e] as const))('not ok: %s', async (_text, example) => {
    const documented: ExpectedFinding[] = [example, ...(example.also ?? [])].map((e) => {
      const f: ExpectedFinding = {line: e.line, column: e.column, actual: e.actual}
      if (e.fix !== undefined) f.fix = e.fix
      return f
    })
    documented.sort((a, b) => a.line - b.line || a.column - b.column)
    expect(await findingsOf(id, {text: example.text, options: meta.examples.options})).toEqual(documented)
  })
})
