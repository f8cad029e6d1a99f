package dev.gatehouse.engine.replies.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImapCadenceTest {
    @Test
    void defaults_poll_rarely_while_idle_is_alive() {
        ImapCadence cadence = ImapCadence.fromEnv(Map.of());

        assertThat(cadence.backupPoll()).isEqualTo(Duration.ofMinutes(5));
        assertThat(cadence.pollWithoutIdle()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void both_intervals_are_configurable() {
        ImapCadence cadence = ImapCadence.fromEnv(Map.of("IMAP_BACKUP_POLL_SECONDS", "600", "IMAP_POLL_SECONDS", "30"));

        assertThat(cadence).isEqualTo(new ImapCadence(Duration.ofMinutes(10), Duration.ofSeconds(30)));
    }

    @Test
    void a_backup_poll_past_the_idle_limit_is_refused_by_name() {
        assertThatThrownBy(() -> ImapCadence.fromEnv(Map.of("IMAP_BACKUP_POLL_SECONDS", "3600")))
                .hasMessageContaining("IMAP_BACKUP_POLL_SECONDS");
    }
}
