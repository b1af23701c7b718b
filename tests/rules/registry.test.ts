/**
 * The rule registry (pipeline/rules.ts) runs the rules in its own order: a
 * rule that reads other rules' findings declares them in `meta.after`, and
 * the registry must list each of them before it.
 */
import {describe, expect, it} from 'vitest'
import {RULES} from '../../pipeline/core/rules.js'
import {findingsOf} from '../helpers.js'
import {createChecker} from '../../pipeline/core/checker.js'

const position = new Map(RULES.map((r, i) => [r.meta.id, i]))

describe('rule registry', () => {
  it('has one entry per rule id', () => {
    expect(position.size).toBe(RULES.length)
  })

  it.each(RULES.filter((r) => r.meta.after?.length).map((r) => [r.meta.id, r.meta.after!] as const))(
    '%s runs after %j',
    (id, after) => {
      for (const earlier of after) {
        expect(position.has(earlier), `${id}: unknown rule ${earlier} in meta.after`).toBe(true)
        expect(position.get(earlier)!, `${id} must run after ${earlier}`).toBeLessThan(position.get(id)!)
      }
    }
  )

  it('declares the order spelling depends on', () => {
    expect(RULES.find((r) => r.meta.id === 'spelling')?.meta.after).toEqual(['encoding', 'markup', 'merged-words'])
  })

  it('gives the order an effect: spelling leaves a word merged-words explains', async () => {
    const text = 'The attack left 412 deadmostly combatants.'
    expect(await findingsOf('spelling', {text})).toEqual([{line: 1, column: 21, actual: 'deadmostly'}])
    const rules: Record<string, 'off' | 'warning' | 'error'> = {}
    for (const r of RULES) rules[r.meta.id] = 'off'
    rules.spelling = 'warning'
    rules['merged-words'] = 'error'
    const file = await createChecker({rules}).check(text)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['merged-words'])
  })
})
