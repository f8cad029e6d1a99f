package dev.gatehouse.engine.replies;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@link ReplyCues} for replies in German, French, Spanish, Dutch, Italian and Portuguese. The
 * embedding model was trained on English, so in these languages it separates intents less well
 * and the word-level cues weigh more: the gates are the same idea (a label with a concrete tell
 * wins only with that tell), the nudges are larger.
 */
final class EuropeanCues {

    static final double NUDGE = 0.12;

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final String WEEKDAY_OR_TIME = "(?<!\\p{L})" + CalendarWords.WEEKDAY + "(?!\\p{L})|\\d{1,2}(?:[:.h]\\d\\d)?\\s?(?:uhr|h|uur|ore)\\b"
            + "|\\b(?:um|à|a las|om|alle|às)\\s\\d{1,2}\\b";

    static final Map<ReplyLabel, Pattern> REQUIRED = Map.of(
            ReplyLabel.REFERRAL, TriagePhrases.REFERRAL_CUE,
            ReplyLabel.OUT_OF_OFFICE, p("urlaub|abwesen|büro|congé|absent|vacances|vacaciones|oficina|ausente|vakantie|afwezig"
                    + "|ferie|ufficio|assente|férias|escritório|zurück|retour|vuelvo|terug|rientro|volto"),
            ReplyLabel.UNSUBSCRIBE, p("abmeld|lösch|verteiler|désabonn|désinscri|retir|baja|afmeld|verwijder|uitschrijv|cancell"
                    + "|disiscri|descadastr|remov|contact"),
            ReplyLabel.BOUNCE, p("zustell|empfänger|remis|distribu|entreg|bezorg|recapit|\\b55\\d\\b"),
            ReplyLabel.MEETING_REQUEST, p(WEEKDAY_OR_TIME + "|telefon|anruf|termin|treffen|gespräch|austausch|demo|kalender|einladung"
                    + "|appel|appelons|rendez-vous|réunion|démo|échanger|créneau|invitation|llamada|reuni|hablemos|hablar|agend|cita"
                    + "|invitación|bellen|gesprek|afspraak|inplannen|uitnodiging|chiamata|sentiamoci|riunione|incontro|fissiamo|invito"
                    + "|chamada|reunião|conversar|demonstração|marcar|convite|call|meeting"),
            ReplyLabel.ESCALATION, p("!|inakzeptabel|beschwer|frechheit|vorgesetzt|geschäftsführung|verantwortlich|inacceptable|plainte"
                    + "|responsable|inaceptable|queja|superior|onacceptabel|klacht|leidinggevende|manager|inaccettabile|reclamo"
                    + "|responsabile|inaceitável|reclamação|responsável|toestemming|consent|permiso|desastre|disaster|catastroph|ramp"
                    + "|disastro|sofort|immédiatement|inmediatamente|direct|subito|já\\b"));

    /** Full month names only: the abbreviations ("mag", "gen", "mai") are everyday words in other languages. */
    private static final String MONTH_NAMES = "januar|jänner|janvier|enero|januari|gennaio|janeiro|februar|février|febrero|februari"
            + "|febbraio|fevereiro|märz|mars|marzo|maart|março|april|avril|abril|aprile|mayo|mei|maggio|maio|juni|juin|junio|giugno"
            + "|junho|juli|juillet|julio|luglio|julho|august|août|agosto|augustus|september|septembre|septiembre|settembre|setembro"
            + "|oktober|octobre|octubre|ottobre|outubro|november|novembre|noviembre|novembro|dezember|december|décembre|diciembre"
            + "|dicembre|dezembro";

    static final Map<ReplyLabel, Pattern> NUDGED = Map.of(
            ReplyLabel.MEETING_REQUEST, p(WEEKDAY_OR_TIME + "|telefonieren|telefonat|anruf|termin|treffen|demo|einladung|vereinbaren|appel"
                    + "|rendez-vous|réunion|démo|créneau|invitation|llamada|reunión|agend|cita|invitación|bellen|afspraak|inplannen"
                    + "|uitnodiging|chiamata|sentiamoci|riunione|incontro|fissiamo|invito|chamada|reunião|demonstração|marcar|convite"),
            ReplyLabel.NOT_NOW, p("(?<!\\p{L})(?:" + MONTH_NAMES + ")(?!\\p{L})|in questo momento|non è una priorità|no es (una )?prioridad"
                    + "|não é (uma )?prioridade|keine priorität|pas une priorité|geen prioriteit|risentiamoci|später|derzeit nicht|aktuell (nicht|passt)|momentan|im moment|gerade ungünstig|nächstes jahr|quartal|frühjahr|sommer"
                    + "|herbst|melden sie sich|zeitlich|kapazität|plus tard|pas (pour |en ce )?(le moment|l'instant|maintenant)|moment est mal"
                    + "|pas le bon moment|année prochaine|trimestre|printemps|été|automne|recontact|relancez|revenez|más adelante|ahora (mismo )?no"
                    + "|por ahora|de momento|no es (buen|el) momento|mal momento|año que viene|próximo año|primavera|verano|otoño|escríbame de nuevo"
                    + "|contácteme de nuevo|nu (even )?niet|op dit moment|volgend jaar|voorjaar|najaar|zomer|slecht moment|weer contact|halfjaar|half jaar"
                    + "|più avanti|al momento|per ora|adesso no|non è il momento|momento sbagliato|anno prossimo|estate|autunno|ricontatt"
                    + "|riscriva|mais tarde|agora não|por enquanto|de momento|não é o momento|mau momento|próximo ano|para o ano|verão|outono"
                    + "|volte a (contactar|escrever)|contacte-me daqui|in (sechs|drei) monaten|dans (six|trois) mois|en (seis|tres) meses"
                    + "|over (een )?(half jaar|drie maanden)|tra (sei|tre) mesi|daqui a (seis|três) meses"),
            ReplyLabel.NOT_INTERESTED, p("kein (bedarf|interesse|thema)|nichts für uns|pas pour nous|no es para nosotros|no es algo que"
                    + "|niets voor ons|niet voor ons|non fa per noi|non è per noi|não é para nós|não é algo que|nicht relevant|nicht interessiert|brauchen wir nicht|nein,? danke|pas besoin"
                    + "|n'en avons pas besoin|ne nous intéresse pas|pas intéressé|pas d'intérêt|non merci|no nos interesa|no lo necesitamos|no necesitamos"
                    + "|no,? gracias|no estamos interesados|sin interés|geen (interesse|behoefte)|niet relevant|niet geïnteresseerd|nee,? (dank|bedankt)"
                    + "|non ci (interessa|serve)|non ne abbiamo bisogno|no,? grazie|non siamo interessati|nessun interesse|não temos interesse"
                    + "|não precisamos|não,? obrigad|não estamos interessados|sem interesse"),
            ReplyLabel.INTERESTED, p("interessant|interessiert|spannend|klingt gut|passt gut|mehr (informationen|erfahren|darüber)|schicken sie|unterlagen"
                    + "|intéress|en savoir (plus|davantage)|tombe à pic|je veux bien|envoyez|tombe bien|correspond|nos interesa|me interesa|suena|interesante|más información|saber más"
                    + "|envíe|mande|encaja|klinkt|meer informatie|stuur|goed getimed|sluit goed aan|hoor graag meer|mi interessa|interessante"
                    + "|più informazioni|sapere di più|mandi|inviare|tempismo|quello che stiamo cercando|tenho interesse|mais informação|saber mais"
                    + "|envie|enviar-me|hora certa|encaixa|suchen|schauen uns|cherchons|recherchons|buscando|buscamos|zoeken|kijken .{0,20}naar"
                    + "|cerchiamo|cercando|valutando|procura|procuramos"),
            ReplyLabel.OBJECTION, p("ya trabajamos|werken al|al jaren|lavoriamo già|trabalhamos já|arbeiten (bereits|schon|seit)"
                    + "|travaillons déjà|zu teuer|preis ist|bereits|schon (ein|eine)|eigene lösung|selbst (gebaut|entwickelt)|intern|konkurrent|vertrag"
                    + "|gebunden|mehrwert|trop cher|prix est|déjà|concurrent|sous contrat|engagés|en interne|valeur ajoutée|demasiado caro|precio es"
                    + "|ya (tenemos|usamos)|otro proveedor|contrato|internamente|valor añadido|te duur|prijs is|al een|eigen oplossing|zelf|contract"
                    + "|meerwaarde|troppo (costoso|alto|caro)|prezzo è|già|internamente|valore aggiunto|caro demais|demasiado (alto|caro)|preço é"
                    + "|já (temos|usamos)|interna|valor acrescentado|ferramenta interna"));

    static final Pattern INTERROGATIVE = p("\\?\\s*$|^\\s*(wie|was|wo|wann|warum|gibt es|können|kann|ist|sind|haben sie|comment|combien|est-ce"
            + "|quel|quelle|où|pourquoi|avez-vous|cómo|cuánto|cuál|dónde|qué|por qué|tienen|hoe|wat|waar|wanneer|waarom|is er|hebben jullie"
            + "|come|quanto|qual|dove|quando|perché|avete|como|onde|porque|têm)\\b");

    private EuropeanCues() {
    }
}
