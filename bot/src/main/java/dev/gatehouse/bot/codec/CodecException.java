package dev.gatehouse.bot.codec;

/** A button value or private_metadata that is not one we wrote: garbage, truncated or tampered. */
public final class CodecException extends IllegalArgumentException {
    public CodecException(String message) {
        super(message);
    }
}
