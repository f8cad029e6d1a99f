package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.signals.SignalKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The grounds of one draft, read once into the forms the checks compare against. */
final class Evidence {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&'’-]*");
    static final Pattern ROUND = Pattern.compile(
            "\\b((?:series|serie|série)\\s+[a-h](?![\\w'])|pre-seed|seed|ipo|bridge|mezzanine|venture debt)\\b", Pattern.CASE_INSENSITIVE);

    final String product;
    final String offerText;
    final String signalText;
    final String allText;
    final Set<String> vocabulary = new HashSet<>();
    final List<Quantity> quantities = new ArrayList<>();
    final List<DateMention> dates = new ArrayList<>();
    final Set<String> titles = new LinkedHashSet<>();
    final Set<String> titleKeys = new HashSet<>();
    final Set<String> certifications = new HashSet<>();
    final Set<String> rounds = new LinkedHashSet<>();
    final Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
    final int priorTouches;
    final Subjects subjects;
    /** Each claim the offer's proof points and the signals make, with where it was read. */
    final List<Fact> facts = new ArrayList<>();
    final List<Claim.TimeFrame> frames = new ArrayList<>();

    /** A claim of a source, and the source: "the proof point “…”" or "the signal “…”". */
    record Fact(Claim claim, String source) {
    }

    Evidence(Grounds grounds, List<String> letterNames) {
        var offer = grounds.offer();
        product = offer.product().toLowerCase(Locale.ROOT);
        var offerParts = new ArrayList<String>();
        offerParts.add(offer.valueProp());
        offerParts.addAll(offer.proofPoints());
        var signalParts = grounds.signals().stream().map(Signal::summary).toList();
        grounds.signals().forEach(s -> kinds.add(s.kind()));
        offerText = String.join("\n", offerParts).toLowerCase(Locale.ROOT);
        signalText = String.join("\n", signalParts).toLowerCase(Locale.ROOT);
        var named = new ArrayList<String>(grounds.names());
        named.addAll(letterNames);
        named.addAll(offer.customers());
        named.add(offer.product());
        named.add(offer.senderName());
        named.add(offer.senderTitle());
        allText = offerText + "\n" + signalText + "\n" + String.join("\n", named).toLowerCase(Locale.ROOT);
        var m = WORD.matcher(allText);
        while (m.find()) {
            var w = m.group().replace('’', '\'');
            vocabulary.add(w);
            vocabulary.add(w.replaceFirst("'s$", ""));
            for (var part : w.split("-")) vocabulary.add(part);
        }
        for (var text : concat(offerParts, signalParts)) read(text);
        for (var name : named) read(name);
        for (var t : Titles.find(String.join("\n", concat(signalParts, named)))) {
            titles.add(t.text());
            titleKeys.add(t.canonical());
        }
        certifications.addAll(Certifications.keys(String.join("\n", concat(offerParts, signalParts))));
        var r = ROUND.matcher(signalText);
        while (r.find()) rounds.add(round(r.group()));
        priorTouches = grounds.priorTouches();
        subjects = new Subjects(offer.customers(), grounds.names());
        facts(offer.valueProp(), "the offer");
        for (var point : offer.proofPoints()) facts(point, "the proof point");
        for (var signal : signalParts) facts(signal, "the signal");
    }

    private void facts(String text, String kind) {
        frames.addAll(Claims.frames(text, Language.of(text)));
        var source = kind + " “" + (text.length() > 90 ? text.substring(0, 89).strip() + "…" : text) + "”";
        for (var claim : Claims.of(text, Language.of(text), subjects)) facts.add(new Fact(claim, source));
    }

    private void read(String text) {
        var found = Dates.find(Certifications.blank(text));
        var language = Language.of(text);
        dates.addAll(found.dates());
        for (var d : found.dates()) {
            if (d.year() > 0) quantities.add(new Quantity(Quantity.Kind.YEAR, d.year(), Integer.toString(d.year())));
        }
        quantities.addAll(Quantities.find(found.rest(), language));
    }

    boolean hasTitle(String canonical) {
        return titleKeys.contains(canonical);
    }

    boolean grounded(Quantity q) {
        if (q.kind() == Quantity.Kind.DURATION && frames.stream().anyMatch(f -> f.sameAs(new Claim.TimeFrame(q.value(), q.text())))) {
            return true;
        }
        return quantities.stream().anyMatch(q::supportedBy);
    }

    boolean grounded(DateMention d) {
        return dates.stream().anyMatch(d::consistentWith);
    }

    boolean known(String lowerWord) {
        return vocabulary.contains(lowerWord);
    }

    static String round(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^s[ée]rie ", "series ");
    }

    /** A round's label as people write it: "series b extension" → "Series B extension". */
    static String display(String label) {
        return label.startsWith("series ") && label.length() > 7
                ? "Series " + label.substring(7, 8).toUpperCase(Locale.ROOT) + label.substring(8) : label;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
