package dev.gatehouse.bot.cli;

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

/**
 * A lean HTTP/1.1 load generator for the ack benchmark: a fixed number of keep-alive
 * connections, each a virtual thread sending requests whose bytes were built beforehand and
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
    static Result closedLoop(int port, List<Wire> requests, int connections) throws InterruptedException {
        var nanos = new long[requests.size()];
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                workers.submit(() -> {
                    try (var lane = new Lane(port)) {
                        for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                            nanos[i] = lane.send(requests.get(i), failures);
                        }
                    }
                });
            }
        }
        return new Result(nanos, failures.get());
    }

    /**
     * Bursts: the requests go out {@code size} at a time, all of a burst released together on
     * already-open connections; the next burst waits for every answer and then for
     * {@code betweenBursts} (e.g. until the server's work behind the acks is done).
     */
    static Result bursts(int port, List<Wire> requests, int size, Runnable betweenBursts) throws InterruptedException {
        var nanos = new long[requests.size()];
        var failures = new AtomicInteger();
        var lanes = new ArrayList<Lane>(size);
        for (int c = 0; c < size; c++) lanes.add(new Lane(port));
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int start = 0; start < requests.size(); start += size) {
                int from = start;
                int count = Math.min(size, requests.size() - start);
                var go = new CountDownLatch(1);
                var done = new CountDownLatch(count);
                for (int k = 0; k < count; k++) {
                    var lane = lanes.get(k);
                    int i = from + k;
                    workers.submit(() -> {
                        try {
                            go.await();
                            nanos[i] = lane.send(requests.get(i), failures);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            done.countDown();
                        }
                    });
                }
                go.countDown();
                done.await();
                betweenBursts.run();
            }
        } finally {
            lanes.forEach(Lane::close);
        }
        return new Result(nanos, failures.get());
    }

    /** A connection slot: sends a request on its open connection, reconnecting when the last one was lost. */
    private static final class Lane implements AutoCloseable {
        private final int port;
        private Connection connection;

        Lane(int port) {
            this.port = port;
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
