package dev.gatehouse.bot.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /** Sends every request once, {@code connections} in flight at a time, and times each. */
    static Result run(int port, List<Wire> requests, int connections) throws InterruptedException {
        var nanos = new long[requests.size()];
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                workers.submit(() -> {
                    Connection connection = null;
                    try {
                        for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                            long t0 = System.nanoTime();
                            try {
                                if (connection == null) connection = new Connection(port);
                                if (connection.exchange(requests.get(i)) != 200) failures.incrementAndGet();
                                if (connection.closedByServer) {
                                    connection.close();
                                    connection = null;
                                }
                            } catch (IOException e) {
                                failures.incrementAndGet();
                                if (connection != null) connection.close();
                                connection = null;
                            }
                            nanos[i] = System.nanoTime() - t0;
                        }
                    } finally {
                        if (connection != null) connection.close();
                    }
                });
            }
        }
        return new Result(nanos, failures.get());
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
