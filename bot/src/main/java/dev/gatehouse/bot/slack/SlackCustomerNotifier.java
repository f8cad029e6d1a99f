package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.render.AnomalyChart;
import dev.gatehouse.bot.render.CustomerAlertRenderer;
import dev.gatehouse.bot.render.CustomerDigestRenderer;
import dev.gatehouse.bot.render.CustomerPackageRenderer;
import dev.gatehouse.bot.render.HealthDigestChart;
import dev.gatehouse.bot.render.RenderedMessage;
import dev.gatehouse.bot.render.UsageTrendChart;
import dev.gatehouse.engine.customers.Customer;
import dev.gatehouse.engine.customers.CustomerNotifier;
import dev.gatehouse.engine.customers.HealthDigest;
import dev.gatehouse.engine.customers.RenewalPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.Set;

/**
 * After-the-sale messages in Slack, all internal: to the customer's CSM by direct message (to the
 * first manager when the customer has no CSM), and escalations nobody acknowledged to every manager.
 * Anomalies, digests and renewal packages carry a PNG chart in their thread.
 */
public final class SlackCustomerNotifier implements CustomerNotifier {
    private static final Logger log = LoggerFactory.getLogger(SlackCustomerNotifier.class);
    private final SlackWebApi api;
    private final ChartedPost charted;
    private final Set<String> managers;
    private final CustomerAlertRenderer alerts = new CustomerAlertRenderer();
    private final CustomerDigestRenderer digests = new CustomerDigestRenderer();
    private final CustomerPackageRenderer packages = new CustomerPackageRenderer();

    public SlackCustomerNotifier(SlackWebApi api, Set<String> managers) {
        this.api = api;
        this.charted = new ChartedPost(api);
        this.managers = managers;
    }

    @Override
    public Optional<Posted> anomaly(AnomalyAlert alert) {
        var a = alert.anomaly();
        return toCsm(alert.customer(), alerts.anomaly(alert, null), new ChartedPost.Chart("anomaly-" + a.id() + ".png",
                alert.customer().name() + ": " + a.metric() + " against its normal range, week of " + a.firstWeek(),
                () -> Optional.of(AnomalyChart.png(alert))));
    }

    @Override
    public void escalation(EscalationAlert alert, boolean toManagers) {
        var message = alerts.escalation(alert, toManagers, null);
        if (toManagers) managers.stream().sorted().forEach(manager -> api.direct(manager, message));
        else toCsm(alert.customer(), message, null);
    }

    @Override
    public void digest(HealthDigest digest) {
        charted.post(digest.csmSlackId(), digests.render(digest), digestChart(digest));
    }

    @Override
    public void renewalPackage(RenewalPackage renewal) {
        toCsm(renewal.customer(), packages.render(renewal), packageChart(renewal));
    }

    /** The renewal package to one person by direct message ({@code /renewal}), with its usage chart. */
    public void renewalPackageTo(String user, RenewalPackage renewal) {
        charted.post(user, packages.render(renewal), packageChart(renewal));
    }

    private static ChartedPost.Chart digestChart(HealthDigest digest) {
        return new ChartedPost.Chart("customer-health-" + digest.week() + ".png", "Customers by health band and the biggest"
                + " movers, week of " + digest.week(), () -> Optional.of(HealthDigestChart.png(digest)));
    }

    private static ChartedPost.Chart packageChart(RenewalPackage renewal) {
        return new ChartedPost.Chart("renewal-" + renewal.customer().domain() + "-" + renewal.assembledOn() + ".png",
                renewal.customer().name() + ": usage trend for the renewal package", () -> UsageTrendChart.png(renewal));
    }

    private Optional<Posted> toCsm(Customer customer, RenderedMessage message, ChartedPost.Chart chart) {
        var to = Optional.ofNullable(customer.csmSlackId()).or(() -> managers.stream().sorted().findFirst());
        if (to.isEmpty()) {
            log.warn("{} has no CSM and no manager is configured: the message is not posted", customer.domain());
            return Optional.empty();
        }
        var posted = chart == null ? api.direct(to.get(), message) : charted.post(to.get(), message, chart);
        return posted.map(p -> new Posted(p.channel(), p.ts()));
    }
}
