package dev.gatehouse.bot.codec;

import dev.gatehouse.engine.gate.TouchStatus;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The state one button carries: what it acts on ({@code id}: a touch, reply or meeting id) and the
 * state that object was in (or what kind of object it is: a reply, a meeting) when the message was rendered, so a click on a stale message can be
 * told apart from a fresh one. Encoded as a short checksummed string (Slack allows 2000 chars).
 */
public record ActionValue(long id, String renderedFor) {
    /** renderedFor of reply buttons. */
    public static final String REPLY_OPEN = "open";
    /** renderedFor of meeting outcome buttons. */
    public static final String MEETING = "meeting";
    static final int MAX_LENGTH = 2000;
    private static final Pattern STATE = Pattern.compile("[a-z0-9_]{1,32}");

    public ActionValue {
        if (id <= 0) throw new IllegalArgumentException("id must be positive, was " + id);
        Objects.requireNonNull(renderedFor, "renderedFor");
        if (!STATE.matcher(renderedFor).matches()) {
            throw new IllegalArgumentException("renderedFor must match " + STATE + ", was '" + renderedFor + "'");
        }
    }

    public static ActionValue touch(long touchId, TouchStatus status) {
        return new ActionValue(touchId, status.wire());
    }

    public static ActionValue reply(long replyId) {
        return new ActionValue(replyId, REPLY_OPEN);
    }

    public static ActionValue meeting(long meetingId) {
        return new ActionValue(meetingId, MEETING);
    }

    /** The touch status this value was rendered for; throws if it was rendered for a reply. */
    public TouchStatus touchStatus() {
        try {
            return TouchStatus.fromWire(renderedFor);
        } catch (IllegalArgumentException e) {
            throw new CodecException("value was not rendered for a touch status: '" + renderedFor + "'");
        }
    }

    public String encode() {
        return Sealed.seal(List.of(Long.toString(id), renderedFor));
    }

    /** @throws CodecException when the value is not one {@link #encode()} produced */
    public static ActionValue decode(String value) {
        var fields = Sealed.open(value, 2, MAX_LENGTH, "action value");
        long id = Sealed.positiveLong(fields.get(0), "action value id");
        if (!STATE.matcher(fields.get(1)).matches()) throw new CodecException("action value has a malformed state");
        return new ActionValue(id, fields.get(1));
    }
}
