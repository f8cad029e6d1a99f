package dev.gatehouse.engine;

import dev.gatehouse.engine.outcomes.OutcomeCommand;
import dev.gatehouse.engine.outcomes.Stage;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.gatehouse.engine.report.ReportSeed.account;
import static org.assertj.core.api.Assertions.assertThat;

class OutcomesTest {
    private Stores stores;
    private Outcomes outcomes;

    @BeforeEach
    void setUp() {
        stores = TestDatabase.freshStores();
        outcomes = new Outcomes(stores, Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));
        account("acme.com", "U1", "saas");
    }

    private static OutcomeCommand command(Stage stage, String amount, OutcomeCommand.Source source) {
        return new OutcomeCommand("Acme.com", stage, amount == null ? null : new BigDecimal(amount), "note",
                source, "U1", null);
    }

    @Test
    void each_outcome_is_a_new_version_with_its_audit_row() {
        outcomes.record(command(Stage.QUALIFIED, null, OutcomeCommand.Source.SLACK));
        var won = outcomes.record(command(Stage.WON, "12000", OutcomeCommand.Source.SLACK));

        assertThat(won).isInstanceOfSatisfying(Outcomes.Result.Recorded.class, r -> {
            assertThat(r.outcome().version()).isEqualTo(2);
            assertThat(r.previous()).isEqualTo(Stage.QUALIFIED);
        });
        assertThat(outcomes.history("acme.com")).extracting(o -> o.stage()).containsExactly(Stage.QUALIFIED, Stage.WON);
        var accountId = stores.accounts().byDomain("acme.com").orElseThrow().id();
        assertThat(stores.audit().forSubject("account", accountId))
                .filteredOn(e -> e.action().equals("outcome.recorded")).hasSize(2)
                .last().satisfies(e -> {
                    assertThat(e.before()).contains("qualified");
                    assertThat(e.after()).contains("\"won\"").contains("12000");
                });
    }

    @Test
    void a_crm_sync_records_through_the_same_command() {
        outcomes.record(command(Stage.LOST, "0", OutcomeCommand.Source.CRM));

        assertThat(outcomes.history("acme.com")).singleElement().satisfies(o -> assertThat(o.source()).isEqualTo("crm"));
    }

    @Test
    void bad_input_names_the_field_and_stores_nothing() {
        assertThat(outcomes.record(command(Stage.WON, "-5", OutcomeCommand.Source.SLACK)))
                .isEqualTo(new Outcomes.Result.Invalid("amount: must not be negative"));
        assertThat(outcomes.record(command(Stage.QUALIFIED, "10", OutcomeCommand.Source.SLACK)))
                .isEqualTo(new Outcomes.Result.Invalid("amount: only a won or lost deal has one"));
        assertThat(outcomes.record(new OutcomeCommand("nobody.example", Stage.WON, null, null,
                OutcomeCommand.Source.SLACK, "U1", null))).isEqualTo(new Outcomes.Result.UnknownAccount("nobody.example"));
        assertThat(outcomes.history("acme.com")).isEmpty();
    }

    @Test
    void a_close_based_on_the_version_a_person_saw_is_recorded_once_under_concurrent_and_replayed_submissions() throws Exception {
        outcomes.record(command(Stage.QUALIFIED, null, OutcomeCommand.Source.SLACK));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<Outcomes.Result> results;
        try {
            var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Outcomes.Result>>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> outcomes.recordIfUnchanged(command(Stage.WON, "12000", OutcomeCommand.Source.SLACK), 1));
            }
            results = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(tasks)) results.add(f.get());
        } finally {
            pool.shutdown();
        }

        assertThat(results).filteredOn(r -> r instanceof Outcomes.Result.Recorded).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof Outcomes.Result.Superseded).hasSize(7)
                .allSatisfy(r -> assertThat(((Outcomes.Result.Superseded) r).current().version()).isEqualTo(2));
        assertThat(outcomes.recordIfUnchanged(command(Stage.WON, "12000", OutcomeCommand.Source.SLACK), 1))
                .as("replayed later").isInstanceOf(Outcomes.Result.Superseded.class);
        assertThat(outcomes.history("acme.com")).extracting(o -> o.stage()).containsExactly(Stage.QUALIFIED, Stage.WON);
        var accountId = stores.accounts().byDomain("acme.com").orElseThrow().id();
        assertThat(stores.audit().forSubject("account", accountId)).filteredOn(e -> e.action().equals("outcome.recorded"))
                .hasSize(2);
    }
}
