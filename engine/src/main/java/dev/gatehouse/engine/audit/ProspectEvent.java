package dev.gatehouse.engine.audit;

import dev.gatehouse.engine.delivery.SuppressionReason;
import dev.gatehouse.engine.ids.ReplyId;
import dev.gatehouse.engine.signals.SignalKind;

import java.util.Map;

/** What happened around the people Gatehouse writes to: signals in, contacts proposed, addresses suppressed. */
public sealed interface ProspectEvent extends AuditEvent {

    record SignalIngested(Actor actor, long signalId, SignalKind kind, String accountDomain) implements ProspectEvent {
        public String action() { return "signal.ingest"; }
        public Subject subject() { return Subject.signal(signalId); }
        public Object after() { return Map.of("kind", kind.wire(), "account", accountDomain); }
    }

    /** An account qualifies but has no contact to write to: an exception for a person. */
    record NoContact(long accountId, String why) implements ProspectEvent {
        public static final String ACTION = "exception.no_contact";

        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return ACTION; }
        public Subject subject() { return Subject.account(accountId); }
        public String detail() { return why; }
    }

    /** A colleague a reply referred us to, added as a contact. */
    record ContactProposed(long contactId, String email, String referredBy, ReplyId reply) implements ProspectEvent {
        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return "contact.proposed"; }
        public Subject subject() { return Subject.contact(contactId); }
        public Object after() { return Map.of("email", email, "referred_by", referredBy, "reply_id", reply.value()); }
    }

    /** Suppressed because of what a reply said (an unsubscribe, a hard bounce). */
    record Suppressed(String email, SuppressionReason reason, ReplyId reply) implements ProspectEvent {
        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return "suppression.add"; }
        public Subject subject() { return Subject.email(email); }
        public Object after() { return Map.of("reason", reason.wire(), "reply_id", reply.value()); }
    }

    /** Suppressed through the one-click unsubscribe link (RFC 8058). */
    record Unsubscribed(String email) implements ProspectEvent {
        public Actor actor() { return Actor.RECIPIENT; }
        public String action() { return "suppression.unsubscribe"; }
        public Subject subject() { return Subject.email(email); }
        public Object after() { return Map.of("source", "one-click"); }
    }
}
