package dev.gatehouse.engine.report;

/** Levenshtein distance in characters: how much a person changed a draft. */
public final class EditDistance {
    private EditDistance() {
    }

    public static int between(String before, String after) {
        var a = before == null ? "" : before;
        var b = after == null ? "" : after;
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
