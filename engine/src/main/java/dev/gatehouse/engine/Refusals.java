package dev.gatehouse.engine;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.Refused;
import dev.gatehouse.engine.store.Stores;

/** Attempts refused for a person's role, audited: who tried what, where, and the answer they got. */
public final class Refusals {
    private final Stores stores;

    Refusals(Stores stores) {
        this.stores = stores;
    }

    /** {@code name} says which one of the {@code surface} was used: an action id, a callback id, a command. */
    public void record(String actor, Refused.Surface surface, String name, String why) {
        stores.audit().append(new Refused(Actor.fromWire(actor), surface, name, why));
    }
}
