package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.config.DatabaseConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code import FILE...}: accounts, contacts or signals from CSV (the kind is read off each
 * header; accounts are stored first, then contacts, then signals). Good rows are imported; each
 * bad row is reported on stderr as {@code file:line: field problem}, then one summary line.
 * Exit code: 0 when every row was imported, {@value #SOME_REFUSED} when some rows (or unreadable
 * files) were refused and the rest imported, {@value #FAILED} when the database refused a whole
 * file (nothing of that file was kept; the other files were still imported).
 */
final class ImportCommand {
    static final int SOME_REFUSED = 3;
    static final int FAILED = 1;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
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
                files.add(new Workspace.CsvFile(name, Files.readAllBytes(Path.of(name))));
            } catch (IOException | RuntimeException e) {
                err.println(name + ": cannot read the file (" + e.getMessage() + "); nothing imported from it");
                unreadable++;
            }
        }
        List<Workspace.ImportReport> reports;
        var database = DatabaseConfig.fromEnv(env);
        try (var workspace = Workspace.open(database)) {
            reports = workspace.importCsv(files, Instant.now());
        } catch (RuntimeException e) {
            err.println("import failed: " + e.getMessage());
            return FAILED;
        }
        return summarize(reports, unreadable);
    }

    private int summarize(List<Workspace.ImportReport> reports, int unreadable) {
        int imported = 0;
        int refused = 0;
        boolean failed = false;
        for (var report : reports) {
            var name = report.file();
            report.errors().forEach(e -> err.printf("%s:%d: %s %s%n", name, e.line(), e.field(), e.problem()));
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
