package dev.gatehouse.engine.sending;

import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.delivery.MailboxState;
import dev.gatehouse.engine.delivery.SendPlan;
import dev.gatehouse.engine.delivery.SendPlanner;
import dev.gatehouse.engine.gate.SendScheduler;
import dev.gatehouse.engine.jobs.Jobs;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Deliverability-aware scheduling: the first slot the recipient's send window, the mailbox's
 * daily cap and spacing allow (counting sends already booked), as a durable job.
 */
public final class DurableSends implements SendScheduler {
    private final Stores stores;
    private final SendPlanner planner;
    private final Jobs jobs;
    private final String mailbox;
    private final Clock clock;

    public DurableSends(Stores stores, SendPlanner planner, Jobs jobs, String mailbox, Clock clock) {
        this.stores = stores;
        this.planner = planner;
        this.jobs = jobs;
        this.mailbox = mailbox;
        this.clock = clock;
    }

    @Override
    public Instant firstSlot(Contact contact, Instant now) {
        return switch (planner.nextSendAt(contact.timeZone(), mailboxState(now))) {
            case SendPlan.SendAt at -> at.at();
            // a paused mailbox holds the send for an hour; the sweeper looks again then
            case SendPlan.Paused paused -> clock.instant().plus(Duration.ofHours(1));
        };
    }

    /** The sending mailbox as the deliverability rules see it at {@code now}. */
    public MailboxState mailboxState(Instant now) {
        var dayStart = now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        var recent = stores.outbox().recentSends(mailbox, 200).stream()
                .map(s -> new MailboxState.RecentSend(s.at(), s.hardBounced())).toList();
        return new MailboxState(mailbox, stores.outbox().bookedSince(mailbox, dayStart),
                stores.outbox().latestSlot(mailbox).orElse(null), recent,
                stores.playbook().bounceBreakerResetAt().orElse(null));
    }

    @Override
    public void scheduleSend(long outboxId, Instant at) {
        jobs.sendAt(outboxId, at);
    }
}
