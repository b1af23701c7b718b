/**
 * English tables for `stray-fragment`: page furniture as it reaches English
 * wire copy — the English sites' own labels, and the literal renderings an MT
 * engine gives of the source sites' labels (see stray-fragment-sources.ts for
 * the source-language forms).
 *
 * All phrases are matched case-insensitively, accents folded, curly
 * apostrophes read as straight ones, words separated by single spaces.
 */

/**
 * Related-link labels that may run straight into the linked headline with no
 * colon ("Also read Rebels take the city").
 *
 * Source: literal MT renderings (word for word, as DeepL and Google Translate
 * give them) of the source-site labels listed in stray-fragment-sources.ts —
 * "Lee también / Leggi anche / Lire aussi / Leia também / Lesen Sie auch"
 * (also read, read also, read too), "Te puede interesar / Potrebbe
 * interessarti / Ça pourrait vous intéresser / Pode te interessar / Das
 * könnte Sie auch interessieren" (it may interest you, you may be
 * interested…), "Mira también / Veja também / Voir aussi" (look also, see
 * also), "Seguir leyendo / Continua a leggere" (keep reading), "Saiba mais /
 * Para saber más" (know more, to know more), "Notas relacionadas" (related
 * notes) — plus the English web labels of AP, Reuters, CNN and the BBC
 * ("RELATED:", "Read more:", "Related Topics").
 */
export const RELATED_STRONG_EN: readonly string[] = [
  'also read', 'read also', 'read too', 'also read this', 'read also this', 'read as well', 'read it too',
  'it may interest you', 'it might interest you', 'it could interest you', 'it can interest you',
  'this may interest you', 'this might interest you', 'this could interest you',
  'may interest you', 'might interest you', 'could interest you', 'can interest you',
  'you may be interested', 'you might be interested', 'you could be interested', 'you can be interested',
  'you may be interested in', 'you might be interested in', 'you could be interested in',
  'you may also be interested', 'you might also be interested', 'you may also be interested in',
  'you might also be interested in', 'you may also like', 'you might also like', 'you may like',
  'you might like', 'you might also want to read', 'you may also want to read',
  'that might also interest you', 'that may also interest you', 'that could also interest you',
  'this might also interest you', 'this may also interest you', 'this could also interest you',
  'also interesting', 'also of interest', 'interesting too',
  'keep reading', 'continue reading', 'read more', 'read the full story', 'read the full article',
  'read the complete article', 'read the full note', 'read the complete note', 'read full note',
  'look also', 'also look', 'also watch', 'watch also', 'also see', 'also check', 'check also',
  'also check out', 'check out also', 'know more', 'to know more', 'want to know more',
  'related news', 'related notes', 'related note', 'related articles', 'related article',
  'related content', 'related stories', 'related story', 'related links', 'related topics',
  'related coverage', 'related video', 'related videos', 'recommended for you', 'we recommend',
  'we recommend you', 'we suggest', 'we suggest you', 'on the same subject', 'on the same topic',
  'on the same theme', 'more on this topic', 'more on the subject', 'more on the topic'
]

/**
 * Related-link and "more" labels that are also ordinary English words, so
 * they count only alone on their line or followed by a separator
 * ("More information: …", "MORE INFORMATION"), never before plain prose
 * ("More information is published on …").
 *
 * Source: the same MT renderings ("Más información / Mais informações /
 * Weitere Informationen" → more information; "Approfondimenti" → insights,
 * in depth; "Pour aller plus loin" → to go further; "Lo más leído / I più
 * letti" → most read) and the English sites' own labels ("See also",
 * "Learn more", "Trending").
 */
export const RELATED_WEAK_EN: readonly string[] = [
  'related', 'recommended', 'see also', 'see more', 'more information', 'more info', 'more details',
  'further information', 'further reading', 'for more information', 'for further information',
  'more news', 'more stories', 'other news', 'latest news', 'top stories', 'learn more', 'find out more',
  'to learn more', 'in depth', 'in-depth', 'insights', 'deepening', 'most read', 'most popular',
  'most viewed', 'trending', 'trending now', 'to go further', 'going further', 'go further', 'more about',
  'of interest', 'more on this', 'more on this story', 'editor’s picks', "editor's picks", 'editor’s choice',
  "editor's choice"
]

/**
 * Call-to-action openings: a line that starts so is furniture whatever
 * follows (within a short line: "Follow us on Twitter and Instagram").
 *
 * Source: the English sites' subscription and social prompts, and the MT
 * renderings of "Síguenos en / Seguici su / Suivez-nous sur / Siga-nos no /
 * Folgen Sie uns auf", "Suscríbete / Iscriviti / Abonnez-vous / Assine",
 * "Haz clic aquí / Clicca qui / Cliquez ici / Clique aqui / Klicken Sie
 * hier", "Pulsa aquí" (press here), "Únete a nuestro canal" (join our
 * channel), "Descarga la app" (download the app).
 */
export const CTA_PREFIXES_EN: readonly string[] = [
  'follow us', 'you can follow us', 'you can also follow us', 'follow all the news', 'follow all the latest news',
  'follow the latest news', 'follow all the information', 'follow the news on', 'follow our channel',
  'follow our coverage', 'follow our live', 'follow our whatsapp', 'follow our news',
  'subscribe to our', 'subscribe to the newsletter', 'subscribe to the channel', 'subscribe here',
  'subscribe now', 'subscribe for free', 'subscribe to receive', 'sign up for our', 'sign up to our',
  'sign up for free', 'sign up here', 'sign up now', 'sign up to receive', 'register here',
  'receive our newsletter', 'receive the newsletter', 'receive our news', 'get our newsletter',
  'get the newsletter', 'join our whatsapp', 'join our telegram', 'join our channel', 'join our community',
  'join our newsletter', 'join the channel', 'join the whatsapp', 'join us on',
  'click here', 'click for', 'click on the link', 'click on this link', 'click the link', 'click on the image',
  'click on the following link', 'click on the button', 'press here', 'tap here', 'touch here', 'clic here',
  'download our app', 'download the app', 'download our application', 'download the application',
  'watch the video', 'watch the full video', 'watch the complete video', 'see the video', 'see video',
  'watch video', 'play video', 'watch live', 'watch here', 'listen to the podcast', 'listen here',
  'listen to this article', 'listen to the article', 'listen to this news', 'share this article',
  'share this story', 'share this news', 'share this note', 'share the note', 'share the news',
  'share on', 'share via', 'share with your friends', 'share it', 'send us your', 'support our journalism',
  'support independent journalism'
]

/**
 * Share-bar words: a line made only of these (at least one action, or two
 * platforms) is a share bar ("Share Facebook Twitter Email").
 *
 * Source: the share and tool bars of news article pages (AP, Reuters, BBC,
 * CNN; Facebook, X/Twitter, WhatsApp, Telegram, LinkedIn, Pinterest, Reddit,
 * e-mail, print, comments, copy link).
 */
export const SHARE_ACTIONS_EN: readonly string[] = [
  'share', 'shares', 'share this', 'share article', 'share story', 'tweet', 'tweet this', 'email', 'e-mail',
  'send by email', 'send by e-mail', 'print', 'print this', 'comment', 'comments', 'add comment',
  'leave a comment', 'copy link', 'copy the link', 'link copied', 'save', 'save article', 'send'
]
export const PLATFORMS: readonly string[] = [
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'messenger',
  'flipboard', 'instagram', 'youtube', 'tiktok', 'threads', 'bluesky', 'mail', 'sms', 'google news'
]

/**
 * Advertising markers and "story continues" lines: furniture only when alone
 * on their line (or followed by a separator).
 *
 * Source: the in-article ad slots of English sites ("Advertisement", "Story
 * continues below advertisement", "Continue reading the main story") and the
 * MT renderings of "Publicidad / Pubblicità / Publicité / Publicidade /
 * Anzeige", "Continua após a publicidade" (continues after advertising),
 * "La nota continúa debajo" (the note continues below).
 */
export const AD_LABELS_EN: readonly string[] = [
  'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'publicity',
  'paid content', 'continues after advertising', 'continues after the advertisement', 'continues after the ad',
  'continues after advertisement', 'continue after advertising', 'continues after the advertising',
  'continues below', 'story continues below', 'story continues below advertisement', 'article continues below',
  'article continues after advertisement', 'continue reading below', 'continue reading the main story',
  'scroll to continue', 'scroll to continue with content', 'the article continues below',
  'the article continues after the advertisement', 'the text continues after the advertisement',
  'the news continues below', 'the note continues below', 'the story continues below',
  'text continues after advertising', 'report continues after advertising', 'continue after the advertisement'
]

/**
 * Credit labels that are furniture whatever follows them after a colon (or
 * alone on a line): "Photo: EFE/Juan Pérez", "Video: the moment …".
 *
 * Source: the photo/video credit and caption conventions of the agencies'
 * English services (AP, Reuters, AFP: "Photo:", "File photo", "Image
 * caption") and the MT renderings of "Foto: / Fotografía: / Imagen: / Vídeo:
 * / Crédito: / Foto de archivo / Foto d'archivio / Photo d'archives / Crédit
 * photo / Bild: / Archivbild" (photo, photograph, photography, picture,
 * image, video, credit, file photo, archive photo, archive image; "Foto
 * de:" → "Photo from:").
 */
export const CREDIT_LABELS_EN: readonly string[] = [
  'photo', 'photos', 'photograph', 'photographs', 'photography', 'photographer', 'picture', 'pictures',
  'pic', 'pics', 'image', 'images', 'video', 'videos', 'photo and video', 'photos and video',
  'photos and videos', 'video and photos', 'photo and text', 'text and photo', 'text and photos',
  'photos and text', 'infographic', 'infography', 'illustration', 'graphic', 'photo credit', 'photo credits',
  'image credit', 'image credits', 'picture credit', 'video credit', 'credit', 'credits', 'photo courtesy',
  'file photo', 'archive photo', 'archive image', 'file image', 'file picture', 'archive picture',
  'archive photograph', 'main photo', 'main image', 'cover photo', 'cover image', 'featured image',
  'photo source', 'image source', 'photo gallery', 'gallery', 'photogallery', 'photo caption',
  'image caption', 'media caption', 'caption', 'audio', 'photo file', 'photo archive', 'image file',
  'reference image', 'reference photo', 'illustrative image', 'illustrative photo', 'photo from', 'image from',
  'picture from', 'photos from'
]

/**
 * Credit labels that are also ordinary words or headings ("Source", "Text",
 * "Camera"): furniture only before a credit-like tail — an agency, a name
 * with a slash ("EFE/Juan Pérez"), "File", "Courtesy" … — never before a
 * sentence or a data source ("Source: Office for National Statistics" under
 * a chart is legitimate copy).
 *
 * Source: video and text credit lines of Spanish, Italian and Portuguese
 * agencies ("Texto: EFE", "Edición: …", "Cámara: …", "Fuente: EFE",
 * "Fonte: Agência Brasil", "Quelle: dpa") and their MT renderings.
 */
export const CREDIT_WEAK_LABELS_EN: readonly string[] = [
  'source', 'sources', 'text', 'texts', 'editing', 'edition', 'editor', 'camera', 'cameraman', 'production',
  'writing', 'wording', 'newsroom', 'reporting', 'reporter', 'courtesy', 'cover', 'footage',
  'graphics', 'design', 'author', 'images and editing', 'script', 'voice', 'narration'
]

/**
 * Words that introduce the credited name after a credit label with no colon:
 * "Photo by Jane Roe/AP", "Foto di Mario Rossi", "Bild von …".
 *
 * Source: English credit style (AP Stylebook, "photo by") and the source
 * languages' prepositions in untranslated credits (de, di, par, por, von).
 */
export const CREDIT_BY: readonly string[] = ['by', 'de', 'di', 'par', 'por', 'von', 'courtesy of']

/**
 * News and photo agencies and picture libraries that appear in credits.
 *
 * Source: Wikipedia, "List of news agencies" (the agencies of the five
 * source languages' markets and the world agencies) and the major picture
 * libraries (Getty Images, Shutterstock, Alamy …).
 */
export const AGENCIES: readonly string[] = [
  'efe', 'afp', 'ap', 'associated press', 'reuters', 'ansa', 'agi', 'adnkronos', 'lapresse', 'dpa', 'epa',
  'epa-efe', 'europa press', 'agencia efe', 'agência brasil', 'agencia brasil', 'abr', 'lusa', 'agência lusa',
  'xinhua', 'notimex', 'télam', 'telam', 'prensa latina', 'andina', 'agencia uno', 'cuartoscuro', 'folhapress',
  'estadão conteúdo', 'estadao conteudo', 'keystone', 'apa', 'belga', 'anp', 'kyodo', 'yonhap', 'tass',
  'ria novosti', 'sputnik', 'anadolu', 'aa', 'aap', 'pa', 'pa media', 'pa wire', 'bloomberg', 'sipa',
  'sipa press', 'nurphoto', 'zuma', 'zuma press', 'alamy', 'getty', 'getty images', 'shutterstock', 'istock',
  'imago', 'imago images', 'picture alliance', 'picture-alliance', 'abaca', 'wenn', 'bbc', 'cnn', 'tvn',
  'rtve', 'rai', 'ard', 'zdf', 'globo', 'tv globo', 'g1', 'europa press tv', 'efe tv', 'afptv', 'reuters tv'
]

/**
 * Credit words that stand for a source in credits ("Photo: File", "Foto:
 * Archivo", "Imagen: Redes sociales", "Foto: Reprodução/Instagram").
 *
 * Source: the credit vocabulary of the five source languages' agencies and
 * its MT renderings (archive, file, courtesy, special, social networks,
 * screenshot, reproduction, press office, handout).
 */
export const CREDIT_WORDS: readonly string[] = [
  'file', 'files', 'archive', 'archives', 'courtesy', 'special', 'handout', 'screenshot', 'screen capture',
  'screen grab', 'capture', 'social networks', 'social media', 'networks', 'reproduction', 'press office',
  'press release', 'twitter', 'instagram', 'facebook', 'youtube', 'tiktok', 'x', 'internet', 'web',
  'illustrative', 'reference', 'stock', 'private', 'private archive', 'family archive', 'dr', 'pool',
  'archivo', 'cortesía', 'especial', 'redes sociales', 'captura', 'captura de pantalla', 'reproducción',
  'reprodução', 'divulgação', 'arquivo', 'archivio', 'archiv', 'privat', 'droits réservés', 'cedida',
  'cedidas', 'gentileza', 'ufficio stampa', 'handout photo', 'via reuters', 'via ap', 'via afp'
]

/**
 * Small words inside credited names ("Ministry of Health", "Juan de la
 * Cruz", "Ursula von der Leyen").
 *
 * Source: name particles of the five source languages (Wikipedia, "Nobiliary
 * particle") and English connectors.
 */
export const NAME_CONNECTORS: readonly string[] = [
  'de', 'del', 'della', 'delle', 'dei', 'di', 'da', 'das', 'do', 'dos', 'du', 'des', 'la', 'le', 'les', 'lo',
  'van', 'von', 'der', 'den', 'ter', 'y', 'e', 'i', 'and', 'und', 'et', 'of', 'the', 'for', 'al', 'el', 'bin',
  'via', '&'
]

/**
 * Copyright notices.
 *
 * Source: the notices of the agencies' wire feeds and sites ("© 2024 The
 * Associated Press. All rights reserved.", "All rights reserved") and the MT
 * renderings of "Todos los derechos reservados / Prohibida su reproducción /
 * Riproduzione riservata / Reproduction interdite / Reprodução proibida /
 * Alle Rechte vorbehalten" (reproduction prohibited, reproduction reserved,
 * reserved reproduction, all rights reserved).
 */
export const COPYRIGHT_EN: readonly string[] = [
  'all rights reserved', 'all the rights reserved', 'all rights are reserved', 'rights reserved',
  'reproduction prohibited', 'reproduction is prohibited', 'reproduction forbidden', 'reproduction is forbidden',
  'reproduction reserved', 'reserved reproduction', 'total or partial reproduction is prohibited',
  'partial or total reproduction is prohibited', 'its reproduction is prohibited', 'reproduction not allowed',
  'reproduction not permitted', 'reprint prohibited', 'reprinting prohibited', 'all reproduction prohibited',
  'this material may not be published', 'may not be published, broadcast, rewritten or redistributed',
  'may not be reproduced'
]

/**
 * Words that, alone after a full sentence at the end of a paragraph, are
 * the remains of a stripped caption, player or link — capitalised or not
 * ("… on Sunday. Photo", "… the minister said. Video.").
 *
 * Source: the caption, gallery, player and ad-slot labels above (English and
 * MT renderings) and their untranslated source forms.
 */
export const FRAGMENT_WORDS_EN: readonly string[] = [
  'photo', 'photos', 'video', 'videos', 'image', 'images', 'picture', 'pictures', 'gallery', 'photo gallery',
  'photogallery', 'infographic', 'graphic', 'audio', 'podcast', 'advertisement', 'advertising', 'publicity',
  'sponsored', 'share', 'tweet', 'read more', 'see more', 'keep reading', 'continue reading', 'more photos',
  'more videos', 'watch video', 'play video', 'see video', 'file photo', 'archive photo', 'archive image',
  'photo file', 'related', 'related news', 'also read', 'read also'
]

/**
 * Lower-case words that start a short "sentence" which is a capitalisation
 * slip, an aside or a reply rather than a stray leftover ("… too. again.",
 * "yes.", "maybe."), so the rule does not offer to delete them.  The
 * closed-class words of english-words.ts (FUNCTION_WORDS) are excluded too.
 *
 * Source: the sentence adverbs, interjections and replies of English
 * grammars (Quirk et al. 1985, §8.88 ff. "disjuncts" and §11.54 "reaction
 * signals").
 */
export const NOT_FRAGMENT_STARTERS: readonly string[] = [
  'too', 'then', 'also', 'yes', 'yeah', 'no', 'nope', 'not', 'ok', 'okay', 'well', 'oh', 'ah', 'eh', 'hey',
  'please', 'thanks', 'thank', 'indeed', 'really', 'maybe', 'perhaps', 'again', 'anyway', 'still', 'however',
  'instead', 'either', 'neither', 'now', 'later', 'soon', 'ever', 'never', 'always', 'sometimes', 'here',
  'there', 'why', 'how', 'what', 'sure', 'right', 'wow', 'alas', 'amen', 'bravo', 'hello', 'goodbye', 'sorry',
  'otherwise', 'meanwhile', 'besides', 'hence', 'thus', 'therefore', 'nevertheless', 'nonetheless', 'anyhow',
  'etc', 'et', 'al', 'ie', 'eg', 'cf', 'viz', 'vs', 'ibid', 'op', 'cit', 'ps', 'nb', 'period', 'full',
  'ditto', 'fine', 'agreed', 'done', 'enough', 'exactly', 'absolutely', 'definitely', 'certainly', 'probably',
  'possibly', 'hopefully', 'obviously', 'clearly', 'unfortunately', 'fortunately', 'apparently', 'finally',
  'first', 'second', 'third', 'next', 'last', 'lastly', 'today', 'tomorrow', 'yesterday', 'tonight', 'me',
  'myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'themselves', 'nothing', 'everything',
  'something', 'anything', 'nobody', 'everybody', 'somebody', 'anybody', 'none', 'one', 'two', 'three'
]

/**
 * Words that may stand before a clock time at the end of a line ("opens at
 * 10:30", "from 9:00"), so the number is a time, not a video duration.
 *
 * Source: English prepositions and time expressions (Quirk et al. 1985,
 * §9.36 "time position") and sports listings ("kick-off 15:00").
 */
export const TIME_WORDS: readonly string[] = [
  'at', 'by', 'until', 'till', 'til', 'to', 'from', 'before', 'after', 'around', 'about', 'approximately',
  'circa', 'since', 'between', 'and', 'or', 'than', 'no', 'vs', 'v', 'kick-off', 'kickoff', 'ko', 'time',
  'times', 'clock', 'ends', 'starts', 'opens', 'closes', 'begins', 'gmt', 'utc', 'cet', 'est', 'et', 'pt',
  'local', 'hours', 'hrs', 'h', 'p.m', 'a.m', 'pm', 'am', 'tonight', 'today', 'tomorrow', 'noon', 'midnight',
  'open', 'close', 'start', 'begin', 'end', 'kicks', 'off', 'deadline', 'curfew', 'lands', 'departs', 'arrives',
  // Race times without seconds ("won the marathon in 2:15").
  'in', 'of', 'with', 'for', 'a', 'the', 'record', 'best', 'clocked', 'clocking', 'won', 'wins', 'finished',
  'finishes', 'ran', 'runs', 'timed', 'under', 'over', 'within', 'inside', 'minute', 'minutes', 'mark',
  'score', 'scoreline', 'result', 'halftime', 'half-time', 'ratio', 'verse', 'psalm', 'psalms', 'john',
  'matthew', 'mark', 'luke', 'genesis', 'exodus', 'revelation', 'romans', 'corinthians', 'chapter'
]

/**
 * Finite verbs that make a two-word lower-case fragment a clause ("… crashed.
 * bitcoin fell.") — a capitalisation slip, not a leftover, so it is not
 * offered for deletion.  Regular past forms (-ed) are recognised by their
 * ending.
 *
 * Source: the common irregular verbs of English (Wikipedia, "List of English
 * irregular verbs"), past forms, plus the present forms of the reporting
 * verbs of news copy.
 */
export const CLAUSE_VERBS: readonly string[] = [
  'fell', 'rose', 'won', 'lost', 'said', 'says', 'went', 'goes', 'came', 'comes', 'took', 'takes', 'made',
  'makes', 'left', 'leaves', 'got', 'gets', 'gave', 'gives', 'saw', 'sees', 'knew', 'knows', 'told', 'tells',
  'thought', 'thinks', 'found', 'finds', 'held', 'holds', 'kept', 'keeps', 'began', 'begins', 'ran', 'runs',
  'sold', 'sells', 'bought', 'buys', 'paid', 'pays', 'met', 'meets', 'led', 'leads', 'struck', 'strikes',
  'broke', 'breaks', 'spoke', 'speaks', 'wrote', 'writes', 'drove', 'drives', 'flew', 'flies', 'grew', 'grows',
  'fought', 'fights', 'built', 'builds', 'sent', 'sends', 'spent', 'spends', 'stood', 'stands', 'sat', 'sits',
  'hit', 'hits', 'cut', 'cuts', 'set', 'sets', 'put', 'puts', 'shut', 'shuts', 'quit', 'quits', 'hurt',
  'hurts', 'slid', 'slides', 'sank', 'sinks', 'shrank', 'shrinks', 'soared', 'soars', 'agreed', 'agrees',
  'died', 'dies', 'wins', 'loses', 'works', 'worked', 'failed', 'fails', 'refused', 'refuses', 'added',
  'adds', 'declined', 'declines', 'denied', 'denies', 'disagreed', 'disagrees', 'smiled', 'smiles',
  'laughed', 'laughs', 'nodded', 'nods', 'resigned', 'resigns', 'survived', 'survives', 'continues',
  'continued', 'followed', 'follows', 'happened', 'happens', 'matters', 'mattered', 'helps', 'helped'
]

/**
 * Related-link labels that continue the story above them (a teaser's "read
 * more" link), so the line after them is not their headline: after "Leer
 * más" comes the next teaser, not the linked story.
 *
 * Source: the read-more links of teaser lists (English, and the Spanish,
 * Portuguese, Italian, French and German forms of stray-fragment-sources.ts).
 */
export const CONTINUATION_LABELS: readonly string[] = [
  'read more', 'keep reading', 'continue reading', 'read the full story', 'read the full article', 'read the complete article',
  'read the full note', 'read the complete note', 'read full note', 'see more', 'know more', 'to know more', 'want to know more',
  'leer más', 'lee más', 'lea más', 'leer nota completa', 'lee la nota completa', 'seguir leyendo', 'sigue leyendo', 'siga leyendo',
  'seguí leyendo', 'continúa leyendo', 'continuar leyendo', 'ver más', 'saber más', 'para saber más', 'leia mais', 'continue lendo',
  'leia a matéria completa', 'leia a reportagem completa', 'veja mais', 'saiba mais', 'leggi tutto', 'leggi di più', 'continua a leggere',
  'lire la suite', 'en savoir plus', 'pour en savoir plus', 'weiterlesen', 'mehr lesen', 'lesen sie mehr'
]
