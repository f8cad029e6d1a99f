package dev.gatehouse.engine.store;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Streams one CSV record per item into {@code COPY ... from stdin with (format csv)}. Commons CSV's
 * PostgreSQL format writes null as an unquoted empty field (COPY's NULL) and quotes every other
 * value, so an empty string stays an empty string and commas, quotes, line breaks or a lone
 * {@code \.} inside a value are data.
 */
final class CopyIn {
    private CopyIn() {
    }

    static <T> void rows(Connection connection, String sql, Iterable<T> items, Function<T, Object[]> record)
            throws SQLException, IOException {
        var out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16);
        try (var csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                CSVFormat.POSTGRESQL_CSV)) {
            for (var item : items) csv.printRecord(record.apply(item));
        }
    }
}
