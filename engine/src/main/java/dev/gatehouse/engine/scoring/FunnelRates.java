package dev.gatehouse.engine.scoring;

/**
 * What the team observed so far: accounts contacted, of those how many replied, and of those how
 * many booked a meeting. The planner uses a rate only once it rests on enough observations.
 */
public record FunnelRates(long contacted, long replied, long meetings) {
    public static final FunnelRates NONE = new FunnelRates(0, 0, 0);

    public FunnelRates {
        if (contacted < 0 || replied < 0 || meetings < 0) throw new IllegalArgumentException("counts must be >= 0");
        if (replied > contacted) throw new IllegalArgumentException("replied exceeds contacted");
        if (meetings > replied) throw new IllegalArgumentException("meetings exceed replied");
    }

    public double replyRate() {
        return contacted == 0 ? 0 : (double) replied / contacted;
    }

    public double meetingRate() {
        return replied == 0 ? 0 : (double) meetings / replied;
    }
}
