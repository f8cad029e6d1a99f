package dev.gatehouse.engine;

import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerCsvImportTest {
    @Test
    void a_customer_csv_is_imported_beside_an_accounts_file_and_bad_rows_are_refused_with_their_line() {
        var stores = TestDatabase.freshStores();
        var data = TestDatabase.shared().dataSource();
        var workspace = new Workspace(stores, data, new dev.gatehouse.engine.jobs.Jobs(data, java.time.Duration.ofSeconds(2),
                java.time.Duration.ofMinutes(1)), null);
        var accounts = "domain,name,industry\nacme.example,Acme,Logistics\n";
        var customers = """
                type,account_domain,arr,seats,renewal_date,csm_slack_id,contact_email,first_name,role,metric,value,period
                customer,acme.example,48000,50,2027-03-01,U0CSM0001,,,,,,
                contact,acme.example,,,,,dana@acme.example,Dana,champion,,,
                usage,acme.example,,,,,,,,weekly_active_users,120,2026-11-02
                usage,acme.example,,,,,,,,weekly_active_users,many,2026-11-09
                contact,acme.example,,,,,raj@acme.example,Raj,boss,,,
                """;

        var errors = new java.util.ArrayList<String>();
        var reports = workspace.importCsv(List.of(Workspace.CsvFile.of("customers.csv", customers.getBytes(StandardCharsets.UTF_8)),
                Workspace.CsvFile.of("accounts.csv", accounts.getBytes(StandardCharsets.UTF_8))), Instant.parse("2026-11-12T10:00:00Z"),
                new Workspace.ImportListener() {
                    @Override
                    public void rowError(String file, dev.gatehouse.engine.signals.csv.CsvImport.RowError error) {
                        errors.add(file + " " + error);
                    }
                });

        assertThat(reports.get(1).imported()).isEqualTo(1);
        var report = reports.getFirst();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.refused()).isEqualTo(2);
        assertThat(errors).containsExactly("customers.csv line 5: value is not a number",
                "customers.csv line 6: role must be one of champion, economic_buyer, admin, user (got 'boss')");
        var customer = stores.customers().customer("acme.example").orElseThrow();
        assertThat(customer.name()).isEqualTo("Acme");
        assertThat(customer.csmSlackId()).isEqualTo("U0CSM0001");
        assertThat(stores.customerAlerts().history(customer.accountId())).extracting(h -> h.week().toString())
                .containsExactly("2026-11-02", "2026-11-09");
    }
}
