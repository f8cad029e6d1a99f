package dev.gatehouse.engine.briefs;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.MeetingEvent;
import dev.gatehouse.engine.ids.MeetingId;
import dev.gatehouse.engine.store.MeetingStore;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.time.Instant;

/** Records whether a meeting was held, once, by the first person to say; audited. */
public final class MeetingOutcomes {
    private final Stores stores;
    private final BriefBuilder briefs;
    private final Clock clock;

    public MeetingOutcomes(Stores stores, BriefBuilder briefs, Clock clock) {
        this.stores = stores;
        this.briefs = briefs;
        this.clock = clock;
    }

    /** Who recorded which outcome, and when. */
    public record Recorded(MeetingOutcome outcome, String actor, Instant at) {
    }

    public sealed interface Result {
        /** Recorded now; {@code brief} is the meeting's brief as it stands, to show the outcome on. */
        record Done(MeetingBrief brief, Recorded recorded) implements Result {
        }

        record AlreadyRecorded(Recorded recorded) implements Result {
        }

        record NotFound(long meetingId) implements Result {
        }
    }

    /** Records the outcome once: the conditional write and its audit row are one transaction. */
    public Result record(long meetingId, MeetingOutcome outcome, String actor) {
        var brief = briefs.build(meetingId);
        if (brief.isEmpty()) return new Result.NotFound(meetingId);
        var at = clock.instant();
        return stores.inTransaction(s -> {
            if (!s.meetings().recordOutcome(meetingId, outcome.wire(), actor, at)) {
                return new Result.AlreadyRecorded(recorded(s.meetings().outcome(meetingId).orElseThrow()));
            }
            s.audit().append(new MeetingEvent.OutcomeRecorded(Actor.fromWire(actor), new MeetingId(meetingId), outcome.wire()));
            return new Result.Done(brief.get(), new Recorded(outcome, actor, at));
        });
    }

    private static Recorded recorded(MeetingStore.Outcome o) {
        return new Recorded(MeetingOutcome.fromWire(o.outcome()).orElseThrow(), o.actor(), o.at());
    }
}
