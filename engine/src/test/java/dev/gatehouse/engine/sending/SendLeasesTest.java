package dev.gatehouse.engine.sending;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Renewing send leases warns about a lost lease only when another instance really took the row over. */
class SendLeasesTest {
    private final Stores stores = TestDatabase.freshStores();
    private final OutboxRows rows = new OutboxRows(stores);
    private final SendLeases leases = new SendLeases(stores.outbox(), Duration.ofSeconds(2));
    private final Logger logger = (Logger) LoggerFactory.getLogger(SendLeases.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void capture() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
        leases.close();
    }

    private long claimed() {
        var id = rows.approved(Instant.now().minusSeconds(1));
        stores.outbox().claim(id, Instant.now(), leases.owner(), leases.length()).orElseThrow();
        return id;
    }

    private long warnings() {
        return logged.list.stream().filter(e -> e.getLevel() == Level.WARN).count();
    }

    @Test
    void a_send_recorded_while_its_lease_is_being_renewed_is_not_reported_as_lost() {
        var id = claimed();
        try (var held = leases.hold(id)) {
            // the send is recorded (ending the lease) and the renewal runs before the handle is closed
            assertThat(stores.outbox().markSentBy(id, leases.owner(), Instant.now())).isTrue();
            leases.renew();
        }

        assertThat(warnings()).isZero();
    }

    @Test
    void a_row_another_instance_took_over_is_reported_as_lost() {
        var id = claimed();
        try (var held = leases.hold(id)) {
            TestDatabase.execute("update outbox set lease_owner = 'send-other-instance' where id = ?", id);
            leases.renew();
        }

        assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.WARN).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Lost the lease on outbox " + id + " while sending it; another instance has taken it over");
    }
}
