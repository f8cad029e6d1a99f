package dev.gatehouse.engine.plan;

/**
 * What the team's own funnel did in the planning window: first emails drafted and decided, of
 * those approved; first emails sent, and the accounts among them that replied, met and held the
 * meeting.
 */
public record Observed(int decided, int approved, int firstEmails, int replied, int meetings, int opportunities) {
    public static final Observed NONE = new Observed(0, 0, 0, 0, 0, 0);

    public Observed {
        if (decided < 0 || approved < 0 || firstEmails < 0 || replied < 0 || meetings < 0 || opportunities < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }
}
