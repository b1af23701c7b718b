/**
 * `node dist/pipeline/dev/bench-rules.js [--corpus DIR] [--articles N]`: the cost
 * of each rule alone, in steady state (after warm-up), per article, next to
 * the parse-and-index baseline with every rule off.  For finding where time
 * goes; `npm run bench` gives the end-to-end figures.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {getIndex} from '../../plugins/support/document.js'
import {createChecker} from '../core/checker.js'
import {resolveConfig} from '../core/config.js'
import {getProcessor} from '../core/processor.js'
import {generateArticle, rng} from './corpus.js'
import {RULES} from '../core/rules.js'

const {values} = parseArgs({options: {corpus: {type: 'string'}, articles: {type: 'string', default: '300'}, rule: {type: 'string'}, isolate: {type: 'boolean', default: false}}})
let texts: string[]
if (values.corpus) {
  texts = fs.readdirSync(values.corpus).filter((f) => f.endsWith('.txt')).sort().slice(0, Number(values.articles)).map((f) => fs.readFileSync(path.join(values.corpus!, f), 'utf8'))
} else {
  const random = rng(5)
  texts = Array.from({length: Number(values.articles)}, () => generateArticle(random))
}

/** Best of five rounds (ms per article): the least disturbed by GC and JIT. */
async function time(rules: Record<string, 'off' | 'warning'>): Promise<number> {
  const checker = createChecker({rules})
  for (const t of texts) await checker.check(t)
  let best = Infinity
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now()
    for (const t of texts) await checker.check(t)
    best = Math.min(best, (performance.now() - t0) / texts.length)
  }
  return best
}

const off = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off' as const]))
// The document index is built by the first rule that asks for it: the
// baseline runs the cheapest rule (hashtags) so that it includes the index.
const parseOnly = await time(off)
const baseRules = {...off, hashtags: 'warning' as const}
const base = await time(baseRules)
console.log(`${texts.length} articles; parse: ${parseOnly.toFixed(3)} ms/article; parse + index (+ hashtags): ${base.toFixed(3)} ms/article`)
const all = await time(Object.fromEntries(RULES.map((r) => [r.meta.id, 'warning' as const])))
console.log(`all rules: ${all.toFixed(3)} ms/article (rules ${(all - base).toFixed(3)})`)
for (const r of RULES) {
  if (values.rule && r.meta.id !== values.rule) continue
  const ms = await time({...baseRules, [r.meta.id]: 'warning'})
  console.log(`  ${r.meta.id.padEnd(22)} +${(ms - base).toFixed(3)} ms/article`)
}

if (values.isolate) {
  // Each rule's transformer alone on a freshly parsed and indexed tree: fastest of five per article.
  // Stable on a busy machine, where end-to-end differences drown in noise.
  console.log('isolated (rule transformer only, best of 5 per article):')
  const processor = await getProcessor(resolveConfig({rules: off}), 'text')
  for (const r of RULES) {
    if (values.rule && r.meta.id !== values.rule) continue
    const transform = r.plugin({severity: 'warning'}) as (tree: Root, file: VFile) => unknown
    let sum = 0
    for (const t of texts) {
      let best = Infinity
      for (let k = 0; k < 5; k++) {
        const file = new VFile({value: t})
        const tree = processor.parse(file) as Root
        await processor.run(tree, file)
        getIndex(tree, file)
        const t0 = performance.now()
        await transform(tree, file)
        best = Math.min(best, performance.now() - t0)
      }
      sum += best
    }
    console.log(`  ${r.meta.id.padEnd(22)} ${(sum / texts.length).toFixed(4)} ms/article`)
  }
}
