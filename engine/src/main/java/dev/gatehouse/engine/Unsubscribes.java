package dev.gatehouse.engine;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.ProspectEvent;
import dev.gatehouse.engine.delivery.SuppressionReason;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import dev.gatehouse.engine.followups.FollowUps;
import dev.gatehouse.engine.sequence.StopReason;
import dev.gatehouse.engine.store.Stores;

import java.util.Optional;

/**
 * One-click unsubscribe (RFC 8058) by the signed token in an email's link: the address is
 * suppressed and audited in one transaction, and the contact's sequences stop. Idempotent.
 */
public final class Unsubscribes {
    private final Optional<UnsubscribeTokens> tokens;
    private final Stores stores;
    private final FollowUps followUps;

    Unsubscribes(Optional<UnsubscribeTokens> tokens, Stores stores, FollowUps followUps) {
        this.tokens = tokens;
        this.stores = stores;
        this.followUps = followUps;
    }

    /** Whom the token was issued for; empty when it is not one of ours (or mail is not configured). */
    public Optional<String> recipient(String token) {
        return tokens.flatMap(t -> t.verify(token));
    }

    /**
     * Unsubscribes the token's address and stops every sequence with its contact at once (each stop
     * audited with its reason and the follow-ups it cancelled); returns the address, or empty when
     * the token is not one of ours.
     */
    public Optional<String> unsubscribe(String token) {
        var email = recipient(token);
        email.ifPresent(address -> {
            stores.inTransaction(s -> {
                if (s.suppressions().suppress(address, SuppressionReason.UNSUBSCRIBE, "one-click")) {
                    s.audit().append(new ProspectEvent.Unsubscribed(address));
                }
                return null;
            });
            stores.accounts().contactByEmail(address)
                    .ifPresent(c -> followUps.stopAllFor(c.id(), StopReason.UNSUBSCRIBE, Actor.RECIPIENT.wire()));
        });
        return email;
    }
}
