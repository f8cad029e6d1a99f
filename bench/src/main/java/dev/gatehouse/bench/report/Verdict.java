package dev.gatehouse.bench.report;

/** Whether a figure meets the target the project set for it; {@link #NONE} where there is no target. */
public enum Verdict {
    MET("✔"), MISSED("✘"), NONE("");

    private final String mark;

    Verdict(String mark) {
        this.mark = mark;
    }

    public String mark() {
        return mark;
    }

    public static Verdict of(boolean met) {
        return met ? MET : MISSED;
    }
}
