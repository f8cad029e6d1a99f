package dev.gatehouse.bench.flow;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server in process (GreenMail) that notes when it accepts each message: the moment
 * a delivery is handed to the mailbox, inside the DATA command, before the 250 goes back.
 */
final class TimedMailServer implements AutoCloseable {
    private final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private record Accepted(String recipient, long nanos) {
    }

    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();

    TimedMailServer() {
        mail.start();
        var users = mail.getUserManager();
        var deliver = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, address) -> {
            accepted.add(new Accepted(address.getEmail(), System.nanoTime()));
            return deliver.handle(message, address);
        });
    }

    int port() {
        return mail.getSmtp().getPort();
    }

    /** When the first message to {@code recipient} was accepted, waiting for it up to {@code timeout}. */
    long awaitAccepted(String recipient, Duration timeout) throws InterruptedException {
        return awaitAccepted(0, recipient, timeout);
    }

    private long awaitAccepted(int from, String recipient, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var seen = accepted.subList(from, accepted.size()).stream().filter(a -> a.recipient().equals(recipient)).findFirst();
            if (seen.isPresent()) return seen.get().nanos();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("SMTP accepted no email to " + recipient + " within " + timeout + " ("
                        + accepted.size() + " in all)");
            }
            Thread.sleep(1);
        }
    }

    /** How many emails went to {@code recipient}. */
    long acceptedFor(String recipient) {
        return accepted.stream().filter(a -> a.recipient().equals(recipient)).count();
    }

    /** The last message received, as the server stored it. */
    MimeMessage last() {
        var received = mail.getReceivedMessages();
        return received[received.length - 1];
    }

    /**
     * The baseline: {@code message} sent again with plain Jakarta Mail over a new connection
     * (connect, EHLO, MAIL, RCPT, DATA); nanoseconds from the start until the server accepted it.
     */
    long bareSend(MimeMessage message) throws MessagingException, IOException, InterruptedException {
        var properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port()));
        var bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        var copy = new MimeMessage(Session.getInstance(properties), new ByteArrayInputStream(bytes.toByteArray()));
        int before = accepted.size();
        long t0 = System.nanoTime();
        Transport.send(copy, copy.getAllRecipients());
        // the envelope recipient is the bare address, whatever display name the To: header carries
        var to = ((jakarta.mail.internet.InternetAddress) copy.getAllRecipients()[0]).getAddress();
        return awaitAccepted(before, to, Duration.ofSeconds(30)) - t0;
    }

    @Override
    public void close() {
        mail.stop();
    }
}
