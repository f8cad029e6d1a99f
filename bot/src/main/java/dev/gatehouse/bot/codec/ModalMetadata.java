package dev.gatehouse.bot.codec;

import java.util.List;
import java.util.Objects;

/**
 * What a modal's private_metadata carries to its view_submission: the object it edits and the
 * state it was opened for (an {@link ActionValue}'s target), and where the message that opened it
 * lives so the handler can update that message afterwards. {@code channelId} and {@code messageTs}
 * are null when the modal was not opened from a message (e.g. from the home tab).
 */
public record ModalMetadata(ActionValue value, String channelId, String messageTs) {
    static final int MAX_LENGTH = 3000;

    public ModalMetadata {
        Objects.requireNonNull(value, "value");
        if ((channelId == null) != (messageTs == null)) {
            throw new IllegalArgumentException("channelId and messageTs go together");
        }
        if (channelId != null && !SlackIds.isChannel(channelId)) {
            throw new IllegalArgumentException("not a Slack channel id: " + channelId);
        }
        if (messageTs != null && !SlackIds.isMessageTs(messageTs)) {
            throw new IllegalArgumentException("not a Slack message ts: " + messageTs);
        }
    }

    public static ModalMetadata of(ActionValue value, String channelId, String messageTs) {
        return new ModalMetadata(value, channelId, messageTs);
    }

    /** Metadata that names no message (modal opened from the home tab or a command). */
    public static ModalMetadata detached(ActionValue value) {
        return of(value, null, null);
    }

    /** The row id of the target. */
    public long id() {
        return value.id();
    }

    public String renderedFor() {
        return value.renderedFor();
    }

    public boolean hasMessage() {
        return channelId != null;
    }

    public String encode() {
        return Sealed.seal(List.of(Long.toString(id()), renderedFor(),
                Objects.requireNonNullElse(channelId, ""), Objects.requireNonNullElse(messageTs, "")));
    }

    /** @throws CodecException when the metadata is not one {@link #encode()} produced */
    public static ModalMetadata decode(String metadata) {
        var f = Sealed.open(metadata, 4, MAX_LENGTH, "private_metadata");
        long id = Sealed.positiveLong(f.get(0), "private_metadata id");
        try {
            return new ModalMetadata(ActionValue.of(id, f.get(1)), f.get(2).isEmpty() ? null : f.get(2),
                    f.get(3).isEmpty() ? null : f.get(3));
        } catch (IllegalArgumentException e) {
            throw new CodecException("private_metadata is malformed: " + e.getMessage());
        }
    }
}
