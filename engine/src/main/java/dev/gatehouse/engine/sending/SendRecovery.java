package dev.gatehouse.engine.sending;

import dev.gatehouse.engine.store.OutboxStore;
import dev.gatehouse.engine.store.Stores;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * Finishes sends that were cut off (an instance died or stalled between claiming a row and
 * recording its outcome; the row's lease ran out). The mail server may or may not have taken the
 * message, and SMTP cannot be asked; the mailbox's Sent folder can. A message found there by its
 * Message-ID (the one stored in the outbox) is recorded as sent; one not found is queued to be
 * sent again at once. Without IMAP, or when the folder cannot be read for {@link #GIVE_UP_AFTER},
 * it is sent again, and the log says that it may arrive twice.
 */
public final class SendRecovery implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SendRecovery.class);
    static final int BATCH = 50;
    /** How long an unreadable Sent folder holds interrupted sends back before they are sent again anyway. */
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(15);
    private static final Duration LOOK_AGAIN = Duration.ofMinutes(1);

    private final Stores stores;
    private final SendLeases leases;
    private final Optional<SentFolder> sentFolder;
    private final OutboxDispatch dispatch;
    private final BiConsumer<Long, Instant> resend;
    private final LongConsumer onSent;
    private final Clock clock;
    private final Counter alreadySent;
    private final Counter resent;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("send-recovery").daemon().factory());

    /** How one pass went: interrupted sends found already sent, queued again, or left for a later look. */
    public record Report(int alreadySent, int resent, int deferred) {
        static final Report NONE = new Report(0, 0, 0);
    }

    /**
     * @param resend  queues a send of the row at the given time (a durable job)
     * @param onSent  told the touch id of each interrupted send found already sent (follow-ups start from it)
     */
    public SendRecovery(Stores stores, SendLeases leases, Optional<SentFolder> sentFolder, OutboxDispatch dispatch,
                        BiConsumer<Long, Instant> resend, LongConsumer onSent, Clock clock, MeterRegistry meters) {
        this.stores = stores;
        this.leases = leases;
        this.sentFolder = sentFolder;
        this.dispatch = dispatch;
        this.resend = resend;
        this.onSent = onSent;
        this.clock = clock;
        this.alreadySent = recovered(meters, "already_sent");
        this.resent = recovered(meters, "resent");
    }

    private static Counter recovered(MeterRegistry meters, String outcome) {
        return Counter.builder("gatehouse.sends.recovered").tag("outcome", outcome)
                .description("Interrupted sends taken over: found in the Sent folder, or sent again").register(meters);
    }

    /** Looks for interrupted sends now and then every third of a lease. */
    public SendRecovery start() {
        long period = Math.max(100, leases.length().toMillis() / 3);
        timer.scheduleWithFixedDelay(this::runLogged, 0, period, TimeUnit.MILLISECONDS);
        return this;
    }

    private void runLogged() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("Could not recover interrupted sends; trying again shortly: {}", e.toString());
        }
    }

    /** One pass: takes over interrupted sends and settles each. */
    public Report run() {
        var interrupted = stores.outbox().claimInterrupted(leases.owner(), leases.length(), BATCH);
        if (interrupted.isEmpty()) return Report.NONE;
        var found = lookUp(interrupted);
        int sent = 0;
        int again = 0;
        int deferred = 0;
        var now = clock.instant();
        for (var row : interrupted) {
            var message = row.message();
            if (found.isPresent() && found.get().contains(message.messageId())) {
                if (dispatch.recordSent(message)) {
                    sent++;
                    onSent.accept(message.touchId());
                }
            } else if (found.isEmpty() && row.attemptedAt().isAfter(now.minus(GIVE_UP_AFTER))) {
                stores.outbox().holdFor(message.id(), leases.owner(), LOOK_AGAIN);
                deferred++;
            } else if (stores.outbox().requeueInterrupted(message.id(), leases.owner(),
                    "interrupted while sending; not in the Sent folder, sent again")) {
                resend.accept(message.id(), now);
                again++;
            }
        }
        alreadySent.increment(sent);
        resent.increment(again);
        log.info("Recovered interrupted sends: {} already sent, {} resent{}", sent, again,
                deferred == 0 ? "" : ", " + deferred + " waiting for the Sent folder to be readable");
        return new Report(sent, again, deferred);
    }

    /** The interrupted Message-IDs the Sent folder holds; empty when it could not be read. */
    private Optional<Set<String>> lookUp(List<OutboxStore.Interrupted> interrupted) {
        var ids = interrupted.stream().map(i -> i.message().messageId()).toList();
        if (sentFolder.isEmpty()) {
            log.warn("IMAP is not configured, so the Sent folder cannot show whether {} interrupted send(s) reached "
                    + "the mail server; sending them again (one that did arrives twice)", ids.size());
            return Optional.of(Set.of());
        }
        try {
            return Optional.of(sentFolder.get().holding(ids));
        } catch (MessagingException | RuntimeException e) {
            log.warn("Could not read the Sent folder to settle {} interrupted send(s); looking again in {} s "
                    + "(they are sent again after {} min): {}", ids.size(), LOOK_AGAIN.toSeconds(), GIVE_UP_AFTER.toMinutes(),
                    e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
