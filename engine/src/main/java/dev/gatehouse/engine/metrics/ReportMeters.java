package dev.gatehouse.engine.metrics;

import dev.gatehouse.engine.report.Funnel;
import dev.gatehouse.engine.report.SampledReviews;
import dev.gatehouse.engine.report.WeeklyReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * This week's funnel, rates and cost as {@code gatehouse_} gauges. Like {@link DomainMeters}, a
 * scrape never queries the database: the week's report is rebuilt in the background every refresh
 * interval and the gauges read the last one (NaN rates before the first, or with nothing to divide).
 */
public final class ReportMeters implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReportMeters.class);

    private final BackgroundSnapshot<WeeklyReport> snapshots;
    private final AtomicReference<WeeklyReport> last;

    public ReportMeters(Supplier<WeeklyReport> source, MeterRegistry meters, Duration every) {
        this.snapshots = new BackgroundSnapshot<>("gatehouse-report-meters", source, every, null,
                e -> log.warn("Could not refresh this week's report meters ({}); serving the last one", e.toString()));
        this.last = snapshots.ref();
        register(meters);
    }

    /** The funnel steps, by the {@code step} tag of {@code gatehouse_funnel_week}. */
    static Map<String, ToDoubleFunction<Funnel>> steps() {
        var steps = new LinkedHashMap<String, ToDoubleFunction<Funnel>>();
        steps.put("drafted", Funnel::drafted);
        steps.put("approved_by_person", Funnel::approvedByPerson);
        steps.put("sent_without_person", Funnel::sentWithoutPerson);
        steps.put("sent", Funnel::sent);
        steps.put("bounced", Funnel::bounced);
        steps.put("delivered", Funnel::delivered);
        steps.put("replied", Funnel::replied);
        steps.put("positive_reply", Funnel::positive);
        steps.put("meeting_held", Funnel::meetingsHeld);
        steps.put("qualified_opportunity", Funnel::qualified);
        steps.put("won", Funnel::won);
        return steps;
    }

    private void register(MeterRegistry meters) {
        steps().forEach((step, value) -> gauge("gatehouse.funnel.week", "This week's first emails at each funnel step.",
                r -> value.applyAsDouble(r.total())).tag("step", step).register(meters));
        for (var rate : Funnel.of("", java.util.List.of()).rates().entrySet()) {
            gauge("gatehouse.funnel.rate", "This week's funnel rates; the per tag names the denominator.",
                    r -> r.total().rates().get(rate.getKey()).value())
                    .tags("rate", rate.getKey(), "per", rate.getValue().per().replace(' ', '_')).register(meters);
        }
        gauge("gatehouse.cost.week.usd", "This week's cost: model spend plus the fixed monthly cost's share.",
                r -> r.cost().total().doubleValue()).register(meters);
        for (var unit : java.util.List.of("draft", "touch_sent", "reply_handled", "meeting_held", "qualified_opportunity")) {
            gauge("gatehouse.cost.per.usd", "This week's cost per unit (NaN when none was produced).",
                    r -> r.cost().per(r.cost().units().get(unit)).map(java.math.BigDecimal::doubleValue).orElse(Double.NaN))
                    .tag("per", unit).register(meters);
        }
        samples(meters);
        gauge("gatehouse.review.queue.oldest", "Age of the oldest draft waiting for a person.",
                r -> r.gate().oldestQueued().toSeconds()).baseUnit("seconds").register(meters);
    }

    /** Supervised sends this week and their after-the-fact review; the flag rate is over the reviewed samples. */
    private void samples(MeterRegistry meters) {
        var steps = new LinkedHashMap<String, ToDoubleFunction<SampledReviews>>();
        steps.put("supervised_sent", SampledReviews::supervisedSent);
        steps.put("sampled", SampledReviews::sampled);
        steps.put("reviewed", SampledReviews::reviewed);
        steps.put("flagged", SampledReviews::flagged);
        steps.forEach((step, value) -> gauge("gatehouse.supervised.samples.week",
                "This week's supervised sends, sampled for review, reviewed and flagged.",
                r -> value.applyAsDouble(r.gate().samples())).tag("step", step).register(meters));
        gauge("gatehouse.supervised.flag.rate", "This week's flagged samples; the per tag names the denominator.",
                r -> r.gate().samples().flagRate().value())
                .tag("per", SampledReviews.PER_REVIEWED.replace(' ', '_')).register(meters);
    }

    private Gauge.Builder<AtomicReference<WeeklyReport>> gauge(String name, String help, ToDoubleFunction<WeeklyReport> value) {
        return Gauge.builder(name, last, ref -> ref.get() == null ? Double.NaN : value.applyAsDouble(ref.get()))
                .description(help).strongReference(true);
    }

    public ReportMeters start() {
        snapshots.start();
        return this;
    }

    @Override
    public void close() {
        snapshots.close();
    }
}
