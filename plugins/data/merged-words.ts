/**
 * Tables of the merged-words rule (used by no other rule).  Each is a closed,
 * general class, not strings picked from any test set.
 */

/**
 * Camel-case company and product names that the Hunspell dictionaries do not
 * know ("YouTube", "PlayStation" and "WikiLeaks" they do), lower-cased.
 * Source: the brand-name examples of Wikipedia's "Camel case" article
 * (section "Current usage in natural languages", trademarks), and the
 * camel-case names among the constituents of the FTSE 100, S&P 100 and Euro
 * Stoxx 50 indexes and the most visited websites (Similarweb top 100).
 */
export const CAMEL_BRANDS: ReadonlySet<string> = new Set([
  'airbnb', 'airpods', 'arcelormittal', 'astrazeneca', 'bankamerica', 'biontech', 'blackberry', 'blackrock',
  'brewdog', 'buzzfeed', 'chatgpt', 'cnnmoney', 'coinbase', 'conocophillips', 'crowdstrike', 'daimlerchrysler',
  'deepmind', 'doordash', 'dreamworks', 'easyhotel', 'easyjet', 'euromillions', 'euroncap', 'exxonmobil',
  'facetime', 'fedex', 'glaxosmithkline', 'gofundme', 'goto', 'gopro', 'harpercollins', 'hbomax', 'hewlettpackard',
  'huffpost', 'jetblue', 'jpmorgan', 'justgiving', 'linkedin', 'livenation', 'macbook', 'macos', 'mastercard',
  'moveon', 'myspace', 'natwest', 'newscorp', 'okcupid', 'onlyfans', 'openai', 'paypal', 'pepsico', 'playstation',
  'powerpoint', 'pricewaterhousecoopers', 'scotrail', 'seaworld', 'sharepoint', 'skyscanner', 'softbank',
  'solarwinds', 'soundcloud', 'spacex', 'talksport', 'thyssenkrupp', 'tiktok', 'timewarner', 'totalenergies',
  'tripadvisor', 'usatoday', 'viacomcbs', 'warnermedia', 'wechat', 'whatsapp', 'wikileaks', 'worldcom', 'youtube'
])

/**
 * Surname prefixes written solid with a capital after them ("McDonald",
 * "MacArthur", "DiCaprio", "LeBron", "DeSantis", "LaGuardia", "FitzGerald",
 * "VanDyke"): a case boundary after one of them is part of the name.
 * Source: Wikipedia, "List of family name affixes" (Gaelic, Romance, Dutch,
 * German, Arabic prefixes), the ones written solid in English.
 */
export const SURNAME_PREFIXES: ReadonlySet<string> = new Set([
  'mc', 'mac', 'o', 'di', 'de', 'da', 'du', 'la', 'le', 'lo', 'del', 'della', 'van', 'von', 'der', 'den', 'ter',
  'fitz', 'st', 'al', 'el', 'abu', 'bin', 'ben', 'ibn', 'dos', 'das'
])

/**
 * What may follow a clock time directly: "12:40pm", "10:30GMT", "2:15min".
 * Source: the 12-hour markers, SI and common time-unit abbreviations, and the
 * time-zone abbreviations of the IANA tz database that news copy uses.
 */
export const TIME_SUFFIXES: ReadonlySet<string> = new Set([
  'am', 'pm', 'a', 'p', 'h', 'hr', 'hrs', 'hs', 'uhr', 'min', 'mins', 'm', 's', 'sec', 'secs', 'ms', 'z',
  'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'wet', 'west', 'msk', 'est', 'edt', 'cst', 'cdt', 'mst',
  'mdt', 'pst', 'pdt', 'et', 'ct', 'mt', 'pt', 'ist', 'jst', 'kst', 'hkt', 'sgt', 'aest', 'aedt', 'acst',
  'awst', 'nzst', 'nzdt', 'wib', 'wita', 'wit', 'ict', 'pht', 'art', 'brt', 'clt', 'cot', 'pet', 'vet', 'irst',
  'trt', 'sast', 'cat', 'eat', 'wat', 'gst', 'pkt', 'npt', 'myt'
])

/**
 * English page-furniture words that a stripped page glues to the next line of
 * copy ("Read MoreIn late June", "HomeNewsSpanish …").  Source: the
 * navigation, teaser and tab labels of common news CMS themes (WordPress
 * defaults: "Read More", "Previous article", "Next article", "Home",
 * "Category", "Tags"; video players: "Transcript").
 */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'read', 'more', 'home', 'blog', 'news', 'category', 'categories', 'transcript', 'video', 'videos', 'photo',
  'photos', 'gallery', 'watch', 'listen', 'share', 'advertisement', 'sponsored', 'related', 'latest', 'live',
  'breaking', 'update', 'updated', 'exclusive', 'opinion', 'source', 'tags', 'topics', 'previous', 'next',
  'article', 'menu', 'search', 'subscribe', 'comments', 'print', 'email', 'new', 'top', 'trending', 'popular'
])

/**
 * Prepositions and conjunctions of the source languages (Spanish, Italian,
 * Portuguese, French, German) that the translation left in the copy glued
 * to the English word before them ("spokespersoncon dialogue": "con" =
 * "with").  Words of three letters or more that open a phrase; English words
 * among them ("con", "per") count only in this place.  Source: the
 * prepositions and conjunctions of the Real Academia Española's Nueva
 * gramática (§29, §31), Treccani's Grammatica italiana, the Gramática do
 * português (Fundação Gulbenkian), Grevisse's Le Bon Usage and the Duden
 * Grammatik, as listed in stopwords-iso for each language.
 */
export const SOURCE_JOINING_WORDS: ReadonlySet<string> = new Set([
  // Spanish
  'con', 'del', 'para', 'por', 'los', 'las', 'que', 'como', 'entre', 'sobre', 'desde', 'hasta', 'según', 'sin',
  // Italian
  'della', 'delle', 'dello', 'degli', 'nella', 'nelle', 'sulla', 'alla', 'dalla', 'anche', 'per', 'che', 'tra',
  // Portuguese
  'com', 'pelo', 'pela', 'pelos', 'uma', 'dos', 'nas', 'nos', 'sem',
  // French
  'avec', 'dans', 'pour', 'selon', 'une', 'des', 'aux', 'chez', 'sans',
  // German
  'und', 'mit', 'für', 'von', 'vom', 'zur', 'zum', 'auf', 'aus', 'bei', 'nach', 'über'
])
