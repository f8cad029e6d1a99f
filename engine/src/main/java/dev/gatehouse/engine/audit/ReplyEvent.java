package dev.gatehouse.engine.audit;

import dev.gatehouse.engine.ids.ReplyId;
import dev.gatehouse.engine.ids.TouchId;
import dev.gatehouse.engine.replies.HandledAs;
import dev.gatehouse.engine.replies.ReplyLabel;

import java.util.List;
import java.util.Map;

/** What happened to a prospect's reply: received and triaged, then handled by a person. */
public sealed interface ReplyEvent extends AuditEvent {
    ReplyId reply();

    @Override
    default Subject subject() {
        return Subject.of(reply());
    }

    /** Triaged on arrival; {@code thread} is the thread's first touch, null when none was found. */
    record Received(ReplyId reply, ReplyLabel label, double confidence, Long thread, boolean injectionSuspected,
                    List<String> reasons) implements ReplyEvent {
        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return "reply.received"; }
        public Object after() {
            // the thread is stored as a string, "null" when there is none (as it always was)
            return Map.of("label", label.wire(), "confidence", confidence, "thread", String.valueOf(thread),
                    "injection", injectionSuspected);
        }
        public String detail() { return String.join("; ", reasons); }
    }

    record Dismissed(Actor actor, ReplyId reply) implements ReplyEvent {
        public String action() { return "reply.dismissed"; }
        public Object after() { return Map.of("handled_as", HandledAs.DISMISSED.wire()); }
    }

    /** A person answered in the thread; {@code touch} is the reply touch that carries their text. */
    record Written(Actor actor, ReplyId reply, TouchId touch, String emailSubject, String body) implements ReplyEvent {
        public String action() { return "reply.written"; }
        public Object after() {
            return Map.of("handled_as", HandledAs.REPLIED.wire(), "touch_id", touch.value(), "subject", emailSubject,
                    "body", body);
        }
    }
}
