package dev.gatehouse.engine.report;

/**
 * Supervised autonomy's after-the-fact review for the emails sent under it in a window: how many
 * went out without waiting, how many of those were sampled for review, how many samples a person
 * reviewed, and how many of those they flagged. The flag rate is over the reviewed samples (an
 * unreviewed sample says nothing yet), and names that denominator.
 */
public record SampledReviews(long supervisedSent, long sampled, long reviewed, long flagged) {
    public static final SampledReviews NONE = new SampledReviews(0, 0, 0, 0);
    public static final String PER_SUPERVISED = "supervised sends";
    public static final String PER_SAMPLED = "sampled supervised sends";
    public static final String PER_REVIEWED = "reviewed samples";

    public SampledReviews {
        if (sampled > supervisedSent || reviewed > sampled || flagged > reviewed || flagged < 0) {
            throw new IllegalArgumentException("need 0 <= flagged <= reviewed <= sampled <= supervisedSent, was "
                    + flagged + ", " + reviewed + ", " + sampled + ", " + supervisedSent);
        }
    }

    /** Samples still waiting for a person's verdict. */
    public long awaitingReview() {
        return sampled - reviewed;
    }

    public Rate sampleRate() {
        return new Rate(sampled, supervisedSent, PER_SUPERVISED);
    }

    public Rate reviewedRate() {
        return new Rate(reviewed, sampled, PER_SAMPLED);
    }

    public Rate flagRate() {
        return new Rate(flagged, reviewed, PER_REVIEWED);
    }
}
