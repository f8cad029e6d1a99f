package dev.gatehouse.bench.support;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.function.IntFunction;

/** Raw PostgreSQL COPY of generated rows, streamed: a million rows never sit in memory at once. */
public final class Copy {
    private Copy() {
    }

    /**
     * Runs {@code copy <table> (<columns>) from stdin with (format csv)} with row {@code i} from
     * {@code row}, for {@code i} below {@code count}.
     */
    public static void rows(DataSource dataSource, String tableAndColumns, int count, IntFunction<Object[]> row) {
        try (var connection = dataSource.getConnection()) {
            var stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    "copy " + tableAndColumns + " from stdin with (format csv)", 1 << 16);
            try (var csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16),
                    CSVFormat.POSTGRESQL_CSV)) {
                for (int i = 0; i < count; i++) csv.printRecord(row.apply(i));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("copy into " + tableAndColumns + " failed: " + e.getMessage(), e);
        }
    }

    /** One statement on its own connection (DDL, a truncate, a sequence reset). */
    public static void execute(DataSource dataSource, String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
        }
    }

    /** The first column of the first row of a query that returns a number. */
    public static long number(DataSource dataSource, String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
        }
    }
}
