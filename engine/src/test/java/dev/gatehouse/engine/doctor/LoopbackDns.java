package dev.gatehouse.engine.doctor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A DNS server on loopback UDP that knows TXT records and nothing else (RFC 1035 wire format):
 * a name it holds no record for answers NXDOMAIN, the root zone answers without records. It can
 * also be told to stay silent, like a resolver that cannot be reached, or to deny every name.
 */
public final class LoopbackDns implements AutoCloseable {
    private static final int TXT = 16;
    private static final int NXDOMAIN = 3;

    private final DatagramSocket socket;
    private final Map<String, List<List<String>>> records = new ConcurrentHashMap<>();
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private volatile boolean silent;
    private volatile boolean nothingExists;

    public LoopbackDns() throws SocketException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        var thread = new Thread(this::serve, "loopback-dns");
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds one TXT record at {@code name} made of these character-strings (each at most 255 bytes). */
    public LoopbackDns txt(String name, String... strings) {
        records.computeIfAbsent(key(name), k -> new CopyOnWriteArrayList<>()).add(List.of(strings));
        return this;
    }

    /** Stops answering: queries time out as they do when no resolver is reachable. */
    public void silent() {
        silent = true;
    }

    /** Answers that no name exists, the root zone included, like a resolver cut off from the public DNS. */
    public void nothingExists() {
        nothingExists = true;
    }

    /** The value for {@code GATEHOUSE_DNS_SERVER}. */
    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** Every name asked about, in order. */
    public List<String> questions() {
        return List.copyOf(questions);
    }

    private void serve() {
        var buffer = new byte[512];
        while (!socket.isClosed()) {
            var packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                var answer = answer(ByteBuffer.wrap(packet.getData(), 0, packet.getLength()));
                if (!silent) socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
            } catch (IOException e) {
                // closed, or a malformed query: nothing to answer
            }
        }
    }

    private byte[] answer(ByteBuffer query) throws IOException {
        var id = query.getShort();
        query.position(12);
        var name = readName(query);
        var type = query.getShort() & 0xffff;
        query.getShort(); // class IN
        var questionEnd = query.position();
        questions.add(name);
        // the root zone always exists (no records of its own here), unless nothing does
        var found = nothingExists ? null : name.isEmpty() ? List.<List<String>>of() : records.get(key(name));
        var answers = found == null || type != TXT ? List.<List<String>>of() : found;
        var out = new ByteArrayOutputStream();
        var header = ByteBuffer.allocate(12).putShort(id).putShort((short) (0x8180 | (found == null ? NXDOMAIN : 0)))
                .putShort((short) 1).putShort((short) answers.size()).putShort((short) 0).putShort((short) 0);
        out.write(header.array());
        out.write(query.array(), 12, questionEnd - 12);
        for (var strings : answers) out.write(record(strings));
        return out.toByteArray();
    }

    private static byte[] record(List<String> strings) throws IOException {
        var data = new ByteArrayOutputStream();
        for (var string : strings) {
            var bytes = string.getBytes(StandardCharsets.US_ASCII);
            data.write(bytes.length);
            data.write(bytes);
        }
        var rdata = data.toByteArray();
        // the name as a pointer to the question (offset 12), type TXT, class IN, TTL 60 s
        return ByteBuffer.allocate(12 + rdata.length).putShort((short) 0xc00c).putShort((short) TXT).putShort((short) 1)
                .putInt(60).putShort((short) rdata.length).put(rdata).array();
    }

    private static String readName(ByteBuffer query) {
        var labels = new ArrayList<String>();
        for (int length = query.get() & 0xff; length > 0; length = query.get() & 0xff) {
            var label = new byte[length];
            query.get(label);
            labels.add(new String(label, StandardCharsets.US_ASCII));
        }
        return String.join(".", labels);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }

    @Override
    public void close() {
        socket.close();
    }
}
