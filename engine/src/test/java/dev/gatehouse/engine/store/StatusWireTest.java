package dev.gatehouse.engine.store;

import dev.gatehouse.engine.briefs.MeetingOutcome;
import dev.gatehouse.engine.delivery.OutboxStatus;
import dev.gatehouse.engine.delivery.SuppressionReason;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.replies.HandledAs;
import dev.gatehouse.engine.sequence.FollowUpStatus;
import dev.gatehouse.engine.sequence.StopReason;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The enums' wire values are exactly what the schema's CHECK constraints allow, and read back as themselves. */
class StatusWireTest {
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private Stores stores;
    private Fixtures.Seeded seeded;

    @BeforeEach
    void setUp() {
        stores = Stores.on(TestDatabase.fresh().dsl());
        seeded = new Fixtures(stores).pendingTouch();
    }

    @Test
    void outbox_statuses_are_the_ones_the_schema_allows() {
        assertThat(wires(OutboxStatus.values(), OutboxStatus::wire)).isEqualTo(allowed("outbox_status_check"));
    }

    @Test
    void follow_up_statuses_are_the_ones_the_schema_allows() {
        assertThat(wires(FollowUpStatus.values(), FollowUpStatus::wire)).isEqualTo(allowed("follow_ups_status_check"));
    }

    @Test
    void suppression_reasons_are_the_ones_the_schema_allows() {
        assertThat(wires(SuppressionReason.values(), SuppressionReason::wire)).isEqualTo(allowed("suppressions_reason_check"));
    }

    @Test
    void reply_handlings_are_the_ones_the_schema_allows() {
        assertThat(wires(HandledAs.values(), HandledAs::wire)).isEqualTo(allowed("replies_handled_as_check"));
    }

    @Test
    void touch_statuses_and_meeting_outcomes_are_the_ones_the_schema_allows() {
        assertThat(wires(TouchStatus.values(), TouchStatus::wire)).isEqualTo(allowed("touches_status_check"));
        assertThat(wires(MeetingOutcome.values(), MeetingOutcome::wire)).isEqualTo(allowed("meetings_outcome_check"));
    }

    @Test
    void every_outbox_status_is_stored_and_read_back_as_itself() {
        var id = stores.outbox().enqueue(seeded.touchId(), "<1@example.com>", "ari@example.com", "dana@example.com",
                "Dana", "Hi", "Hello", null, Instant.parse("2026-12-01T09:00:00Z")).orElseThrow();
        assertThat(stores.outbox().byId(id).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);

        for (var status : OutboxStatus.values()) {
            stores.outbox().markStatus(id, status, "test");

            assertThat(stores.outbox().byId(id).orElseThrow().status()).isEqualTo(status);
        }
    }

    @Test
    void every_stop_reason_is_stored_and_read_back_as_itself() {
        for (var reason : StopReason.values()) {
            var thread = newTouch();
            var followUps = new FollowUpStore(stores.dsl());
            followUps.plan(thread, 1, Instant.parse("2026-12-01T09:00:00Z"));

            assertThat(followUps.stop(thread, reason, "U0REP")).isTrue();

            assertThat(followUps.stopReason(thread)).contains(reason);
            assertThat(followUps.find(thread, 1).orElseThrow().status()).isEqualTo(FollowUpStatus.CANCELLED);
        }
    }

    @Test
    void a_drafted_step_reads_back_as_drafted() {
        var followUps = new FollowUpStore(stores.dsl());
        followUps.plan(seeded.touchId(), 1, Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(followUps.find(seeded.touchId(), 1).orElseThrow().status()).isEqualTo(FollowUpStatus.PENDING);

        followUps.markDrafted(seeded.touchId(), 1, newTouch());

        assertThat(followUps.find(seeded.touchId(), 1).orElseThrow().status()).isEqualTo(FollowUpStatus.DRAFTED);
    }

    @Test
    void every_suppression_reason_is_accepted_by_the_schema() {
        for (var reason : SuppressionReason.values()) {
            var address = reason.wire() + "@example.com";

            assertThat(stores.suppressions().suppress(address, reason, "test")).isTrue();
            assertThat(stores.suppressions().isSuppressed(address)).isTrue();
        }
    }

    private long newTouch() {
        return stores.touches().create(new TouchStore.NewTouch(seeded.accountId(), seeded.contactId(),
                TouchKind.FIRST_EMAIL, 0, null, new Draft("Hi", "Hello", List.of(), "offline", null),
                new Verification.Passed(), TouchStatus.SENT));
    }

    private Set<String> allowed(String constraint) {
        var definition = stores.dsl().fetchValue("select pg_get_constraintdef(oid) from pg_constraint where conname = ?",
                constraint);
        assertThat(definition).as(constraint).isNotNull();
        return QUOTED.matcher(definition.toString()).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    private static <E> Set<String> wires(E[] values, Function<E, String> wire) {
        return Arrays.stream(values).map(wire).collect(Collectors.toSet());
    }
}
