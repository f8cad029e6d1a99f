package dev.gatehouse.bot.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress a person can read: how many items, what share of the whole, items per second and the
 * time left. On a terminal one line redrawn in place (a bar, at most five times a second); otherwise
 * a plain line every {@code plainEvery}, so a log file does not fill with carriage returns.
 */
final class ProgressLine {
    private static final long REDRAW_NANOS = Duration.ofMillis(200).toNanos();
    private static final int BAR = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long plainEveryNanos;
    private long started;
    private long lastShown;
    private long lastUpdate;
    private boolean drawn;

    ProgressLine(PrintStream out, boolean terminal, LongSupplier nanoTime, Duration plainEvery) {
        this.out = out;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.plainEveryNanos = plainEvery.toNanos();
        start();
    }

    /** Starts the clock for a new piece of work (a file, the re-score). */
    void start() {
        started = nanoTime.getAsLong();
        lastShown = started;
        lastUpdate = started;
    }

    /**
     * Starts the clock for the next piece of work done right after this one (the next file): it began
     * when this one's last update came, not at its own first update, which comes only after a batch.
     */
    void next() {
        finish();
        started = lastUpdate;
        lastShown = lastUpdate;
    }

    /**
     * @param items    items done so far ({@code unit}: rows, accounts)
     * @param fraction the share of the whole done, 0 to 1 (bytes read of the file's size; accounts of all)
     */
    void update(String label, long items, String unit, double fraction) {
        long now = nanoTime.getAsLong();
        lastUpdate = now;
        if (now - lastShown < (terminal ? REDRAW_NANOS : plainEveryNanos)) return;
        lastShown = now;
        var line = render(label, items, unit, Math.max(0, Math.min(1, fraction)), (now - started) / 1e9);
        if (terminal) {
            out.print("\r\033[K" + line);
            drawn = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Takes a redrawn line away, so a message can be printed on the terminal in its place. */
    void clear() {
        if (drawn) {
            out.print("\r\033[K");
            out.flush();
        }
        drawn = false;
    }

    /** Ends a redrawn line so what follows starts on its own line. */
    void finish() {
        if (drawn) out.println();
        drawn = false;
    }

    static String render(String label, long items, String unit, double fraction, double seconds) {
        double rate = seconds > 0 ? items / seconds : 0;
        var left = fraction > 0 && seconds > 0 ? clock(seconds * (1 - fraction) / fraction) : "?";
        int filled = (int) Math.round(fraction * BAR);
        return String.format(Locale.ROOT, "%s [%s%s] %3d%% | %,d %s | %,.0f %s/s | %s left", label, "=".repeat(filled),
                " ".repeat(BAR - filled), Math.round(fraction * 100), items, unit, rate, unit, left);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
