package dev.gatehouse.engine.sending;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP server on loopback that speaks the protocol up to RCPT TO and answers it with a fixed
 * reply, as a real server refuses a recipient: 4xx (try later) or 5xx (never). Nothing is delivered.
 */
final class RefusingSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final String rcptReply;
    private final Thread thread;

    RefusingSmtpServer(String rcptReply) throws IOException {
        this.rcptReply = rcptReply;
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.thread = Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException closed) {
                // the test is over, or the client hung up
            }
        }
    }

    private void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        reply(out, "220 refusing.test ESMTP");
        for (String line; (line = in.readLine()) != null; ) {
            var verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            switch (verb) {
                case "RCPT" -> reply(out, rcptReply);
                case "DATA" -> reply(out, "503 5.5.1 no valid recipients");
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK"); // EHLO, HELO, MAIL, RSET, NOOP
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws Exception {
        socket.close();
        thread.join(2_000);
    }
}
