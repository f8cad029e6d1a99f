package dev.gatehouse.engine.verify;

import dev.gatehouse.engine.signals.SignalKind;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Blocks funding claims the signals do not make: a raise no signal reports, another round, or
 * details (valuation, "oversubscribed") beyond them. Amounts, dates and investors are checked by
 * the number and name checks, which word their reasons for funding when this context matches.
 */
final class FundingCheck implements Check {
    static final Pattern CONTEXT = Pattern.compile(
            "\\b(?:raised|raising|fundrais\\w*|funding|funded|series [a-h](?![\\w'])|seed (?:round|funding|stage)|pre-seed"
                    + "|(?:funding|seed|growth|bridge|latest|recent|new) round|round of funding|valuation|investors?|backed by"
                    + "|led by|unicorn|oversubscribed|(?:the|your|recent|new|latest|big) raise)\\b");
    /** Funding as an event at the prospect (not just "investors" in passing). */
    private static final Pattern EVENT = Pattern.compile(
            "\\b(?:raised|raising|fundrais\\w*|funding|series [a-h](?![\\w'])|seed (?:round|funding)|pre-seed|round of funding"
                    + "|(?:funding|seed|growth|bridge|latest|recent|new) round|valuation|unicorn|oversubscribed"
                    + "|(?:the|your|recent|new|latest|big) raise)\\b");
    private static final Pattern DETAIL = Pattern.compile("\\b(valuation|unicorn|oversubscribed|extension|venture debt|bridge)\\b");

    @Override
    public void check(Sentence sentence, Evidence evidence, List<Problem> problems) {
        var lower = sentence.lower();
        if (!CONTEXT.matcher(lower).find()) return;
        if (EVENT.matcher(lower).find() && !evidence.kinds.contains(SignalKind.FUNDING) && !CONTEXT.matcher(evidence.signalText).find()) {
            problems.add(new Problem(sentence.text(), "mentions funding that no signal reports"));
            return;
        }
        var round = Evidence.ROUND.matcher(sentence.text());
        while (round.find()) {
            var label = Evidence.round(round.group());
            if (!evidence.rounds.contains(label)) {
                var known = evidence.rounds.isEmpty() ? "" : " (signals say " + String.join(", ", evidence.rounds.stream().map(Evidence::display).toList()) + ")";
                problems.add(new Problem(sentence.text(), "states a funding round the signals don't support: "
                        + round.group() + known));
            }
        }
        var detail = DETAIL.matcher(lower);
        boolean roundNamed = Claims.ROUND.matcher(lower).find();
        while (detail.find()) {
            if (detail.group().equals("extension") && roundNamed) continue; // BindingCheck compares it with the round's
            if (!evidence.signalText.contains(detail.group())) {
                problems.add(new Problem(sentence.text(), "goes beyond the signals about funding: " + detail.group()));
            }
        }
    }
}
