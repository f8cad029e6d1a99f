package dev.gatehouse.engine.replies;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unsubscribe and erasure requests worded freely, in any of the seven languages: the parts of the
 * request appear in one clause in whatever order and inflection the sender chose ("sämtliche über
 * mich gespeicherten personenbezogenen Daten … zu entfernen", "dadme de baja de esta lista", "removam o
 * meu e-mail da vossa lista"), so instead of listing whole phrases, a clause asks to be removed when it
 * holds
 * <ul>
 *   <li>an erasure word and "my data" (a data-deletion request), or GDPR's Article 17;
 *   <li>a removal word and "your list" or file (off the list).
 * </ul>
 * A clause that ends in a question mark is left out: "how would we delete our data?" asks about the
 * product.
 * Each pattern is a word-start alternation tried over one clause, so the text is scanned a few times
 * at most: linear in its length.
 */
final class ClauseRequests {

    private static final Pattern CLAUSE = Pattern.compile("[^.!?;\\n]++");

    private static Pattern words(String alternation) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The sender's own data: "our data" is left out, it is how an incident reads ("your tool deleted our data"). */
    private static final Pattern PERSONAL_DATA = words("my (personal )?(data|details|information)|(data|information) (you hold )?(about|on) me"
            + "|über mich gespeichert|meine (personenbezogenen )?daten|mes données|données (personnelles )?me concernant"
            + "|mis datos|mijn (persoons)?gegevens|miei dati|meus dados");
    private static final Pattern ERASE = words("delet|eras|remov|purg|l(ö|oe|o)sch|entfern|supprim|suppression|effac|supresi|suprim"
            + "|elimin|borr|verwijder|wiss|cancell|rimuov|exclu(a|am|ir|são|sao|ão)|apag");
    private static final Pattern ARTICLE_17 = words("art(?:\\.|icle|ikel|ículo|icolo|igo)? ?17\\b[^\\n]{0,30}?(?:gdpr|dsgvo|rgpd|avg)");
    private static final Pattern YOUR_LIST = words("(your|this|vostr\\p{L}|voss\\p{L}++|vuestr\\p{L}++|su|sus|esta|este|ihr\\p{L}*+|eur\\p{L}*+"
            + "|dies\\p{L}*+|votre|vos|cette|uw|jullie|deze|questa|questo|dessa|desta|sua|suas) (\\p{L}++ )?(list|lista|liste|lijst"
            + "|verteiler|mailingliste|fichiers?|archiv|bestand|base|database|datenbank|banco)");
    private static final Pattern OFF = words("remov|delet|entfern|austrag|streich|retir|enlev|rayez|supprim|quít|quit(?:ar|en|ad|éis|eis)|sáq|saq|baja|borr"
            + "|elimin|verwijder|haal|uitschrijv|schrijf|rimuov|cancell|togli|tirem|exclu|descadastr|désinscri|desinscri");

    private ClauseRequests() {
    }

    /** Whether some clause of the text asks to be removed, erased or left alone. */
    static boolean asksToBeRemoved(String text) {
        if (ARTICLE_17.matcher(text).find()) return true;
        var data = PERSONAL_DATA.matcher(text);
        var erase = ERASE.matcher(text);
        var list = YOUR_LIST.matcher(text);
        var off = OFF.matcher(text);
        for (var clause = CLAUSE.matcher(text); clause.find(); ) {
            int from = clause.start();
            int to = clause.end();
            if (to < text.length() && text.charAt(to) == '?') continue; // asking how deletion works is no request
            if (in(data, from, to) && in(erase, from, to)) return true;
            if (in(list, from, to) && in(off, from, to)) return true;
        }
        return false;
    }

    private static boolean in(Matcher matcher, int from, int to) {
        return matcher.region(from, to).find();
    }
}
