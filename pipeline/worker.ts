/**
 * A batch worker: holds one frozen processor per configuration (built on the
 * first file that needs it, never per file) and checks or fixes the texts the
 * pool sends it.  Only messages (and fixed text) travel back.
 */
import {VFile} from 'vfile'
import {createChecker, type Checker} from './checker.js'
import type {ResolvedConfig} from './config.js'
import {serializeMessages, type Task, type TaskResult} from './messages.js'

const checkers = new Map<string, Checker>()

function checkerFor(config: ResolvedConfig): Checker {
  let checker = checkers.get(config.key)
  if (!checker) {
    checker = createChecker(config)
    checkers.set(config.key, checker)
  }
  return checker
}

export default async function work(task: Task): Promise<TaskResult> {
  const checker = checkerFor(task.config)
  const check = (text: string) => checker.check(new VFile({value: text, path: task.name}), {path: task.name})
  if (task.mode === 'fix') {
    const {fixText} = await import('./fix.js')
    const result = await fixText(task.text, check)
    return {messages: serializeMessages(result.file), fixed: result.fixed, text: result.fixed > 0 ? result.text : undefined}
  }
  const file = await check(task.text)
  return {messages: serializeMessages(file), fixed: 0}
}
