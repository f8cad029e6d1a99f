package dev.gatehouse.engine.audit;

import dev.gatehouse.engine.gate.RejectReason;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.ids.TouchId;
import dev.gatehouse.engine.sequence.StopReason;
import dev.gatehouse.engine.writing.TouchKind;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What happened to a touch (a drafted email): drafted, decided, sent, reminded; and its thread stopping. */
public sealed interface TouchEvent extends AuditEvent {
    TouchId touch();

    @Override
    default Subject subject() {
        return Subject.of(touch());
    }

    /**
     * What every new touch records, first emails, follow-ups, answers and intros alike: {@code why}
     * says what it answers (a reply id, who referred or wrote it), {@code thread} the thread's first
     * touch (null for a first email), {@code attempts} the writer's tries (0 for a text written elsewhere).
     */
    record Drafting(TouchStatus status, TouchKind kind, int step, TouchId thread, String writer, int attempts,
                    Map<String, Object> why) {
        Map<String, Object> after() {
            var after = new LinkedHashMap<String, Object>(why);
            after.put("status", status.wire());
            after.put("kind", kind.wire());
            after.put("step", step);
            if (thread != null) after.put("thread", thread.value());
            after.put("writer", writer);
            if (attempts > 0) after.put("attempts", attempts);
            return after;
        }
    }

    /** A touch drafted and routed by its action's autonomy; {@code blockedBy} is what the verifier blocked, if it did. */
    record Drafted(TouchId touch, Drafting drafting, String blockedBy) implements TouchEvent {
        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return "touch.drafted"; }
        public Object after() { return drafting.after(); }
        public String detail() { return blockedBy; }
    }

    /** A touch proposed to a person whatever the policy says (an answer to a reply, a referral intro). */
    record Proposed(TouchId touch, Drafting drafting, String blockedBy) implements TouchEvent {
        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return "touch.proposed"; }
        public Object after() { return drafting.after(); }
        public String detail() { return blockedBy; }
    }

    record Approved(Actor actor, TouchId touch, Instant sendAt) implements TouchEvent {
        public String action() { return "touch.approve"; }
        public Object before() { return Map.of("status", TouchStatus.PENDING_REVIEW.wire()); }
        public Object after() { return Map.of("status", TouchStatus.APPROVED.wire(), "send_at", sendAt.toString()); }
    }

    record Rejected(Actor actor, TouchId touch, TouchStatus from, RejectReason reason, String note) implements TouchEvent {
        public String action() { return "touch.reject"; }
        public Object before() { return Map.of("status", from.wire()); }
        public Object after() { return Map.of("status", TouchStatus.REJECTED.wire(), "reason", reason.wire()); }
        public String detail() { return note; }
    }

    record Undone(Actor actor, TouchId touch) implements TouchEvent {
        public String action() { return "touch.undo"; }
        public Object before() { return Map.of("status", TouchStatus.APPROVED.wire()); }
        public Object after() { return Map.of("status", TouchStatus.PENDING_REVIEW.wire()); }
    }

    /** A person's edit; {@code vouchedFor} lists the claims the verifier could not ground that they confirmed. */
    record Edited(Actor actor, TouchId touch, String oldSubject, String oldBody, String newSubject, String newBody,
                  String vouchedFor) implements TouchEvent {
        public String action() { return "touch.edit"; }
        public Object before() { return Map.of("subject", oldSubject, "body", oldBody); }
        public Object after() { return Map.of("subject", newSubject, "body", newBody); }
        public String detail() { return vouchedFor == null ? null : "person confirmed unsupported claims: " + vouchedFor; }
    }

    /** A reviewer looked at a sampled supervised email after it went out and found it right. */
    record SampleLooksRight(Actor actor, TouchId touch) implements TouchEvent {
        public String action() { return "sample.looks_right"; }
        public Object after() { return Map.of("verdict", "looks_right"); }
    }

    /** A reviewer flagged a sampled supervised email after it went out; the reason feeds the writer. */
    record SampleFlagged(Actor actor, TouchId touch, String reason) implements TouchEvent {
        public String action() { return "sample.flag"; }
        public Object after() { return Map.of("verdict", "flagged"); }
        public String detail() { return reason; }
    }

    record Reminded(TouchId touch, Instant at, Instant waitingSince) implements TouchEvent {
        public static final String ACTION = "touch.reminded";
        /** The key of {@link #after()} that holds when the reminder went out. */
        public static final String REMINDED_AT = "reminded_at";

        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return ACTION; }
        public Object after() { return Map.of(REMINDED_AT, at.toString()); }
        public String detail() { return "waiting since " + waitingSince; }
    }

    record Sent(TouchId touch, String messageId) implements TouchEvent {
        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return "outbox.sent"; }
        public Object after() { return Map.of("message_id", messageId); }
    }

    /** Not sent: the recipient was on the suppression list when the send came due. */
    record SendSuppressed(TouchId touch, String to) implements TouchEvent {
        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return "outbox.suppressed"; }
        public Object after() { return Map.of("to", to); }
        public String detail() { return "suppressed at send time"; }
    }

    /** Given up on: a permanent refusal, or too many temporary ones. */
    record SendFailed(TouchId touch, String error) implements TouchEvent {
        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return "outbox.failed"; }
        public String detail() { return error; }
    }

    /** The follow-up sequence of the thread {@code touch} opened ended; open follow-ups were cancelled. */
    record SequenceStopped(Actor actor, TouchId touch, StopReason reason, List<Long> cancelledTouches) implements TouchEvent {
        public String action() { return "sequence.stop"; }
        public Object after() { return Map.of("reason", reason.wire(), "cancelled_touches", cancelledTouches); }
    }
}
