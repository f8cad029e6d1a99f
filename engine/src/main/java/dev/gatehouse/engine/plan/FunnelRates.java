package dev.gatehouse.engine.plan;

/**
 * The yields of the outbound funnel: replies per first email sent, meetings per reply, qualified
 * opportunities (meetings held) per meeting, and first emails approved per account drafted.
 */
public record FunnelRates(double reply, double meeting, double opportunity, double approval) {
    public FunnelRates {
        check("reply", reply);
        check("meeting", meeting);
        check("opportunity", opportunity);
        check("approval", approval);
    }

    private static void check(String name, double rate) {
        if (!(rate > 0 && rate <= 1)) throw new IllegalArgumentException(name + " rate must be within (0, 1], was " + rate);
    }
}
