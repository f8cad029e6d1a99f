package dev.gatehouse.engine.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The customers of the offer as a text may name them: "Harbor Outfitters", or "Harbor" alone
 * when that first word is not an ordinary one. Claims about numbers are bound to them.
 */
final class Subjects {
    private final Map<String, String> byAlias = new HashMap<>();
    private final Pattern mention;

    /** {@code others}: names that are not customers (the prospect ...): a first word they share is no alias. */
    Subjects(List<String> customers, List<String> others) {
        var taken = String.join(" ", others);
        var aliases = new ArrayList<String>();
        for (var customer : customers) {
            var name = customer.strip();
            if (name.isEmpty()) continue;
            add(aliases, name, name);
            var first = name.split("\\s+")[0];
            var lower = first.toLowerCase(Locale.ROOT);
            if (!first.equals(name) && first.length() >= 4 && !Vocabulary.notName(lower) && !Vocabulary.STARTERS.contains(lower)
                    && !taken.contains(first)) {
                add(aliases, first, name);
            }
        }
        aliases.sort((a, b) -> b.length() - a.length());
        mention = aliases.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|",
                aliases.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
    }

    private void add(List<String> aliases, String alias, String name) {
        if (byAlias.putIfAbsent(alias, name) == null) aliases.add(alias);
    }

    /** The customers a text names, in order, each by its full name. */
    List<String> in(String text) {
        if (mention == null) return List.of();
        var out = new ArrayList<String>();
        var m = mention.matcher(text);
        while (m.find()) out.add(byAlias.get(m.group()));
        return out;
    }
}
