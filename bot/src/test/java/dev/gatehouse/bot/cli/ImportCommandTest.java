package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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

        assertThat(code).isEqualTo(1);
        assertThat(stores.accounts().byDomain("acme-freight.example")).get()
                .satisfies(a -> assertThat(a.technologies()).containsExactly("netsuite", "snowflake"));
        assertThat(stores.signals().count()).isEqualTo(1);
        assertThat(err.toString()).contains("accounts.csv:3: domain").contains("signals.csv:3: kind")
                .contains("signals.csv:4: account_domain");
        assertThat(out.toString()).contains("accounts.csv: 1 row(s) imported").contains("signals.csv: 1 row(s) imported");
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

        assertThat(code).isEqualTo(1);
        assertThat(stores.accounts().byDomain("before.example")).isPresent();
        assertThat(stores.accounts().byDomain("after.example")).isPresent();
        assertThat(stores.accounts().all()).hasSize(2);
        assertThat(err.toString()).contains("accounts.csv:3: (row) has broken quoting")
                .contains("accounts.csv:5: (row) has broken quoting").contains("the rest of the file (lines 5 to 6) could not be read");
        assertThat(out.toString()).contains("accounts.csv: 2 row(s) imported, 2 row error(s)");
    }
}
