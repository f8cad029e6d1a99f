package dev.gatehouse.engine.ai;

/** The model could not write a draft; the message says why, never what was sent. */
public final class LlmWriteException extends RuntimeException {
    private final transient Attempt.Failed failure;

    public LlmWriteException(Attempt.Failed failure) {
        super(failure.failure() + ": " + failure.detail());
        this.failure = failure;
    }

    public Attempt.Failed failure() {
        return failure;
    }
}
