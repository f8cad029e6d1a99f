package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.verify.NearDuplicates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.function.Supplier;

/**
 * The day's emails a new draft must not repeat: what is sent or queued to go out from the
 * mailbox's midnight on, and the drafts written since that wait for review (a batch drafted in
 * the morning is compared with itself too).
 */
public final class SentToday implements Supplier<NearDuplicates> {
    /** Of each kind, the newest this many: a day's sends stay well below the daily cap. */
    static final int LIMIT = 500;

    private final Stores stores;
    private final ZoneId mailboxZone;
    private final Clock clock;

    public SentToday(Stores stores, ZoneId mailboxZone, Clock clock) {
        this.stores = stores;
        this.mailboxZone = mailboxZone;
        this.clock = clock;
    }

    @Override
    public NearDuplicates get() {
        var since = LocalDate.ofInstant(clock.instant(), mailboxZone).atStartOfDay(mailboxZone).toInstant();
        var bodies = new ArrayList<>(stores.outbox().bodiesSince(since, LIMIT));
        bodies.addAll(stores.touches().pendingBodiesSince(since, LIMIT));
        return NearDuplicates.of(bodies);
    }
}
