package dev.gatehouse.engine.ai;

/** Where metered LLM calls go (the {@code llm_usage} table in production). */
public interface UsageSink {
    /** @param touchId the touch the call was for, or null when there is none yet */
    void record(LlmCall call, Long touchId);

    UsageSink NONE = (call, touchId) -> { };
}
