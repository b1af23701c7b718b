/**
 * Shared tables of the `untranslated` rule: the shape of a source-language
 * table, foreign phrases English has adopted (never flagged), name particles,
 * and the letters of the five source languages.
 *
 * The per-language tables live in untranslated-es/-it/-fr/-pt/-de.ts.
 */

export type LanguageCode = 'spa' | 'ita' | 'fra' | 'por' | 'deu'

export interface SourceLanguage {
  /** ISO 639-3 code, as franc reports it. */
  code: LanguageCode
  /** English name, for messages. */
  name: string
  /**
   * Closed-class words (and frequent machine-translation leftovers) that are
   * not English: flagged on their own in lower-case running text.
   * Word → English gloss ('' when the gloss depends on context).
   */
  strong: Readonly<Record<string, string>>
  /**
   * Function words that are too short, also English words, or common inside
   * names: counted only next to other foreign words.
   */
  weak: readonly string[]
  /** Multi-word function locutions, flagged as a unit: phrase → gloss. */
  phrases: Readonly<Record<string, string>>
  /**
   * Page furniture left in the source language (link labels, copyright
   * lines): phrase → the English label.  Matched in any case.
   */
  page: Readonly<Record<string, string>>
}

/**
 * Foreign words and phrases established in English, which never fire, even
 * in lower case and without quotes.
 *
 * Sources: Wikipedia, "List of French words and phrases used by English
 * speakers", "List of Latin phrases", "Glossary of Italian words in English",
 * "List of English words of Spanish origin", "List of German expressions in
 * English"; plus sports and food terms common in English news copy.  Only
 * entries that contain one of our foreign function words or an accented letter
 * matter (others are English words anyway), but the list is kept whole for
 * readers.  Lower case; apostrophes as "'".
 */
export const LOAN_PHRASES: readonly string[] = [
  // Latin
  'de facto', 'de jure', 'de novo', 'de minimis', 'per se', 'per cent', 'per capita', 'per annum', 'per diem',
  'bona fide', 'bona fides', 'ad valorem', 'pro bono', 'pro rata', 'pro forma', 'ad hoc', 'ad nauseam', 'ad infinitum',
  'status quo', 'persona non grata', 'et al', 'et cetera', 'vice versa', 'mea culpa', 'in situ', 'sine qua non',
  'alma mater', 'ex officio', 'prima facie', 'inter alia', 'habeas corpus', 'sub judice', 'quid pro quo',
  'modus operandi', 'terra firma', 'carpe diem', 'deus ex machina', 'magnum opus', 'opus dei', 'agnus dei',
  'dei gratia', 'in memoriam', 'post mortem', 'ante bellum', 'in vitro', 'in vivo', 'curriculum vitae',
  'casus belli', 'cause celebre', 'cause célèbre', 'non sequitur', 'ipso facto', 'de profundis', 'in extremis',
  'in absentia', 'in camera', 'ultra vires', 'mutatis mutandis', 'pax romana', 'vox populi', 'anno domini',
  // French
  'à la', 'a la', 'à la carte', 'a la carte', 'à la mode', 'vis-à-vis', 'vis a vis', 'coup d\'état', 'coup d\'etat',
  'coup de grâce', 'coup de grace', 'coup de théâtre', 'de rigueur', 'déjà vu', 'deja vu', 'raison d\'être',
  'raison d\'etre', 'joie de vivre', 'fin de siècle', 'fin de siecle', 'pièce de résistance', 'crème de la crème',
  'creme de la creme', 'crème brûlée', 'creme brulee', 'crème fraîche', 'creme fraiche', 'belle époque',
  'c\'est la vie', 'c\'est la guerre', 'je ne sais quoi', 'n\'est-ce pas', 'tour de force', 'tour de france',
  'tour d\'horizon', 'savoir faire', 'laissez faire', 'femme fatale', 'enfant terrible', 'enfants terribles',
  'nom de guerre', 'nom de plume', 'esprit de corps', 'mise en scène', 'mise en scene', 'mise en place',
  'par excellence', 'en masse', 'en route', 'en bloc', 'en passant', 'en suite', 'en garde', 'en famille',
  'en vogue', 'en plein air', 'chargé d\'affaires', 'charge d\'affaires', 'hors d\'oeuvre', 'hors d\'œuvre',
  'hors d\'oeuvres', 'hors de combat', 'maître d\'', 'maitre d\'', 'maître d\'hôtel', 'objet d\'art',
  'objets d\'art', 'trompe l\'oeil', 'trompe l\'œil', 'table d\'hôte', 'cordon bleu', 'bête noire', 'bete noire',
  'éminence grise', 'eminence grise', 'idée fixe', 'amour propre', 'bon vivant', 'bon mot', 'bon appétit',
  'bon appetit', 'bon voyage', 'carte blanche', 'cul de sac', 'fait accompli', 'faux pas', 'film noir',
  'force majeure', 'haute couture', 'haute cuisine', 'nouvelle cuisine', 'nouveau riche', 'noblesse oblige',
  'pied à terre', 'prix fixe', 'sang froid', 'sous chef', 'sous vide', 'tête à tête', 'tout de suite',
  'vive la france', 'vive la différence', 'au pair', 'au revoir', 'au naturel', 'au courant', 'au contraire',
  'au fait', 'au fond', 'au gratin', 'au jus', 'au lait', 'café au lait', 'pain au chocolat', 'coq au vin',
  'entre nous', 'mot juste', 'le mot juste', 'l\'état c\'est moi', 'après moi le déluge', 'ancien régime',
  'ancien regime', 'bien pensant', 'comme il faut', 'de trop', 'dernier cri', 'double entendre', 'élan vital',
  'folie à deux', 'grande dame', 'grand prix', 'lèse majesté', 'lese majesty', 'mardi gras', 'ménage à trois',
  'nouvelle vague', 'plat du jour', 'soupe du jour', 'plus ça change', 'qui vive', 'répondez s\'il vous plaît',
  's\'il vous plaît', 'sans serif', 'soi disant', 'très chic', 'tres chic', 'gilets jaunes', 'gilet jaune',
  'légion d\'honneur', 'palme d\'or', 'laïcité', 'liberté égalité fraternité', 'la marseillaise',
  'la belle', 'eau de toilette', 'eau de cologne', 'eau de vie', 'crêpe suzette', 'petit bourgeois',
  'petite bourgeoisie', 'chez nous', 'chez moi', 'mon dieu', 'ooh la la', 'oh la la', 'ooh là là', 'oh là là',
  'la la land', 'après ski', 'avant garde',
  // Italian
  'la dolce vita', 'dolce vita', 'dolce far niente', 'al fresco', 'al dente', 'alla breve', 'alla carbonara',
  'alla vodka', 'alla marinara', 'alla norma', 'a cappella', 'a capella', 'sotto voce', 'con brio', 'con amore',
  'con moto', 'con fuoco', 'da capo', 'dal segno', 'col legno', 'cosa nostra', 'la cosa nostra', 'mamma mia',
  'prima donna', 'terra incognita', 'vendetta', 'ciao bella', 'che sarà sarà', 'che sara sara', 'dolce e gabbana',
  'caffè', 'caffè latte', 'caffè macchiato', 'tiramisù', 'più mosso', 'numero uno', 'forza italia',
  'la scala', 'il duce', 'la serenissima', 'gli azzurri', 'la nazionale', 'ragù',
  // Spanish and Portuguese
  'hasta la vista', 'hasta luego', 'hasta mañana', 'que sera sera', 'qué será será', 'mi casa es su casa',
  'chili con carne', 'con carne', 'chile con queso', 'con queso', 'arroz con pollo', 'día de los muertos',
  'dia de los muertos', 'día de muertos', 'cinco de mayo', 'el niño', 'la niña', 'el nino', 'la nina',
  'el clásico', 'el clasico', 'clásico', 'clásicos', 'la liga', 'la roja', 'la albiceleste', 'el tri',
  'la vida loca', 'vida loca', 'mañana', 'señor', 'señora', 'señorita', 'señores', 'jalapeño', 'jalapeños',
  'piñata', 'piñatas', 'piña colada', 'piña coladas', 'quinceañera', 'quinceañeras', 'niño', 'niña',
  'jamón', 'jamón ibérico', 'ibérico', 'sangría', 'añejo', 'chicharrón', 'chicharrones', 'mole poblano',
  'afición', 'paso doble', 'olé', 'adiós', 'sí', 'seleção', 'a seleção', 'o rei', 'são paulo',
  'bossa nova', 'saudade', 'favela', 'favelas', 'cachaça', 'caipirinha', 'açaí', 'jogo bonito', 'o jogo bonito',
  'pão de queijo', 'feijoada', 'la résistance', 'la resistencia', 'ni una menos', 'el pueblo unido',
  'los indignados', 'sin papeles', 'la reconquista', 'colón', 'córdoba', 'córdobas', 'guaraní', 'guaraníes',
  'bolívar', 'bolívares', 'mensalão', 'petrolão', 'sertão', 'procés', 'peña', 'compañero', 'compañeros',
  'compañera', 'sí se puede', 'mañanera', 'mañaneras',
  'molto allegro', 'molto vivace', 'ma non troppo', 'allegro ma non troppo',
  // German
  'auf wiedersehen', 'danke schön', 'danke schon', 'gesundheit', 'über alles', 'deutschland über alles',
  'sturm und drang', 'blut und boden', 'götterdämmerung', 'weltanschauung', 'kaffee und kuchen', 'mit schlag',
  'gemütlichkeit', 'fräulein', 'doppelgänger', 'führer', 'wunderkind', 'zeitgeist', 'schadenfreude', 'angst',
  'ersatz', 'kitsch', 'realpolitik', 'wanderlust', 'leitmotif', 'lebensraum', 'bildungsroman', 'kindergarten',
  'das boot', 'die hard', 'die mannschaft', 'der klassiker', 'die welt', 'der spiegel', 'die zeit',
  'mein kampf', 'oktoberfest', 'glühwein', 'müsli', 'muesli', 'rösti', 'strudel'
]

/**
 * Lower-case words of other languages that English news copy uses as is and
 * that our accent and elision rules would otherwise read as Spanish,
 * Portuguese or French (Irish public life, mostly, and a Hebrew toast).
 * Source: Irish Government style and Wikipedia, "Irish words used in the
 * English language"; Wikipedia, "L'chaim".
 */
export const OTHER_LANGUAGE_WORDS: readonly string[] = [
  'gardaí', 'garda', 'tánaiste', 'dáil', 'fáil', 'féin', 'seanad', 'taoiseach', 'oireachtas', 'céilí', 'ceilí',
  'bodhrán', 'sláinte', 'fáilte', 'seanchaí', 'gaelscoil', 'gaelscoileanna', 'gaeltacht', 'cúpla', 'craic',
  'uachtarán', 'teachta', 'dála', 'ard', 'fheis', 'óg', 'cumann', 'comhairle', 'sean-nós', 'uilleann', 'poitín',
  'lá', 'éire', 'banshee', 'ógra', 'aontú', 'údarás', 'rté', 'tg4',
  // Hebrew, Yiddish
  "l'chaim", "l'chayim"
]

/**
 * Lower-case particles of personal and place names: a particle followed by a
 * capitalised word ("de Gaulle", "al Assad", "von der Leyen", "da Silva",
 * "del Toro", "dos Santos") is part of a name, never a leftover.
 * Source: Wikipedia, "Nobiliary particle", "Arabic name" (al-, bin, ibn, abu),
 * "Tussenvoegsel"; and the contractions of the source languages' grammars.
 */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'del', 'della', 'delle', 'degli', 'dello', 'dei', 'dell', 'di', 'da', 'dal', 'dalla', 'das', 'do',
  'dos', 'du', 'des', 'der', 'den', 'dem', 'van', 'von', 'vom', 'zu', 'zum', 'zur', 'al', 'el', 'la', 'le',
  'les', 'lo', 'los', 'las', 'y', 'e', 'i', 'und', 'für', 'et', 'ter', 'ten', 'bin', 'ibn', 'abu', 'bint',
  'ben', 'ould', 'ap', 'af', 'av', 'st', 'san', 'santa', 'santo', 'são', 'sainte', 'saint', 'sur', 'sul',
  'sulla', 'sous', 'en', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'ob', 'über', 'na', 'no', 'nos', 'nas', 'ao',
  'aos', 'à', 'au', 'aux', 'a', 'o', 'os', 'as', 'il', 'gli', 'un', 'una', 'une', 'uno', 'um', 'uma',
  'nel', 'nella', 'sobre', 'sopra', 'sotto', 'lès', 'op', 'het', "'t", 'mit', 'bij'
]

/**
 * Letters that mark a word as Spanish, Portuguese or Italian when it is not
 * an English loan: acute on a, i, o, u; tilde; Italian final grave.
 */
export const ROMANCE_MARKS = 'áíóúñãõ'

/** All accented letters of the five source languages (lower case). */
export const SOURCE_LETTERS = 'áéíóúñüàèìòùâêîôûëïÿçœæãõäöß'

/**
 * Elided articles and prepositions that begin a French or Italian word
 * ("l'économie", "d'une", "dell'anno").  The Italian ones are never English.
 * Source: the grammars of French (élision) and Italian (elisione).
 */
export const ELISIONS: readonly string[] = ['l', 'd', 'qu', 'c', 'j', 'n', 's', 'm', 't', 'jusqu', 'lorsqu', 'puisqu']
export const ITALIAN_ELISIONS: readonly string[] = [
  'dell', 'nell', 'all', 'sull', 'dall', 'quell', 'quest', 'un', 'coll', 'tutt', 'dev', 'c', 'dov'
]
