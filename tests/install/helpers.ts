/**
 * Shared by the install tests: throwaway folders and git repositories, and
 * commands run for real (npm, git, pre-commit), never mocked.  They use the
 * npm cache (`--prefer-offline`), so they run without the network once the
 * project's own `npm ci` has filled it.
 */
import {spawnSync, type SpawnSyncReturns} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string
  devDependencies: Record<string, string>
}

/** Copy our own: a headline and a clean paragraph. */
export const CLEAN = 'Rebels seize northern city\n\nThe rebels took the city on Sunday, officials said.\n'
/** An error no fix can make (a template placeholder): a hook must refuse the commit. */
export const DIRTY = 'Rebels seize northern city\n\nThe rebels took the city on Sunday, officials said {{author_name}}.\n'
/** A fixable error (a space before the stop) and a warning a fix leaves (an untranslated word). */
export const FIXABLE = 'Rebels seize northern city\n\nThe rebels took the city . Then they left.\nThe talks según the minister were long.\n'

/** Git without the user's settings: fixed identity, no global hooks or templates. */
export const gitEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  // The npm_* variables of our own `npm test` (its prefix, its command) must not reach the throwaway projects.
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))),
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test Desk',
  GIT_AUTHOR_EMAIL: 'desk@example.com',
  GIT_COMMITTER_NAME: 'Test Desk',
  GIT_COMMITTER_EMAIL: 'desk@example.com',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  ...extra
})

export interface Ran {
  code: number | null
  stdout: string
  stderr: string
  /** Both streams, for messages. */
  all: string
}

export function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = gitEnv()): Ran {
  const r: SpawnSyncReturns<string> = spawnSync(command, args, {cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  if (r.error) throw r.error
  return {code: r.status, stdout: r.stdout, stderr: r.stderr, all: `${r.stdout}\n${r.stderr}`}
}

/** Run and insist on success (the output in the failure message). */
export function ok(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Ran {
  const r = sh(command, args, cwd, env)
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.code}:\n${r.all.slice(-4000)}`)
  return r
}

export function tmp(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `wirelint-${name}-`))
}

/** A new git repository with one commit (a README), ready for hooks. */
export function gitRepo(dir: string): void {
  ok('git', ['init', '-q', '-b', 'main'], dir)
  fs.writeFileSync(path.join(dir, 'README.md'), 'Desk copy.\n')
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n')
  ok('git', ['add', 'README.md', '.gitignore'], dir)
  ok('git', ['commit', '-q', '-m', 'start'], dir)
}

/**
 * A throwaway clone of this repository's committed HEAD, tagged as a release
 * would be (`v<version>`, the README's convention), so that the tag is never
 * made in the real repository.
 */
export function taggedClone(dir: string): {repo: string; tag: string} {
  const repo = path.join(dir, 'wirelint-repo')
  ok('git', ['clone', '-q', '--no-hardlinks', root, repo], dir)
  const tag = `v${pkg.version}`
  ok('git', ['tag', tag], repo)
  return {repo, tag}
}

/** The tarball of the built package (`npm pack` of dist as built by `npm test`; scripts not run again). */
export function packTarball(dir: string): {file: string; stdout: string} {
  const r = ok('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], root)
  return {file: path.join(dir, r.stdout.trim()), stdout: r.stdout}
}

export const hasCommand = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).status === 0
