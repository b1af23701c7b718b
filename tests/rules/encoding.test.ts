/**
 * encoding: mojibake, C1 controls, U+FFFD and "?" for a lost character.  Every
 * case lists the rule's complete findings on its text (the shared case shape
 * of tests/helpers.ts), their severity and what `--fix` makes of the text.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import encoding from '../../plugins/encoding.js'
import {MAC_ROMAN_80_FF, WINDOWS_1252_80_9F, byteToChar} from '../../plugins/data/encoding-codepages.js'
import {garbledForms, mojibakeTable, targetCharacters} from '../../plugins/data/encoding-mojibake.js'
import type {Severity} from '../../plugins/support/rule.js'
import {findingsOf, runAlone, runRule, type Found, type RuleCase} from '../helpers.js'

/**
 * A case in the shared shape (the rule's complete findings on the text), with
 * the severity of all its findings (default: error; guesses are one level
 * lower) and the text after the unattended fixes (default: unchanged).
 */
interface Case extends RuleCase {
  severity?: Severity
  fixed?: string
}

const FATAL = {error: true, warning: false, info: undefined} as const

/** The text with the unattended fixes applied, last first (overlapping ones skipped). */
function applyFixes(text: string, found: Found[]): string {
  let out = text
  let limit = Infinity
  for (const {fix} of [...found].filter((m) => m.fix).sort((a, b) => b.fix!.start - a.fix!.start)) {
    if (fix!.end > limit) continue
    out = out.slice(0, fix!.start) + fix!.text + out.slice(fix!.end)
    limit = fix!.start
  }
  return out
}

describe('encoding', () => {
  const notOk: Case[] = [
    // UTF-8 read as Windows-1252.
    {text: 'The minister said it wasnâ€™t over.', findings: [{line: 1, column: 26, actual: 'â€™', fix: '’'}], fixed: 'The minister said it wasn’t over.'},
    {text: 'He said: â€œWe will stay.', findings: [{line: 1, column: 10, actual: 'â€œ', fix: '“'}], fixed: 'He said: “We will stay.'},
    {text: 'They stayed.â€\u009d Then they left.', findings: [{line: 1, column: 13, actual: 'â€\u009d', fix: '”'}], fixed: 'They stayed.” Then they left.'},
    {text: 'The talks in BogotÃ¡ ended.', findings: [{line: 1, column: 19, actual: 'Ã¡', fix: 'á'}], fixed: 'The talks in Bogotá ended.'},
    {text: 'The coach, Ã‰ric Roy, resigned.', findings: [{line: 1, column: 12, actual: 'Ã‰', fix: 'É'}], fixed: 'The coach, Éric Roy, resigned.'},
    {text: 'The EspaÃ±a squad flew home.', findings: [{line: 1, column: 9, actual: 'Ã±', fix: 'ñ'}], fixed: 'The España squad flew home.'},
    {text: 'SÃ£o Paulo voted.', findings: [{line: 1, column: 2, actual: 'Ã£', fix: 'ã'}], fixed: 'São Paulo voted.'},
    {text: 'Prices rose by Â£5 on Monday.', findings: [{line: 1, column: 16, actual: 'Â£', fix: '£'}], fixed: 'Prices rose by £5 on Monday.'},
    {text: 'It was 25Â°C in Seville.', findings: [{line: 1, column: 10, actual: 'Â°', fix: '°'}], fixed: 'It was 25°C in Seville.'},
    {text: 'The cost: 5â‚¬ a head.', findings: [{line: 1, column: 12, actual: 'â‚¬', fix: '€'}], fixed: 'The cost: 5€ a head.'},
    {text: 'The 1990â€“2000 decade and a pauseâ€”then more.', findings: [{line: 1, column: 9, actual: 'â€“', fix: '–'}, {line: 1, column: 35, actual: 'â€”', fix: '—'}], fixed: 'The 1990–2000 decade and a pause—then more.'},
    {text: 'He paused â€¦ and left.', findings: [{line: 1, column: 11, actual: 'â€¦', fix: '…'}], fixed: 'He paused … and left.'},
    {text: 'The leader of IaÈ™i spoke.', findings: [{line: 1, column: 17, actual: 'È™', fix: 'ș'}], fixed: 'The leader of Iași spoke.'},
    {text: 'The GdaÅ„sk shipyard.', findings: [{line: 1, column: 8, actual: 'Å„', fix: 'ń'}], fixed: 'The Gdańsk shipyard.'},
    // Adjacent forms are one finding.
    {text: 'The cafÃ©â€™s owner.', findings: [{line: 1, column: 8, actual: 'Ã©â€™', fix: 'é’'}], fixed: 'The café’s owner.'},
    // Latin-1 (C1 controls) and a strict decoder (U+FFFD).
    {text: 'It wasnâ\u0080\u0099t over.', findings: [{line: 1, column: 8, actual: 'â\u0080\u0099', fix: '’'}], fixed: 'It wasn’t over.'},
    {text: 'They stayed.â€\ufffd Then they left.', findings: [{line: 1, column: 13, actual: 'â€\ufffd', fix: '”'}]},
    // Twice mis-read.
    {text: 'It wasnÃ¢â‚¬â„¢t over.', findings: [{line: 1, column: 8, actual: 'Ã¢â‚¬â„¢', fix: '’'}], fixed: 'It wasn’t over.'},
    {text: 'The cafÃƒÂ© closed.', findings: [{line: 1, column: 8, actual: 'ÃƒÂ©', fix: 'é'}], fixed: 'The café closed.'},
    // Mac Roman and code page 437.
    {text: 'It wasn‚Äôt over.', findings: [{line: 1, column: 8, actual: '‚Äô', fix: '’'}], fixed: 'It wasn’t over.'},
    {text: 'The caf√© closed.', findings: [{line: 1, column: 8, actual: '√©', fix: 'é'}], fixed: 'The café closed.'},
    {text: 'It wasnΓÇÖt over.', findings: [{line: 1, column: 8, actual: 'ΓÇÖ', fix: '’'}], fixed: 'It wasn’t over.'},
    // Byte order mark, emoji.
    {text: 'ï»¿The council met.', findings: [{line: 1, column: 1, actual: 'ï»¿', fix: ''}], fixed: 'The council met.'},
    {text: 'Fans cheered ðŸ˜€ loudly.', findings: [{line: 1, column: 14, actual: 'ðŸ˜€', fix: '😀'}], fixed: 'Fans cheered 😀 loudly.'},
    // Stray lead bytes.
    {text: 'The fee isÂ high.', findings: [{line: 1, column: 11, actual: 'Â', fix: ''}], fixed: 'The fee is high.'},
    {text: 'The vote ended. Â The count began.', findings: [{line: 1, column: 17, actual: 'Â ', fix: ''}], fixed: 'The vote ended. The count began.'},
    {text: 'The price: Â5 each.', findings: [{line: 1, column: 12, actual: 'Â', fix: ''}], fixed: 'The price: 5 each.'},
    {text: 'We met theÂboard.', findings: [{line: 1, column: 11, actual: 'Â', fix: ' '}]},
    {text: 'The new inforÂmation.', findings: [{line: 1, column: 14, actual: 'Â', fix: ''}]},
    {text: 'They said voilÃ  and left.', findings: [{line: 1, column: 15, actual: 'Ã', fix: 'à'}]},
    {text: 'The coach Ãlvaro Pérez.', findings: [{line: 1, column: 11, actual: 'Ã', fix: 'Á'}]},
    {text: 'They stayed.â€ Then they left.', findings: [{line: 1, column: 13, actual: 'â€', fix: '”'}]},
    // C1 controls: Windows-1252 read as Latin-1.
    {text: 'The firm\u0092s results.', findings: [{line: 1, column: 9, actual: '\u0092', fix: '’'}], fixed: 'The firm’s results.'},
    {text: 'He said \u0093no\u0094 twice.', findings: [{line: 1, column: 9, actual: '\u0093', fix: '“'}, {line: 1, column: 12, actual: '\u0094', fix: '”'}], fixed: 'He said “no” twice.'},
    {text: 'A stray \u0081 byte.', findings: [{line: 1, column: 9, actual: '\u0081', fix: ''}]},
    // U+FFFD.
    {text: 'The vote in Espa\ufffda was close.', findings: [{line: 1, column: 17, actual: '\ufffd'}]},
    {text: 'Talks in Bogot\ufffd and Bogotá.', findings: [{line: 1, column: 15, actual: '\ufffd', fix: 'á'}], fixed: 'Talks in Bogotá and Bogotá.'},
    {text: 'The firm\ufffds results.', findings: [{line: 1, column: 9, actual: '\ufffd', fix: '’'}], fixed: 'The firm’s results.'},
    {text: 'The caf\ufffd\ufffd closed.', findings: [{line: 1, column: 8, actual: '\ufffd\ufffd', fix: 'é'}]},
    {text: '\ufffd', findings: [{line: 1, column: 1, actual: '\ufffd'}]},
    // "?" for a lost character.
    {text: 'The talks resumed on?Monday in Geneva.', findings: [{line: 1, column: 21, actual: '?', fix: ' '}]},
    {text: 'Ministers met the?EU envoy.', findings: [{line: 1, column: 18, actual: '?', fix: ' '}]},
    {text: 'The talks ??with the rebels failed.', findings: [{line: 1, column: 11, actual: '??'}]},
    {text: 'The country?s leaders met.', findings: [{line: 1, column: 12, actual: '?', fix: '’'}], fixed: 'The country’s leaders met.'},
    {text: 'He didn?t say.', findings: [{line: 1, column: 8, actual: '?', fix: '’'}], fixed: 'He didn’t say.'},
    {text: "He didn?t say it's over.", findings: [{line: 1, column: 8, actual: '?', fix: "'"}], fixed: "He didn't say it's over."},
    {text: 'We???ll see.', findings: [{line: 1, column: 3, actual: '???', fix: '’'}], fixed: 'We’ll see.'},
    {text: 'Mr O?Brien spoke.', findings: [{line: 1, column: 5, actual: '?', fix: '’'}], fixed: 'Mr O’Brien spoke.'},
    {text: 'The Côte d?Ivoire team.', findings: [{line: 1, column: 11, actual: '?', fix: '’'}], fixed: 'The Côte d’Ivoire team.'},
    {text: 'The vote in Espa?a was close.', findings: [{line: 1, column: 17, actual: '?'}]},
    {text: 'The caf? was shut.', findings: [{line: 1, column: 8, actual: '?', fix: 'é'}]},
    {text: 'Talks in Bogot? and Bogotá ended.', findings: [{line: 1, column: 15, actual: '?', fix: 'á'}], fixed: 'Talks in Bogotá and Bogotá ended.'},
    {text: 'The well?known writer.', findings: [{line: 1, column: 9, actual: '?', fix: '-'}]},
    {text: 'He asked ?why now? and left.', findings: [{line: 1, column: 10, actual: '?', fix: '“'}, {line: 1, column: 18, actual: '?', fix: '”'}]},
    {text: 'She said the ?reform? was dead.', findings: [{line: 1, column: 14, actual: '?', fix: '“'}, {line: 1, column: 21, actual: '?', fix: '”'}]},
    {text: 'They said ?no going back?.', findings: [{line: 1, column: 11, actual: '?', fix: '“'}, {line: 1, column: 25, actual: '?', fix: '”'}]},
    // Guesses: one level lower.
    {text: 'The talks ? with the rebels failed.', findings: [{line: 1, column: 11, actual: '?', fix: '—'}], severity: 'warning'},
    {text: 'About 5?000 people came.', findings: [{line: 1, column: 8, actual: '?', fix: ','}], severity: 'warning'},
    {text: 'It covers 20?km of coast.', findings: [{line: 1, column: 13, actual: '?', fix: ' '}], severity: 'warning'},
    {text: 'Turnout rose 10?% in May.', findings: [{line: 1, column: 16, actual: '?', fix: ''}], severity: 'warning'},
    {text: 'The COVID?19 wave.', findings: [{line: 1, column: 10, actual: '?', fix: '-'}], severity: 'warning'},
    {text: 'Pages 10?15 were torn.', findings: [{line: 1, column: 9, actual: '?', fix: '–'}], severity: 'warning'},
    // Code-page round trips beyond the table: Cyrillic read as Windows-1252 or 1251, Central European, GBK.
    {text: 'The word Ð¿Ñ€Ð¸Ð²ÐµÑ‚ appeared.', findings: [{line: 1, column: 10, actual: 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚', fix: 'привет'}], fixed: 'The word привет appeared.'},
    {text: 'The Russian РїСЂРёРІРµС‚ greeting.', findings: [{line: 1, column: 13, actual: 'РїСЂРёРІРµС‚', fix: 'привет'}], fixed: 'The Russian привет greeting.'},
    {text: 'Fans in ZĂĽrich cheered.', findings: [{line: 1, column: 10, actual: 'ĂĽ', fix: 'ü'}], fixed: 'Fans in Zürich cheered.'},
    {text: 'It鈥檚 over, he said.', findings: [{line: 1, column: 3, actual: '鈥檚', fix: '’s'}], fixed: 'It’s over, he said.'},
    {text: 'He said 鈥渘o鈥 twice.', findings: [{line: 1, column: 9, actual: '鈥渘', fix: '“n'}, {line: 1, column: 12, actual: '鈥', fix: '’'}], fixed: 'He said “no鈥 twice.'},
    // Shift_JIS: a Han run with half-width katakana, each of which is one byte of the page (decoded on its own when
    // the page's table is built; decoded in one run they were taken as lead and trail bytes, and this read "旕朜").
    {text: 'Shares of 譌･譛ｬ Steel fell.', findings: [{line: 1, column: 11, actual: '譌･譛ｬ', fix: '日本'}], fixed: 'Shares of 日本 Steel fell.'},
    // A letter dropped without a trace: restored from the source-language table (a guess: one level softer).
    {text: 'Officials blamed the contaminacin of the river.', findings: [{line: 1, column: 22, actual: 'contaminacin', fix: 'contaminación'}], severity: 'warning'},
    {text: 'The final communiqu said nothing new.', findings: [{line: 1, column: 11, actual: 'communiqu', fix: 'communiqué'}], severity: 'warning'},
    // … or from the story's own spelling of the word.
    {text: 'Mayor Ana Muñiz spoke first. Later Muiz left the hall.', findings: [{line: 1, column: 36, actual: 'Muiz', fix: 'Muñiz'}], severity: 'warning'},
    // A possessive apostrophe dropped: the story writes the possessive elsewhere.
    {
      text: 'Okonkwo arrived on Monday to cheers.\nSupporters welcomed Okonkwo’s convoy.\nThe crowd chanted Okonkwos name outside.',
      findings: [{line: 3, column: 19, actual: 'Okonkwos name', fix: 'Okonkwo’s name'}],
      severity: 'warning'
    },
    // A dateline dash dropped.
    {text: 'LISBON With the budget passed, ministers turned to pensions.', findings: [{line: 1, column: 1, actual: 'LISBON With', fix: 'LISBON — With'}], severity: 'warning'},
    // Each finding once, never overlapping.
    {text: 'The cafÃ©â€™s owner said it wasnâ€™t on?Monday.', findings: [{line: 1, column: 8, actual: 'Ã©â€™', fix: 'é’'}, {line: 1, column: 33, actual: 'â€™', fix: '’'}, {line: 1, column: 40, actual: '?', fix: ' '}], fixed: 'The café’s owner said it wasn’t on?Monday.'}
  ]

  it.each(notOk)('flags $text', async (c) => {
    expect(await findingsOf('encoding', c)).toEqual(c.findings)
    const found = await runRule('encoding', c.text)
    expect(found.map((m) => m.fatal)).toEqual(found.map(() => FATAL[c.severity ?? 'error']))
    expect(applyFixes(c.text, found)).toBe(c.fixed ?? c.text)
  })

  const ok: string[] = [
    // Real text in other scripts and accents: no round trip decodes it.
    'Real Россия, 北京 and 中华人民共和国, café, Zürich, Kraków, “quoted”—and ‘this’…',
    'Привет мир, sagte er; 東京 und ソウル.',
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
    'Q&A? Sure.',
    // Accents left out on purpose (a plain letter, not a dropped one), typos, names, plurals, datelines with their dash.
    'The Bogota office and Sao Paulo staff met the Zurich team.',
    'He said the guage was broken and the achilles tendon hurt.',
    'Fiat’s dealers sold more Fiats than ever, and Fiat staff cheered.',
    'The Smiths met the Smith’s neighbours; the Smiths left.',
    'LISBON (Reuters) - The budget passed.\nLISBON — With the budget passed, ministers rested.',
    'NEW MAYOR FOR THE CITY: ANA RUIZ',
    // The letter is there, as an entity (markup's finding).
    'The final communiqu&#233; said nothing new.'
  ]

  it.each(ok)('leaves %j alone', async (text) => {
    expect(await findingsOf('encoding', {text})).toEqual([])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(encoding, 'The minister said it wasnâ€™t over in BogotÃ¡.')
    expect(found.map((m) => [m.ruleId, m.actual, m.expected?.[0]])).toEqual([
      ['encoding', 'â€™', '’'],
      ['encoding', 'Ã¡', 'á']
    ])
  })

  it('takes its severity from the options', async () => {
    const found = await runAlone(encoding, 'It wasnâ€™t over; the talks ? with rebels.', {severity: 'warning'})
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
