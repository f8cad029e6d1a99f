package dev.gatehouse.engine.verify;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language a draft or a source is written in, among those of EMEA the verifier reads
 * numbers in. Guessed from common function words: enough to pick the number words, and
 * English whenever the text gives no clear sign of another language.
 */
enum Language {
    EN, DE, FR, ES, NL, IT, PT;

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
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

    /** The language with the most function words, English unless another has clearly more. */
    static Language of(String text) {
        var counts = new int[values().length];
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            var w = m.group();
            for (var language : values()) {
                if (FUNCTION_WORDS.get(language).contains(w)) counts[language.ordinal()]++;
            }
        }
        var best = EN;
        for (var language : values()) {
            if (counts[language.ordinal()] > counts[best.ordinal()]) best = language;
        }
        return counts[best.ordinal()] >= counts[EN.ordinal()] + 2 ? best : EN;
    }
}
