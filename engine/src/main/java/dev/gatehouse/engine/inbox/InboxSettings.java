package dev.gatehouse.engine.inbox;

import dev.gatehouse.engine.config.Env;

import java.time.Duration;
import java.util.Map;

/**
 * How the durable inbox holds its rows. {@code lease}: how long an instance's claim on a row lasts
 * without renewal (renewed every third of it while the row is worked on), so how soon another
 * instance finishes what a crashed one acknowledged. {@code maxAttempts}: claims before a failing
 * row is given up (closed with its error). {@code keepGivenUp}: how long rows given up
 * are kept, with their error, for inspection (a processed row is deleted at once).
 */
public record InboxSettings(Duration lease, int maxAttempts, Duration keepGivenUp) {
    public static final InboxSettings DEFAULT = new InboxSettings(Duration.ofSeconds(10), 5, Duration.ofDays(7));

    public InboxSettings {
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) throw new IllegalArgumentException("lease must be at least 1 s");
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
    }

    public static InboxSettings fromEnv(Map<String, String> values) {
        var env = new Env(values);
        var lease = Duration.ofSeconds(env.integer("GATEHOUSE_INBOX_LEASE_SECONDS", 10, 1, 600));
        env.check();
        return new InboxSettings(lease, DEFAULT.maxAttempts(), DEFAULT.keepGivenUp());
    }
}
