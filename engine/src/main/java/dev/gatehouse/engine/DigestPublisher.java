package dev.gatehouse.engine;

import dev.gatehouse.engine.report.Funnel;
import dev.gatehouse.engine.report.WeeklyReport;

import java.util.List;

/** Where the weekly digest goes: the host posts it (the bot: to {@code GATEHOUSE_DIGEST_CHANNEL}, with a chart). */
@FunctionalInterface
public interface DigestPublisher {
    /** {@code trend}: the eight weeks up to and including {@code week}, oldest first. */
    void publish(WeeklyReport week, List<Funnel> trend, List<Snapshots.Standing> goals);
}
