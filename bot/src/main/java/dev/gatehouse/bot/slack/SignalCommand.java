package dev.gatehouse.bot.slack;

import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.signals.SignalKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads {@code /signal <domain> <kind> <summary> [url]}: a signal a person saw and adds by hand. */
sealed interface SignalCommand {
    String SOURCE = "slack";
    String USAGE = "`/signal <domain> <kind> <summary> [url]`, e.g. `/signal northwind.example funding Raised a Series B https://news.example/nw`";
    Pattern DOMAIN = Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}");
    /** {@code accounts.domain} and {@code signals.source_url}. */
    int MAX_DOMAIN = 253;
    int MAX_URL = 2048;

    record Valid(SignalInput input) implements SignalCommand {
    }

    record Invalid(String field, String problem) implements SignalCommand {
    }

    static SignalCommand parse(String text, Instant now) {
        var words = new ArrayList<>(Arrays.asList(text.trim().split("\\s+")));
        if (words.size() < 3 || words.getFirst().isEmpty()) return new Invalid("/signal", "give a domain, a kind and a summary: " + USAGE);
        var domain = domain(words.removeFirst());
        if (domain.length() > MAX_DOMAIN || !DOMAIN.matcher(domain).matches()) {
            return new Invalid("domain", "`" + abbreviate(domain) + "` is not a domain like `northwind.example`.");
        }
        var kindWord = words.removeFirst();
        var kind = SignalKind.fromWire(kindWord);
        if (kind.isEmpty()) {
            return new Invalid("kind", "`" + kindWord + "` is not a signal kind; use one of "
                    + Arrays.stream(SignalKind.values()).map(k -> "`" + k.wire() + "`").collect(Collectors.joining(", ")) + ".");
        }
        String url = null;
        var last = unwrap(words.getLast());
        if (last.startsWith("http://") || last.startsWith("https://")) {
            if (last.length() > MAX_URL) return new Invalid("url", "a link can be at most " + MAX_URL + " characters.");
            url = last;
            words.removeLast();
        }
        var summary = String.join(" ", words).strip();
        if (summary.isEmpty()) return new Invalid("summary", "say what happened, e.g. `Raised a Series B`.");
        if (summary.length() > 1000) return new Invalid("summary", "keep it under 1000 characters.");
        return new Valid(new SignalInput(domain, null, null, kind.get(), summary, url, now, SOURCE, null));
    }

    private static String abbreviate(String word) {
        return word.length() <= 80 ? word : word.substring(0, 80) + "…";
    }

    /** Slack may send links as {@code <http://x.example|x.example>}; people paste URLs for domains. */
    private static String domain(String word) {
        var d = unwrap(word).toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        var slash = d.indexOf('/');
        return slash < 0 ? d : d.substring(0, slash);
    }

    private static String unwrap(String word) {
        if (word.startsWith("<") && word.endsWith(">")) {
            var inner = word.substring(1, word.length() - 1);
            var bar = inner.indexOf('|');
            return bar < 0 ? inner : inner.substring(0, bar);
        }
        return word;
    }
}
