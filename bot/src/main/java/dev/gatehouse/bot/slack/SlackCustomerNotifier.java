package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.render.CustomerAlertRenderer;
import dev.gatehouse.bot.render.CustomerDigestRenderer;
import dev.gatehouse.bot.render.CustomerPackageRenderer;
import dev.gatehouse.bot.render.RenderedMessage;
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
 */
public final class SlackCustomerNotifier implements CustomerNotifier {
    private static final Logger log = LoggerFactory.getLogger(SlackCustomerNotifier.class);
    private final SlackWebApi api;
    private final Set<String> managers;
    private final CustomerAlertRenderer alerts = new CustomerAlertRenderer();
    private final CustomerDigestRenderer digests = new CustomerDigestRenderer();
    private final CustomerPackageRenderer packages = new CustomerPackageRenderer();

    public SlackCustomerNotifier(SlackWebApi api, Set<String> managers) {
        this.api = api;
        this.managers = managers;
    }

    @Override
    public Optional<Posted> anomaly(AnomalyAlert alert) {
        return toCsm(alert.customer(), alerts.anomaly(alert, null));
    }

    @Override
    public void escalation(EscalationAlert alert, boolean toManagers) {
        var message = alerts.escalation(alert, toManagers, null);
        if (toManagers) managers.stream().sorted().forEach(manager -> api.direct(manager, message));
        else toCsm(alert.customer(), message);
    }

    @Override
    public void digest(HealthDigest digest) {
        api.direct(digest.csmSlackId(), digests.render(digest));
    }

    @Override
    public void renewalPackage(RenewalPackage renewal) {
        toCsm(renewal.customer(), packages.render(renewal));
    }

    private Optional<Posted> toCsm(Customer customer, RenderedMessage message) {
        var to = Optional.ofNullable(customer.csmSlackId()).or(() -> managers.stream().sorted().findFirst());
        if (to.isEmpty()) {
            log.warn("{} has no CSM and no manager is configured: the message is not posted", customer.domain());
            return Optional.empty();
        }
        return api.direct(to.get(), message).map(p -> new Posted(p.channel(), p.ts()));
    }
}
