/**
 * Every rule is a retext plugin of its own: it runs in `retext()` (the retext
 * package: retext-latin) and after plain retext-english, without wirelint's
 * pipeline, and finds what it is for.
 */
import {retext} from 'retext'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {RULES} from '../pipeline/core/rules.js'

const story = [
  'The rebels took control of Aleppothe country’s second city . It fell on Sunday.',
  'The allies urged “a political solution». The the vote followed.',
  '#Bashar #Assads #regime #loses'
].join('\n\n')

// Either chain, typed loosely: the two processors differ only in their parser.
type AnyProcessor = {use(plugin: never, options?: unknown): AnyProcessor; parse(file: VFile): unknown; run(tree: never, file: VFile): Promise<unknown>}

describe.each([
  ['retext()', (): AnyProcessor => retext() as unknown as AnyProcessor],
  ['unified().use(retextEnglish)', (): AnyProcessor => unified().use(retextEnglish) as unknown as AnyProcessor]
])('%s', (_name, make) => {
  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s runs and reports with its own rule id', async (id, rule) => {
    const processor = make().use(rule.plugin as never)
    const file = new VFile({value: story})
    await processor.run(processor.parse(file) as never, file)
    for (const m of file.messages) {
      expect(m.ruleId).toBe(id)
      expect(m.source).toBe('wirelint')
    }
  })

  it('finds the artifacts each rule is for', async () => {
    const processor = make()
    for (const r of RULES) processor.use(r.plugin as never)
    const file = new VFile({value: story})
    await processor.run(processor.parse(file) as never, file)
    const ids = new Set(file.messages.map((m) => m.ruleId))
    for (const id of ['merged-words', 'punctuation-spacing', 'quotes', 'repeated-words', 'hashtags']) expect(ids).toContain(id)
  })
})
