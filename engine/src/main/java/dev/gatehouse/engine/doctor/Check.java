package dev.gatehouse.engine.doctor;

import java.util.Objects;

/** One line of {@code doctor}'s report: how one part of a deployment stands, and what to do about it. */
public record Check(Status status, String name, String detail) {
    public enum Status { OK, WARN, FAIL }

    public Check {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
    }

    public static Check ok(String name, String detail) {
        return new Check(Status.OK, name, detail);
    }

    public static Check warn(String name, String detail) {
        return new Check(Status.WARN, name, detail);
    }

    public static Check fail(String name, String detail) {
        return new Check(Status.FAIL, name, detail);
    }

    public boolean failed() {
        return status == Status.FAIL;
    }

    /** {@code OK    smtp      detail}: status and name padded so the details line up. */
    public String line() {
        return String.format("%-4s  %-8s  %s", status, name, detail);
    }
}
