package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.verify.Problem;
import dev.gatehouse.engine.writing.Draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a suggested reply is checked for on top of the verifier: no [placeholder] left for someone
 * to fill, and, when times were offered, exactly the offered slot lines and no other clock time.
 */
final class ReplyChecks {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]]+]");
    private static final Pattern CLOCK_TIME = Pattern.compile("\\b([01]?\\d|2[0-3])[:h]([0-5]\\d)\\b|\\b(1[0-2]|[1-9])\\s?(am|pm)\\b",
            Pattern.CASE_INSENSITIVE);

    private ReplyChecks() {
    }

    static List<Problem> placeholders(Draft draft) {
        var problems = new ArrayList<Problem>();
        var m = PLACEHOLDER.matcher(draft.body());
        while (m.find()) problems.add(new Problem(m.group(), "a placeholder for the reviewer to fill in"));
        return problems;
    }

    /** Each offered slot line must appear as written; any other time of day is one we did not check. */
    static List<Problem> times(Draft draft, List<String> slotLines) {
        var problems = new ArrayList<Problem>();
        for (var line : slotLines) {
            if (!draft.body().contains(line)) {
                problems.add(new Problem(line, "an offered meeting time is missing or reworded: copy each slot line exactly"));
            }
        }
        var m = CLOCK_TIME.matcher(withoutSlots(draft, slotLines).body());
        while (m.find()) {
            problems.add(new Problem(m.group(), "a meeting time that is not one of the offered slots inside the "
                    + "prospect's working hours"));
        }
        return problems;
    }

    /** The draft with the offered slot lines taken out: they are our offer of times, not claims to verify. */
    static Draft withoutSlots(Draft draft, List<String> slotLines) {
        var body = draft.body();
        for (var line : slotLines) body = body.replace(line, "");
        return draft.withText(draft.subject(), body);
    }
}
