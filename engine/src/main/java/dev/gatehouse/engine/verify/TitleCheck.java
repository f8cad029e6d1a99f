package dev.gatehouse.engine.verify;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Blocks a job title the signals don't state ("your new CFO" when the signal says "VP Finance").
 * Only where the sentence says something about a role (new, hired, joined, as ...): "forward it
 * to your CFO" claims nothing.
 */
final class TitleCheck implements Check {
    private static final Pattern ROLE_CLAIM = Pattern.compile(
            "\\b(?:new|hire[sd]?|hiring|joined|joining|named|appointed|promoted|promotion|role|welcome|congrats|"
                    + "congratulations|started|starting|stepped|steps|took over|taking over|as|incoming|recently|just|search|"
                    + "looking for|recruiting|open)\\b");

    @Override
    public void check(Sentence sentence, Evidence evidence, List<Problem> problems) {
        var titles = Titles.find(sentence.text());
        if (titles.isEmpty() || !ROLE_CLAIM.matcher(sentence.lower()).find()) return;
        for (var title : titles) {
            if (title.plural() || evidence.hasTitle(title.canonical())) continue;
            var known = evidence.titles.isEmpty() ? "" : " (signals say " + String.join(", ", evidence.titles) + ")";
            problems.add(new Problem(sentence.text(), "states a title the signals don't support: " + title.text() + known));
        }
    }
}
