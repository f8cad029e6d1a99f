package dev.gatehouse.engine.verify;

import java.util.List;
import java.util.regex.Pattern;

/** Blocks guarantees and absolute promises ("risk-free", "100% accurate") no proof point makes. */
final class GuaranteeCheck implements Check {
    private static final Pattern PROMISE = Pattern.compile(
            "\\bguarantee[ds]?\\b|\\bguaranteeing\\b|\\brisk[- ]free\\b|\\bno[- ]risk\\b|\\bzero[- ]risk\\b|\\bmoney[- ]back\\b"
                    + "|\\b100\\s?%|\\b100 percent\\b|\\bone hundred percent\\b|\\bzero (?:errors|mistakes|discrepancies|downtime)\\b"
                    + "|\\bnever (?:miss|fail|breaks?|goes down)\\b|\\b(?:we|i) promise\\b|\\bwithout fail\\b|\\beliminat\\w* (?:all|every) (?:errors?|mistakes?|risk)\\b|\\bwill (?:definitely|certainly) \\w+");

    private static final Pattern RANKING = Pattern.compile(
            "\\baward[- ]winning\\b|\\btop[- ]rated\\b|\\bhighest[- ]rated\\b|#1\\b|\\bnumber one\\b|\\bindustry[- ]leading\\b"
                    + "|\\bmarket[- ]leading\\b|\\bmarket leader\\b|\\bbest[- ]in[- ]class\\b|\\bworld[- ]class\\b|\\bthe leading\\b");

    /** "grew … by 100%": growth, not a promise, when the sources say it doubled. */
    private static final Pattern GROWTH = Pattern.compile(
            "\\b(?:grew|grown|grow|increased|increase|rose|raised|lifted|boosted|jumped|climbed|up)\\b[^.;]{0,60}\\bby\\s*$");
    private static final Quantity DOUBLED = new Quantity(Quantity.Kind.PERCENT, 100, "100%");

    @Override
    public void check(Sentence sentence, Evidence evidence, List<Problem> problems) {
        var m = PROMISE.matcher(sentence.lower());
        while (m.find()) {
            if (evidence.offerText.contains(m.group())) continue;
            if (m.group().startsWith("100") && GROWTH.matcher(sentence.lower().substring(0, m.start())).find()
                    && evidence.grounded(DOUBLED)) continue;
            problems.add(new Problem(sentence.text(), "makes a guarantee the offer does not: " + m.group()));
        }
        var ranking = RANKING.matcher(sentence.lower());
        while (ranking.find()) {
            if (evidence.offerText.contains(ranking.group())) continue;
            problems.add(new Problem(sentence.text(), "makes a ranking claim the offer does not: " + ranking.group()));
        }
    }
}
