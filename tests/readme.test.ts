/** The README's rule reference is generated from the rules' metadata and must not drift. */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {END, START, rulesMarkdown} from '../pipeline/dev/docs.js'
import {RULES} from '../pipeline/core/rules.js'

const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('has the generated rule reference (run `npm run docs` after changing a rule)', () => {
    const block = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END))
    expect(block.trim()).toBe(rulesMarkdown().trim())
  })

  it('documents every rule id under its own heading', () => {
    for (const {meta} of RULES) expect(readme).toContain(`### ${meta.id}\n`)
  })

  it('gives the two newcomer commands', () => {
    expect(readme).toContain('npm install && npx wirelint samples/')
    expect(readme).toContain('npm test')
  })
})
