package dev.gatehouse.engine.writing;

/** Composes one email. Implementations: the offline writer, and an LLM writer through LangChain4j. */
public interface Writer {
    Draft write(WritingRequest request);

    /** A short name shown to reviewers ("offline", "openai"), so they know who wrote the draft. */
    String name();
}
