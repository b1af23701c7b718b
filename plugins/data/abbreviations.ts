/**
 * Abbreviations that end in a full stop and may be followed by other
 * punctuation ("etc.,", "Inc.;", "U.S.?").
 *
 * Source: the abbreviations of the AP Stylebook and the Reuters Handbook of
 * Journalism ("Abbreviations and acronyms") that keep their full stop, plus the
 * Latin abbreviations of common English use.  Matched case-sensitively
 * without the final full stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Jr', 'Sr', 'St', 'Dr', 'Mr', 'Mrs', 'Ms', 'Messrs',
  'Prof', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Cmdr', 'Adm', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon',
  'No', 'Nos', 'vs', 'v', 'approx', 'Dept', 'Univ', 'Ave', 'Blvd', 'Rd', 'Mt', 'Ft',
  'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'a.m', 'p.m', 'e.g', 'i.e', 'U.S', 'U.K', 'U.N', 'E.U', 'D.C', 'U.S.A', 'Ph.D', 'B.A', 'M.A',
  'cf', 'al', 'ibid', 'viz', 'ca', 'c', 'esp', 'est', 'fig', 'vol', 'pp', 'p', 'ed', 'eds',
  'LLC', 'Plc', 'plc', 'Pty', 'AG', 'SA', 'NV', 'Cie',
  // US state abbreviations of the AP Stylebook ("Belvidere, Ill., plant").
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La',
  'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C',
  'N.D', 'Okla', 'Ore', 'Pa', 'R.I', 'S.C', 'S.D', 'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'W.Va', 'Wis', 'Wyo',
  'Wisc', 'MO', 'IND', 'CALIF', 'FLA', 'ILL', 'MASS', 'MICH', 'MINN', 'OKLA', 'TEX', 'WASH', 'CONN', 'ARIZ', 'COLO'
])

/** True if the text before a full stop ends with an abbreviation or an initial ("J.", "U.S."). */
export function endsWithAbbreviation(before: string): boolean {
  const m = /(?:\p{L}\.)*\p{L}+$/u.exec(before.slice(-16))
  if (!m) return false
  const word = m[0]
  if (ABBREVIATIONS.has(word)) return true
  // Initials and dotted acronyms: "J", "U.S", "p.m".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) return true
  // Capitalised short forms in datelines and company names: "IND.", "CALIF.", "LLC.".
  if (/^\p{Lu}{2,5}$/u.test(word)) return true
  return false
}
