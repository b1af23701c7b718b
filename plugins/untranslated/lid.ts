/**
 * untranslated, part: language identification of short strings with
 * fastText's lid.176 model (fasttext.wasm.js: WebAssembly, the model inside
 * the npm package; model by Facebook Research, CC BY-SA 3.0, see NOTICE in
 * the README).
 *
 * What it answers: the top language of a string and its probability, and
 * the probability of English.  How it is used: never alone — only to
 * confirm a span that word evidence already picked (words unknown to
 * English, function words or marks of another language, a label's shape),
 * with names left out of its input.
 *
 * Loading: nothing happens until a candidate needs it.  The model loads
 * asynchronously (about 0.4 s, once per process); `ready()` says whether it
 * is there, `load()` starts it and resolves when it is (or failed: then the
 * rule falls back to its word evidence).  Prediction itself is synchronous.
 * The package is required at run time through `createRequire`, so the CLI
 * bundle never inlines it: it finds its own .wasm and model files.
 */
import {createRequire} from 'node:module'

interface Vector {
  size(): number
  get(i: number): [number, string]
  delete?(): void
}
interface FastTextModel {
  predict(text: string, k: number, threshold: number): Vector
}
interface LidModule {
  getLIDModel(): Promise<{load(): Promise<FastTextModel>}>
}

let model: FastTextModel | undefined
let state: 'idle' | 'pending' | 'loaded' | 'failed' = 'idle'
let pending: Promise<void> | undefined

/** The model is loaded: `identify` answers. */
export function ready(): boolean {
  return state === 'loaded'
}

/** Loading failed (or is impossible here): judge by word evidence alone. */
export function unavailable(): boolean {
  return state === 'failed'
}

/** Load the model (once per process); resolves when it is loaded or failed. */
export function load(): Promise<void> {
  if (pending) return pending
  state = 'pending'
  pending = (async () => {
    try {
      const mod = createRequire(import.meta.url)('fasttext.wasm.js') as LidModule
      const lid = await mod.getLIDModel()
      model = await lid.load()
      state = 'loaded'
    } catch {
      state = 'failed'
    }
  })()
  return pending
}

export interface Identified {
  /** Top language (fastText's code: "es", "pt", "nl", …). */
  lang: string
  /** Its probability. */
  p: number
  /** Probability of English. */
  en: number
}

const SPACES = /\s+/g

/** Strings identified so far in this process (for measurements). */
export let identified = 0

/** The language of a string (the model must be `ready()`). */
export function identify(text: string): Identified {
  if (!model) return {lang: 'und', p: 0, en: 0}
  identified++
  const vector = model.predict(text.replace(SPACES, ' ').trim(), 5, 0)
  let lang = 'und'
  let p = 0
  let en = 0
  try {
    for (let i = 0; i < vector.size(); i++) {
      const [prob, label] = vector.get(i)
      const code = label.startsWith('__label__') ? label.slice(9) : label
      if (i === 0) {
        lang = code
        p = prob
      }
      if (code === 'en') en = prob
    }
  } finally {
    vector.delete?.()
  }
  return {lang, p, en}
}

/** English names of the languages lid.176 reports most for our sources. */
const NAMES: Record<string, string> = {
  es: 'Spanish', pt: 'Portuguese', fr: 'French', it: 'Italian', de: 'German', nl: 'Dutch', ro: 'Romanian',
  id: 'Indonesian', ms: 'Malay', tr: 'Turkish', hu: 'Hungarian', pl: 'Polish', cs: 'Czech', sk: 'Slovak',
  sv: 'Swedish', da: 'Danish', no: 'Norwegian', nb: 'Norwegian', fi: 'Finnish', ca: 'Catalan', gl: 'Galician',
  hr: 'Croatian', sl: 'Slovene', sr: 'Serbian', bs: 'Bosnian', lt: 'Lithuanian', lv: 'Latvian', et: 'Estonian',
  vi: 'Vietnamese', tl: 'Tagalog', sq: 'Albanian', az: 'Azerbaijani', uz: 'Uzbek', af: 'Afrikaans', la: 'Latin',
  eu: 'Basque', ru: 'Russian', uk: 'Ukrainian', ar: 'Arabic', fa: 'Persian', zh: 'Chinese', ja: 'Japanese',
  ko: 'Korean', th: 'Thai', he: 'Hebrew', el: 'Greek', hy: 'Armenian', ka: 'Georgian', hi: 'Hindi'
}

/** The English name of a language code, or undefined when we have none. */
export function languageName(code: string): string | undefined {
  return NAMES[code]
}
