package dev.gatehouse.engine;

import dev.gatehouse.engine.audit.AuditLine;
import dev.gatehouse.engine.store.AuditStore;
import dev.gatehouse.engine.store.Stores;

import java.util.List;
import java.util.Optional;

/**
 * The audit trail for managers without SQL: recent decisions about one account, by one person,
 * or changes to settings (ICP, offer, autonomy, goals, the kill switch, the gate experiment).
 */
public final class Audits {
    /** Setting changes: the subjects playbook and experiment events are filed under. */
    static final List<String> SETTING_SUBJECTS = List.of("app_setting", "action_type", "icp", "offer", "goal");

    private final Stores stores;

    Audits(Stores stores) {
        this.stores = stores;
    }

    /** Everything recorded about the account with this domain (its touches are listed under it too); empty if unknown. */
    public Optional<List<AuditLine>> account(String domain, int limit) {
        return stores.accounts().byDomain(domain.trim().toLowerCase(java.util.Locale.ROOT))
                .map(a -> lines(stores.audit().aboutAccount(a.id(), limit)));
    }

    public List<AuditLine> byActor(String actor, int limit) {
        return lines(stores.audit().byActor(actor, limit));
    }

    public List<AuditLine> settings(int limit) {
        return lines(stores.audit().forSubjectTypes(SETTING_SUBJECTS, limit));
    }

    public List<AuditLine> recent(int limit) {
        return lines(stores.audit().recent(limit));
    }

    private static List<AuditLine> lines(List<AuditStore.Entry> entries) {
        return entries.stream().map(e -> new AuditLine(e.at(), e.actor(), e.action(), e.subjectType(), e.subjectId(),
                e.before(), e.after(), e.detail())).toList();
    }
}
