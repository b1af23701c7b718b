/**
 * Where a file made by the build (`npm run build`: dist/lexicon.txt,
 * dist/foreign-words.txt, dist/suggest-en-GB.txt …) is found from the code
 * that reads it, in the order to try: the compiled library, the bundled CLI,
 * running from source.  Paths, not URLs: each reader opens them itself.
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {lentBuffer} from './text.js'

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

/** A buffer of `length` bytes for data kept for the process (lent by the CLI's launcher, or new). */
export function bufferFor(length: number): Buffer {
  return lentBuffer(length) ?? Buffer.allocUnsafe(length)
}

/** A built file, whole, kept for the process (`fs.readFileSync` into `bufferFor`'s buffer). */
export function readBuiltFile(file: string): Buffer {
  const fd = fs.openSync(file, 'r')
  try {
    const size = fs.fstatSync(fd).size
    const data = bufferFor(size)
    let done = 0
    while (done < size) {
      const n = fs.readSync(fd, data, done, size - done, done)
      if (n === 0) break
      done += n
    }
    return data.subarray(0, done)
  } finally {
    fs.closeSync(fd)
  }
}
