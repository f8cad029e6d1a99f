package dev.gatehouse.engine.gate;

import java.time.Instant;
import java.util.Objects;

/** A person's recorded decision on a touch. */
public sealed interface Decision {
    String actor();

    Instant at();

    /** Approved; the email goes out at {@code sendAt} (the first slot the send window allows). */
    record Approved(String actor, Instant at, Instant sendAt, boolean edited) implements Decision {
        public Approved {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(sendAt, "sendAt");
        }
    }

    record Rejected(String actor, Instant at, RejectReason reason, String note) implements Decision {
        public Rejected {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** An approval taken back before the send happened. */
    record Undone(String actor, Instant at) implements Decision {
        public Undone {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }
}
