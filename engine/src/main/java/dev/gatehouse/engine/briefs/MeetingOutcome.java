package dev.gatehouse.engine.briefs;

import java.util.Arrays;
import java.util.Optional;

/** Whether a booked meeting took place, as a person recorded it. A no-show is not a meeting won. */
public enum MeetingOutcome {
    HELD("held"),
    NO_SHOW("no_show");

    private final String wire;

    MeetingOutcome(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<MeetingOutcome> fromWire(String value) {
        return Arrays.stream(values()).filter(o -> o.wire.equals(value)).findFirst();
    }
}
