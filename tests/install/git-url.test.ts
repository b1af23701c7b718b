/**
 * The package installed from a git URL at a version tag, as the README's
 * Install section says (`npm install --save-dev git+https://…#vX.Y.Z`; here
 * `git+file://` to a tagged throwaway clone, so it runs offline): npm clones,
 * installs the dev dependencies, runs `prepare` (the build) and installs the
 * result, which must run.  Real npm and git.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {DIRTY, ok, pkg, sh, taggedClone, tmp} from './helpers.js'

let dir: string
let project: string

beforeAll(() => {
  dir = tmp('git-url')
  const {repo, tag} = taggedClone(dir)
  project = path.join(dir, 'desk')
  fs.mkdirSync(project)
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'desk', version: '1.0.0', private: true}, null, 2))
  ok('npm', ['install', '--save-dev', `git+file://${repo}#${tag}`], project)
}, 1_200_000)

afterAll(() => {
  if (dir) fs.rmSync(dir, {recursive: true, force: true})
})

it('installs built: the CLI runs and checks', () => {
  const installed = path.join(project, 'node_modules/wirelint')
  expect(fs.existsSync(path.join(installed, 'dist/bin/cli.cjs'))).toBe(true)
  expect(fs.existsSync(path.join(installed, 'dist/lexicon.txt'))).toBe(true)
  expect(ok('npx', ['wirelint', '--version'], project).stdout.trim()).toBe(pkg.version)
  fs.writeFileSync(path.join(project, 'story.txt'), DIRTY)
  const r = sh('npx', ['wirelint', 'story.txt'], project)
  expect(r.code).toBe(1)
  expect(r.stdout).toContain('{{author_name}}')
})

it('records the tag in package.json, as a pinned dependency', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8'))
  expect(manifest.devDependencies.wirelint).toMatch(/^git\+file:\/\/.+#v\d+\.\d+\.\d+$/)
})
