package dev.gatehouse.engine.ai;

/** The model answered, but not with the JSON shape we asked for. */
public final class MalformedOutputException extends RuntimeException {
    public MalformedOutputException(String message) {
        super(message);
    }
}
