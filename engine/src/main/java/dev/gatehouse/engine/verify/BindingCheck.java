package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.verify.Evidence.Fact;
import dev.gatehouse.engine.verify.Quantity.Kind;

import java.util.Comparator;
import java.util.List;

/**
 * Blocks true parts bound wrongly: a proof point's number moved to another customer or given
 * another time frame, an amount tied to another round, a count of other things, a rank changed
 * ("third office" for a second), a round's extension dropped or added. A value no source states
 * at all is {@link NumberCheck}'s or {@link FundingCheck}'s to report; each reason here names the
 * value in the draft and the source with its own value.
 */
final class BindingCheck implements Check {
    private static final double ONE_HOUR = 1.0 / 24 + 1e-9;

    @Override
    public void check(Sentence sentence, Evidence evidence, List<Problem> problems) {
        for (var claim : Claims.of(sentence.text(), sentence.language(), evidence.subjects)) {
            var reason = switch (claim.value()) {
                case Value.Measure m -> measure(claim, m.quantity(), evidence);
                case Value.Ordinal o -> ordinal(o, evidence);
                case Value.Round r -> round(r, evidence);
            };
            if (reason != null) problems.add(new Problem(sentence.text(), reason));
        }
    }

    private static String measure(Claim claim, Quantity q, Evidence evidence) {
        if (q.kind() == Kind.DURATION && q.value() <= ONE_HOUR || q.kind() == Kind.PERCENT && q.value() == 100) return null;
        var candidates = evidence.facts.stream()
                .filter(f -> f.claim().value() instanceof Value.Measure m && q.supportedBy(m.quantity())).toList();
        if (candidates.isEmpty()) return null;
        var best = candidates.stream().min(Comparator.comparingInt(f -> mismatches(claim, q, f, evidence))).orElseThrow();
        if (mismatches(claim, q, best, evidence) == 0) return null;
        var fact = best.claim();
        var said = ((Value.Measure) fact.value()).quantity().text();
        if (!subjectOk(claim, fact)) {
            return fact.subject() == null
                    ? "attributes " + q.text() + " to " + claim.subject() + ", but " + best.source() + " does not name " + claim.subject()
                    : "attributes " + q.text() + " to " + claim.subject() + ", but " + best.source() + " states it of " + fact.subject();
        }
        if (!frameOk(claim, fact)) {
            return "states " + q.text() + " " + claim.within().text() + ", but " + best.source()
                    + (fact.within() == null ? " gives no time frame for it" : " says " + said + " " + fact.within().text());
        }
        if (!roundOk(claim, fact)) {
            return "states " + q.text() + " for the " + claim.round().text() + ", but " + best.source() + " gives " + said
                    + " for the " + fact.round().text();
        }
        var noun = countedNoun(q, evidence);
        var counted = evidence.facts.stream().filter(f -> counts(f, noun)).findFirst().orElseThrow();
        return "states " + q.text() + " " + plural(noun) + ", but " + counted.source() + " says "
                + ((Value.Measure) counted.claim().value()).quantity().text() + " " + plural(noun);
    }

    private static int mismatches(Claim claim, Quantity q, Fact fact, Evidence evidence) {
        var other = fact.claim();
        var ground = ((Value.Measure) other.value()).quantity();
        var noun = countedNoun(q, evidence);
        boolean nounOk = noun == null || ground.noun() != null && noun.equals(Claims.head(ground.noun()));
        return (subjectOk(claim, other) ? 0 : 8) + (frameOk(claim, other) ? 0 : 4) + (roundOk(claim, other) ? 0 : 2) + (nounOk ? 0 : 1);
    }

    /** What a count in the draft counts, among the things the sources count: "14 shift managers ahead" → "manager". */
    private static String countedNoun(Quantity q, Evidence evidence) {
        if (q.noun() == null) return null;
        for (var word : q.noun().split(" ")) {
            if (evidence.facts.stream().anyMatch(f -> counts(f, word))) return word;
        }
        return null;
    }

    private static boolean counts(Fact fact, String noun) {
        return fact.claim().value() instanceof Value.Measure m && m.quantity().kind() == Kind.COUNT && m.quantity().noun() != null
                && noun.equals(Claims.head(m.quantity().noun()));
    }

    private static boolean subjectOk(Claim claim, Claim fact) {
        return claim.subject() == null || claim.subject().equals(fact.subject());
    }

    private static boolean frameOk(Claim claim, Claim fact) {
        return claim.within() == null || fact.within() != null && claim.within().sameAs(fact.within());
    }

    private static boolean roundOk(Claim claim, Claim fact) {
        return claim.round() == null || fact.round() == null || claim.round().series().equals(fact.round().series());
    }

    private static String ordinal(Value.Ordinal o, Evidence evidence) {
        var ranked = evidence.facts.stream().filter(f -> f.claim().value() instanceof Value.Ordinal r && r.noun().equals(o.noun())).toList();
        if (ranked.isEmpty()) {
            return o.rank() == 1 ? null : "states “" + o.text() + "”, but no signal says which " + o.noun() + " it is";
        }
        if (ranked.stream().anyMatch(f -> ((Value.Ordinal) f.claim().value()).rank() == o.rank())) return null;
        var first = ranked.get(0);
        return "states “" + o.text() + "”, but " + first.source() + " says “" + first.claim().value().text() + "”";
    }

    private static String round(Value.Round r, Evidence evidence) {
        var same = evidence.facts.stream().filter(f -> f.claim().value() instanceof Value.Round g && g.series().equals(r.series())).toList();
        if (same.isEmpty() || same.stream().anyMatch(f -> ((Value.Round) f.claim().value()).extension() == r.extension())) return null;
        var source = same.get(0).source();
        var label = ((Value.Round) same.get(0).claim().value()).label();
        return r.extension()
                ? "states a " + Evidence.display(r.label()) + ", but " + source + " reports the " + Evidence.display(label) + " itself, not an extension"
                : "states the " + Evidence.display(r.label()) + ", but " + source + " reports a " + Evidence.display(label);
    }


    private static String plural(String noun) {
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }
}
