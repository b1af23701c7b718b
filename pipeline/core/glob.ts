/**
 * Glob matching in linear time.
 *
 * picomatch, minimatch, micromatch, zeptomatch and tinyglobby (which uses
 * picomatch) all compile a glob to a JavaScript regular expression, and V8's
 * engine backtracks: `*a*a*a*a*b` becomes `[^/]*?a[^/]*?a…b` and takes
 * O(n^5) steps on a long name that does not match (a 200-character name: 27 s).
 * picomatch's maintainers advise not to take globs from untrusted sources; a
 * `.wirelintrc.json` arrives in pull requests.  No maintained JavaScript
 * matcher avoids backtracking (RE2 bindings need a native build or a WASM
 * module, and picomatch's output uses look-arounds RE2 lacks), and bounding
 * the input does not help (255^5 steps is still hours).  So globs are compiled
 * here to a Thompson NFA and run by keeping the set of live states: at most
 * (pattern size × path length) steps, whatever the pattern.
 *
 * The syntax is picomatch's for what configurations use: `*`, `?`, `**` as a
 * whole segment (any number of folders, also none), `[a-z]` / `[^…]` / `[!…]`
 * classes with POSIX `[:alpha:]` names, `{a,b}` alternatives (nested, with
 * `/` inside) and `{1..3}` ranges, extglobs `@(…)`, `?(…)`, `*(…)`, `+(…)`,
 * `\` escapes, a leading `!` (negation) and `./`.  Not supported: `!(…)`
 * inside a pattern (a complement: not a regular NFA construction) — an error.
 * Paths are matched as given, relative and normalised (no `.`/`..` segments,
 * no doubled or trailing slash).  With `dot: false` a wildcard does not match
 * the leading `.` of a name (as the shell does).
 */

export class GlobError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GlobError'
  }
}

export interface GlobOptions {
  /** Wildcards match a leading dot (default true). */
  dot?: boolean
  /** Most NFA states the pattern may compile to (default 20,000). */
  maxStates?: number
}

export type Matcher = ((path: string) => boolean) & {states: number}

const SLASH = 47
const DOT = 46

type Pred = (c: number, segmentStart: boolean) => boolean

/** NFA state: consumes one code unit (`pred`), an epsilon split (`alt`), or accepts. */
interface State {
  pred?: Pred
  next: number
  alt: number
}

// ---------------------------------------------------------------- parsing

type Node =
  | {type: 'char'; pred: Pred}
  | {type: 'star'; nonEmpty: boolean}
  | {type: 'globstar'} // `**/`: zero or more whole folders
  | {type: 'tail'} // `/**` at the end: nothing, or `/` and one or more segments
  | {type: 'all'} // a pattern that is only `**`
  | {type: 'alt'; options: Node[][]}
  | {type: 'repeat'; body: Node[][]; min: 0 | 1; max: 1 | -1}

const POSIX: Record<string, (c: number) => boolean> = {
  alnum: (c) => isAlpha(c) || isDigit(c),
  alpha: (c) => isAlpha(c),
  ascii: (c) => c < 128,
  blank: (c) => c === 32 || c === 9,
  cntrl: (c) => c < 32 || c === 127,
  digit: (c) => isDigit(c),
  graph: (c) => c > 32 && c < 127,
  lower: (c) => c >= 97 && c <= 122,
  print: (c) => c >= 32 && c < 127,
  punct: (c) => (c > 32 && c < 48) || (c > 57 && c < 65) || (c > 90 && c < 97) || (c > 122 && c < 127),
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  upper: (c) => c >= 65 && c <= 90,
  word: (c) => isAlpha(c) || isDigit(c) || c === 95,
  xdigit: (c) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

const MAX_RANGE = 1000

class Parser {
  i = 0
  constructor(
    readonly src: string,
    readonly dot: boolean
  ) {}

  /** Wildcards never match `/`, nor (without `dot`) a leading dot. */
  wild(test: (c: number) => boolean): Pred {
    const dot = this.dot
    return (c, start) => c !== SLASH && !(start && !dot && c === DOT) && test(c)
  }

  literal(code: number): Node {
    return {type: 'char', pred: (c) => c === code}
  }

  /** A sequence up to one of `stops` (inside braces or an extglob) or the end. */
  sequence(stops: string): Node[] {
    const out: Node[] = []
    const src = this.src
    while (this.i < src.length) {
      const ch = src[this.i]
      if (stops.includes(ch)) break
      const segmentStart = this.i === 0 || src[this.i - 1] === '/' || (stops !== '' && (src[this.i - 1] === '{' || src[this.i - 1] === ','))
      if (ch === '\\' && this.i + 1 < src.length) {
        out.push(this.literal(src.charCodeAt(this.i + 1)))
        this.i += 2
      } else if (ch === '*' && src[this.i + 1] === '(') {
        out.push(this.extglob(0, -1))
      } else if (ch === '+' && src[this.i + 1] === '(') {
        out.push(this.extglob(1, -1))
      } else if (ch === '@' && src[this.i + 1] === '(') {
        out.push(this.extglob(1, 1))
      } else if (ch === '?' && src[this.i + 1] === '(') {
        out.push(this.extglob(0, 1))
      } else if (ch === '!' && src[this.i + 1] === '(') {
        throw new GlobError('negated extglobs "!(…)" are not supported')
      } else if (ch === '(' && this.closes(this.i, '(', ')')) {
        // picomatch reads a bare group as one of its alternatives.
        out.push(this.extglob(1, 1, 1))
      } else if (ch === '*') {
        let j = this.i
        while (src[j] === '*') j++
        const stars = j - this.i
        const end = j >= src.length || src[j] === '/' || (stops !== '' && stops.includes(src[j]))
        if (stars === 2 && segmentStart && end) {
          if (src[j] === '/') {
            out.push({type: 'globstar'})
            this.i = j + 1
            continue
          }
          const last = out[out.length - 1]
          if (this.i > 0 && src[this.i - 1] === '/' && last?.type === 'char' && stops === '' && j >= src.length) {
            // `a/**`: the folder itself or anything below it.
            out.pop()
            out.push({type: 'tail'})
          } else if (this.i === 0 && j >= src.length) {
            out.push({type: 'all'})
          } else {
            out.push({type: 'globstar'}, {type: 'star', nonEmpty: true})
          }
          this.i = j
          continue
        }
        // A star alone in its segment matches at least one character (picomatch's rule).
        out.push({type: 'star', nonEmpty: segmentStart && end && stops === ''})
        this.i = j
      } else if (ch === '?') {
        out.push({type: 'char', pred: this.wild(() => true)})
        this.i++
      } else if (ch === '[') {
        const node = this.bracket()
        if (node) out.push(node)
        else {
          out.push(this.literal(91))
          this.i++
        }
      } else if (ch === '{') {
        const node = this.brace()
        if (node) out.push(node)
        else {
          out.push(this.literal(123))
          this.i++
        }
      } else {
        out.push(this.literal(src.charCodeAt(this.i)))
        this.i++
      }
    }
    return out
  }

  /** Does the group opened at `at` close (ignoring escaped characters)? */
  closes(at: number, open: string, close: string): boolean {
    let depth = 0
    for (let j = at; j < this.src.length; j++) {
      const ch = this.src[j]
      if (ch === '\\') j++
      else if (ch === open) depth++
      else if (ch === close && --depth === 0) return true
    }
    return false
  }

  extglob(min: 0 | 1, max: 1 | -1, opener = 2): Node {
    const start = this.i
    this.i += opener
    const body: Node[][] = []
    for (;;) {
      body.push(this.sequence('|)'))
      if (this.i >= this.src.length) {
        // Unclosed: the characters stand for themselves.
        this.i = start + 1
        return this.literal(this.src.charCodeAt(start))
      }
      const ch = this.src[this.i++]
      if (ch === ')') break
    }
    return {type: 'repeat', body, min, max}
  }

  bracket(): Node | undefined {
    const src = this.src
    let j = this.i + 1
    let negate = false
    if (src[j] === '!' || src[j] === '^') {
      negate = true
      j++
    }
    const tests: Array<(c: number) => boolean> = []
    let first = true
    while (j < src.length) {
      const ch = src[j]
      if (ch === ']' && !first) break
      first = false
      if (ch === '[' && src[j + 1] === ':') {
        const close = src.indexOf(':]', j + 2)
        const name = close === -1 ? '' : src.slice(j + 2, close)
        const posix = Object.prototype.hasOwnProperty.call(POSIX, name) ? POSIX[name] : undefined
        if (posix) {
          tests.push(posix)
          j = close + 2
          continue
        }
      }
      let lo = src.charCodeAt(j)
      if (ch === '\\' && j + 1 < src.length) {
        j++
        lo = src.charCodeAt(j)
      }
      j++
      if (src[j] === '-' && j + 1 < src.length && src[j + 1] !== ']') {
        let hi = src.charCodeAt(j + 1)
        j += 2
        if (hi === 92 && j < src.length) {
          hi = src.charCodeAt(j)
          j++
        }
        const a = lo
        const b = hi
        tests.push((c) => c >= a && c <= b)
      } else {
        const a = lo
        tests.push((c) => c === a)
      }
    }
    if (j >= src.length) return undefined
    this.i = j + 1
    const any = (c: number): boolean => {
      for (const t of tests) if (t(c)) return true
      return false
    }
    return {type: 'char', pred: this.wild(negate ? (c) => !any(c) : any)}
  }

  brace(): Node | undefined {
    const start = this.i
    const src = this.src
    const close = matching(src, start)
    if (close === -1) return undefined
    const inner = src.slice(start + 1, close)
    const range = /^(-?\d{1,6})\.\.(-?\d{1,6})$/.exec(inner) ?? /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(inner)
    if (range) {
      const numeric = isDigit(range[1].charCodeAt(range[1].length - 1))
      const a = numeric ? Number(range[1]) : range[1].charCodeAt(0)
      const b = numeric ? Number(range[2]) : range[2].charCodeAt(0)
      if (Math.abs(b - a) >= MAX_RANGE) throw new GlobError(`the range {${inner}} has more than ${MAX_RANGE} values`)
      const options: Node[][] = []
      const step = a <= b ? 1 : -1
      for (let v = a; v !== b + step; v += step) {
        const text = numeric ? String(v) : String.fromCharCode(v)
        options.push([...text].map((t) => this.literal(t.charCodeAt(0))))
      }
      this.i = close + 1
      return {type: 'alt', options}
    }
    // picomatch: braces without a comma are literal ("{a}").
    if (!hasTopLevelComma(inner)) return undefined
    this.i = start + 1
    const options: Node[][] = []
    for (;;) {
      options.push(this.sequence(',}'))
      if (this.i >= src.length) break
      if (src[this.i++] === '}') break
    }
    return {type: 'alt', options}
  }
}

function matching(src: string, at: number): number {
  let depth = 0
  for (let j = at; j < src.length; j++) {
    const ch = src[j]
    if (ch === '\\') j++
    else if (ch === '{') depth++
    else if (ch === '}' && --depth === 0) return j
  }
  return -1
}

function hasTopLevelComma(inner: string): boolean {
  let depth = 0
  for (let j = 0; j < inner.length; j++) {
    const ch = inner[j]
    if (ch === '\\') j++
    else if (ch === '{' || ch === '(' || ch === '[') depth++
    else if (ch === '}' || ch === ')' || ch === ']') depth--
    else if (ch === ',' && depth === 0) return true
  }
  return false
}

// ---------------------------------------------------------------- the NFA

class Builder {
  states: State[] = []
  constructor(
    readonly max: number,
    readonly dot: boolean
  ) {}

  add(state: State): number {
    if (this.states.length >= this.max) throw new GlobError(`the pattern is too complex (over ${this.max} states)`)
    this.states.push(state)
    return this.states.length - 1
  }

  split(a: number, b: number): number {
    return this.add({next: a, alt: b})
  }

  /** Compile `nodes` so that they continue at state `next`; returns the first state. */
  seq(nodes: Node[], next: number): number {
    for (let k = nodes.length - 1; k >= 0; k--) next = this.node(nodes[k], next)
    return next
  }

  segmentChar(first: boolean): Pred {
    const dot = this.dot
    return first && !dot ? (c) => c !== SLASH && c !== DOT : (c) => c !== SLASH
  }

  /** One or more segment characters, then `next`. */
  segment(next: number): number {
    const loop = this.split(-1, next)
    const rest = this.add({pred: this.segmentChar(false), next: loop, alt: -1})
    this.states[loop].next = rest
    return this.add({pred: this.segmentChar(true), next: loop, alt: -1})
  }

  node(node: Node, next: number): number {
    switch (node.type) {
      case 'char':
        return this.add({pred: node.pred, next, alt: -1})
      case 'star': {
        const dot = this.dot
        const pred: Pred = (c, start) => c !== SLASH && !(start && !dot && c === DOT)
        const loop = this.split(-1, next)
        const body = this.add({pred, next: loop, alt: -1})
        this.states[loop].next = body
        return node.nonEmpty ? body : loop
      }
      case 'globstar': {
        // ( segment '/' )*
        const loop = this.split(-1, next)
        const slash = this.add({pred: (c) => c === SLASH, next: loop, alt: -1})
        this.states[loop].next = this.segment(slash)
        return loop
      }
      case 'tail': {
        // ( '/' segment )*
        const loop = this.split(-1, next)
        const seg = this.segment(loop)
        this.states[loop].next = this.add({pred: (c) => c === SLASH, next: seg, alt: -1})
        return loop
      }
      case 'all': {
        const loop = this.split(-1, next)
        const seg = this.segment(loop)
        this.states[loop].next = this.add({pred: (c) => c === SLASH, next: seg, alt: -1})
        return seg
      }
      case 'alt': {
        let start = -1
        for (let k = node.options.length - 1; k >= 0; k--) {
          const s = this.seq(node.options[k], next)
          start = start === -1 ? s : this.split(s, start)
        }
        return start === -1 ? next : start
      }
      case 'repeat': {
        // body = alternatives; min 0/1, max 1 or unbounded.
        if (node.max === 1) {
          const body = this.node({type: 'alt', options: node.body}, next)
          return node.min === 0 ? this.split(body, next) : body
        }
        const loop = this.split(-1, next)
        const body = this.node({type: 'alt', options: node.body}, loop)
        this.states[loop].next = body
        return node.min === 0 ? loop : body
      }
    }
  }
}

/** Compile a glob to a matcher that runs in O(states × path length). */
export function compileGlob(pattern: string, options: GlobOptions = {}): Matcher {
  const dot = options.dot ?? true
  let src = pattern
  let negated = false
  while (src.startsWith('!') && src[1] !== '(') {
    negated = !negated
    src = src.slice(1)
  }
  while (src.startsWith('./')) src = src.slice(2)
  const parser = new Parser(src, dot)
  const nodes = parser.sequence('')
  const builder = new Builder(options.maxStates ?? 20_000, dot)
  const accept = builder.add({next: -1, alt: -1})
  const start = builder.seq(nodes, accept)
  const states = builder.states
  const count = states.length
  const mark = new Uint32Array(count)
  let generation = 0
  let current = new Int32Array(count)
  let following = new Int32Array(count)

  // Add a state and everything reachable from it by epsilon moves.
  const stack = new Int32Array(count * 2 + 2)
  const close = (list: Int32Array, size: number, s: number): number => {
    let top = 0
    stack[top++] = s
    while (top > 0) {
      const x = stack[--top]
      if (x < 0 || mark[x] === generation) continue
      mark[x] = generation
      const state = states[x]
      if (state.pred || x === accept) list[size++] = x
      else {
        stack[top++] = state.alt
        stack[top++] = state.next
      }
    }
    return size
  }

  const run = (path: string): boolean => {
    if (++generation === 0xffffffff) {
      mark.fill(0)
      generation = 1
    }
    let size = close(current, 0, start)
    for (let i = 0; i < path.length && size > 0; i++) {
      const c = path.charCodeAt(i)
      const segmentStart = i === 0 || path.charCodeAt(i - 1) === SLASH
      if (++generation === 0xffffffff) {
        mark.fill(0)
        generation = 1
      }
      let nextSize = 0
      for (let k = 0; k < size; k++) {
        const state = states[current[k]]
        if (state.pred && state.pred(c, segmentStart)) nextSize = close(following, nextSize, state.next)
      }
      const swap = current
      current = following
      following = swap
      size = nextSize
    }
    for (let k = 0; k < size; k++) if (current[k] === accept) return true
    return false
  }
  const matcher = ((path: string): boolean => run(path) !== negated) as Matcher
  matcher.states = count
  return matcher
}

/** Does the string use glob syntax (rather than name a file)? */
export function isDynamicPattern(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '\\') i++
    else if (ch === '*' || ch === '?' || ch === '[' || ch === '{' || (ch === '(' && i > 0 && '@+!'.includes(pattern[i - 1]))) return true
    else if (ch === '!' && i === 0) return true
  }
  return false
}

/**
 * Split a pattern into the folder it is rooted in (its leading segments
 * without glob syntax) and the rest: `stories/2024/*.txt` → `stories/2024`,
 * `*.txt`.  `depth` is the number of segments the rest spans, or Infinity
 * when it has `**` (or a `/` inside braces).
 */
export function globBase(pattern: string): {base: string; rest: string; depth: number} {
  const segments = pattern.split('/')
  let k = 0
  while (k < segments.length - 1 && !isDynamicPattern(segments[k])) k++
  let base = segments.slice(0, k).join('/')
  if (pattern.startsWith('/') && base === '') base = '/'
  const rest = segments.slice(k).join('/')
  const deep = rest.includes('**') || slashInGroup(rest)
  return {base: base === '' ? '.' : base, rest, depth: deep ? Infinity : rest.split('/').length}
}

/** Is there a `/` inside braces or parentheses? */
function slashInGroup(pattern: string): boolean {
  let depth = 0
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '\\') i++
    else if (ch === '{' || ch === '(') depth++
    else if ((ch === '}' || ch === ')') && depth > 0) depth--
    else if (ch === '/' && depth > 0) return true
  }
  return false
}
