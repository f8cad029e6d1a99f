package dev.gatehouse.engine.verify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Certifications and compliance regimes, named so "SOC 2 Type II" and "SOC2" are one key. */
final class Certifications {
    static final Pattern NAMED = Pattern.compile(
            "\\b(?:SOC\\s*-?\\s*[123](?:\\s*type\\s*(?:1|2|I{1,2}))?|SOC\\s*-?\\s*[123]?\\s*(?=compliant|certified|audit)"
                    + "|ISO(?:/IEC)?\\s*-?\\s*\\d{4,5}(?::\\d{4})?|HIPAA|HITECH|GDPR|CCPA|CPRA|PCI(?:[\\s-]*DSS)?(?:\\s*level\\s*\\d)?"
                    + "|FedRAMP|StateRAMP|HITRUST|CSA\\s+STAR|Cyber\\s+Essentials(?:\\s+Plus)?|TISAX|NIST(?:\\s*(?:SP\\s*)?800-\\d+)?"
                    + "|CMMC|SOX|FERPA|FISMA|IRAP|C5|DORA|NIS\\s?2|ITAR)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "we are certified", "fully compliant": a compliance claim without a name. */
    static final Pattern GENERIC = Pattern.compile(
            "\\b(?:is|are|we're|we are|'re|fully|officially|independently|now|been)\\s+(?:certified|accredited|compliant|audited)\\b"
                    + "|\\b(?:certified|accredited) (?:by|under|for|to)\\b",
            Pattern.CASE_INSENSITIVE);

    private Certifications() {
    }

    private static final List<String> STEMS = List.of("soc", "iso", "hipaa", "hitech", "gdpr", "ccpa", "cpra", "pci",
            "ramp", "hitrust", "csa", "cyber", "tisax", "nist", "cmmc", "sox", "ferpa", "fisma", "irap", "c5", "dora", "nis",
            "itar");

    /** Cheap test, so texts naming no regime skip the expensive pattern. */
    static boolean mayName(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        for (var stem : STEMS) {
            if (lower.contains(stem)) return true;
        }
        return false;
    }

    static Set<String> keys(String text) {
        var keys = new LinkedHashSet<String>();
        if (!mayName(text)) return keys;
        var m = NAMED.matcher(text);
        while (m.find()) keys.add(key(m.group()));
        return keys;
    }

    static String key(String name) {
        var k = name.toUpperCase(Locale.ROOT).replaceAll("[\\s/-]", "");
        if (k.startsWith("SOC")) return k.replaceAll("TYPE.*$", "");
        if (k.startsWith("PCI")) return "PCI";
        if (k.startsWith("ISO")) return k.replace("IEC", "").replaceAll(":\\d{4}$", "");
        if (k.startsWith("NIST")) return "NIST";
        return k;
    }

    static String blank(String text) {
        if (!mayName(text)) return text;
        return NAMED.matcher(text).replaceAll(" ");
    }
}
