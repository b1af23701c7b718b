/**
 * Source-language page furniture for `stray-fragment`: the labels of Spanish,
 * Italian, French, Portuguese and German news sites that MT leaves in the
 * English text untranslated (their literal English renderings are in
 * stray-fragment.ts).
 *
 * Matched case-insensitively with accents folded ("Mirá también" = "mira
 * tambien"), so each phrase is listed once in its usual spelling.
 */

export interface SourceFurniture {
  /** Related-link labels ("Lee también"): alone, before a separator, or before a headline. */
  related: readonly string[]
  /** Call-to-action openings ("Síguenos en"): the line is furniture whatever follows. */
  cta: readonly string[]
  /** Share-bar actions ("Compartir", "Imprimir"). */
  share: readonly string[]
  /** Ad slots and "continues after the ad" lines: alone or before a separator. */
  ads: readonly string[]
  /** Credit labels that are furniture before any tail ("Foto:", "Imagen:"). */
  credit: readonly string[]
  /** Credit labels that need a credit-like tail ("Fuente: EFE", "Texto: …"). */
  creditWeak: readonly string[]
  /** Copyright notices. */
  copyright: readonly string[]
  /** Caption and player words left alone after a sentence ("… el domingo. Foto"). */
  fragments: readonly string[]
}

/**
 * Spanish.  Source: related-link and call-to-action labels as printed in the
 * article pages of El País ("Más información"), El Universal and Milenio,
 * Mexico ("Lee también:"), TN, Argentina ("Leé también:"), Clarín ("Mirá
 * también"), Infobae ("Seguir leyendo:"), La Nación, Argentina ("Seguí
 * leyendo"), El Tiempo and Semana, Colombia ("Le puede interesar:"), El
 * Comercio, Peru ("Te puede interesar"), 20minutos and RTVE ("Noticias
 * relacionadas", "Síguenos en"); credits in the EFE and Europa Press style
 * ("Foto: EFE/…", "Imagen de archivo", "Fuente: EFE").
 */
export const ES: SourceFurniture = {
  related: [
    'lee también', 'lea también', 'leé también', 'leer también', 'lee además', 'lea además', 'mira también',
    'mirá también', 'ver también', 'vea también', 'véase también', 'te puede interesar', 'le puede interesar',
    'puede interesarte', 'puede interesarle', 'te podría interesar', 'le podría interesar',
    'también te puede interesar', 'también le puede interesar', 'tal vez te interese', 'quizás te interese',
    'quizá te interese', 'te recomendamos', 'le recomendamos', 'recomendamos', 'más información', 'más info',
    'para saber más', 'saber más', 'seguir leyendo', 'sigue leyendo', 'siga leyendo', 'seguí leyendo',
    'continúa leyendo', 'continuar leyendo', 'leer más', 'lee más', 'lea más', 'leer nota completa',
    'lee la nota completa', 'ver más', 'más noticias', 'otras noticias', 'noticias relacionadas',
    'notas relacionadas', 'nota relacionada', 'contenido relacionado', 'relacionado', 'relacionadas',
    'relacionados', 'artículos relacionados', 'lo más leído', 'te sugerimos', 'sugerimos', 'en video',
    'en vídeo', 'en imágenes', 'en fotos', 'más sobre', 'mas sobre este tema', 'más sobre este tema'
  ],
  cta: [
    'síguenos en', 'síguenos', 'síganos en', 'síganos', 'seguinos en', 'suscríbete', 'suscríbase', 'suscribite',
    'recibe nuestro boletín', 'recibe nuestra newsletter', 'únete a nuestro canal', 'únete a', 'sumate a',
    'haz clic aquí', 'haz click aquí', 'haga clic aquí', 'hacé clic aquí', 'pulsa aquí', 'pincha aquí',
    'clic aquí', 'click aquí', 'da clic aquí', 'dale clic', 'descarga la app', 'descarga nuestra app',
    'descarga la aplicación', 'comparte esta noticia', 'compartir en', 'comparte en', 'mira el video',
    'mira el vídeo', 'ver video', 'ver vídeo', 'escucha el podcast', 'escucha la noticia'
  ],
  share: ['compartir', 'comparte', 'compártelo', 'imprimir', 'comentar', 'comentarios', 'enviar', 'tuitear', 'twittear', 'copiar enlace', 'guardar'],
  ads: [
    'publicidad', 'anuncio', 'contenido patrocinado', 'patrocinado', 'continúa después de la publicidad',
    'sigue después de la publicidad', 'la nota continúa debajo', 'la noticia continúa debajo',
    'continúa después del anuncio'
  ],
  credit: [
    'foto', 'fotos', 'fotografía', 'fotografías', 'imagen', 'imágenes', 'vídeo', 'video', 'foto de archivo',
    'imagen de archivo', 'fotografía de archivo', 'infografía', 'ilustración', 'crédito', 'créditos',
    'crédito foto', 'crédito de la foto', 'crédito de foto', 'fotogalería', 'galería', 'galería de fotos',
    'pie de foto'
  ],
  creditWeak: ['fuente', 'texto', 'edición', 'cámara', 'redacción', 'cortesía', 'producción', 'realización', 'gráfico'],
  copyright: [
    'todos los derechos reservados', 'derechos reservados', 'prohibida su reproducción', 'prohibida la reproducción',
    'queda prohibida su reproducción', 'queda prohibida la reproducción', 'reproducción prohibida'
  ],
  fragments: ['foto', 'fotos', 'vídeo', 'video', 'imagen', 'imágenes', 'galería', 'fotogalería', 'publicidad', 'audio']
}

/**
 * Italian.  Source: article-page labels of Corriere della Sera and la
 * Repubblica ("Leggi anche"), Il Sole 24 Ore ("Per saperne di più"), la
 * Stampa and Il Fatto Quotidiano ("Potrebbe interessarti", "Articoli
 * correlati"), Sky TG24 ("Guarda anche"); the ANSA footer ("RIPRODUZIONE
 * RISERVATA © Copyright ANSA") and credits ("Foto: ANSA", "Foto d'archivio").
 */
export const IT: SourceFurniture = {
  related: [
    'leggi anche', 'leggi pure', "leggi l'articolo", 'leggi tutto', 'leggi di più', 'potrebbe interessarti',
    'ti potrebbe interessare', 'potrebbe interessarti anche', 'ti può interessare', 'potrebbe interessarle',
    'vedi anche', 'guarda anche', 'approfondisci', 'approfondimenti', 'approfondimento', 'per saperne di più',
    'articoli correlati', 'notizie correlate', 'correlati', 'correlato', 'altre notizie', 'le altre notizie',
    'i più letti', 'più letti', 'continua a leggere', 'consigliati', 'ti consigliamo', 'da non perdere',
    'potrebbe anche interessarti', 'leggi la notizia'
  ],
  cta: [
    'seguici su', 'seguici', 'iscriviti', 'iscriviti alla newsletter', 'clicca qui', "scarica l'app",
    'condividi su', 'unisciti al canale', 'entra nel canale', 'guarda il video', 'ascolta il podcast'
  ],
  share: ['condividi', 'stampa', 'commenta', 'commenti', 'invia', 'copia link', 'salva'],
  ads: [
    'pubblicità', 'contenuto sponsorizzato', 'sponsorizzato', 'continua dopo la pubblicità',
    "l'articolo continua sotto", 'articolo continua sotto', 'prosegue dopo la pubblicità'
  ],
  credit: [
    'foto', 'immagine', 'immagini', 'video', "foto d'archivio", 'foto archivio', 'credito', 'crediti',
    'credito foto', 'fotogallery', 'galleria', 'foto ansa', 'foto di repertorio', 'immagine di repertorio'
  ],
  creditWeak: ['fonte', 'testo', 'servizio', 'montaggio', 'riprese', 'cortesia'],
  copyright: ['tutti i diritti riservati', 'diritti riservati', 'riproduzione riservata', 'riproduzione vietata'],
  fragments: ['foto', 'video', 'immagine', 'fotogallery', 'pubblicità', 'galleria']
}

/**
 * French.  Source: article-page labels of Le Monde ("Lire aussi"), Le
 * Figaro and Libération ("À lire aussi"), Le Parisien ("Sur le même sujet"),
 * Ouest-France ("En savoir plus"), France 24 and franceinfo ("Voir aussi",
 * "Suivez-nous sur"); AFP credits ("Photo : AFP", "Crédit photo :", "Photo
 * d'archives").
 */
export const FR: SourceFurniture = {
  related: [
    'lire aussi', 'à lire aussi', 'lire également', 'à lire également', 'voir aussi', 'à voir aussi',
    'à voir également', 'sur le même sujet', "plus d'informations", "plus d'infos", 'en savoir plus',
    'pour aller plus loin', 'pour en savoir plus', 'vous pourriez aussi aimer', 'vous aimerez aussi',
    'ça pourrait vous intéresser', 'cela pourrait vous intéresser', 'à découvrir', 'à découvrir aussi',
    'lire la suite', 'articles liés', 'articles similaires', 'les plus lus', 'à lire', 'à voir',
    'nos articles sur le sujet'
  ],
  cta: [
    'suivez-nous sur', 'suivez-nous', 'abonnez-vous', 'inscrivez-vous', 'cliquez ici', "téléchargez l'application",
    'partager sur', 'rejoignez-nous', 'recevez notre newsletter', 'regardez la vidéo'
  ],
  share: ['partager', 'partagez', 'imprimer', 'commenter', 'commentaires', 'envoyer', 'copier le lien', 'sauvegarder'],
  ads: [
    'publicité', 'contenu sponsorisé', 'sponsorisé', 'la suite après cette publicité', 'suite après la publicité',
    "l'article continue ci-dessous", 'la suite après la publicité'
  ],
  credit: [
    'photo', 'photos', 'image', 'vidéo', 'crédit', 'crédits', 'crédit photo', 'crédits photo', "photo d'archives",
    "image d'archives", 'illustration', 'infographie'
  ],
  creditWeak: ['source', 'texte', 'montage', 'réalisation'],
  copyright: ['tous droits réservés', 'droits réservés', 'reproduction interdite'],
  fragments: ['vidéo', 'publicité']
}

/**
 * Portuguese.  Source: article-page labels of Folha de S.Paulo ("Leia
 * também", "Leia mais"), G1 and O Globo ("Veja também", "Saiba mais"),
 * Estadão ("Continua após a publicidade"), UOL ("Confira"), Público and
 * Observador, Portugal ("Saiba mais", "Mais informações"); credits in the
 * Agência Brasil and Lusa style ("Foto: Agência Brasil", "Reprodução/…").
 */
export const PT: SourceFurniture = {
  related: [
    'leia também', 'leia mais', 'leia ainda', 'veja também', 'veja mais', 'saiba mais', 'mais informações',
    'você pode se interessar', 'pode te interessar', 'pode lhe interessar', 'pode interessar',
    'também pode interessar', 'confira também', 'confira', 'assista também', 'notícias relacionadas',
    'relacionadas', 'relacionados', 'conteúdo relacionado', 'matérias relacionadas', 'mais lidas',
    'continue lendo', 'leia a matéria completa', 'leia a reportagem completa', 'recomendamos', 'veja o vídeo'
  ],
  cta: [
    'siga-nos', 'siga-nos no', 'siga-nos nas', 'inscreva-se', 'assine', 'assine a newsletter',
    'assine nossa newsletter', 'clique aqui', 'baixe o app', 'baixe o aplicativo', 'participe do canal',
    'entre no canal', 'receba as notícias', 'assista ao vídeo'
  ],
  share: ['compartilhe', 'compartilhar', 'imprimir', 'comentar', 'comentários', 'enviar', 'copiar link', 'salvar'],
  ads: [
    'publicidade', 'continua após a publicidade', 'continua depois da publicidade', 'conteúdo patrocinado',
    'patrocinado', 'anúncio', 'publieditorial'
  ],
  credit: [
    'foto', 'fotos', 'imagem', 'imagens', 'vídeo', 'crédito', 'créditos', 'foto de arquivo', 'imagem de arquivo',
    'infográfico', 'ilustração', 'galeria', 'galeria de fotos'
  ],
  creditWeak: ['fonte', 'texto', 'edição', 'reportagem', 'produção', 'cortesia'],
  copyright: ['todos os direitos reservados', 'direitos reservados', 'reprodução proibida', 'proibida a reprodução'],
  fragments: ['foto', 'fotos', 'vídeo', 'imagem', 'galeria', 'publicidade']
}

/**
 * German.  Source: article-page labels of Der Spiegel and tagesschau.de
 * ("Mehr zum Thema"), Die Zeit ("Lesen Sie auch", "Weitere Artikel
 * anzeigen"), FAZ and Die Welt ("Lesen Sie auch", "Auch interessant"),
 * Süddeutsche Zeitung ("Lesen Sie mehr"), Focus ("Das könnte Sie auch
 * interessieren"); dpa credits ("Foto: dpa", "Bild: …", "Archivbild",
 * "Quelle: dpa") and the "Anzeige" ad marker.
 */
export const DE: SourceFurniture = {
  related: [
    'lesen sie auch', 'lesen sie mehr', 'lesen sie hier', 'lies auch', 'mehr zum thema', 'mehr dazu',
    'auch interessant', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren',
    'könnte sie auch interessieren', 'weitere informationen', 'mehr informationen', 'weiterlesen',
    'weitere artikel anzeigen', 'weitere artikel', 'mehr lesen', 'siehe auch', 'zum thema', 'verwandte artikel',
    'ähnliche artikel', 'meistgelesen', 'meistgelesene artikel', 'passend zum thema', 'unsere empfehlung',
    'empfehlungen'
  ],
  cta: [
    'folgen sie uns', 'folge uns', 'abonnieren sie', 'jetzt abonnieren', 'newsletter abonnieren',
    'klicken sie hier', 'hier klicken', 'hier geht es zum', "hier geht's zum", 'app herunterladen'
  ],
  share: ['teilen', 'drucken', 'kommentieren', 'kommentare', 'senden', 'link kopieren', 'speichern', 'merken'],
  ads: ['anzeige', 'werbung', 'gesponsert', 'weiter nach der anzeige', 'artikel wird nach der anzeige fortgesetzt', 'fortsetzung nach der anzeige'],
  credit: ['foto', 'fotos', 'bild', 'bilder', 'video', 'archivbild', 'archivfoto', 'bildquelle', 'fotoquelle', 'grafik', 'bildunterschrift'],
  creditWeak: ['quelle', 'text', 'kamera', 'schnitt'],
  copyright: ['alle rechte vorbehalten', 'nachdruck verboten'],
  fragments: ['foto', 'bild', 'video', 'anzeige', 'werbung']
}

export const SOURCE_FURNITURE: Readonly<Record<'es' | 'it' | 'fr' | 'pt' | 'de', SourceFurniture>> = {
  es: ES,
  it: IT,
  fr: FR,
  pt: PT,
  de: DE
}
