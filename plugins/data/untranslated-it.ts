/**
 * Italian words and page labels that machine translation leaves in English
 * copy.
 *
 * Source: the Snowball Italian stop-word list
 * (https://snowballstem.org/algorithms/italian/stop.txt: articles, articulated
 * prepositions, pronouns, conjunctions, forms of essere, avere, stare), plus
 * the connectives of Italian news prose (Treccani, "Grammatica italiana":
 * congiunzioni e avverbi connettivi) and the link labels and legal lines of
 * Italian news sites.
 *
 * Not `strong` because they are short, name particles ("Corriere della
 * Sera" is caught by the capitals around it, "Leonardo da Vinci" by the
 * capital after it), English words, or used in English dish names ("penne
 * alla vodka"); kept in `weak`, where a word Hunspell knows as English counts
 * zero: il, la, le, lo, dei, del, dal, dai, nel, nei, sul, coi, alla, alle,
 * agli, allo, al, un, uno, una, tra, su, ci, è, ha, ed, di, da, ma, non, per,
 * con, si, ne.
 * Left out altogether (English words): come, dove, verso, tutti (music), vi,
 * ho, sui, col, fra, fine, circa, via, sole, tale, e, o, a, i.
 */
import type {SourceLanguage} from './untranslated.js'

export const ITALIAN: SourceLanguage = {
  code: 'ita',
  name: 'Italian',
  strong: {
    della: 'of the',
    delle: 'of the',
    degli: 'of the',
    dello: 'of the',
    nella: 'in the',
    nelle: 'in the',
    negli: 'in the',
    nello: 'in the',
    sulla: 'on the',
    sulle: 'on the',
    sugli: 'on the',
    sullo: 'on the',
    dalla: 'from the',
    dalle: 'from the',
    dagli: 'from the',
    dallo: 'from the',
    anche: 'also',
    perché: 'because',
    però: 'but',
    quindi: 'so',
    già: 'already',
    più: 'more',
    ancora: 'still',
    mentre: 'while',
    sempre: 'always',
    senza: 'without',
    questo: 'this',
    questa: 'this',
    questi: 'these',
    queste: 'these',
    quello: 'that',
    quella: 'that',
    quelli: 'those',
    quelle: 'those',
    molto: 'very',
    molti: 'many',
    molte: 'many',
    dopo: 'after',
    secondo: 'according to',
    tutte: 'all',
    tutto: 'all',
    nostro: 'our',
    nostra: 'our',
    nostri: 'our',
    nostre: 'our',
    loro: 'their',
    gli: 'the',
    che: 'that',
    cui: 'which',
    quando: 'when',
    sono: 'are',
    essere: 'to be',
    hanno: 'have',
    aveva: 'had',
    avevano: 'had',
    sarà: 'will be',
    sarebbe: 'would be',
    stato: 'been',
    stati: 'been',
    inoltre: 'moreover',
    tuttavia: 'however',
    infatti: 'in fact',
    cioè: 'that is',
    oppure: 'or',
    perciò: 'therefore',
    nonché: 'as well as',
    poiché: 'since',
    affinché: 'so that',
    benché: 'although',
    sebbene: 'although',
    ossia: 'that is',
    ovvero: 'that is',
    invece: 'instead',
    oggi: 'today',
    ieri: 'yesterday',
    domani: 'tomorrow',
    allora: 'then',
    dunque: 'therefore',
    contro: 'against',
    presso: 'at',
    così: 'so',
    può: 'can',
    possono: 'can'
  },
  weak: ['il', 'la', 'le', 'lo', 'dei', 'del', 'dal', 'dai', 'nel', 'nei', 'sul', 'coi', 'alla', 'alle', 'agli', 'allo', 'al', 'un', 'uno', 'una', 'tra', 'su', 'ci', 'è', 'ha', 'ed', 'di', 'da', 'ma', 'non', 'per', 'con', 'si', 'ne'],
  phrases: {
    'per cento': 'per cent',
    'in particolare': 'in particular',
    'ad esempio': 'for example',
    'per esempio': 'for example',
    'a causa di': 'because of',
    'in ogni caso': 'in any case',
    'di più': 'more',
    'in modo da': 'so as to'
  },
  page: {
    'tutti i diritti riservati': 'All rights reserved',
    'riproduzione riservata': 'All rights reserved',
    'leggi anche': 'Read also',
    'leggi di più': 'Read more',
    'leggi tutto': 'Read more',
    'continua a leggere': 'Continue reading',
    'per saperne di più': 'Find out more',
    'clicca qui': 'Click here',
    'notizie correlate': 'Related news',
    'articoli correlati': 'Related articles',
    'iscriviti alla newsletter': 'Subscribe to the newsletter',
    'condividi su': 'Share on',
    'ultime notizie': 'Latest news',
    'torna su': 'Back to top'
  }
}
