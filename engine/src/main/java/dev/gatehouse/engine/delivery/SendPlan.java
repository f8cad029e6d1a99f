package dev.gatehouse.engine.delivery;

import java.time.Instant;
import java.util.Objects;

/** The planner's answer for one email: send at a given instant, or hold because the mailbox is paused. */
public sealed interface SendPlan {
    record SendAt(Instant at) implements SendPlan {
        public SendAt {
            Objects.requireNonNull(at, "at");
        }
    }

    record Paused(String reason) implements SendPlan {
        public Paused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
