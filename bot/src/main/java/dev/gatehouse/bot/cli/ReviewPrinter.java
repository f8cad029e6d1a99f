package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.gate.Decision;
import dev.gatehouse.engine.gate.ReviewItem;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A review message as plain text for a terminal: what the rep would see in Slack. */
final class ReviewPrinter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd MMM HH:mm");

    private ReviewPrinter() {
    }

    static String print(ReviewItem item) {
        var out = new StringBuilder();
        var contact = item.contact();
        out.append("┌─ Review #").append(item.touchId()).append(" · ").append(item.kind().wire().replace('_', ' '))
                .append(" · ").append(item.status().wire()).append('\n');
        out.append("│ To: ").append(contact.fullName()).append(" <").append(contact.email()).append(">")
                .append(contact.title() == null ? "" : ", " + contact.title()).append(" — ").append(item.account().name())
                .append('\n');
        item.scored().ifPresent(score -> {
            out.append("│ Score ").append(score.total()).append("/100 (ICP v").append(score.icpVersion()).append(")\n");
            score.reasons().forEach(r -> out.append("│   · ").append(r.text()).append('\n'));
        });
        out.append("│ Why now:\n");
        if (item.signals().isEmpty()) out.append("│   (no signal cited)\n");
        item.signals().forEach(s -> out.append("│   · [").append(s.kind().wire()).append(", ")
                .append(DAY.format(s.observedAt())).append("] ").append(s.summary())
                .append(s.sourceUrl() == null ? "" : " <" + s.sourceUrl() + ">").append('\n'));
        out.append("│ Subject: ").append(item.draft().subject()).append('\n');
        out.append("│\n");
        item.draft().body().lines().forEach(line -> out.append("│   ").append(line).append('\n'));
        out.append("│\n");
        if (item.verification().passed()) {
            out.append("│ Verifier: passed — every claim traces to a cited signal or an approved proof point\n");
        } else {
            out.append("│ Verifier: BLOCKED\n");
            item.verification().problems().forEach(p -> out.append("│   ✗ ").append(p.reason())
                    .append(p.claim().isBlank() ? "" : " — \"" + p.claim() + "\"").append('\n'));
        }
        out.append("│ Written by: ").append(item.draft().writer())
                .append(item.draft().model() == null ? "" : " (" + item.draft().model() + ")").append('\n');
        switch (item.decision()) {
            case null -> out.append("│ [ Approve & send ]  [ Edit ]  [ Reject ]\n");
            case Decision.Approved a -> out.append("│ Approved by ").append(a.actor()).append(" — scheduled for ")
                    .append(WHEN.format(a.sendAt().atZone(contact.timeZone()))).append(" recipient time (")
                    .append(contact.timeZone().getId()).append(")  [ Undo ]\n");
            case Decision.Rejected r -> out.append("│ Rejected by ").append(r.actor()).append(": ").append(r.reason().label()).append('\n');
            case Decision.Undone u -> out.append("│ Approval undone by ").append(u.actor()).append('\n');
        }
        out.append("└────────────────────────────────────────────────────────────\n");
        return out.toString();
    }
}
