package dev.gatehouse.engine.replies;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of the seven supported languages a short reply is written in, by counting each
 * language's commonest function words (no model to load: replies are short and the set of
 * languages is fixed). Ties and texts without any such word read as English.
 */
public final class LanguageDetector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']++");
    private static final int MAX_CHARS = 2_000;
    private static final Map<String, Set<Language>> WORDS = new HashMap<>();

    static {
        add(Language.EN, "the and you your is are we our for with this that have not will be to of i it my me "
                + "would could can please thanks thank on at an do don't i'm we're about any was what how");
        add(Language.DE, "der die das und ich sie wir ist nicht mit für ein eine einen bitte danke vielen "
                + "ihre ihr uns zu von auf bei mich mir dem den des sind haben habe wird kein keine gerne "
                + "auch aber noch nur schon bin sehr grüße gruß herr frau zum zur wie was wir uns können gibt es im "
                + "dafür dass über mehr gerne erzählen klingt gut");
        add(Language.FR, "le la les et je vous nous est pas avec pour un une des du merci bonjour votre vos "
                + "mon ma mes ce cette sur dans qui que plus suis sommes ne au aux c'est j'ai n'est cordialement "
                + "je suis madame monsieur bien m'en dites ça très");
        add(Language.ES, "el la los las y yo usted nosotros es no con para un una del gracias hola su sus "
                + "mi mis este esta por que más estoy somos muy pero al lo le nos saludos estamos tengo cuénteme bien");
        add(Language.NL, "de het een en ik u wij we is niet met voor van dank bedankt uw ons mijn dit dat "
                + "op in zijn ben graag groet groeten hebben heb geen maar ook wel nog naar bij om even hoe wat kunt kunnen "
                + "jullie komt er zij hij ze alleen al meer me vertel klinkt heel goed dank");
        add(Language.IT, "il lo la gli le e io lei noi è non con per un una del della grazie buongiorno "
                + "suo sua mio mia questo questa che più sono siamo ma al ci mi ti saluti cordiali molto dica di");
        add(Language.PT, "o a os as e eu você vocês nós é não com para um uma do da obrigado obrigada conte tenho isso "
                + "olá seu sua meu minha este esta que mais estou somos mas ao no na nos cumprimentos muito");
    }

    private LanguageDetector() {
    }

    private static void add(Language language, String words) {
        for (var w : words.split(" ")) {
            WORDS.computeIfAbsent(w, k -> java.util.EnumSet.noneOf(Language.class)).add(language);
        }
    }

    public static Language detect(String text) {
        if (text == null || text.isBlank()) return Language.EN;
        var sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        var scores = new EnumMap<Language, Double>(Language.class);
        var m = WORD.matcher(sample.toLowerCase(Locale.ROOT));
        while (m.find()) {
            var languages = WORDS.get(m.group());
            if (languages == null) continue;
            // a word shared by several languages counts for each, but less
            for (var l : languages) scores.merge(l, 1.0 / languages.size(), Double::sum);
        }
        var best = Language.EN;
        double bestScore = scores.getOrDefault(Language.EN, 0.0);
        for (var e : scores.entrySet()) {
            // another language wins a tie with English: English is only the default
            if (e.getKey() != Language.EN && e.getValue() > 0 && e.getValue() >= bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }
}
