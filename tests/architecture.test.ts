/**
 * The house's architecture, held by tests (issue 12): the core knows no
 * entry point, the package root loads no HTTP stack, dev tools and build
 * steps are not shipped, only rule plugins are public, and no rule code
 * file grows past one sitting.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {RULES} from '../pipeline/core/rules.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function tsFiles(dir: string): string[] {
  const out: string[] = []
  for (const e of fs.readdirSync(path.join(root, dir), {withFileTypes: true})) {
    const rel = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...tsFiles(rel))
    else if (e.name.endsWith('.ts')) out.push(rel)
  }
  return out
}

/** Relative import specifiers of a source file, resolved to repository paths. */
function importsOf(file: string): string[] {
  const src = fs.readFileSync(path.join(root, file), 'utf8')
  const out: string[] = []
  for (const m of src.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    out.push(path.normalize(path.join(path.dirname(file), m[1])))
  }
  return out
}

describe('architecture', () => {
  it('the core imports nothing from an entry point, a dev tool or a build step', () => {
    for (const file of tsFiles('pipeline/core')) {
      for (const target of importsOf(file)) {
        expect(target.startsWith('pipeline/core/') || target.startsWith('plugins/'), `${file} imports ${target}`).toBe(true)
      }
    }
  })

  it('rule plugins import nothing from the pipeline', () => {
    for (const file of tsFiles('plugins')) {
      for (const target of importsOf(file)) expect(target.startsWith('plugins/'), `${file} imports ${target}`).toBe(true)
    }
  })

  it('no rule code file (data tables aside) is longer than 600 lines', () => {
    for (const file of tsFiles('plugins').filter((f) => !f.startsWith('plugins/data/'))) {
      const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n').length
      expect(lines, file).toBeLessThanOrEqual(600)
    }
  })

  it("import('wirelint') loads no HTTP stack", () => {
    // A resolve hook logs every module the import pulls in.
    const hook = `data:text/javascript,${encodeURIComponent(
      "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('LOADED ' + r.url + '\\n'); return r }"
    )}`
    const register = `data:text/javascript,${encodeURIComponent(`import {register} from 'node:module'; register(${JSON.stringify(hook)})`)}`
    const r = spawnSync(process.execPath, ['--import', register, '--input-type=module', '-e', `await import(${JSON.stringify(path.join(root, 'dist/pipeline/core/index.js'))})`], {encoding: 'utf8'})
    expect(r.status, r.stderr).toBe(0)
    const loaded = r.stderr.split('\n').filter((l) => l.startsWith('LOADED '))
    expect(loaded.length).toBeGreaterThan(10)
    expect(loaded.filter((l) => /hono|node-server|\/serve\/|editor-page|languagetool/.test(l))).toEqual([])
  })

  it('the package ships no dev tool or build step, and exports each rule but not plugins/support or plugins/data', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'})
    const files = (JSON.parse(out) as Array<{files: Array<{path: string}>}>)[0].files.map((f) => f.path)
    expect(files).toContain('dist/pipeline/core/index.js')
    expect(files).toContain('dist/bin/cli.cjs')
    expect(files.filter((f) => /^dist\/pipeline\/(dev|build)\//.test(f))).toEqual([])
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {exports: Record<string, unknown>}
    const exported = Object.keys(pkg.exports).filter((k) => k.startsWith('./plugins/'))
    expect(exported.sort()).toEqual(RULES.map((r) => `./plugins/${r.meta.id}`).sort())
    expect(Object.keys(pkg.exports)).toContain('./serve')
  })
})
