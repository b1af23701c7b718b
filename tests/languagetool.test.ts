/**
 * The LanguageTool-compatible endpoint: the mapping functions on their own
 * (rule ids, annotated `data`, offsets), then `POST /v2/check` on a real
 * server, validated against the response shape of LanguageTool's HTTP API v2
 * as its documentation describes it (written out below as a JSON schema).
 */
import fs from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LT_ALIASES, ltRuleId, mapSpan, parseData, plainText, ruleFromLtId, RULE_INFO} from '../pipeline/serve/languagetool.js'
import {RULES} from '../pipeline/core/rules.js'
import {postForm, root, startServe, type ServerProcess} from './serve-helpers.js'

// The documented response of POST /v2/check (LanguageTool HTTP API v2).
const responseSchema = {
  type: 'object',
  required: ['software', 'language', 'matches'],
  properties: {
    software: {
      type: 'object',
      required: ['name', 'version', 'buildDate', 'apiVersion'],
      properties: {name: {type: 'string'}, version: {type: 'string'}, buildDate: {type: 'string'}, apiVersion: {type: 'integer'}, premium: {type: 'boolean'}, status: {type: 'string'}}
    },
    warnings: {type: 'object', properties: {incompleteResults: {type: 'boolean'}}},
    language: {
      type: 'object',
      required: ['name', 'code', 'detectedLanguage'],
      properties: {
        name: {type: 'string'},
        code: {type: 'string'},
        detectedLanguage: {type: 'object', required: ['name', 'code'], properties: {name: {type: 'string'}, code: {type: 'string'}}}
      }
    },
    matches: {
      type: 'array',
      items: {
        type: 'object',
        required: ['message', 'offset', 'length', 'replacements', 'context', 'sentence', 'rule'],
        properties: {
          message: {type: 'string'},
          shortMessage: {type: 'string'},
          offset: {type: 'integer', minimum: 0},
          length: {type: 'integer', minimum: 0},
          replacements: {type: 'array', items: {type: 'object', required: ['value'], properties: {value: {type: 'string'}}}},
          context: {
            type: 'object',
            required: ['text', 'offset', 'length'],
            properties: {text: {type: 'string'}, offset: {type: 'integer'}, length: {type: 'integer'}}
          },
          sentence: {type: 'string'},
          type: {type: 'object', properties: {typeName: {type: 'string'}}},
          rule: {
            type: 'object',
            required: ['id', 'description', 'category'],
            properties: {
              id: {type: 'string', pattern: '^[A-Z0-9_]+$'},
              description: {type: 'string'},
              issueType: {type: 'string'},
              urls: {type: 'array', items: {type: 'object', required: ['value'], properties: {value: {type: 'string'}}}},
              category: {type: 'object', required: ['id', 'name'], properties: {id: {type: 'string', pattern: '^[A-Z_]+$'}, name: {type: 'string'}}}
            }
          }
        }
      }
    }
  }
}

const validate = new Ajv({allErrors: true, strict: false}).compile(responseSchema)

function expectShape(json: unknown): void {
  const ok = validate(json)
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([])
  expect(ok).toBe(true)
}

/** Apply matches' first replacements (when offered), last first, as a LanguageTool client does. */
function applyFirst(text: string, matches: any[], only?: (m: any) => boolean): string {
  const chosen = matches.filter((m) => m.replacements.length > 0 && (!only || only(m))).sort((a, b) => b.offset - a.offset)
  let out = text
  let limit = Infinity
  for (const m of chosen) {
    if (m.offset + m.length > limit) continue
    out = out.slice(0, m.offset) + m.replacements[0].value + out.slice(m.offset + m.length)
    limit = m.offset
  }
  return out
}

const sample = fs.readFileSync(path.join(root, 'samples/es-peru-runoff.txt'), 'utf8')

describe('mapping (no server)', () => {
  it('gives every rule an upper-case id, a category and an issue type, and reads ids back', () => {
    for (const {meta} of RULES) {
      const id = ltRuleId(meta.id)
      expect(id).toMatch(/^[A-Z_]+$/)
      expect(ruleFromLtId(id)).toBe(meta.id)
      expect(ruleFromLtId(meta.id)).toBe(meta.id)
      expect(RULE_INFO[meta.id], meta.id).toBeDefined()
    }
    expect(ruleFromLtId('merged_words')).toBe('merged-words')
    expect(ruleFromLtId('MORFOLOGIK_RULE_EN_US')).toBe('spelling')
    expect(ruleFromLtId('NO_SUCH_RULE')).toBeUndefined()
    for (const target of Object.values(LT_ALIASES)) expect(RULES.some((r) => r.meta.id === target)).toBe(true)
  })

  it('maps checked offsets back into annotated text, around markup', () => {
    const doc = parseData(
      JSON.stringify({annotation: [{text: 'Voters in '}, {markup: '<b>'}, {text: 'Limaand'}, {markup: '</b>'}, {text: ' Cusco'}, {markup: '<p>', interpretAs: '\n\n'}, {text: 'Next.'}]})
    )
    expect(doc.text).toBe('Voters in Limaand Cusco\n\nNext.')
    expect(doc.original).toBe('Voters in <b>Limaand</b> Cusco<p>Next.')
    const s = doc.text.indexOf('Limaand')
    const span = mapSpan(doc, s, s + 7)
    expect(doc.original.slice(span.start, span.end)).toBe('Limaand')
    expect(span.crossesMarkup).toBe(false)
    // A span over the stand-in of <p> covers the markup itself.
    const p = doc.text.indexOf('\n\n')
    const over = mapSpan(doc, p, p + 2)
    expect(doc.original.slice(over.start, over.end)).toBe('<p>')
    expect(over.crossesMarkup).toBe(true)
    // A span from text across the empty stand-in of </b> includes it.
    const across = mapSpan(doc, s, s + 10)
    expect(doc.original.slice(across.start, across.end)).toBe('Limaand</b> Cu')
    expect(across.crossesMarkup).toBe(true)
    // Zero-length spans and spans at the ends stay in range.
    expect(mapSpan(doc, 0, 0)).toMatchObject({start: 0, end: 0})
    const end = mapSpan(doc, doc.text.length, doc.text.length)
    expect(end.start).toBe(doc.original.length)
    expect(mapSpan(plainText('abc'), 1, 2)).toMatchObject({start: 1, end: 2, crossesMarkup: false})
  })

  it('rejects malformed data', () => {
    expect(() => parseData('{')).toThrow(/Could not parse JSON/)
    expect(() => parseData('{"annotation": 3}')).toThrow(/annotation/)
    expect(() => parseData('{"annotation": [{"text": "a", "markup": "b"}]}')).toThrow(/either 'text' or 'markup'/)
    expect(() => parseData('{"annotation": [{"markup": "b", "interpretAs": 3}]}')).toThrow(/interpretAs/)
    expect(parseData('{"annotation": []}').text).toBe('')
  })
})

let server: ServerProcess
const check = (params: Record<string, string>) => postForm(`${server.url}/v2/check`, params)

beforeAll(async () => {
  server = await startServe()
})

afterAll(async () => {
  await server?.stop()
})

describe('POST /v2/check', () => {
  it('answers in the documented shape, with offsets into the text', async () => {
    const r = await check({text: sample, language: 'en-US'})
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain('application/json')
    expectShape(r.json)
    expect(r.json.language).toMatchObject({code: 'en-US', name: 'English (US)', detectedLanguage: {code: 'en-US'}})
    const merged = r.json.matches.find((m: any) => m.rule.id === 'MERGED_WORDS')
    expect(sample.slice(merged.offset, merged.offset + merged.length)).toBe('Limaand')
    expect(merged.rule.category).toEqual({id: 'TYPOS', name: 'Possible Typo'})
    expect(merged.rule.issueType).toBe('misspelling')
    expect(merged.replacements.map((x: any) => x.value)).toEqual(['Lima and'])
    expect(merged.context.text.slice(merged.context.offset, merged.context.offset + merged.context.length)).toBe('Limaand')
    expect(merged.sentence).toContain('former mayor of Limaand a rural schoolteacher')
    const spacing = r.json.matches.find((m: any) => m.rule.id === 'PUNCTUATION_SPACING')
    expect(spacing.rule.category.id).toBe('TYPOGRAPHY')
    expect(spacing.replacements).toEqual([{value: '.'}])
    // Information-level findings only with level=picky.
    expect(r.json.matches.some((m: any) => m.rule.id === 'CALQUE')).toBe(false)
  })

  it('covers a whole-line fix so that applying the replacement removes the line', async () => {
    const text = 'The talks ended late on Friday.\n#Talks #Geneva #Diplomacy\nMore talks are planned.\n'
    const r = await check({text, language: 'en'})
    const tags = r.json.matches.find((m: any) => m.rule.id === 'HASHTAGS')
    expect(tags.replacements).toEqual([{value: ''}])
    expect(applyFirst(text, [tags])).toBe('The talks ended late on Friday.\nMore talks are planned.\n')
  })

  it('counts offsets in UTF-16 code units, as LanguageTool does', async () => {
    const text = 'The café served 120 guests 😀 on Friday . Then it closed.'
    const r = await check({text, language: 'en-GB'})
    const spacing = r.json.matches.find((m: any) => m.rule.id === 'PUNCTUATION_SPACING')
    expect(spacing.offset).toBe(text.indexOf(' .'))
    // Code points would give one less: the emoji is two UTF-16 code units.
    expect([...text.slice(0, spacing.offset)].length).toBe(spacing.offset - 1)
    expect(applyFirst(text, r.json.matches)).toBe('The café served 120 guests 😀 on Friday. Then it closed.')
  })

  it('checks the text parts of `data` and points into the original document', async () => {
    const data = {
      annotation: [
        {text: 'Voters in '},
        {markup: '<b>'},
        {text: 'Limaand'},
        {markup: '</b>'},
        {text: ' Cusco went to the polls on Sunday .'},
        {markup: '<br/>', interpretAs: '\n'},
        {text: '#Peru #Vote #Runoff'}
      ]
    }
    const original = data.annotation.map((p) => p.text ?? p.markup).join('')
    const r = await check({data: JSON.stringify(data), language: 'en-US'})
    expect(r.status).toBe(200)
    expectShape(r.json)
    const byRule = (id: string) => r.json.matches.find((m: any) => m.rule.id === id)
    const merged = byRule('MERGED_WORDS')
    expect(original.slice(merged.offset, merged.offset + merged.length)).toBe('Limaand')
    const spacing = byRule('PUNCTUATION_SPACING')
    expect(original.slice(spacing.offset, spacing.offset + spacing.length)).toBe(' .')
    // The hashtag line's fix would also delete the line break before it, which is
    // markup here: the match points at the tags and offers no replacement.
    const tags = byRule('HASHTAGS')
    expect(original.slice(tags.offset, tags.offset + tags.length)).toBe('#Peru #Vote #Runoff')
    expect(tags.replacements).toEqual([])
    // No markup was taken for prose: nothing flags "<b>" or "<br/>".
    for (const m of r.json.matches) expect(original.slice(m.offset, m.offset + m.length)).not.toMatch(/^<|<b>|<br/)
    // Applying the offered replacements never touches markup.
    const fixed = applyFirst(original, r.json.matches, (m) => m.rule.id === 'PUNCTUATION_SPACING')
    expect(fixed).toBe('Voters in <b>Limaand</b> Cusco went to the polls on Sunday.<br/>#Peru #Vote #Runoff')
  })

  it('takes rule and category switches, by our ids or LanguageTool-style ids', async () => {
    const text = 'Voters in Limaand went to the polls . Turnout was high.\n#Peru #Vote #Runoff\n'
    const ids = async (params: Record<string, string>) => ((await check({text, language: 'en-US', ...params})).json.matches as any[]).map((m) => m.rule.id).sort()
    expect(await ids({})).toEqual(['HASHTAGS', 'MERGED_WORDS', 'PUNCTUATION_SPACING'])
    expect(await ids({disabledRules: 'HASHTAGS,merged-words'})).toEqual(['PUNCTUATION_SPACING'])
    expect(await ids({disabledCategories: 'TYPOS'})).toEqual(['HASHTAGS', 'PUNCTUATION_SPACING'])
    expect(await ids({enabledRules: 'HASHTAGS', enabledOnly: 'true'})).toEqual(['HASHTAGS'])
    expect(await ids({enabledCategories: 'TYPOGRAPHY', enabledOnly: 'true'})).toEqual(['PUNCTUATION_SPACING'])
    // Unknown ids (a LanguageTool rule wirelint does not have) are ignored.
    expect(await ids({disabledRules: 'UPPERCASE_SENTENCE_START,NO_SUCH_RULE'})).toEqual(['HASHTAGS', 'MERGED_WORDS', 'PUNCTUATION_SPACING'])
    // LanguageTool's spelling rule id switches our spelling rule.
    const spelt = 'The goverment said on Monday that talks would resume.'
    const withSpelling = (await check({text: spelt, language: 'en-US'})).json.matches.map((m: any) => m.rule.id)
    expect(withSpelling).toContain('SPELLING')
    const spellingMatch = (await check({text: spelt, language: 'en-US'})).json.matches.find((m: any) => m.rule.id === 'SPELLING')
    expect(spellingMatch.type.typeName).toBe('UnknownWord')
    const without = (await check({text: spelt, language: 'en-US', disabledRules: 'MORFOLOGIK_RULE_EN_US'})).json.matches.map((m: any) => m.rule.id)
    expect(without).not.toContain('SPELLING')
  })

  it('adds information-level findings with level=picky or when their rule is enabled by name', async () => {
    const text = 'Observers deployed monitors across the region this Sunday, officials said.'
    expect((await check({text, language: 'en-US'})).json.matches).toEqual([])
    const picky = await check({text, language: 'en-US', level: 'picky'})
    expect(picky.json.matches.map((m: any) => m.rule.id)).toEqual(['CALQUE'])
    expect(picky.json.matches[0].rule.category.id).toBe('STYLE')
    const named = await check({text, language: 'en-US', enabledRules: 'CALQUE'})
    expect(named.json.matches.map((m: any) => m.rule.id)).toEqual(['CALQUE'])
  })

  it('accepts and ignores the parameters it does not support', async () => {
    const r = await check({
      text: 'The talks ended . Then.',
      language: 'auto',
      username: 'someone@example.org',
      apiKey: 'abc',
      motherTongue: 'es',
      preferredVariants: 'en-GB',
      dicts: 'x',
      mode: 'allButTextLevelOnly',
      allowIncompleteResults: 'true',
      useragent: 'test'
    })
    expect(r.status).toBe(200)
    expectShape(r.json)
    expect(r.json.language.code).toBe('en-US')
    expect(r.json.matches.map((m: any) => m.rule.id)).toEqual(['PUNCTUATION_SPACING'])
  })

  it('answers bad requests with 400 and a plain-text "Error:" message, like LanguageTool', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{text: 'Hallo Welt.', language: 'de-DE'}, /'de-DE' is not a language code wirelint supports/],
      [{text: 'Hello.'}, /Missing 'language' parameter/],
      [{language: 'en-US'}, /Missing 'text' or 'data' parameter/],
      [{data: '{', language: 'en-US'}, /Could not parse JSON from 'data'/],
      [{text: 'Hello.', language: 'en-US', enabledOnly: 'true'}, /enabledRules/]
    ]
    for (const [params, message] of cases) {
      const r = await check(params)
      expect(r.status, JSON.stringify(params)).toBe(400)
      expect(r.text).toMatch(/^Error: /)
      expect(r.text).toMatch(message)
    }
  })

  it('also answers GET with query parameters, and multipart forms', async () => {
    const q = new URLSearchParams({text: 'The talks ended . Then.', language: 'en-US'})
    const res = await fetch(`${server.url}/v2/check?${q}`)
    expect(res.status).toBe(200)
    const json = (await res.json()) as any
    expectShape(json)
    expect(json.matches).toHaveLength(1)
    const form = new FormData()
    form.set('text', 'The talks ended . Then.')
    form.set('language', 'en-US')
    const multi = await fetch(`${server.url}/v2/check`, {method: 'POST', body: form})
    expect(((await multi.json()) as any).matches).toHaveLength(1)
  })
})

describe('GET /v2/languages', () => {
  it('lists the English variants in LanguageTool’s shape', async () => {
    const res = await fetch(`${server.url}/v2/languages`)
    const list = (await res.json()) as any[]
    expect(list.length).toBeGreaterThan(1)
    for (const l of list) expect(l).toEqual({name: expect.any(String), code: 'en', longCode: expect.stringMatching(/^en(-[A-Z]{2})?$/)})
    expect(list.map((l) => l.longCode)).toEqual(expect.arrayContaining(['en-US', 'en-GB']))
  })
})
