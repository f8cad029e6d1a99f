package dev.gatehouse.engine.verify;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rewrites how German, French, Spanish, Dutch, Italian and Portuguese state numbers into the
 * English forms {@link Quantities} reads: "zwölf offene Stellen" → "12 offene Stellen",
 * "20,5 Mio. €" → "20.5 million euros", "knapp verdoppelt" → "nearly 2x". English text is left alone.
 */
final class NumberWords {
    private static final Map<Language, Pattern> PATTERNS = new EnumMap<>(Language.class);
    private static final Map<Language, Map<String, String>> REPLACEMENTS = new EnumMap<>(Language.class);
    /** Words that are also ordinary words ("sei" is "you are", "neuf" is "new"): numbers only before a unit. */
    private static final String UNIT_AHEAD = "(?=\\s+(?:mesi|settimane|giorni|anni|ore|per cento|volte|mois|semaines|jours|ans|heures|pour cent|fois)\\b)";
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)\\.(?=\\d{3}(?!\\d))");
    private static final Pattern SUFFIX_CURRENCY = Pattern.compile("(\\d|million|billion|thousand)\\s*([€$])");
    private static final Pattern DECIMAL = Pattern.compile("(?<=\\d),(?=\\d)");

    static {
        put(Language.DE, "zwei=2|drei=3|vier=4|fünf=5|sechs=6|sieben=7|acht=8|neun=9|zehn=10|elf=11|zwölf=12|zwanzig=20"
                + "|dreißig=30|vierzig=40|fünfzig=50|sechzig=60|hundert=100|ein dutzend=12|dutzend=12|verdoppelt=2x"
                + "|verdoppelte=2x|verdoppeln=2x|verdreifacht=3x|halbiert=50%|knapp=nearly|fast=nearly|beinahe=nearly"
                + "|rund=about|etwa=about|ungefähr=about|ca.=about|über=over|mehr als=over|mindestens=over|mio.=million"
                + "|mio=million|millionen=million|mrd.=billion|mrd=billion|milliarden=billion|prozent=percent"
                + "|euro=euros|stunden=hours|tage=days|tagen=days|wochen=weeks|monate=months|monaten=months|monat=month"
                + "|quartal=quarter|jahre=years|jahren=years|jahr=year|mal=times");
        put(Language.FR, "deux=2|trois=3|quatre=4|cinq=5|six=6|sept=7|huit=8|neuf*=9|dix=10|onze=11|douze=12|vingt=20"
                + "|trente=30|quarante=40|cinquante=50|soixante=60|cent=100|une douzaine=12|douzaine=12|a doublé=2x"
                + "|doublé=2x|doubler=2x|multiplié par deux=2x|triplé=3x|réduit de moitié=50%|divisé par deux=50%"
                + "|près de=nearly|presque=nearly|pratiquement=nearly|environ=about|plus de=over|au moins=over"
                + "|millions d'euros=million euros|millions de dollars=million dollars|millions=million|million=million"
                + "|milliards=billion|md=billion|pour cent=percent|d'euros=euros|heures=hours|jours=days|semaines=weeks"
                + "|mois=months|trimestre=quarter|ans=years|années=years|fois=times");
        put(Language.ES, "dos=2|tres=3|cuatro=4|cinco=5|seis=6|siete=7|ocho=8|nueve=9|diez=10|once=11|doce=12|veinte=20"
                + "|treinta=30|cuarenta=40|cincuenta=50|sesenta=60|cien=100|una docena=12|docena=12|duplicado=2x"
                + "|duplicó=2x|duplicar=2x|triplicado=3x|triplicó=3x|a la mitad=50%|casi=nearly|alrededor de=about"
                + "|aproximadamente=about|cerca de=about|más de=over|al menos=over|mil millones=billion"
                + "|millones de euros=million euros|millones de dólares=million dollars|millones=million|millón=million"
                + "|mil=thousand|por ciento=percent|de euros=euros|horas=hours|días=days|dias=days|semanas=weeks"
                + "|meses=months|trimestre=quarter|años=years|veces=times");
        put(Language.NL, "twee=2|drie=3|vier=4|vijf=5|zes=6|zeven=7|acht=8|negen=9|tien=10|elf=11|twaalf=12|twintig=20"
                + "|dertig=30|veertig=40|vijftig=50|zestig=60|honderd=100|een dozijn=12|dozijn=12|verdubbeld=2x"
                + "|verdubbelde=2x|verdrievoudigd=3x|gehalveerd=50%|halveerde=50%|bijna=nearly|ongeveer=about"
                + "|circa=about|zo'n=about|ruim=over|meer dan=over|minstens=over|miljoen=million|mln.=million"
                + "|mln=million|miljard=billion|procent=percent|uur=hours|dagen=days|weken=weeks|maanden=months"
                + "|kwartaal=quarter|jaar=years|keer=times");
        put(Language.IT, "due=2|tre=3|quattro=4|cinque=5|sei*=6|sette=7|otto=8|nove=9|dieci=10|undici=11|dodici=12|venti=20"
                + "|trenta=30|quaranta=40|cinquanta=50|sessanta=60|cento=100|una dozzina=12|dozzina=12|raddoppiato=2x"
                + "|raddoppiare=2x|triplicato=3x|dimezzato=50%|quasi=nearly|circa=about|intorno a=about|oltre=over"
                + "|più di=over|almeno=over|milioni di euro=million euros|milioni=million|milione=million"
                + "|miliardi=billion|per cento=percent|di euro=euros|ore=hours|giorni=days|settimane=weeks|mesi=months"
                + "|trimestre=quarter|anni=years|volte=times");
        put(Language.PT, "dois=2|duas=2|três=3|quatro=4|cinco=5|seis=6|sete=7|oito=8|nove=9|dez=10|onze=11|doze=12|vinte=20"
                + "|trinta=30|quarenta=40|cinquenta=50|sessenta=60|cem=100|uma dúzia=12|dúzia=12|duplicou=2x|dobrou=2x"
                + "|duplicado=2x|triplicou=3x|pela metade=50%|quase=nearly|cerca de=about|por volta de=about"
                + "|aproximadamente=about|mais de=over|pelo menos=over|mil milhões=billion"
                + "|milhões de euros=million euros|milhões=million|milhão=million|mil=thousand|por cento=percent"
                + "|de euros=euros|horas=hours|dias=days|semanas=weeks|meses=months|trimestre=quarter|anos=years"
                + "|vezes=times");
    }

    private NumberWords() {
    }

    /** {@code pairs}: "word=english|…"; a word ending in * is a number only before a unit. */
    private static void put(Language language, String pairs) {
        var map = new LinkedHashMap<String, String>();
        var words = new java.util.ArrayList<String>();
        for (var pair : pairs.split("\\|")) {
            int equals = pair.indexOf('=');
            var word = pair.substring(0, equals);
            var plain = word.replace("*", "");
            map.put(plain, pair.substring(equals + 1));
            words.add(word);
        }
        words.sort((a, b) -> b.length() - a.length()); // "millions d'euros" before "millions"
        var alternatives = words.stream().map(w -> w.endsWith("*") ? Pattern.quote(w.replace("*", "")) + UNIT_AHEAD : Pattern.quote(w))
                .collect(java.util.stream.Collectors.joining("|"));
        REPLACEMENTS.put(language, map);
        PATTERNS.put(language, Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The text with this language's numbers, scales, units and hedges in English form. */
    static String english(String text, Language language) {
        if (language == Language.EN) return text;
        var numbers = DECIMAL.matcher(THOUSANDS.matcher(text).replaceAll("")).replaceAll(".");
        var map = REPLACEMENTS.get(language);
        var words = PATTERNS.get(language).matcher(numbers).replaceAll(r -> {
            var english = map.get(r.group().toLowerCase(Locale.ROOT));
            return java.util.regex.Matcher.quoteReplacement(english == null ? r.group() : english);
        });
        return SUFFIX_CURRENCY.matcher(words).replaceAll(r -> r.group(1) + (r.group(2).equals("€") ? " euros" : " dollars"));
    }
}
