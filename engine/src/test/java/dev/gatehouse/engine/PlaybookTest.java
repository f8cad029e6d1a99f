package dev.gatehouse.engine;

import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.store.PlaybookStore;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** What managers set, each change with its audit row; the autonomy ceiling holds whoever asks. */
class PlaybookTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private Stores stores;
    private Playbook playbook;

    @BeforeEach
    void setUp() {
        stores = TestDatabase.freshStores();
        playbook = new Playbook(stores, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void what_a_customer_sees_goes_at_most_to_supervised_and_a_refusal_writes_nothing() {
        var change = playbook.setAutonomy(ActionType.FIRST_EMAIL, AutonomyLevel.AUTONOMOUS, "U0MGR");

        assertThat(change).isEqualTo(new Playbook.AutonomyChange.AboveCeiling(ActionType.FIRST_EMAIL, AutonomyLevel.SUPERVISED));
        assertThat(playbook.autonomy().get(ActionType.FIRST_EMAIL)).isEqualTo(ActionType.FIRST_EMAIL.defaultLevel());
        assertThat(stores.audit().recent(10)).isEmpty();
    }

    @Test
    void what_no_customer_sees_may_be_autonomous() {
        assertThat(Playbook.ceiling(ActionType.SCORING)).isEqualTo(AutonomyLevel.AUTONOMOUS);
        assertThat(Playbook.ceiling(ActionType.FOLLOW_UP)).isEqualTo(AutonomyLevel.SUPERVISED);
    }

    @Test
    void an_autonomy_change_is_stored_with_its_audit_row() {
        var before = playbook.autonomy().get(ActionType.FOLLOW_UP);

        var change = playbook.setAutonomy(ActionType.FOLLOW_UP, AutonomyLevel.SUPERVISED, "U0MGR");

        assertThat(change).isEqualTo(new Playbook.AutonomyChange.Changed(ActionType.FOLLOW_UP, before, AutonomyLevel.SUPERVISED));
        assertThat(playbook.autonomy().get(ActionType.FOLLOW_UP)).isEqualTo(AutonomyLevel.SUPERVISED);
        assertThat(stores.audit().forSubject("action_type", "follow_up")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("autonomy.set");
            assertThat(e.actor()).isEqualTo("U0MGR");
            assertThat(e.after()).isEqualTo("\"supervised\"");
        });
    }

    @Test
    void resuming_after_the_bounce_breaker_paused_sending_resets_the_breaker() {
        stores.playbook().setSendingPaused(true, PlaybookStore.GATEHOUSE);

        var change = playbook.resume("U0MGR", "bounces dealt with");

        assertThat(change).isEqualTo(new Playbook.SendingChange.Resumed(true));
        assertThat(playbook.sendingPaused()).isFalse();
        assertThat(stores.playbook().bounceBreakerResetAt()).contains(NOW);
        assertThat(stores.audit().forSubject("app_setting", "sending_paused")).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("sending.resume"));
    }

    @Test
    void pausing_twice_changes_nothing_the_second_time() {
        assertThat(playbook.pause("U0MGR", "")).isEqualTo(new Playbook.SendingChange.Paused());

        assertThat(playbook.pause("U0MGR", "")).isEqualTo(new Playbook.SendingChange.Unchanged(true));
        assertThat(stores.audit().forSubject("app_setting", "sending_paused")).hasSize(1);
    }

    @Test
    void only_the_customer_visible_types_are_settings_and_the_internal_ones_are_refused() {
        assertThat(ActionType.settings()).containsExactly(ActionType.FIRST_EMAIL, ActionType.FOLLOW_UP,
                ActionType.PROSPECT_REPLY, ActionType.MEETING_BOOKING, ActionType.HOT_ESCALATION,
                ActionType.CUSTOMER_CHECK_IN, ActionType.RENEWAL_OUTREACH, ActionType.QBR_NARRATIVE,
                ActionType.RENEWAL_SIGNING, ActionType.RENEWAL_PRICING, ActionType.NON_STANDARD_TERMS);

        var change = playbook.setAutonomy(ActionType.SUPPRESSION, AutonomyLevel.COPILOT, "U0MGR");

        assertThat(change).isEqualTo(new Playbook.AutonomyChange.NotASetting(ActionType.SUPPRESSION));
        assertThat(stores.audit().recent(10)).isEmpty();
    }

    @Test
    void replies_and_meeting_times_go_at_most_to_copilot_and_hot_escalations_stay_off_limits() {
        assertThat(playbook.setAutonomy(ActionType.QBR_NARRATIVE, AutonomyLevel.SUPERVISED, "U0MGR"))
                .isEqualTo(new Playbook.AutonomyChange.AboveCeiling(ActionType.QBR_NARRATIVE, AutonomyLevel.COPILOT));
        assertThat(playbook.setAutonomy(ActionType.PROSPECT_REPLY, AutonomyLevel.SUPERVISED, "U0MGR"))
                .isEqualTo(new Playbook.AutonomyChange.AboveCeiling(ActionType.PROSPECT_REPLY, AutonomyLevel.COPILOT));
        assertThat(playbook.setAutonomy(ActionType.MEETING_BOOKING, AutonomyLevel.SUPERVISED, "U0MGR"))
                .isEqualTo(new Playbook.AutonomyChange.AboveCeiling(ActionType.MEETING_BOOKING, AutonomyLevel.COPILOT));
        assertThat(playbook.setAutonomy(ActionType.HOT_ESCALATION, AutonomyLevel.COPILOT, "U0MGR"))
                .isEqualTo(new Playbook.AutonomyChange.AboveCeiling(ActionType.HOT_ESCALATION, AutonomyLevel.OFF_LIMITS));
        assertThat(stores.audit().recent(10)).isEmpty();
    }

    @Test
    void a_sample_rate_goes_with_supervised_is_listed_and_audited() {
        assertThat(playbook.samplePercents()).containsEntry(ActionType.FIRST_EMAIL, 20);

        var change = playbook.setAutonomy(ActionType.FIRST_EMAIL, AutonomyLevel.SUPERVISED, "U0MGR", 35);

        assertThat(change).isEqualTo(new Playbook.AutonomyChange.Changed(ActionType.FIRST_EMAIL, AutonomyLevel.COPILOT,
                AutonomyLevel.SUPERVISED, 35));
        assertThat(playbook.samplePercents()).containsEntry(ActionType.FIRST_EMAIL, 35);
        assertThat(stores.audit().forSubject("action_type", "first_email")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("35% sampled for review"));
        assertThat(playbook.setAutonomy(ActionType.FOLLOW_UP, AutonomyLevel.COPILOT, "U0MGR", 20))
                .isInstanceOf(Playbook.AutonomyChange.BadSampleRate.class);
        assertThat(playbook.setAutonomy(ActionType.FOLLOW_UP, AutonomyLevel.SUPERVISED, "U0MGR", 0))
                .isInstanceOf(Playbook.AutonomyChange.BadSampleRate.class);
    }
}
