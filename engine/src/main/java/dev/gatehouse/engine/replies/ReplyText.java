package dev.gatehouse.engine.replies;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts what the prospect actually wrote, in any of the seven supported languages: HTML
 * remnants are cleaned; quoted lines, earlier messages ("On … wrote:", "Am … schrieb …:",
 * "Le … a écrit :", Outlook header blocks), the signature, "Sent from my iPhone" lines and
 * legal or confidentiality footers are dropped.
 */
public final class ReplyText {

    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(?:On|Am|Le|El|Op|Il|Em)\\s[^\\n]{1,200}?\\s"
            + "(?:wrote|schrieb[^\\n:]{0,120}+|a écrit|escribió|schreef[^\\n:]{0,120}+|ha scritto|escreveu"
            + "|hat\\s(?:[^\\s:]++[ \\t]++){0,8}+geschrieben)\\s?:");
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^(?:On|Am|Le|El|Op|Il|Em)\\s.{1,200}$");
    private static final Pattern ATTRIBUTION_END = Pattern.compile(
            "^(?:[^\\n]{0,120}\\s)?(?:wrote|schrieb|a écrit|escribió|schreef|ha scritto|escreveu|geschrieben)[^\\n]{0,120}:$");
    private static final Pattern HISTORY_MARKER = Pattern.compile("(?im)^(-{2,}\\s*(?:Original Message|Ursprüngliche Nachricht"
            + "|Message d'origine|Mensaje original|Oorspronkelijk bericht|Messaggio originale|Mensagem original"
            + "|Forwarded message|Weitergeleitete Nachricht|Message transféré)\\s*-{2,}|_{10,}"
            + "|(?:From|Von|De|Van|Da)\\s?:\\s.+\\R\\s*+(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Enviada|Fecha|Verzonden"
            + "|Inviato|Data)[^:\\n]{0,12}:\\s)");
    private static final Pattern SIGNATURE = Pattern.compile("(?m)^-- ?$");
    private static final Pattern MOBILE = Pattern.compile("(?im)^[ \\t]*+(?:Sent from my |Sent from Outlook|Get Outlook for"
            + "|Von meinem [^\\n]{1,40}gesendet|Gesendet von meinem|Envoyé de mon |Envoyé depuis mon |Enviado desde mi "
            + "|Enviado de mi |Verzonden vanaf mijn |Verstuurd vanaf mijn |Verzonden met |Inviato da |Inviato dal mio "
            + "|Enviado do meu |Enviado a partir do meu |Obter o Outlook)");
    private static final Pattern FOOTER = Pattern.compile("(?im)^[ \\t*_]*+(?:"
            + "(?:CONFIDENTIALITY NOTICE|DISCLAIMER|LEGAL NOTICE|AVISO LEGAL|AVISO DE CONFIDENCIALIDAD|AVISO DE CONFIDENCIALIDADE"
            + "|CLÁUSULA DE CONFIDENCIALIDAD|AVVISO DI RISERVATEZZA|AVERTISSEMENT|VERTRAULICHKEITSHINWEIS|Datenschutzhinweis)\\b"
            + "|This (?:e-?mail|message|communication)\\b[^\\n]{0,60}\\b(?:confidential|privileged|intended)"
            + "|The information (?:contained )?in this (?:e-?mail|message)|If you (?:are not the intended|have received this)"
            + "|Diese (?:E-?Mail|Nachricht)\\b[^\\n]{0,60}\\b(?:vertraulich|enthält|ist ausschließlich)|Wenn Sie nicht der (?:richtige|beabsichtigte)"
            + "|Der Inhalt dieser E-?Mail|Sitz der Gesellschaft|Geschäftsführer(?:in)?:|Amtsgericht |Registergericht"
            + "|Ce (?:message|courriel|e-?mail)\\b[^\\n]{0,60}\\b(?:confidentiel|destiné|strictement)|Si vous n['’]êtes pas le destinataire"
            + "|Este (?:mensaje|correo)\\b[^\\n]{0,60}\\b(?:confidencial|dirigido|destinado)|Si usted no es el destinatario"
            + "|En cumplimiento (?:del|de la) (?:Reglamento|Ley)|De conformidad con (?:el|la|lo) (?:Reglamento|RGPD|Ley)"
            + "|Dit (?:e-?mail)?bericht\\b[^\\n]{0,60}\\b(?:vertrouwelijk|uitsluitend|bestemd)|Indien u niet de (?:geadresseerde|beoogde)"
            + "|De informatie (?:in|verzonden met) dit"
            + "|Questo messaggio\\b[^\\n]{0,60}\\b(?:riservat|confidenzial|destinat)|Le informazioni contenute (?:in|nella)"
            + "|Se (?:non siete|non è) il destinatario|Se ha ricevuto questo (?:messaggio|e-?mail)|ai sensi del (?:D\\.?\\s?Lgs|Regolamento)"
            + "|Esta mensagem\\b[^\\n]{0,60}\\b(?:confidencia|destinada|privilegiada)|Se você não (?:é|for) o destinatário"
            + "|As informações contidas (?:nesta|neste))");

    private ReplyText() {
    }

    /** The new part of a reply body, without quoted history, signature, mobile lines and footers. */
    public static String fresh(String body) {
        if (body == null || body.isBlank()) return "";
        var text = body.replace("\r\n", "\n").replace('\r', '\n');
        text = HtmlRemnants.toText(text);
        text = cutAt(text, ATTRIBUTION.matcher(text));
        text = cutAt(text, HISTORY_MARKER.matcher(text));
        text = cutAt(text, SIGNATURE.matcher(text));
        text = cutAt(text, MOBILE.matcher(text));
        text = cutAt(text, FOOTER.matcher(text));
        var kept = new ArrayList<String>();
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            var trimmed = line.stripLeading();
            if (trimmed.startsWith(">")) continue;
            if (ATTRIBUTION_START.matcher(trimmed).matches() && i + 1 < lines.length
                    && ATTRIBUTION_END.matcher(lines[i + 1].strip()).matches()) {
                break;
            }
            kept.add(line);
        }
        return String.join("\n", kept).strip();
    }

    private static String cutAt(String text, Matcher matcher) {
        return matcher.find() ? text.substring(0, matcher.start()) : text;
    }
}
