package dev.gatehouse.engine.replies;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What is left of HTML in a reply body that reached triage as text: tags, quoted blocks and
 * entities. A quoted block ({@code <blockquote>}, Gmail's and Outlook's quote containers) ends
 * what the person wrote; other tags go; entities are decoded.
 */
final class HtmlRemnants {

    private static final Pattern QUOTE_BLOCK = Pattern.compile(
            "(?i)<(?:blockquote|div class=\"?(?:gmail_quote|gmail_extra|moz-cite-prefix|OutlookMessageHeader)|div id=\"?(?:divRplyFwdMsg|appendonsend))");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*+/?>|</p>|</div>|</li>|</tr>|</h\\d>");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(style|script|head)\\b[^<>]*+>[^<]*+</\\1>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z!][^<>]*+>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*+[\\s/>]|&[#a-zA-Z0-9]{2,8};");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
            Map.entry("rdquo", "”"), Map.entry("ldquo", "“"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("euro", "€"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("szlig", "ß"), Map.entry("auml", "ä"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"),
            Map.entry("Auml", "Ä"), Map.entry("Ouml", "Ö"), Map.entry("Uuml", "Ü"), Map.entry("eacute", "é"),
            Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("agrave", "à"), Map.entry("aacute", "á"),
            Map.entry("acirc", "â"), Map.entry("atilde", "ã"), Map.entry("ccedil", "ç"), Map.entry("iacute", "í"),
            Map.entry("igrave", "ì"), Map.entry("oacute", "ó"), Map.entry("ograve", "ò"), Map.entry("otilde", "õ"),
            Map.entry("ocirc", "ô"), Map.entry("uacute", "ú"), Map.entry("ugrave", "ù"), Map.entry("ntilde", "ñ"),
            Map.entry("Eacute", "É"), Map.entry("iexcl", "¡"), Map.entry("iquest", "¿"), Map.entry("ordm", "º"));

    private HtmlRemnants() {
    }

    static String toText(String text) {
        if (!LOOKS_LIKE_HTML.matcher(text).find()) return text;
        var quote = QUOTE_BLOCK.matcher(text);
        if (quote.find()) text = text.substring(0, quote.start());
        text = HIDDEN.matcher(text).replaceAll(" ");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return ENTITY.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) return Character.toString(Integer.parseInt(name.substring(2), 16));
            if (name.startsWith("#")) return Character.toString(Integer.parseInt(name.substring(1)));
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
