package dev.gatehouse.engine.verify;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Blocks numbers, amounts, percentages, durations, multipliers and dates that no proof point or
 * signal states. Meeting lengths and dates in a call to action ("15 minutes next Tuesday?") are
 * an ask, not a claim.
 */
final class NumberCheck implements Check {
    private static final Pattern ASK = Pattern.compile(
            "\\?\\s*$|\\b(?:call|chat|demo|walkthrough|walk you through|calendar|slot|meeting|meet|grab|hop on|free|available|"
                    + "time to|worth a|open to|coffee|zoom)\\b");
    private static final double ONE_HOUR = 1.0 / 24 + 1e-9;

    @Override
    public void check(Sentence sentence, Evidence evidence, List<Problem> problems) {
        var found = Dates.find(Certifications.blank(sentence.text()));
        boolean ask = ASK.matcher(sentence.lower()).find();
        boolean funding = FundingCheck.CONTEXT.matcher(sentence.lower()).find();
        for (var date : found.dates()) {
            if (!ask && !evidence.grounded(date)) {
                problems.add(new Problem(sentence.text(), (funding ? "states a funding date" : "states a date")
                        + " the signals don't support: " + date.text()));
            }
        }
        for (var q : Quantities.find(found.rest(), sentence.language())) {
            if (ask && q.kind() == Quantity.Kind.DURATION && q.value() <= ONE_HOUR) continue;
            if (q.kind() == Quantity.Kind.PERCENT && q.value() == 100) continue; // a guarantee; GuaranteeCheck says so
            if (q.kind() == Quantity.Kind.VAGUE ? evidence.allText.contains(q.text() + " of") : evidence.grounded(q)) continue;
            problems.add(new Problem(sentence.text(), reason(q, funding, evidence)));
        }
    }

    private static String reason(Quantity q, boolean funding, Evidence evidence) {
        if (q.kind() == Quantity.Kind.MONEY && q.currency() != null) {
            var other = evidence.quantities.stream().filter(g -> g.kind() == Quantity.Kind.MONEY && g.currency() != null
                    && q.with(g.currency(), q.hedge(), null).supportedBy(g)).findFirst();
            if (other.isPresent()) {
                return "states " + q.text() + " in the wrong currency: the " + (funding ? "signals say " : "sources say ") + other.get().text();
            }
        }
        boolean amount = q.kind() == Quantity.Kind.MONEY || q.kind() == Quantity.Kind.COUNT && q.value() >= 1e5;
        if (funding && amount) {
            var said = evidence.quantities.stream().filter(g -> g.kind() == Quantity.Kind.MONEY)
                    .map(Quantity::text).distinct().toList();
            return "states a funding amount the signals don't support: " + q.text()
                    + (said.isEmpty() ? "" : " (signals say " + String.join(", ", said) + ")");
        }
        var what = switch (q.kind()) {
            case MONEY -> "an amount";
            case PERCENT -> "a percentage";
            case DURATION -> "a duration";
            case MULTIPLIER -> "a multiplier";
            case YEAR -> "a year";
            case COUNT, VAGUE -> "a number";
        };
        return "states " + what + " not in a proof point or signal: " + q.text();
    }
}
