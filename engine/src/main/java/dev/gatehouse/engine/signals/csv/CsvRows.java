package dev.gatehouse.engine.signals.csv;

import dev.gatehouse.engine.signals.csv.CsvImport.Row;
import dev.gatehouse.engine.signals.csv.CsvImport.RowError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One CSV file read as one kind, a batch of rows at a time: never more than one batch of parsed rows
 * (and its errors) is held, whatever the size of the file. The header has been read when this exists;
 * a header that cannot be used refuses every row that follows (counted, with the one header error).
 */
public final class CsvRows<T> implements AutoCloseable {
    private final CsvReader reader;
    private final Cells.Header columns;
    private final Function<Cells, T> mapper;
    private final LongSupplier bytesRead;
    private List<RowError> pending;

    /** The rows, the problems of the {@code refused} rows among them that could not be read, and how far into the file. */
    public record Batch<T>(List<Row<T>> rows, List<RowError> errors, int refused, long bytesRead) {
        public Batch {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }
    }

    /** @param columns null when the header cannot be used ({@code headerErrors} say why) */
    CsvRows(CsvReader reader, Cells.Header columns, List<RowError> headerErrors, Function<Cells, T> mapper, LongSupplier bytesRead) {
        this.reader = reader;
        this.columns = columns;
        this.mapper = mapper;
        this.bytesRead = bytesRead;
        this.pending = List.copyOf(headerErrors);
    }

    /** The next at most {@code max} rows read (and the rows refused on the way), or null when the file is done. */
    public Batch<T> next(int max) {
        return next(max, Long.MAX_VALUE);
    }

    /**
     * The next rows read, up to {@code max} rows or until about {@code maxBytes} more of the file have been
     * read, whichever comes first (wide rows make smaller batches, so a batch's memory is bounded either way).
     */
    public Batch<T> next(int max, long maxBytes) {
        long until = maxBytes == Long.MAX_VALUE ? Long.MAX_VALUE : bytesRead.getAsLong() + maxBytes;
        var errors = new ArrayList<>(pending);
        int refused = 0;
        boolean any = !pending.isEmpty();
        pending = List.of();
        var rows = new ArrayList<Row<T>>(Math.min(max, 1024));
        while (rows.size() < max && bytesRead.getAsLong() < until && reader.hasNext()) {
            any = true;
            var row = reader.next();
            if (row instanceof CsvReader.Record r && r.fields().stream().allMatch(String::isBlank)) continue;
            if (columns == null) {
                refused++;
                continue;
            }
            int before = errors.size();
            var value = read(row, errors);
            if (value != null) rows.add(new Row<>(row.line(), value));
            if (errors.size() > before) refused++;
        }
        return any ? new Batch<>(rows, errors, refused, bytesRead.getAsLong()) : null;
    }

    private T read(CsvReader.Row row, List<RowError> errors) {
        return switch (row) {
            case CsvReader.Broken broken -> {
                errors.add(new RowError(broken.line(), CsvImport.ROW, broken.problem()));
                yield null;
            }
            case CsvReader.Record record when record.fields().size() != columns.columns().size() -> {
                errors.add(new RowError(record.line(), CsvImport.ROW,
                        "has " + record.fields().size() + " fields but the header has " + columns.columns().size()));
                yield null;
            }
            case CsvReader.Record record -> mapper.apply(new Cells(record, columns, errors));
        };
    }

    /** Bytes of the file read so far (the reader reads a little ahead of the rows handed out). */
    public long bytesRead() {
        return bytesRead.getAsLong();
    }

    @Override
    public void close() {
        reader.close();
    }
}
