package dev.gatehouse.engine;

import dev.gatehouse.engine.signals.csv.CsvRows;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;

/**
 * Reads (and checks) the next batch of a file on its own thread while the database stores the one
 * before: an import takes about as long as the slower of the two, not their sum. The reader hands
 * a batch over only when the last one is stored, so memory stays at two batches.
 */
final class BatchesAhead<T> implements AutoCloseable {
    private sealed interface Item permits Next, End, Failed {
    }

    private record Next(CsvRows.Batch<?> batch) implements Item {
    }

    private record End() implements Item {
    }

    private record Failed(RuntimeException error) implements Item {
    }

    private final BlockingQueue<Item> ready = new SynchronousQueue<>();
    private final Thread reader;
    private boolean ended;

    BatchesAhead(CsvRows<T> rows, int batchRows, long batchBytes) {
        reader = Thread.ofPlatform().daemon().name("csv-read-ahead").start(() -> {
            try {
                for (var batch = rows.next(batchRows, batchBytes); batch != null; batch = rows.next(batchRows, batchBytes)) {
                    ready.put(new Next(batch));
                }
                ready.put(new End());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // closed before the end: nobody wants the rest
            } catch (RuntimeException e) {
                try {
                    ready.put(new Failed(e));
                } catch (InterruptedException closed) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    /** The next batch, or null at the end of the file; a failure to read is thrown here, on the caller's thread. */
    @SuppressWarnings("unchecked")
    CsvRows.Batch<T> next() {
        if (ended) return null;
        try {
            return switch (ready.take()) {
                case Next next -> (CsvRows.Batch<T>) next.batch();
                case End end -> {
                    ended = true;
                    yield null;
                }
                case Failed failed -> {
                    ended = true;
                    throw failed.error();
                }
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the file", e);
        }
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
