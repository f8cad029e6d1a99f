package dev.gatehouse.engine;

import dev.gatehouse.engine.Workspace.ImportReport;
import dev.gatehouse.engine.customers.CustomerCsv;
import dev.gatehouse.engine.customers.CustomerInput;
import dev.gatehouse.engine.customersuccess.CustomerIngest;
import dev.gatehouse.engine.customersuccess.HealthRecompute;
import dev.gatehouse.engine.signals.csv.CsvImport.RowError;
import dev.gatehouse.engine.store.Stores;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One customer CSV of {@code gatehouse import}: its good rows stored in one transaction, then each
 * customer's health computed for the weeks it brought (the history). Alerts are for live data
 * (the API): an import of past weeks posts nothing.
 */
final class CustomerCsvImport {
    private final Stores stores;

    CustomerCsvImport(Stores stores) {
        this.stores = stores;
    }

    ImportReport run(String name, byte[] content, Instant now) {
        var parsed = new CustomerCsv().parse(content, now);
        var errors = parsed.errors().stream().map(e -> new RowError(e.index(), e.field(), e.problem())).toList();
        try {
            var changes = new CustomerIngest().store(stores, parsed.items());
            new HealthRecompute(stores).afterIngest(changes, CustomerInput.week(LocalDate.ofInstant(now, ZoneOffset.UTC)));
            return new ImportReport(name, changes.stored(), 0, parsed.refused(), errors, Optional.empty());
        } catch (RuntimeException e) {
            return new ImportReport(name, 0, 0, parsed.refused() + parsed.items().size(), errors,
                    Optional.of(e.getMessage() == null ? "the database refused it" : e.getMessage().lines().findFirst().orElse("")));
        }
    }
}
