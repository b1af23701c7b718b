/**
 * --fix never loses data: a run killed at any moment leaves either the old or
 * the new file (never a mix), the original mode is kept, and nothing but the
 * fixed file changes.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const writeModule = path.join(root, 'dist/pipeline/cli/write.js')

describe('atomic writes', () => {
  it('a process killed while writing leaves the old or the new content, whole', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirelint-kill-'))
    const file = path.join(dir, 'story.txt')
    const oldText = 'old line\n'.repeat(200_000)
    const newText = 'new line\n'.repeat(200_000)
    fs.writeFileSync(file, oldText, {mode: 0o640})
    fs.chmodSync(file, 0o640)
    // A child that rewrites the file again and again, killed at varying moments.
    const script = `import {writeAtomic} from ${JSON.stringify(writeModule)}; const t = [${JSON.stringify('old line\n')}.repeat(200000), ${JSON.stringify('new line\n')}.repeat(200000)]; let i = 0; for (;;) writeAtomic(${JSON.stringify(file)}, t[i++ % 2], ${JSON.stringify(dir)})`
    for (let round = 0; round < 12; round++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {stdio: 'ignore'})
      await new Promise((resolve) => setTimeout(resolve, 30 + round * 17))
      child.kill('SIGKILL')
      await new Promise((resolve) => child.on('exit', resolve))
      const now = fs.readFileSync(file, 'utf8')
      expect(now === oldText || now === newText, `round ${round}: ${now.length} chars`).toBe(true)
      expect(fs.statSync(file).mode & 0o777).toBe(0o640)
    }
    // Killed runs may leave a temporary file behind, but never in place of the story.
    for (const f of fs.readdirSync(dir)) expect(f === "story.txt" || /^\.story\.txt\.wirelint-\d+-[0-9a-f]+\.tmp$/.test(f), f).toBe(true)
    fs.rmSync(dir, {recursive: true, force: true})
  }, 60_000)
})
