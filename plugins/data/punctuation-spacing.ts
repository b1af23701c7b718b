/**
 * Tables of the `punctuation-spacing` rule: the words that decide whether a
 * hyphen or dash with a space on one side belongs to a compound or is a dash,
 * and the conventions of other languages' punctuation that machine
 * translation carries into English.
 *
 * Sources:
 * - The Chicago Manual of Style, 17th ed.: 6.76 (suspended hyphens, "pre- and
 *   post-war"), 6.78–6.85 (en and em dashes: closed up, or spaced consistently
 *   on both sides; never spaced on one side), 6.106 (no space around a slash
 *   between single words), 7.89 (hyphenation of compounds with prefixes).
 * - The Guardian and Observer style guide ("hyphens", "dashes"), the BBC News
 *   style guide ("hyphens": far-right, centre-left).
 * - Real Academia Española, Ortografía de la lengua española (2010), §3.4.5
 *   (the raya "—" of an inciso is closed up to the words inside it: "dijo —y
 *   lo repitió— que…"), and the agencies' dateline "Lugar, fecha
 *   (Agencia).-" (Manual de estilo de la Agencia EFE).
 * - Russian and Ukrainian typography (Мильчин, Справочник издателя и
 *   автора, 2014: a quotation followed by ", — сказал он"), which MT renders
 *   as ", – he said".
 */

/**
 * Prefixes written with a hyphen before a word but never standing alone as
 * English words ("co-leader", "anti-war", "non-EU", "ex-minister"): a spaced
 * dash after one of them ("co – leader") is a compound's hyphen.
 *
 * Source: CMOS 7.89 (the list of prefixes), Guardian style guide "hyphens".
 */
export const COMBINING_PREFIXES: ReadonlySet<string> = new Set([
  'co', 'anti', 'non', 'pre', 'post', 'ex', 'self', 'semi', 'multi', 'neo', 'pseudo', 'quasi', 'vice', 'counter',
  'mid', 'inter', 'intra', 'extra', 'ultra', 'socio', 'geo', 'bio', 'eco', 'euro', 'afro', 'franco', 'anglo', 'sino',
  'russo', 'pro', 're', 'sub', 'trans'
])

/**
 * Political and directional compounds of news copy whose first part is a
 * word of its own: "far-right", "centre-left", "hard-line", "right-wing".
 * A spaced dash between the two parts ("far – right") is the compound's
 * hyphen.  Source: BBC News style guide ("far right": "far-right party"),
 * Guardian style guide ("centre-left", "hard-line", "right wing").
 */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set(['far', 'centre', 'center', 'hard', 'extreme', 'ultra', 'left', 'right'])
export const COMPOUND_TAILS: ReadonlySet<string> = new Set(['right', 'left', 'line', 'liner', 'liners', 'wing', 'winger', 'wingers'])

/**
 * Words after which a hyphen spaced on its right is a suspended hyphen
 * ("small- and medium-sized", "six- to eight-year-olds", "Vereins- und
 * Westbank"): English coordinators, and those of German, Spanish, Italian,
 * French and Portuguese names kept in copy.  Source: CMOS 6.76.
 */
export const SUSPENDED_HYPHEN_FOLLOWERS: ReadonlySet<string> = new Set([
  'and', 'or', 'to', 'nor', 'through', 'versus', 'vs', 'und', 'oder', 'y', 'e', 'o', 'et', 'ou', 'i'
])

/**
 * Characters after a colon or semicolon and a hyphen that make an emoticon,
 * not a list item (":-)", ";-(", ":-D", ":-P", ":-/").
 */
export const EMOTICON_TAILS = '()DPp|/\\'

/**
 * Words a news story's first sentence opens with after its dateline
 * ("Rome, SANA-The Italian central bank…", "Idleb, SANA-A military source…"):
 * articles, determiners, pronouns and the prepositions and conjunctions that
 * open a lead.  A hyphen glued between a dateline and one of these is the
 * dateline's dash; "UK-Dutch", "US-China" are compounds.
 *
 * Source: the closed classes of English (Quirk et al. 1985, ch. 5–9) that
 * open leads in agency copy (AP Stylebook, "datelines").
 */
export const STORY_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'that', 'those', 'its', 'his', 'her', 'their', 'our', 'some', 'several', 'many',
  'more', 'most', 'two', 'three', 'four', 'five', 'in', 'on', 'at', 'after', 'before', 'according', 'during',
  'following', 'while', 'with', 'as', 'since', 'despite', 'amid', 'under', 'over', 'from', 'for', 'by', 'there',
  'it', 'he', 'she', 'they', 'we', 'i'
])
