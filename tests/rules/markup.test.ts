import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import markup from '../../plugins/markup.js'
import {runAlone, runRule, type Found} from '../helpers.js'

const apply = (text: string, m: Found): string => text.slice(0, m.fix!.start) + m.fix!.text + text.slice(m.fix!.end)

describe('markup', () => {
  // [text, line, column, actual, first expected candidate, text after the fix (undefined: no unattended fix)]
  const notOk: Array<[string, number, number, string, string, string | undefined]> = [
    // Tags.
    ['<p>The council met on Monday.', 1, 1, '<p>', '', 'The council met on Monday.'],
    ['The council met on Monday.</p>', 1, 27, '</p>', '', 'The council met on Monday.'],
    ['The council met on Monday.</P>', 1, 27, '</P>', '', 'The council met on Monday.'],
    ['Rates rose.<br>Shares fell.', 1, 12, '<br>', ' ', 'Rates rose. Shares fell.'],
    ['Rates rose. <br /> Shares fell.', 1, 13, '<br />', '', 'Rates rose. Shares fell.'],
    ['Rates rose.<BR/>Shares fell.', 1, 12, '<BR/>', ' ', 'Rates rose. Shares fell.'],
    ['The <strong>new</strong> law passed.', 1, 5, '<strong>', '', 'The new</strong> law passed.'],
    ['Read <a href="https://example.com/a?b=1">the report</a> now.', 1, 6, '<a href="https://example.com/a?b=1">', '', 'Read the report</a> now.'],
    ['See <img src="/photos/harbour.jpg" alt="The harbour">here.', 1, 5, '<img src="/photos/harbour.jpg" alt="The harbour">', '', 'See here.'],
    ['Watch <video controls> tonight.', 1, 7, '<video controls>', '', 'Watch tonight.'],
    ['<DIV class="story">Prices rose.', 1, 1, '<DIV class="story">', '', 'Prices rose.'],
    ['Prices rose.<o:p></o:p>', 1, 13, '<o:p>', '', 'Prices rose.</o:p>'],
    ['Prices rose. <!-- ad slot 4 --> Then fell.', 1, 14, '<!-- ad slot 4 -->', '', 'Prices rose. Then fell.'],
    ['<!DOCTYPE html>', 1, 1, '<!DOCTYPE html>', '', ''],
    ['Text.<script type="text/javascript">var a = 1;</script> More.', 1, 6, '<script type="text/javascript">var a = 1;</script>', '', 'Text. More.'],
    ['<style>p { color: red; }</style>The report.', 1, 1, '<style>p { color: red; }</style>', '', 'The report.'],
    ['Costs <?php echo $price; ?> rose.', 1, 7, '<?php echo $price; ?>', '', 'Costs rose.'],
    // Entities.
    ['She opened a caf&#233; in Lyon.', 1, 17, '&#233;', 'é', 'She opened a café in Lyon.'],
    ['The firm&#x2019;s results.', 1, 9, '&#x2019;', '’', 'The firm’s results.'],
    ['The firm&#146;s results.', 1, 9, '&#146;', '’', 'The firm’s results.'],
    ['Tickets cost &pound;20.', 1, 14, '&pound;', '£', 'Tickets cost £20.'],
    ['Marks &amp; Spencer rose.', 1, 7, '&amp;', '&', 'Marks & Spencer rose.'],
    ['Mr&nbsp;Smith spoke.', 1, 3, '&nbsp;', '\u00a0', 'Mr\u00a0Smith spoke.'],
    ['The Pok&eacute;mon deal.', 1, 8, '&eacute;', 'é', 'The Pokémon deal.'],
    ['A caf&amp;#233; opened.', 1, 6, '&amp;#233;', 'é', 'A café opened.'],
    ['Rights &copy 2024 reserved.', 1, 8, '&copy', '©', 'Rights © 2024 reserved.'],
    ['A &quot;fair&quot; deal.', 1, 3, '&quot;', '"', 'A "fair&quot; deal.'],
    ['Line one&#10;line two.', 1, 9, '&#10;', ' ', 'Line one line two.'],
    ['Bad&#0; byte.', 1, 4, '&#0;', '', 'Bad byte.'],
    ['He wrote &lt;p&gt; twice.', 1, 10, '&lt;p&gt;', '', 'He wrote twice.'],
    ['He wrote &lt;a href=&quot;/x&quot;&gt;here.', 1, 10, '&lt;a href=&quot;/x&quot;&gt;', '', 'He wrote here.'],
    ['It was fine. br /&gt;', 1, 14, 'br /&gt;', '', 'It was fine.'],
    ['She was sad :-&lt;(', 1, 15, '&lt;', '<', 'She was sad :-<('],
    // Two candidates ("’" is likelier than "¿"): no unattended fix.
    ['The minister&#191;s plan.', 1, 13, '&#191;', '’', undefined],
    // Script.
    ['The vote passed.\ngoogletag.cmd.push(function() { googletag.display("ad-1"); });', 2, 1, 'googletag.cmd.push(function() { googletag.display("ad-1"); });', '', 'The vote passed.'],
    ['window.dataLayer = window.dataLayer || [];\nThe vote passed.', 1, 1, 'window.dataLayer = window.dataLayer || [];', '', 'The vote passed.'],
    ['(adsbygoogle = window.adsbygoogle || []).push({});', 1, 1, '(adsbygoogle = window.adsbygoogle || []).push({});', '', ''],
    ["var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1']);", 1, 1, "var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1']);", '', ''],
    ["fbq('track', 'PageView');", 1, 1, "fbq('track', 'PageView');", '', ''],
    ["function gtag(){dataLayer.push(arguments);} gtag('js', new Date());", 1, 1, "function gtag(){dataLayer.push(arguments);} gtag('js', new Date());", '', ''],
    // Code inside a prose line: flagged, not deleted unattended.
    ['The vote passed. document.write("<b>x</b>"); Then it ended.', 1, 18, 'document.write("<b>x</b>");', '', undefined],
    // Shortcodes.
    ['[caption id="attachment_12" align="alignnone" width="300"] The harbour.', 1, 1, '[caption id="attachment_12" align="alignnone" width="300"]', '', 'The harbour.'],
    ['The harbour at dawn.[/caption]', 1, 21, '[/caption]', '', 'The harbour at dawn.'],
    ['[embed]https://example.com/v/1[/embed]', 1, 1, '[embed]', '', 'https://example.com/v/1[/embed]'],
    ['Photos: [gallery ids="4,5,6"]', 1, 9, '[gallery ids="4,5,6"]', '', 'Photos:'],
    ['[video src="clip.mp4"] The clip.', 1, 1, '[video src="clip.mp4"]', '', 'The clip.'],
    ['Listen: [audio] now.', 1, 9, '[audio]', '', 'Listen: now.'],
    ['[playlist ids="1,2"]', 1, 1, '[playlist ids="1,2"]', '', ''],
    ['[youtube https://www.youtube.com/watch?v=abc] The clip.', 1, 1, '[youtube https://www.youtube.com/watch?v=abc]', '', 'The clip.'],
    ['[vc_row]The text.', 1, 1, '[vc_row]', '', 'The text.']
  ]

  it.each(notOk)('flags %j', async (text, line, column, actual, fix, fixed) => {
    const found = await runRule('markup', text)
    const hit = found.find((m) => m.line === line && m.column === column)
    expect(hit, JSON.stringify(found)).toBeDefined()
    expect(hit!.ruleId).toBe('markup')
    expect(hit!.actual).toBe(actual)
    expect(hit!.expected?.[0]).toBe(fix)
    expect(hit!.fatal).toBe(true)
    if (fixed === undefined) expect(hit!.fix).toBeUndefined()
    else expect(apply(text, hit!)).toBe(fixed)
  })

  it('reports one finding per tag and per entity', async () => {
    const found = await runRule('markup', '<p>A caf&#233; &amp; a bar.</p>')
    expect(found.map((m) => m.actual)).toEqual(['<p>', '&#233;', '&amp;', '</p>'])
  })

  it('reports a whole <script> block once, whatever it holds', async () => {
    const found = await runRule('markup', '<script>googletag.cmd.push(function() { document.write("<b>&amp;</b>"); });</script>')
    expect(found).toHaveLength(1)
  })

  it('flags upper-case bare tags only when the document has definite markup', async () => {
    expect(await runRule('markup', 'Shares of Acme <B> and <I> rose.')).toEqual([])
    const found = await runRule('markup', 'Shares of <B>Acme</B> rose.\nIts unit <I> fell.')
    expect(found.map((m) => [m.line, m.column, m.actual])).toEqual([
      [1, 11, '<B>'],
      [1, 18, '</B>'],
      [2, 10, '<I>']
    ])
  })

  it.each([
    // Reuters tickers and company names in angle brackets.
    'Shares of BankAmerica Corp <BAC> rose.',
    'It sold one mln shares to <Lindqvist Holdings N.V.> of Basel.',
    'Interstate Bancorp <I> agreed; <U> and <S> and <B> and <MAP> followed.',
    'BIDDER FOR ACMEWARE<ACM> EMERGES',
    'The deal with <Time Inc> and <Data General Corp> closed.',
    'Banks <SMBS ST> and <VOLV ST> gained.',
    // Maths, hearts, arrows.
    'If a < b > c then the claim holds.',
    'Fans sent <3 to the team and wrote x<y.',
    'Output <= 5 and <<< nothing >>> here; -- > not a comment.',
    'Sizes are <10 mm and >20 mm.',
    // Ampersands that are not references.
    'AT&T, S&P 500, Q&A, R&D, M&S and the A&E; unit.',
    'Johnson&Johnson; P&G; B&B; & more',
    'Fees of 5& and &c. and &ampersand and &copyright.',
    '#233 votes and &#; marks and &#x; too.',
    // Editorial brackets and Markdown links.
    'He said [sic] the plan [the budget] would pass.',
    'Watch the [video shows the crowd] clip, or [Video] and [Gallery].',
    'See [video](https://example.com/v) and [audio][1].',
    'He said [embed this] is not a shortcode, nor [caption this].',
    // Script names in prose.
    'Google Analytics, the dataLayer and googletag were discussed.',
    'The function of the window was to push the data layer (see below).'
  ])('stays silent on %j', async (text) => {
    expect(await runRule('markup', text)).toEqual([])
  })

  it('accepts configured words and extra shortcodes', async () => {
    expect(await runRule('markup', 'Use <br> here.', {}, {words: ['<br>']})).toEqual([])
    expect(await runRule('markup', '[myembed id="3"] here.')).toEqual([])
    const found = await runRule('markup', '[myembed id="3"] here.', {shortcodes: ['myembed']})
    expect(found.map((m) => m.actual)).toEqual(['[myembed id="3"]'])
  })

  it('works alone after retext-english', async () => {
    const found = await runAlone(markup, 'A caf&#233;.\n\n<p>Text</p>')
    expect(found.map((m) => [m.ruleId, m.line, m.column, m.actual])).toEqual([
      ['markup', 1, 6, '&#233;'],
      ['markup', 3, 1, '<p>'],
      ['markup', 3, 8, '</p>']
    ])
  })

  it.each([
    ['10,000 "<"', '<'.repeat(10_000)],
    ['an unterminated "<p" repeated', '<p class="x" '.repeat(5_000)],
    ['"<p" without end', 'Text <p' + ' word'.repeat(20_000)],
    ['100,000 "&"', '&'.repeat(100_000)],
    ['"&#" runs', '&#'.repeat(30_000) + '1'.repeat(30_000)],
    ['"&lt;p" runs', '&lt;p '.repeat(10_000)],
    ['"&lt;p" then far "&gt;"', '&lt;p ' + 'x'.repeat(50_000) + '&gt;'],
    ['"[" runs', '['.repeat(10_000) + '[caption '.repeat(5_000)],
    ['comments without end', '<!--'.repeat(10_000)],
    ['script openers without end', '<script>'.repeat(5_000)],
    ['fingerprints', 'googletag.cmd x '.repeat(5_000)],
    ['a 5,000-character token', 'a'.repeat(5_000) + '&' + 'b'.repeat(5_000)],
    ['escaped tails', 'br /&gt;'.repeat(10_000)]
  ])('stays linear and does not throw on %s', async (_name, text) => {
    const t0 = performance.now()
    const found = await runRule('markup', text)
    expect(performance.now() - t0).toBeLessThan(5_000)
    expect(found.every((m) => m.ruleId === 'markup')).toBe(true)
  })

  it('never throws and reports what is written, on random markup-like text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('<', '>', '/', '&', ';', '#', 'x', '2', '3', '[', ']', 'p', 'br', 'amp', 'caption', ' ', '=', '"', '\n', '!--', '-->', 'script'), {maxLength: 40}),
        async (parts) => {
          const text = parts.join('')
          const found = await runRule('markup', text)
          const lines = text.split('\n')
          for (const m of found) {
            expect(m.ruleId).toBe('markup')
            const line = lines[m.line! - 1]
            expect(line.slice(m.column! - 1).startsWith(m.actual!.split('\n')[0])).toBe(true)
          }
        }
      ),
      {numRuns: 200}
    )
  })
})
