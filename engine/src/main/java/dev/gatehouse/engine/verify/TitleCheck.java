package dev.gatehouse.engine.verify;

import java.util.List;

/** Blocks a job title the signals don't state ("your new CFO" when the signal says "VP Finance"). */
final class TitleCheck implements Check {
    @Override
    public void check(Sentence sentence, Evidence evidence, List<Problem> problems) {
        for (var title : Titles.find(sentence.text())) {
            if (title.plural() || evidence.hasTitle(title.canonical())) continue;
            var known = evidence.titles.isEmpty() ? "" : " (signals say " + String.join(", ", evidence.titles) + ")";
            problems.add(new Problem(sentence.text(), "states a title the signals don't support: " + title.text() + known));
        }
    }
}
