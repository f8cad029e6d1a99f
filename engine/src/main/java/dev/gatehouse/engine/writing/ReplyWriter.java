package dev.gatehouse.engine.writing;

import java.util.Optional;

/**
 * Writes a suggested answer to a prospect's reply with a model. Empty when the model could not
 * answer (after its retries): the caller then proposes the offline template instead.
 */
public interface ReplyWriter {
    /** @param touchId the touch the usage is for, or null when not known yet */
    Optional<Draft> write(ReplyRequest request, Long touchId);
}
