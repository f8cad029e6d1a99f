package dev.gatehouse.engine.supervision;

import dev.gatehouse.engine.store.Stores;

/** What managers are told when the quality breaker trips: why, and which sent emails were flagged. */
final class BreakerNotice {
    private BreakerNotice() {
    }

    static String text(Stores stores, SampleReviews.Tripped tripped) {
        var type = tripped.type().wire();
        var text = new StringBuilder("The quality breaker put *" + type + "* back to copilot: reviewers flagged "
                + tripped.flagged().size() + " of the last " + tripped.window() + " sampled " + type
                + " emails. From now on each one waits for a person's approval; `/autonomy " + type
                + " supervised` gives Gatehouse the freedom back (earlier flags no longer count).\nFlagged:");
        for (var id : tripped.flagged()) {
            var item = stores.reviewItem(id);
            var reason = stores.samples().find(id).map(s -> s.reason()).orElse("");
            text.append("\n• touch #").append(id);
            item.ifPresent(i -> text.append(" to ").append(i.contact().fullName()).append(" at ")
                    .append(i.account().name()).append(" (“").append(i.draft().subject()).append("”)"));
            text.append(": ").append(reason);
        }
        return text.toString();
    }
}
