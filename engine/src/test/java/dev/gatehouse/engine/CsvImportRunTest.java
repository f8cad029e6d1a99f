package dev.gatehouse.engine;

import dev.gatehouse.engine.Workspace.CsvFile;
import dev.gatehouse.engine.Workspace.ImportReport;
import dev.gatehouse.engine.signals.csv.CsvImport.RowError;
import dev.gatehouse.engine.store.Database;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed import on a real PostgreSQL: batches, no job per row, idempotent re-runs, errors in line order. */
class CsvImportRunTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final int ACCOUNTS = 50;
    private static final int SIGNALS = 2_000;
    private static final int BATCH = 300;

    private Database database;
    private final List<String> errors = new ArrayList<>();
    private final List<long[]> progress = new ArrayList<>();

    @BeforeEach
    void clean() {
        database = TestDatabase.fresh();
    }

    @Test
    void a_generated_file_is_stored_in_batches_with_progress_and_no_job_per_row() {
        long jobsBefore = TestDatabase.count("select count(*) from scheduled_tasks");
        var signals = signalsFile(SIGNALS, "s");

        var reports = importing(accountsFile(), signals);

        assertThat(reports).extracting(ImportReport::imported).containsExactly(ACCOUNTS, SIGNALS);
        assertThat(TestDatabase.count("select count(*) from signals")).isEqualTo(SIGNALS);
        assertThat(TestDatabase.count("select count(*) from scheduled_tasks")).isEqualTo(jobsBefore);
        var signalsProgress = progress.subList(1, progress.size());
        assertThat(signalsProgress).hasSize((SIGNALS + BATCH - 1) / BATCH);
        assertThat(signalsProgress.getLast()).containsExactly(SIGNALS, signals.size());
        assertThat(signalsProgress).extracting(p -> p[1]).isSorted();
    }

    @Test
    void the_same_import_run_again_stores_nothing_twice() {
        importing(accountsFile(), signalsFile(SIGNALS, "s"));
        var before = TestDatabase.count("select count(*) from signals");

        var again = importing(accountsFile(), signalsFile(SIGNALS, "s"));

        assertThat(TestDatabase.count("select count(*) from signals")).isEqualTo(before).isEqualTo(SIGNALS);
        assertThat(TestDatabase.count("select count(*) from accounts")).isEqualTo(ACCOUNTS);
        assertThat(again.get(1)).satisfies(r -> {
            assertThat(r.imported()).isZero();
            assertThat(r.duplicates()).isEqualTo(SIGNALS);
        });
    }

    @Test
    void a_file_cut_off_half_way_keeps_nothing_of_itself_and_the_same_import_again_completes_it() {
        // the database refuses a row in the fourth batch: the batches before it were already staged and upserted
        TestDatabase.execute("""
                create or replace function cut_off_for_test() returns trigger language plpgsql as $$
                begin if new.summary like '% 1000 %' then raise exception 'connection lost (test)'; end if; return new; end $$""");
        TestDatabase.execute("create trigger cut_off_for_test before insert on signals for each row execute function cut_off_for_test()");
        List<ImportReport> cut;
        try {
            cut = importing(accountsFile(), signalsFile(SIGNALS, "s"));
        } finally {
            TestDatabase.execute("drop trigger cut_off_for_test on signals");
            TestDatabase.execute("drop function cut_off_for_test()");
        }
        assertThat(cut.get(1).failure()).get().asString().contains("connection lost (test)");
        assertThat(TestDatabase.count("select count(*) from accounts")).isEqualTo(ACCOUNTS);
        assertThat(TestDatabase.count("select count(*) from signals")).isZero();

        var again = importing(accountsFile(), signalsFile(SIGNALS, "s"));

        assertThat(again).extracting(ImportReport::imported).containsExactly(ACCOUNTS, SIGNALS);
        assertThat(TestDatabase.count("select count(*) from signals")).isEqualTo(SIGNALS);
        assertThat(TestDatabase.count("select count(distinct dedupe_key) from signals")).isEqualTo(SIGNALS);
    }

    @Test
    void a_signal_repeated_in_one_file_is_stored_once_and_counted_as_known() {
        var csv = "account_domain,kind,summary,source,external_id\n"
                + "account1.example,news,First telling,feed,same\n"
                + "account1.example,news,Told again,feed,same\n"
                + "account2.example,news,Other,feed,other\n";

        var reports = importing(accountsFile(), CsvFile.of("signals.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(reports.get(1)).satisfies(r -> {
            assertThat(r.imported()).isEqualTo(2);
            assertThat(r.duplicates()).isEqualTo(1);
        });
        assertThat(TestDatabase.count("select count(*) from signals where dedupe_key = 'feed:same'")).isEqualTo(1);
    }

    @Test
    void refused_rows_of_every_batch_are_reported_in_line_order_and_the_rest_stored() {
        var csv = new StringBuilder("account_domain,kind,summary,external_id\n");
        for (int i = 0; i < 1_000; i++) {
            var domain = i % 97 == 0 ? "nobody" + i + ".example" : "account" + (i % ACCOUNTS) + ".example";
            csv.append(domain).append(',').append(i % 101 == 0 ? "rumour" : "news").append(",Row ").append(i).append(",x").append(i).append('\n');
        }

        var reports = importing(accountsFile(), CsvFile.of("signals.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));

        int unknown = (int) java.util.stream.IntStream.range(0, 1_000).filter(i -> i % 97 == 0 && i % 101 != 0).count();
        int badKind = (int) java.util.stream.IntStream.range(0, 1_000).filter(i -> i % 101 == 0).count();
        assertThat(reports.get(1).refused()).isEqualTo(unknown + badKind);
        assertThat(reports.get(1).imported()).isEqualTo(1_000 - unknown - badKind);
        var lines = errors.stream().map(e -> Integer.parseInt(e.substring(e.indexOf(':') + 1, e.indexOf(' ')))).toList();
        assertThat(lines).hasSize(unknown + badKind).isSorted();
        assertThat(errors).anyMatch(e -> e.startsWith("signals.csv:99 account_domain is not a known account (nobody97.example)"));
    }

    private List<ImportReport> importing(CsvFile... files) {
        errors.clear();
        progress.clear();
        var listener = new Workspace.ImportListener() {
            @Override
            public void rowError(String file, RowError error) {
                errors.add(file + ":" + error.line() + " " + error.field() + " " + error.problem());
            }

            @Override
            public void progress(String file, long rows, long bytesRead, long size) {
                progress.add(new long[]{rows, bytesRead});
            }
        };
        return new CsvImportRun(database.dataSource(), BATCH, listener).run(List.of(files), NOW);
    }

    private static CsvFile accountsFile() {
        var csv = new StringBuilder("domain,name,industry,employees\n");
        for (int i = 0; i < ACCOUNTS; i++) csv.append("account").append(i).append(".example,Account ").append(i).append(",software,").append(50 + i).append('\n');
        return CsvFile.of("accounts.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    static CsvFile signalsFile(int n, String salt) {
        var csv = new StringBuilder("account_domain,kind,summary,source_url,observed_at,source,external_id\n");
        for (int i = 0; i < n; i++) {
            csv.append("account").append(i % ACCOUNTS).append(".example,hiring,\"Hiring, round ").append(i).append(" of ").append(salt)
                    .append("\",https://jobs.example.com/").append(i).append(",2026-11-0").append(1 + i % 9).append("T09:00:00Z,feed,")
                    .append(salt).append('-').append(i).append('\n');
        }
        return CsvFile.of("signals.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
