package dev.gatehouse.engine.plan;

import dev.gatehouse.engine.config.Env;

import java.util.Map;

/**
 * How the daily plan is made: the stated funnel rates it assumes until the team has
 * {@code minFirstEmails} first emails of its own in the last {@code windowDays} days, how many
 * reviews one person gets a day at most, and how many accounts a day are drafted without a goal.
 */
public record PlanSettings(FunnelRates priors, int minFirstEmails, int windowDays, int reviewsPerRepPerDay,
                           int budgetWithoutGoal) {
    /** Cold outbound rules of thumb: 5 % reply, 30 % of replies meet, half the meetings qualify, 80 % approved. */
    public static final FunnelRates DEFAULT_PRIORS = new FunnelRates(0.05, 0.30, 0.5, 0.8);
    public static final PlanSettings DEFAULTS = new PlanSettings(DEFAULT_PRIORS, 30, 28, 25, 40);

    public PlanSettings {
        if (minFirstEmails < 1 || windowDays < 1 || reviewsPerRepPerDay < 1 || budgetWithoutGoal < 0) {
            throw new IllegalArgumentException("plan settings must be positive");
        }
    }

    public PlanSettings withPriors(FunnelRates rates) {
        return new PlanSettings(rates, minFirstEmails, windowDays, reviewsPerRepPerDay, budgetWithoutGoal);
    }

    public PlanSettings withReviewsPerRep(int reviews) {
        return new PlanSettings(priors, minFirstEmails, windowDays, reviews, budgetWithoutGoal);
    }

    /** @param mailboxDailyCap the budget without a goal defaults to what one mailbox may send a day */
    public static PlanSettings fromEnv(Map<String, String> values, int mailboxDailyCap) {
        var env = new Env(values);
        var d = DEFAULT_PRIORS;
        var priors = new FunnelRates(env.decimal("GATEHOUSE_PRIOR_REPLY_RATE", d.reply(), 0.0001, 1),
                env.decimal("GATEHOUSE_PRIOR_MEETING_RATE", d.meeting(), 0.0001, 1),
                env.decimal("GATEHOUSE_PRIOR_OPPORTUNITY_RATE", d.opportunity(), 0.0001, 1),
                env.decimal("GATEHOUSE_PRIOR_APPROVAL_RATE", d.approval(), 0.0001, 1));
        var settings = new PlanSettings(priors, env.integer("GATEHOUSE_PLAN_MIN_FIRST_EMAILS", 30, 1, 100_000),
                env.integer("GATEHOUSE_PLAN_WINDOW_DAYS", 28, 1, 365),
                env.integer("GATEHOUSE_REVIEWS_PER_REP_PER_DAY", 25, 1, 1_000),
                env.integer("GATEHOUSE_DAILY_DRAFTS", mailboxDailyCap, 0, 100_000));
        env.check();
        return settings;
    }
}
