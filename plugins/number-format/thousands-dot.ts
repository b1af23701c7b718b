/**
 * number-format, the thousands dot: "1.500.000", "1.500 people", "136.069
 * units", "9.000 kilometres", "€1.500", "3.200 million".
 *
 * How it decides: dots only, a first group of one to three digits (not a
 * leading zero) and groups of three after it.  Two dots or more are
 * thousands (strong, fixed unattended), unless the number looks like an IP
 * address.  One dot is a decimal in English as often as not ("1.125 per
 * cent", "0.875", "44.125 dlrs a share", "9.580 seconds", "$1.364 per
 * euro"), so it counts only before a count of whole things ("1.500 people":
 * strong, unattended), or, for a round figure ending in "00", before a unit,
 * a currency or after one (strong), before a magnitude ("3.200 million":
 * strong, both readings offered), or with nothing around it (weak: "a crowd
 * of 2.000" needs the document's evidence), unless a plural noun follows
 * ("1.800 mayors": strong, not unattended).  A percent or a rate after it
 * leaves it alone.
 */
import {isCommonWord} from '../support/lexicon.js'
import {finish, ipLike, spacedNote, type FormatCheck} from './reading.js'

/**
 * A plural noun of English ("mayors", "doctors"): a common word ending in
 * "s" whose singular is a common word too — things counted, so a round
 * "1.800" before it is no decimal.
 */
function pluralNoun(word: string): boolean {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return false
  return isCommonWord(word) && (isCommonWord(word.slice(0, -1)) || (word.endsWith('es') && isCommonWord(word.slice(0, -2))))
}

export const thousandsDot: FormatCheck = (n, out) => {
  const {paragraph, start, groups, seps, info, value, tail} = n
  if (!(n.allDot && n.threes && groups[0].length <= 3 && groups[0][0] !== '0')) return false
  const fixed = groups.join(',')
  if (seps.length >= 2) {
    if (seps.length === 3 && ipLike(groups)) return true
    const {end, expected} = finish(n, fixed)
    out.push({
      paragraph, start, end, kind: 'thousands-dot', strong: true,
      expected, safe: true,
      reason: `Thousands dot “${value}”: English writes “${fixed}”${spacedNote(n)}`
    })
    return true
  }
  if (info.context === 'percent' || info.rate) return true
  const round = tail[0].endsWith('00')
  const decimals = tail[0].replace(/0+$/, '')
  const small = decimals ? `${groups[0]}.${decimals}` : groups[0]
  let strong = false
  let safe = false
  let why = ''
  if (info.context === 'count') {
    strong = true
    safe = true
    why = `before “${info.word}”, a count of whole things`
  } else if (round && (info.context === 'measure' || info.context === 'currency' || n.currencyBefore)) {
    strong = true
    why = 'a round thousand before a unit or currency'
  } else if (round && info.context === 'magnitude') {
    strong = true
    why = `“${value} ${info.word}” reads as ${small} ${info.word} in English`
  } else if (round && info.context === 'none' && !n.currencyBefore && !n.magnitudeBefore && pluralNoun(info.word)) {
    // "1.800 mayors": a round figure before a plural noun counts things.
    strong = true
    why = `a round thousand before “${info.word}”, a count of things`
  } else if (round && info.context === 'none' && !n.magnitudeBefore) {
    // "a crowd of 2.000": only with the document's evidence.
    strong = false
    why = 'a round thousand'
  } else {
    return true
  }
  const {end, expected} = finish(n, fixed)
  out.push({
    paragraph, start, end, kind: 'thousands-dot', strong,
    expected: info.context === 'magnitude' ? [...expected, small] : expected,
    safe: safe && info.context !== 'magnitude',
    reason: `Thousands dot “${value}” (${why}): English writes “${fixed}”${spacedNote(n)}`
  })
  return true
}
