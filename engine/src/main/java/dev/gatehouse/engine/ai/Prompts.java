package dev.gatehouse.engine.ai;

/** The rules each model call is given, as classpath resources with numbered rules, read once. */
final class Prompts {
    static final String WRITER = Resources.text("/prompts/writer.md");
    static final String JUDGE = Resources.text("/prompts/judge.md");
    static final String TRIAGE = Resources.text("/prompts/triage.md");
    static final String REPLY = Resources.text("/prompts/reply.md");

    private Prompts() {
    }
}
