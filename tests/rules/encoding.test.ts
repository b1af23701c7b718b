import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import encoding from '../../plugins/encoding.js'
import {MAC_ROMAN_80_FF, WINDOWS_1252_80_9F, byteToChar} from '../../plugins/data/encoding-codepages.js'
import {garbledForms, mojibakeTable, targetCharacters} from '../../plugins/data/encoding-mojibake.js'
import {runAlone, runRule, type Found} from '../helpers.js'

const apply = (text: string, m: Found): string => text.slice(0, m.fix!.start) + m.fix!.text + text.slice(m.fix!.end)

describe('encoding', () => {
  // [text, line, column, actual, first expected candidate (undefined: none), text after the fix (undefined: no unattended fix), fatal]
  const notOk: Array<[string, number, number, string, string | undefined, string | undefined, boolean]> = [
    // UTF-8 read as Windows-1252.
    ['The minister said it wasnâ€™t over.', 1, 26, 'â€™', '’', 'The minister said it wasn’t over.', true],
    ['He said: â€œWe will stay.', 1, 10, 'â€œ', '“', 'He said: “We will stay.', true],
    ['They stayed.â€\u009d Then they left.', 1, 13, 'â€\u009d', '”', 'They stayed.” Then they left.', true],
    ['The talks in BogotÃ¡ ended.', 1, 19, 'Ã¡', 'á', 'The talks in Bogotá ended.', true],
    ['The coach, Ã‰ric Roy, resigned.', 1, 12, 'Ã‰', 'É', 'The coach, Éric Roy, resigned.', true],
    ['The EspaÃ±a squad flew home.', 1, 9, 'Ã±', 'ñ', 'The España squad flew home.', true],
    ['SÃ£o Paulo voted.', 1, 2, 'Ã£', 'ã', 'São Paulo voted.', true],
    ['Prices rose by Â£5 on Monday.', 1, 16, 'Â£', '£', 'Prices rose by £5 on Monday.', true],
    ['It was 25Â°C in Seville.', 1, 10, 'Â°', '°', 'It was 25°C in Seville.', true],
    ['The cost: 5â‚¬ a head.', 1, 12, 'â‚¬', '€', 'The cost: 5€ a head.', true],
    ['The 1990â€“2000 decade and a pauseâ€”then more.', 1, 9, 'â€“', '–', 'The 1990–2000 decade and a pauseâ€”then more.', true],
    ['The 1990â€“2000 decade and a pauseâ€”then more.', 1, 35, 'â€”', '—', 'The 1990â€“2000 decade and a pause—then more.', true],
    ['He paused â€¦ and left.', 1, 11, 'â€¦', '…', 'He paused … and left.', true],
    ['The leader of IaÈ™i spoke.', 1, 17, 'È™', 'ș', 'The leader of Iași spoke.', true],
    ['The GdaÅ„sk shipyard.', 1, 8, 'Å„', 'ń', 'The Gdańsk shipyard.', true],
    // Adjacent forms are one finding.
    ['The cafÃ©â€™s owner.', 1, 8, 'Ã©â€™', 'é’', 'The café’s owner.', true],
    // Latin-1 (C1 controls) and a strict decoder (U+FFFD).
    ['It wasn\u00e2\u0080\u0099t over.', 1, 8, '\u00e2\u0080\u0099', '’', 'It wasn’t over.', true],
    ['They stayed.â€\ufffd Then they left.', 1, 13, 'â€\ufffd', '”', undefined, true],
    // Twice mis-read.
    ['It wasnÃ¢â‚¬â„¢t over.', 1, 8, 'Ã¢â‚¬â„¢', '’', 'It wasn’t over.', true],
    ['The cafÃƒÂ© closed.', 1, 8, 'ÃƒÂ©', 'é', 'The café closed.', true],
    // Mac Roman and code page 437.
    ['It wasn‚Äôt over.', 1, 8, '‚Äô', '’', 'It wasn’t over.', true],
    ['The caf√© closed.', 1, 8, '√©', 'é', 'The café closed.', true],
    ['It wasnΓÇÖt over.', 1, 8, 'ΓÇÖ', '’', 'It wasn’t over.', true],
    // Byte order mark, emoji.
    ['ï»¿The council met.', 1, 1, 'ï»¿', '', 'The council met.', true],
    ['Fans cheered ðŸ˜€ loudly.', 1, 14, 'ðŸ˜€', '😀', 'Fans cheered 😀 loudly.', true],
    // Stray lead bytes.
    ['The fee isÂ high.', 1, 11, 'Â', '', 'The fee is high.', true],
    ['The vote ended. Â The count began.', 1, 17, 'Â ', '', 'The vote ended. The count began.', true],
    ['The price: Â5 each.', 1, 12, 'Â', '', 'The price: 5 each.', true],
    ['We met theÂboard.', 1, 11, 'Â', ' ', undefined, true],
    ['The new inforÂmation.', 1, 14, 'Â', '', undefined, true],
    ['They said voilÃ  and left.', 1, 15, 'Ã', 'à', undefined, true],
    ['The coach Ãlvaro Pérez.', 1, 11, 'Ã', 'Á', undefined, true],
    ['They stayed.â€ Then they left.', 1, 13, 'â€', '”', undefined, true],
    // C1 controls: Windows-1252 read as Latin-1.
    ['The firm\u0092s results.', 1, 9, '\u0092', '’', 'The firm’s results.', true],
    ['He said \u0093no\u0094 twice.', 1, 9, '\u0093', '“', 'He said “no\u0094 twice.', true],
    ['A stray \u0081 byte.', 1, 9, '\u0081', '', undefined, true],
    // U+FFFD.
    ['The vote in Espa\ufffda was close.', 1, 17, '\ufffd', undefined, undefined, true],
    ['Talks in Bogot\ufffd and Bogotá.', 1, 15, '\ufffd', 'á', 'Talks in Bogotá and Bogotá.', true],
    ['The firm\ufffds results.', 1, 9, '\ufffd', '’', 'The firm’s results.', true],
    ['The caf\ufffd\ufffd closed.', 1, 8, '\ufffd\ufffd', 'é', undefined, true],
    ['\ufffd', 1, 1, '\ufffd', undefined, undefined, true],
    // "?" for a lost character.
    ['The talks resumed on?Monday in Geneva.', 1, 21, '?', ' ', undefined, true],
    ['Ministers met the?EU envoy.', 1, 18, '?', ' ', undefined, true],
    ['The talks ??with the rebels failed.', 1, 11, '??', undefined, undefined, true],
    ['The country?s leaders met.', 1, 12, '?', '’', 'The country’s leaders met.', true],
    ['He didn?t say.', 1, 8, '?', '’', 'He didn’t say.', true],
    ["He didn?t say it's over.", 1, 8, '?', "'", "He didn't say it's over.", true],
    ['We???ll see.', 1, 3, '???', '’', 'We’ll see.', true],
    ['Mr O?Brien spoke.', 1, 5, '?', '’', 'Mr O’Brien spoke.', true],
    ['The Côte d?Ivoire team.', 1, 11, '?', '’', 'The Côte d’Ivoire team.', true],
    ['The vote in Espa?a was close.', 1, 17, '?', undefined, undefined, true],
    ['The caf? was shut.', 1, 8, '?', 'é', undefined, true],
    ['Talks in Bogot? and Bogotá ended.', 1, 15, '?', 'á', 'Talks in Bogotá and Bogotá ended.', true],
    ['The well?known writer.', 1, 9, '?', '-', undefined, true],
    ['He asked ?why now? and left.', 1, 10, '?', '“', undefined, true],
    ['He asked ?why now? and left.', 1, 18, '?', '”', undefined, true],
    ['She said the ?reform? was dead.', 1, 14, '?', '“', undefined, true],
    ['She said the ?reform? was dead.', 1, 21, '?', '”', undefined, true],
    ['They said ?no going back?.', 1, 25, '?', '”', undefined, true],
    // Guesses: one level lower.
    ['The talks ? with the rebels failed.', 1, 11, '?', '—', undefined, false],
    ['About 5?000 people came.', 1, 8, '?', ',', undefined, false],
    ['It covers 20?km of coast.', 1, 13, '?', ' ', undefined, false],
    ['Turnout rose 10?% in May.', 1, 16, '?', '', undefined, false],
    ['The COVID?19 wave.', 1, 10, '?', '-', undefined, false],
    ['Pages 10?15 were torn.', 1, 9, '?', '–', undefined, false]
  ]

  it.each(notOk)('flags %j', async (text, line, column, actual, first, fixed, fatal) => {
    const found = await runRule('encoding', text)
    const hit = found.find((m) => m.line === line && m.column === column)
    expect(hit, JSON.stringify(found)).toBeDefined()
    expect(hit!.ruleId).toBe('encoding')
    expect(hit!.actual).toBe(actual)
    expect(hit!.expected?.[0]).toBe(first)
    expect(hit!.fatal).toBe(fatal)
    if (fixed === undefined) expect(hit!.fix).toBeUndefined()
    else expect(apply(text, hit!)).toBe(fixed)
  })

  const ok: string[] = [
    // Real question marks.
    'Why? Nobody knew.',
    '“Will it hold?” he asked.',
    'Will it hold? he wondered aloud.',
    'Really?! Then he left.',
    'What now??? Nobody answered.',
    'Was it fair?No, said the coach.',
    'Who could blame them?They had waited for years.',
    'The show What Hi-Fi? returns.',
    'Is it Go? Yes.',
    'Did the talks fail (again?) or not?',
    'Quo vadis? The answer came later.',
    'Who is Obama? A senator.',
    'Who won in Quito? The left.',
    // URLs and query strings.
    'See https://example.com/search?q=vote&lang=en for the results.',
    'Read example.com/page?id=3 today.',
    'The form at www.example.org/form?x=1 was closed.',
    // Real accented text.
    'The São Paulo and Bogotá offices of Nestlé reported to Zürich.',
    'ÂGE TENDRE and NÃO were the titles; Ângela Merkel and Âge spoke.',
    'The ROMÂNIA team and the CÂMARA voted.',
    'The poster read “IRMÃ” in red.',
    'The sign said “HÄ” and “PRÊT».',
    'The naïve château owner in Île-de-France met Åsa and Øystein.',
    'The leaders of Iași, Gdańsk, Łódź and İzmir met in Brașov.',
    'È un giorno and Così è; PERCHÉ? asked the poster.',
    'Prices were ≈£5 and √2 was cited; ƒ/2.8 lenses sold.',
    '“Quotes” — dashes – and ellipses… are fine; so is 25°C and £5 and 5€.',
    '¿Qué pasa? asked the banner, in Spanish.',
    'The U.S. team won 6-1, 4-6 at 10.30pm, the ’90s style.',
    '',
    '?',
    'Q&A? Sure.'
  ]

  it.each(ok)('leaves %j alone', async (text) => {
    expect(await runRule('encoding', text)).toEqual([])
  })

  it('reports each finding once and never overlaps', async () => {
    const found = await runRule('encoding', 'The cafÃ©â€™s owner said it wasnâ€™t on?Monday.')
    expect(found.map((m) => m.actual)).toEqual(['Ã©â€™', 'â€™', '?'])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(encoding, 'The minister said it wasnâ€™t over in BogotÃ¡.')
    expect(found.map((m) => [m.ruleId, m.actual, m.expected?.[0]])).toEqual([
      ['encoding', 'â€™', '’'],
      ['encoding', 'Ã¡', 'á']
    ])
  })

  it('takes its severity from the options', async () => {
    const found = await runAlone(encoding, 'It wasnâ€™t over; the talks ? with rebels.', {severity: 'warn'})
    expect(found.map((m) => [m.actual, m.fatal])).toEqual([
      ['â€™', false],
      ['?', false]
    ])
    const info = await runAlone(encoding, 'It wasnâ€™t over.', {severity: 'info'})
    expect(info.map((m) => m.fatal)).toEqual([undefined])
  })

  it('does not throw or stall on hostile input', async () => {
    const inputs = [
      '?'.repeat(100_000),
      'a?'.repeat(30_000),
      'Ã'.repeat(50_000),
      'â€'.repeat(30_000),
      '\ufffd'.repeat(50_000),
      'x'.repeat(5_000) + '?' + 'y'.repeat(5_000),
      ' ?'.repeat(30_000) + 'a',
      '\u0092'.repeat(20_000)
    ]
    for (const text of inputs) {
      const t0 = Date.now()
      await runRule('encoding', text)
      expect(Date.now() - t0).toBeLessThan(8_000)
    }
  }, 90_000)

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({unit: fc.constantFrom('a', 'A', ' ', '?', 'Ã', 'Â', 'â', '€', '™', '©', '\ufffd', '\u0092', 'ð', 'Ÿ', '˜', '.', '\n', '1'), maxLength: 60}), async (text) => {
        const found = await runRule('encoding', text)
        for (const m of found) expect(m.ruleId).toBe('encoding')
      }),
      {numRuns: 150}
    )
  })
})

describe('encoding tables', () => {
  it('has the Windows-1252 and Mac Roman code pages right', () => {
    // Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1, so check against the WHATWG index by hand.
    const known: Record<number, string> = {
      0x80: '€', 0x82: '‚', 0x85: '…', 0x8a: 'Š', 0x8c: 'Œ', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”',
      0x96: '–', 0x97: '—', 0x99: '™', 0x9c: 'œ', 0x9f: 'Ÿ', 0x81: '\u0081', 0x9d: '\u009d'
    }
    for (const [b, ch] of Object.entries(known)) expect(byteToChar('windows-1252', Number(b))).toBe(ch)
    expect(WINDOWS_1252_80_9F).toHaveLength(32)
    for (let b = 0xa0; b <= 0xff; b++) expect(byteToChar('windows-1252', b)).toBe(String.fromCharCode(b))
    expect(byteToChar('latin-1', 0x92)).toBe('\u0092')
    expect(MAC_ROMAN_80_FF).toHaveLength(128)
    expect([byteToChar('mac-roman', 0x80), byteToChar('mac-roman', 0xa5), byteToChar('mac-roman', 0xd5), byteToChar('mac-roman', 0xdb)]).toEqual(['Ä', '•', '’', '€'])
    let mac: string | undefined
    try {
      mac = new TextDecoder('macintosh').decode(Uint8Array.from({length: 128}, (_, k) => 0x80 + k))
    } catch {
      mac = undefined // Node without full ICU.
    }
    if (mac !== undefined && mac[0] === 'Ä') expect(mac).toBe(MAC_ROMAN_80_FF)
    expect(byteToChar('cp437', 0xe2)).toBe('Γ')
  })

  it('decodes every garbled form back to its character', () => {
    const table = mojibakeTable()
    expect(table.forms.get('â€™')).toBe('’')
    expect(table.forms.get('Ã©')).toBe('é')
    expect(table.forms.get('Â\u00a0')).toBe('\u00a0')
    expect(table.forms.get('ΓÇ£')).toBe('“')
    const invisible = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])
    let checked = 0
    for (const char of targetCharacters()) {
      // The Windows-1252 form (first) always decodes back; the others do unless a likelier reading owns them.
      const [first, ...rest] = garbledForms(char)
      expect(table.forms.get(first), JSON.stringify(first)).toBe(invisible.has(char) ? '' : char)
      for (const form of rest) {
        const fix = table.forms.get(form)
        if (fix === undefined || fix === char || fix === '') continue
        const owner = targetCharacters().find((c) => c === fix)
        expect(owner && garbledForms(owner).slice(0, 3).includes(form), JSON.stringify(form)).toBe(true)
      }
      checked++
    }
    expect(checked).toBe(targetCharacters().length)
    expect(checked).toBeGreaterThan(300)
  })

  it('has no mojibake form that starts with ASCII (the scanner skips ASCII other than "?")', () => {
    const table = mojibakeTable()
    for (const lead of table.leads) expect(lead.charCodeAt(0), JSON.stringify(lead)).toBeGreaterThanOrEqual(0x80)
    for (const form of table.forms.keys()) expect(form.charCodeAt(0), JSON.stringify(form)).toBeGreaterThanOrEqual(0x80)
  })

  it('leaves out only forms whose character is ambiguous', () => {
    const table = mojibakeTable()
    // Only forms with a replaced undefined byte can belong to two characters.
    for (const form of table.conflicts) expect(form).toMatch(/\ufffd/)
    // A clash between code pages goes to Windows-1252: "Ã®" is "î", not a Mac Roman combining ogonek.
    expect(table.forms.get('Ã®')).toBe('î')
    expect(table.forms.has('Ã\ufffd')).toBe(false)
    for (const form of table.forms.keys()) expect(form).not.toMatch(/^\s/)
  })
})
