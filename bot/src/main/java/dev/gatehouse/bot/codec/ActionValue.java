package dev.gatehouse.bot.codec;

import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.ids.MeetingId;
import dev.gatehouse.engine.ids.ReplyId;
import dev.gatehouse.engine.ids.TouchId;
import dev.gatehouse.engine.outcomes.Stage;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The state one button carries: its {@link Target}, what it acts on (a touch in the state it was
 * in when the message was rendered, so a click on a stale message can be told apart from a fresh
 * one; a reply; a meeting). Encoded as a short checksummed string (Slack allows 2000 chars) of the
 * target's id and its {@code renderedFor} word.
 */
public record ActionValue(Target target) {
    /** renderedFor of reply buttons. */
    public static final String REPLY_OPEN = "open";
    /** renderedFor of meeting outcome buttons. */
    public static final String MEETING = "meeting";
    /** renderedFor of Looks right / Flag on a sampled supervised email (its id is the touch's). */
    public static final String SAMPLE = "sample";
    /** renderedFor of the buttons on an item of the exceptions queue. */
    public static final String EXCEPTION = "exception";
    /** renderedFor of the ICP modal's metadata. */
    public static final String ICP = "icp";
    /** renderedFor of a usage anomaly's and a customer escalation's Acknowledge button. */
    public static final String ANOMALY = "anomaly";
    public static final String ESCALATION = "escalation";
    static final int MAX_LENGTH = 2000;
    private static final Pattern STATE = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Pattern CLOSE = Pattern.compile("(won|lost)_([0-9]{1,9})");

    /** What a button acts on; {@link #renderedFor()} is the word that names its kind (and a touch's state) on the wire. */
    public sealed interface Target {
        long id();

        String renderedFor();

        record Touch(TouchId touch, TouchStatus status) implements Target {
            public Touch {
                Objects.requireNonNull(touch, "touch");
                Objects.requireNonNull(status, "status");
            }

            public long id() { return touch.value(); }
            public String renderedFor() { return status.wire(); }
        }

        record Reply(ReplyId reply) implements Target {
            public long id() { return reply.value(); }
            public String renderedFor() { return REPLY_OPEN; }
        }

        record Meeting(MeetingId meeting) implements Target {
            public long id() { return meeting.value(); }
            public String renderedFor() { return MEETING; }
        }

        /** A sampled supervised email, for its after-the-fact review. */
        record Sample(TouchId touch) implements Target {
            public long id() { return touch.value(); }
            public String renderedFor() { return SAMPLE; }
        }

        /** An item of the exceptions queue. */
        record Exception(long exceptionId) implements Target {
            public Exception {
                if (exceptionId <= 0) throw new IllegalArgumentException("exception id must be positive, was " + exceptionId);
            }

            public long id() { return exceptionId; }
            public String renderedFor() { return EXCEPTION; }
        }

        /** A customer alert: a usage anomaly or an escalation ({@code kind}), by its row id. */
        record CustomerAlert(long id, String kind) implements Target {
            public String renderedFor() { return kind; }
        }

        /**
         * A won or lost close for the account of a meeting, based on the version of the account's
         * outcome the person saw when they opened the modal (0: none yet); on the wire {@code won_3}.
         */
        record Close(MeetingId meeting, Stage stage, int basedOnVersion) implements Target {
            public Close {
                Objects.requireNonNull(meeting, "meeting");
                if (stage == null || !stage.closed()) throw new IllegalArgumentException("a close is won or lost, was " + stage);
                if (basedOnVersion < 0) throw new IllegalArgumentException("version must not be negative, was " + basedOnVersion);
            }

            public long id() { return meeting.value(); }
            public String renderedFor() { return stage.wire() + "_" + basedOnVersion; }
        }

        /** An ICP version (the ICP modal's metadata: the version it was opened on). */
        record Icp(long version) implements Target {
            public Icp {
                if (version <= 0) throw new IllegalArgumentException("ICP version must be positive, was " + version);
            }

            public long id() { return version; }
            public String renderedFor() { return ICP; }
        }
    }

    public ActionValue {
        Objects.requireNonNull(target, "target");
    }

    /**
     * The value for an id and its renderedFor word, as they come off the wire.
     *
     * @throws IllegalArgumentException when the id is not positive or the word names no target
     */
    public static ActionValue of(long id, String renderedFor) {
        Objects.requireNonNull(renderedFor, "renderedFor");
        if (!STATE.matcher(renderedFor).matches()) {
            throw new IllegalArgumentException("renderedFor must match " + STATE + ", was '" + renderedFor + "'");
        }
        var close = CLOSE.matcher(renderedFor);
        if (close.matches()) {
            return close(id, Stage.fromWire(close.group(1)).orElseThrow(), Integer.parseInt(close.group(2)));
        }
        return new ActionValue(switch (renderedFor) {
            case REPLY_OPEN -> new Target.Reply(new ReplyId(id));
            case MEETING -> new Target.Meeting(new MeetingId(id));
            case ICP -> new Target.Icp(id);
            case SAMPLE -> new Target.Sample(new TouchId(id));
            case EXCEPTION -> new Target.Exception(id);
            case ANOMALY, ESCALATION -> new Target.CustomerAlert(id, renderedFor);
            default -> new Target.Touch(new TouchId(id), TouchStatus.fromWire(renderedFor));
        });
    }

    public static ActionValue touch(long touchId, TouchStatus status) {
        return new ActionValue(new Target.Touch(new TouchId(touchId), status));
    }

    public static ActionValue reply(long replyId) {
        return new ActionValue(new Target.Reply(new ReplyId(replyId)));
    }

    public static ActionValue meeting(long meetingId) {
        return new ActionValue(new Target.Meeting(new MeetingId(meetingId)));
    }

    public static ActionValue close(long meetingId, Stage stage, int basedOnVersion) {
        return new ActionValue(new Target.Close(new MeetingId(meetingId), stage, basedOnVersion));
    }

    public static ActionValue sample(long touchId) {
        return new ActionValue(new Target.Sample(new TouchId(touchId)));
    }

    public static ActionValue exception(long exceptionId) {
        return new ActionValue(new Target.Exception(exceptionId));
    }

    public static ActionValue icp(long version) {
        return new ActionValue(new Target.Icp(version));
    }

    /** The row id of the target, whatever its kind. */
    public long id() {
        return target.id();
    }

    public String renderedFor() {
        return target.renderedFor();
    }

    /** The touch status this value was rendered for; throws if it was rendered for something else. */
    public TouchStatus touchStatus() {
        if (target instanceof Target.Touch touch) return touch.status();
        throw new CodecException("value was not rendered for a touch status: '" + renderedFor() + "'");
    }

    public String encode() {
        return Sealed.seal(List.of(Long.toString(id()), renderedFor()));
    }

    /** @throws CodecException when the value is not one {@link #encode()} produced */
    public static ActionValue decode(String value) {
        var fields = Sealed.open(value, 2, MAX_LENGTH, "action value");
        long id = Sealed.positiveLong(fields.get(0), "action value id");
        if (!STATE.matcher(fields.get(1)).matches()) throw new CodecException("action value has a malformed state");
        try {
            return of(id, fields.get(1));
        } catch (IllegalArgumentException e) {
            throw new CodecException("action value names no target: '" + fields.get(1) + "'");
        }
    }
}
