package dev.gatehouse.engine.store;

import dev.gatehouse.engine.delivery.SuppressionReason;
import org.jooq.DSLContext;

import java.util.Locale;

import static dev.gatehouse.engine.store.db.Tables.SUPPRESSIONS;

/** Addresses that must never receive mail again: unsubscribed, bounced, do-not-contact. */
public final class SuppressionStore {
    private final DSLContext dsl;

    SuppressionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Idempotent: returns true only the first time an address is suppressed. */
    public boolean suppress(String email, SuppressionReason reason, String source) {
        return dsl.insertInto(SUPPRESSIONS)
                .set(SUPPRESSIONS.EMAIL, email.toLowerCase(Locale.ROOT))
                .set(SUPPRESSIONS.REASON, reason.wire())
                .set(SUPPRESSIONS.SOURCE, source)
                .onConflict(SUPPRESSIONS.EMAIL).doNothing()
                .execute() == 1;
    }

    public boolean isSuppressed(String email) {
        return dsl.fetchExists(SUPPRESSIONS, SUPPRESSIONS.EMAIL.eq(email.toLowerCase(Locale.ROOT)));
    }
}
