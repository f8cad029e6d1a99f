package dev.gatehouse.bot.cli;

import dev.gatehouse.bot.Main;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import} killed with SIGKILL half way through a signals file (a child JVM running the real
 * command, killed once its own progress line says part of the file is stored), then run again: the
 * database ends exactly as a clean import of the same files leaves it — the same accounts, contacts
 * and signals, no duplicate, nothing of the cut-off batch, one re-score queued, no staging table left.
 */
class ImportKilledTest {
    private static final int ACCOUNTS = 1_000;
    private static final int SIGNALS = 50_000;
    /** Wide rows: a batch ends after 4 MB of file, so this file is stored in four batches. */
    private static final String PADDING = "what the company announced this quarter and why it matters to the buyer, ".repeat(3);
    private static final Pattern SIGNALS_PROGRESS = Pattern.compile("^.*signals\\.csv \\[.*\\| ([0-9,]+) rows \\|.*");

    private static final String END = "\u0000end";

    @TempDir
    Path dir;

    @Test
    void an_import_killed_mid_file_and_run_again_leaves_what_a_clean_import_leaves() throws Exception {
        TestDatabase.fresh();
        var files = writeFiles();

        long rowsWhenKilled = killMidSignals(files);

        assertThat(rowsWhenKilled).as("killed part way through the signals file").isPositive().isLessThan(SIGNALS);
        assertThat(TestDatabase.count("select count(*) from signals")).as("nothing of a file cut off half way is kept").isZero();
        assertThat(TestDatabase.count("select count(*) from accounts")).as("the accounts file before it was stored whole")
                .isEqualTo(ACCOUNTS);

        importInProcess(files);
        var resumed = State.read();
        TestDatabase.fresh();
        importInProcess(files);
        var clean = State.read();

        assertThat(resumed.signals()).isEqualTo(SIGNALS);
        assertThat(resumed.distinctDedupeKeys()).as("no duplicates").isEqualTo(SIGNALS);
        assertThat(resumed.rescoreJobs()).as("one re-score job queued").isOne();
        assertThat(resumed.stagingTables()).as("no staging table left behind").isZero();
        assertThat(resumed).isEqualTo(clean);
    }

    /** Starts the real command in a child JVM and kills it when its progress says part of the signals are stored. */
    private long killMidSignals(List<Path> files) throws Exception {
        var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", classPath, Main.class.getName(), "import"));
        files.forEach(f -> command.add(f.toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(TestDatabase.env());
        builder.environment().put(ImportCommand.PROGRESS_SECONDS, "0");
        var child = builder.start();
        try {
            var lines = lines(child);
            var seen = new StringBuilder();
            while (true) {
                var line = lines.poll(3, TimeUnit.MINUTES);
                assertThat(line).as("the child printed its signals progress before ending: %s", seen).isNotNull().isNotEqualTo(END);
                seen.append(line).append('\n');
                var progress = SIGNALS_PROGRESS.matcher(line);
                if (progress.matches()) {
                    child.destroyForcibly();
                    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
                    return Long.parseLong(progress.group(1).replace(",", ""));
                }
            }
        } finally {
            child.destroyForcibly();
        }
    }

    /** The child's output, line by line, read on its own thread so the test can wait with a deadline. */
    private static BlockingQueue<String> lines(Process child) {
        var queue = new LinkedBlockingQueue<String>();
        Thread.ofVirtual().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (var line = in.readLine(); line != null; line = in.readLine()) queue.add(line);
            } catch (IOException killed) {
                // the stream closes with the process
            }
            queue.add(END);
        });
        return queue;
    }

    private static void importInProcess(List<Path> files) {
        var out = new ByteArrayOutputStream();
        var args = new ArrayList<>(List.of("import"));
        files.forEach(f -> args.add(f.toString()));
        int code = new Cli(TestDatabase.env(), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true), new PrintStream(out, true),
                Main::start).run(args.toArray(String[]::new));
        assertThat(code).as(out.toString()).isZero();
    }

    /** What an import leaves, compared by content (ids and timestamps differ between runs). */
    record State(long accounts, long contacts, long signals, long distinctDedupeKeys, String accountsMd5, String contactsMd5,
                 String signalsMd5, long rescoreJobs, long rescoreRuns, long stagingTables) {
        static State read() {
            return new State(
                    TestDatabase.count("select count(*) from accounts"),
                    TestDatabase.count("select count(*) from contacts"),
                    TestDatabase.count("select count(*) from signals"),
                    TestDatabase.count("select count(distinct dedupe_key) from signals"),
                    md5("select md5(string_agg(concat_ws('|', domain, name, industry, employees, region, country), ',' order by domain)) from accounts"),
                    md5("select md5(string_agg(concat_ws('|', c.email, a.domain, c.first_name), ',' order by c.email))"
                            + " from contacts c join accounts a on a.id = c.account_id"),
                    md5("select md5(string_agg(concat_ws('|', s.dedupe_key, a.domain, c.email, s.kind, s.summary, s.source_url,"
                            + " s.observed_at), ',' order by s.dedupe_key)) from signals s join accounts a on a.id = s.account_id"
                            + " left join contacts c on c.id = s.contact_id"),
                    TestDatabase.count("select count(*) from scheduled_tasks where task_name = 'rescore-stale'"),
                    TestDatabase.count("select count(*) from rescore_runs"),
                    TestDatabase.count("select count(*) from pg_class where relname in ('account_stage', 'contact_stage', 'signal_stage')"));
        }

        private static String md5(String sql) {
            try (var connection = TestDatabase.shared().dataSource().getConnection(); var statement = connection.createStatement();
                 var result = statement.executeQuery(sql)) {
                result.next();
                return result.getString(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private List<Path> writeFiles() {
        try {
            var accounts = dir.resolve("accounts.csv");
            var contacts = dir.resolve("contacts.csv");
            var signals = dir.resolve("signals.csv");
            try (var out = Files.newBufferedWriter(accounts)) {
                out.write("domain,name,industry,employees,region,country\n");
                for (int i = 0; i < ACCOUNTS; i++) out.write("killed" + i + ".example,Killed " + i + ",software,120,EMEA,DE\n");
            }
            try (var out = Files.newBufferedWriter(contacts)) {
                out.write("email,account_domain,first_name\n");
                for (int i = 0; i < ACCOUNTS; i++) out.write("dana" + i + "@killed" + i + ".example,killed" + i + ".example,Dana\n");
            }
            try (var out = Files.newBufferedWriter(signals)) {
                out.write("account_domain,kind,summary,source_url,observed_at,contact_email,source,external_id\n");
                for (int i = 0; i < SIGNALS; i++) {
                    int account = i % ACCOUNTS;
                    out.write("killed" + account + ".example,news,\"Signal " + i + ": " + PADDING + "\",https://news.example.com/" + i
                            + ",2026-11-02T09:30:00Z," + (i % 3 == 0 ? "dana" + account + "@killed" + account + ".example" : "")
                            + ",feed," + i + "\n");
                }
            }
            return List.of(signals, contacts, accounts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
