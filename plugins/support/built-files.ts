/**
 * Where a file made by the build (`npm run build`: dist/lexicon.txt,
 * dist/foreign-words.txt, dist/suggest-en-GB.txt …) is found from the code
 * that reads it, in the order to try: the compiled library, the bundled CLI,
 * running from source.  Paths, not URLs: each reader opens them itself.
 */
import {fileURLToPath} from 'node:url'

export function builtFilePlaces(name: string): string[] {
  return [
    // dist/plugins/<folder>/<module>.js → dist/<name>
    new URL(`../../${name}`, import.meta.url),
    // dist/bin/<chunk>.js (the bundled CLI) → dist/<name>
    new URL(`../${name}`, import.meta.url),
    // plugins/<folder>/<module>.ts (running from source) → dist/<name>
    new URL(`../../dist/${name}`, import.meta.url)
  ].map((url) => fileURLToPath(url))
}
