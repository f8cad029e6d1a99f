package dev.gatehouse.engine.customers;

import java.util.List;
import java.util.Optional;

/**
 * Where after-the-sale messages go (the host's Slack): anomaly alerts and escalations to the CSM,
 * escalations nobody acknowledged to the managers, digests and renewal packages. Internal only:
 * nothing here reaches a customer.
 */
public interface CustomerNotifier {
    /** Posts an anomaly with its numbers and an Acknowledge button; the message's place, when it was posted. */
    Optional<Posted> anomaly(AnomalyAlert alert);

    /** A hot escalation to the customer's CSM, or (when {@code toManagers}) to the managers after the window. */
    void escalation(EscalationAlert alert, boolean toManagers);

    void digest(HealthDigest digest);

    void renewalPackage(RenewalPackage renewal);

    /** Where a message went: its channel and timestamp. */
    record Posted(String channel, String ts) {
    }

    /** The anomaly, its customer, and the metric's weeks (for the numbers and a chart). */
    record AnomalyAlert(Anomaly anomaly, Customer customer, List<CustomerFacts.UsageWeek> series) {
        public AnomalyAlert {
            series = List.copyOf(series);
        }
    }

    /** The escalation, its customer and what the customer wrote. */
    record EscalationAlert(Escalation escalation, Customer customer, String subject) {
    }

    /** Posts nothing: for hosts without Slack (import, score). */
    CustomerNotifier NONE = new CustomerNotifier() {
        public Optional<Posted> anomaly(AnomalyAlert alert) {
            return Optional.empty();
        }

        public void escalation(EscalationAlert alert, boolean toManagers) {
        }

        public void digest(HealthDigest digest) {
        }

        public void renewalPackage(RenewalPackage renewal) {
        }
    };
}
