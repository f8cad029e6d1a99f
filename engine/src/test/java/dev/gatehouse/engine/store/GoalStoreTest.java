package dev.gatehouse.engine.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalStoreTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private GoalStore goals;
    private Stores stores;

    @BeforeEach
    void fresh() {
        var database = TestDatabase.fresh();
        stores = Stores.on(database.dsl());
        goals = new GoalStore(database.dsl());
    }

    @Test
    void newest_goal_for_a_metric_replaces_the_older_one() {
        goals.add(dev.gatehouse.engine.playbook.GoalMetric.MEETINGS, 10, MONDAY, MONDAY.plusDays(6), "U0MGR");
        goals.add(dev.gatehouse.engine.playbook.GoalMetric.MEETINGS, 12, MONDAY, MONDAY.plusDays(6), "U0MGR");
        goals.add(dev.gatehouse.engine.playbook.GoalMetric.SENT, 50, MONDAY, MONDAY.plusDays(6), "U0MGR");

        var active = goals.active(MONDAY.plusDays(2));

        assertThat(active).extracting(g -> g.metric() + "=" + g.target()).containsExactlyInAnyOrder("MEETINGS=12", "SENT=50");
    }

    @Test
    void goal_outside_its_period_is_not_active() {
        goals.add(dev.gatehouse.engine.playbook.GoalMetric.MEETINGS, 10, MONDAY, MONDAY.plusDays(6), "U0MGR");

        assertThat(goals.active(MONDAY.plusDays(7))).isEmpty();
        assertThat(goals.active(MONDAY.minusDays(1))).isEmpty();
    }

    @Test
    void counts_signals_only_inside_the_range() {
        var account = stores.accounts().upsert(new dev.gatehouse.engine.accounts.Account(0, "fjord.example", "Fjord Tools",
                null, null, null, null, List.of(), null, null));
        stores.signals().insert(new dev.gatehouse.engine.signals.Signal(0, account, null,
                dev.gatehouse.engine.signals.SignalKind.HIRING, "Hiring a controller", null, Instant.now()), "k1");
        var now = Instant.now();

        assertThat(goals.count(dev.gatehouse.engine.playbook.GoalMetric.SIGNALS, now.minusSeconds(3600), now.plusSeconds(3600))).isEqualTo(1);
        assertThat(goals.count(dev.gatehouse.engine.playbook.GoalMetric.SIGNALS, now.plusSeconds(3600), now.plusSeconds(7200))).isZero();
    }

    @Test
    void metric_accepts_singular_and_plural() {
        assertThat(dev.gatehouse.engine.playbook.GoalMetric.fromWire("meeting")).contains(dev.gatehouse.engine.playbook.GoalMetric.MEETINGS);
        assertThat(dev.gatehouse.engine.playbook.GoalMetric.fromWire("Replies")).contains(dev.gatehouse.engine.playbook.GoalMetric.REPLIES);
        assertThat(dev.gatehouse.engine.playbook.GoalMetric.fromWire("reply")).contains(dev.gatehouse.engine.playbook.GoalMetric.REPLIES);
        assertThat(dev.gatehouse.engine.playbook.GoalMetric.fromWire("calls")).isEmpty();
    }

    @Test
    void rejects_a_target_of_zero() {
        assertThatThrownBy(() -> goals.add(dev.gatehouse.engine.playbook.GoalMetric.SENT, 0, MONDAY, MONDAY, "U0MGR"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
