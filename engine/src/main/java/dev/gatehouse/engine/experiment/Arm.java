package dev.gatehouse.engine.experiment;

import java.util.Arrays;
import java.util.Optional;

/**
 * An account's arm in the gate experiment. Gate on is copilot: a person approves every
 * customer-visible touch. Gate off is supervised: the first email is sent without waiting and
 * reviewed after, by sample.
 */
public enum Arm {
    GATE_ON("gate_on"), GATE_OFF("gate_off");

    private final String wire;

    Arm(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Arm> fromWire(String value) {
        return Arrays.stream(values()).filter(a -> a.wire.equals(value)).findFirst();
    }
}
