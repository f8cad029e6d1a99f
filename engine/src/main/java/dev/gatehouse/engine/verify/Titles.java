package dev.gatehouse.engine.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Job titles, canonical so "VP of Finance", "Vice President, Finance" and "VP Finance" are one. */
final class Titles {
    record Title(String canonical, String text, boolean plural) {
    }

    private static final String AREA = "finance(?:\\s*(?:&|and)\\s*accounting)?|accounting|sales|marketing|engineering|"
            + "operations|ops|revenue|product|people|hr|human resources|it|technology|data|security|legal|"
            + "customer success|growth|procurement|treasury|tax|fp&a|partnerships|business development|talent|design|"
            + "revops|revenue operations|finance operations|finops|strategy|supply chain|controllership|payroll|logistics|"
            + "fleet|dispatch|transportation|facilities|manufacturing|analytics|procurement|compliance|risk|"
            + "(?-i:\\p{Lu}\\p{Ll}+(?:\\s+(?:&|and)\\s+\\p{Lu}\\p{Ll}+)?)";
    private static final Pattern TITLE = Pattern.compile(
            "\\b(?:(?<csuite>CFO|CEO|COO|CTO|CRO|CMO|CIO|CISO|CPO|CHRO|CAO|CCO|CDO)(?<cplural>s)?\\b"
                    + "|chief\\s+(?<chief>[a-z]+(?:\\s+security)?)\\s+officer(?<chplural>s)?"
                    + "|(?<vp>(?:senior\\s+|executive\\s+)?vice[\\s-]+president|svp|evp|vp)(?<vpplural>s)?\\s*(?:,|of|-|–|for)?\\s*(?:the\\s+)?" + area("varea")
                    + "|head(?<hplural>s)?\\s+of\\s+" + area("harea")
                    + "|director(?<dplural>s)?\\s+of\\s+" + area("darea")
                    + "|" + area("darea2") + "\\s+director(?<d2plural>s)?"
                    + "|(?<controller>(?:financial\\s+)?(?:controller|comptroller))(?<ctplural>s)?"
                    + "|(?<counsel>general\\s+counsel)"
                    + "|(?<!vice[\\s-])(?<president>president)(?<pplural>s)?)\\b"
                    + "(?![\\s-]+(?:summit|conference|roundtable|community|forum|playbook|checklist|peers|network|level|suite|dinner|event|report|survey|guide)s?\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> CHIEF = Map.ofEntries(
            Map.entry("financial", "cfo"), Map.entry("finance", "cfo"), Map.entry("executive", "ceo"),
            Map.entry("operating", "coo"), Map.entry("technology", "cto"), Map.entry("revenue", "cro"),
            Map.entry("marketing", "cmo"), Map.entry("information", "cio"), Map.entry("information security", "ciso"),
            Map.entry("product", "cpo"), Map.entry("accounting", "cao"), Map.entry("people", "chro"),
            Map.entry("human", "chro"), Map.entry("customer", "cco"), Map.entry("data", "cdo"));

    private Titles() {
    }

    static List<Title> find(String text) {
        var out = new ArrayList<Title>();
        var m = TITLE.matcher(text);
        while (m.find()) {
            String canonical;
            boolean plural;
            if (m.group("csuite") != null) {
                canonical = m.group("csuite").toLowerCase(Locale.ROOT);
                plural = m.group("cplural") != null;
            } else if (m.group("chief") != null) {
                var kind = m.group("chief").toLowerCase(Locale.ROOT);
                canonical = CHIEF.getOrDefault(kind, "chief " + kind);
                plural = m.group("chplural") != null;
            } else if (m.group("vp") != null) {
                var vp = m.group("vp").toLowerCase(Locale.ROOT);
                var prefix = vp.startsWith("s") ? "svp" : vp.startsWith("e") ? "evp" : "vp";
                canonical = prefix + " " + canonicalArea(m.group("varea"));
                plural = m.group("vpplural") != null;
            } else if (m.group("harea") != null) {
                canonical = "head " + canonicalArea(m.group("harea"));
                plural = m.group("hplural") != null;
            } else if (m.group("darea") != null || m.group("darea2") != null) {
                canonical = "director " + canonicalArea(m.group("darea") != null ? m.group("darea") : m.group("darea2"));
                plural = m.group("dplural") != null || m.group("d2plural") != null;
            } else if (m.group("controller") != null) {
                canonical = "controller";
                plural = m.group("ctplural") != null;
            } else if (m.group("counsel") != null) {
                canonical = "general counsel";
                plural = false;
            } else {
                canonical = "president";
                plural = m.group("pplural") != null;
            }
            out.add(new Title(canonical, m.group().strip(), plural));
        }
        return out;
    }

    private static String area(String group) {
        return "(?<" + group + ">" + AREA + ")";
    }

    private static String canonicalArea(String raw) {
        var a = raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (a.startsWith("finance")) return "finance";
        return switch (a) {
            case "ops" -> "operations";
            case "hr", "human resources" -> "people";
            case "revops", "revenue operations" -> "revenue operations";
            default -> a;
        };
    }
}
