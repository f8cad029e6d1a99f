package dev.gatehouse.engine.ai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Prompt text from the classpath, and neutralising text that goes between {@code <data>} tags. */
final class Resources {
    private Resources() {
    }

    static String text(String name) {
        try (var in = Resources.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Untrusted text (signals, prospect mail) must not close the data block and pose as instructions. */
    static String untrusted(String text) {
        return text == null ? "" : text.replaceAll("(?i)</?\\s*data\\s*>", "");
    }
}
