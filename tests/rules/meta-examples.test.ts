/**
 * Every rule's own documented examples (meta.examples, also shown in the
 * README): each not-ok example is reported at its exact place with its fix;
 * each ok example is silent.
 */
import {describe, expect, it} from 'vitest'
import {RULES} from '../../pipeline/rules.js'
import {runRule} from '../helpers.js'

describe.each(RULES.map((r) => [r.meta.id, r.meta] as const))('%s', (id, meta) => {
  it('has examples of both kinds', () => {
    expect(meta.examples.ok.length).toBeGreaterThan(0)
    expect(meta.examples.notOk.length).toBeGreaterThan(0)
  })

  it.each(meta.examples.ok)('ok: %s', async (text) => {
    expect(await runRule(id, text)).toEqual([])
  })

  it.each(meta.examples.notOk.map((e) => [e.text, e] as const))('not ok: %s', async (_text, example) => {
    const found = await runRule(id, example.text)
    const hit = found.find((m) => m.line === example.line && m.column === example.column)
    expect(hit, JSON.stringify(found)).toBeDefined()
    expect(hit!.actual).toBe(example.actual)
    if (example.fix !== undefined) expect(hit!.expected?.[0]).toBe(example.fix)
    expect(hit!.ruleId).toBe(id)
  })
})
