package dev.gatehouse.engine.replies.ingest;

import dev.gatehouse.engine.config.Env;
import java.time.Duration;
import java.util.Map;

/**
 * How often the mailbox is read. While an IMAP IDLE is alive new mail wakes the reader at once,
 * so {@code backupPoll} is only the safety net (and how often the IDLE is renewed; RFC 2177 asks
 * for less than 29 minutes). {@code pollWithoutIdle} is the poll interval for a server that has
 * no IDLE. Both polls reuse the one open connection.
 */
public record ImapCadence(Duration backupPoll, Duration pollWithoutIdle) {
    public static final ImapCadence DEFAULT = new ImapCadence(Duration.ofMinutes(5), Duration.ofSeconds(15));

    public ImapCadence {
        if (backupPoll.isNegative() || backupPoll.isZero() || backupPoll.compareTo(Duration.ofMinutes(29)) > 0) {
            throw new IllegalArgumentException("backupPoll must be between 1 s and 29 min");
        }
        if (pollWithoutIdle.isNegative() || pollWithoutIdle.isZero()) {
            throw new IllegalArgumentException("pollWithoutIdle must be positive");
        }
    }

    /** {@code IMAP_BACKUP_POLL_SECONDS} (default 300, at most 1740) and {@code IMAP_POLL_SECONDS} (default 15). */
    public static ImapCadence fromEnv(Map<String, String> values) {
        var env = new Env(values);
        var backup = env.integer("IMAP_BACKUP_POLL_SECONDS", (int) DEFAULT.backupPoll().toSeconds(), 1, 29 * 60);
        var plain = env.integer("IMAP_POLL_SECONDS", (int) DEFAULT.pollWithoutIdle().toSeconds(), 1, 3600);
        env.check();
        return new ImapCadence(Duration.ofSeconds(backup), Duration.ofSeconds(plain));
    }
}
