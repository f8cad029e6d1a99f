package dev.gatehouse.engine.writing;

/** Composes one email. Implementations: the offline writer, and an LLM writer through LangChain4j. */
public interface Writer {
    Draft write(WritingRequest request);

    /** The same, for a touch whose id is already reserved, so metered model calls are tied to it. */
    default Draft write(WritingRequest request, Long touchId) {
        return write(request);
    }

    /** A short name shown to reviewers ("offline", "openai"), so they know who wrote the draft. */
    String name();
}
