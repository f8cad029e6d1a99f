package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.EngineSettings;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.jobs.Jobs;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.csv.CsvImport;
import dev.gatehouse.engine.store.Database;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.store.SignalBulkLoader;
import dev.gatehouse.engine.store.Stores;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code import FILE...}: accounts, contacts or signals from CSV (the kind is read off the
 * header). Good rows are imported; each bad row is reported with its line and field. New
 * signals are queued for the pipeline, which runs them when the bot is running.
 */
final class ImportCommand {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    int run(String[] files) throws IOException {
        if (files.length == 0) {
            err.println("Usage: import FILE.csv [FILE.csv ...]  (accounts first, then contacts, then signals)");
            return 2;
        }
        var settings = EngineSettings.fromEnv(env);
        int failedRows = 0;
        try (var database = Database.open(DatabaseConfig.fromEnv(env));
             var jobs = new Jobs(database.dataSource(), settings.jobPolling(), settings.sweepInterval())) {
            var stores = database.stores();
            for (var name : files) {
                var path = Path.of(name);
                if (!Files.isReadable(path)) {
                    err.println(name + ": cannot read the file");
                    failedRows++;
                    continue;
                }
                var parsed = new CsvImport().parse(Files.readString(path, StandardCharsets.UTF_8), Instant.now());
                var errors = new ArrayList<>(parsed.errors());
                int imported = switch (parsed) {
                    case CsvImport.Accounts a -> {
                        a.parsed().values().forEach(stores.accounts()::upsert);
                        yield a.parsed().rows().size();
                    }
                    case CsvImport.Contacts c -> importContacts(stores, c.parsed().rows(), errors);
                    case CsvImport.Signals s -> importSignals(database, stores, jobs, s.parsed().rows(), errors);
                    case CsvImport.Unrecognized u -> 0;
                };
                out.printf("%s: %d row(s) imported, %d row error(s)%n", name, imported, errors.size());
                errors.sort(java.util.Comparator.comparingInt(CsvImport.RowError::line));
                errors.forEach(e -> err.printf("%s:%d: %s %s%n", name, e.line(), e.field(), e.problem()));
                failedRows += errors.size();
            }
        }
        return failedRows == 0 ? 0 : 1;
    }

    private static int importContacts(Stores stores, List<CsvImport.Row<CsvImport.ContactRow>> rows,
                                      List<CsvImport.RowError> errors) {
        int imported = 0;
        for (var row : rows) {
            var account = stores.accounts().byDomain(row.value().accountDomain());
            if (account.isEmpty()) {
                errors.add(new CsvImport.RowError(row.line(), "account_domain",
                        "is not a known account (" + row.value().accountDomain() + "); import accounts first"));
                continue;
            }
            var c = row.value().contact();
            stores.accounts().upsert(new Contact(0, account.get().id(), c.email(), c.firstName(), c.lastName(), c.title(),
                    c.seniority(), c.timeZone(), c.roleStartedOn()));
            imported++;
        }
        return imported;
    }

    private int importSignals(Database database, Stores stores, Jobs jobs, List<CsvImport.Row<SignalInput>> rows,
                              List<CsvImport.RowError> errors) {
        var known = new ArrayList<SignalInput>();
        for (var row : rows) {
            if (stores.accounts().byDomain(row.value().accountDomain()).isEmpty()) {
                errors.add(new CsvImport.RowError(row.line(), "account_domain",
                        "is not a known account (" + row.value().accountDomain() + "); import accounts first"));
            } else {
                known.add(row.value());
            }
        }
        var created = new SignalBulkLoader(database.dataSource()).load(known);
        created.forEach(jobs::processSignalLater);
        if (created.size() < known.size()) {
            out.printf("  %d signal(s) were already known and skipped%n", known.size() - created.size());
        }
        return created.size();
    }
}
