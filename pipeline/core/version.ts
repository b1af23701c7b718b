/**
 * wirelint's version, read from its package.json: next to the compiled
 * modules (dist/pipeline/<role>/x.js → the package root) or beside the CLI
 * bundle (dist/bin/wirelint.cjs → the package root).
 */
import fs from 'node:fs'

let cached: string | undefined

export function packageVersion(): string {
  if (cached !== undefined) return cached
  for (const rel of ['../../../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(fs.readFileSync(new URL(rel, import.meta.url), 'utf8')) as {name?: string; version?: string}
      if (pkg.name === 'wirelint' && typeof pkg.version === 'string') return (cached = pkg.version)
    } catch {
      // Not at this place: try the next.
    }
  }
  return (cached = '0.0.0')
}
