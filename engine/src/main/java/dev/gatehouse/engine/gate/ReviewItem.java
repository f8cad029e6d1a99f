package dev.gatehouse.engine.gate;

import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.scoring.Score;
import dev.gatehouse.engine.signals.Signal;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a reviewer needs to decide on one touch: who, why now (the cited signals), the
 * draft, the verifier's verdict, the decision once there is one, where its review message
 * is, and, for an email sent under supervised autonomy and sampled for review, its {@link Sample}.
 * Renderers take this.
 */
public record ReviewItem(long touchId, TouchKind kind, TouchStatus status, Account account, Contact contact,
                         Score score, List<Signal> signals, Draft draft, Verification verification,
                         Decision decision, Instant createdAt, ReviewMessage message, Sample sample) {
    public ReviewItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contact, "contact");
        signals = List.copyOf(Objects.requireNonNullElse(signals, List.of()));
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** One not sampled from supervised autonomy. */
    public ReviewItem(long touchId, TouchKind kind, TouchStatus status, Account account, Contact contact, Score score,
                      List<Signal> signals, Draft draft, Verification verification, Decision decision,
                      Instant createdAt, ReviewMessage message) {
        this(touchId, kind, status, account, contact, score, signals, draft, verification, decision, createdAt, message,
                null);
    }

    /** One not posted yet. */
    public ReviewItem(long touchId, TouchKind kind, TouchStatus status, Account account, Contact contact, Score score,
                      List<Signal> signals, Draft draft, Verification verification, Decision decision,
                      Instant createdAt) {
        this(touchId, kind, status, account, contact, score, signals, draft, verification, decision, createdAt, null);
    }

    /**
     * Whether a person can decide on it now: it is pending (or blocked) and no approval or
     * rejection is in force. An undone approval puts the touch back in front of a person.
     */
    public boolean awaitsDecision() {
        return (status == TouchStatus.PENDING_REVIEW || status == TouchStatus.BLOCKED)
                && (decision == null || decision instanceof Decision.Undone);
    }

    public Optional<Decision> decided() {
        return Optional.ofNullable(decision);
    }

    /** Where its review message is, once one was posted. */
    public Optional<ReviewMessage> posted() {
        return Optional.ofNullable(message);
    }

    /** The after-the-fact review of a supervised email, when it was sampled for one. */
    public Optional<Sample> sampled() {
        return Optional.ofNullable(sample);
    }

    public Optional<Score> scored() {
        return Optional.ofNullable(score);
    }
}
