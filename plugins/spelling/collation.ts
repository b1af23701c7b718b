/**
 * nspell sorts its suggestions with `String#localeCompare` (ties of weight
 * and case: "HUNTSMAN" against "Huntsman").  The first such call in a
 * process sets up ICU's collator, some 8 ms and 100 page faults of a
 * one-story check.  Under an English or POSIX default locale, words of ASCII
 * letters only compare as ICU's root collation orders them, which is
 * computed here directly: by their letters regardless of case first, then,
 * between case variants of one word, lower case before upper case at the
 * first place they differ.  Anything else (another character, another
 * default locale, arguments) goes to `localeCompare` itself.  While nspell
 * suggests (synchronously), `localeCompare` is this function; no package
 * offers a hook into nspell's sort, so it is written by hand.
 * tests/rules/spelling-suggest.test.ts compares it with `localeCompare`.
 */
const LETTERS = /^[A-Za-z]+$/

const original = String.prototype.localeCompare

/** Does this process's default locale collate ASCII letters as ICU's root does? (Read from the environment, as ICU does.) */
function englishDefault(env: NodeJS.ProcessEnv): boolean {
  for (const name of ['LC_ALL', 'LC_COLLATE', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) {
    const value = env[name]
    if (value === undefined || value === '') continue
    if (!/^(?:en|C|POSIX)(?:[_.@:-]|$)/.test(value)) return false
  }
  return true
}

/** ICU root collation order of two words of ASCII letters, or undefined for anything else. */
export function asciiCollation(a: string, b: string): number | undefined {
  if (!LETTERS.test(a) || !LETTERS.test(b)) return undefined
  const la = a.toLowerCase()
  const lb = b.toLowerCase()
  if (la !== lb) return la < lb ? -1 : 1
  for (let i = 0; i < a.length; i++) {
    const ca = a.charCodeAt(i)
    const cb = b.charCodeAt(i)
    // Same letter, another case: lower case first.
    if (ca !== cb) return ca > cb ? -1 : 1
  }
  return 0
}

function fastLocaleCompare(this: string, that: string, ...rest: unknown[]): number {
  if (rest.length === 0) {
    const order = asciiCollation(String(this), String(that))
    if (order !== undefined) return order
  }
  return original.call(this, that, ...(rest as []))
}

let english: boolean | undefined

/** Run `work` (synchronous) with the fast comparison above standing in for `localeCompare`. */
export function withEnglishCollation<T>(work: () => T): T {
  english ??= englishDefault(process.env)
  if (!english) return work()
  // eslint-disable-next-line no-extend-native -- restored below; see the comment at the top
  String.prototype.localeCompare = fastLocaleCompare as typeof original
  try {
    return work()
  } finally {
    String.prototype.localeCompare = original
  }
}
