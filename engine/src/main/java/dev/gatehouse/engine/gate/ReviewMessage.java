package dev.gatehouse.engine.gate;

import java.util.Objects;

/** Where a touch's review message was posted (a channel and the message's timestamp), to update it in place. */
public record ReviewMessage(String channel, String ts) {
    public ReviewMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ts, "ts");
    }
}
