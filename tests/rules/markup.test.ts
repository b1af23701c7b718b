/**
 * markup: tags, entities, leaked script and shortcodes.  Every case lists the
 * rule's complete findings on its text (the shared case shape of
 * tests/helpers.ts) and what `--fix` makes of the text.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import markup from '../../plugins/markup.js'
import {findingsOf, runAlone, runRule, type Found, type RuleCase} from '../helpers.js'

/** A case in the shared shape (all findings are errors), with the text after the unattended fixes (default: unchanged). */
interface Case extends RuleCase {
  fixed?: string
}

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

describe('markup', () => {
  const notOk: Case[] = [
    // Tags.
    {text: '<p>The council met on Monday.', findings: [{line: 1, column: 1, actual: '<p>', fix: ''}], fixed: 'The council met on Monday.'},
    {text: 'The council met on Monday.</p>', findings: [{line: 1, column: 27, actual: '</p>', fix: ''}], fixed: 'The council met on Monday.'},
    {text: 'The council met on Monday.</P>', findings: [{line: 1, column: 27, actual: '</P>', fix: ''}], fixed: 'The council met on Monday.'},
    {text: 'Rates rose.<br>Shares fell.', findings: [{line: 1, column: 12, actual: '<br>', fix: ' '}], fixed: 'Rates rose. Shares fell.'},
    {text: 'Rates rose. <br /> Shares fell.', findings: [{line: 1, column: 13, actual: '<br />', fix: ''}], fixed: 'Rates rose. Shares fell.'},
    {text: 'Rates rose.<BR/>Shares fell.', findings: [{line: 1, column: 12, actual: '<BR/>', fix: ' '}], fixed: 'Rates rose. Shares fell.'},
    {text: 'The <strong>new</strong> law passed.', findings: [{line: 1, column: 5, actual: '<strong>', fix: ''}, {line: 1, column: 16, actual: '</strong>', fix: ''}], fixed: 'The new law passed.'},
    {text: 'Read <a href="https://example.com/a?b=1">the report</a> now.', findings: [{line: 1, column: 6, actual: '<a href="https://example.com/a?b=1">', fix: ''}, {line: 1, column: 52, actual: '</a>', fix: ''}], fixed: 'Read the report now.'},
    {text: 'See <img src="/photos/harbour.jpg" alt="The harbour">here.', findings: [{line: 1, column: 5, actual: '<img src="/photos/harbour.jpg" alt="The harbour">', fix: ''}], fixed: 'See here.'},
    {text: 'Watch <video controls> tonight.', findings: [{line: 1, column: 7, actual: '<video controls>', fix: ''}], fixed: 'Watch tonight.'},
    {text: '<DIV class="story">Prices rose.', findings: [{line: 1, column: 1, actual: '<DIV class="story">', fix: ''}], fixed: 'Prices rose.'},
    {text: 'Prices rose.<o:p></o:p>', findings: [{line: 1, column: 13, actual: '<o:p>', fix: ''}, {line: 1, column: 18, actual: '</o:p>', fix: ''}], fixed: 'Prices rose.'},
    {text: 'Prices rose. <!-- ad slot 4 --> Then fell.', findings: [{line: 1, column: 14, actual: '<!-- ad slot 4 -->', fix: ''}], fixed: 'Prices rose. Then fell.'},
    {text: '<!DOCTYPE html>', findings: [{line: 1, column: 1, actual: '<!DOCTYPE html>', fix: ''}], fixed: ''},
    {text: 'Text.<script type="text/javascript">var a = 1;</script> More.', findings: [{line: 1, column: 6, actual: '<script type="text/javascript">var a = 1;</script>', fix: ''}], fixed: 'Text. More.'},
    {text: '<style>p { color: red; }</style>The report.', findings: [{line: 1, column: 1, actual: '<style>p { color: red; }</style>', fix: ''}], fixed: 'The report.'},
    {text: 'Costs <?php echo $price; ?> rose.', findings: [{line: 1, column: 7, actual: '<?php echo $price; ?>', fix: ''}], fixed: 'Costs rose.'},
    // Entities.
    {text: 'She opened a caf&#233; in Lyon.', findings: [{line: 1, column: 17, actual: '&#233;', fix: 'é'}], fixed: 'She opened a café in Lyon.'},
    {text: 'The firm&#x2019;s results.', findings: [{line: 1, column: 9, actual: '&#x2019;', fix: '’'}], fixed: 'The firm’s results.'},
    {text: 'The firm&#146;s results.', findings: [{line: 1, column: 9, actual: '&#146;', fix: '’'}], fixed: 'The firm’s results.'},
    {text: 'Tickets cost &pound;20.', findings: [{line: 1, column: 14, actual: '&pound;', fix: '£'}], fixed: 'Tickets cost £20.'},
    {text: 'Marks &amp; Spencer rose.', findings: [{line: 1, column: 7, actual: '&amp;', fix: '&'}], fixed: 'Marks & Spencer rose.'},
    {text: 'Mr&nbsp;Smith spoke.', findings: [{line: 1, column: 3, actual: '&nbsp;', fix: '\u00a0'}], fixed: 'Mr\u00a0Smith spoke.'},
    {text: 'The Pok&eacute;mon deal.', findings: [{line: 1, column: 8, actual: '&eacute;', fix: 'é'}], fixed: 'The Pokémon deal.'},
    {text: 'A caf&amp;#233; opened.', findings: [{line: 1, column: 6, actual: '&amp;#233;', fix: 'é'}], fixed: 'A café opened.'},
    {text: 'Rights &copy 2024 reserved.', findings: [{line: 1, column: 8, actual: '&copy', fix: '©'}], fixed: 'Rights © 2024 reserved.'},
    {text: 'A &quot;fair&quot; deal.', findings: [{line: 1, column: 3, actual: '&quot;', fix: '"'}, {line: 1, column: 13, actual: '&quot;', fix: '"'}], fixed: 'A "fair" deal.'},
    {text: 'Line one&#10;line two.', findings: [{line: 1, column: 9, actual: '&#10;', fix: ' '}], fixed: 'Line one line two.'},
    {text: 'Bad&#0; byte.', findings: [{line: 1, column: 4, actual: '&#0;', fix: ''}], fixed: 'Bad byte.'},
    {text: 'He wrote &lt;p&gt; twice.', findings: [{line: 1, column: 10, actual: '&lt;p&gt;', fix: ''}], fixed: 'He wrote twice.'},
    {text: 'He wrote &lt;a href=&quot;/x&quot;&gt;here.', findings: [{line: 1, column: 10, actual: '&lt;a href=&quot;/x&quot;&gt;', fix: ''}], fixed: 'He wrote here.'},
    {text: 'It was fine. br /&gt;', findings: [{line: 1, column: 14, actual: 'br /&gt;', fix: ''}], fixed: 'It was fine.'},
    {text: 'She was sad :-&lt;(', findings: [{line: 1, column: 15, actual: '&lt;', fix: '<'}], fixed: 'She was sad :-<('},
    // Two candidates ("’" is likelier than "¿"): no unattended fix.
    {text: 'The minister&#191;s plan.', findings: [{line: 1, column: 13, actual: '&#191;', fix: '’'}]},
    // Script.
    {text: 'The vote passed.\ngoogletag.cmd.push(function() { googletag.display("ad-1"); });', findings: [{line: 2, column: 1, actual: 'googletag.cmd.push(function() { googletag.display("ad-1"); });', fix: ''}], fixed: 'The vote passed.'},
    {text: 'window.dataLayer = window.dataLayer || [];\nThe vote passed.', findings: [{line: 1, column: 1, actual: 'window.dataLayer = window.dataLayer || [];', fix: ''}], fixed: 'The vote passed.'},
    {text: '(adsbygoogle = window.adsbygoogle || []).push({});', findings: [{line: 1, column: 1, actual: '(adsbygoogle = window.adsbygoogle || []).push({});', fix: ''}], fixed: ''},
    {text: "var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1']);", findings: [{line: 1, column: 1, actual: "var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1']);", fix: ''}], fixed: ''},
    {text: "fbq('track', 'PageView');", findings: [{line: 1, column: 1, actual: "fbq('track', 'PageView');", fix: ''}], fixed: ''},
    {text: "function gtag(){dataLayer.push(arguments);} gtag('js', new Date());", findings: [{line: 1, column: 1, actual: "function gtag(){dataLayer.push(arguments);} gtag('js', new Date());", fix: ''}], fixed: ''},
    // Code inside a prose line: flagged, not deleted unattended.
    {text: 'The vote passed. document.write("<b>x</b>"); Then it ended.', findings: [{line: 1, column: 18, actual: 'document.write("<b>x</b>");', fix: ''}]},
    // Shortcodes.
    {text: '[caption id="attachment_12" align="alignnone" width="300"] The harbour.', findings: [{line: 1, column: 1, actual: '[caption id="attachment_12" align="alignnone" width="300"]', fix: ''}], fixed: 'The harbour.'},
    {text: 'The harbour at dawn.[/caption]', findings: [{line: 1, column: 21, actual: '[/caption]', fix: ''}], fixed: 'The harbour at dawn.'},
    {text: '[embed]https://example.com/v/1[/embed]', findings: [{line: 1, column: 1, actual: '[embed]', fix: ''}, {line: 1, column: 31, actual: '[/embed]', fix: ''}], fixed: 'https://example.com/v/1'},
    {text: 'Photos: [gallery ids="4,5,6"]', findings: [{line: 1, column: 9, actual: '[gallery ids="4,5,6"]', fix: ''}], fixed: 'Photos:'},
    {text: '[video src="clip.mp4"] The clip.', findings: [{line: 1, column: 1, actual: '[video src="clip.mp4"]', fix: ''}], fixed: 'The clip.'},
    {text: 'Listen: [audio] now.', findings: [{line: 1, column: 9, actual: '[audio]', fix: ''}], fixed: 'Listen: now.'},
    {text: '[playlist ids="1,2"]', findings: [{line: 1, column: 1, actual: '[playlist ids="1,2"]', fix: ''}], fixed: ''},
    {text: '[youtube https://www.youtube.com/watch?v=abc] The clip.', findings: [{line: 1, column: 1, actual: '[youtube https://www.youtube.com/watch?v=abc]', fix: ''}], fixed: 'The clip.'},
    {text: '[vc_row]The text.', findings: [{line: 1, column: 1, actual: '[vc_row]', fix: ''}], fixed: 'The text.'},
    // One finding per tag and per entity; a whole <script> block once, whatever it holds.
    {text: '<p>A caf&#233; &amp; a bar.</p>', findings: [{line: 1, column: 1, actual: '<p>', fix: ''}, {line: 1, column: 9, actual: '&#233;', fix: 'é'}, {line: 1, column: 16, actual: '&amp;', fix: '&'}, {line: 1, column: 28, actual: '</p>', fix: ''}], fixed: 'A café & a bar.'},
    {text: '<script>googletag.cmd.push(function() { document.write("<b>&amp;</b>"); });</script>', findings: [{line: 1, column: 1, actual: '<script>googletag.cmd.push(function() { document.write("<b>&amp;</b>"); });</script>', fix: ''}], fixed: ''},
    // Upper-case bare tags only when the document has definite markup.
    {text: 'Shares of <B>Acme</B> rose.\nIts unit <I> fell.', findings: [{line: 1, column: 11, actual: '<B>', fix: ''}, {line: 1, column: 18, actual: '</B>', fix: ''}, {line: 2, column: 10, actual: '<I>', fix: ''}], fixed: 'Shares of Acme rose.\nIts unit fell.'},
    // Leaked template code, by shape.
    {text: 'Connecting to %s', findings: [{line: 1, column: 15, actual: '%s', fix: ''}]},
    {text: 'Dear {{first_name}}, the vote is on {0}.', findings: [{line: 1, column: 6, actual: '{{first_name}}', fix: ''}, {line: 1, column: 37, actual: '{0}', fix: ''}]},
    {text: '[ad_2]\nThe council met.', findings: [{line: 1, column: 1, actual: '[ad_2]', fix: ''}]},
    {text: '- Advertisement -td_module_title', findings: [{line: 1, column: 18, actual: 'td_module_title', fix: ''}]},
    {text: 'Write to the editor at [email\u00a0protected] today.', findings: [{line: 1, column: 24, actual: '[email\u00a0protected]', fix: ''}]},
    {text: 'The talks ended. ** The statement followed.', findings: [{line: 1, column: 18, actual: '**', fix: ''}], fixed: 'The talks ended. The statement followed.'},
    {text: 'It was **the** answer.', findings: [{line: 1, column: 8, actual: '**the**', fix: 'the'}], fixed: 'It was the answer.'},
    // Extra shortcode names from the options.
    {text: '[myembed id="3"] here.', options: {shortcodes: ['myembed']}, findings: [{line: 1, column: 1, actual: '[myembed id="3"]', fix: ''}], fixed: 'here.'}
  ]

  it.each(notOk)('flags $text', async (c) => {
    expect(await findingsOf('markup', c)).toEqual(c.findings)
    const found = await runRule('markup', c.text, c.options)
    expect(found.map((m) => m.fatal)).toEqual(found.map(() => true))
    expect(applyFixes(c.text, found)).toBe(c.fixed ?? c.text)
  })

  it.each([
    // Percentages, footnote marks, powers, section breaks, addresses and handles are not template code.
    'Turnout was 50%, and 7%d of it… no: 7% did.',
    'The survey** said so, and 2**10 is 1024.',
    '* * *',
    '***',
    'Write to jane_doe@example.com or see https://example.com/a_b.',
    'Follow @news_desk for updates.',
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
    'The function of the window was to push the data layer (see below).',
    // Upper-case bare tags without definite markup in the document.
    'Shares of Acme <B> and <I> rose.',
    // A shortcode name that is not configured.
    '[myembed id="3"] here.'
  ])('stays silent on %j', async (text) => {
    expect(await findingsOf('markup', {text})).toEqual([])
  })

  it('accepts configured words', async () => {
    expect(await runRule('markup', 'Use <br> here.', {}, {words: ['<br>']})).toEqual([])
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
