package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.config.ConfigException;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.signals.csv.CsvImport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code import FILE...}: accounts, contacts or signals from CSV (the kind is read off each
 * header; accounts are stored first, then contacts, then signals), each file streamed, so its
 * size does not matter. Good rows are imported; each bad row is reported on stderr as
 * {@code file:line: field problem} as it is found, with progress on stdout (rows per second, share
 * of the file, time left), then one summary line. Then, once, the re-score of what was imported
 * ({@link AfterImport}), with its own progress. Exit code: 0 when every row was imported,
 * {@value #SOME_REFUSED} when some rows (or unreadable files) were refused and the rest imported,
 * {@value #FAILED} when the database refused a whole file (nothing of that file was kept; the
 * other files were still imported). Cut off half way, the same command run again completes the
 * import without duplicates.
 */
final class ImportCommand {
    static final int SOME_REFUSED = 3;
    static final int FAILED = 1;
    /** {@code GATEHOUSE_PROGRESS_SECONDS}: how often a plain progress line is printed when stdout is not a terminal. */
    static final String PROGRESS_SECONDS = "GATEHOUSE_PROGRESS_SECONDS";
    private static final int PLAIN_PROGRESS_SECONDS = 5;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final ProgressLine progress;
    private final AfterImport afterImport;

    ImportCommand(Map<String, String> env, PrintStream out, PrintStream err, boolean terminal, AfterImport afterImport) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.progress = new ProgressLine(out, terminal, System::nanoTime, plainProgressEvery(env));
        this.afterImport = afterImport;
    }

    /** Every {@value #PLAIN_PROGRESS_SECONDS} s unless the setting says otherwise; {@code 0} prints a line after every batch. */
    static Duration plainProgressEvery(Map<String, String> env) {
        var value = env.getOrDefault(PROGRESS_SECONDS, Integer.toString(PLAIN_PROGRESS_SECONDS)).trim();
        try {
            int seconds = Integer.parseInt(value);
            if (seconds >= 0 && seconds <= 3600) return Duration.ofSeconds(seconds);
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new ConfigException(List.of(PROGRESS_SECONDS + " must be a whole number of seconds from 0 to 3600 (got '" + value + "')"));
    }

    int run(String[] names) {
        if (names.length == 0) {
            err.println("Usage: import FILE.csv [FILE.csv ...]  (accounts, contacts and signals, in any order)");
            return 2;
        }
        var files = new ArrayList<Workspace.CsvFile>();
        int unreadable = 0;
        for (var name : names) {
            try {
                files.add(Workspace.CsvFile.of(Path.of(name)));
            } catch (IOException | RuntimeException e) {
                err.println(name + ": cannot read the file (" + e.getMessage() + "); nothing imported from it");
                unreadable++;
            }
        }
        var database = DatabaseConfig.fromEnv(env);
        // one database session for the import and the follow-on request: the embedded PostgreSQL is
        // started, and the migrations checked, once
        try (var workspace = Workspace.open(database)) {
            progress.start();
            var reports = workspace.importCsv(files, Instant.now(), new Listener());
            progress.finish();
            int code = summarize(reports, unreadable);
            // signals all known already: a run before may have stored them and been killed before it queued the re-score
            if (reports.stream().anyMatch(r -> r.imported() > 0 || r.duplicates() > 0)) rescore(workspace, files);
            return code;
        } catch (RuntimeException e) {
            progress.finish();
            err.println("import failed: " + e.getMessage());
            return FAILED;
        }
    }

    /** The one call to the follow-on work: re-scoring what the import touched, with progress. */
    private void rescore(Workspace workspace, List<Workspace.CsvFile> files) {
        progress.start();
        try {
            afterImport.rescore(workspace, "import of " + String.join(", ", files.stream().map(Workspace.CsvFile::name).toList()),
                    (done, total) -> progress.update("re-score", done, "accounts", total == 0 ? 1 : (double) done / total));
            progress.finish();
        } catch (RuntimeException e) {
            progress.finish();
            err.println("the import is stored, but the re-score after it failed: " + e.getMessage());
        }
    }

    /** Prints each refused row as it is found, and the progress of the file being read. */
    private final class Listener implements Workspace.ImportListener {
        private String file;

        @Override
        public void rowError(String name, CsvImport.RowError e) {
            progress.clear();
            err.printf("%s:%d: %s %s%n", name, e.line(), e.field(), e.problem());
        }

        @Override
        public void progress(String name, long rows, long bytesRead, long size) {
            if (!name.equals(file)) {
                progress.next();
                file = name;
            }
            progress.update(name, rows, "rows", size == 0 ? 1 : (double) bytesRead / size);
        }
    }

    private int summarize(List<Workspace.ImportReport> reports, int unreadable) {
        int imported = 0;
        int refused = 0;
        boolean failed = false;
        for (var report : reports) {
            var name = report.file();
            if (report.failure().isPresent()) {
                err.printf("%s: nothing was imported from this file: %s%n", name, report.failure().get());
                failed = true;
            }
            if (report.duplicates() > 0) out.printf("  %d signal(s) were already known and skipped%n", report.duplicates());
            out.printf("%s: %d row(s) imported, %d refused%n", name, report.imported(), report.refused());
            imported += report.imported();
            refused += report.refused();
        }
        boolean clean = refused == 0 && unreadable == 0 && !failed;
        out.printf("imported %d, refused %d%s%n", imported, refused, clean ? "" : " (see above)");
        return failed ? FAILED : clean ? 0 : SOME_REFUSED;
    }
}
