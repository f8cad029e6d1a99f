package dev.gatehouse.engine.audit;

import dev.gatehouse.engine.ids.MeetingId;
import dev.gatehouse.engine.ids.ReplyId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What happened to a meeting: booked, its brief posted, its outcome recorded. */
public sealed interface MeetingEvent extends AuditEvent {
    MeetingId meeting();

    @Override
    default Subject subject() {
        return Subject.of(meeting());
    }

    /**
     * Booked by hand ({@code source} "manual"), from a calendar invite ("calendar") or from a reply
     * confirming a proposed time ("reply"); {@code reply} is the reply it came from, if any.
     */
    record Booked(Actor actor, MeetingId meeting, Instant startsAt, String source, ReplyId reply) implements MeetingEvent {
        public String action() { return "meeting.booked"; }
        public Object after() {
            var after = new LinkedHashMap<String, Object>();
            after.put("starts_at", startsAt.toString());
            after.put("source", source);
            if (reply != null) after.put("reply_id", reply.value());
            return after;
        }
    }

    record BriefPosted(MeetingId meeting, int statements) implements MeetingEvent {
        public Actor actor() { return Actor.GATEHOUSE; }
        public String action() { return "brief.posted"; }
        public Object after() { return Map.of("statements", statements); }
    }

    /** {@code outcome} is the outcome's wire value ("held", "no_show"). */
    record OutcomeRecorded(Actor actor, MeetingId meeting, String outcome) implements MeetingEvent {
        public String action() { return "meeting.outcome"; }
        public Object after() { return Map.of("outcome", outcome); }
    }
}
