package dev.gatehouse.engine;

import dev.gatehouse.engine.store.Stores;

/** Attempts refused for a person's role, audited: who tried what, where, and the answer they got. */
public final class Refusals {
    private final Stores stores;

    Refusals(Stores stores) {
        this.stores = stores;
    }

    /**
     * @param surface what was used (e.g. {@code slack_action}, {@code slack_command}): the audit row's subject type
     * @param subject which one (an action id, a command name)
     */
    public void record(String actor, String surface, String subject, String why) {
        stores.audit().append(actor, "refused", surface, subject, null, null, why);
    }
}
