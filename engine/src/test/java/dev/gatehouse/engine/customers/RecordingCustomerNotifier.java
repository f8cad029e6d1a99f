package dev.gatehouse.engine.customers;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what would have been posted. */
public final class RecordingCustomerNotifier implements CustomerNotifier {
    public final List<AnomalyAlert> anomalies = new CopyOnWriteArrayList<>();
    public final List<EscalationAlert> toCsm = new CopyOnWriteArrayList<>();
    public final List<EscalationAlert> toManagers = new CopyOnWriteArrayList<>();
    public final List<HealthDigest> digests = new CopyOnWriteArrayList<>();
    public final List<RenewalPackage> packages = new CopyOnWriteArrayList<>();

    public Optional<Posted> anomaly(AnomalyAlert alert) {
        anomalies.add(alert);
        return Optional.of(new Posted("D0CSM", "1700000000." + anomalies.size()));
    }

    public void escalation(EscalationAlert alert, boolean managers) {
        (managers ? toManagers : toCsm).add(alert);
    }

    public void digest(HealthDigest digest) {
        digests.add(digest);
    }

    public void renewalPackage(RenewalPackage renewal) {
        packages.add(renewal);
    }
}
