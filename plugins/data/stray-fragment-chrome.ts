/**
 * Site chrome for `stray-fragment`: the strings a content management system
 * or a site theme prints around an article — comment forms, navigation,
 * pagers, widgets, counters, field labels, section names, mastheads,
 * language switchers — which a scraper or a copy-paste carries into the
 * text.  All matched after folding (lower case, accents off, one apostrophe)
 * on a whole line, after leading bullets and before trailing ":", "»", "*",
 * "!" (see plugins/stray-fragment/chrome.ts).
 *
 * Sources (written from general knowledge of these systems, not from any
 * corpus): WordPress core and its default themes (comment form, post
 * navigation, "Posted in … Bookmark the permalink", skip links), with the
 * core translations of translate.wordpress.org for Spanish, Italian,
 * French, Portuguese, German, Dutch, Turkish, Indonesian, Romanian, Polish
 * and Russian; WordPress.com and Jetpack ("You are commenting using your
 * … account", "Share this:", "Like this:"); Akismet; wpDiscuz ("Notify of",
 * "Inline Feedbacks"); the commercial news themes tagDiv Newspaper ("Please
 * enter your comment!", "- Advertisement -", "Google search engine", "Most
 * Popular", "Recent Comments"), JNews and Jannah ("Back to top button",
 * "Check Also"); Drupal core (comment and CAPTCHA module strings); Blogger;
 * ad-block detector plugins; and the section and navigation menus of news
 * sites in the same languages.
 */

/**
 * Whole lines of site chrome in English: the line is furniture wherever it
 * stands.  Only strings that are never a headline, subhead or sentence of
 * news copy on their own.
 */
export const CHROME_LINES_EN: readonly string[] = [
  // Comment forms (WordPress core, WordPress.com, Drupal, Blogger, Disqus, wpDiscuz, tagDiv).
  'leave a reply', 'leave a comment', 'leave your comment', 'leave a response', 'add new comment', 'add a comment',
  'add comment', 'post a comment', 'post comment', 'write a comment', 'submit a comment',
  // The literal English MT of the Spanish and Portuguese themes' "Haz un comentario" / "Faça um comentário".
  'make a comment',
  'submit comment', 'cancel reply', 'comments are closed', 'no comments yet', 'be the first to comment',
  'join the discussion', 'join the conversation', 'start the discussion', 'notify of', 'inline feedbacks',
  'view all comments', 'load more comments', 'show comments', 'hide comments', 'recent comments', 'comment form',
  'please enter your comment', 'please enter your name here', 'you have entered an incorrect email address',
  'please enter your email address here', 'your email address will not be published',
  'your email address will not be published required fields are marked',
  'required fields are marked', 'mandatory fields are marked',
  'connecting to %s', 'log in to reply', 'log in to comment', 'login to comment',
  // Skip links and scroll buttons.
  'skip to content', 'skip to main content', 'skip to navigation', 'skip to footer', 'skip to search',
  'jump to content', 'scroll to top', 'scroll to top button', 'back to top', 'back to top button', 'go to top',
  'to top', 'top of page', 'back to home', 'back to homepage', 'go to homepage', 'toggle navigation',
  'open menu', 'close menu', 'main menu', 'search for', 'type and hit enter', 'press enter to search',
  // Post navigation and pagers.
  'next post', 'previous post', 'next article', 'previous article', 'next story', 'previous story', 'next news',
  'previous news', 'older posts', 'newer posts', 'older post', 'newer post',
  'older entries', 'newer entries', 'load more', 'load more articles', 'show more', 'view more', 'see all',
  'view all', 'see all news', 'all news', 'more news', 'next page', 'previous page', 'next', 'prev', 'previous',
  // Widgets and blocks of news themes.
  'recent posts', 'recent articles', 'recent news', 'latest posts', 'latest articles', 'latest stories', 'latest updates', 'popular posts', 'popular articles', 'popular news', 'popular stories',
  'most popular', 'most read', 'most viewed', 'most view', 'most shared', 'most commented', 'must read',
  // tagDiv Newspaper theme: the alt text of its advertisement image placeholder; share bars' button labels.
  'google search engine', 'share button', 'share buttons',
  'must reads', 'editor picks', "editor's picks", 'editors picks', 'top news', 'top stories', 'top headlines',
  'headlines', 'news feed', 'live updates', 'live blog', 'breaking news', 'breaking',
  'just in', 'news ticker', 'you may have missed', "don't miss", 'do not miss', 'dont miss', 'more like this',
  'more from author', 'more from this author', 'more stories from', 'related posts', 'related',
  'similar posts', 'similar articles', 'check also', 'see also', 'read next', 'up next', 'what to read next',
  'about the author', 'about author', 'author details', 'author bio',
  'stay connected', 'connect with us', 'follow us', 'find us on facebook', 'like us on facebook', 'social media',
  'subscribe', 'subscribe now', 'newsletter', 'sign up', 'sign in', 'log in', 'login', 'log out', 'logout',
  'register', 'my account', 'search', 'menu', 'home', 'homepage', 'home page', 'contact', 'contact us',
  'about us', 'advertise', 'advertise with us', 'privacy policy', 'privacy', 'terms of use', 'terms of service',
  'terms and conditions', 'cookie policy', 'cookie settings', 'accept cookies', 'accept all cookies',
  'all rights reserved', 'sitemap', 'rss', 'rss feed', 'select language', 'choose language',
  'tags', 'tag', 'categories', 'category', 'archives', 'archive', 'filed under', 'tagged', 'topics',
  'share this', 'share this:', 'like this', 'like this:', 'loading', 'loading...', 'share this post', 'share this page', 'share article', 'share story', 'print article',
  'print this article', 'print this page', 'email this', 'email article', 'copy link', 'link copied',
  'copy url', 'listen to this article', 'listen to article', 'audio version', 'read in app', 'open in app',
  'source link', 'source site', 'original article', 'original source',
  'read the original', 'read the original article', 'read original article',
  'click here for full story', 'read full story', 'read the full story', 'read full article',
  'read the rest', 'read the article', 'full article', 'view original', 'view source', 'ad blocker detected', 'adblock detected', 'adblocker detected', 'disable ad block', 'disable adblock', 'i have disabled my ad blocker',
  'advertisment', 'advertisement', 'sponsored', 'sponsored links', 'promoted content', 'recommended',
  'recommended for you', 'recommended stories', 'trending now', 'trending', 'trending topics', 'video player',
  'watch now', 'watch live', 'listen live', 'photo gallery', 'image gallery', 'gallery', 'view gallery',
  'enlarge image', 'enlarge', 'zoom', 'fullscreen', 'close', 'open', 'expand', 'collapse', 'read more',
  'show less', 'see more', 'more', 'less', 'reply', 'replies', 'report', 'report abuse', 'flag',
  'like', 'dislike', 'follow', 'unfollow', 'bookmark', 'save for later', 'saved', 'comments', 'comment',
  'no comments', '0 comments', 'one comment'
]

/** An opening of a chrome line. */
export interface Opening {
  /** The opening words (folded). */
  readonly p: string
  /** At most this many words on the line. */
  readonly max: number
  /** 'open': only on a line without a final full stop (the short labels); 'any': also a sentence (the form texts). */
  readonly end: 'open' | 'any'
  /** The opening must be followed by a colon in the text ("Tags:", not "Tags are …"). */
  readonly colon?: boolean
}

const open = (p: string, max: number): Opening => ({p, max, end: 'open'})
const any = (p: string, max: number): Opening => ({p, max, end: 'any'})
const label = (p: string, max: number): Opening => ({p, max, end: 'any', colon: true})

/**
 * Openings of chrome lines: the line is furniture whatever follows, up to
 * the word count given (the long disclaimers and form texts run on).
 */
export const CHROME_OPENINGS_EN: readonly Opening[] = [
  any('you are commenting using your', 16),
  any('fill in your details below or click an icon to log in', 16),
  any('this entry was posted in', 30),
  any('this entry was posted on', 30),
  any('bookmark the permalink', 12),
  any('this site uses akismet to reduce spam', 20),
  any('your email address will not be published', 20),
  any('your e-mail address will not be published', 20),
  any('required fields are marked', 10),
  any('this question is for testing whether or not you are a human visitor', 30),
  any('enter the characters shown in the image', 12),
  any('what code is in the image', 12),
  any('notify me of follow-up comments', 16),
  any('notify me of new comments', 16),
  any('notify me of new posts', 16),
  any('save my name, email, and website in this browser', 24),
  any('you must be logged in to post a comment', 16),
  any('sorry, you must be logged in', 16),
  any('comments are closed', 12),
  any('please support us by disabling', 20),
  any('please consider supporting us by disabling', 20),
  any('we noticed you are using an ad blocker', 30),
  any('this domain is for sale', 12),
  any('this domain may be for sale', 12),
  any('this article is from', 14),
  any('note this is a translated version', 30),
  any('this is a translated version', 30),
  any('this article has been translated', 30),
  any('this article was translated', 30),
  any('this article was machine translated', 30),
  any('this text was translated automatically', 30),
  any('this article was automatically translated', 30),
  any('translated automatically', 20),
  any('the full article is available', 16),
  any('the complete article is available', 16),
  any('the full story is available', 16),
  any('this content is available to subscribers', 16),
  any('this article is available to subscribers', 16),
  any('subscribe to continue reading', 12),
  any('to continue reading', 12),
  any('this article originally appeared', 20),
  any('this article was originally published', 20),
  any('this story originally appeared', 20),
  any('this article first appeared', 20),
  any('we have detected that you are using', 30),
  open('powered by', 5),
  open('proudly powered by', 6),
  open('posted in', 12),
  open('filed under', 12),
  open('tagged with', 14),
  open('browsing tag', 8),
  open('browsing category', 8),
  open('archive for the', 10),
  open('archives for', 8),
  open('posts tagged', 8),
  open('all posts tagged', 8),
  open('you may also like', 14),
  open('click to share on', 10),
  open('click to print', 8),
  open('click to email', 10),
  open('listen to this article', 10),
  open('published in', 8),
  open('add a comment', 8),
  open('add new comment', 8),
  open('previous article', 24),
  open('next article', 24),
  open('previous post', 24),
  open('next post', 24),
  label('tags', 20),
  label('tag', 12),
  label('tagged', 20),
  label('categories', 12),
  label('category', 8),
  label('topics', 12)
]

/**
 * The same chrome in the languages the pages come from (WordPress core
 * translations and the news sites' menus): whole lines.
 */
export const CHROME_LINES_SOURCE: readonly string[] = [
  // es
  'deja una respuesta', 'deja un comentario', 'dejar un comentario', 'deja tu comentario', 'añadir nuevo comentario',
  'tu dirección de correo electrónico no será publicada', 'los campos obligatorios están marcados con',
  'comentarios', 'ir al contenido', 'saltar al contenido', 'volver arriba', 'ir arriba', 'noticia anterior',
  'noticia siguiente', 'entrada anterior', 'entrada siguiente', 'artículo anterior', 'artículo siguiente',
  'etiquetas', 'categorías', 'buscar', 'menú', 'inicio', 'portada', 'últimas noticias', 'lo más visto',
  'lo más leído', 'compartir', 'en vivo', 'última hora',
  // it
  'lascia un commento', 'lascia una risposta', 'il tuo indirizzo email non sarà pubblicato',
  'i campi obbligatori sono contrassegnati', 'articolo precedente', 'articolo successivo', 'vai al contenuto',
  'torna su', 'ultime notizie', 'ultim\'ora', 'commenti', 'categorie', 'cerca',
  // fr
  'laisser un commentaire', 'laisser une réponse', 'votre adresse e-mail ne sera pas publiée',
  'les champs obligatoires sont indiqués avec', 'article précédent', 'article suivant', 'aller au contenu',
  'retour en haut', 'dernières nouvelles', 'dernières actualités', 'à la une', 'commentaires', 'rechercher',
  // pt
  'deixe um comentário', 'deixe uma resposta', 'o seu endereço de e-mail não será publicado',
  'seu endereço de e-mail não será publicado', 'campos obrigatórios são marcados com', 'notícia anterior',
  'próxima notícia', 'artigo anterior', 'próximo artigo', 'pular para o conteúdo', 'ir para o conteúdo',
  'voltar ao topo', 'últimas notícias', 'mais lidas', 'comentários',
  // de
  'schreibe einen kommentar', 'hinterlasse einen kommentar', 'kommentar hinterlassen',
  'deine e-mail-adresse wird nicht veröffentlicht', 'ihre e-mail-adresse wird nicht veröffentlicht',
  'erforderliche felder sind mit markiert', 'vorheriger artikel', 'nächster artikel', 'zum inhalt springen',
  'nach oben', 'zurück nach oben', 'neueste nachrichten', 'kommentare',
  // nl
  'geef een reactie', 'laat een reactie achter', 'je e-mailadres wordt niet gepubliceerd',
  'vereiste velden zijn gemarkeerd met', 'reacties', 'delen',
  // tr
  'yorum yap', 'bir yanıt yazın', 'bir cevap yazın', 'e-posta hesabınız yayımlanmayacak',
  'gerekli alanlar ile işaretlenmişlerdir', 'yorumlar', 'önceki haber', 'sonraki haber', 'paylaş',
  // id
  'tinggalkan balasan', 'tinggalkan komentar', 'alamat email anda tidak akan dipublikasikan',
  'ruas yang wajib ditandai', 'komentar', 'baca juga', 'berita terkait',
  // ro
  'lasă un răspuns', 'lasa un raspuns', 'adresa ta de email nu va fi publicată', 'câmpurile obligatorii sunt marcate cu',
  // pl
  'dodaj komentarz', 'twój adres e-mail nie zostanie opublikowany', 'wymagane pola są oznaczone', 'komentarze',
  // ru, uk
  'добавить комментарий', 'ваш адрес email не будет опубликован', 'обязательные поля помечены', 'комментарии',
  'читайте также', 'поделиться', 'коментарі', 'читайте також',
  // ko, ja, zh
  '댓글', '관련기사', '공유', 'コメント', '関連記事', '评论', '相关新闻', '分享'
]

/**
 * Site sections, in English and the source languages: a line made only of
 * these (with "&", "and", "»", "|") at the top or the foot of a story is a
 * section label or breadcrumb.  Source: the section menus of news sites
 * (BBC, Reuters, AP; El País, Corriere, Le Monde, Folha, Spiegel; the
 * regional names of world desks).
 */
export const SECTION_WORDS: readonly string[] = [
  'news', 'latest', 'breaking', 'politics', 'political', 'world', 'national', 'international', 'local', 'regional',
  'region', 'regions', 'nation', 'domestic', 'foreign', 'general', 'economy', 'economics', 'economic', 'business',
  'finance', 'financial', 'markets', 'money', 'companies', 'industry', 'sport', 'sports', 'soccer', 'football',
  'opinion', 'opinions', 'analysis', 'editorial', 'editorials', 'columns', 'column', 'columnists', 'blog', 'blogs',
  'culture', 'arts', 'entertainment', 'lifestyle', 'life', 'society', 'health', 'medicine', 'science',
  'technology', 'tech', 'environment', 'climate', 'education', 'travel', 'food', 'religion', 'justice',
  'security', 'defense', 'defence', 'military', 'crime', 'courts', 'diplomacy', 'government', 'elections',
  'election', 'features', 'feature', 'specials', 'special', 'interviews', 'interview', 'reports', 'report',
  'videos', 'video', 'photos', 'multimedia', 'podcasts', 'podcast', 'live', 'briefs', 'brief', 'briefing',
  'headlines', 'stories', 'story', 'articles', 'article', 'press', 'releases', 'statements', 'updates',
  'home', 'homepage',
  'africa', 'america', 'americas', 'latin', 'asia', 'europe', 'middle', 'east', 'oceania', 'pacific', 'caribbean',
  // es / pt / it / fr / de / nl / tr / id section names
  'noticias', 'notícias', 'política', 'politica', 'economía', 'economia', 'deportes', 'esportes', 'desporto',
  'internacional', 'nacional', 'sociedad', 'sociedade', 'cultura', 'opinión', 'opinião', 'mundo', 'actualidad',
  'cronaca', 'esteri', 'attualità', 'spettacoli', 'actualités', 'politique', 'économie', 'société', 'monde',
  'nachrichten', 'politik', 'wirtschaft', 'kultur', 'panorama', 'ausland', 'inland', 'nieuws', 'politiek',
  'economie', 'gündem', 'ekonomi', 'dünya', 'spor', 'berita', 'nasional', 'politik'
]

/**
 * Words of outlet names: a short capitalised line ending in one of these
 * (or in one of these and "of" a name), and otherwise only names, is a
 * masthead or a source line ("Example Daily Post", "Example TV", "Public
 * Radio of Example").  Common headline words ("report", "review",
 * "today") are left out.  Source: the common nouns of newspaper, agency and
 * broadcaster names (Wikipedia, "List of newspapers" and "List of news
 * agencies").
 */
export const MASTHEAD_WORDS: readonly string[] = [
  'news', 'post', 'times', 'daily', 'press', 'tv', 'radio', 'agency', 'tribune', 'herald', 'journal', 'gazette',
  'shimbun', 'network', 'channel', 'media', 'weekly', 'magazine', 'chronicle', 'observer', 'courier', 'telegraph',
  'newspaper', 'broadcasting', 'television', 'staff', 'newsroom', 'bureau', 'wire', 'ilbo', 'nippo', 'pravda', 'izvestia'
]

/**
 * Names of languages in their own language, as language switchers print
 * them ("English", "Español", "日本語").  Source: the autonyms of ISO 639-1
 * languages as given by the Unicode CLDR.
 */
export const LANGUAGE_AUTONYMS: readonly string[] = [
  'english', 'español', 'espanol', 'français', 'francais', 'deutsch', 'italiano', 'português', 'portugues',
  'nederlands', 'polski', 'română', 'romana', 'magyar', 'čeština', 'slovenčina', 'türkçe', 'turkce', 'ελληνικά',
  'русский', 'українська', 'български', 'српски', 'hrvatski', 'slovenščina', 'svenska', 'norsk', 'dansk',
  'suomi', 'eesti', 'latviešu', 'lietuvių', 'العربية', 'فارسی', 'עברית', 'हिन्दी', 'বাংলা', 'اردو', '中文',
  '简体中文', '繁體中文', '简体字', '繁體字', '简体', '繁體', '日本語', '한국어', 'bahasa indonesia', 'bahasa melayu',
  'tiếng việt', 'ไทย', 'tagalog', 'kiswahili', 'հայերեն', 'ქართული', 'azərbaycan', 'қазақша', 'oʻzbekcha'
]

/**
 * Field labels of article meta data (date, author, source, updated …):
 * "Published: 21/6/2022", "Updated:2021-07-02 17:30:38", "date 2023-05-09".
 * Before a date or time they are furniture wherever the line stands.
 * Source: the meta lines of WordPress, Drupal and news CMS templates, in
 * English and the source languages.
 */
export const DATE_FIELD_LABELS: readonly string[] = [
  'date', 'dated', 'published', 'published on', 'published at', 'publication date', 'date of publication',
  'posted', 'posted on', 'posted at', 'updated', 'updated on', 'updated at', 'last updated', 'last update',
  'last modified', 'modified', 'released', 'issued on', 'time', 'created', 'created on',
  'fecha', 'fecha de publicación', 'publicado', 'publicado el', 'publicado em', 'actualizado', 'atualizado',
  'atualizado em', 'data', 'data de publicação', 'pubblicato', 'pubblicato il', 'aggiornato', 'publié',
  'publié le', 'mis à jour', 'mis à jour le', 'datum', 'veröffentlicht', 'veröffentlicht am', 'aktualisiert',
  'aktualisiert am', 'stand', 'tarih', 'yayınlanma', 'güncelleme', 'tanggal', 'diterbitkan', 'diperbarui',
  'gepubliceerd', 'bijgewerkt', 'opublikowano', 'zaktualizowano', 'дата', 'опубликовано', 'обновлено',
  '입력', '수정', '发布时间', '更新时间', '時間', '日期'
]

/**
 * Field labels of credits that are furniture before any value on a short
 * line, or alone: the CMS's author, editor, translator and source fields.
 * ("Translator: Jane Roe", "Editor:", "Auther :").  Source: the same
 * templates; "auther" is the misspelling some templates ship.
 */
export const CREDIT_FIELD_LABELS: readonly string[] = [
  'translator', 'translators', 'translation', 'translated by', 'translated from', 'english translation',
  'translation by', 'translated and edited by', 'edited and translated by',
  'editor', 'editors', 'edited by', 'author', 'authors', 'written by', 'posted by', 'published by',
  'reporter', 'reporters', 'correspondent', 'source', 'original source', 'original', 'original at', 'sources', 'from', 'via', 'credit', 'kaynak', 'forrás', 'fonte', 'fuente',
  'quelle', 'bron', 'źródło', 'sursa', 'sumber', 'источник', 'джерело', '출처', '来源', '出典', 'redacción',
  'redazione', 'rédaction', 'redação', 'redaktion', 'penulis', 'editör', 'muhabir'
]

/**
 * CMS user names that stand for no author ("By admin").  Source: the
 * default account names of WordPress, Drupal and Joomla installs.
 */
export const PLACEHOLDER_AUTHORS: readonly string[] = ['admin', 'administrator', 'editor', 'webmaster', 'user', 'staff', 'redaccion', 'redazione', 'guest', 'author', 'root']

/**
 * Kickers printed before a headline ("Breaking news Statements from …",
 * "EXCLUSIVE Rebels …"): a phrase of two words before a capitalised word,
 * one word only in capitals or before a colon, pipe or dash.  Source: the
 * kickers of news sites' headline templates.
 */
export const KICKERS: readonly string[] = ['breaking news', 'just in', 'developing story', 'live updates', 'latest news', 'breaking', 'featured', 'exclusive', 'developing', 'urgent', 'flash', 'update']
