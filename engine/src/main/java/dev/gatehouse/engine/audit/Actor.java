package dev.gatehouse.engine.audit;

import java.util.Objects;

/**
 * Who did what the audit log records: a person (by Slack user id), Gatehouse itself, or an
 * email's recipient (the one-click unsubscribe link). {@link #wire()} is the stored actor.
 */
public sealed interface Actor {
    Gatehouse GATEHOUSE = new Gatehouse(null);
    Recipient RECIPIENT = new Recipient();

    String wire();

    /** Reads a stored actor back; anything that is not Gatehouse or a recipient is a person. */
    static Actor fromWire(String wire) {
        Objects.requireNonNull(wire, "actor");
        if (wire.equals(Gatehouse.WIRE)) return GATEHOUSE;
        if (wire.startsWith(Gatehouse.WIRE + ":")) return new Gatehouse(wire.substring(Gatehouse.WIRE.length() + 1));
        if (wire.equals(Recipient.WIRE)) return RECIPIENT;
        return new Person(wire);
    }

    record Person(String slackUserId) implements Actor {
        public Person {
            if (slackUserId == null || slackUserId.isBlank()) throw new IllegalArgumentException("a person needs a Slack user id");
            if (slackUserId.equals(Recipient.WIRE) || slackUserId.equals(Gatehouse.WIRE)
                    || slackUserId.startsWith(Gatehouse.WIRE + ":")) {
                throw new IllegalArgumentException("not a Slack user id: " + slackUserId);
            }
        }

        @Override
        public String wire() {
            return slackUserId;
        }
    }

    /** Gatehouse acting on its own; {@code policy} names the autonomy level it approved under, if any. */
    record Gatehouse(String policy) implements Actor {
        static final String WIRE = "gatehouse";

        @Override
        public String wire() {
            return policy == null ? WIRE : WIRE + ":" + policy;
        }
    }

    /** Whoever holds an unsubscribe link: the address is the subject, not the actor. */
    record Recipient() implements Actor {
        static final String WIRE = "recipient";

        @Override
        public String wire() {
            return WIRE;
        }
    }
}
