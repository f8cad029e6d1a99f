package dev.gatehouse.engine;

import dev.gatehouse.engine.Workspace.ImportReport;
import dev.gatehouse.engine.customers.CustomerCsv;
import dev.gatehouse.engine.customers.CustomerInput;
import dev.gatehouse.engine.customersuccess.CustomerIngest;
import dev.gatehouse.engine.customersuccess.HealthRecompute;
import dev.gatehouse.engine.signals.csv.CsvImport.RowError;
import dev.gatehouse.engine.store.Stores;

import java.io.IOException;
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

    /** Whether the file's header names a {@code type} and an {@code account_domain} column (read from its first 4 KB). */
    static boolean isCustomerFile(Workspace.CsvFile file) {
        try (var in = file.open().open()) {
            return CustomerCsv.isCustomerFile(in.readNBytes(4096));
        } catch (IOException e) {
            return false; // the signal import reports an unreadable file
        }
    }

    /**
     * Reads the whole file: customer files hold one row per customer, contact or weekly metric, far
     * smaller than the signal files the streamed import is for.
     */
    ImportReport run(Workspace.CsvFile file, Instant now, Workspace.ImportListener listener) {
        byte[] content;
        try (var in = file.open().open()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            return new ImportReport(file.name(), 0, 0, 0, Optional.of("could not read it: " + e.getMessage()));
        }
        var parsed = new CustomerCsv().parse(content, now);
        parsed.errors().forEach(e -> listener.rowError(file.name(), new RowError(e.index(), e.field(), e.problem())));
        try {
            var changes = new CustomerIngest().store(stores, parsed.items());
            new HealthRecompute(stores).afterIngest(changes, CustomerInput.week(LocalDate.ofInstant(now, ZoneOffset.UTC)));
            return new ImportReport(file.name(), changes.stored(), 0, parsed.refused(), Optional.empty());
        } catch (RuntimeException e) {
            return new ImportReport(file.name(), 0, 0, parsed.refused() + parsed.items().size(),
                    Optional.of(e.getMessage() == null ? "the database refused it" : e.getMessage().lines().findFirst().orElse("")));
        }
    }
}
