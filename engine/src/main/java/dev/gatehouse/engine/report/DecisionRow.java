package dev.gatehouse.engine.report;

import java.time.Instant;

/** One review decision on a draft: approve, edit, reject or undo, by whom, with the text before and after an edit. */
public record DecisionRow(long touchId, String decision, String actor, String reasonCode, String beforeBody,
                          String afterBody, Instant draftedAt, Instant decidedAt) {
    /** Gatehouse's own approvals under a supervised policy are not a person's. */
    public boolean byPerson() {
        return !(actor.equals("gatehouse") || actor.startsWith("gatehouse:"));
    }

    public boolean isFinal() {
        return decision.equals("approve") || decision.equals("reject");
    }
}
