package dev.gatehouse.bench.ack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A lean HTTP/1.1 load generator for the ack benchmark: a fixed number of keep-alive
 * connections, each a virtual thread sending requests whose bytes are built before the clock starts and
 * reading just the status line, headers and {@code Content-Length} body of each answer. It spends
 * far less CPU per request than {@code java.net.http.HttpClient}, which matters on a two-core
 * machine where the generator shares the processors with the server it measures.
 */
final class KeepAliveLoad {
    /** One request: the exact bytes to put on the wire. */
    record Wire(byte[] bytes) {
        static Wire post(int port, String path, List<String> headers, String body) {
            var head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port).append("\r\n");
            for (var header : headers) head.append(header).append("\r\n");
            var payload = body.getBytes(StandardCharsets.UTF_8);
            head.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
            var start = head.toString().getBytes(StandardCharsets.US_ASCII);
            var bytes = Arrays.copyOf(start, start.length + payload.length);
            System.arraycopy(payload, 0, bytes, start.length, payload.length);
            return new Wire(bytes);
        }
    }

    /** Latency of each request in order, and how many were not answered 200. */
    record Result(long[] nanos, int failures) {
    }

    private KeepAliveLoad() {
    }

    /**
     * Closed loop: every request once, {@code connections} in flight at all times (each
     * connection sends its next request as soon as the last is answered). This saturates the
     * server, so it measures throughput as much as latency.
     */
    static Result closedLoop(int port, int count, IntFunction<Wire> requests, int connections) throws InterruptedException {
        var nanos = new long[count];
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            var lanes = new ArrayList<Lane>(connections);
            for (int c = 0; c < connections; c++) lanes.add(new Lane(port).open());
            for (var lane : lanes) {
                workers.submit(() -> {
                    try (lane) {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            nanos[i] = lane.send(requests.apply(i), failures);
                        }
                    }
                });
            }
        }
        return new Result(nanos, failures.get());
    }

    /**
     * Bursts on {@code size} connections opened up front: {@link #fire} releases one request per
     * connection all at once and returns when every answer is in.
     */
    static final class Burster implements AutoCloseable {
        private final List<Lane> lanes = new ArrayList<>();
        private final AtomicInteger failures = new AtomicInteger();
        private final java.util.concurrent.ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

        Burster(int port, int size) {
            for (int c = 0; c < size; c++) lanes.add(new Lane(port).open());
        }

        /** Sends {@code burst} together, one per connection, and writes each latency to {@code nanos} from {@code at}. */
        void fire(List<Wire> burst, long[] nanos, int at) throws InterruptedException {
            if (burst.size() > lanes.size()) throw new IllegalArgumentException("a burst larger than the connections");
            var go = new CountDownLatch(1);
            var done = new CountDownLatch(burst.size());
            for (int k = 0; k < burst.size(); k++) {
                var lane = lanes.get(k);
                var request = burst.get(k);
                int i = at + k;
                workers.submit(() -> {
                    try {
                        go.await();
                        nanos[i] = lane.send(request, failures);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
            }
            go.countDown();
            done.await();
        }

        int failures() {
            return failures.get();
        }

        @Override
        public void close() {
            workers.close();
            lanes.forEach(Lane::close);
        }
    }

    /** A connection slot: sends a request on its open connection, reconnecting when the last one was lost. */
    private static final class Lane implements AutoCloseable {
        private final int port;
        private Connection connection;

        Lane(int port) {
            this.port = port;
        }

        /** Connects ahead of the first request, so connection set-up is not timed. */
        Lane open() {
            try {
                connection = new Connection(port);
            } catch (IOException e) {
                connection = null; // the first send tries again, and counts a failure if it cannot
            }
            return this;
        }

        /** Sends one request; returns the nanoseconds until its answer (or failure) was read. */
        long send(Wire request, AtomicInteger failures) {
            long t0 = System.nanoTime();
            try {
                if (connection == null) connection = new Connection(port);
                if (connection.exchange(request) != 200) failures.incrementAndGet();
                if (connection.closedByServer) close();
            } catch (IOException e) {
                failures.incrementAndGet();
                close();
            }
            return System.nanoTime() - t0;
        }

        @Override
        public void close() {
            if (connection != null) connection.close();
            connection = null;
        }
    }

    /** One keep-alive connection with its buffered reader. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean closedByServer;

        Connection(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        /** Writes one request and reads its whole answer; returns the status code. */
        int exchange(Wire request) throws IOException {
            out.write(request.bytes());
            out.flush();
            var statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ")) throw new IOException("not an HTTP answer: " + statusLine);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = 0;
            for (var header = line(); !header.isEmpty(); header = line()) {
                var lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) length = Long.parseLong(lower.substring(15).trim());
                else if (lower.startsWith("transfer-encoding:")) throw new IOException("a chunked answer is not expected here");
                else if (lower.startsWith("connection:") && lower.contains("close")) closedByServer = true;
            }
            in.skipNBytes(length);
            return status;
        }

        private String line() throws IOException {
            var text = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) throw new IOException("connection closed mid-answer");
                if (b != '\r') text.append((char) b);
            }
            return text.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the benchmark is over for this connection
            }
        }
    }
}
