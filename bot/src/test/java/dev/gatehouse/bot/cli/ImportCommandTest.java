package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import}: good rows stored in a real PostgreSQL, bad rows reported by file and line. */
class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void good_rows_are_imported_and_each_bad_row_is_reported_with_its_line() throws Exception {
        var stores = TestDatabase.freshStores();
        var accounts = Files.writeString(dir.resolve("accounts.csv"), """
                domain,name,industry,employees,region,country,technologies,description,owner_slack_id
                acme-freight.example,Acme Freight,logistics,200,EMEA,DE,netsuite;snowflake,Freight forwarding,U0DEMOREP1
                not a domain,,logistics,lots,EMEA,DE,,,
                """);
        var signals = Files.writeString(dir.resolve("signals.csv"), """
                account_domain,kind,summary,source_url,observed_at,contact_email,source,external_id
                acme-freight.example,funding,Acme Freight raised $10M,https://news.example.com/a,2026-11-10T09:00:00Z,,feed,1
                acme-freight.example,rumour,Heard something,,,,,
                unknown.example,news,Opened an office,,,,,
                """);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        var code = new Cli(TestDatabase.env(), new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err), dev.gatehouse.bot.Main::start)
                .run(new String[]{"import", accounts.toString(), signals.toString()});

        assertThat(code).isEqualTo(3);
        assertThat(stores.accounts().byDomain("acme-freight.example")).get()
                .satisfies(a -> assertThat(a.technologies()).containsExactly("netsuite", "snowflake"));
        assertThat(stores.signals().count()).isEqualTo(1);
        assertThat(err.toString()).contains("accounts.csv:3: domain").contains("signals.csv:3: kind")
                .contains("signals.csv:4: account_domain");
        assertThat(out.toString()).contains("accounts.csv: 1 row(s) imported").contains("signals.csv: 1 row(s) imported")
                .contains("imported 2, refused 3 (see above)");
    }

    @Test
    void broken_quoting_is_reported_by_file_and_line_and_the_readable_rows_are_imported() throws Exception {
        var stores = TestDatabase.freshStores();
        var accounts = Files.writeString(dir.resolve("accounts.csv"), """
                domain,name
                before.example,Before
                broken.example,"Broken" Co
                after.example,After
                open.example,"Never closed
                lost.example,Lost
                """);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        var code = new Cli(TestDatabase.env(), new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err), dev.gatehouse.bot.Main::start)
                .run(new String[]{"import", accounts.toString()});

        assertThat(code).isEqualTo(3);
        assertThat(stores.accounts().byDomain("before.example")).isPresent();
        assertThat(stores.accounts().byDomain("after.example")).isPresent();
        assertThat(stores.accounts().all()).hasSize(2);
        assertThat(err.toString()).contains("accounts.csv:3: (row) has broken quoting")
                .contains("accounts.csv:5: (row) has broken quoting").contains("the rest of the file (lines 5 to 6) could not be read");
        assertThat(out.toString()).contains("accounts.csv: 2 row(s) imported, 2 refused");
    }
    @Test
    void bad_cells_are_refused_row_by_row_and_every_file_is_imported() throws Exception {
        var stores = TestDatabase.freshStores();
        var accounts = dir.resolve("accounts.csv");
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("domain,name,country\n"
                + "good.example,Good Co,DE\n"
                + "long.example," + "N".repeat(201) + ",DE\n"
                + "nul.example,Nul\u0000 Co,DE\n"
                + "latin.example,Caf").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1, not UTF-8
        bytes.writeBytes((" Co,FR\n"
                + "country.example,Country Co,Germany\n"
                + "also-good.example,Also Good,FR\n").getBytes(StandardCharsets.UTF_8));
        Files.write(accounts, bytes.toByteArray());
        var contacts = Files.writeString(dir.resolve("contacts.csv"), """
                email,account_domain,first_name
                dana@good.example,good.example,Dana
                """);

        var code = importing(accounts, contacts);

        assertThat(code).isEqualTo(3);
        assertThat(stores.accounts().all()).extracting(a -> a.domain()).containsExactlyInAnyOrder("good.example", "also-good.example");
        assertThat(stores.accounts().contactByEmail("dana@good.example")).isPresent();
        assertThat(err.toString())
                .contains("accounts.csv:3: name is 201 characters long; the name column holds at most 200")
                .contains("accounts.csv:4: name contains a NUL character")
                .contains("accounts.csv:5: name has bytes that are not valid UTF-8")
                .contains("accounts.csv:6: country is 7 characters long; the country column holds at most 2")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).contains("accounts.csv: 2 row(s) imported, 4 refused")
                .contains("contacts.csv: 1 row(s) imported, 0 refused").contains("imported 3, refused 4 (see above)");
    }

    @Test
    void a_progress_interval_that_is_not_a_number_of_seconds_is_refused_by_name_before_anything_is_imported() throws Exception {
        var stores = TestDatabase.freshStores();
        var accounts = Files.writeString(dir.resolve("accounts.csv"), "domain,name\nok.example,Ok\n");
        var env = new java.util.HashMap<>(TestDatabase.env());
        env.put("GATEHOUSE_PROGRESS_SECONDS", "soon");

        int code = new Cli(env, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dev.gatehouse.bot.Main::start).run(new String[]{"import", accounts.toString()});

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("GATEHOUSE_PROGRESS_SECONDS must be a whole number of seconds").contains("'soon'");
        assertThat(stores.accounts().all()).isEmpty();
    }

    @Test
    void signals_stored_by_a_run_killed_before_it_queued_the_rescore_get_their_rescore_when_the_import_is_run_again() throws Exception {
        TestDatabase.freshStores();
        var accounts = Files.writeString(dir.resolve("accounts.csv"), "domain,name\nok.example,Ok\n");
        var signals = Files.writeString(dir.resolve("signals.csv"), "account_domain,kind,summary,source,external_id\n"
                + "ok.example,news,Opened an office,feed,1\n");
        assertThat(importing(accounts, signals)).isZero();
        // what a kill right after the signals' commit leaves: the signals stored, no re-score queued
        TestDatabase.execute("delete from scheduled_tasks where task_name = 'rescore-stale'");

        assertThat(importing(signals)).isZero();

        assertThat(out.toString()).contains("1 signal(s) were already known and skipped");
        assertThat(TestDatabase.count("select count(*) from scheduled_tasks where task_name = 'rescore-stale'")).isOne();
    }

    @Test
    void everything_imported_exits_zero_with_the_summary() throws Exception {
        TestDatabase.freshStores();
        var accounts = Files.writeString(dir.resolve("accounts.csv"), "domain,name\nok.example,Ok\n");

        assertThat(importing(accounts)).isZero();
        assertThat(out.toString()).contains("imported 1, refused 0").doesNotContain("see above");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void files_are_imported_accounts_first_whatever_order_they_are_given_in() throws Exception {
        var stores = TestDatabase.freshStores();
        var signals = Files.writeString(dir.resolve("signals.csv"), """
                account_domain,kind,summary,contact_email
                late.example,hiring,Late Co is hiring a controller,ana@late.example
                """);
        var contacts = Files.writeString(dir.resolve("contacts.csv"), "email,account_domain,first_name\nana@late.example,late.example,Ana\n");
        var accounts = Files.writeString(dir.resolve("accounts.csv"), "domain,name\nlate.example,Late Co\n");

        assertThat(importing(signals, contacts, accounts)).isZero();
        assertThat(stores.signals().count()).isEqualTo(1);
        assertThat(stores.accounts().contactByEmail("ana@late.example")).isPresent();
    }

    @Test
    void a_file_the_database_refuses_keeps_nothing_of_itself_and_the_next_file_is_still_imported() throws Exception {
        var stores = TestDatabase.freshStores();
        TestDatabase.execute("""
                create or replace function refuse_for_test() returns trigger language plpgsql as $$
                begin if new.name = 'Refused Co' then raise exception 'refused by a test trigger'; end if; return new; end $$""");
        TestDatabase.execute("create trigger refuse_for_test before insert or update on accounts for each row execute function refuse_for_test()");
        try {
            var first = Files.writeString(dir.resolve("first.csv"), "domain,name\na.example,A Co\nb.example,Refused Co\nc.example,C Co\n");
            var second = Files.writeString(dir.resolve("second.csv"), "domain,name\nd.example,D Co\n");

            var code = importing(first, second);

            assertThat(code).isEqualTo(1);
            assertThat(stores.accounts().all()).extracting(a -> a.domain()).containsExactly("d.example");
            assertThat(err.toString()).contains("first.csv: nothing was imported from this file").contains("refused by a test trigger")
                    .doesNotContain("\tat ");
            assertThat(out.toString()).contains("second.csv: 1 row(s) imported").contains("imported 1, refused 3");
        } finally {
            TestDatabase.execute("drop trigger refuse_for_test on accounts");
            TestDatabase.execute("drop function refuse_for_test()");
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int importing(Path... files) {
        var args = new String[files.length + 1];
        args[0] = "import";
        for (int i = 0; i < files.length; i++) args[i + 1] = files[i].toString();
        return new Cli(TestDatabase.env(), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dev.gatehouse.bot.Main::start).run(args);
    }
}
