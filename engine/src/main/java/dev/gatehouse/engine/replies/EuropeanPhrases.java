package dev.gatehouse.engine.replies;

/**
 * The German, French, Spanish, Dutch, Italian and Portuguese alternatives of the rule phrases in
 * {@link TriagePhrases}, as regex alternations it appends to its English ones (lower-case,
 * matched case-insensitively; accents optional where people often leave them out). The same
 * linear-time rule holds: no quantified run that could be re-scanned from every position.
 */
final class EuropeanPhrases {

    private EuropeanPhrases() {
    }

    /** Each alternative may only start where a word starts: the scan then skips the inside of words. */
    private static String words(String alternation) {
        return "(?<![\\p{L}\\p{N}])(?:" + alternation + ")";
    }

    static final String BOUNCE_SUBJECT = words("unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|übermittlungsfehler"
            + "|non remis|non distribu|échec de (la )?(remise|distribution|livraison)|notification d'état de (la )?remise"
            + "|message non délivré|no se puede entregar|no entregad|error de entrega|notificación de estado de (la )?entrega"
            + "|onbestelbaar|niet (afgeleverd|bezorgd)|bezorging mislukt|kan niet worden bezorgd|non recapitabile|mancato recapito"
            + "|recapito non riuscito|notifica sullo stato del recapito|não entregue|nao entregue|falha (na|de) entrega"
            + "|notificação de status de entrega|mensagem não entregue");
    static final String BOUNCE_BODY = words("konnte nicht zugestellt werden|nicht zugestellt werden|empfänger(adresse)? (unbekannt|abgelehnt|wurde nicht gefunden)"
            + "|postfach (nicht gefunden|ist voll|voll|existiert nicht|nicht verfügbar)|unbekannter (empfänger|benutzer)"
            + "|n'a pas pu être (remis|distribué|délivré)|adresse (est )?introuvable|destinataire (inconnu|introuvable)"
            + "|boîte (aux lettres|de réception) (pleine|introuvable|inexistante|saturée)|no se (pudo|ha podido) entregar"
            + "|destinatario (desconocido|no existe)|buzón (lleno|no existe|no disponible)|kon niet worden (bezorgd|afgeleverd)"
            + "|onbekende ontvanger|postvak (is )?(vol|bestaat niet)|non è stato possibile recapitare|impossibile recapitare"
            + "|destinatario sconosciuto|casella (di posta )?(piena|inesistente|non esiste)|não foi possível entregar"
            + "|nao foi possivel entregar|destinatário desconhecido|caixa (de correio )?(cheia|inexistente|não existe)");
    static final String SMTP_CONTEXT = words("zustell|empfänger|postfach|serveur|remise|destinataire|servidor|entrega|destinatario"
            + "|bezorg|ontvanger|recapit|destinatário");

    static final String UNSUBSCRIBE = words("abmelden|abbestellen|austragen|(aus|von) (ihrem|ihrer|dem|der|diesem|diesen|ihren) (e-?mail-?)?(verteiler|liste|mailingliste|newsletter)"
            + "|keine (weiteren |weitere )?(e-?mails|mails|nachrichten|werbung|kontaktaufnahme)|nicht (mehr|wieder) (kontaktieren|anschreiben|anmailen|mailen|schreiben|anrufen)"
            + "|kontaktieren sie (mich|uns) nicht|schreiben sie (mir|uns) nicht|l(ö|oe|o)schen sie (bitte )?(meine|unsere|alle meine) (daten|e-?mail|adresse|kontaktdaten|personenbezogenen)"
            + "|(meine|unsere) (personenbezogenen )?daten (zu )?l(ö|oe|o)schen|l(ö|oe|o)schung (meiner|unserer|aller) daten|werbewiderspruch|entfernen sie mich"
            + "|désabonn|desabonn|désinscri|desinscri|retirez[- ]moi|supprimez[- ]moi|enlevez[- ]moi|rayez[- ]moi"
            + "|ne (plus )?(me |m['’])(contactez|contacter|écrivez|écrire|envoyez|sollicitez|solliciter|relancez)|ne plus (me |m['’])?(contacter|recevoir|écrire|envoyer|solliciter)"
            + "|supprim(ez|er) (toutes )?(mes|nos) (données|coordonnées|informations)|suppression (de|des) (mes|toutes mes) données|effacer (mes|nos) données"
            + "|(retirer|enlever|rayer|supprimer) (mon adresse )?de (votre|vos|la) (liste|fichier|base)|plus de (mails|e-mails|courriels|messages)"
            + "|dar(me|nos)? de baja|darme de baja|baja de (la|su|vuestra|sus) (lista|listas|base)|no (me|nos) (vuelva|vuelvan|vuelvas) a (contactar|escribir)"
            + "|dej(e|en|ad|ar) de (escribirme|contactarme|enviarme|escribirnos|contactarnos)|(elimin|borr|supr|suprim)(e|en|an|ir|ar) (todos )?(mis|nuestros) datos"
            + "|no (me|nos) (contacte|contacten|escriba|escriban|contactes|escribas) más|(quít|sáqu|elimín|borr)(e|en)(me|nos) de"
            + "|afmelden|uitschrijven|schrijf (me|mij|ons) uit|verwijder (me|mij|ons|mijn (gegevens|e-?mailadres|adres))|(mijn|onze) gegevens (te )?verwijderen"
            + "|neem (geen|niet langer|niet meer) contact|geen (e-?mails|mails|berichten) meer|niet meer (mailen|benaderen|contacteren|e-?mailen)"
            + "|haal (me|mij|ons) (van|uit)|disiscri|cancellatemi|cancellami|cancell(are|ate) (i |tutti i )?(miei|nostri) dati|rimuovetemi|rimuovermi"
            + "|non (mi|ci) (contattate|contattatemi|scrivetemi|scrivete|contatti|scriva) più|non contattarmi|smettete(la)? di (scrivermi|contattarmi|inviarmi)"
            + "|(elimin|cancell)ate (i |tutti i )?(miei|nostri) dati|togliete(mi)? dalla|descadastr|cancelar (a )?(minha )?inscrição|remova-me|removam-me"
            + "|remover (o )?meu (e-?mail|contato|endereço)|não (me|nos) (contacte|contactem|contate|contatem|envie|enviem|escreva|escrevam) mais"
            + "|deix(e|em|ar) de (me |nos )?(enviar|contactar|contatar|escrever)|(apag|elimin|exclu)(uem|ue|e|em|ar|ir|a|am) (todos )?(os )?(meus|nossos) dados"
            + "|tirem-me da|retirem-me");
    static final String UNSUBSCRIBE_WORD = words("abmelden|austragen|stopp|désabonner|désinscription|baja|afmelden|disiscrivimi|descadastrar");

    static final String PLEASE = "please|bitte|danke|por favor|gracias|s'il vous plaît|svp|merci|graag|alstublieft|a\\.u\\.b\\.|per favore|grazie|obrigad[oa]";

    static final String OOO_SUBJECT = words("abwesenheitsnotiz|abwesend|automatische antwort|réponse automatique|absen(ce|te?) du bureau|absence\\s*:"
            + "|respuesta automática|fuera de la oficina|ausente|automatisch antwoord|afwezig|risposta automatica|fuori sede"
            + "|fuori ufficio|assente|resposta automática|ausência|fora do escritório");
    static final String OOO_BODY = words("nicht im büro|außer haus|bin (derzeit |zurzeit |aktuell )?(abwesend|im urlaub|nicht erreichbar|unterwegs)"
            + "|im urlaub|keinen zugriff auf (meine )?e-?mails|eingeschränkt erreichbar|(bin|ist) (ab|bis) [^\\n]{0,30}(abwesend|urlaub|nicht)"
            + "|en congé|en vacances|absente? du bureau|hors du bureau|je suis (actuellement )?absente?|actuellement absente?|en déplacement"
            + "|fuera de la oficina|de vacaciones|(estoy|estaré) (fuera|ausente)|no estaré disponible|sin acceso al correo"
            + "|ben (momenteel |tot en met |tot )?afwezig|met vakantie|op vakantie|niet op kantoor|niet bereikbaar|ben (momenteel )?niet aanwezig"
            + "|fuori ufficio|fuori sede|in ferie|sono assente|non sarò raggiungibile|(estou|estarei) (ausente|fora|de férias)"
            + "|fora do escritório|de férias|em férias");
    static final String DEPARTURE = words("nicht mehr (bei|im unternehmen|für|in unserem)|(hat|habe) das unternehmen verlassen|ne fait plus partie"
            + "|ne travaille plus|a quitté (la société|l'entreprise|notre)|ya no (trabaja|forma parte|está en)|ha dejado la empresa"
            + "|werkt (hier )?niet meer|is niet meer (werkzaam|in dienst|bij)|heeft (ons|het bedrijf) verlaten|non lavora più|non fa più parte"
            + "|ha lasciato (l'azienda|la società)|não trabalha mais|já não (trabalha|faz parte)|deixou a empresa|não faz mais parte");
    static final String STRONG_REFERRAL = words("zuständig|ansprechpartner|richtige person|responsable|la bonne personne|s'occupe de"
            + "|encargad|se encarga|la persona adecuada|verantwoordelijk|de juiste persoon|gaat over|responsabile|se ne occupa"
            + "|persona giusta|responsável|a pessoa certa|cuida d|kolleg|collègue|compañer|collega|colega");
    static final String REFERRAL_CUE = words("plutôt|voyez avec|voir avec|(su|son|sein|seine|ihre|zijn|haar) (correo|e-?mail|adresse|dirección)"
            + "|il suo (indirizzo|e-?mail)|la sua (e-?)?mail|e-?mail (dele|dela)|de mi parte|wenden sie sich an|kontaktieren sie|schreiben sie|contactez|adressez-vous|écrivez à"
            + "|contacte con|póngase en contacto|escriba a|escríbale|neem contact op met|mail (naar|met)|contatta|rivolgersi|rivolgetevi"
            + "|scriva a|fale com|entre em contato|contacte|escreva para|weiterleiten|transmis|reenviado|doorgestuurd|inoltrato|encaminhe"
            + "|en copie|en copia|in cc|em cópia|entscheid|décid|decid|beslis|escrever-lhe|escreva-lhe|escríbale|le scriva");
    static final String SCHEDULING = words("kalender|\\btermin|agenda|calendrier|calendario|assistent|asistente|rendez-vous|\\bcita\\b");

    static final String LEGAL_THREAT = words("anwalt|rechtsabteilung|belästigung|service juridique|harcèlement"
            + "|departamento (jurídico|legal)|asesoría jurídica|acoso|juridische afdeling|ufficio legale|molestie|assédio|procon|rechtliche schritte|abmahnung|datenschutzbehörde|avocat|poursuites|plainte"
            + "|abogado|acciones legales|denuncia|advocaat|juridische stappen|aangifte|avvocato|azioni legali|denuncia"
            + "|advogado|medidas legais|processar|cnil|aepd|autoriteit persoonsgegevens|garante (della )?privacy");
    static final String ANGER_OR_INCIDENT = words("unverschämt|frechheit|betrug|inakzeptabel|scandaleux|inacceptable|arnaque"
            + "|escroquerie|inaceptable|estafa|vergonzoso|onacceptabel|oplichting|schandalig|inaccettabile|truffa|vergognoso"
            + "|inaceitável|golpe|datenleck|violation de données|brecha de datos|datalek|violazione dei dati|vazamento de dados");
}
