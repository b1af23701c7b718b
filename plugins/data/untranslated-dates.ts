/**
 * Month, weekday and relative-day names ("yesterday", "today", "tomorrow")
 * of the languages English news is most often machine-translated from, for
 * dates left in the source language ("martes, 19 octubre 2021", "3 de mayo",
 * "Kamis, 10 Desember 2020", "vandaag, 12:00").
 *
 * Source: the Unicode CLDR (version 48.0, through ICU 78.2 in Node's Intl):
 * `Intl.DateTimeFormat(lang, {month: 'long'})` (stand-alone) and the month
 * part of `{month: 'long', day: 'numeric'}` (format form: Polish "maja",
 * Czech "května"), `{weekday: 'long'}`, and
 * `Intl.RelativeTimeFormat(lang, {numeric: 'auto'})` for -1, 0 and 1 day.
 * Forms identical to an English month or weekday name ("April", "august")
 * are left out; so are multi-word forms other than "hari ini"-like pairs.
 * Each entry: months (January first), weekdays (Sunday first), relative days
 * (yesterday, today, tomorrow); forms of one entry separated by "|".
 */

export interface DateNames {
  /** English name of the language. */
  name: string
  months: readonly string[]
  weekdays: readonly string[]
  relative: readonly string[]
}

export const DATE_NAMES: Readonly<Record<string, DateNames>> = {
  'es': {
    name: 'Spanish',
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    relative: ['ayer', 'hoy', 'mañana']
  },
  'pt': {
    name: 'Portuguese',
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    weekdays: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
    relative: ['ontem', 'hoje', 'amanhã']
  },
  'fr': {
    name: 'French',
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    relative: ['hier', 'aujourd’hui', 'demain']
  },
  'it': {
    name: 'Italian',
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    weekdays: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
    relative: ['ieri', 'oggi', 'domani']
  },
  'de': {
    name: 'German',
    months: ['januar', 'februar', 'märz', '', 'mai', 'juni', 'juli', '', '', 'oktober', '', 'dezember'],
    weekdays: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
    relative: ['gestern', 'heute', 'morgen']
  },
  'nl': {
    name: 'Dutch',
    months: ['januari', 'februari', 'maart', '', 'mei', 'juni', 'juli', 'augustus', '', 'oktober', '', ''],
    weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    relative: ['gisteren', 'vandaag', 'morgen']
  },
  'ro': {
    name: 'Romanian',
    months: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', '', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
    weekdays: ['duminică', 'luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă'],
    relative: ['ieri', 'azi', 'mâine']
  },
  'ca': {
    name: 'Catalan',
    months: ['gener|de gener', 'febrer|de febrer', 'març|de març', 'abril|d’abril', 'maig|de maig', 'juny|de juny', 'juliol|de juliol', 'agost|d’agost', 'setembre|de setembre', 'octubre|d’octubre', 'novembre|de novembre', 'desembre|de desembre'],
    weekdays: ['diumenge', 'dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte'],
    relative: ['ahir', 'avui', 'demà']
  },
  'gl': {
    name: 'Galician',
    months: ['xaneiro', 'febreiro', 'marzo', 'abril', 'maio', 'xuño', 'xullo', 'agosto', 'setembro', 'outubro', 'novembro', 'decembro'],
    weekdays: ['domingo', 'luns', 'martes', 'mércores', 'xoves', 'venres', 'sábado'],
    relative: ['onte', 'hoxe', 'mañá']
  },
  'id': {
    name: 'Indonesian',
    months: ['januari', 'februari', 'maret', '', 'mei', 'juni', 'juli', 'agustus', '', 'oktober', '', 'desember'],
    weekdays: ['minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'],
    relative: ['kemarin', 'hari ini', 'besok']
  },
  'ms': {
    name: 'Malay',
    months: ['januari', 'februari', 'mac', '', 'mei', '', 'julai', 'ogos', '', 'oktober', '', 'disember'],
    weekdays: ['ahad', 'isnin', 'selasa', 'rabu', 'khamis', 'jumaat', 'sabtu'],
    relative: ['semalam', 'hari ini', 'esok']
  },
  'tr': {
    name: 'Turkish',
    months: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
    weekdays: ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'],
    relative: ['dün', 'bugün', 'yarın']
  },
  'pl': {
    name: 'Polish',
    months: ['styczeń|stycznia', 'luty|lutego', 'marzec|marca', 'kwiecień|kwietnia', 'maj|maja', 'czerwiec|czerwca', 'lipiec|lipca', 'sierpień|sierpnia', 'wrzesień|września', 'październik|października', 'listopad|listopada', 'grudzień|grudnia'],
    weekdays: ['niedziela', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota'],
    relative: ['wczoraj', 'dzisiaj', 'jutro']
  },
  'cs': {
    name: 'Czech',
    months: ['leden|ledna', 'únor|února', 'březen|března', 'duben|dubna', 'květen|května', 'červen|června', 'červenec|července', 'srpen|srpna', 'září', 'říjen|října', 'listopad|listopadu', 'prosinec|prosince'],
    weekdays: ['neděle', 'pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota'],
    relative: ['včera', 'dnes', 'zítra']
  },
  'sk': {
    name: 'Slovak',
    months: ['január|januára', 'február|februára', 'marec|marca', 'apríl|apríla', 'máj|mája', 'jún|júna', 'júl|júla', 'augusta', 'septembra', 'október|októbra', 'novembra', 'decembra'],
    weekdays: ['nedeľa', 'pondelok', 'utorok', 'streda', 'štvrtok', 'piatok', 'sobota'],
    relative: ['včera', 'dnes', 'zajtra']
  },
  'hu': {
    name: 'Hungarian',
    months: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', '', ''],
    weekdays: ['vasárnap', 'hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat'],
    relative: ['tegnap', 'ma', 'holnap']
  },
  'sv': {
    name: 'Swedish',
    months: ['januari', 'februari', 'mars', '', 'maj', 'juni', 'juli', 'augusti', '', 'oktober', '', ''],
    weekdays: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
    relative: ['i går', 'i dag', 'i morgon']
  },
  'da': {
    name: 'Danish',
    months: ['januar', 'februar', 'marts', '', 'maj', 'juni', 'juli', '', '', 'oktober', '', ''],
    weekdays: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
    relative: ['i går', 'i dag', 'i morgen']
  },
  'nb': {
    name: 'Norwegian',
    months: ['januar', 'februar', 'mars', '', 'mai', 'juni', 'juli', '', '', 'oktober', '', 'desember'],
    weekdays: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
    relative: ['i går', 'i dag', 'i morgen']
  },
  'fi': {
    name: 'Finnish',
    months: ['tammikuu|tammikuuta', 'helmikuu|helmikuuta', 'maaliskuu|maaliskuuta', 'huhtikuu|huhtikuuta', 'toukokuu|toukokuuta', 'kesäkuu|kesäkuuta', 'heinäkuu|heinäkuuta', 'elokuu|elokuuta', 'syyskuu|syyskuuta', 'lokakuu|lokakuuta', 'marraskuu|marraskuuta', 'joulukuu|joulukuuta'],
    weekdays: ['sunnuntai', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai'],
    relative: ['eilen', 'tänään', 'huomenna']
  },
  'hr': {
    name: 'Croatian',
    months: ['siječanj|siječnja', 'veljača|veljače', 'ožujak|ožujka', 'travanj|travnja', 'svibanj|svibnja', 'lipanj|lipnja', 'srpanj|srpnja', 'kolovoz|kolovoza', 'rujan|rujna', 'listopad|listopada', 'studeni|studenoga', 'prosinac|prosinca'],
    weekdays: ['nedjelja', 'ponedjeljak', 'utorak', 'srijeda', 'četvrtak', 'petak', 'subota'],
    relative: ['jučer', 'danas', 'sutra']
  },
  'sl': {
    name: 'Slovene',
    months: ['januar', 'februar', 'marec', '', 'maj', 'junij', 'julij', 'avgust', '', 'oktober', '', ''],
    weekdays: ['nedelja', 'ponedeljek', 'torek', 'sreda', 'četrtek', 'petek', 'sobota'],
    relative: ['včeraj', 'danes', 'jutri']
  },
  'sr-Latn': {
    name: 'Serbian',
    months: ['januar', 'februar', 'mart', '', 'maj', '', '', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar'],
    weekdays: ['nedelja', 'ponedeljak', 'utorak', 'sreda', 'četvrtak', 'petak', 'subota'],
    relative: ['juče', 'danas', 'sutra']
  },
  'lt': {
    name: 'Lithuanian',
    months: ['sausis|sausio', 'vasaris|vasario', 'kovas|kovo', 'balandis|balandžio', 'gegužė|gegužės', 'birželis|birželio', 'liepa|liepos', 'rugpjūtis|rugpjūčio', 'rugsėjis|rugsėjo', 'spalis|spalio', 'lapkritis|lapkričio', 'gruodis|gruodžio'],
    weekdays: ['sekmadienis', 'pirmadienis', 'antradienis', 'trečiadienis', 'ketvirtadienis', 'penktadienis', 'šeštadienis'],
    relative: ['vakar', 'šiandien', 'rytoj']
  },
  'lv': {
    name: 'Latvian',
    months: ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'],
    weekdays: ['svētdiena', 'pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena'],
    relative: ['vakar', 'šodien', 'rīt']
  },
  'et': {
    name: 'Estonian',
    months: ['jaanuar', 'veebruar', 'märts', 'aprill', 'mai', 'juuni', 'juuli', '', '', 'oktoober', '', 'detsember'],
    weekdays: ['pühapäev', 'esmaspäev', 'teisipäev', 'kolmapäev', 'neljapäev', 'reede', 'laupäev'],
    relative: ['eile', 'täna', 'homme']
  },
  'vi': {
    name: 'Vietnamese',
    months: ['', '', '', '', '', '', '', '', '', '', '', ''],
    weekdays: ['chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy'],
    relative: ['hôm qua', 'hôm nay', 'ngày mai']
  },
  'fil': {
    name: 'Filipino',
    months: ['enero', 'pebrero', 'marso', 'abril', 'mayo', 'hunyo', 'hulyo', 'agosto', 'setyembre', 'oktubre', 'nobyembre', 'disyembre'],
    weekdays: ['linggo', 'lunes', 'martes', 'miyerkules', 'huwebes', 'biyernes', 'sabado'],
    relative: ['kahapon', 'ngayong araw', 'bukas']
  },
  'sq': {
    name: 'Albanian',
    months: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
    weekdays: ['e diel', 'e hënë', 'e martë', 'e mërkurë', 'e enjte', 'e premte', 'e shtunë'],
    relative: ['dje', 'sot', 'nesër']
  },
  'az': {
    name: 'Azerbaijani',
    months: ['yanvar', 'fevral', 'mart', 'aprel', '', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
    weekdays: ['bazar', 'bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə'],
    relative: ['dünən', 'bu gün', 'sabah']
  },
  'af': {
    name: 'Afrikaans',
    months: ['januarie', 'februarie', 'maart', '', 'mei', 'junie', 'julie', 'augustus', '', 'oktober', '', 'desember'],
    weekdays: ['sondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrydag', 'saterdag'],
    relative: ['gister', 'vandag', 'môre']
  },
  'eu': {
    name: 'Basque',
    months: ['urtarrila', 'otsaila', 'martxoa', 'apirila', 'maiatza', 'ekaina', 'uztaila', 'abuztua', 'iraila', 'urria', 'azaroa', 'abendua'],
    weekdays: ['igandea', 'astelehena', 'asteartea', 'asteazkena', 'osteguna', 'ostirala', 'larunbata'],
    relative: ['atzo', 'gaur', 'bihar']
  },
  'sw': {
    name: 'Swahili',
    months: ['januari', 'februari', 'machi', 'aprili', 'mei', 'juni', 'julai', 'agosti', 'septemba', 'oktoba', 'novemba', 'desemba'],
    weekdays: ['jumapili', 'jumatatu', 'jumanne', 'jumatano', 'alhamisi', 'ijumaa', 'jumamosi'],
    relative: ['jana', 'leo', 'kesho']
  }
}

/**
 * Words for "to" / "until" between the two dates of a range ("04.07 al
 * 10.07", "du 3 au 5", "3. bis 5."), by language: from each language's
 * grammar (prepositions of a range).  English writes "to" or a dash.
 */
export const RANGE_WORDS: Readonly<Record<string, readonly string[]>> = {
  al: ['es', 'it'],
  hasta: ['es'],
  au: ['fr'],
  bis: ['de'],
  tot: ['nl'],
  'até': ['pt'],
  sampai: ['id'],
  hingga: ['id'],
  'până': ['ro'],
  kadar: ['tr']
}
