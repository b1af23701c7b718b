/**
 * Tables of the `markup` rule: HTML element names, boolean attributes,
 * WordPress shortcodes and fingerprints of leaked page script.
 * (Named character references are in markup-entities.ts.)
 */

/**
 * HTML element names, lower case.
 *
 * Source: WHATWG HTML Living Standard, "Index of elements"
 * (https://html.spec.whatwg.org/multipage/indices.html#elements-3), plus the
 * obsolete elements of section 16.2 "Non-conforming features" that old CMS
 * templates still emit (<font>, <center>, <tt>, <strike> …), and the embedded
 * roots <svg> and <math>.
 */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set([
  // Current elements.
  'a', 'abbr', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi', 'bdo', 'blockquote',
  'body', 'br', 'button', 'canvas', 'caption', 'cite', 'code', 'col', 'colgroup', 'data', 'datalist',
  'dd', 'del', 'details', 'dfn', 'dialog', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr',
  'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li', 'link', 'main', 'map',
  'mark', 'menu', 'meta', 'meter', 'nav', 'noscript', 'object', 'ol', 'optgroup', 'option', 'output',
  'p', 'picture', 'pre', 'progress', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'script', 'search',
  'section', 'select', 'slot', 'small', 'source', 'span', 'strong', 'style', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr',
  'track', 'u', 'ul', 'var', 'video', 'wbr',
  // Embedded content roots.
  'svg', 'math',
  // Obsolete, non-conforming elements (section 16.2).
  'acronym', 'applet', 'basefont', 'bgsound', 'big', 'blink', 'center', 'dir', 'font', 'frame',
  'frameset', 'image', 'isindex', 'keygen', 'listing', 'marquee', 'menuitem', 'multicol', 'nextid',
  'nobr', 'noembed', 'noframes', 'param', 'plaintext', 'rb', 'rtc', 'spacer', 'strike', 'tt', 'xmp'
])

/**
 * Prefixed element names that office software leaves in pasted HTML.
 *
 * Source: Microsoft Office HTML and XML Reference (the "o:" Office and "w:"
 * Word namespaces of "Save as Web Page" output), and the Open Graph /
 * Facebook XFBML embed tags.
 */
export const PREFIXED_ELEMENTS: ReadonlySet<string> = new Set([
  'o:p', 'w:sdt', 'w:wrap', 'v:shape', 'v:imagedata', 'fb:like', 'fb:comments', 'fb:share-button'
])

/**
 * Elements whose removal between two words needs a space: line breaks and
 * blocks.  Removing an inline element ("<b>", "<a>", "<span>") leaves its
 * neighbours as they are.
 *
 * Source: WHATWG HTML Living Standard, the "flow content that is not phrasing
 * content" of section 3.2.5.2, plus the void elements <br>, <hr>, <wbr>, <img>.
 */
export const BREAKING_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'img', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'iframe',
  'video', 'audio', 'picture', 'embed', 'object'
])

/**
 * Elements whose content is code, not copy: "<script> … </script>" and
 * "<style> … </style>" are reported (and deleted) as one block.
 *
 * Source: WHATWG HTML Living Standard, 13.1.2 "raw text elements".
 */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style'])

/**
 * Boolean attributes that may stand without "=" in a lower-case tag
 * ("<video controls>").  Anything else without "=" ("<Time Inc>", a Reuters
 * company name in angle brackets) is not read as an attribute.
 *
 * Source: WHATWG HTML Living Standard, "Attributes" index
 * (https://html.spec.whatwg.org/multipage/indices.html#attributes-3), the
 * attributes whose value is "Boolean attribute".
 */
export const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'allowfullscreen', 'async', 'autofocus', 'autoplay', 'checked', 'controls', 'default', 'defer',
  'disabled', 'formnovalidate', 'hidden', 'inert', 'ismap', 'itemscope', 'loop', 'multiple', 'muted',
  'nomodule', 'novalidate', 'open', 'playsinline', 'readonly', 'required', 'reversed', 'selected'
])

/**
 * WordPress shortcodes: "[caption id=…]…[/caption]", "[gallery ids=…]".
 *
 * Source: WordPress core, wp-includes/media.php and class-wp-embed.php (the
 * shortcodes registered with add_shortcode(): audio, caption, embed, gallery,
 * playlist, video, wp_caption), and the shortcodes of Jetpack ("Shortcode
 * Embeds" module) and of the most installed page builders and form plugins
 * (WPBakery "vc_", Divi "et_pb_", Contact Form 7, Gravity Forms, WPForms).
 */
export const CORE_SHORTCODES: ReadonlySet<string> = new Set([
  'audio', 'caption', 'embed', 'gallery', 'playlist', 'video', 'wp_caption'
])

export const PLUGIN_SHORTCODES: ReadonlySet<string> = new Set([
  // Jetpack shortcode embeds.
  'archiveorg', 'bandcamp', 'dailymotion', 'facebook', 'flickr', 'gist', 'googlemaps', 'instagram',
  'polldaddy', 'crowdsignal', 'scribd', 'slideshare', 'soundcloud', 'spotify', 'ted', 'tweet',
  'twitter-timeline', 'vimeo', 'vine', 'youtube', 'wpvideo', 'recipe', 'presentation', 'slide',
  // Forms and page builders.
  'contact-form-7', 'contact-form', 'gravityform', 'wpforms', 'ninja_form', 'mc4wp_form',
  'vc_row', 'vc_column', 'vc_column_text', 'vc_single_image', 'vc_video', 'vc_separator',
  'et_pb_section', 'et_pb_row', 'et_pb_column', 'et_pb_text', 'et_pb_image', 'et_pb_video',
  'fusion_builder_container', 'fusion_builder_row', 'fusion_text',
  // Common ad, related-content and embed plugins.
  'adrotate', 'advanced_ads', 'the_ad', 'related_posts', 'jetpack-related-posts', 'embedyt',
  'su_youtube', 'su_button', 'pullquote', 'dropcap', 'button', 'toc'
])

/**
 * Fingerprints of page script leaked into the copy when a page was scraped:
 * ad tags, analytics and social-embed loaders.  Each is matched as written
 * (case-sensitive, code punctuation included), so the names alone in prose
 * ("Google Analytics", "the dataLayer") do not match.
 *
 * Source: the vendors' published embed snippets — Google Publisher Tag
 * ("googletag.cmd.push(function() { googletag.display(…) })"), Google
 * Analytics ga.js / analytics.js / gtag.js, Google Tag Manager, Google AdSense
 * ("(adsbygoogle = window.adsbygoogle || []).push({})"), Meta Pixel and the
 * Facebook JavaScript SDK, X/Twitter widgets.js, Instagram embed.js, Taboola,
 * Outbrain, Prebid.js, Amazon Publisher Services (apstag), comScore,
 * Chartbeat, Hotjar, Matomo, Quantcast, Disqus, the IAB TCF consent API,
 * jQuery page-ready wrappers and schema.org JSON-LD blocks.
 */
export const SCRIPT_FINGERPRINTS: readonly string[] = [
  'googletag.cmd', 'googletag.display(', 'googletag.pubads(', 'googletag.defineSlot(',
  'googletag.enableServices(', 'window.googletag', 'div-gpt-ad-',
  'window.dataLayer', 'dataLayer.push(', 'dataLayer = ', 'dataLayer=',
  'function gtag(', "gtag('", 'gtag("',
  "ga('create'", "ga('send'", 'ga("create"', 'ga("send"', 'GoogleAnalyticsObject',
  'var _gaq', '_gaq.push(', '_gaq = ',
  'adsbygoogle',
  "fbq('", 'fbq("', 'window.fbAsyncInit', 'FB.init(', 'connect.facebook.net',
  '(function(d, s, id)', '(function(d,s,id)', '(function(i,s,o,g,r,a,m)', '(function(w,d,s,l,i)',
  '!function(f,b,e,v,n,t,s)', '(function(h,o,t,j,a,r)',
  'document.write(', 'document.writeln(', 'document.getElementById(', 'document.createElement(',
  'document.getElementsByTagName(', 'document.querySelector(',
  'window.twttr', 'twttr.widgets', 'twttr.ready(', 'instgrm.Embeds',
  'window._taboola', '_taboola.push(', 'window._newsroom', 'OBR.extern',
  'pbjs.que', 'var pbjs', 'apstag.init(', 'apstag.fetchBids(',
  '_comscore.push(', 'COMSCORE.beacon(', 'var _sf_async_config', '_sf_async_config.',
  'window.hj=', 'window.hj =', '_paq.push(', 'var _paq', '_qevents.push(', '__tcfapi(',
  'javascript:void(0)', 'new Date().getTime()', '.addEventListener(', '.innerHTML',
  'window.onload', 'var googletag', 'var _comscore', 'disqus_config', 'disqus_shortname', 'jQuery(',
  '$(document)', '$(function', 'typeof window', 'catch(e)', 'window.__', 'window.location.href',
  'console.log(', '"@context":', '"@type":'
]
