package dev.gatehouse.engine.experiment;

import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.gatehouse.engine.report.ReportSeed.account;
import static org.assertj.core.api.Assertions.assertThat;

class GateExperimentTest {
    private Stores stores;
    private GateExperiment experiment;

    @BeforeEach
    void setUp() {
        stores = TestDatabase.freshStores();
        experiment = new GateExperiment(stores, Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void over_ten_thousand_accounts_the_draw_is_balanced_within_three_standard_deviations() {
        // 20% gate off: expected 2000, sd = sqrt(10000 * 0.2 * 0.8) = 40, so 1880..2120 (1.2 points)
        long gateOff = 0;
        for (long account = 1; account <= 10_000; account++) {
            if (ArmDraw.draw(7, account, 20) == Arm.GATE_OFF) gateOff++;
        }
        assertThat(gateOff).isBetween(1880L, 2120L);
        long half = 0;
        for (long account = 1; account <= 10_000; account++) {
            if (ArmDraw.draw(8, account, 50) == Arm.GATE_OFF) half++;
        }
        assertThat(half).isBetween(4850L, 5150L); // sd 50
    }

    @Test
    void the_draw_is_stable_for_an_account() {
        for (long account = 1; account <= 1000; account++) {
            assertThat(ArmDraw.draw(3, account, 20)).isEqualTo(ArmDraw.draw(3, account, 20));
        }
    }

    @Test
    void an_arm_is_assigned_once_stored_audited_and_kept_after_the_experiment_changes() {
        var accountId = account("acme.com", "U1", "saas");
        experiment.start(50, "U0MGR");

        var first = experiment.armFor(accountId).orElseThrow();
        experiment.stop("U0MGR");
        experiment.start(99, "U0MGR");

        assertThat(experiment.armFor(accountId)).hasValue(first);
        assertThat(stores.experiments().arm(accountId)).hasValue(first.wire());
        assertThat(stores.audit().forSubject("account", accountId))
                .filteredOn(e -> e.action().equals("experiment.assigned")).hasSize(1);
        assertThat(stores.audit().forSubject("app_setting", "gate_experiment")).extracting(e -> e.action())
                .containsExactly("experiment.started", "experiment.stopped", "experiment.started");
    }

    @Test
    void without_a_running_experiment_the_policy_decides_and_nothing_is_assigned() {
        var accountId = account("acme.com", "U1", "saas");

        assertThat(experiment.firstEmailLevel(accountId, AutonomyLevel.COPILOT)).isEqualTo(AutonomyLevel.COPILOT);
        assertThat(stores.experiments().arm(accountId)).isEmpty();
    }

    @Test
    void off_limits_stays_off_limits_in_either_arm() {
        var accountId = account("acme.com", "U1", "saas");
        experiment.start(50, "U0MGR");

        assertThat(experiment.firstEmailLevel(accountId, AutonomyLevel.OFF_LIMITS)).isEqualTo(AutonomyLevel.OFF_LIMITS);
    }

    @Test
    void starting_twice_keeps_the_running_experiment() {
        experiment.start(20, "U0MGR");

        assertThat(experiment.start(30, "U0MGR")).isInstanceOfSatisfying(GateExperiment.Change.AlreadyRunning.class,
                r -> assertThat(r.experiment().gateOffPercent()).isEqualTo(20));
        assertThat(experiment.stop("U0MGR")).isInstanceOf(GateExperiment.Change.Stopped.class);
        assertThat(experiment.stop("U0MGR")).isInstanceOf(GateExperiment.Change.NotRunning.class);
    }
}
