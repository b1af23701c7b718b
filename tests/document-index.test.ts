/**
 * The document index (plugins/support/document.ts): built once per tree, kept
 * where it does not change the tree as others see it, and shaped so that a
 * checked document's tree and index die young (see the comments there).
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Root} from 'nlcst'
import wirelintEnglish from '../pipeline/core/parse.js'
import {getIndex} from '../plugins/support/document.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const processor = unified().use(wirelintEnglish).freeze()

function parse(text: string): {tree: Root; file: VFile} {
  const file = new VFile({value: text})
  return {tree: processor.parse(file) as Root, file}
}

describe('document index', () => {
  it('is built once per tree, and each tree gets its own', () => {
    const a = parse('The talks resumed on Monday. The talks went well.\n')
    const b = parse('The talks resumed on Monday. The talks went well.\n')
    const first = getIndex(a.tree, a.file)
    expect(getIndex(a.tree, a.file)).toBe(first)
    const other = getIndex(b.tree, b.file)
    expect(other).not.toBe(first)
    expect(other.words.map((w) => w.value)).toEqual(first.words.map((w) => w.value))
    expect(other.words[0].node).toBe((((b.tree.children[0] as never as Root).children[0] as never as Root).children[0]))
  })

  it('leaves the tree unchanged for JSON, enumeration and deep equality', () => {
    const a = parse('Officials said the bridge would reopen.\n')
    const b = parse('Officials said the bridge would reopen.\n')
    const before = JSON.stringify(a.tree)
    const keys = Reflect.ownKeys(a.tree).filter((k) => Object.prototype.propertyIsEnumerable.call(a.tree, k))
    getIndex(a.tree, a.file)
    expect(JSON.stringify(a.tree)).toBe(before)
    expect(Reflect.ownKeys(a.tree).filter((k) => Object.prototype.propertyIsEnumerable.call(a.tree, k))).toEqual(keys)
    expect(a.tree).toStrictEqual(b.tree)
    expect(structuredClone(a.tree)).toStrictEqual(b.tree)
  })

  it('counts words as written and lower-cased, on first use', () => {
    const {tree, file} = parse('The vote went ahead. the Vote was close, THE vote said.\n')
    const index = getIndex(tree, file)
    expect(index.counts.get('vote')).toBe(2)
    expect(index.counts.get('Vote')).toBe(1)
    expect(index.lowerCounts.get('vote')).toBe(3)
    expect(index.lowerCounts.get('the')).toBe(3)
    expect(index.counts).toBe(index.counts)
  })

  it('is an object with fast properties and one hidden class for every document', () => {
    // An object literal with getters (closures per document) made each index a
    // dictionary-mode object; measured, that kept every tree alive past the
    // young generation.  V8's own test functions tell it without timing.
    const script = `
      import {VFile} from 'vfile'
      import {unified} from 'unified'
      import wirelintEnglish from './dist/pipeline/core/parse.js'
      import {getIndex} from './dist/plugins/support/document.js'
      const processor = unified().use(wirelintEnglish).freeze()
      const index = (text) => { const file = new VFile({value: text}); return getIndex(processor.parse(file), file) }
      const a = index('One line of copy.\\n'), b = index('Another line.\\nAnd a second one.\\n')
      console.log(JSON.stringify([%HasFastProperties(a), %HasFastProperties(b), %HaveSameMap(a, b)]))
    `
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], {cwd: root, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual([true, true, true])
  })
})
