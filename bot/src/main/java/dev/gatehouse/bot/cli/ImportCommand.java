package dev.gatehouse.bot.cli;

import dev.gatehouse.engine.Workspace;
import dev.gatehouse.engine.config.DatabaseConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
        int failedRows = 0;
        try (var workspace = Workspace.open(DatabaseConfig.fromEnv(env))) {
            for (var name : files) {
                var path = Path.of(name);
                if (!Files.isReadable(path)) {
                    err.println(name + ": cannot read the file");
                    failedRows++;
                    continue;
                }
                var report = workspace.importCsv(Files.readString(path, StandardCharsets.UTF_8), Instant.now());
                if (report.duplicates() > 0) {
                    out.printf("  %d signal(s) were already known and skipped%n", report.duplicates());
                }
                out.printf("%s: %d row(s) imported, %d row error(s)%n", name, report.imported(), report.errors().size());
                report.errors().forEach(e -> err.printf("%s:%d: %s %s%n", name, e.line(), e.field(), e.problem()));
                failedRows += report.errors().size();
            }
        }
        return failedRows == 0 ? 0 : 1;
    }
}
