package dev.gatehouse.engine.verify;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language a draft or a source is written in, among those of EMEA the verifier reads
 * numbers in. Guessed from common function words: enough to pick the number words, and
 * English whenever the text gives no clear sign of another language.
 */
enum Language {
    EN, DE, FR, ES, NL, IT, PT;

    private static final Map<Language, Set<String>> FUNCTION_WORDS = Map.of(
            EN, Set.of("the", "and", "is", "with", "for", "we", "you", "your", "of", "to", "on", "at", "our", "that", "it", "this", "are"),
            DE, Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "für", "wir", "sie", "ihr", "ihre", "ihrem", "ihren",
                    "auf", "von", "den", "dem", "ein", "eine", "einen", "zu", "zur", "zum", "bei", "haben", "hat", "um", "nach", "uns",
                    "über", "glückwunsch"),
            FR, Set.of("le", "les", "et", "est", "pas", "avec", "pour", "nous", "vous", "votre", "vos", "une", "des", "du",
                    "sur", "dans", "chez", "au", "aux", "qui", "ont", "son", "sa", "félicitations"),
            ES, Set.of("el", "los", "las", "y", "es", "con", "para", "sus", "del", "por", "han", "al", "nuestro", "nuestra",
                    "están", "está", "muy", "enhorabuena", "felicidades"),
            NL, Set.of("het", "een", "en", "niet", "met", "voor", "wij", "jullie", "uw", "jouw", "je", "bij", "van", "op",
                    "hebben", "heeft", "om", "naar", "ons", "onze", "gefeliciteerd"),
            IT, Set.of("il", "lo", "gli", "è", "con", "per", "noi", "vostro", "vostra", "della", "di", "che", "hanno", "nel",
                    "nella", "sua", "suo", "alla", "ha", "da", "congratulazioni"),
            PT, Set.of("os", "é", "com", "para", "nós", "seu", "sua", "uma", "do", "da", "dos", "em", "no", "na", "tem",
                    "um", "ao", "nos", "pela", "pelo", "não", "você", "parabéns"));

    /** For each function word, the languages it belongs to, one bit each. */
    private static final Map<String, Integer> LANGUAGES_OF = new java.util.HashMap<>();

    static {
        FUNCTION_WORDS.forEach((language, words) -> words.forEach(w -> LANGUAGES_OF.merge(w, 1 << language.ordinal(), (a, b) -> a | b)));
    }

    /** The language with the most function words, English unless another has clearly more. */
    static Language of(String text) {
        var counts = new int[values().length];
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) i++;
            if (i - start > 0 && i - start <= 13) {
                var bits = LANGUAGES_OF.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (bits != null) {
                    for (var language : values()) counts[language.ordinal()] += bits >> language.ordinal() & 1;
                }
            }
        }
        var best = EN;
        for (var language : values()) {
            if (counts[language.ordinal()] > counts[best.ordinal()]) best = language;
        }
        return counts[best.ordinal()] >= counts[EN.ordinal()] + 2 ? best : EN;
    }
}
