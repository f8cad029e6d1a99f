package dev.gatehouse.engine;

import dev.gatehouse.engine.Workspace.CsvFile;
import dev.gatehouse.engine.Workspace.ImportReport;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.jobs.Jobs;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.csv.CsvImport;
import dev.gatehouse.engine.signals.csv.CsvImport.RowError;
import dev.gatehouse.engine.store.SignalBulkLoader;
import dev.gatehouse.engine.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One {@code import} of several CSV files. Every file is parsed (and every cell checked) before
 * anything is stored; then accounts files go first, contacts next, signals last, whatever order
 * they came in, each file in one transaction: a file the database refuses keeps nothing of
 * itself and the next file is still imported. Account lookups are one query per file, never one
 * per row. Signals are queued for the pipeline once everything is in, so a signal never runs
 * before the contacts imported with it: the new ones (in batches, not a round trip each), and the
 * newest one of every account that was waiting for company data and got it here.
 */
final class CsvImportRun {
    private static final Logger log = LoggerFactory.getLogger(CsvImportRun.class);

    private final Stores stores;
    private final DataSource dataSource;
    private final Jobs jobs;
    private final LinkedHashSet<Long> newSignals = new LinkedHashSet<>();
    private final LinkedHashSet<Long> newestOfCompleted = new LinkedHashSet<>();

    CsvImportRun(Stores stores, DataSource dataSource, Jobs jobs) {
        this.stores = stores;
        this.dataSource = dataSource;
        this.jobs = jobs;
    }

    /** What one file's rows came to once stored. */
    private record Stored(int imported, int duplicates, int refused) {
    }

    /** @return one report per file, in the order given */
    List<ImportReport> run(List<CsvFile> files, Instant now) {
        var parsed = files.stream().map(file -> new CsvImport().parse(file.content(), now)).toList();
        var reports = new ImportReport[files.size()];
        IntStream.range(0, files.size()).boxed().sorted(Comparator.comparingInt(i -> order(parsed.get(i))))
                .forEach(i -> reports[i] = store(files.get(i).name(), parsed.get(i)));
        jobs.processNewSignalsLater(List.copyOf(newSignals));
        newestOfCompleted.removeAll(newSignals);
        newestOfCompleted.forEach(jobs::processSignalLater);
        return List.of(reports);
    }

    private static int order(CsvImport.Import file) {
        return switch (file) {
            case CsvImport.Accounts a -> 0;
            case CsvImport.Contacts c -> 1;
            case CsvImport.Signals s -> 2;
            case CsvImport.Unrecognized u -> 3;
        };
    }

    private ImportReport store(String name, CsvImport.Import file) {
        var errors = new ArrayList<>(file.errors());
        try {
            var stored = switch (file) {
                case CsvImport.Accounts a -> accounts(a.parsed().values());
                case CsvImport.Contacts c -> contacts(c.parsed().rows(), errors);
                case CsvImport.Signals s -> signals(s.parsed().rows(), errors);
                case CsvImport.Unrecognized u -> new Stored(0, 0, 0);
            };
            errors.sort(Comparator.comparingInt(RowError::line));
            return new ImportReport(name, stored.imported(), stored.duplicates(), file.refused() + stored.refused(), errors,
                    Optional.empty());
        } catch (RuntimeException e) {
            return new ImportReport(name, 0, 0, file.refused() + readable(file), List.copyOf(file.errors()),
                    Optional.of(firstLine(e.getMessage())));
        }
    }

    private Stored accounts(List<Account> accounts) {
        var completed = stores.inTransaction(s -> {
            var before = s.accounts().byDomains(accounts.stream().map(Account::domain).toList());
            var ids = new LinkedHashSet<Long>();
            for (var account : accounts) {
                var id = s.accounts().upsert(account);
                var was = before.get(account.domain());
                if (was != null && !was.hasCompanyData() && account.hasCompanyData()) ids.add(id);
            }
            return ids;
        });
        if (!completed.isEmpty()) {
            log.info("{} account(s) waiting for company data got it; their newest signals go through the pipeline again",
                    completed.size());
            newestOfCompleted.addAll(stores.signals().newestPerAccount(completed));
        }
        return new Stored(accounts.size(), 0, 0);
    }

    private Stored contacts(List<CsvImport.Row<CsvImport.ContactRow>> rows, List<RowError> errors) {
        var known = stores.accounts().byDomains(rows.stream().map(r -> r.value().accountDomain()).toList());
        var stored = rows.stream().filter(row -> known.containsKey(row.value().accountDomain())).toList();
        rows.stream().filter(row -> !known.containsKey(row.value().accountDomain()))
                .forEach(row -> errors.add(unknownAccount(row.line(), row.value().accountDomain())));
        stores.inTransaction(s -> {
            for (var row : stored) s.accounts().upsert(row.value().contact().atAccount(known.get(row.value().accountDomain()).id()));
            return stored.size();
        });
        return new Stored(stored.size(), 0, rows.size() - stored.size());
    }

    private Stored signals(List<CsvImport.Row<SignalInput>> rows, List<RowError> errors) {
        var known = stores.accounts().byDomains(rows.stream().map(r -> r.value().accountDomain()).toList());
        var stored = new ArrayList<SignalInput>();
        for (var row : rows) {
            if (known.containsKey(row.value().accountDomain())) stored.add(row.value());
            else errors.add(unknownAccount(row.line(), row.value().accountDomain()));
        }
        var created = new SignalBulkLoader(dataSource).load(stored);
        newSignals.addAll(created);
        return new Stored(created.size(), stored.size() - created.size(), rows.size() - stored.size());
    }

    private static RowError unknownAccount(int line, String domain) {
        return new RowError(line, "account_domain", "is not a known account (" + domain + "); import accounts first");
    }

    /** The rows of a file that were read and would have been stored. */
    private static int readable(CsvImport.Import file) {
        return switch (file) {
            case CsvImport.Accounts a -> a.parsed().rows().size();
            case CsvImport.Contacts c -> c.parsed().rows().size();
            case CsvImport.Signals s -> s.parsed().rows().size();
            case CsvImport.Unrecognized u -> 0;
        };
    }

    private static String firstLine(String message) {
        if (message == null) return "the database refused it";
        var line = message.lines().findFirst().orElse(message);
        // jOOQ puts the SQL first, then "; ERROR: ..."
        int error = line.lastIndexOf("ERROR: ");
        return error >= 0 ? line.substring(error + 7) : line;
    }
}
