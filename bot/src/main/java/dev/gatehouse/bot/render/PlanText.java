package dev.gatehouse.bot.render;

import dev.gatehouse.engine.Plans;
import dev.gatehouse.engine.plan.FunnelRates;
import dev.gatehouse.engine.plan.RescoreRun;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The day's plan in plain words, for {@code /pipeline}, the Home tab and {@code /pipeline share}:
 * the goal and the sum behind today's budget, the rates it assumes and where they came from, how
 * the day goes, what is queued, whether the goal is on track, and a re-score while it runs. Pure.
 */
public final class PlanText {
    private PlanText() {
    }

    public static String render(Plans.Report report) {
        var plan = report.plan();
        var text = new StringBuilder("*Today's plan*\n").append(Text.escape(plan.basis()));
        if (plan.goal().isPresent()) {
            text.append("\nAssumes ").append(rates(plan.rates().rates())).append(" — ").append(Text.escape(plan.rates().why()))
                    .append('.');
        }
        text.append("\n*Budget today* ").append(number(plan.budget())).append(plan.budget() == 1 ? " account" : " accounts")
                .append(" · drafted ").append(number(report.drafted())).append(" · approved ").append(number(report.approved()))
                .append(" · sent ").append(number(report.sent())).append(" · queued ").append(number(report.queued()))
                .append(report.queued() == 1 ? " account" : " accounts").append(" in the backlog, best score first");
        if (report.reviewers() > 0) {
            text.append("\nReview room: ").append(report.reviewers()).append(report.reviewers() == 1 ? " reviewer" : " reviewers")
                    .append(" × ").append(report.perReviewer()).append(" a day, owners first");
        }
        if (plan.goal().isPresent()) {
            text.append(report.onTrack() ? "\n:white_check_mark: On track." : "\n:warning: Not on track: " + Text.escape(report.track()) + ".");
        }
        var exceptions = report.exceptions();
        if (exceptions.needingAPerson() + exceptions.snoozed() > 0) {
            text.append("\n*Needs a person* ").append(number(exceptions.open())).append(" open · ")
                    .append(number(exceptions.assigned())).append(" assigned · ").append(number(exceptions.snoozed()))
                    .append(" snoozed (no contact, blocked after rewrites, unsure replies)");
        }
        report.rescore().filter(RescoreRun::running).ifPresent(run -> text.append("\n:hourglass_flowing_sand: Re-scoring: ")
                .append(number(run.done())).append(" of ").append(number(run.total())).append(" accounts (")
                .append(Text.escape(run.reason())).append("), started ").append(Text.date(run.started())).append('.'));
        return text.toString();
    }

    static String rates(FunnelRates r) {
        return percent(r.reply()) + " reply, " + percent(r.meeting()) + " reply→meeting, " + percent(r.opportunity())
                + " meeting→opportunity, " + percent(r.approval()) + " of drafts approved";
    }

    private static String percent(double rate) {
        double p = rate * 100;
        return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p)) + "%";
    }

    private static String number(int n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}
